import { LANGUAGES, EMAIL_TEMPLATES } from '@academy/shared/contracts';
import { renderEmail } from './render';

describe('renderEmail', () => {
  it('fills params into text and HTML, escaping HTML', () => {
    const email = renderEmail('verify-email', 'it', { displayName: 'Ana <b>', link: 'https://a.eu/verify?token=x&y=1' });
    expect(email.subject).toBe('Conferma la tua email per MU.ST.SEE Academy');
    expect(email.text).toContain('Ciao Ana <b>,');
    expect(email.text).toContain('https://a.eu/verify?token=x&y=1');
    expect(email.html).toContain('Ciao Ana &lt;b&gt;,');
    expect(email.html).toContain('href="https://a.eu/verify?token=x&amp;y=1"');
    expect(email.html).toContain('<html lang="it">');
  });

  it('falls back to English for an unknown locale', () => {
    expect(renderEmail('reset-password', 'de', { displayName: 'Jo', link: 'x' }).subject).toMatch(/^Reset your/);
  });

  it.each(EMAIL_TEMPLATES.flatMap((t) => LANGUAGES.map((l) => [t, l] as const)))('%s has a distinct %s version', (template, lang) => {
    const email = renderEmail(template, lang, { displayName: 'X', link: 'https://l' });
    expect(email.subject.length).toBeGreaterThan(10);
    if (lang !== 'en') expect(email.subject).not.toBe(renderEmail(template, 'en', {}).subject);
  });
});
