import { Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { MailSender } from '../mail/mail.sender';
import type { MailJob } from '../mail/mail.service';
import { sendFormMail } from './form-mail';
import { runHousekeeping } from './housekeeping';
import { notifyFollowers } from './followers';
import { createQueue, FOLLOWERS_QUEUE, FORM_MAIL_QUEUE, FormMailJob, MAIL_QUEUE, Queue } from '../queue/queue';

/** The queue worker: sends mail. Runs inside `npm start`, or alone as dist/…/worker.js. */
export async function startWorker(config: AppConfig, databaseUrl: string): Promise<{ stop(): Promise<void>; queue: Queue }> {
  const logger = new Logger('Worker');
  let stopping = false;
  // once stopping, the database may go away under the queue: that is the stop, not an error
  const queue = await createQueue(databaseUrl, { worker: true, onError: (e) => stopping || logger.error(`queue: ${e.message}`) });
  const sender = new MailSender(config);
  await queue.work<MailJob>(MAIL_QUEUE, { pollingIntervalSeconds: config.env === 'test' ? 0.5 : 2, batchSize: 5 }, async (jobs) => {
    // no address in the log: a log line per mail with its recipient would say who was written to when
    for (const job of jobs) await sender.send(job.data);
    logger.log(`${jobs.length} mail(s) sent`);
  });
  await queue.work<FormMailJob>(FORM_MAIL_QUEUE, { pollingIntervalSeconds: config.env === 'test' ? 0.5 : 2 }, async (jobs) => {
    for (const job of jobs) {
      const { formId, sent } = await sendFormMail(queue, config, sender, job.data);
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
