/**
 * The personal-data registry: every table that holds data about a person, declared once. It says
 * which columns name the person, what `GET /api/me/export` gives from it and under which key, what
 * `DELETE /api/me` does to it, on which legal basis it is held and for how long. The account export
 * and the account deletion are driven by this list (`server/src/accounts/accounts.service.ts`); a
 * test holds it against PostgreSQL's catalogue (every column that references an account, every
 * e-mail, address or user-agent column must be declared here), the table in docs/architecture.md
 * is rendered from it, and the privacy notice's retention section is built from `RETENTION_NOTICE`.
 *
 * Pure data: no Nest, no database. SQL parameters: `$1` the account's id, `$2` its e-mail address
 * (read before the deletion blanks it), `$3` the time of the deletion.
 */
import type { Locale } from '../common/locale';

/** What the deletion does to a table's rows about the person, in one word for the docs. */
export type ErasureKind = 'delete' | 'unlink' | 'anonymise' | 'revoke' | 'keep';

/** The GDPR Art. 6(1) bases the product relies on. */
export type LegalBasis = 'a' | 'c' | 'e';

export const LEGAL_BASES: Record<LegalBasis, string> = {
  a: 'Art. 6(1)(a) consent',
  c: 'Art. 6(1)(c) legal obligation',
  e: 'Art. 6(1)(e) public task',
};

/** The topics of the privacy notice's retention section, each a line in bg, en and mk. */
export type NoticeTopic = 'account' | 'contributions' | 'flags' | 'registrations' | 'forms' | 'bodies' | 'follows' | 'staff' | 'security';

export interface PersonalDataEntry {
  table: string;
  /** columns holding an account's id (foreign key or not) */
  userColumns: string[];
  /** other columns with personal data (e-mail, names, free text about the person) */
  personalColumns?: string[];
  /**
   * What the export gives: `sql` (rows, `$1` id, `$2` e-mail) under `key` (a dot nests it:
   * `staffRecords.consultations`); `service`: a part of the product fills `key` (see
   * `PersonalData`); `within`: already part of another key's section.
   */
  export: { key: string; sql: string } | { key: string; service: string } | { within: string };
  /** What the deletion does: `sql` statements run in order, or a part of the product's `service` step first. */
  erase: { kind: ErasureKind; sql?: string[]; service?: string; note: string };
  basis: LegalBasis;
  /** why on that basis, in words */
  purpose: string;
  /** how long it is kept, in words */
  retention: string;
  notice: NoticeTopic;
}

/**
 * Columns the catalogue test finds by name that hold no account's personal data, with the reason.
 */
export const NOT_PERSONAL: Record<string, string> = {
  'municipalities.email': "the municipality's office address, published as its contact",
  'municipalities.dpo_email': "the address of the municipality's data protection officer, published by law (Art. 37(7) GDPR)",
};

const STAFF_PURPOSE = "the municipality's record of who did what in its name";
const STAFF_RETENTION = 'as long as the record it belongs to; the account behind it is anonymised on deletion';

/** An officer's work on a municipality's record: exported under `staffRecords`, kept on deletion. */
function staffColumn(table: string, column: string, key: string, select: string): PersonalDataEntry {
  return {
    table,
    userColumns: [column],
    export: { key: `staffRecords.${key}`, sql: `SELECT ${select} FROM ${table} WHERE ${column} = $1 ORDER BY 1` },
    erase: { kind: 'keep', note: 'kept: the municipality needs to know its record was made by one of its staff; the account it names is anonymised' },
    basis: 'e',
    purpose: STAFF_PURPOSE,
    retention: STAFF_RETENTION,
    notice: 'staff',
  };
}

/** In the order the export lists them and the deletion runs them; the account row comes last. */
export const PERSONAL_DATA: readonly PersonalDataEntry[] = [
  {
    table: 'staff_roles',
    userColumns: ['user_id'],
    export: { within: 'account.staff' },
    erase: { kind: 'delete', sql: ['DELETE FROM staff_roles WHERE user_id = $1'], note: 'roles in municipalities removed' },
    basis: 'e',
    purpose: 'who may act for a municipality',
    retention: 'while the role is held',
    notice: 'account',
  },
  {
    table: 'organization_members',
    userColumns: ['user_id'],
    export: { within: 'account.organizations' },
    erase: { kind: 'delete', sql: ['DELETE FROM organization_members WHERE user_id = $1'], note: 'memberships of organisations removed' },
    basis: 'e',
    purpose: 'who may speak for an organisation',
    retention: 'while the membership lasts',
    notice: 'account',
  },
  {
    table: 'municipality_follows',
    userColumns: ['user_id'],
    export: { within: 'account.follows' },
    erase: { kind: 'delete', sql: ['DELETE FROM municipality_follows WHERE user_id = $1'], note: 'follows removed' },
    basis: 'a',
    purpose: 'e-mail notices of new consultations, only if the person asks for them',
    retention: 'until the person stops following or withdraws consent',
    notice: 'follows',
  },
  {
    table: 'refresh_tokens',
    userColumns: ['user_id'],
    export: { key: 'sessions', sql: 'SELECT created_at AS "createdAt", expires_at AS "expiresAt", rotated_at AS "rotatedAt", revoked_at AS "revokedAt" FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at' },
    erase: { kind: 'revoke', sql: ['UPDATE refresh_tokens SET revoked_at = $3 WHERE user_id = $1 AND revoked_at IS NULL'], note: 'every session ends at once; housekeeping deletes the rows 7 days after they expire' },
    basis: 'e',
    purpose: 'keeping the person signed in, and the security of the account (Art. 32)',
    retention: 'until 7 days after the session expires',
    notice: 'security',
  },
  {
    table: 'email_tokens',
    userColumns: ['user_id'],
    export: { key: 'emailLinks', sql: 'SELECT purpose, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt" FROM email_tokens WHERE user_id = $1 ORDER BY created_at' },
    erase: { kind: 'delete', sql: ['DELETE FROM email_tokens WHERE user_id = $1'], note: 'links to confirm the address or set a new password removed' },
    basis: 'e',
    purpose: 'confirming the address and resetting the password',
    retention: '48 hours (confirmation) or 1 hour (new password), then 7 days more',
    notice: 'security',
  },
  {
    table: 'idempotency_keys',
    userColumns: ['user_id'],
    export: { key: 'repeatProtection', sql: 'SELECT key, created_at AS "createdAt" FROM idempotency_keys WHERE user_id = $1 ORDER BY created_at' },
    erase: { kind: 'delete', sql: ['DELETE FROM idempotency_keys WHERE user_id = $1'], note: 'removed' },
    basis: 'e',
    purpose: 'a request sent twice is done once',
    retention: '24 hours',
    notice: 'security',
  },
  {
    table: 'organization_invitations',
    userColumns: ['invited_by'],
    personalColumns: ['email'],
    export: {
      key: 'organizationInvitations',
      sql: `SELECT i.organization_id AS "organizationId", o.name AS "organizationName", i.role, i.created_at AS "createdAt", i.expires_at AS "expiresAt"
              FROM organization_invitations i JOIN organizations o ON o.id = i.organization_id WHERE i.email = $2 ORDER BY i.created_at`,
    },
    erase: {
      kind: 'delete',
      sql: ['DELETE FROM organization_invitations WHERE email = $2', 'UPDATE organization_invitations SET invited_by = NULL WHERE invited_by = $1'],
      note: 'invitations to the address removed; those the person sent lose the sender',
    },
    basis: 'e',
    purpose: 'inviting a person to speak for an organisation',
    retention: 'until accepted, declined or expired',
    notice: 'account',
  },
  {
    table: 'contributions',
    userColumns: ['author_id'],
    personalColumns: ['author_name', 'author_email'],
    export: {
      key: 'contributions',
      sql: `SELECT c.id, c.consultation_id AS "consultationId", c.kind, c.body, c.publish_name AS "publishName", c.channel, c.received_at AS "receivedAt", c.parent_id AS "parentId"
              FROM contributions c WHERE c.author_id = $1 ORDER BY c.received_at, c.id`,
    },
    erase: {
      kind: 'anonymise',
      sql: ['UPDATE contributions SET author_name = NULL, author_email = NULL WHERE author_id = $1'],
      note: 'the text stays in the public record, shown as "deleted participant"; the name and e-mail kept with it are blanked',
    },
    basis: 'e',
    purpose: 'a proposal must be considered and answered in the summary report (ЗНА Art. 26)',
    retention: 'for good, as part of the consultation\'s public record',
    notice: 'contributions',
  },
  staffColumn('contributions', 'registered_by', 'contributionsRegistered', 'id, consultation_id AS "consultationId", received_at AS "receivedAt"'),
  staffColumn('contributions', 'hidden_by', 'contributionsHidden', 'id, hidden_at AS "hiddenAt", hidden_reason AS "hiddenReason"'),
  {
    table: 'contribution_supports',
    userColumns: ['user_id'],
    export: { key: 'supports', sql: 'SELECT contribution_id AS "contributionId", created_at AS "createdAt" FROM contribution_supports WHERE user_id = $1 ORDER BY created_at' },
    erase: { kind: 'keep', note: 'kept, so a proposal keeps its count; they point to the anonymised account only' },
    basis: 'e',
    purpose: 'showing how many people back a proposal, one support each',
    retention: 'as long as the proposal',
    notice: 'contributions',
  },
  {
    table: 'contribution_flags',
    userColumns: ['user_id'],
    personalColumns: ['reason'],
    export: { key: 'flags', sql: 'SELECT contribution_id AS "contributionId", reason, created_at AS "createdAt" FROM contribution_flags WHERE user_id = $1 ORDER BY created_at' },
    erase: {
      kind: 'delete',
      sql: [
        'UPDATE contributions c SET flag_count = GREATEST(c.flag_count - 1, 0) FROM contribution_flags f WHERE f.contribution_id = c.id AND f.user_id = $1',
        'DELETE FROM contribution_flags WHERE user_id = $1',
      ],
      note: "flags removed and the proposals' flag counts lowered; a moderator's decision already taken stays on the proposal and in the audit log",
    },
    basis: 'e',
    purpose: 'moderators review what participants report as abuse',
    retention: 'until the account is deleted',
    notice: 'flags',
  },
  staffColumn('contribution_responses', 'officer_id', 'answers', 'id, contribution_id AS "contributionId", version, created_at AS "createdAt"'),
  staffColumn('consultations', 'created_by', 'consultations', 'id, created_at AS "createdAt"'),
  staffColumn('consultation_versions', 'created_by', 'consultationVersions', 'id, consultation_id AS "consultationId", version, created_at AS "createdAt"'),
  staffColumn('documents', 'uploaded_by', 'documents', 'id, consultation_id AS "consultationId", filename, created_at AS "createdAt"'),
  {
    table: 'meeting_registrations',
    userColumns: ['user_id'],
    personalColumns: ['name', 'email', 'home_settlement', 'country', 'organization_name', 'cancel_token_hash'],
    export: { key: 'registrations', service: 'registrations' },
    erase: {
      kind: 'anonymise',
      service: 'registrations',
      note: 'places at meetings still to come are given up (the waiting list moves up); every registration loses name (shown as "deleted participant"), e-mail, cancel token and the link to the account; settlement, country and category stay for past participation reports',
    },
    basis: 'e',
    purpose: 'organising a meeting and reporting participation in totals',
    retention: 'as long as the meeting\'s report needs it; the name and e-mail go with the account',
    notice: 'registrations',
  },
  staffColumn('meeting_registrations', 'registered_by', 'registrationsTaken', 'id, meeting_id AS "meetingId", registered_at AS "registeredAt"'),
  staffColumn('meeting_registrations', 'decided_by', 'registrationsDecided', 'id, meeting_id AS "meetingId", decided_at AS "decidedAt"'),
  {
    table: 'meeting_check_ins',
    userColumns: ['checked_in_by'],
    export: { key: 'staffRecords.checkIns', sql: 'SELECT registration_id AS "registrationId", day::text AS day, at FROM meeting_check_ins WHERE checked_in_by = $1 ORDER BY at' },
    erase: { kind: 'keep', note: 'kept: who checked a person in at the door is part of the attendance record; the attendee\'s own days are exported with the registrations' },
    basis: 'e',
    purpose: STAFF_PURPOSE,
    retention: STAFF_RETENTION,
    notice: 'staff',
  },
  staffColumn('meetings', 'created_by', 'meetings', 'id, created_at AS "createdAt"'),
  staffColumn('meeting_minutes', 'published_by', 'minutes', 'id, meeting_id AS "meetingId", version, published_at AS "publishedAt"'),
  {
    table: 'form_responses',
    userColumns: ['user_id'],
    export: { key: 'formResponses', service: 'formResponses' },
    erase: { kind: 'unlink', service: 'formResponses', note: 'identified answers stay in the results without the link to the account' },
    basis: 'e',
    purpose: 'feedback and satisfaction surveys of the municipality',
    retention: 'as long as the form\'s results; anonymous forms keep nothing that links an answer to a person',
    notice: 'forms',
  },
  {
    table: 'form_respondents',
    userColumns: ['user_id'],
    export: { within: 'formResponses.answeredAnonymously' },
    erase: { kind: 'delete', service: 'formResponses', note: 'the record of having answered is removed' },
    basis: 'e',
    purpose: 'one answer per person on a form',
    retention: 'until the form is deleted',
    notice: 'forms',
  },
  {
    table: 'form_invitations',
    userColumns: ['created_by'],
    personalColumns: ['email', 'name'],
    export: {
      key: 'formInvitations',
      sql: `SELECT i.form_id AS "formId", f.title AS "formTitle", i.created_at AS "createdAt", i.used FROM form_invitations i JOIN forms f ON f.id = i.form_id
             WHERE i.email = $2 ORDER BY i.created_at`,
    },
    erase: { kind: 'keep', note: "kept by e-mail address, not by account: the officer's list of whom they invited is the municipality's record" },
    basis: 'e',
    purpose: 'sending a form to the people a municipality chose',
    retention: 'as long as the form',
    notice: 'forms',
  },
  staffColumn('forms', 'created_by', 'forms', 'id, created_at AS "createdAt"'),
  {
    table: 'body_members',
    userColumns: ['user_id', 'created_by'],
    personalColumns: ['name', 'invited_email'],
    export: {
      key: 'bodyMemberships',
      sql: `SELECT bm.body_id AS "bodyId", b.name AS "bodyName", bm.role, bm.since::text AS since, bm.until::text AS until, bm.organization_id AS "organizationId",
                   bm.invitation, bm.answered_at AS "answeredAt"
              FROM body_members bm JOIN bodies b ON b.id = bm.body_id WHERE bm.user_id = $1 OR bm.invited_email = $2 ORDER BY bm.since, bm.id`,
    },
    erase: {
      kind: 'unlink',
      sql: [
        `DELETE FROM body_members WHERE (user_id = $1 OR invited_email = $2) AND invitation IN ('pending', 'declined')`,
        `UPDATE body_members bm SET name = COALESCE(NULLIF(bm.name, ''), u.display_name), user_id = NULL FROM users u WHERE u.id = bm.user_id AND bm.user_id = $1`,
      ],
      note: "invitations never accepted go, also those sent to the address (invited_email, emptied once answered) (the person never served); for accepted terms the link to the account goes (no more access as a member) and the roster keeps the person's name: a body's past membership is a public record, and its minutes must still name who sat on it",
    },
    basis: 'e',
    purpose: 'the roster of a public body and its members\' access to the body\'s meetings',
    retention: 'for good, as part of the body\'s public record (Art. 17(3)(b) and (e) GDPR); the invited address until the invitation is answered or withdrawn, or for 30 days when nobody takes it up',
    notice: 'bodies',
  },
  staffColumn('bodies', 'created_by', 'bodies', 'id, created_at AS "createdAt"'),
  staffColumn('organizations', 'verified_by', 'organizationsVerified', 'id, verified_at AS "verifiedAt"'),
  {
    table: 'site_pages',
    userColumns: ['updated_by'],
    export: { key: 'sitePages', sql: 'SELECT key, locale, updated_at AS "updatedAt" FROM site_pages WHERE updated_by = $1 ORDER BY key, locale' },
    erase: { kind: 'unlink', sql: ['UPDATE site_pages SET updated_by = NULL WHERE updated_by = $1'], note: 'who last saved a page is forgotten; the text stays' },
    basis: 'e',
    purpose: 'knowing who last changed a page of the site',
    retention: 'until the page is saved again or the account is deleted',
    notice: 'staff',
  },
  {
    table: 'audit_log',
    userColumns: ['actor_id'],
    export: { key: 'auditedActions', sql: 'SELECT at, action, entity_type AS "entityType", entity_id AS "entityId" FROM audit_log WHERE actor_id = $1 ORDER BY id' },
    erase: { kind: 'keep', note: 'kept: the log of staff actions is the accountability record; it points to the anonymised account' },
    basis: 'c',
    purpose: 'accountability for actions taken on the municipality\'s record (Art. 5(2) and 32 GDPR)',
    retention: 'as long as the audit log is kept by the operator',
    notice: 'security',
  },
  {
    table: 'users',
    userColumns: [],
    personalColumns: ['email', 'password_hash', 'display_name', 'home_settlement', 'country', 'locale'],
    export: { key: 'account', service: 'account' },
    erase: {
      kind: 'anonymise',
      sql: [
        `UPDATE users SET email = NULL, password_hash = NULL, display_name = 'deleted participant', home_settlement = NULL, country = NULL, is_admin = false, deleted_at = $3, updated_at = $3 WHERE id = $1`,
      ],
      note: 'e-mail, password, settlement and country blanked, name "deleted participant"; the row stays so contributions keep an author',
    },
    basis: 'e',
    purpose: 'taking part in consultations and receiving answers',
    retention: 'until the person deletes the account',
    notice: 'account',
  },
];

/** The privacy notice's "how long we keep it" lines, one per topic the registry uses. */
export const RETENTION_NOTICE: Record<NoticeTopic, Record<Locale, string>> = {
  account: {
    bg: 'Профилът, ролите и членствата в организации се пазят, докато не изтриете профила.',
    en: 'The account, its roles and organisation memberships are kept until you delete the account.',
    mk: 'Профилот, улогите и членствата во организации се чуваат додека не го избришете профилот.',
  },
  contributions: {
    bg: 'Предложенията, становищата и подкрепите остават част от публичния запис на консултацията; след изтриване на профила се показват като „изтрит участник“, а името и имейлът към тях се заличават.',
    en: 'Proposals, comments and supports stay part of the public record of the consultation; after the account is deleted they are shown as "deleted participant" and the name and e-mail kept with them are erased.',
    mk: 'Предлозите, коментарите и поддршките остануваат дел од јавниот запис на консултацијата; по бришењето на профилот се прикажуваат како „избришан учесник“, а името и е-поштата со нив се бришат.',
  },
  flags: {
    bg: 'Сигналите за злоупотреба, които сте подали, се пазят до изтриването на профила; тогава се премахват.',
    en: 'Reports of abuse you made are kept until the account is deleted; then they are removed.',
    mk: 'Пријавите за злоупотреба што сте ги поднеле се чуваат до бришењето на профилот; тогаш се бришат.',
  },
  registrations: {
    bg: 'Регистрациите за срещи се пазят, колкото е нужно за отчитането на срещата; при изтриване на профила губят името, имейла и връзката с профила, а местата за предстоящи срещи се освобождават.',
    en: "Meeting registrations are kept as long as the meeting's reporting needs them; when the account is deleted they lose the name, e-mail and link to the account, and places at meetings still to come are given up.",
    mk: 'Регистрациите за средби се чуваат колку што е потребно за известувањето за средбата; при бришење на профилот го губат името, е-поштата и врската со профилот, а местата на идните средби се ослободуваат.',
  },
  forms: {
    bg: 'Отговорите на формуляри остават в резултатите, колкото и формулярът; при изтриване на профила губят връзката с него.',
    en: "Form answers stay in the results as long as the form; when the account is deleted they lose the link to it.",
    mk: 'Одговорите на формуларите остануваат во резултатите колку и формуларот; при бришење на профилот ја губат врската со него.',
  },
  bodies: {
    bg: 'Членството в обществен съвет или комисия остава в публичния състав на органа и след изтриване на профила (протоколите трябва да назовават членовете); премахва се само връзката с профила.',
    en: "Membership of a public council or committee stays in the body's public roster after the account is deleted (its minutes must name its members); only the link to the account is removed.",
    mk: 'Членството во јавен совет или комисија останува во јавниот состав на телото и по бришењето на профилот (записниците мора да ги именуваат членовите); се отстранува само врската со профилот.',
  },
  follows: {
    bg: 'Следването на община се пази, докато не го спрете или не изтриете профила.',
    en: 'Following a municipality is kept until you stop it or delete the account.',
    mk: 'Следењето општина се чува додека не го прекинете или не го избришете профилот.',
  },
  staff: {
    bg: 'Кой служител е извършил действие по записа на общината (публикуване, отговор, регистрация) остава в записа; след изтриване на профила той се показва като „изтрит участник“.',
    en: "Which member of staff acted on a municipality's record (publishing, answering, registering) stays in the record; after the account is deleted it is shown as \"deleted participant\".",
    mk: 'Кој вработен дејствувал врз записот на општината (објавување, одговор, регистрација) останува во записот; по бришењето на профилот се прикажува како „избришан учесник“.',
  },
  security: {
    bg: 'Сесиите се пазят до 7 дни след изтичането им; връзките за потвърждение и за нова парола изтичат след 48 часа, съответно 1 час; ключовете против повторни заявки — след 24 часа; дневникът на действията на служителите се пази за отчетност.',
    en: "Sessions are kept until 7 days after they expire; confirmation and password links expire after 48 hours and 1 hour; keys against repeated requests after 24 hours; the log of staff actions is kept for accountability.",
    mk: 'Сесиите се чуваат до 7 дена по истекувањето; врските за потврда и за нова лозинка истекуваат по 48 часа, односно 1 час; клучевите против повторени барања по 24 часа; дневникот на дејствата на вработените се чува за отчетност.',
  },
};

/** The notice's retention section body for a language: one line per topic, in a fixed order. */
export function retentionNotice(locale: Locale): string {
  const used = new Set(PERSONAL_DATA.map((e) => e.notice));
  return (Object.keys(RETENTION_NOTICE) as NoticeTopic[])
    .filter((t) => used.has(t))
    .map((t) => `- ${RETENTION_NOTICE[t][locale]}`)
    .join('\n');
}

function exportLabel(e: PersonalDataEntry): string {
  if ('within' in e.export) return `in \`${e.export.within}\``;
  return `\`${e.export.key}\``;
}

/** The registry as the markdown table docs/architecture.md carries (a test keeps them equal). */
export function registryMarkdown(): string {
  const rows = PERSONAL_DATA.map((e) => {
    const cols = [...e.userColumns, ...(e.personalColumns ?? [])].map((c) => `\`${c}\``).join(', ');
    return `| \`${e.table}\` | ${cols} | ${exportLabel(e)} | ${e.erase.kind}: ${e.erase.note} | ${LEGAL_BASES[e.basis]}: ${e.purpose} | ${e.retention} |`;
  });
  return ['| table | columns | exported as | on deletion | legal basis | kept |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/**
 * A registry statement with only the parameters it uses, renumbered (PostgreSQL refuses a
 * parameter a statement does not use: it cannot tell its type).
 */
export function bind(sql: string, values: readonly unknown[]): { sql: string; params: unknown[] } {
  const used = [...new Set([...sql.matchAll(/\$(\d+)\b/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const params = used.map((n) => values[n - 1]);
  return { sql: sql.replace(/\$(\d+)\b/g, (_, n: string) => `$${used.indexOf(Number(n)) + 1}`), params };
}
