import type { CourseDocument, Language } from '@academy/shared/contracts';
import { COURSE_LEVELS, COURSE_THEMES, LEARNER_PROFILES } from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';

/** Words per language, so generated courses are found by stemmed search like real ones. */
const WORDS: Record<Language, string[]> = {
  en: ['cooperative', 'cooperatives', 'social', 'enterprise', 'governance', 'members', 'energy', 'community', 'digital', 'funding', 'impact', 'circular', 'economy', 'inclusion', 'workers', 'democracy', 'mutual', 'measuring', 'crowdfunding', 'platforms'],
  it: ['cooperativa', 'cooperative', 'sociale', 'impresa', 'governance', 'soci', 'energia', 'comunità', 'digitale', 'finanziamento', 'impatto', 'circolare', 'economia', 'inclusione', 'lavoratori', 'democrazia', 'mutualità', 'misurare', 'piattaforme', 'territorio'],
  pt: ['cooperativa', 'cooperativas', 'social', 'empresa', 'governação', 'membros', 'energia', 'comunidade', 'digital', 'financiamento', 'impacto', 'circular', 'economia', 'inclusão', 'trabalhadores', 'democracia', 'mutualidade', 'medir', 'plataformas', 'território'],
  es: ['cooperativa', 'cooperativas', 'social', 'empresa', 'gobernanza', 'socios', 'energía', 'comunidad', 'digital', 'financiación', 'impacto', 'circular', 'economía', 'inclusión', 'trabajadores', 'democracia', 'mutualidad', 'medir', 'plataformas', 'territorio'],
  fr: ['coopérative', 'coopératives', 'sociale', 'entreprise', 'gouvernance', 'membres', 'énergie', 'communauté', 'numérique', 'financement', 'impact', 'circulaire', 'économie', 'inclusion', 'travailleurs', 'démocratie', 'mutualité', 'mesurer', 'plateformes', 'territoire'],
};
const LANGS = Object.keys(WORDS) as Language[];

/** A deterministic pseudo-random sequence, so two benchmark runs seed the same catalogue. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` varied, valid published course documents for the catalogue benchmark. */
export function* generatedCourses(count: number): Generator<CourseDocument> {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const phrase = (lang: Language, n: number) => Array.from({ length: n }, () => pick(WORDS[lang])).join(' ');
  // Most of a course's text is words that few other courses share, as in a real catalogue;
  // a synthetic vocabulary of 5,000 terms stands for them.
  const rare = (n: number) => Array.from({ length: n }, () => `term${Math.floor(next() * 5000)}`).join(' ');
  for (let i = 0; i < count; i++) {
    const language = LANGS[i % LANGS.length] as Language;
    yield {
      schemaVersion: 1,
      title: `${phrase(language, 2)} ${rare(1)} ${i}`.slice(0, 160),
      summary: `${phrase(language, 4)} ${rare(10)}`,
      description: rare(60),
      language,
      level: pick(COURSE_LEVELS),
      estimatedHours: 1 + Math.floor(next() * 40),
      audiences: [pick(LEARNER_PROFILES)],
      themes: [pick(COURSE_THEMES), pick(COURSE_THEMES)].filter((t, k, all) => all.indexOf(t) === k),
      competences: [{ framework: 'entrecomp', code: `${1 + Math.floor(next() * 3)}.${1 + Math.floor(next() * 5)}` }],
      learningOutcomes: [rare(6), rare(6)],
      modules: [
        {
          id: randomUUID(),
          title: rare(3),
          lessons: [{ id: randomUUID(), kind: 'article', title: rare(4), body: rare(120), required: true, competences: [] }],
        },
      ],
    };
  }
}
