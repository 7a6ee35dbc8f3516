/** English is the reference: every other dictionary must have exactly these keys. */
export const en = {
  'app.name': 'MU.ST.SEE Academy',
  'app.tagline': 'Learning for social entrepreneurs',

  'shell.skipLink': 'Skip to main content',
  'shell.navLabel': 'Main',
  'shell.language': 'Language',
  'shell.signedInAs': 'Signed in as {name}',
  'shell.roles': 'Roles: {roles}',
  'shell.footer':
    'MU.ST.SEE Academy is open-source software (AGPL-3.0), run together by local partnerships of cities, regions, universities and social-economy organisations.',

  'nav.home': 'Home',
  'nav.competences': 'Competences',
  'nav.login': 'Sign in',
  'nav.register': 'Create an account',
  'nav.profile': 'Your profile',
  'nav.users': 'Users and roles',
  'nav.logout': 'Sign out',

  'role.learner': 'Learner',
  'role.mentor': 'Mentor',
  'role.trainer': 'Trainer',
  'role.partner_admin': 'Partner admin',
  'role.admin': 'Administrator',
  'role.inTerritory': '{role} ({territory})',

  'learnerProfile.university_student': 'University student',
  'learnerProfile.aspiring_entrepreneur': 'Would-be social entrepreneur',
  'learnerProfile.practising_entrepreneur': 'Practising social entrepreneur',
  'learnerProfile.university_student.hint':
    'Discover the social economy through short online courses.',
  'learnerProfile.aspiring_entrepreneur.hint':
    'Follow an inception path to create and run a social enterprise.',
  'learnerProfile.practising_entrepreneur.hint':
    'Upskill for the green and digital transitions and learn from peers.',

  'home.title': 'Learn, start and grow social enterprises together',
  'home.intro':
    'MU.ST.SEE Academy is run by a network of cities, regions, universities and social-economy organisations. Courses are free, in five languages, and work well on a phone.',
  'home.audiences': 'Who the academy is for',
  'home.students.title': 'University students',
  'home.students.text': 'Discover the social economy through short, MOOC-style courses.',
  'home.aspiring.title': 'Would-be social entrepreneurs',
  'home.aspiring.text':
    'Follow inception paths that take you from an idea to creating and managing a social enterprise.',
  'home.practising.title': 'Practising social entrepreneurs',
  'home.practising.text':
    'Upskill for the green and digital transitions, and learn from peers through mentoring.',
  'home.register': 'Create your free account',
  'home.login': 'Sign in to your account',
  'home.welcomeBack': 'Welcome back, {name}.',
  'home.toProfile': 'Go to your profile',

  'form.email': 'Email address',
  'form.password': 'Password',
  'form.passwordHint':
    'Between 8 and 128 characters. A short sentence is easy to remember and hard to guess.',
  'form.displayName': 'Your name',
  'form.displayNameHint': 'Shown to other learners and mentors.',
  'form.language': 'Preferred language',
  'form.languageHint': 'Used for the pages and for the emails we send you.',
  'form.territory': 'Home territory',
  'form.territoryHint': 'The local partnership you learn with.',
  'form.territoryChoose': 'Choose a territory',
  'form.learnerProfile': 'Which describes you best?',
  'form.acceptTerms': 'I accept the terms of use and the privacy policy',
  'form.currentPassword': 'Current password',
  'form.newPassword': 'New password',
  'form.confirmPassword': 'Repeat the new password',
  'form.working': 'Please wait…',

  'validation.required': 'This field is required.',
  'validation.email': 'Enter an email address like name@example.org.',
  'validation.minlength': 'Use at least {min} characters.',
  'validation.maxlength': 'Use at most {max} characters.',
  'validation.acceptTerms': 'You need to accept the terms to create an account.',
  'validation.passwordMismatch': 'The two passwords are different.',
  'validation.server': 'This value was not accepted. Please check it.',
  'validation.weakPassword':
    'This password is too common or too easy to guess. Choose a longer one.',
  'validation.wrongPassword': 'This is not your current password.',
  'validation.summary': 'Please correct the fields marked below.',

  'error.tooManyAttempts': 'Too many attempts. Please wait {minutes} min and try again.',
  'error.tooManyAttemptsLater': 'Too many attempts. Please wait a few minutes and try again.',
  'error.generic': 'Something went wrong on our side. Please try again in a moment.',
  'error.network': 'We could not reach the academy. Check your connection and try again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.notFound': 'We could not find what you were looking for.',
  'error.sessionExpired': 'Your session has ended. Please sign in again.',
  'error.invalidToken': 'This link is invalid or has expired.',
  'error.invalidCredentials': 'The email address or the password is not correct.',
  'error.emailNotVerified': 'Please confirm your email address first: open the link we sent you.',
  'error.territories': 'We could not load the territories. Please reload the page.',
  'error.competences':
    'We could not load the competence frameworks. Check your connection and try again.',

  'register.title': 'Create your account',
  'register.intro': 'It is free. We will send you an email to confirm your address.',
  'register.submit': 'Create account',
  'register.sent':
    'Almost done! Check your inbox: we sent you a link to confirm your email address.',
  'register.haveAccount': 'Already have an account?',

  'verify.title': 'Confirm your email',
  'verify.working': 'Confirming your email address…',
  'verify.done': 'Your email address is confirmed. You can now sign in.',
  'verify.missingToken': 'This link is incomplete. Open the link from the email again.',
  'verify.registerAgain': 'Create your account again',

  'login.title': 'Sign in',
  'login.submit': 'Sign in',
  'login.forgot': 'Forgot your password?',
  'login.noAccount': 'New to the academy?',

  'logout.title': 'Sign out',
  'logout.working': 'Signing you out…',
  'logout.done': 'You have signed out. See you soon!',
  'logout.again': 'Sign in again',

  'forgot.title': 'Forgot your password',
  'forgot.intro': 'Enter your email address and we will send you a link to choose a new password.',
  'forgot.submit': 'Send me the link',
  'forgot.sent':
    'If an account exists for this address, we have sent it a link. The link is valid for a limited time.',
  'forgot.back': 'Back to sign in',

  'reset.title': 'Choose a new password',
  'reset.submit': 'Save the new password',
  'reset.done': 'Your password has been changed. You can now sign in.',
  'reset.requestNew': 'Ask for a new link',

  'profile.title': 'Your profile',
  'profile.details': 'Your details',
  'profile.emailIs': 'Email address: {email}',
  'profile.roles': 'Your roles',
  'profile.save': 'Save changes',
  'profile.saved': 'Your changes have been saved.',
  'profile.password': 'Change your password',
  'profile.passwordIntro': 'Changing your password signs you out on your other devices.',
  'profile.passwordSubmit': 'Change password',
  'profile.passwordChanged':
    'Your password has been changed. Your other sessions have been signed out.',

  'users.title': 'Users and roles',
  'users.intro':
    'Find people and give them roles. Partner admins see the people of their own territory.',
  'users.queueDashboard': 'Open the queue dashboard',
  'users.search': 'Name or email',
  'users.territory': 'Territory',
  'users.allTerritories': 'All territories',
  'users.submit': 'Search',
  'users.results': 'Results',
  'users.searching': 'Searching…',
  'users.empty': 'No one matches this search. Try part of a name or another territory.',
  'users.more': 'Show more',
  'users.homeTerritory': 'Home territory: {territory}',
  'users.noRoles': 'No roles yet.',
  'users.remove': 'Remove',
  'users.removeLabel': 'Remove the role {role} from {name}',
  'users.addRole': 'Add a role',
  'users.role': 'Role',
  'users.roleTerritory': 'Territory of the role',
  'users.wholeNetwork': 'Whole network',
  'users.territoryNeeded': 'A partner admin role needs a territory.',
  'users.assign': 'Add role',
  'users.assigned': '{name} now has the role {role}.',
  'users.removed': 'The role {role} was removed from {name}.',

  'competences.title': 'Competence frameworks',
  'competences.intro':
    'The European Union describes what entrepreneurs and citizens need to know and be able to do in three frameworks: EntreComp for entrepreneurship, DigComp for digital skills and GreenComp for sustainability. Each one groups competences into areas, and most describe proficiency levels, from foundation to expert.',
  'competences.use':
    'In the academy, courses say which competences they develop and to what level, learners assess themselves against them, and mentors show the competences they can help with.',
  'competences.titlesNote':
    'Framework and competence titles are shown in English, as the European Commission published them.',
  'competences.jumpTo': 'Frameworks on this page',
  'competences.published': 'Published in {year}',
  'competences.counts': '{areas} areas, {competences} competences',
  'competences.levels': 'Proficiency levels',
  'competences.level': 'Level {level}',
  'competences.noLevels': 'This framework does not define proficiency levels.',
  'competences.areas': 'Areas and competences',
  'competences.area': 'Area {code}:',
  'competences.competenceCount': '{count} competences',
  'competences.loading': 'Loading the competence frameworks…',
  'competences.source': 'Source:',
  'competences.retry': 'Try again',

  'page.notFound': 'Page not found',
  'page.notFoundText': 'This page does not exist or has moved.',
  'page.forbidden': 'No access',
  'page.forbiddenText': 'Your roles do not give you access to this page.',
  'page.toHome': 'Go to the home page',
};

export type TranslationKey = keyof typeof en;
export type Dictionary = Readonly<Record<TranslationKey, string>>;
