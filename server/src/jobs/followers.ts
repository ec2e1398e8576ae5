import { createHash } from 'node:crypto';
import type { AppConfig } from '../config/config';
import { Locale, localize, LocalizedText } from '../common/locale';
import { unsubscribeToken } from '../follows/unsubscribe-token';
import { senderAddress } from '../mail/mail.sender';
import { TEMPLATES } from '../mail/templates';
import { MAIL_QUEUE, Queue } from '../queue/queue';

/**
 * The id of the mail job telling `userId` about `consultationId`: the same every time, so a
 * notification job run again (a retry after a failure half-way, or a second worker that got it
 * after the first one's lease ran out) queues no mail twice: pg-boss skips an id it already has.
 */
export function mailJobId(consultationId: string, userId: string): string {
  const h = createHash('sha256').update(`new-consultation\n${consultationId}\n${userId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The worker's side of "follow a municipality": one job per publication becomes one e-mail per
 * follower, in the follower's language, written in batches so a large town does not stall.
 */
export async function notifyFollowers(queue: Queue, config: AppConfig, consultationId: string): Promise<number> {
  const db = queue.getDb();
  const { rows } = await db.executeSql(
    `SELECT c.id, c.title, c.last_day, c.publish_on, m.id AS municipality_id, m.name AS municipality_name, m.default_locale
       FROM consultations c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = $1 AND c.published_at IS NOT NULL`,
    [consultationId],
  );
  const c = rows[0] as { id: string; title: LocalizedText; last_day: string; municipality_id: string; municipality_name: LocalizedText; default_locale: Locale } | undefined;
  if (!c) return 0;
  const token = (userId: string) => unsubscribeToken(config.jwtSecret, userId, c.municipality_id);
  let sent = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = (
      await db.executeSql(
        `SELECT u.id, u.email, u.display_name, u.locale FROM municipality_follows f JOIN users u ON u.id = f.user_id
          WHERE f.municipality_id = $1 AND u.deleted_at IS NULL AND u.email IS NOT NULL AND u.id > $2 ORDER BY u.id LIMIT 500`,
        [c.municipality_id, after],
      )
    ).rows as Array<{ id: string; email: string; display_name: string; locale: Locale }>;
    if (!batch.length) return sent;
    const jobs = batch.map((u) => {
      const content = TEMPLATES.newConsultation({
        name: u.display_name,
        municipality: localize(c.municipality_name, u.locale),
        consultation: localize(c.title, u.locale, c.default_locale),
        lastDay: new Intl.DateTimeFormat(u.locale === 'en' ? 'en-GB' : u.locale, { dateStyle: 'long' }).format(new Date(`${c.last_day}T12:00:00Z`)),
        link: `${config.publicUrl}/consultations/${c.id}`,
        unsubscribeLink: `${config.publicUrl}/unsubscribe?token=${token(u.id)}`,
      })[u.locale];
      const unsubscribe = { url: `${config.publicUrl}/api/unsubscribe?token=${token(u.id)}`, mailto: `mailto:${senderAddress(config.mailFrom)}?subject=${encodeURIComponent(`unsubscribe ${token(u.id)}`)}` };
      return { id: mailJobId(c.id, u.id), data: { to: u.email, subject: content.subject, text: content.text, unsubscribe } };
    });
    await queue.insert(MAIL_QUEUE, jobs);
    sent += batch.length;
    after = batch[batch.length - 1].id;
  }
}
