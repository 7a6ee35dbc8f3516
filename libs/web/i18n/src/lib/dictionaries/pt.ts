import type { Dictionary } from './en';

export const pt: Dictionary = {
  'app.name': 'MU.ST.SEE Academy',
  'app.tagline': 'Formação para empreendedores sociais',

  'shell.skipLink': 'Saltar para o conteúdo principal',
  'shell.navLabel': 'Principal',
  'shell.language': 'Idioma',
  'shell.signedInAs': 'Sessão iniciada como {name}',
  'shell.roles': 'Funções: {roles}',
  'shell.footer':
    'A MU.ST.SEE Academy é software de código aberto (AGPL-3.0), gerido em conjunto por parcerias locais de cidades, regiões, universidades e organizações da economia social.',

  'nav.home': 'Início',
  'nav.competences': 'Competências',
  'nav.login': 'Entrar',
  'nav.register': 'Criar uma conta',
  'nav.profile': 'O seu perfil',
  'nav.users': 'Utilizadores e funções',
  'nav.logout': 'Sair',

  'role.learner': 'Formando',
  'role.mentor': 'Mentor',
  'role.trainer': 'Formador',
  'role.partner_admin': 'Administrador da parceria',
  'role.admin': 'Administrador',
  'role.inTerritory': '{role} ({territory})',

  'learnerProfile.university_student': 'Estudante universitário',
  'learnerProfile.aspiring_entrepreneur': 'Futuro empreendedor social',
  'learnerProfile.practising_entrepreneur': 'Empreendedor social em atividade',
  'learnerProfile.university_student.hint': 'Descubra a economia social com cursos online curtos.',
  'learnerProfile.aspiring_entrepreneur.hint':
    'Siga um percurso de incubação para criar e gerir uma empresa social.',
  'learnerProfile.practising_entrepreneur.hint':
    'Atualize as suas competências para as transições verde e digital e aprenda com os seus pares.',

  'home.title': 'Aprender, criar e fazer crescer empresas sociais em conjunto',
  'home.intro':
    'A MU.ST.SEE Academy é gerida por uma rede de cidades, regiões, universidades e organizações da economia social. Os cursos são gratuitos, em cinco idiomas, e funcionam bem no telemóvel.',
  'home.audiences': 'A quem se destina a academia',
  'home.students.title': 'Estudantes universitários',
  'home.students.text': 'Descubra a economia social com cursos curtos ao estilo MOOC.',
  'home.aspiring.title': 'Futuros empreendedores sociais',
  'home.aspiring.text':
    'Siga percursos de incubação que o levam de uma ideia à criação e gestão de uma empresa social.',
  'home.practising.title': 'Empreendedores sociais em atividade',
  'home.practising.text':
    'Atualize as suas competências para as transições verde e digital e aprenda com os seus pares através da mentoria.',
  'home.register': 'Crie a sua conta gratuita',
  'home.login': 'Entre na sua conta',
  'home.welcomeBack': 'Bem-vindo/a de volta, {name}.',
  'home.toProfile': 'Ir para o seu perfil',

  'form.email': 'Endereço de email',
  'form.password': 'Palavra-passe',
  'form.passwordHint':
    'Entre 8 e 128 caracteres. Uma frase curta é fácil de lembrar e difícil de adivinhar.',
  'form.displayName': 'O seu nome',
  'form.displayNameHint': 'Visível para outros formandos e mentores.',
  'form.language': 'Idioma preferido',
  'form.languageHint': 'Usado nas páginas e nos emails que lhe enviamos.',
  'form.territory': 'Território de origem',
  'form.territoryHint': 'A parceria local com a qual aprende.',
  'form.territoryChoose': 'Escolha um território',
  'form.learnerProfile': 'Qual o descreve melhor?',
  'form.acceptTerms': 'Aceito os termos de utilização e a política de privacidade',
  'form.currentPassword': 'Palavra-passe atual',
  'form.newPassword': 'Nova palavra-passe',
  'form.confirmPassword': 'Repita a nova palavra-passe',
  'form.working': 'Aguarde…',

  'validation.required': 'Este campo é obrigatório.',
  'validation.email': 'Introduza um endereço de email como nome@exemplo.org.',
  'validation.minlength': 'Use pelo menos {min} caracteres.',
  'validation.maxlength': 'Use no máximo {max} caracteres.',
  'validation.acceptTerms': 'Para criar uma conta tem de aceitar os termos.',
  'validation.passwordMismatch': 'As duas palavras-passe são diferentes.',
  'validation.server': 'Este valor não foi aceite. Verifique-o, por favor.',
  'validation.weakPassword':
    'Esta palavra-passe é demasiado comum ou fácil de adivinhar. Escolha uma mais longa.',
  'validation.wrongPassword': 'Esta não é a sua palavra-passe atual.',
  'validation.summary': 'Corrija os campos assinalados abaixo.',

  'error.tooManyAttempts': 'Demasiadas tentativas. Aguarde {minutes} min e tente novamente.',
  'error.tooManyAttemptsLater': 'Demasiadas tentativas. Aguarde alguns minutos e tente novamente.',
  'error.generic': 'Algo correu mal do nosso lado. Tente novamente daqui a pouco.',
  'error.network': 'Não conseguimos contactar a academia. Verifique a ligação e tente novamente.',
  'error.forbidden': 'Não tem permissão para fazer isto.',
  'error.notFound': 'Não encontrámos o que procurava.',
  'error.sessionExpired': 'A sua sessão terminou. Entre novamente.',
  'error.invalidToken': 'Esta ligação é inválida ou expirou.',
  'error.invalidCredentials': 'O endereço de email ou a palavra-passe não estão corretos.',
  'error.emailNotVerified':
    'Confirme primeiro o seu endereço de email: abra a ligação que lhe enviámos.',
  'error.territories': 'Não foi possível carregar os territórios. Recarregue a página.',
  'error.competences':
    'Não foi possível carregar os quadros de competências. Verifique a ligação e tente novamente.',

  'register.title': 'Crie a sua conta',
  'register.intro': 'É gratuito. Vamos enviar-lhe um email para confirmar o seu endereço.',
  'register.submit': 'Criar conta',
  'register.sent':
    'Quase pronto! Consulte a sua caixa de correio: enviámos-lhe uma ligação para confirmar o seu endereço de email.',
  'register.haveAccount': 'Já tem uma conta?',

  'verify.title': 'Confirme o seu email',
  'verify.working': 'A confirmar o seu endereço de email…',
  'verify.done': 'O seu endereço de email está confirmado. Já pode entrar.',
  'verify.missingToken': 'Esta ligação está incompleta. Abra novamente a ligação do email.',
  'verify.registerAgain': 'Crie a sua conta novamente',

  'login.title': 'Entrar',
  'login.submit': 'Entrar',
  'login.forgot': 'Esqueceu-se da palavra-passe?',
  'login.noAccount': 'É novo/a na academia?',

  'logout.title': 'Sair',
  'logout.working': 'A terminar a sessão…',
  'logout.done': 'Terminou a sessão. Até breve!',
  'logout.again': 'Entrar novamente',

  'forgot.title': 'Esqueceu-se da palavra-passe',
  'forgot.intro':
    'Introduza o seu endereço de email e enviaremos uma ligação para escolher uma nova palavra-passe.',
  'forgot.submit': 'Enviar-me a ligação',
  'forgot.sent':
    'Se existir uma conta com este endereço, enviámos-lhe uma ligação. A ligação é válida por tempo limitado.',
  'forgot.back': 'Voltar a entrar',

  'reset.title': 'Escolha uma nova palavra-passe',
  'reset.submit': 'Guardar a nova palavra-passe',
  'reset.done': 'A sua palavra-passe foi alterada. Já pode entrar.',
  'reset.requestNew': 'Pedir uma nova ligação',

  'profile.title': 'O seu perfil',
  'profile.details': 'Os seus dados',
  'profile.emailIs': 'Endereço de email: {email}',
  'profile.roles': 'As suas funções',
  'profile.save': 'Guardar alterações',
  'profile.saved': 'As suas alterações foram guardadas.',
  'profile.password': 'Alterar a palavra-passe',
  'profile.passwordIntro': 'Alterar a palavra-passe termina a sessão nos seus outros dispositivos.',
  'profile.passwordSubmit': 'Alterar palavra-passe',
  'profile.passwordChanged':
    'A sua palavra-passe foi alterada. As suas outras sessões foram terminadas.',

  'users.title': 'Utilizadores e funções',
  'users.intro':
    'Encontre pessoas e atribua-lhes funções. Os administradores da parceria veem as pessoas do seu território.',
  'users.queueDashboard': 'Abrir o painel das filas',
  'users.search': 'Nome ou email',
  'users.territory': 'Território',
  'users.allTerritories': 'Todos os territórios',
  'users.submit': 'Pesquisar',
  'users.results': 'Resultados',
  'users.searching': 'A pesquisar…',
  'users.empty':
    'Ninguém corresponde a esta pesquisa. Experimente parte de um nome ou outro território.',
  'users.more': 'Mostrar mais',
  'users.homeTerritory': 'Território de origem: {territory}',
  'users.noRoles': 'Ainda sem funções.',
  'users.remove': 'Remover',
  'users.removeLabel': 'Remover a função {role} de {name}',
  'users.addRole': 'Adicionar uma função',
  'users.role': 'Função',
  'users.roleTerritory': 'Território da função',
  'users.wholeNetwork': 'Toda a rede',
  'users.territoryNeeded': 'A função de administrador da parceria precisa de um território.',
  'users.assign': 'Adicionar função',
  'users.assigned': '{name} tem agora a função {role}.',
  'users.removed': 'A função {role} foi removida de {name}.',

  'competences.title': 'Quadros de competências',
  'competences.intro':
    'A União Europeia descreve o que empreendedores e cidadãos precisam de saber e de saber fazer em três quadros: EntreComp para o empreendedorismo, DigComp para as competências digitais e GreenComp para a sustentabilidade. Cada um agrupa as competências em áreas, e a maioria descreve níveis de proficiência, do básico ao especialista.',
  'competences.use':
    'Na academia, os cursos indicam que competências desenvolvem e até que nível, os formandos autoavaliam-se com base nelas e os mentores mostram as competências em que podem ajudar.',
  'competences.titlesNote':
    'Os títulos dos quadros e das competências aparecem em inglês, tal como a Comissão Europeia os publicou.',
  'competences.jumpTo': 'Quadros nesta página',
  'competences.published': 'Publicado em {year}',
  'competences.counts': '{areas} áreas, {competences} competências',
  'competences.levels': 'Níveis de proficiência',
  'competences.level': 'Nível {level}',
  'competences.noLevels': 'Este quadro não define níveis de proficiência.',
  'competences.areas': 'Áreas e competências',
  'competences.area': 'Área {code}:',
  'competences.competenceCount': '{count} competências',
  'competences.loading': 'A carregar os quadros de competências…',
  'competences.source': 'Fonte:',
  'competences.retry': 'Tentar novamente',

  'page.notFound': 'Página não encontrada',
  'page.notFoundText': 'Esta página não existe ou foi movida.',
  'page.forbidden': 'Sem acesso',
  'page.forbiddenText': 'As suas funções não lhe dão acesso a esta página.',
  'page.toHome': 'Ir para a página inicial',
};
