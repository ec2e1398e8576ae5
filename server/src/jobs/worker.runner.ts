import { Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { MailSender } from '../mail/mail.sender';
import type { MailJob } from '../mail/mail.service';
import { sendFormMail } from './form-mail';
import { runHousekeeping } from './housekeeping';
import { notifyFollowers } from './followers';
import { createQueue, FOLLOWERS_QUEUE, FORM_MAIL_QUEUE, FormMailJob, MAIL_QUEUE, Queue } from '../queue/queue';

/** A transport's error text with every e-mail address in it replaced by `<address>`. */
export function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '<address>');
}

/**
 * Runs one job's sending. The transport's error may quote a recipient: neither the log nor the
 * failed job (pg-boss keeps the error as its output) gets it. The job is tried again; an account
 * mail keeps its address till then.
 */
async function withoutAddressInFailure<T>(logger: Logger, jobId: string, send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (e) {
    const reason = withoutAddresses(e instanceof Error ? e.message : String(e));
    logger.warn(`mail ${jobId} not sent: ${reason}`);
    // eslint-disable-next-line preserve-caught-error -- the cause would carry the address into the job
    throw new Error(reason);
  }
}

/** The queue worker: sends mail. Runs inside `npm start`, or alone as dist/…/worker.js. */
export async function startWorker(config: AppConfig, databaseUrl: string): Promise<{ stop(): Promise<void>; queue: Queue }> {
  const logger = new Logger('Worker');
  let stopping = false;
  // once stopping, the database may go away under the queue: that is the stop, not an error
  const queue = await createQueue(databaseUrl, { worker: true, onError: (e) => stopping || logger.error(`queue: ${e.message}`) });
  const sender = new MailSender(config);
  await queue.work<MailJob>(MAIL_QUEUE, { pollingIntervalSeconds: config.env === 'test' ? 0.5 : 2, batchSize: 5 }, async (jobs) => {
    // pg-boss hands each job to one worker, however many run. Each mail is settled as soon as it
    // is sent, and one that fails is retried alone: a failure or a crash later in the batch never
    // sends the earlier ones again (the batch's own completion skips jobs no longer active).
    // A sent job is completed and emptied at once: its address, subject and text (a password-reset
    // or invitation link) are gone once sent, while its row (its id) stays for the queue's day, so a
    // notification job run again cannot queue the same mail under the same id a second time.
    let sent = 0;
    for (const job of jobs) {
      try {
        await withoutAddressInFailure(logger, job.id, () => sender.send(job.data));
      } catch (e) {
        await queue.fail(MAIL_QUEUE, job.id, { message: e instanceof Error ? e.message : String(e) });
        continue;
      }
      await queue.complete(MAIL_QUEUE, job.id);
      await queue.getDb().executeSql(`UPDATE pgboss.job SET data = '{}'::jsonb WHERE name = $1 AND id = $2`, [MAIL_QUEUE, job.id]);
      sent += 1;
    }
    // no address in the log: a log line per mail with its recipient would say who was written to when
    logger.log(`${sent} mail(s) sent${sent < jobs.length ? `, ${jobs.length - sent} to retry` : ''}`);
  });
  await queue.work<FormMailJob>(FORM_MAIL_QUEUE, { pollingIntervalSeconds: config.env === 'test' ? 0.5 : 2 }, async (jobs) => {
    for (const job of jobs) {
      const { formId, sent } = await withoutAddressInFailure(logger, job.id, () => sendFormMail(queue, config, sender, job.data));
      // the job named the invitation (or the form, for reminders): gone once sent, so the queue never
      // keeps who was written to, nor, for a reminder, who had not answered yet
      await queue.deleteJob(FORM_MAIL_QUEUE, job.id);
      logger.log(`Form ${formId ?? '-'}: ${sent} ${job.data.kind === 'reminder' ? 'reminder' : 'invitation'} mail(s) sent`);
    }
  });
  await queue.work<{ consultationId: string }>(FOLLOWERS_QUEUE, { pollingIntervalSeconds: config.env === 'test' ? 0.5 : 2 }, async (jobs) => {
    for (const job of jobs) logger.log(`New consultation ${job.data.consultationId}: ${await notifyFollowers(queue, config, job.data.consultationId)} followers notified`);
  });
  const clock = new Clock(config);
  const tidy = () => runHousekeeping(queue, clock.now()).catch((e: unknown) => logger.error(`housekeeping failed: ${String(e)}`));
  // a minute after start, then hourly: a worker restarted more often than hourly (deploys) still tidies
  const first = setTimeout(() => void tidy(), 60_000);
  const housekeeping = setInterval(() => void tidy(), 3600_000);
  first.unref();
  housekeeping.unref();
  return {
    queue,
    stop: async () => {
      stopping = true;
      clearTimeout(first);
      clearInterval(housekeeping);
      await queue.stop({ graceful: true, timeout: 5000 });
    },
  };
}
