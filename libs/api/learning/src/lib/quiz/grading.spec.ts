import type { QuizLesson } from '@academy/shared/contracts';
import { answerProblems, gradeQuiz } from './grading';

const quiz: QuizLesson = {
  id: 'quiz',
  kind: 'quiz',
  title: 'Cooperatives',
  required: true,
  competences: [],
  passMark: 60,
  questions: [
    {
      id: 'q1',
      type: 'single',
      prompt: 'Votes per member?',
      feedback: 'One member, one vote.',
      options: [
        { id: 'a', text: 'One', correct: true },
        { id: 'b', text: 'One per share', correct: false, feedback: 'That is a company.' },
      ],
    },
    {
      id: 'q2',
      type: 'multiple',
      prompt: 'Principles?',
      options: [
        { id: 'c', text: 'Democracy', correct: true },
        { id: 'd', text: 'Autonomy', correct: true },
        { id: 'e', text: 'Profit first', correct: false },
      ],
    },
  ],
};

describe('quiz grading', () => {
  it('scores exact answers only and passes against the pass mark', () => {
    const all = gradeQuiz(quiz, { q1: ['a'], q2: ['c', 'd'] });
    expect(all).toMatchObject({ score: 100, passed: true });
    const half = gradeQuiz(quiz, { q1: ['b'], q2: ['d', 'c'] });
    expect(half.score).toBe(50);
    expect(half.passed).toBe(false);
    expect(half.questions[0]).toEqual({
      questionId: 'q1',
      correct: false,
      selectedOptionIds: ['b'],
      correctOptionIds: ['a'],
      feedback: ['One member, one vote.', 'That is a company.'],
    });
  });

  it('gives no credit for choosing every option of a multiple-choice question', () => {
    expect(gradeQuiz(quiz, { q1: ['a'], q2: ['c', 'd', 'e'] }).questions[1].correct).toBe(false);
  });

  it('lists every problem with the answers by field', () => {
    expect(answerProblems(quiz, { q1: ['a', 'b'], q2: ['zz'], q9: ['a'] })).toEqual([
      { field: 'answers.q9', message: 'is not a question of this quiz' },
      { field: 'answers.q1', message: 'takes one answer only' },
      { field: 'answers.q2', message: 'contains an option that is not part of this question' },
    ]);
    expect(answerProblems(quiz, { q1: ['a'] })).toEqual([{ field: 'answers.q2', message: 'choose an answer' }]);
    expect(answerProblems(quiz, { q1: ['a'], q2: ['c', 'c'] })).toEqual([
      { field: 'answers.q2', message: 'lists an option twice' },
    ]);
  });
});
