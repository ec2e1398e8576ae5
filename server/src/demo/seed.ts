import argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';
import { dataSourceOptions } from '../schema/data-source';
import { seedConsultations } from './consultations-demo';
import { seedForms } from './forms-demo';
import { seedMeetings } from './meetings-demo';
import { DEMO_ACCOUNTS, DEMO_MUNICIPALITIES, DEMO_NGO, DEMO_PASSWORD } from './demo-data';

/**
 * Loads the demo data once (never in production: the config refuses it). Returns false when it
 * is already there. One transaction: a crash leaves no half-seeded database.
 */
export async function seedDemo(url: string, config: AppConfig, options: { activity?: boolean } = {}): Promise<boolean> {
  if (config.env === 'production') throw new Error('Demo data is never loaded in production');
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  await ds.initialize();
  try {
    return await ds.transaction(async (em) => {
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM municipalities WHERE slug = 'haskovo'`);
      if (n > 0) return false;
      await seedFoundation(em);
      if (options.activity !== false) {
        const now = config.fakeNow ? new Date(config.fakeNow) : new Date();
        await seedConsultations(em, now);
        await seedMeetings(em, now);
        await seedForms(em, now);
      }
      return true;
    });
  } finally {
    await ds.destroy();
  }
}

async function seedFoundation(em: EntityManager): Promise<void> {
  const municipalityIds = new Map<string, string>();
  for (const m of DEMO_MUNICIPALITIES) {
    const [row] = await em.query(
      `INSERT INTO municipalities (slug, name, country, time_zone, default_locale, official_code, lau_code) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [m.slug, JSON.stringify(m.name), m.country, m.timeZone, m.defaultLocale, m.officialCode, m.lauCode],
    );
    municipalityIds.set(m.slug, row.id);
  }
  const hash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const userIds = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const [row] = await em.query(
      `INSERT INTO users (email, password_hash, display_name, locale, home_settlement, country, email_verified_at, is_admin)
       VALUES ($1, $2, $3, $4, $5, $6, now(), $7) RETURNING id`,
      [a.email, hash, a.displayName, a.locale, a.homeSettlement, a.country, a.admin ?? false],
    );
    userIds.set(a.email, row.id);
    if (a.staff) {
      await em.query(`INSERT INTO staff_roles (municipality_id, user_id, role) VALUES ($1, $2, $3)`, [municipalityIds.get(a.staff.slug), row.id, a.staff.role]);
    }
  }
  const [org] = await em.query(
    `INSERT INTO organizations (name, kind, registration_number, verified_at, verified_by) VALUES ($1, 'ngo', $2, now(), $3) RETURNING id`,
    [DEMO_NGO.name, DEMO_NGO.registrationNumber, userIds.get('admin@sabor.example')],
  );
  await em.query(`INSERT INTO organization_members (organization_id, user_id, role) VALUES ($1, $2, 'representative')`, [org.id, userIds.get(DEMO_NGO.representative)]);
  await em.query(`INSERT INTO partnerships (municipality_id, organization_id) VALUES ($1, $2)`, [municipalityIds.get('haskovo'), org.id]);
}
