import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Attachments and calendar parts (an invitation's text/calendar), with their text. */
  attachments: { filename: string; contentType: string; content: string }[];
  headers: Map<string, unknown>;
}

/** A real SMTP server in the test process, keeping every message it receives. */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  /** Refuses messages while true, to test retries. */
  rejecting = false;
  /** Holds each message this long before accepting it, to test shutdown mid-send. */
  delayMs = 0;
  /** Messages being received right now. */
  receiving = 0;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo: (_address, _session, callback) =>
      callback(this.rejecting ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 450 }) : undefined),
    onData: (stream, _session, callback) => {
      this.receiving++;
      simpleParser(stream)
        .then(async (mail: ParsedMail) => {
          await new Promise((r) => setTimeout(r, this.delayMs));
          const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
          this.messages.push({
            to: to?.value[0]?.address ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            messageId: mail.messageId ?? '',
            attachments: mail.attachments.map((a) => ({
              filename: a.filename ?? '',
              contentType: a.contentType,
              content: a.content.toString('utf8'),
            })),
            headers: mail.headers,
          });
          callback();
        })
        .catch(callback)
        .finally(() => this.receiving--);
    },
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to === address);
  }

  /** Waits until a message matches, or fails after `timeoutMs`. */
  async waitFor(match: (m: ReceivedMail) => boolean, timeoutMs = 15000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No matching email within ${timeoutMs} ms; got: ${this.messages.map((m) => `${m.to}: ${m.subject}`).join(' | ') || 'none'}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** The first link in a message's text that starts with `prefix`. */
export function linkIn(mail: ReceivedMail, prefix: string): URL {
  const match = mail.text.match(/https?:\/\/\S+/g)?.find((l) => l.includes(prefix));
  if (!match) throw new Error(`No ${prefix} link in: ${mail.text}`);
  return new URL(match);
}
