import { calendarDate, isWebAddress, listOf, longDate, sessionTime } from './format';

describe('dates and lists in the mentoring pages', () => {
  it('writes a session’s start in full, on the given clock, with its time zone', () => {
    expect(sessionTime('2026-05-04T12:30:00.000Z', 'en', 'Europe/Rome')).toBe(
      'Monday, 4 May 2026 at 14:30 CEST',
    );
    expect(sessionTime('2026-05-04T12:30:00.000Z', 'it', 'Europe/Rome')).toMatch(
      /^lunedì 4 maggio 2026.*14:30/,
    );
  });

  it('writes days in full, a calendar day whatever the time zone', () => {
    expect(longDate('2026-03-12T23:30:00.000Z', 'fr', 'UTC')).toBe('12 mars 2026');
    expect(calendarDate('2026-03-01', 'pt')).toBe('1 de março de 2026');
  });

  it('joins names as the reader’s language does', () => {
    expect(listOf(['Italian', 'French', 'English'], 'en')).toBe('Italian, French and English');
    expect(listOf(['italiano', 'francese'], 'it')).toBe('italiano e francese');
    expect(listOf(['online'], 'es')).toBe('online');
  });

  it('links only to secure web addresses', () => {
    expect(isWebAddress(' https://meet.example.org/abc ')).toBe(true);
    expect(isWebAddress('http://meet.example.org')).toBe(false);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('Via Roma 1, Pordenone')).toBe(false);
  });
});
