import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '../common/locale';
import { Tx } from '../database/transaction';
import { MAIL_QUEUE, QUEUE } from '../jobs/queue';
import type { Queue } from '../jobs/queue';
import { TEMPLATES, TemplateName, TemplateVars } from './templates';

export interface MailJob {
  to: string;
  subject: string;
  text: string;
}

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

  async send<N extends TemplateName>(to: string, template: N, locale: Locale, vars: TemplateVars<N>): Promise<void> {
    const content = (TEMPLATES[template] as (v: TemplateVars<N>) => Record<Locale, { subject: string; text: string }>)(vars)[locale];
    const job: MailJob = { to, subject: content.subject, text: content.text };
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
