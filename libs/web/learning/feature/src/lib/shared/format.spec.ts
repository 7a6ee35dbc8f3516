import { fileSize, longDate } from './format';

describe('formatting', () => {
  it('sizes files in decimal units in the reader’s language', () => {
    expect(fileSize(45, 'en')).toBe('0.1 kB');
    expect(fileSize(512, 'en')).toBe('0.5 kB');
    // French puts a narrow no-break space before the unit.
    expect(fileSize(20_000, 'fr').replace(/\s/g, ' ')).toBe('20 ko');
    expect(fileSize(1_250_000, 'en')).toBe('1.3 MB');
    expect(fileSize(1_250_000, 'it')).toBe('1,3 MB');
  });

  it('writes dates in full', () => {
    expect(longDate('2026-03-12T10:00:00.000Z', 'en')).toBe('12 March 2026');
    expect(longDate('2026-03-12T10:00:00.000Z', 'fr')).toBe('12 mars 2026');
  });
});
