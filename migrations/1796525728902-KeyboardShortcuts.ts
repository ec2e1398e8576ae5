import { MigrationInterface, QueryRunner } from 'typeorm';

export class KeyboardShortcuts1796525728902 implements MigrationInterface {
  name = 'KeyboardShortcuts1796525728902';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "keyboard_shortcuts" boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP COLUMN "keyboard_shortcuts"`);
  }
}
