import { DEFAULT_LANGUAGE, isLanguage, type EmailTemplate } from '@academy/shared/contracts';
import { EMAIL_CATALOG, UNSUBSCRIBE_TEXT } from './catalog';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');

/** Renders a template in the recipient's language as plain text and accessible HTML. */
export function renderEmail(template: EmailTemplate, locale: string, params: Record<string, string>): RenderedEmail {
  const lang = isLanguage(locale) ? locale : DEFAULT_LANGUAGE;
  const t = EMAIL_CATALOG[template][lang];
  const subject = fill(t.subject, params);
  const greeting = fill(t.greeting, params);
  const paragraphs = t.paragraphs.map((p) => fill(p, params));
  const link = params['link'];
  const unsubscribe = params['unsubscribeUrl'];

  const text = [
    greeting,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    ...(t.action && link ? [`${t.action}: ${link}`, ''] : []),
    '-- ',
    t.footer,
    ...(unsubscribe ? [`${UNSUBSCRIBE_TEXT[lang]}: ${unsubscribe}`] : []),
  ].join('\n');

  const esc = (s: string) => escapeHtml(s);
  const button =
    t.action && link
      ? `<p style="margin:24px 0"><a href="${esc(link)}" style="background:#0b5d52;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:600">${esc(t.action)}</a></p><p style="font-size:14px;color:#444">${esc(link)}</p>`
      : '';
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f6f5;font-family:Arial,Helvetica,sans-serif;color:#1b1f1e">
<main style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff">
<h1 style="font-size:20px;color:#0b5d52">MU.ST.SEE Academy</h1>
<p>${esc(greeting)}</p>
${paragraphs.map((p) => `<p style="line-height:1.5">${esc(p)}</p>`).join('\n')}
${button}
<hr style="border:none;border-top:1px solid #d6dedb;margin:24px 0">
<p style="font-size:13px;color:#444">${esc(t.footer)}</p>
${unsubscribe ? `<p style="font-size:13px;color:#444"><a href="${esc(unsubscribe)}" style="color:#0b5d52">${esc(UNSUBSCRIBE_TEXT[lang])}</a></p>` : ''}
</main></body></html>`;
  return { subject, text, html };
}
