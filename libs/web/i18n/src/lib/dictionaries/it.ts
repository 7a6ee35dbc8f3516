import type { Dictionary } from './en';

export const it: Dictionary = {
  'app.name': 'MU.ST.SEE Academy',
  'app.tagline': 'Formazione per imprenditori sociali',

  'shell.skipLink': 'Vai al contenuto principale',
  'shell.navLabel': 'Principale',
  'shell.language': 'Lingua',
  'shell.signedInAs': 'Accesso effettuato come {name}',
  'shell.roles': 'Ruoli: {roles}',
  'shell.footer':
    'MU.ST.SEE Academy è un software open source (AGPL-3.0), gestito insieme da partenariati locali di città, regioni, università e organizzazioni dell’economia sociale.',

  'nav.home': 'Home',
  'nav.competences': 'Competenze',
  'nav.login': 'Accedi',
  'nav.register': 'Crea un account',
  'nav.profile': 'Il tuo profilo',
  'nav.users': 'Utenti e ruoli',
  'nav.logout': 'Esci',

  'role.learner': 'Discente',
  'role.mentor': 'Mentore',
  'role.trainer': 'Formatore',
  'role.partner_admin': 'Amministratore del partenariato',
  'role.admin': 'Amministratore',
  'role.inTerritory': '{role} ({territory})',

  'learnerProfile.university_student': 'Studente universitario',
  'learnerProfile.aspiring_entrepreneur': 'Aspirante imprenditore sociale',
  'learnerProfile.practising_entrepreneur': 'Imprenditore sociale in attività',
  'learnerProfile.university_student.hint': 'Scopri l’economia sociale con brevi corsi online.',
  'learnerProfile.aspiring_entrepreneur.hint':
    'Segui un percorso di avvio per creare e gestire un’impresa sociale.',
  'learnerProfile.practising_entrepreneur.hint':
    'Aggiorna le tue competenze per la transizione verde e digitale e impara dai tuoi pari.',

  'home.title': 'Imparare, avviare e far crescere insieme imprese sociali',
  'home.intro':
    'MU.ST.SEE Academy è gestita da una rete di città, regioni, università e organizzazioni dell’economia sociale. I corsi sono gratuiti, in cinque lingue, e funzionano bene sul telefono.',
  'home.audiences': 'A chi si rivolge l’accademia',
  'home.students.title': 'Studenti universitari',
  'home.students.text': 'Scopri l’economia sociale con corsi brevi in stile MOOC.',
  'home.aspiring.title': 'Aspiranti imprenditori sociali',
  'home.aspiring.text':
    'Segui percorsi di avvio che ti portano dall’idea alla creazione e alla gestione di un’impresa sociale.',
  'home.practising.title': 'Imprenditori sociali in attività',
  'home.practising.text':
    'Aggiorna le tue competenze per la transizione verde e digitale e impara dai tuoi pari grazie al mentoring.',
  'home.register': 'Crea il tuo account gratuito',
  'home.login': 'Accedi al tuo account',
  'home.welcomeBack': 'Bentornato/a, {name}.',
  'home.toProfile': 'Vai al tuo profilo',

  'form.email': 'Indirizzo email',
  'form.password': 'Password',
  'form.passwordHint':
    'Tra 8 e 128 caratteri. Una breve frase è facile da ricordare e difficile da indovinare.',
  'form.displayName': 'Il tuo nome',
  'form.displayNameHint': 'Visibile agli altri discenti e ai mentori.',
  'form.language': 'Lingua preferita',
  'form.languageHint': 'Usata per le pagine e per le email che ti inviamo.',
  'form.territory': 'Territorio di riferimento',
  'form.territoryHint': 'Il partenariato locale con cui impari.',
  'form.territoryChoose': 'Scegli un territorio',
  'form.learnerProfile': 'Quale ti descrive meglio?',
  'form.acceptTerms': 'Accetto le condizioni d’uso e l’informativa sulla privacy',
  'form.currentPassword': 'Password attuale',
  'form.newPassword': 'Nuova password',
  'form.confirmPassword': 'Ripeti la nuova password',
  'form.working': 'Attendere…',

  'validation.required': 'Questo campo è obbligatorio.',
  'validation.email': 'Inserisci un indirizzo email come nome@esempio.org.',
  'validation.minlength': 'Usa almeno {min} caratteri.',
  'validation.maxlength': 'Usa al massimo {max} caratteri.',
  'validation.acceptTerms': 'Per creare un account devi accettare le condizioni.',
  'validation.passwordMismatch': 'Le due password sono diverse.',
  'validation.server': 'Questo valore non è stato accettato. Controllalo.',
  'validation.weakPassword':
    'Questa password è troppo comune o troppo facile da indovinare. Scegline una più lunga.',
  'validation.wrongPassword': 'Questa non è la tua password attuale.',
  'validation.summary': 'Correggi i campi segnalati qui sotto.',

  'error.tooManyAttempts': 'Troppi tentativi. Attendi {minutes} min e riprova.',
  'error.tooManyAttemptsLater': 'Troppi tentativi. Attendi qualche minuto e riprova.',
  'error.generic': 'Qualcosa non ha funzionato da parte nostra. Riprova tra poco.',
  'error.network': 'Non riusciamo a raggiungere l’accademia. Controlla la connessione e riprova.',
  'error.forbidden': 'Non hai il permesso di farlo.',
  'error.notFound': 'Non abbiamo trovato ciò che cercavi.',
  'error.sessionExpired': 'La tua sessione è scaduta. Accedi di nuovo.',
  'error.invalidToken': 'Questo link non è valido o è scaduto.',
  'error.invalidCredentials': 'L’indirizzo email o la password non sono corretti.',
  'error.emailNotVerified':
    'Conferma prima il tuo indirizzo email: apri il link che ti abbiamo inviato.',
  'error.territories': 'Non siamo riusciti a caricare i territori. Ricarica la pagina.',
  'error.competences':
    'Non siamo riusciti a caricare i quadri delle competenze. Controlla la connessione e riprova.',

  'register.title': 'Crea il tuo account',
  'register.intro': 'È gratuito. Ti invieremo un’email per confermare il tuo indirizzo.',
  'register.submit': 'Crea account',
  'register.sent':
    'Quasi fatto! Controlla la posta: ti abbiamo inviato un link per confermare il tuo indirizzo email.',
  'register.haveAccount': 'Hai già un account?',

  'verify.title': 'Conferma la tua email',
  'verify.working': 'Stiamo confermando il tuo indirizzo email…',
  'verify.done': 'Il tuo indirizzo email è confermato. Ora puoi accedere.',
  'verify.missingToken': 'Questo link è incompleto. Apri di nuovo il link contenuto nell’email.',
  'verify.registerAgain': 'Crea di nuovo il tuo account',

  'login.title': 'Accedi',
  'login.submit': 'Accedi',
  'login.forgot': 'Hai dimenticato la password?',
  'login.noAccount': 'Sei nuovo/a nell’accademia?',

  'logout.title': 'Esci',
  'logout.working': 'Disconnessione in corso…',
  'logout.done': 'Sei uscito/a. A presto!',
  'logout.again': 'Accedi di nuovo',

  'forgot.title': 'Password dimenticata',
  'forgot.intro':
    'Inserisci il tuo indirizzo email e ti invieremo un link per scegliere una nuova password.',
  'forgot.submit': 'Inviami il link',
  'forgot.sent':
    'Se esiste un account con questo indirizzo, gli abbiamo inviato un link. Il link è valido per un tempo limitato.',
  'forgot.back': 'Torna all’accesso',

  'reset.title': 'Scegli una nuova password',
  'reset.submit': 'Salva la nuova password',
  'reset.done': 'La tua password è stata cambiata. Ora puoi accedere.',
  'reset.requestNew': 'Chiedi un nuovo link',

  'profile.title': 'Il tuo profilo',
  'profile.details': 'I tuoi dati',
  'profile.emailIs': 'Indirizzo email: {email}',
  'profile.roles': 'I tuoi ruoli',
  'profile.save': 'Salva le modifiche',
  'profile.saved': 'Le modifiche sono state salvate.',
  'profile.password': 'Cambia la password',
  'profile.passwordIntro': 'Cambiando la password verrai disconnesso/a dagli altri dispositivi.',
  'profile.passwordSubmit': 'Cambia password',
  'profile.passwordChanged':
    'La tua password è stata cambiata. Le altre sessioni sono state chiuse.',

  'users.title': 'Utenti e ruoli',
  'users.intro':
    'Trova le persone e assegna loro dei ruoli. Gli amministratori del partenariato vedono le persone del proprio territorio.',
  'users.queueDashboard': 'Apri il pannello delle code',
  'users.search': 'Nome o email',
  'users.territory': 'Territorio',
  'users.allTerritories': 'Tutti i territori',
  'users.submit': 'Cerca',
  'users.results': 'Risultati',
  'users.searching': 'Ricerca in corso…',
  'users.empty':
    'Nessuno corrisponde a questa ricerca. Prova con parte di un nome o un altro territorio.',
  'users.more': 'Mostra altri',
  'users.homeTerritory': 'Territorio di riferimento: {territory}',
  'users.noRoles': 'Ancora nessun ruolo.',
  'users.remove': 'Rimuovi',
  'users.removeLabel': 'Rimuovi il ruolo {role} da {name}',
  'users.addRole': 'Aggiungi un ruolo',
  'users.role': 'Ruolo',
  'users.roleTerritory': 'Territorio del ruolo',
  'users.wholeNetwork': 'Tutta la rete',
  'users.territoryNeeded': 'Il ruolo di amministratore del partenariato richiede un territorio.',
  'users.assign': 'Aggiungi ruolo',
  'users.assigned': '{name} ora ha il ruolo {role}.',
  'users.removed': 'Il ruolo {role} è stato rimosso da {name}.',

  'competences.title': 'Quadri delle competenze',
  'competences.intro':
    'L’Unione europea descrive ciò che imprenditori e cittadini devono sapere e saper fare in tre quadri di riferimento: EntreComp per l’imprenditorialità, DigComp per le competenze digitali e GreenComp per la sostenibilità. Ognuno raggruppa le competenze in aree e la maggior parte descrive livelli di padronanza, da base a esperto.',
  'competences.use':
    'Nell’accademia i corsi indicano quali competenze sviluppano e fino a quale livello, chi impara si autovaluta su di esse e i mentor mostrano le competenze su cui possono aiutare.',
  'competences.titlesNote':
    'I titoli dei quadri e delle competenze sono in inglese, come li ha pubblicati la Commissione europea.',
  'competences.jumpTo': 'Quadri in questa pagina',
  'competences.published': 'Pubblicato nel {year}',
  'competences.counts': '{areas} aree, {competences} competenze',
  'competences.levels': 'Livelli di padronanza',
  'competences.level': 'Livello {level}',
  'competences.noLevels': 'Questo quadro non definisce livelli di padronanza.',
  'competences.areas': 'Aree e competenze',
  'competences.area': 'Area {code}:',
  'competences.competenceCount': '{count} competenze',
  'competences.loading': 'Caricamento dei quadri delle competenze…',
  'competences.source': 'Fonte:',
  'competences.retry': 'Riprova',

  'page.notFound': 'Pagina non trovata',
  'page.notFoundText': 'Questa pagina non esiste o è stata spostata.',
  'page.forbidden': 'Accesso non consentito',
  'page.forbiddenText': 'I tuoi ruoli non ti danno accesso a questa pagina.',
  'page.toHome': 'Vai alla home page',
};
