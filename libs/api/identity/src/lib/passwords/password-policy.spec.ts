import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('accepts a long uncommon passphrase', () => {
    expect(passwordProblem('mutual aid in Pordenone 2026')).toBeNull();
  });

  it.each([
    ['short1', /at least 8/],
    ['x'.repeat(129), /at most 128/],
    ['password123', /too common/],
    ['Password123', /too common/],
    ['iloveyou', /too common/],
  ])('refuses %s', (password, reason) => {
    expect(passwordProblem(password)).toMatch(reason);
  });

  it('refuses a password containing the email name', () => {
    expect(passwordProblem('marialopez-2026!', ['marialopez'])).toMatch(/email or name/);
  });
});
