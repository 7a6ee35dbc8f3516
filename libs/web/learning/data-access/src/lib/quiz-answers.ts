import type { QuestionResult, QuizState, QuizSubmission } from '@academy/shared/contracts';
import type { PublicQuestion } from './learning.models';

/** The options chosen so far, by question id. */
export type QuizAnswers = Readonly<Record<string, readonly string[]>>;

/**
 * The answers after the learner ticks or unticks an option: a radio question keeps one
 * choice, a checkbox question keeps its choices in the order the options are shown.
 */
export function chooseOption(
  answers: QuizAnswers,
  question: PublicQuestion,
  optionId: string,
  checked: boolean,
): QuizAnswers {
  if (!question.options.some((o) => o.id === optionId)) return answers;
  const current = answers[question.id] ?? [];
  let chosen: string[];
  if (question.type !== 'multiple') {
    chosen = checked ? [optionId] : current.filter((id) => id !== optionId);
  } else {
    const set = new Set(current);
    if (checked) set.add(optionId);
    else set.delete(optionId);
    chosen = question.options.map((o) => o.id).filter((id) => set.has(id));
  }
  return { ...answers, [question.id]: chosen };
}

/** The ids of the questions with nothing chosen, in the quiz's order. */
export function unansweredQuestions(
  questions: readonly PublicQuestion[],
  answers: QuizAnswers,
): string[] {
  return questions.filter((q) => !(answers[q.id]?.length ?? 0)).map((q) => q.id);
}

/**
 * The body of one attempt: every question of the quiz, with only the ids of its own options
 * (a stale choice from an older version of the quiz is dropped), and one choice at most for
 * radio questions.
 */
export function buildSubmission(
  attemptId: string,
  questions: readonly PublicQuestion[],
  answers: QuizAnswers,
): QuizSubmission {
  const result: Record<string, string[]> = {};
  for (const q of questions) {
    const chosen = new Set(answers[q.id] ?? []);
    const ids = q.options.map((o) => o.id).filter((id) => chosen.has(id));
    result[q.id] = q.type === 'multiple' ? ids : ids.slice(0, 1);
  }
  return { attemptId, answers: result };
}

/** Another attempt is possible when the quiz is not passed and attempts remain (null: no limit). */
export function canRetry(state: Pick<QuizState, 'passed' | 'attemptsLeft'>): boolean {
  return !state.passed && (state.attemptsLeft === null || state.attemptsLeft > 0);
}

/** The texts of some options of a question, in the question's order. */
export function optionTexts(question: PublicQuestion, optionIds: readonly string[]): string[] {
  return question.options.filter((o) => optionIds.includes(o.id)).map((o) => o.text);
}

/** A question of the quiz with its result, when the result names it. */
export function pairResults(
  questions: readonly PublicQuestion[],
  results: readonly QuestionResult[],
): { question: PublicQuestion; result: QuestionResult }[] {
  const byId = new Map(results.map((r) => [r.questionId, r]));
  return questions.flatMap((question) => {
    const result = byId.get(question.id);
    return result ? [{ question, result }] : [];
  });
}

/**
 * A new attempt id (a UUID v4). `crypto.randomUUID` exists only in secure contexts; an
 * academy reached over plain http on a local network still gets a random id.
 */
export function newAttemptId(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = globalThis.crypto,
): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
