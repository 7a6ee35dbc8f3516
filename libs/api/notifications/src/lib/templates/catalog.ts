import type { EmailTemplate, Language } from '@academy/shared/contracts';

/** The words of one email in one language; {name} placeholders are filled from params. */
export interface EmailText {
  subject: string;
  greeting: string;
  paragraphs: string[];
  /** A button whose target is params.link. */
  action?: string;
  footer: string;
}

type Catalog = Record<EmailTemplate, Record<Language, EmailText>>;

const footer: Record<Language, string> = {
  en: 'MU.ST.SEE Academy: learning together for the social economy.',
  it: 'MU.ST.SEE Academy: imparare insieme per l’economia sociale.',
  pt: 'MU.ST.SEE Academy: aprender juntos para a economia social.',
  es: 'MU.ST.SEE Academy: aprender juntos para la economía social.',
  fr: 'MU.ST.SEE Academy : apprendre ensemble pour l’économie sociale.',
};

/** Shown under emails that can be turned off (params.unsubscribeUrl). */
export const UNSUBSCRIBE_TEXT: Record<Language, string> = {
  en: 'You receive this because reminders are on. Stop reminder emails',
  it: 'Ricevi questa email perché i promemoria sono attivi. Non ricevere più promemoria',
  pt: 'Recebe este email porque os lembretes estão ativos. Deixar de receber lembretes',
  es: 'Recibes este correo porque los recordatorios están activados. Dejar de recibir recordatorios',
  fr: 'Vous recevez cet email car les rappels sont activés. Ne plus recevoir de rappels',
};

const greeting: Record<Language, string> = {
  en: 'Hello {displayName},',
  it: 'Ciao {displayName},',
  pt: 'Olá {displayName},',
  es: 'Hola {displayName}:',
  fr: 'Bonjour {displayName},',
};

const make = (
  texts: Record<Language, Omit<EmailText, 'greeting' | 'footer'>>,
): Record<Language, EmailText> =>
  Object.fromEntries(
    Object.entries(texts).map(([lang, t]) => [lang, { ...t, greeting: greeting[lang as Language], footer: footer[lang as Language] }]),
  ) as Record<Language, EmailText>;

export const EMAIL_CATALOG: Catalog = {
  'verify-email': make({
    en: {
      subject: 'Confirm your email for MU.ST.SEE Academy',
      paragraphs: ['Welcome to the academy! Please confirm your email address to start learning.', 'The link is valid for 24 hours. If you did not register, ignore this email.'],
      action: 'Confirm my email',
    },
    it: {
      subject: 'Conferma la tua email per MU.ST.SEE Academy',
      paragraphs: ['Benvenuto nell’accademia! Conferma il tuo indirizzo email per iniziare a imparare.', 'Il link è valido per 24 ore. Se non ti sei registrato, ignora questa email.'],
      action: 'Conferma la mia email',
    },
    pt: {
      subject: 'Confirme o seu email para a MU.ST.SEE Academy',
      paragraphs: ['Bem-vindo à academia! Confirme o seu endereço de email para começar a aprender.', 'A ligação é válida durante 24 horas. Se não se registou, ignore este email.'],
      action: 'Confirmar o meu email',
    },
    es: {
      subject: 'Confirma tu correo para MU.ST.SEE Academy',
      paragraphs: ['¡Te damos la bienvenida a la academia! Confirma tu dirección de correo para empezar a aprender.', 'El enlace es válido durante 24 horas. Si no te has registrado, ignora este correo.'],
      action: 'Confirmar mi correo',
    },
    fr: {
      subject: 'Confirmez votre adresse e-mail pour MU.ST.SEE Academy',
      paragraphs: ['Bienvenue à l’académie ! Confirmez votre adresse e-mail pour commencer à apprendre.', 'Le lien est valable 24 heures. Si vous ne vous êtes pas inscrit, ignorez cet e-mail.'],
      action: 'Confirmer mon adresse',
    },
  }),
  'account-exists': make({
    en: {
      subject: 'Someone tried to register with your email',
      paragraphs: ['Someone, perhaps you, tried to create a MU.ST.SEE Academy account with this email, which already has one.', 'If it was you, sign in or reset your password. If not, you can ignore this email: your account is safe.'],
      action: 'Reset my password',
    },
    it: {
      subject: 'Qualcuno ha provato a registrarsi con la tua email',
      paragraphs: ['Qualcuno, forse tu, ha provato a creare un account MU.ST.SEE Academy con questa email, che ne ha già uno.', 'Se eri tu, accedi o reimposta la password. Altrimenti ignora questa email: il tuo account è al sicuro.'],
      action: 'Reimposta la password',
    },
    pt: {
      subject: 'Alguém tentou registar-se com o seu email',
      paragraphs: ['Alguém, talvez você, tentou criar uma conta na MU.ST.SEE Academy com este email, que já tem uma.', 'Se foi você, entre ou redefina a palavra-passe. Se não, ignore este email: a sua conta está segura.'],
      action: 'Redefinir a palavra-passe',
    },
    es: {
      subject: 'Alguien intentó registrarse con tu correo',
      paragraphs: ['Alguien, quizá tú, intentó crear una cuenta de MU.ST.SEE Academy con este correo, que ya tiene una.', 'Si fuiste tú, inicia sesión o restablece tu contraseña. Si no, ignora este correo: tu cuenta está segura.'],
      action: 'Restablecer mi contraseña',
    },
    fr: {
      subject: 'Quelqu’un a tenté de s’inscrire avec votre adresse',
      paragraphs: ['Quelqu’un, peut-être vous, a tenté de créer un compte MU.ST.SEE Academy avec cette adresse, qui en a déjà un.', 'Si c’était vous, connectez-vous ou réinitialisez votre mot de passe. Sinon, ignorez cet e-mail : votre compte est en sécurité.'],
      action: 'Réinitialiser mon mot de passe',
    },
  }),
  'reset-password': make({
    en: {
      subject: 'Reset your MU.ST.SEE Academy password',
      paragraphs: ['We received a request to reset your password.', 'The link is valid for 1 hour. If you did not ask for it, ignore this email.'],
      action: 'Choose a new password',
    },
    it: {
      subject: 'Reimposta la password di MU.ST.SEE Academy',
      paragraphs: ['Abbiamo ricevuto una richiesta di reimpostare la tua password.', 'Il link è valido per 1 ora. Se non l’hai chiesto tu, ignora questa email.'],
      action: 'Scegli una nuova password',
    },
    pt: {
      subject: 'Redefina a sua palavra-passe da MU.ST.SEE Academy',
      paragraphs: ['Recebemos um pedido para redefinir a sua palavra-passe.', 'A ligação é válida durante 1 hora. Se não o pediu, ignore este email.'],
      action: 'Escolher uma nova palavra-passe',
    },
    es: {
      subject: 'Restablece tu contraseña de MU.ST.SEE Academy',
      paragraphs: ['Hemos recibido una solicitud para restablecer tu contraseña.', 'El enlace es válido durante 1 hora. Si no lo has pedido, ignora este correo.'],
      action: 'Elegir una nueva contraseña',
    },
    fr: {
      subject: 'Réinitialisez votre mot de passe MU.ST.SEE Academy',
      paragraphs: ['Nous avons reçu une demande de réinitialisation de votre mot de passe.', 'Le lien est valable 1 heure. Si vous ne l’avez pas demandé, ignorez cet e-mail.'],
      action: 'Choisir un nouveau mot de passe',
    },
  }),
  'password-changed': make({
    en: {
      subject: 'Your MU.ST.SEE Academy password was changed',
      paragraphs: ['Your password was just changed and your other sessions were signed out.', 'If this was not you, reset your password now.'],
      action: 'Reset my password',
    },
    it: {
      subject: 'La tua password di MU.ST.SEE Academy è stata cambiata',
      paragraphs: ['La tua password è appena stata cambiata e le altre sessioni sono state chiuse.', 'Se non sei stato tu, reimposta subito la password.'],
      action: 'Reimposta la password',
    },
    pt: {
      subject: 'A sua palavra-passe da MU.ST.SEE Academy foi alterada',
      paragraphs: ['A sua palavra-passe acabou de ser alterada e as outras sessões foram terminadas.', 'Se não foi você, redefina já a palavra-passe.'],
      action: 'Redefinir a palavra-passe',
    },
    es: {
      subject: 'Se ha cambiado tu contraseña de MU.ST.SEE Academy',
      paragraphs: ['Tu contraseña acaba de cambiar y se han cerrado tus otras sesiones.', 'Si no has sido tú, restablece tu contraseña ahora.'],
      action: 'Restablecer mi contraseña',
    },
    fr: {
      subject: 'Votre mot de passe MU.ST.SEE Academy a été modifié',
      paragraphs: ['Votre mot de passe vient d’être modifié et vos autres sessions ont été fermées.', 'Si ce n’était pas vous, réinitialisez votre mot de passe maintenant.'],
      action: 'Réinitialiser mon mot de passe',
    },
  }),
  'course-submitted': make({
    en: {
      subject: 'A course is waiting for your review: {courseTitle}',
      paragraphs: ['{authorName} submitted the course “{courseTitle}” (version {version}) for review.', 'As a trainer of the academy you can approve it with a note or send it back with comments. Authors cannot review their own courses.'],
      action: 'Open the review queue',
    },
    it: {
      subject: 'Un corso attende la tua revisione: {courseTitle}',
      paragraphs: ['{authorName} ha inviato il corso «{courseTitle}» (versione {version}) per la revisione.', 'Come formatore dell’accademia puoi approvarlo con una nota o rimandarlo con dei commenti. Gli autori non possono rivedere i propri corsi.'],
      action: 'Apri le revisioni',
    },
    pt: {
      subject: 'Um curso aguarda a sua revisão: {courseTitle}',
      paragraphs: ['{authorName} submeteu o curso «{courseTitle}» (versão {version}) para revisão.', 'Como formador da academia pode aprová-lo com uma nota ou devolvê-lo com comentários. Os autores não podem rever os próprios cursos.'],
      action: 'Abrir as revisões',
    },
    es: {
      subject: 'Un curso espera tu revisión: {courseTitle}',
      paragraphs: ['{authorName} ha enviado el curso «{courseTitle}» (versión {version}) para su revisión.', 'Como formador de la academia puedes aprobarlo con una nota o devolverlo con comentarios. Los autores no pueden revisar sus propios cursos.'],
      action: 'Abrir las revisiones',
    },
    fr: {
      subject: 'Un cours attend votre relecture : {courseTitle}',
      paragraphs: ['{authorName} a soumis le cours « {courseTitle} » (version {version}) à la relecture.', 'En tant que formateur de l’académie, vous pouvez l’approuver avec une note ou le renvoyer avec des commentaires. Les auteurs ne peuvent pas relire leurs propres cours.'],
      action: 'Ouvrir les relectures',
    },
  }),
  'course-approved': make({
    en: {
      subject: 'Your course is published: {courseTitle}',
      paragraphs: ['{reviewerName} approved “{courseTitle}”: version {version} is now published.', 'Note from the reviewer: {note}'],
      action: 'See the course',
    },
    it: {
      subject: 'Il tuo corso è pubblicato: {courseTitle}',
      paragraphs: ['{reviewerName} ha approvato «{courseTitle}»: la versione {version} è ora pubblicata.', 'Nota del revisore: {note}'],
      action: 'Vedi il corso',
    },
    pt: {
      subject: 'O seu curso foi publicado: {courseTitle}',
      paragraphs: ['{reviewerName} aprovou «{courseTitle}»: a versão {version} está agora publicada.', 'Nota do revisor: {note}'],
      action: 'Ver o curso',
    },
    es: {
      subject: 'Tu curso está publicado: {courseTitle}',
      paragraphs: ['{reviewerName} ha aprobado «{courseTitle}»: la versión {version} ya está publicada.', 'Nota del revisor: {note}'],
      action: 'Ver el curso',
    },
    fr: {
      subject: 'Votre cours est publié : {courseTitle}',
      paragraphs: ['{reviewerName} a approuvé « {courseTitle} » : la version {version} est maintenant publiée.', 'Note du relecteur : {note}'],
      action: 'Voir le cours',
    },
  }),
  'course-changes-requested': make({
    en: {
      subject: 'Changes requested on your course: {courseTitle}',
      paragraphs: ['{reviewerName} reviewed “{courseTitle}” (version {version}) and sent it back to you as a draft.', 'Comments: {note}'],
      action: 'Edit the course',
    },
    it: {
      subject: 'Modifiche richieste al tuo corso: {courseTitle}',
      paragraphs: ['{reviewerName} ha rivisto «{courseTitle}» (versione {version}) e te lo ha rimandato come bozza.', 'Commenti: {note}'],
      action: 'Modifica il corso',
    },
    pt: {
      subject: 'Alterações pedidas ao seu curso: {courseTitle}',
      paragraphs: ['{reviewerName} reviu «{courseTitle}» (versão {version}) e devolveu-o como rascunho.', 'Comentários: {note}'],
      action: 'Editar o curso',
    },
    es: {
      subject: 'Cambios solicitados en tu curso: {courseTitle}',
      paragraphs: ['{reviewerName} ha revisado «{courseTitle}» (versión {version}) y te lo ha devuelto como borrador.', 'Comentarios: {note}'],
      action: 'Editar el curso',
    },
    fr: {
      subject: 'Modifications demandées sur votre cours : {courseTitle}',
      paragraphs: ['{reviewerName} a relu « {courseTitle} » (version {version}) et vous l’a renvoyé comme brouillon.', 'Commentaires : {note}'],
      action: 'Modifier le cours',
    },
  }),
  'enrolment-confirmed': make({
    en: {
      subject: 'You are enrolled: {courseTitle}',
      paragraphs: ['You are enrolled in “{courseTitle}”. Learn at your own pace: the academy remembers where you left off.'],
      action: 'Start learning',
    },
    it: {
      subject: 'Sei iscritto: {courseTitle}',
      paragraphs: ['Sei iscritto a «{courseTitle}». Impara con i tuoi tempi: l’accademia ricorda dove ti sei fermato.'],
      action: 'Inizia a imparare',
    },
    pt: {
      subject: 'Está inscrito: {courseTitle}',
      paragraphs: ['Está inscrito em «{courseTitle}». Aprenda ao seu ritmo: a academia lembra-se de onde parou.'],
      action: 'Começar a aprender',
    },
    es: {
      subject: 'Te has inscrito: {courseTitle}',
      paragraphs: ['Te has inscrito en «{courseTitle}». Aprende a tu ritmo: la academia recuerda dónde lo dejaste.'],
      action: 'Empezar a aprender',
    },
    fr: {
      subject: 'Vous êtes inscrit : {courseTitle}',
      paragraphs: ['Vous êtes inscrit à « {courseTitle} ». Apprenez à votre rythme : l’académie se souvient où vous vous êtes arrêté.'],
      action: 'Commencer',
    },
  }),
  'course-completed': make({
    en: {
      subject: 'Course completed: {courseTitle}',
      paragraphs: ['Congratulations! You have completed “{courseTitle}”: every lesson done, every quiz passed, every assignment reviewed.'],
      action: 'See my courses',
    },
    it: {
      subject: 'Corso completato: {courseTitle}',
      paragraphs: ['Congratulazioni! Hai completato «{courseTitle}»: ogni lezione svolta, ogni quiz superato, ogni compito revisionato.'],
      action: 'Vedi i miei corsi',
    },
    pt: {
      subject: 'Curso concluído: {courseTitle}',
      paragraphs: ['Parabéns! Concluiu «{courseTitle}»: todas as lições feitas, todos os questionários aprovados, todos os trabalhos revistos.'],
      action: 'Ver os meus cursos',
    },
    es: {
      subject: 'Curso completado: {courseTitle}',
      paragraphs: ['¡Enhorabuena! Has completado «{courseTitle}»: todas las lecciones hechas, todos los cuestionarios superados, todas las tareas revisadas.'],
      action: 'Ver mis cursos',
    },
    fr: {
      subject: 'Cours terminé : {courseTitle}',
      paragraphs: ['Félicitations ! Vous avez terminé « {courseTitle} » : toutes les leçons faites, tous les quiz réussis, tous les devoirs relus.'],
      action: 'Voir mes cours',
    },
  }),
  'learning-reminder': make({
    en: {
      subject: 'Pick up where you left off: {courseTitle}',
      paragraphs: ['It has been a week since you last opened “{courseTitle}”. A few minutes today keep you going: your next lesson is “{lessonTitle}”.'],
      action: 'Continue the course',
    },
    it: {
      subject: 'Riprendi da dove eri rimasto: {courseTitle}',
      paragraphs: ['È passata una settimana dall’ultima volta che hai aperto «{courseTitle}». Bastano pochi minuti oggi: la prossima lezione è «{lessonTitle}».'],
      action: 'Continua il corso',
    },
    pt: {
      subject: 'Continue de onde parou: {courseTitle}',
      paragraphs: ['Passou uma semana desde que abriu «{courseTitle}» pela última vez. Alguns minutos hoje ajudam a continuar: a próxima lição é «{lessonTitle}».'],
      action: 'Continuar o curso',
    },
    es: {
      subject: 'Retoma donde lo dejaste: {courseTitle}',
      paragraphs: ['Ha pasado una semana desde que abriste «{courseTitle}» por última vez. Unos minutos hoy te ayudan a seguir: tu próxima lección es «{lessonTitle}».'],
      action: 'Continuar el curso',
    },
    fr: {
      subject: 'Reprenez là où vous vous êtes arrêté : {courseTitle}',
      paragraphs: ['Cela fait une semaine que vous n’avez pas ouvert « {courseTitle} ». Quelques minutes aujourd’hui suffisent : votre prochaine leçon est « {lessonTitle} ».'],
      action: 'Continuer le cours',
    },
  }),
  'cohort-invitation': make({
    en: {
      subject: 'You are invited to learn: {courseTitle}',
      paragraphs: ['{inviterName} invites you to the course “{courseTitle}” with the group “{cohortName}” at MU.ST.SEE Academy, the academy of the social economy.', 'Create your free account with this email address: you will be enrolled as soon as you confirm it.'],
      action: 'Create my account',
    },
    it: {
      subject: 'Sei invitato al corso: {courseTitle}',
      paragraphs: ['{inviterName} ti invita al corso «{courseTitle}» con il gruppo «{cohortName}» su MU.ST.SEE Academy, l’accademia dell’economia sociale.', 'Crea il tuo account gratuito con questo indirizzo email: sarai iscritto appena lo confermi.'],
      action: 'Crea il mio account',
    },
    pt: {
      subject: 'Está convidado para o curso: {courseTitle}',
      paragraphs: ['{inviterName} convida-o para o curso «{courseTitle}» com o grupo «{cohortName}» na MU.ST.SEE Academy, a academia da economia social.', 'Crie a sua conta gratuita com este endereço de email: ficará inscrito assim que o confirmar.'],
      action: 'Criar a minha conta',
    },
    es: {
      subject: 'Te invitan al curso: {courseTitle}',
      paragraphs: ['{inviterName} te invita al curso «{courseTitle}» con el grupo «{cohortName}» en MU.ST.SEE Academy, la academia de la economía social.', 'Crea tu cuenta gratuita con esta dirección de correo: quedarás inscrito en cuanto la confirmes.'],
      action: 'Crear mi cuenta',
    },
    fr: {
      subject: 'Vous êtes invité au cours : {courseTitle}',
      paragraphs: ['{inviterName} vous invite au cours « {courseTitle} » avec le groupe « {cohortName} » sur MU.ST.SEE Academy, l’académie de l’économie sociale.', 'Créez votre compte gratuit avec cette adresse email : vous serez inscrit dès que vous l’aurez confirmée.'],
      action: 'Créer mon compte',
    },
  }),
  'mentorship-requested': make({
    en: { subject: '{menteeName} asks you to be their mentor', paragraphs: ['{menteeName} would like you as a mentor. Their message: “{message}”', 'Accept or decline with a few words: they will get your answer by email.'], action: 'Answer the request' },
    it: { subject: '{menteeName} ti chiede di essere il suo mentor', paragraphs: ['{menteeName} vorrebbe te come mentor. Il suo messaggio: «{message}»', 'Accetta o rifiuta con qualche parola: riceverà la tua risposta via email.'], action: 'Rispondi alla richiesta' },
    pt: { subject: '{menteeName} pede-lhe que seja o seu mentor', paragraphs: ['{menteeName} gostaria de o ter como mentor. A mensagem: «{message}»', 'Aceite ou recuse com algumas palavras: a resposta chega-lhe por email.'], action: 'Responder ao pedido' },
    es: { subject: '{menteeName} te pide que seas su mentor', paragraphs: ['{menteeName} quiere que seas su mentor. Su mensaje: «{message}»', 'Acepta o rechaza con unas palabras: recibirá tu respuesta por correo.'], action: 'Responder a la solicitud' },
    fr: { subject: '{menteeName} vous demande d’être son mentor', paragraphs: ['{menteeName} aimerait vous avoir comme mentor. Son message : « {message} »', 'Acceptez ou refusez en quelques mots : la réponse lui parviendra par email.'], action: 'Répondre à la demande' },
  }),
  'mentorship-accepted': make({
    en: { subject: '{mentorName} will be your mentor', paragraphs: ['{mentorName} accepted your request: “{message}”', 'Agree on your goals and propose a first session.'], action: 'Open your mentoring' },
    it: { subject: '{mentorName} sarà il tuo mentor', paragraphs: ['{mentorName} ha accettato la tua richiesta: «{message}»', 'Concordate gli obiettivi e proponete una prima sessione.'], action: 'Apri il tuo mentoring' },
    pt: { subject: '{mentorName} será o seu mentor', paragraphs: ['{mentorName} aceitou o seu pedido: «{message}»', 'Combinem os objetivos e proponham uma primeira sessão.'], action: 'Abrir a sua mentoria' },
    es: { subject: '{mentorName} será tu mentor', paragraphs: ['{mentorName} ha aceptado tu solicitud: «{message}»', 'Acordad los objetivos y proponed una primera sesión.'], action: 'Abrir tu mentoría' },
    fr: { subject: '{mentorName} sera votre mentor', paragraphs: ['{mentorName} a accepté votre demande : « {message} »', 'Convenez de vos objectifs et proposez une première séance.'], action: 'Ouvrir votre mentorat' },
  }),
  'mentorship-declined': make({
    en: { subject: '{mentorName} cannot mentor you this time', paragraphs: ['{mentorName} answered: “{message}”', 'Other mentors may suit you: your suggestions are waiting.'], action: 'See other mentors' },
    it: { subject: '{mentorName} non può farti da mentor questa volta', paragraphs: ['{mentorName} ha risposto: «{message}»', 'Altri mentor potrebbero fare al caso tuo: i suggerimenti ti aspettano.'], action: 'Vedi altri mentor' },
    pt: { subject: '{mentorName} não pode ser o seu mentor desta vez', paragraphs: ['{mentorName} respondeu: «{message}»', 'Outros mentores podem servir-lhe: as sugestões estão à sua espera.'], action: 'Ver outros mentores' },
    es: { subject: '{mentorName} no puede ser tu mentor esta vez', paragraphs: ['{mentorName} ha respondido: «{message}»', 'Otros mentores pueden encajar contigo: tus sugerencias te esperan.'], action: 'Ver otros mentores' },
    fr: { subject: '{mentorName} ne peut pas être votre mentor cette fois', paragraphs: ['{mentorName} a répondu : « {message} »', 'D’autres mentors peuvent vous convenir : vos suggestions vous attendent.'], action: 'Voir d’autres mentors' },
  }),
  'mentoring-session-proposed': make({
    en: { subject: '{otherName} proposes a mentoring session', paragraphs: ['{otherName} proposes to meet on {when}. Confirm it, or propose another time.'], action: 'Confirm the session' },
    it: { subject: '{otherName} propone una sessione di mentoring', paragraphs: ['{otherName} propone di incontrarvi il {when}. Confermala o proponi un altro orario.'], action: 'Conferma la sessione' },
    pt: { subject: '{otherName} propõe uma sessão de mentoria', paragraphs: ['{otherName} propõe encontrarem-se a {when}. Confirme, ou proponha outra hora.'], action: 'Confirmar a sessão' },
    es: { subject: '{otherName} propone una sesión de mentoría', paragraphs: ['{otherName} propone veros el {when}. Confírmala o propón otra hora.'], action: 'Confirmar la sesión' },
    fr: { subject: '{otherName} propose une séance de mentorat', paragraphs: ['{otherName} propose de vous retrouver le {when}. Confirmez-la ou proposez un autre moment.'], action: 'Confirmer la séance' },
  }),
  'mentoring-session-confirmed': make({
    en: { subject: 'Mentoring session confirmed: {when}', paragraphs: ['Your session with {otherName} is confirmed for {when}.', 'Where: {where}. The invitation attached adds it to your calendar.'], action: 'Open your mentoring' },
    it: { subject: 'Sessione di mentoring confermata: {when}', paragraphs: ['La tua sessione con {otherName} è confermata per il {when}.', 'Dove: {where}. L’invito allegato la aggiunge al tuo calendario.'], action: 'Apri il tuo mentoring' },
    pt: { subject: 'Sessão de mentoria confirmada: {when}', paragraphs: ['A sua sessão com {otherName} está confirmada para {when}.', 'Onde: {where}. O convite em anexo adiciona-a ao seu calendário.'], action: 'Abrir a sua mentoria' },
    es: { subject: 'Sesión de mentoría confirmada: {when}', paragraphs: ['Tu sesión con {otherName} está confirmada para el {when}.', 'Dónde: {where}. La invitación adjunta la añade a tu calendario.'], action: 'Abrir tu mentoría' },
    fr: { subject: 'Séance de mentorat confirmée : {when}', paragraphs: ['Votre séance avec {otherName} est confirmée pour le {when}.', 'Où : {where}. L’invitation jointe l’ajoute à votre agenda.'], action: 'Ouvrir votre mentorat' },
  }),
  'programme-match': make({
    en: { subject: 'Your mentoring match in {programmeName}', paragraphs: ['The programme “{programmeName}” matched you with {otherName}.', 'See why you were matched, then accept or decline.'], action: 'See your match' },
    it: { subject: 'Il tuo abbinamento di mentoring in {programmeName}', paragraphs: ['Il programma «{programmeName}» ti ha abbinato a {otherName}.', 'Scopri perché, poi accetta o rifiuta.'], action: 'Vedi l’abbinamento' },
    pt: { subject: 'O seu par de mentoria em {programmeName}', paragraphs: ['O programa «{programmeName}» juntou-o a {otherName}.', 'Veja porquê e depois aceite ou recuse.'], action: 'Ver o seu par' },
    es: { subject: 'Tu emparejamiento de mentoría en {programmeName}', paragraphs: ['El programa «{programmeName}» te ha emparejado con {otherName}.', 'Mira por qué y luego acepta o rechaza.'], action: 'Ver tu emparejamiento' },
    fr: { subject: 'Votre binôme de mentorat dans {programmeName}', paragraphs: ['Le programme « {programmeName} » vous a associé à {otherName}.', 'Voyez pourquoi, puis acceptez ou refusez.'], action: 'Voir votre binôme' },
  }),
  'mentoring-check-in': make({
    en: { subject: 'Is your mentoring with {otherName} working?', paragraphs: ['You have been working with {otherName} for a month. Is the pairing working for you?', 'Answer in one click. If it is not, you can end it kindly and be matched again.'], action: 'Answer the check-in' },
    it: { subject: 'Il tuo mentoring con {otherName} funziona?', paragraphs: ['Lavori con {otherName} da un mese. L’abbinamento funziona per te?', 'Rispondi con un clic. Se non funziona, puoi chiuderlo con garbo ed essere abbinato di nuovo.'], action: 'Rispondi' },
    pt: { subject: 'A sua mentoria com {otherName} está a funcionar?', paragraphs: ['Trabalha com {otherName} há um mês. O par está a funcionar para si?', 'Responda num clique. Se não estiver, pode terminá-lo com cordialidade e ter um novo par.'], action: 'Responder' },
    es: { subject: '¿Funciona tu mentoría con {otherName}?', paragraphs: ['Llevas un mes trabajando con {otherName}. ¿Te funciona el emparejamiento?', 'Responde con un clic. Si no funciona, puedes cerrarlo con amabilidad y recibir otro emparejamiento.'], action: 'Responder' },
    fr: { subject: 'Votre mentorat avec {otherName} fonctionne-t-il ?', paragraphs: ['Vous travaillez avec {otherName} depuis un mois. Le binôme vous convient-il ?', 'Répondez en un clic. Sinon, vous pouvez y mettre fin avec bienveillance et être associé à nouveau.'], action: 'Répondre' },
  }),
};
