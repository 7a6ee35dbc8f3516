import {
  COURSE_DOCUMENT_VERSION,
  type CourseDocument,
  type CourseModule,
  type Language,
  type Lesson,
  type LessonKind,
  type Question,
  type Rubric,
} from '@academy/shared/contracts';

// Building blocks of a course document. Every module, lesson, question, option, criterion and
// level gets a UUID once, when it is created: learners' progress refers to these ids.

export type ArticleLesson = Extract<Lesson, { kind: 'article' }>;
export type VideoLesson = Extract<Lesson, { kind: 'video' }>;
export type ResourceLesson = Extract<Lesson, { kind: 'resource' }>;
export type QuizLessonDraft = Extract<Lesson, { kind: 'quiz' }>;
export type AssignmentLesson = Extract<Lesson, { kind: 'assignment' }>;
export type QuestionType = Question['type'];
export type QuizOption = Question['options'][number];
export type RubricCriterion = Rubric['criteria'][number];
export type RubricLevel = RubricCriterion['levels'][number];

const uuid = (): string => crypto.randomUUID();

export function newDocument(language: Language = 'en'): CourseDocument {
  return {
    schemaVersion: COURSE_DOCUMENT_VERSION,
    title: '',
    summary: '',
    description: '',
    language,
    level: 'introductory',
    estimatedHours: 1,
    audiences: [],
    themes: [],
    competences: [],
    learningOutcomes: [''],
    modules: [newModule()],
  };
}

export function newModule(title = ''): CourseModule {
  return { id: uuid(), title, lessons: [] };
}

export function newLesson(kind: LessonKind, title = ''): Lesson {
  const base = { id: uuid(), title, required: true, competences: [] };
  switch (kind) {
    case 'article':
      return { ...base, kind, body: '' };
    case 'video':
      return { ...base, kind, url: '', transcript: '' };
    case 'resource':
      return { ...base, kind, link: '' };
    case 'quiz':
      return { ...base, kind, passMark: 70, questions: [newQuestion('single')] };
    case 'assignment':
      return { ...base, kind, prompt: '', rubric: { criteria: [newCriterion()] } };
  }
}

export function newOption(text = '', correct = false): QuizOption {
  return { id: uuid(), text, correct };
}

export function newQuestion(type: QuestionType): Question {
  return {
    id: uuid(),
    type,
    prompt: '',
    options: [newOption('', true), newOption()],
  };
}

export function newLevel(points = 0): RubricLevel {
  return { id: uuid(), title: '', points };
}

export function newCriterion(): RubricCriterion {
  return { id: uuid(), title: '', levels: [newLevel(0), newLevel(1)] };
}

/**
 * Changes a question's type while keeping its options where it can: true/false keeps two
 * options, and single-answer types keep only the first correct option marked correct.
 */
export function changeQuestionType(question: Question, type: QuestionType): Question {
  let options = question.options;
  if (type === 'true_false') {
    options = [...options.slice(0, 2)];
    while (options.length < 2) options.push(newOption());
  }
  if (type !== 'multiple') {
    const first = Math.max(
      0,
      options.findIndex((o) => o.correct),
    );
    options = options.map((o, i) => ({ ...o, correct: i === first }));
  }
  return { ...question, type, options };
}

/** Marks one option correct: the only one for single-answer types, toggled for multiple. */
export function toggleCorrect(question: Question, optionId: string, checked: boolean): Question {
  return {
    ...question,
    options: question.options.map((o) =>
      question.type === 'multiple'
        ? o.id === optionId
          ? { ...o, correct: checked }
          : o
        : { ...o, correct: o.id === optionId },
    ),
  };
}

/** A copy of the list with one item moved; out-of-range moves return the list unchanged. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((current, i) => (i === index ? item : current));

export const removeAt = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_item, i) => i !== index);
