import { APP_CONFIG, type AppConfig } from '@academy/api/core';
import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

/** The SMTP connection the worker sends through. */
@Injectable()
export class EmailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transporter = createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  async send(message: { to: string; subject: string; text: string; html: string; messageId: string; headers?: Record<string, string>; calendar?: string }) {
    await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: message.messageId,
      headers: message.headers,
      // A calendar invitation travels as a text/calendar part that mail apps offer to add.
      icalEvent: message.calendar ? { method: 'REQUEST', filename: 'invitation.ics', content: message.calendar } : undefined,
    });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
