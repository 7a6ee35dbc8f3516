import { longDate } from './format';

describe('formatting', () => {
  it('writes dates in full', () => {
    expect(longDate('2026-03-12T10:00:00.000Z', 'en')).toBe('12 March 2026');
    expect(longDate('2026-03-12T10:00:00.000Z', 'fr')).toBe('12 mars 2026');
  });
});
