import type { Dictionary } from './en';

export const fr: Dictionary = {
  'app.name': 'MU.ST.SEE Academy',
  'app.tagline': 'Se former à l’entrepreneuriat social',

  'shell.skipLink': 'Aller au contenu principal',
  'shell.navLabel': 'Principale',
  'shell.language': 'Langue',
  'shell.signedInAs': 'Connecté·e en tant que {name}',
  'shell.roles': 'Rôles : {roles}',
  'shell.footer':
    'MU.ST.SEE Academy est un logiciel libre (AGPL-3.0), animé ensemble par des partenariats locaux de villes, de régions, d’universités et d’organisations de l’économie sociale.',

  'nav.home': 'Accueil',
  'nav.competences': 'Compétences',
  'nav.login': 'Se connecter',
  'nav.register': 'Créer un compte',
  'nav.profile': 'Votre profil',
  'nav.users': 'Utilisateurs et rôles',
  'nav.logout': 'Se déconnecter',

  'role.learner': 'Apprenant·e',
  'role.mentor': 'Mentor',
  'role.trainer': 'Formateur·rice',
  'role.partner_admin': 'Administrateur·rice du partenariat',
  'role.admin': 'Administrateur·rice',
  'role.inTerritory': '{role} ({territory})',

  'learnerProfile.university_student': 'Étudiant·e à l’université',
  'learnerProfile.aspiring_entrepreneur': 'Futur·e entrepreneur·e social·e',
  'learnerProfile.practising_entrepreneur': 'Entrepreneur·e social·e en activité',
  'learnerProfile.university_student.hint':
    'Découvrez l’économie sociale grâce à de courts cours en ligne.',
  'learnerProfile.aspiring_entrepreneur.hint':
    'Suivez un parcours d’incubation pour créer et gérer une entreprise sociale.',
  'learnerProfile.practising_entrepreneur.hint':
    'Développez vos compétences pour les transitions verte et numérique et apprenez de vos pairs.',

  'home.title': 'Apprendre, créer et développer ensemble des entreprises sociales',
  'home.intro':
    'MU.ST.SEE Academy est animée par un réseau de villes, de régions, d’universités et d’organisations de l’économie sociale. Les cours sont gratuits, en cinq langues, et fonctionnent bien sur un téléphone.',
  'home.audiences': 'À qui s’adresse l’académie',
  'home.students.title': 'Étudiant·es à l’université',
  'home.students.text': 'Découvrez l’économie sociale grâce à de courts cours de type MOOC.',
  'home.aspiring.title': 'Futur·es entrepreneur·es sociaux·ales',
  'home.aspiring.text':
    'Suivez des parcours d’incubation qui vous mènent d’une idée à la création et à la gestion d’une entreprise sociale.',
  'home.practising.title': 'Entrepreneur·es sociaux·ales en activité',
  'home.practising.text':
    'Développez vos compétences pour les transitions verte et numérique et apprenez de vos pairs grâce au mentorat.',
  'home.register': 'Créez votre compte gratuit',
  'home.login': 'Connectez-vous à votre compte',
  'home.welcomeBack': 'Bon retour, {name}.',
  'home.toProfile': 'Aller à votre profil',

  'form.email': 'Adresse e-mail',
  'form.password': 'Mot de passe',
  'form.passwordHint':
    'Entre 8 et 128 caractères. Une courte phrase est facile à retenir et difficile à deviner.',
  'form.displayName': 'Votre nom',
  'form.displayNameHint': 'Visible par les autres apprenant·es et les mentors.',
  'form.language': 'Langue préférée',
  'form.languageHint': 'Utilisée pour les pages et pour les e-mails que nous vous envoyons.',
  'form.territory': 'Territoire de rattachement',
  'form.territoryHint': 'Le partenariat local avec lequel vous apprenez.',
  'form.territoryChoose': 'Choisissez un territoire',
  'form.learnerProfile': 'Qu’est-ce qui vous décrit le mieux ?',
  'form.acceptTerms': 'J’accepte les conditions d’utilisation et la politique de confidentialité',
  'form.currentPassword': 'Mot de passe actuel',
  'form.newPassword': 'Nouveau mot de passe',
  'form.confirmPassword': 'Répétez le nouveau mot de passe',
  'form.working': 'Veuillez patienter…',

  'validation.required': 'Ce champ est obligatoire.',
  'validation.email': 'Saisissez une adresse e-mail comme nom@exemple.org.',
  'validation.minlength': 'Utilisez au moins {min} caractères.',
  'validation.maxlength': 'Utilisez au plus {max} caractères.',
  'validation.acceptTerms': 'Vous devez accepter les conditions pour créer un compte.',
  'validation.passwordMismatch': 'Les deux mots de passe sont différents.',
  'validation.server': 'Cette valeur n’a pas été acceptée. Veuillez la vérifier.',
  'validation.weakPassword':
    'Ce mot de passe est trop courant ou trop facile à deviner. Choisissez-en un plus long.',
  'validation.wrongPassword': 'Ce n’est pas votre mot de passe actuel.',
  'validation.summary': 'Veuillez corriger les champs signalés ci-dessous.',

  'error.tooManyAttempts': 'Trop de tentatives. Attendez {minutes} min puis réessayez.',
  'error.tooManyAttemptsLater': 'Trop de tentatives. Attendez quelques minutes puis réessayez.',
  'error.generic': 'Un problème est survenu de notre côté. Réessayez dans un instant.',
  'error.network': 'Impossible de joindre l’académie. Vérifiez votre connexion et réessayez.',
  'error.forbidden': 'Vous n’avez pas le droit de faire cela.',
  'error.notFound': 'Nous n’avons pas trouvé ce que vous cherchiez.',
  'error.sessionExpired': 'Votre session a expiré. Veuillez vous reconnecter.',
  'error.invalidToken': 'Ce lien n’est pas valide ou a expiré.',
  'error.invalidCredentials': 'L’adresse e-mail ou le mot de passe est incorrect.',
  'error.emailNotVerified':
    'Confirmez d’abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé.',
  'error.territories': 'Impossible de charger les territoires. Veuillez recharger la page.',
  'error.competences':
    'Impossible de charger les référentiels de compétences. Vérifiez votre connexion et réessayez.',

  'register.title': 'Créez votre compte',
  'register.intro': 'C’est gratuit. Nous vous enverrons un e-mail pour confirmer votre adresse.',
  'register.submit': 'Créer le compte',
  'register.sent':
    'C’est presque fini ! Consultez votre boîte de réception : nous vous avons envoyé un lien pour confirmer votre adresse e-mail.',
  'register.haveAccount': 'Vous avez déjà un compte ?',

  'verify.title': 'Confirmez votre e-mail',
  'verify.working': 'Confirmation de votre adresse e-mail…',
  'verify.done': 'Votre adresse e-mail est confirmée. Vous pouvez maintenant vous connecter.',
  'verify.missingToken': 'Ce lien est incomplet. Ouvrez à nouveau le lien reçu par e-mail.',
  'verify.registerAgain': 'Créez à nouveau votre compte',

  'login.title': 'Se connecter',
  'login.submit': 'Se connecter',
  'login.forgot': 'Mot de passe oublié ?',
  'login.noAccount': 'Nouveau ou nouvelle à l’académie ?',

  'logout.title': 'Se déconnecter',
  'logout.working': 'Déconnexion en cours…',
  'logout.done': 'Vous êtes déconnecté·e. À bientôt !',
  'logout.again': 'Se reconnecter',

  'forgot.title': 'Mot de passe oublié',
  'forgot.intro':
    'Saisissez votre adresse e-mail et nous vous enverrons un lien pour choisir un nouveau mot de passe.',
  'forgot.submit': 'M’envoyer le lien',
  'forgot.sent':
    'Si un compte existe pour cette adresse, nous lui avons envoyé un lien. Le lien est valable pendant une durée limitée.',
  'forgot.back': 'Retour à la connexion',

  'reset.title': 'Choisissez un nouveau mot de passe',
  'reset.submit': 'Enregistrer le nouveau mot de passe',
  'reset.done': 'Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter.',
  'reset.requestNew': 'Demander un nouveau lien',

  'profile.title': 'Votre profil',
  'profile.details': 'Vos informations',
  'profile.emailIs': 'Adresse e-mail : {email}',
  'profile.roles': 'Vos rôles',
  'profile.save': 'Enregistrer les modifications',
  'profile.saved': 'Vos modifications ont été enregistrées.',
  'profile.password': 'Changer votre mot de passe',
  'profile.passwordIntro': 'Changer de mot de passe vous déconnecte de vos autres appareils.',
  'profile.passwordSubmit': 'Changer le mot de passe',
  'profile.passwordChanged':
    'Votre mot de passe a été modifié. Vos autres sessions ont été fermées.',

  'users.title': 'Utilisateurs et rôles',
  'users.intro':
    'Trouvez des personnes et attribuez-leur des rôles. Les administrateur·rices de partenariat voient les personnes de leur territoire.',
  'users.queueDashboard': 'Ouvrir le tableau des files d’attente',
  'users.search': 'Nom ou e-mail',
  'users.territory': 'Territoire',
  'users.allTerritories': 'Tous les territoires',
  'users.submit': 'Rechercher',
  'users.results': 'Résultats',
  'users.searching': 'Recherche en cours…',
  'users.empty':
    'Personne ne correspond à cette recherche. Essayez une partie d’un nom ou un autre territoire.',
  'users.more': 'Afficher plus',
  'users.homeTerritory': 'Territoire de rattachement : {territory}',
  'users.noRoles': 'Aucun rôle pour l’instant.',
  'users.remove': 'Retirer',
  'users.removeLabel': 'Retirer le rôle {role} à {name}',
  'users.addRole': 'Ajouter un rôle',
  'users.role': 'Rôle',
  'users.roleTerritory': 'Territoire du rôle',
  'users.wholeNetwork': 'Tout le réseau',
  'users.territoryNeeded': 'Le rôle d’administrateur·rice du partenariat nécessite un territoire.',
  'users.assign': 'Ajouter le rôle',
  'users.assigned': '{name} a maintenant le rôle {role}.',
  'users.removed': 'Le rôle {role} a été retiré à {name}.',

  'competences.title': 'Référentiels de compétences',
  'competences.intro':
    'L’Union européenne décrit ce que les entrepreneurs et les citoyens doivent savoir et savoir faire dans trois référentiels : EntreComp pour l’entrepreneuriat, DigComp pour les compétences numériques et GreenComp pour la durabilité. Chacun regroupe les compétences en domaines, et la plupart décrivent des niveaux de maîtrise, de débutant à expert.',
  'competences.use':
    'Dans l’académie, les cours indiquent les compétences qu’ils développent et à quel niveau, les apprenants s’auto-évaluent sur ces compétences et les mentors présentent celles pour lesquelles ils peuvent aider.',
  'competences.titlesNote':
    'Les titres des référentiels et des compétences sont affichés en anglais, tels que la Commission européenne les a publiés.',
  'competences.jumpTo': 'Référentiels sur cette page',
  'competences.published': 'Publié en {year}',
  'competences.counts': '{areas} domaines, {competences} compétences',
  'competences.levels': 'Niveaux de maîtrise',
  'competences.level': 'Niveau {level}',
  'competences.noLevels': 'Ce référentiel ne définit pas de niveaux de maîtrise.',
  'competences.areas': 'Domaines et compétences',
  'competences.area': 'Domaine {code} :',
  'competences.competenceCount': '{count} compétences',
  'competences.loading': 'Chargement des référentiels de compétences…',
  'competences.source': 'Source :',
  'competences.retry': 'Réessayer',

  'page.notFound': 'Page introuvable',
  'page.notFoundText': 'Cette page n’existe pas ou a été déplacée.',
  'page.forbidden': 'Accès refusé',
  'page.forbiddenText': 'Vos rôles ne vous donnent pas accès à cette page.',
  'page.toHome': 'Aller à la page d’accueil',
};
