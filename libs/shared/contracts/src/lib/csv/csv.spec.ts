import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('parses quoted fields, doubled quotes and CRLF', () => {
    expect(parseCsv('a,"b, c"\r\n"say ""hi""",d\n')).toEqual([
      ['a', 'b, c'],
      ['say "hi"', 'd'],
    ]);
  });

  it('reads semicolon files, as much of Europe saves them', () => {
    expect(parseCsv('email;name\nana@example.org;"Lima; Ana"')).toEqual([
      ['email', 'name'],
      ['ana@example.org', 'Lima; Ana'],
    ]);
  });
});
