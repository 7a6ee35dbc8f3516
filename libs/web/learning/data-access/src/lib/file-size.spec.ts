import { fileSize } from './file-size';

describe('file sizes', () => {
  it('sizes files in decimal units in the reader’s language', () => {
    expect(fileSize(45, 'en')).toBe('0.1 kB');
    expect(fileSize(512, 'en')).toBe('0.5 kB');
    // French puts a narrow no-break space before the unit.
    expect(fileSize(20_000, 'fr').replace(/\s/g, ' ')).toBe('20 ko');
    expect(fileSize(1_250_000, 'en')).toBe('1.3 MB');
    expect(fileSize(1_250_000, 'it')).toBe('1,3 MB');
  });

  it('rounds a limit down, so it never promises more than it takes', () => {
    expect(fileSize(20 * 1024 * 1024, 'en')).toBe('21 MB');
    expect(fileSize(20 * 1024 * 1024, 'en', 'floor')).toBe('20.9 MB');
  });
});
