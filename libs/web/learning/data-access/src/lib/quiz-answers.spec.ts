import {
  buildSubmission,
  canRetry,
  newAttemptId,
  chooseOption,
  optionTexts,
  pairResults,
  unansweredQuestions,
} from './quiz-answers';
import { multiple, single, trueFalse } from './testing-fixtures';

describe('quiz answers', () => {
  it('keeps one choice for radio questions', () => {
    let answers = chooseOption({}, single, 'q1a', true);
    answers = chooseOption(answers, single, 'q1b', true);
    expect(answers).toEqual({ q1: ['q1b'] });
    expect(chooseOption(answers, trueFalse, 'q3t', true)).toEqual({ q1: ['q1b'], q3: ['q3t'] });
  });

  it('keeps checkbox choices in the order of the options, and unticks', () => {
    let answers = chooseOption({}, multiple, 'q2c', true);
    answers = chooseOption(answers, multiple, 'q2a', true);
    expect(answers['q2']).toEqual(['q2a', 'q2c']);
    answers = chooseOption(answers, multiple, 'q2c', false);
    expect(answers['q2']).toEqual(['q2a']);
  });

  it('ignores an option that is not the question’s', () => {
    const answers = { q1: ['q1a'] };
    expect(chooseOption(answers, single, 'q2a', true)).toBe(answers);
  });

  it('lists the questions still unanswered, in order', () => {
    const questions = [single, multiple, trueFalse];
    expect(unansweredQuestions(questions, {})).toEqual(['q1', 'q2', 'q3']);
    expect(unansweredQuestions(questions, { q2: ['q2b'], q3: [] })).toEqual(['q1', 'q3']);
  });

  it('builds a submission with every question and only valid option ids', () => {
    const submission = buildSubmission('attempt-1', [single, multiple, trueFalse], {
      q1: ['q1b', 'q1a'],
      q2: ['q2c', 'stale', 'q2a'],
      old: ['x'],
    });
    expect(submission).toEqual({
      attemptId: 'attempt-1',
      answers: { q1: ['q1a'], q2: ['q2a', 'q2c'], q3: [] },
    });
  });

  it('offers another attempt only when not passed and attempts remain', () => {
    expect(canRetry({ passed: false, attemptsLeft: 1 })).toBe(true);
    expect(canRetry({ passed: false, attemptsLeft: null })).toBe(true);
    expect(canRetry({ passed: false, attemptsLeft: 0 })).toBe(false);
    expect(canRetry({ passed: true, attemptsLeft: 3 })).toBe(false);
  });

  it('names options and pairs results with their questions', () => {
    expect(optionTexts(multiple, ['q2c', 'q2a'])).toEqual(['Cooperatives', 'Hedge funds']);
    const result = {
      questionId: 'q3',
      correct: true,
      selectedOptionIds: ['q3t'],
      correctOptionIds: ['q3t'],
      feedback: [],
    };
    expect(pairResults([single, trueFalse], [result])).toEqual([{ question: trueFalse, result }]);
  });

  it('makes a UUID v4 per attempt, even without crypto.randomUUID', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    const a = newAttemptId(insecure);
    expect(a).toMatch(uuid);
    expect(newAttemptId(insecure)).not.toBe(a);
    expect(newAttemptId()).toMatch(uuid);
  });
});
