import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reminder rounds per form (at most 3, one a day); forms that sent some already count the rounds their invitations got. */
export class FormReminderRounds1796526543839 implements MigrationInterface {
  name = 'FormReminderRounds1796526543839';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "forms" ADD "reminders_sent" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "forms" ADD "last_reminder_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`UPDATE forms f SET reminders_sent = least(3, r.n) FROM (SELECT form_id, max(reminders) AS n FROM form_invitations GROUP BY form_id) r WHERE r.form_id = f.id AND r.n > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "forms" DROP COLUMN "last_reminder_at"`);
    await q.query(`ALTER TABLE "forms" DROP COLUMN "reminders_sent"`);
  }
}
