import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config';
import type { MailJob } from './mail.service';
import { qrPng } from './qr';

export interface SentMail {
  messageId: string;
  file?: string;
}

/**
 * Sends over SMTP_URL; with none, writes the real nodemailer message as an .eml file in MAIL_DIR
 * so a newcomer (and a test) can open it.
 */
export class MailSender {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    if (!config.smtpUrl) fs.mkdirSync(config.mailDir, { recursive: true });
  }

  async send(job: MailJob): Promise<SentMail> {
    const attachments = job.qr ? [{ filename: 'code.png', content: qrPng(job.qr.text), contentType: 'image/png', cid: job.qr.cid }] : undefined;
    const info = await this.transport.sendMail({
      from: this.config.mailFrom,
      to: job.to,
      subject: job.subject,
      text: job.text,
      html: job.html,
      attachments,
      // every message Sabor sends is automatic: no vacation replies to it (RFC 3834)
      headers: {
        'Auto-Submitted': 'auto-generated',
        // RFC 2369 + RFC 8058: one header with both ways; the large mail providers want the one-click https one on bulk mail
        ...(job.unsubscribe ? { 'List-Unsubscribe': `<${job.unsubscribe.url}>, <${job.unsubscribe.mailto}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
      },
    });
    if (this.config.smtpUrl) return { messageId: info.messageId };
    const safeTo = job.to.replace(/[^a-zA-Z0-9@._-]/g, '_');
    const file = path.join(this.config.mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeTo}-${info.messageId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 12)}.eml`);
    // written whole under a temporary name (without the address, so no search by address finds
    // it), then renamed: whoever watches the folder (a person, a test in another process) never
    // reads half a message under the final name
    const partial = path.join(this.config.mailDir, `.partial-${randomUUID()}`);
    fs.writeFileSync(partial, (info as unknown as { message: Buffer }).message);
    fs.renameSync(partial, file);
    return { messageId: info.messageId, file };
  }
}

/** The address of a sender like MAIL_FROM: `Sabor <no-reply@sabor.example>` → `no-reply@sabor.example`. */
export function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}
