import { buildIcs } from './ics';

describe('calendar invitation', () => {
  const ics = buildIcs(
    {
      uid: 'session-1@academy.test',
      sequence: 2,
      start: new Date('2027-03-04T16:30:00Z'),
      durationMinutes: 45,
      summary: 'Mentoring: Ana, Bruno',
      description: 'Goals; funding, governance\nand more',
      location: 'https://meet.example.org/ana-bruno',
      organizer: { name: 'MU.ST.SEE Academy', email: 'no-reply@academy.test' },
      attendees: [{ name: 'Ana Lima', email: 'ana@example.org' }],
    },
    new Date('2027-03-01T10:00:00Z'),
  );

  it('describes the meeting with UTC times, the end from the duration and escaped text', () => {
    expect(ics).toContain('DTSTART:20270304T163000Z\r\nDTEND:20270304T171500Z\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
    expect(ics).toContain('DESCRIPTION:Goals\\; funding\\, governance\\nand more\r\n');
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds lines longer than 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ana Lima:mailto:ana@exam\r\n ple\.org/);
  });
});
