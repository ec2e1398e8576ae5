import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '../common/locale';
import { Tx } from '../database/transaction';
import { MAIL_QUEUE, QUEUE } from '../queue/queue';
import type { Queue } from '../queue/queue';
import { htmlWithQr, MailQr } from './qr';
import { TEMPLATES, TemplateName, TemplateVars } from './templates';

export interface MailJob {
  to: string;
  subject: string;
  text: string;
  /** an HTML alternative to the text (only e-mails with a QR code have one) */
  html?: string;
  /** a QR code shown inline in the HTML part: the worker renders the PNG, so the queue stays small */
  qr?: MailQr;
  /** a notification one can stop: List-Unsubscribe (one-click https URL, and a mailto) */
  unsubscribe?: { url: string; mailto: string };
}

/** The registration code's QR image in an e-mail (the PNG's Content-ID). */
export const REGISTRATION_QR_CID = 'registration-code@sabor';

/**
 * Queues an e-mail in the caller's transaction (pg-boss in the same database), so a message is
 * sent if and only if the change that caused it is committed. The worker sends it.
 */
@Injectable()
export class MailService {
  constructor(
    @Inject(QUEUE) private readonly queue: Queue,
    private readonly tx: Tx,
  ) {}

  /**
   * With `options.qr`, the e-mail also has an HTML part showing the QR code of `qr.text` (an
   * inline PNG) next to `qr.caption` in big letters; the text part stays as the template wrote it.
   */
  async send<N extends TemplateName>(to: string, template: N, locale: Locale, vars: TemplateVars<N>, options: { qr?: { text: string; caption: string } } = {}): Promise<void> {
    const content = (TEMPLATES[template] as (v: TemplateVars<N>) => Record<Locale, { subject: string; text: string }>)(vars)[locale];
    const job: MailJob = { to, subject: content.subject, text: content.text };
    if (options.qr) {
      job.qr = { cid: REGISTRATION_QR_CID, ...options.qr };
      job.html = htmlWithQr(content.text, job.qr, locale);
    }
    await this.enqueue(MAIL_QUEUE, job);
  }

  /** Any job, in the caller's transaction. */
  async enqueue(queue: string, data: object): Promise<void> {
    const em = this.tx.manager;
    await this.queue.send(queue, data, {
      db: { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await em.query(text, values)) as unknown[] }) },
    });
  }
}
