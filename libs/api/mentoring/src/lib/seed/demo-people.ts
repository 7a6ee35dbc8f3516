import type { AvailabilitySlot, CompetenceLevel, Language, LegalForm, MeetingFormatCode, Sector } from '@academy/shared/contracts';

export interface DemoMentor {
  email: string;
  displayName: string;
  territory: string;
  language: Language;
  languages: Language[];
  organisation: string;
  legalForm: LegalForm;
  sectors: Sector[];
  competences: CompetenceLevel[];
  formats: MeetingFormatCode[];
  capacity: number;
  availability: AvailabilitySlot[];
  experienceYears: number;
  bio: string;
}

const m = (
  email: string,
  displayName: string,
  territory: string,
  languages: Language[],
  organisation: string,
  legalForm: LegalForm,
  sectors: Sector[],
  competences: [string, number][],
  experienceYears: number,
  bio: string,
  capacity = 3,
  formats: MeetingFormatCode[] = ['online', 'in-person'],
  availability: AvailabilitySlot[] = ['weekday-evening', 'weekend'],
): DemoMentor => ({
  email,
  displayName,
  territory,
  language: languages[0] as Language,
  languages,
  organisation,
  legalForm,
  sectors,
  competences: competences.map(([code, level]) => ({ code, level })),
  formats,
  capacity,
  availability,
  experienceYears,
  bio,
});

/**
 * Twenty-one demo mentors across the four territories and five languages (fictional people
 * and organisations, in the sectors the partners work in). Competences are EntreComp (ec),
 * DigComp (dc) and GreenComp (gc) codes as the frameworks seed them.
 */
export const DEMO_MENTORS: DemoMentor[] = [
  m('mentor@academy.test', 'Claire Mentor', 'garges-les-gonesse', ['fr', 'en'], 'Atelier Solidaire', 'association', ['work_integration', 'circular_economy'], [['entrecomp:3.3', 6], ['entrecomp:2.5', 5]], 14, 'I run a work-integration workshop repairing bikes and appliances; happy to talk about hiring people far from work and keeping the books straight.'),
  m('mentor.elena@academy.test', 'Elena Furlan', 'pordenone', ['it', 'en'], 'Cooperativa Terra Viva', 'cooperative', ['social_agriculture', 'food'], [['entrecomp:2.4', 6], ['entrecomp:3.3', 5]], 18, 'Social farming cooperative founder: therapeutic gardens, short supply chains, and how to fund a first greenhouse with members’ capital.'),
  m('mentor.marco@academy.test', 'Marco Zanetti', 'pordenone', ['it'], 'Energia di Comunità Friuli', 'cooperative', ['renewable_energy'], [['greencomp:4.2', 6], ['entrecomp:2.4', 5]], 11, 'We built a renewable energy community with 300 households. I can help with the rules, the roofs and the assemblies.', 2),
  m('mentor.paola@academy.test', 'Paola De Marchi', 'pordenone', ['it', 'en', 'es'], 'Casa Aperta', 'social_enterprise', ['care_services', 'housing'], [['entrecomp:3.4', 6], ['entrecomp:1.2', 5]], 22, 'Twenty years in home care and social housing; I mentor on working with public partners and on team governance.'),
  m('mentor.stefano@academy.test', 'Stefano Bortolin', 'pordenone', ['it', 'en'], 'Bottega Digitale', 'cooperative', ['digital_services'], [['digcomp:3.1', 7], ['digcomp:1.1', 6]], 9, 'Platform cooperative for local shops: open-source tools, data you own, and pricing that members decide.', 3, ['online']),
  m('mentor.chiara@academy.test', 'Chiara Pellegrini', 'pordenone', ['it', 'fr'], 'Fondazione Comunitaria del Noncello', 'foundation', ['ethical_finance', 'education'], [['entrecomp:2.4', 7], ['entrecomp:3.3', 6]], 16, 'Community foundation grants officer: I help write funding applications that say what changes and how you will know.'),
  m('mentor.rita@academy.test', 'Rita Carvalho', 'cascais', ['pt', 'en'], 'Mar Limpo', 'association', ['circular_economy', 'culture_tourism'], [['greencomp:3.1', 6], ['entrecomp:1.3', 5]], 12, 'Beach clean-ups turned into a circular-economy association with paid jobs; ask me about volunteers and municipal partnerships.'),
  m('mentor.tiago@academy.test', 'Tiago Nunes', 'cascais', ['pt', 'es'], 'Cooperativa Horta Viva', 'cooperative', ['social_agriculture', 'food'], [['entrecomp:2.4', 5], ['greencomp:4.2', 5]], 10, 'Urban gardens run as a cooperative with a social canteen; happy to share how we price meals fairly.'),
  m('mentor.ines@academy.test', 'Inês Moura', 'cascais', ['pt', 'en', 'fr'], 'Tecer', 'social_enterprise', ['work_integration', 'culture_tourism'], [['entrecomp:3.4', 6], ['entrecomp:2.1', 5]], 15, 'Textile social enterprise employing migrant women; I mentor on hiring, training and selling to companies.'),
  m('mentor.rui@academy.test', 'Rui Almeida', 'cascais', ['pt'], 'Crédito Solidário', 'cooperative', ['ethical_finance'], [['entrecomp:2.4', 8], ['entrecomp:3.3', 6]], 25, 'Ethical credit cooperative: microloans, guarantees and how to read your own cash flow before a bank does.', 4, ['online', 'in-person'], ['weekday-morning', 'weekday-afternoon']),
  m('mentor.sofia@academy.test', 'Sofia Pereira', 'cascais', ['pt', 'en'], 'Código Aberto', 'association', ['digital_services', 'education'], [['digcomp:3.1', 6], ['digcomp:2.1', 6]], 8, 'Digital skills for older people and small associations; I can help you choose tools you can keep running.', 2, ['online']),
  m('mentor.javier@academy.test', 'Javier Echeverría', 'navarra', ['es', 'en'], 'Cooperativa Ribera Verde', 'cooperative', ['social_agriculture', 'renewable_energy'], [['greencomp:4.2', 7], ['entrecomp:2.4', 5]], 20, 'Agricultural cooperative that added biogas and solar; I mentor on investments members can afford and agree on.'),
  m('mentor.amaia@academy.test', 'Amaia Goñi', 'navarra', ['es', 'en', 'fr'], 'Gure Etxea', 'social_enterprise', ['care_services'], [['entrecomp:3.4', 7], ['entrecomp:1.2', 6]], 17, 'Care social enterprise with 60 workers-members; ask about democratic governance as you grow.'),
  m('mentor.iker@academy.test', 'Iker Arbizu', 'navarra', ['es'], 'Reciclanda', 'cooperative', ['circular_economy', 'work_integration'], [['greencomp:3.1', 6], ['entrecomp:3.3', 5]], 13, 'Work-integration cooperative collecting and reselling furniture; I know public procurement with social clauses well.'),
  m('mentor.lucia@academy.test', 'Lucía Sanz', 'navarra', ['es', 'it'], 'Fundación Puente', 'foundation', ['education', 'ethical_finance'], [['entrecomp:2.4', 6], ['entrecomp:1.3', 6]], 19, 'Foundation funding youth social projects; I mentor students on turning an idea into a first budget and a pitch.', 4),
  m('mentor.pablo@academy.test', 'Pablo Irigoyen', 'navarra', ['es', 'en'], 'Datos Comunes', 'cooperative', ['digital_services'], [['digcomp:1.1', 7], ['digcomp:3.1', 6]], 7, 'Data cooperative helping social enterprises measure their impact with open tools.', 3, ['online']),
  m('mentor.nadia@academy.test', 'Nadia Benali', 'garges-les-gonesse', ['fr', 'en'], 'Cuisine du Monde', 'cooperative', ['food', 'work_integration'], [['entrecomp:3.3', 5], ['entrecomp:2.1', 6]], 11, 'Catering cooperative of women cooks from eight countries; I mentor on starting with little capital.'),
  m('mentor.julien@academy.test', 'Julien Martin', 'garges-les-gonesse', ['fr'], 'Habitat Partagé', 'association', ['housing'], [['entrecomp:3.4', 6], ['entrecomp:1.2', 5]], 21, 'Shared-housing association; I help with partnerships with social landlords and with volunteers who stay.'),
  m('mentor.sarah@academy.test', 'Sarah Cohen', 'garges-les-gonesse', ['fr', 'en', 'es'], 'Finance Solidaire IDF', 'foundation', ['ethical_finance'], [['entrecomp:2.4', 7], ['entrecomp:3.3', 7]], 23, 'Solidarity finance investor: how to prepare your first investor meeting and what “impact” really has to show.', 3, ['online'], ['weekday-morning', 'weekday-evening']),
  m('mentor.karim@academy.test', 'Karim Haddad', 'garges-les-gonesse', ['fr', 'en'], 'Répar’Num', 'social_enterprise', ['digital_services', 'circular_economy'], [['digcomp:3.1', 6], ['greencomp:3.1', 5]], 9, 'Refurbished computers for schools and families; ask about circular business models and digital inclusion.'),
  m('mentor.emma@academy.test', 'Emma Leroy', 'garges-les-gonesse', ['fr', 'pt'], 'Culture en Partage', 'association', ['culture_tourism', 'education'], [['entrecomp:1.3', 6], ['entrecomp:2.2', 5]], 12, 'Neighbourhood cultural association; I mentor on community participation and on small grants.'),
];

export interface DemoMentee {
  email: string;
  displayName: string;
  territory: string;
  language: Language;
  profile: 'university_student' | 'aspiring_entrepreneur' | 'practising_entrepreneur';
  goals: string;
  competences: { code: string; currentLevel: number; targetLevel: number }[];
  sector: Sector;
  languages: Language[];
}

export const DEMO_MENTEES: DemoMentee[] = [
  { email: 'learner@academy.test', displayName: 'Luca Learner', territory: 'pordenone', language: 'it', profile: 'aspiring_entrepreneur', goals: 'Start a social farm with two friends and find our first funding without losing control of the project.', competences: [{ code: 'entrecomp:2.4', currentLevel: 2, targetLevel: 5 }], sector: 'social_agriculture', languages: ['it', 'en'] },
  { email: 'student@academy.test', displayName: 'Ana Student', territory: 'cascais', language: 'pt', profile: 'university_student', goals: 'Understand how a circular-economy association pays its staff and whether I could start one after university.', competences: [{ code: 'greencomp:3.1', currentLevel: 1, targetLevel: 4 }], sector: 'circular_economy', languages: ['pt', 'en'] },
  { email: 'mentee.giorgia@academy.test', displayName: 'Giorgia Rossi', territory: 'pordenone', language: 'it', profile: 'aspiring_entrepreneur', goals: 'Turn our neighbourhood solar group into a real energy community with members and rules.', competences: [{ code: 'greencomp:4.2', currentLevel: 2, targetLevel: 5 }], sector: 'renewable_energy', languages: ['it'] },
  { email: 'mentee.davide@academy.test', displayName: 'Davide Colussi', territory: 'pordenone', language: 'it', profile: 'practising_entrepreneur', goals: 'Our digital cooperative is growing: we need help with pricing and with member governance.', competences: [{ code: 'digcomp:3.1', currentLevel: 4, targetLevel: 6 }], sector: 'digital_services', languages: ['it', 'en'] },
  { email: 'mentee.sara@academy.test', displayName: 'Sara Del Bianco', territory: 'pordenone', language: 'it', profile: 'university_student', goals: 'Write my first grant application for a youth education project.', competences: [{ code: 'entrecomp:2.4', currentLevel: 1, targetLevel: 4 }], sector: 'education', languages: ['it', 'fr'] },
];
