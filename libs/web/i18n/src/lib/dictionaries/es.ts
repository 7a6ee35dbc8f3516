import type { Dictionary } from './en';

export const es: Dictionary = {
  'app.name': 'MU.ST.SEE Academy',
  'app.tagline': 'Formación para emprendedores sociales',

  'shell.skipLink': 'Saltar al contenido principal',
  'shell.navLabel': 'Principal',
  'shell.language': 'Idioma',
  'shell.signedInAs': 'Sesión iniciada como {name}',
  'shell.roles': 'Roles: {roles}',
  'shell.footer':
    'MU.ST.SEE Academy es software de código abierto (AGPL-3.0), gestionado conjuntamente por alianzas locales de ciudades, regiones, universidades y organizaciones de la economía social.',

  'nav.home': 'Inicio',
  'nav.competences': 'Competencias',
  'nav.login': 'Iniciar sesión',
  'nav.register': 'Crear una cuenta',
  'nav.profile': 'Tu perfil',
  'nav.users': 'Usuarios y roles',
  'nav.logout': 'Cerrar sesión',

  'role.learner': 'Estudiante',
  'role.mentor': 'Mentor',
  'role.trainer': 'Formador',
  'role.partner_admin': 'Administrador de la alianza',
  'role.admin': 'Administrador',
  'role.inTerritory': '{role} ({territory})',

  'learnerProfile.university_student': 'Estudiante universitario',
  'learnerProfile.aspiring_entrepreneur': 'Futuro emprendedor social',
  'learnerProfile.practising_entrepreneur': 'Emprendedor social en activo',
  'learnerProfile.university_student.hint':
    'Descubre la economía social con cursos en línea breves.',
  'learnerProfile.aspiring_entrepreneur.hint':
    'Sigue un itinerario de incubación para crear y dirigir una empresa social.',
  'learnerProfile.practising_entrepreneur.hint':
    'Actualiza tus competencias para las transiciones verde y digital y aprende de tus pares.',

  'home.title': 'Aprender, crear y hacer crecer empresas sociales juntos',
  'home.intro':
    'MU.ST.SEE Academy la gestiona una red de ciudades, regiones, universidades y organizaciones de la economía social. Los cursos son gratuitos, en cinco idiomas, y funcionan bien en el móvil.',
  'home.audiences': 'A quién se dirige la academia',
  'home.students.title': 'Estudiantes universitarios',
  'home.students.text': 'Descubre la economía social con cursos breves de estilo MOOC.',
  'home.aspiring.title': 'Futuros emprendedores sociales',
  'home.aspiring.text':
    'Sigue itinerarios de incubación que te llevan de una idea a la creación y gestión de una empresa social.',
  'home.practising.title': 'Emprendedores sociales en activo',
  'home.practising.text':
    'Actualiza tus competencias para las transiciones verde y digital y aprende de tus pares mediante la mentoría.',
  'home.register': 'Crea tu cuenta gratuita',
  'home.login': 'Inicia sesión en tu cuenta',
  'home.welcomeBack': 'Hola de nuevo, {name}.',
  'home.toProfile': 'Ir a tu perfil',

  'form.email': 'Correo electrónico',
  'form.password': 'Contraseña',
  'form.passwordHint':
    'Entre 8 y 128 caracteres. Una frase corta es fácil de recordar y difícil de adivinar.',
  'form.displayName': 'Tu nombre',
  'form.displayNameHint': 'Lo ven otros estudiantes y mentores.',
  'form.language': 'Idioma preferido',
  'form.languageHint': 'Se usa en las páginas y en los correos que te enviamos.',
  'form.territory': 'Territorio de origen',
  'form.territoryHint': 'La alianza local con la que aprendes.',
  'form.territoryChoose': 'Elige un territorio',
  'form.learnerProfile': '¿Qué te describe mejor?',
  'form.acceptTerms': 'Acepto las condiciones de uso y la política de privacidad',
  'form.currentPassword': 'Contraseña actual',
  'form.newPassword': 'Nueva contraseña',
  'form.confirmPassword': 'Repite la nueva contraseña',
  'form.working': 'Espera, por favor…',

  'validation.required': 'Este campo es obligatorio.',
  'validation.email': 'Escribe un correo electrónico como nombre@ejemplo.org.',
  'validation.minlength': 'Usa al menos {min} caracteres.',
  'validation.maxlength': 'Usa como máximo {max} caracteres.',
  'validation.acceptTerms': 'Para crear una cuenta tienes que aceptar las condiciones.',
  'validation.passwordMismatch': 'Las dos contraseñas son distintas.',
  'validation.server': 'Este valor no se ha aceptado. Revísalo, por favor.',
  'validation.weakPassword':
    'Esta contraseña es demasiado común o fácil de adivinar. Elige una más larga.',
  'validation.wrongPassword': 'Esta no es tu contraseña actual.',
  'validation.summary': 'Corrige los campos marcados abajo.',

  'error.tooManyAttempts': 'Demasiados intentos. Espera {minutes} min y vuelve a intentarlo.',
  'error.tooManyAttemptsLater': 'Demasiados intentos. Espera unos minutos y vuelve a intentarlo.',
  'error.generic': 'Algo ha fallado por nuestra parte. Vuelve a intentarlo en un momento.',
  'error.network': 'No podemos conectar con la academia. Revisa tu conexión y vuelve a intentarlo.',
  'error.forbidden': 'No tienes permiso para hacer esto.',
  'error.notFound': 'No hemos encontrado lo que buscabas.',
  'error.sessionExpired': 'Tu sesión ha terminado. Vuelve a iniciar sesión.',
  'error.invalidToken': 'Este enlace no es válido o ha caducado.',
  'error.invalidCredentials': 'El correo electrónico o la contraseña no son correctos.',
  'error.emailNotVerified':
    'Primero confirma tu correo electrónico: abre el enlace que te hemos enviado.',
  'error.territories': 'No hemos podido cargar los territorios. Vuelve a cargar la página.',
  'error.competences':
    'No hemos podido cargar los marcos de competencias. Comprueba tu conexión y vuelve a intentarlo.',

  'register.title': 'Crea tu cuenta',
  'register.intro': 'Es gratis. Te enviaremos un correo para confirmar tu dirección.',
  'register.submit': 'Crear cuenta',
  'register.sent':
    '¡Casi listo! Revisa tu bandeja de entrada: te hemos enviado un enlace para confirmar tu correo electrónico.',
  'register.haveAccount': '¿Ya tienes una cuenta?',

  'verify.title': 'Confirma tu correo',
  'verify.working': 'Confirmando tu correo electrónico…',
  'verify.done': 'Tu correo electrónico está confirmado. Ya puedes iniciar sesión.',
  'verify.missingToken': 'Este enlace está incompleto. Vuelve a abrir el enlace del correo.',
  'verify.registerAgain': 'Vuelve a crear tu cuenta',

  'login.title': 'Iniciar sesión',
  'login.submit': 'Iniciar sesión',
  'login.forgot': '¿Has olvidado tu contraseña?',
  'login.noAccount': '¿Eres nuevo/a en la academia?',

  'logout.title': 'Cerrar sesión',
  'logout.working': 'Cerrando tu sesión…',
  'logout.done': 'Has cerrado la sesión. ¡Hasta pronto!',
  'logout.again': 'Volver a iniciar sesión',

  'forgot.title': 'Has olvidado tu contraseña',
  'forgot.intro':
    'Escribe tu correo electrónico y te enviaremos un enlace para elegir una nueva contraseña.',
  'forgot.submit': 'Enviarme el enlace',
  'forgot.sent':
    'Si existe una cuenta con esta dirección, le hemos enviado un enlace. El enlace es válido durante un tiempo limitado.',
  'forgot.back': 'Volver a iniciar sesión',

  'reset.title': 'Elige una nueva contraseña',
  'reset.submit': 'Guardar la nueva contraseña',
  'reset.done': 'Tu contraseña se ha cambiado. Ya puedes iniciar sesión.',
  'reset.requestNew': 'Pedir un enlace nuevo',

  'profile.title': 'Tu perfil',
  'profile.details': 'Tus datos',
  'profile.emailIs': 'Correo electrónico: {email}',
  'profile.roles': 'Tus roles',
  'profile.save': 'Guardar cambios',
  'profile.saved': 'Tus cambios se han guardado.',
  'profile.password': 'Cambia tu contraseña',
  'profile.passwordIntro':
    'Al cambiar la contraseña se cerrará la sesión en tus otros dispositivos.',
  'profile.passwordSubmit': 'Cambiar contraseña',
  'profile.passwordChanged': 'Tu contraseña se ha cambiado. Se han cerrado tus otras sesiones.',

  'users.title': 'Usuarios y roles',
  'users.intro':
    'Busca personas y asígnales roles. Los administradores de la alianza ven a las personas de su territorio.',
  'users.queueDashboard': 'Abrir el panel de colas',
  'users.search': 'Nombre o correo',
  'users.territory': 'Territorio',
  'users.allTerritories': 'Todos los territorios',
  'users.submit': 'Buscar',
  'users.results': 'Resultados',
  'users.searching': 'Buscando…',
  'users.empty':
    'Nadie coincide con esta búsqueda. Prueba con parte de un nombre u otro territorio.',
  'users.more': 'Mostrar más',
  'users.homeTerritory': 'Territorio de origen: {territory}',
  'users.noRoles': 'Todavía sin roles.',
  'users.remove': 'Quitar',
  'users.removeLabel': 'Quitar el rol {role} a {name}',
  'users.addRole': 'Añadir un rol',
  'users.role': 'Rol',
  'users.roleTerritory': 'Territorio del rol',
  'users.wholeNetwork': 'Toda la red',
  'users.territoryNeeded': 'El rol de administrador de la alianza necesita un territorio.',
  'users.assign': 'Añadir rol',
  'users.assigned': '{name} tiene ahora el rol {role}.',
  'users.removed': 'Se ha quitado el rol {role} a {name}.',

  'competences.title': 'Marcos de competencias',
  'competences.intro':
    'La Unión Europea describe lo que las personas emprendedoras y la ciudadanía necesitan saber y saber hacer en tres marcos: EntreComp para el emprendimiento, DigComp para las competencias digitales y GreenComp para la sostenibilidad. Cada uno agrupa las competencias en áreas, y la mayoría describe niveles de dominio, de básico a experto.',
  'competences.use':
    'En la academia, los cursos indican qué competencias desarrollan y hasta qué nivel, quienes aprenden se autoevalúan con ellas y las personas mentoras muestran las competencias en las que pueden ayudar.',
  'competences.titlesNote':
    'Los títulos de los marcos y de las competencias se muestran en inglés, tal como los publicó la Comisión Europea.',
  'competences.jumpTo': 'Marcos en esta página',
  'competences.published': 'Publicado en {year}',
  'competences.counts': '{areas} áreas, {competences} competencias',
  'competences.levels': 'Niveles de dominio',
  'competences.level': 'Nivel {level}',
  'competences.noLevels': 'Este marco no define niveles de dominio.',
  'competences.areas': 'Áreas y competencias',
  'competences.area': 'Área {code}:',
  'competences.competenceCount': '{count} competencias',
  'competences.loading': 'Cargando los marcos de competencias…',
  'competences.source': 'Fuente:',
  'competences.retry': 'Volver a intentarlo',

  'page.notFound': 'Página no encontrada',
  'page.notFoundText': 'Esta página no existe o se ha movido.',
  'page.forbidden': 'Sin acceso',
  'page.forbiddenText': 'Tus roles no te dan acceso a esta página.',
  'page.toHome': 'Ir a la página de inicio',
};
