import { containsPattern, escapeLike } from './like-pattern';

describe('containsPattern', () => {
  it('finds the text anywhere and takes the wildcards in it literally', () => {
    expect(containsPattern('coop')).toBe('%coop%');
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
    expect(escapeLike('a_b')).toBe('a\\_b');
  });
});
