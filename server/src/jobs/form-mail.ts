import type { AppConfig } from '../config/config';
import { LOCALES, Locale, LocalizedText, localize } from '../common/locale';
import { invitationToken } from '../forms/invitation-token';
import type { MailSender } from '../mail/mail.sender';
import { TEMPLATES } from '../mail/templates';
import type { FormMailJob, Queue } from '../queue/queue';

interface Row {
  id: string;
  email: string;
  name: string | null;
  locale: string | null;
  form_id: string;
  form_title: LocalizedText;
  anonymous: boolean;
  closes_at: Date | null;
  subject_type: string | null;
  subject_id: string | null;
  municipality_name: LocalizedText;
  default_locale: Locale;
  time_zone: string;
}

const SELECT = `SELECT i.id, i.email, i.name, i.locale, f.id AS form_id, f.title AS form_title, f.anonymous, f.closes_at, f.subject_type, f.subject_id,
                       m.name AS municipality_name, m.default_locale, m.time_zone
                  FROM form_invitations i JOIN forms f ON f.id = i.form_id JOIN municipalities m ON m.id = f.municipality_id`;

const SUBJECT_SQL: Record<string, string> = {
  consultation: 'SELECT title FROM consultations WHERE id = $1',
  meeting: 'SELECT title FROM meetings WHERE id = $1',
  body: 'SELECT name AS title FROM bodies WHERE id = $1',
};

/** Sends the job's e-mails; returns the form and how many went out (for a log line without addresses). */
export async function sendFormMail(queue: Queue, config: AppConfig, sender: MailSender, job: FormMailJob): Promise<{ formId: string | null; sent: number }> {
  const db = queue.getDb();
  const { rows } =
    job.kind === 'invitation'
      ? await db.executeSql(`${SELECT} WHERE i.id = $1 AND i.email IS NOT NULL AND NOT i.used AND i.mailed = 0`, [job.invitationId])
      : await db.executeSql(`${SELECT} WHERE i.form_id = $1 AND i.email IS NOT NULL AND NOT i.used AND i.mailed < 1 + i.reminders ORDER BY i.email`, [job.formId]);
  const list = rows as Row[];
  if (!list.length) return { formId: job.kind === 'reminder' ? job.formId : null, sent: 0 };
  const first = list[0];
  let about: LocalizedText | null = null;
  if (first.subject_type && first.subject_id && SUBJECT_SQL[first.subject_type]) {
    about = ((await db.executeSql(SUBJECT_SQL[first.subject_type], [first.subject_id])).rows[0] as { title: LocalizedText } | undefined)?.title ?? null;
  }
  const template = job.kind === 'invitation' ? TEMPLATES.formInvitation : TEMPLATES.formReminder;
  for (const r of list) {
    const locale: Locale = r.locale && (LOCALES as readonly string[]).includes(r.locale) ? (r.locale as Locale) : r.default_locale;
    const L = r.default_locale;
    const closes = r.closes_at ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: r.time_zone }).format(new Date(r.closes_at)) : '';
    const content = template({
      name: r.name,
      municipality: localize(r.municipality_name, locale, L),
      form: localize(r.form_title, locale, L),
      about: about ? localize(about, locale, L) : '',
      link: `${config.publicUrl}/forms/${r.form_id}?token=${invitationToken(config.jwtSecret, r.id)}`,
      closes,
      anonymous: r.anonymous,
    })[locale];
    await sender.send({ to: r.email, subject: content.subject, text: content.text });
    // counted at once: a retry of this job after a later failure skips this address
    await db.executeSql(job.kind === 'invitation' ? 'UPDATE form_invitations SET mailed = GREATEST(mailed, 1) WHERE id = $1' : 'UPDATE form_invitations SET mailed = 1 + reminders WHERE id = $1', [r.id]);
  }
  return { formId: first.form_id, sent: list.length };
}
