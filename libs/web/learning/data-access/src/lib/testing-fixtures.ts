import type { EnrolmentSummary, PlayerProgress } from '@academy/shared/contracts';
import type { PublicCourse, PublicQuestion, PublicRubric } from './learning.models';

// Small, readable fixtures for the specs (not exported from the library).

export const single: PublicQuestion = {
  id: 'q1',
  type: 'single',
  prompt: 'Which is a cooperative principle?',
  options: [
    { id: 'q1a', text: 'Democratic member control' },
    { id: 'q1b', text: 'Maximum profit' },
  ],
};

export const multiple: PublicQuestion = {
  id: 'q2',
  type: 'multiple',
  prompt: 'Which are social-economy organisations?',
  options: [
    { id: 'q2a', text: 'Cooperatives' },
    { id: 'q2b', text: 'Mutuals' },
    { id: 'q2c', text: 'Hedge funds' },
  ],
};

export const trueFalse: PublicQuestion = {
  id: 'q3',
  type: 'true_false',
  prompt: 'Associations may trade.',
  options: [
    { id: 'q3t', text: 'True' },
    { id: 'q3f', text: 'False' },
  ],
};

export const rubric: PublicRubric = {
  criteria: [
    {
      id: 'c1',
      title: 'Clarity',
      levels: [
        { id: 'c1-low', title: 'Unclear', points: 0 },
        { id: 'c1-high', title: 'Clear', points: 4 },
      ],
    },
    {
      id: 'c2',
      title: 'Impact',
      levels: [
        { id: 'c2-low', title: 'Vague', points: 1 },
        { id: 'c2-mid', title: 'Some', points: 3 },
        { id: 'c2-high', title: 'Measured', points: 6, description: 'With indicators' },
      ],
    },
  ],
};

const lessonBase = { required: true, competences: [] };

export const course: PublicCourse = {
  schemaVersion: 1,
  title: 'Starting a social enterprise',
  summary: 'From an idea to a social enterprise.',
  descriptionHtml: '<p>About</p>',
  language: 'en',
  level: 'introductory',
  estimatedHours: 2,
  audiences: ['aspiring_entrepreneur'],
  themes: ['social_economy_basics'],
  competences: [],
  learningOutcomes: ['Explain the social economy'],
  modules: [
    {
      id: 'm1',
      title: 'Basics',
      lessons: [
        { ...lessonBase, id: 'l1', kind: 'article', title: 'What is it?', bodyHtml: '<p>x</p>' },
        {
          ...lessonBase,
          id: 'l2',
          kind: 'video',
          title: 'Watch',
          url: 'https://www.youtube-nocookie.com/embed/abc',
          transcriptHtml: '<p>t</p>',
        },
      ],
    },
    {
      id: 'm2',
      title: 'Practice',
      lessons: [
        {
          ...lessonBase,
          id: 'l3',
          kind: 'quiz',
          title: 'Check',
          passMark: 50,
          questions: [single],
        },
        {
          ...lessonBase,
          id: 'l4',
          kind: 'assignment',
          title: 'Your plan',
          promptHtml: '<p>Write</p>',
          rubric,
        },
      ],
    },
  ],
};

export function enrolment(overrides: Partial<EnrolmentSummary> = {}): EnrolmentSummary {
  return {
    id: 'e1',
    course: { id: 'c1', slug: 'starting', title: course.title, language: 'en' },
    versionNumber: 1,
    status: 'active',
    progress: { done: 0, total: 4, percent: 0 },
    nextLesson: null,
    enrolledAt: '2026-01-01T00:00:00.000Z',
    completedAt: null,
    newVersion: null,
    ...overrides,
  };
}

export function progress(
  lessons: PlayerProgress['lessons'] = {},
  overrides: Partial<EnrolmentSummary> = {},
): PlayerProgress {
  return { enrolment: enrolment(overrides), lessons };
}
