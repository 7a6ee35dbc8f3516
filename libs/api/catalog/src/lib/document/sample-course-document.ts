import type { CourseDocumentInput } from '@academy/shared/contracts';
import { randomUUID } from 'node:crypto';

/**
 * A valid course document with one lesson of every kind, fresh ids each call, competences that
 * the seeded frameworks contain and a video on an allowed host (default VIDEO_HOSTS). Tests build
 * on it (re-exported by @academy/api/testing); it lives here so this context's own unit tests
 * can use it without a dependency cycle through the platform.
 */
export function sampleCourseDocument(
  overrides: Partial<CourseDocumentInput> = {},
): CourseDocumentInput {
  return {
    schemaVersion: 1,
    title: 'Cooperatives 101',
    summary: 'What a cooperative is and how its members govern it together.',
    description: 'A short course on **member ownership** and democratic control.',
    language: 'en',
    level: 'introductory',
    estimatedHours: 2,
    audiences: ['university_student', 'aspiring_entrepreneur'],
    themes: ['governance_mutuality'],
    competences: [{ framework: 'entrecomp', code: '2.5', targetLevel: 2 }],
    learningOutcomes: ['Explain the principle of one member, one vote'],
    modules: [
      {
        id: randomUUID(),
        title: 'Basics',
        lessons: [
          {
            id: randomUUID(),
            kind: 'article',
            title: 'What is a cooperative?',
            body: '# Cooperatives\n\nOwned by their *members*.',
          },
          {
            id: randomUUID(),
            kind: 'video',
            title: 'A cooperative at work',
            url: 'https://www.youtube-nocookie.com/embed/abc123',
            transcript: 'The members of the cooperative meet once a year to vote on the budget.',
            competences: [{ framework: 'digcomp', code: '1.1' }],
          },
          {
            id: randomUUID(),
            kind: 'resource',
            title: 'The ICA principles',
            description: 'The seven principles.',
            link: 'https://ica.coop/en',
          },
        ],
      },
      {
        id: randomUUID(),
        title: 'Practice',
        lessons: [
          {
            id: randomUUID(),
            kind: 'quiz',
            title: 'Check your understanding',
            passMark: 50,
            questions: [
              {
                id: randomUUID(),
                type: 'single',
                prompt: 'How many votes does each member have?',
                feedback: 'Cooperatives are democratic: one member, one vote.',
                options: [
                  { id: randomUUID(), text: 'One', correct: true, feedback: 'Right.' },
                  {
                    id: randomUUID(),
                    text: 'One per share',
                    correct: false,
                    feedback: 'That is a company.',
                  },
                ],
              },
            ],
          },
          {
            id: randomUUID(),
            kind: 'assignment',
            title: 'Draft your statutes',
            prompt: 'Write the **membership** article of your cooperative’s statutes.',
            rubric: {
              criteria: [
                {
                  id: randomUUID(),
                  title: 'Clarity',
                  levels: [
                    { id: randomUUID(), title: 'Unclear', points: 0 },
                    { id: randomUUID(), title: 'Clear', points: 2 },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
    ...overrides,
  };
}
