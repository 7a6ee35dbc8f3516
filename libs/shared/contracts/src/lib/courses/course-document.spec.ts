import {
  courseDocumentJsonSchema,
  validateCourseDocument,
  type CourseDocumentInput,
} from './course-document';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function sample(): CourseDocumentInput {
  return {
    schemaVersion: 1,
    title: 'Cooperatives 101',
    summary: 'What a cooperative is and how members govern it together.',
    description: 'A short course.',
    language: 'en',
    level: 'introductory',
    estimatedHours: 2,
    audiences: ['university_student'],
    themes: ['governance_mutuality'],
    competences: [{ framework: 'entrecomp', code: '2.5', targetLevel: 2 }],
    learningOutcomes: ['Explain one member, one vote'],
    modules: [
      {
        id: uuid(1),
        title: 'Basics',
        lessons: [
          { id: uuid(2), kind: 'article', title: 'What is a cooperative?', body: '# Hello' },
          {
            id: uuid(3),
            kind: 'quiz',
            title: 'Check',
            passMark: 50,
            questions: [
              {
                id: uuid(4),
                type: 'single',
                prompt: 'How many votes per member?',
                options: [
                  { id: uuid(5), text: 'One', correct: true },
                  { id: uuid(6), text: 'One per share', correct: false },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

describe('validateCourseDocument', () => {
  it('accepts a valid document and applies defaults', () => {
    const result = validateCourseDocument(sample());
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.document.modules[0]?.lessons[0]).toMatchObject({
        required: true,
        competences: [],
      });
  });

  it('lists every problem with its path', () => {
    const doc = sample() as any;
    doc.title = '';
    doc.modules[0].lessons[1].questions[0].options[1].correct = true;
    doc.modules[0].lessons.push({
      id: uuid(2),
      kind: 'video',
      title: 'Talk',
      url: 'ftp://x',
      transcript: '',
    });
    const result = validateCourseDocument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^title: /),
        'modules.0.lessons.1.questions.0.options: must have exactly one correct option',
        expect.stringMatching(/^modules\.0\.lessons\.2\.url: must be an http\(s\) URL/),
        expect.stringMatching(/^modules\.0\.lessons\.2\.transcript: is required/),
      ]),
    );
  });

  it('refuses duplicate ids across the document', () => {
    const doc = sample() as any;
    doc.modules[0].lessons[1].questions[0].options[1].id = uuid(2);
    const result = validateCourseDocument(doc);
    expect(result.ok ? [] : result.problems).toContainEqual({
      path: 'modules.0.lessons.1.questions.0.options.1.id',
      message: 'duplicates the id used at modules.0.lessons.0.id',
    });
  });

  it('refuses a resource with both a link and a file, or neither', () => {
    const doc = sample() as any;
    doc.modules[0].lessons.push({ id: uuid(9), kind: 'resource', title: 'Guide' });
    const result = validateCourseDocument(doc);
    expect(result.ok ? [] : result.problems).toContainEqual({
      path: 'modules.0.lessons.2.link',
      message: 'give either a link or a file, not both or neither',
    });
  });

  it('publishes a JSON Schema of the format', () => {
    const schema = courseDocumentJsonSchema();
    expect(schema['type']).toBe('object');
    expect(Object.keys(schema['properties'] as object)).toEqual(
      expect.arrayContaining(['title', 'modules', 'schemaVersion']),
    );
  });
});
