import { calendarDate, shortDate } from './format';

describe('dates in the teaching pages', () => {
  it('writes a cohort’s calendar day as that day, whatever the time zone', () => {
    expect(calendarDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(calendarDate('2026-12-31', 'it')).toBe('31 dicembre 2026');
  });

  it('writes moments briefly for table cells', () => {
    expect(shortDate('2026-03-12T10:00:00.000Z', 'en')).toBe('12 Mar 2026');
    expect(shortDate('2026-03-12T10:00:00.000Z', 'pt')).toBe('12/03/2026');
  });
});
