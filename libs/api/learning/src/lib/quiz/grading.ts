import type { QuestionResult, QuizLesson } from '@academy/shared/contracts';

export interface AnswerProblem {
  field: string;
  message: string;
}

export interface Grade {
  score: number;
  passed: boolean;
  questions: QuestionResult[];
}

/** Every problem with a learner's answers, by field, before anything is graded or stored. */
export function answerProblems(quiz: QuizLesson, answers: Record<string, string[]>): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const known = new Set(quiz.questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) problems.push({ field: `answers.${id}`, message: 'is not a question of this quiz' });
  }
  for (const question of quiz.questions) {
    const chosen = answers[question.id];
    const field = `answers.${question.id}`;
    if (!Array.isArray(chosen) || chosen.length === 0) {
      problems.push({ field, message: 'choose an answer' });
      continue;
    }
    const options = new Set(question.options.map((o) => o.id));
    if (chosen.some((id) => typeof id !== 'string' || !options.has(id)))
      problems.push({ field, message: 'contains an option that is not part of this question' });
    else if (new Set(chosen).size !== chosen.length)
      problems.push({ field, message: 'lists an option twice' });
    else if (question.type !== 'multiple' && chosen.length > 1)
      problems.push({ field, message: 'takes one answer only' });
  }
  return problems;
}

/**
 * Grades answers already checked by answerProblems. A question is right when exactly its
 * correct options were chosen (no partial credit on multiple choice: choosing every option
 * must not score). The score is the percentage of questions right.
 */
export function gradeQuiz(quiz: QuizLesson, answers: Record<string, string[]>): Grade {
  const questions = quiz.questions.map((question): QuestionResult => {
    const selected = answers[question.id] ?? [];
    const correctIds = question.options.filter((o) => o.correct).map((o) => o.id);
    const correct =
      selected.length === correctIds.length && correctIds.every((id) => selected.includes(id));
    const feedback = [
      ...(question.feedback ? [question.feedback] : []),
      ...question.options.filter((o) => selected.includes(o.id) && o.feedback).map((o) => o.feedback as string),
    ];
    return { questionId: question.id, correct, selectedOptionIds: selected, correctOptionIds: correctIds, feedback };
  });
  const right = questions.filter((q) => q.correct).length;
  const score = Math.round((100 * right) / questions.length);
  return { score, passed: score >= quiz.passMark, questions };
}
