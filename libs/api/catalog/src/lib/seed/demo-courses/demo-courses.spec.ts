import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COURSE_THEMES, type CourseDocument } from '@academy/shared/contracts';
import { validateCourseDocument } from '@academy/shared/contracts/course-format';

/**
 * The demo courses are seed content: they must stay valid course documents, cover the
 * academy's audiences and themes, and only reference competences and good practices the
 * platform actually seeds.
 */
const dir = __dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.course.json'))
  .sort();
const raw = files.map((file) => ({
  file,
  json: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown,
}));

interface Framework {
  code: string;
  levels: unknown[];
  areas: { code: string; competences: { code: string }[] }[];
}
const frameworks: Framework[] = JSON.parse(
  readFileSync(
    join(dir, '../../../../../competences/src/lib/seed/competence-frameworks.json'),
    'utf8',
  ),
).frameworks;
const practices: { slug: string }[] = JSON.parse(
  readFileSync(join(dir, '../good-practices.json'), 'utf8'),
);

function parsed(): { file: string; doc: CourseDocument }[] {
  return raw.map(({ file, json }) => {
    const result = validateCourseDocument(json);
    if (!result.ok) throw new Error(`${file} is invalid`);
    return { file, doc: result.document };
  });
}

describe('demo courses', () => {
  it('are all valid course documents', () => {
    expect(files.length).toBeGreaterThan(0);
    const problems = raw.flatMap(({ file, json }) => {
      const result = validateCourseDocument(json);
      return result.ok ? [] : result.problems.map((p) => `${file}: ${p.path}: ${p.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('include at least six English courses and at least two in other languages', () => {
    const docs = parsed().map((c) => c.doc);
    expect(docs.filter((d) => d.language === 'en').length).toBeGreaterThanOrEqual(6);
    expect(docs.filter((d) => d.language !== 'en').length).toBeGreaterThanOrEqual(2);
  });

  it('cover the three audiences and the key themes', () => {
    const docs = parsed().map((c) => c.doc);
    const audiences = new Set(docs.flatMap((d) => d.audiences));
    expect([...audiences].sort()).toEqual([
      'aspiring_entrepreneur',
      'practising_entrepreneur',
      'university_student',
    ]);
    const themes = new Set(docs.flatMap((d) => d.themes));
    for (const theme of [
      'green_transition',
      'digital_transition',
      'governance_mutuality',
      'finance_funding',
      'impact_measurement',
    ]) {
      expect(COURSE_THEMES).toContain(theme);
      expect(themes).toContain(theme);
    }
  });

  it('each have a quiz and at least one article', () => {
    const missing = parsed()
      .filter(({ doc }) => {
        const kinds = doc.modules.flatMap((m) => m.lessons.map((l) => l.kind));
        return !kinds.includes('quiz') || !kinds.includes('article');
      })
      .map((c) => c.file);
    expect(missing).toEqual([]);
  });

  it('only use competences defined in the seeded frameworks, with levels only where defined', () => {
    const problems: string[] = [];
    for (const { file, doc } of parsed()) {
      const tags = [
        ...doc.competences,
        ...doc.modules.flatMap((m) => m.lessons.flatMap((l) => l.competences)),
      ];
      for (const tag of tags) {
        const framework = frameworks.find((f) => f.code === tag.framework);
        const label = `${file}: ${tag.framework} ${tag.code}`;
        if (!framework) {
          problems.push(`${label}: unknown framework`);
          continue;
        }
        const exists = framework.areas.some((a) => a.competences.some((c) => c.code === tag.code));
        if (!exists) problems.push(`${label}: unknown competence`);
        if (tag.targetLevel !== undefined && framework.levels.length === 0)
          problems.push(`${label}: framework has no levels`);
        if (tag.targetLevel !== undefined && tag.targetLevel > framework.levels.length)
          problems.push(`${label}: level too high`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('only cite good practices that exist in good-practices.json', () => {
    const slugs = new Set(practices.map((p) => p.slug));
    const unknown = parsed().flatMap(({ file, doc }) =>
      doc.modules
        .flatMap((m) => m.lessons)
        .flatMap((l) => (l.kind === 'article' && l.caseStudy ? [l.caseStudy.slug] : []))
        .filter((slug) => !slugs.has(slug))
        .map((slug) => `${file}: ${slug}`),
    );
    expect(unknown).toEqual([]);
  });

  it('use ids that are unique across all files', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    const claim = (id: string, where: string) => {
      const first = seen.get(id);
      if (first) duplicates.push(`${id} in ${where} and ${first}`);
      else seen.set(id, where);
    };
    for (const { file, doc } of parsed()) {
      for (const m of doc.modules) {
        claim(m.id, file);
        for (const l of m.lessons) {
          claim(l.id, file);
          if (l.kind === 'quiz') {
            for (const q of l.questions) {
              claim(q.id, file);
              q.options.forEach((o) => claim(o.id, file));
            }
          }
          if (l.kind === 'assignment') {
            for (const c of l.rubric.criteria) {
              claim(c.id, file);
              c.levels.forEach((lv) => claim(lv.id, file));
            }
          }
          if (l.kind === 'resource' && l.file) claim(l.file.fileId, file);
        }
      }
    }
    expect(duplicates).toEqual([]);
  });
});
