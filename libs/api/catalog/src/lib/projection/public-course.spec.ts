import type { CourseDocument } from '@academy/shared/contracts';
import { validateCourseDocument } from '@academy/shared/contracts/course-format';
import { sampleCourseDocument } from '../document/sample-course-document';
import { toPublicCourse } from './public-course';

function parsed(input = sampleCourseDocument()): CourseDocument {
  const result = validateCourseDocument(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

describe('toPublicCourse', () => {
  it('never contains which options are correct or any quiz feedback', () => {
    const doc = parsed();
    const json = JSON.stringify(toPublicCourse(doc));
    expect(json).not.toMatch(/"correct"/);
    expect(json).not.toMatch(/"feedback"/);
    expect(json).not.toContain('Cooperatives are democratic');
    expect(json).not.toContain('That is a company');
    // The questions and option texts are still there for the learner to answer.
    expect(json).toContain('How many votes does each member have?');
    expect(json).toContain('One per share');
  });

  it('renders every Markdown field to sanitised HTML and drops the Markdown', () => {
    const input = sampleCourseDocument({ description: 'Hi <script>alert(1)</script>**there**' });
    const course = toPublicCourse(parsed(input));
    expect(course.descriptionHtml).toBe('<p>Hi <strong>there</strong></p>');
    const lessons = course.modules.flatMap((m) => m.lessons);
    const byKind = (kind: string) =>
      lessons.find((l) => l.kind === kind) as unknown as Record<string, unknown>;
    expect(byKind('article')['bodyHtml']).toContain('<h1>Cooperatives</h1>');
    expect(byKind('article')['body']).toBeUndefined();
    expect(byKind('video')['transcriptHtml']).toMatch(/^<p>The members/);
    expect(byKind('resource')['descriptionHtml']).toBe('<p>The seven principles.</p>');
    expect(byKind('assignment')['promptHtml']).toContain('<strong>membership</strong>');
    expect(byKind('assignment')['rubric']).toBeDefined();
    expect(JSON.stringify(course)).not.toMatch(/<script|alert/);
  });
});
