import { sendFormMail } from '../src/jobs/form-mail';
import { createQueue } from '../src/queue/queue';
import { MailSender } from '../src/mail/mail.sender';
import { FORM, GOOD } from './forms-fixtures';
import { TestApp, decodeEml } from './test-app';

const guest = (n: number) => ({ name: `Гост ${n}`, email: `guest${n}@example.org`, homeSettlement: 'Хасково', country: 'bg', category: 'citizen' });
const linkIn = (mail: string, formId: string) => {
  const m = new RegExp(`http://sabor\\.test/forms/${formId}\\?token=([A-Za-z0-9_-]+)`).exec(mail);
  if (!m) throw new Error(`no link in:\n${mail}`);
  return m[1];
};

describe('form invitations: single-use links to a meeting’s attendees, reminders, anonymity', () => {
  let t: TestApp;
  let officer: string;
  let meeting: string;
  let form: string;
  const tokens: Record<number, string> = {};
  beforeAll(async () => {
    // the morning of a workshop in Haskovo; six of seven registered people come
    t = await TestApp.create({ env: { SABOR_FAKE_NOW: '2026-12-03T06:30:00.000Z' } });
    officer = await t.login('officer@haskovo.sabor.example');
    meeting = (await t.post('/api/meetings', { municipalityId: 'haskovo', kind: 'workshop', title: { bg: 'Работна среща за парка', en: 'Workshop on the park' }, startsAt: '2026-12-03T07:00:00.000Z', endsAt: '2026-12-03T15:00:00.000Z', location: 'Хасково', registration: { open: true } }, { token: officer })).body.id;
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      const res = await t.post(`/api/meetings/${meeting}/registrations`, guest(n), { headers: { 'accept-language': n === 2 ? 'en' : 'bg' } });
      if (res.status !== 201) throw new Error(res.text);
      if (n !== 7) expect((await t.post(`/api/meetings/${meeting}/check-in`, { code: res.body.code }, { token: officer })).status).toBe(200);
    }
    t.clock.travelTo(new Date('2026-12-03T16:00:00.000Z'));
    const created = await t.post('/api/forms', { ...FORM, purpose: 'satisfaction', subject: { type: 'meeting', id: meeting }, audience: 'invited', opensAt: null, closesAt: '2026-12-20T22:00:00.000Z' }, { token: officer });
    form = created.body.id;
  });
  afterAll(() => t.close());

  it('sends nothing before the form is published', async () => {
    const res = await t.post(`/api/forms/${form}/invitations`, { meetingId: meeting }, { token: officer });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('form_not_published');
    expect((await t.post(`/api/forms/${form}/publish`, {}, { token: officer })).status).toBe(200);
  });

  it('invites everyone who attended the meeting, by e-mail, in their language', async () => {
    const res = await t.post(`/api/forms/${form}/invitations`, { meetingId: meeting }, { token: officer });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ sent: 6, skipped: 0 });
    for (const n of [1, 2, 3, 4, 5, 6]) tokens[n] = linkIn(await t.waitForMailContaining(`guest${n}@example.org`, n === 2 ? 'Your opinion' : 'Вашето мнение'), form);
    const bg = await t.waitForMailContaining('guest1@example.org', 'Вашето мнение');
    expect(bg).toContain('Вашето мнение: Обратна връзка за обществените обсъждания');
    expect(bg).toContain('Хасково ви кани да попълните');
    expect(bg).toContain('За: Работна среща за парка');
    expect(bg).toContain('Отговорите са анонимни');
    expect(await t.waitForMailContaining('guest2@example.org', 'Your opinion')).toContain('About: Workshop on the park');
    // the one who did not come is not invited
    await new Promise((r) => setTimeout(r, 300));
    expect(t.mailsTo('guest7@example.org').map(decodeEml).some((m) => m.includes(`/forms/${form}?token=`))).toBe(false);
    // only hashes are stored, one link per person
    const rows = await t.query('SELECT email, token_hash, used, registration_id FROM form_invitations WHERE form_id = $1 ORDER BY email', [form]);
    expect(rows.map((r) => r.email)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `guest${n}@example.org`));
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash) && !r.used && r.registration_id)).toBe(true);
    expect(rows.map((r) => r.token_hash)).not.toContain(tokens[1]);
    expect((await t.get(`/api/forms/${form}`, { token: officer })).body.invitations).toEqual({ invited: 6, used: 0 });
  });

  it('invites each address once, and chosen registrations or addresses too', async () => {
    const again = await t.post(`/api/forms/${form}/invitations`, { meetingId: meeting, emails: ['GUEST1@example.org', 'neighbour@example.org', 'neighbour@example.org'] }, { token: officer });
    expect(again.body).toEqual({ sent: 1, skipped: 8 });
    const seventh = (await t.query(`SELECT id FROM meeting_registrations WHERE email = 'guest7@example.org'`))[0].id;
    expect((await t.post(`/api/forms/${form}/invitations`, { registrationIds: [seventh] }, { token: officer })).body).toEqual({ sent: 1, skipped: 0 });
    tokens[8] = linkIn(await t.waitForMailContaining('neighbour@example.org', 'Вашето мнение'), form);
    await t.waitForMailContaining('guest7@example.org', 'Вашето мнение');
  });

  it('refuses invitations that make no sense, and anyone but the officers', async () => {
    const bad = (body: unknown, token = officer) => t.post(`/api/forms/${form}/invitations`, body, { token });
    expect((await bad({})).body.details.fields[0].field).toBe('meetingId');
    expect((await bad({ emails: ['not-an-address'] })).status).toBe(400);
    expect((await bad({ registrationIds: ['00000000-0000-4000-8000-000000000000'] })).body.details.fields[0].field).toBe('registrationIds');
    const dupnitsa = await t.login('officer@dupnitsa.sabor.example');
    const elsewhere = (await t.post('/api/meetings', { municipalityId: 'dupnitsa', kind: 'hearing', title: 'Обсъждане', startsAt: '2026-12-10T15:00:00.000Z', endsAt: '2026-12-10T17:00:00.000Z', location: 'Дупница' }, { token: dupnitsa })).body.id;
    expect((await bad({ meetingId: elsewhere })).body.details.fields[0].field).toBe('meetingId');
    expect((await bad({ meetingId: meeting }, dupnitsa)).status).toBe(403);
    expect((await bad({ meetingId: meeting }, await t.login('ngo@arsr.sabor.example'))).status).toBe(403);
    expect((await t.post(`/api/forms/${form}/reminders`, {}, { token: await t.login('citizen@sabor.example') })).status).toBe(403);
  });

  it('opens the form from the e-mail link, and takes one answer through it', async () => {
    const view = await t.get(`/api/forms/${form}?token=${tokens[1]}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ audience: 'invited', respondent: { canAnswer: true, reason: null }, subject: { type: 'meeting', id: meeting } });
    expect((await t.get(`/api/forms/${form}`)).status).toBe(404);
    const first = await t.post(`/api/forms/${form}/responses`, { token: tokens[1], answers: GOOD });
    expect(first.status).toBe(201);
    const second = await t.post(`/api/forms/${form}/responses`, { token: tokens[1], answers: GOOD });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('already_answered');
    expect((await t.get(`/api/forms/${form}?token=${tokens[1]}`)).body.respondent).toEqual({ canAnswer: false, reason: 'already_answered' });
    // a link of this form does not open another
    const other = (await t.post('/api/forms', { ...FORM, audience: 'invited' }, { token: officer })).body.id;
    await t.post(`/api/forms/${other}/publish`, {}, { token: officer });
    expect((await t.post(`/api/forms/${other}/responses`, { token: tokens[2], answers: GOOD })).body.code).toBe('invalid_token');
  });

  it('keeps a link unspent when the answer is refused', async () => {
    const bad = await t.post(`/api/forms/${form}/responses`, { token: tokens[2], answers: { ...GOOD, topics: ['parks', 'transport', 'schools'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.questions).toEqual(['topics']);
    expect((await t.get(`/api/forms/${form}?token=${tokens[2]}`)).body.respondent.canAnswer).toBe(true);
  });

  it('stores an anonymous response so that the database cannot join it to its invitation', async () => {
    const before = await t.query('SELECT * FROM form_invitations WHERE form_id = $1 ORDER BY id', [form]);
    const inboxBefore = await t.query('SELECT id FROM form_response_inbox WHERE form_id = $1', [form]);
    const counts = async () => (await t.query(`SELECT (SELECT count(*) FROM audit_log)::int AS audit, (SELECT count(*) FROM pgboss.job)::int AS jobs, (SELECT count(*) FROM idempotency_keys)::int AS keys`))[0];
    const countsBefore = await counts();

    expect((await t.post(`/api/forms/${form}/responses`, { token: tokens[3], answers: GOOD }, { headers: { 'idempotency-key': 'x' } })).status).toBe(201);

    // exactly one invitation changed, and in one column only: `used`
    const after = await t.query('SELECT * FROM form_invitations WHERE form_id = $1 ORDER BY id', [form]);
    const changed = after.flatMap((row, i) => Object.keys(row).filter((col) => JSON.stringify(row[col]) !== JSON.stringify(before[i][col])).map((col) => `${row.email}.${col}`));
    expect(changed).toEqual(['guest3@example.org.used']);
    const spent = after.find((r) => r.email === 'guest3@example.org');

    // the answers wait in the form's inbox for their group (2 of 5), holding nothing of the link:
    // no account, no invitation, no time but the day, an unrelated random id
    expect(await t.query('SELECT id FROM form_responses WHERE form_id = $1', [form])).toEqual([]);
    const [waiting] = await t.query('SELECT * FROM form_response_inbox WHERE form_id = $1 AND NOT (id = ANY($2::uuid[]))', [form, inboxBefore.map((r) => r.id)]);
    expect(Object.keys(waiting).sort()).toEqual(['answers', 'form_id', 'id', 'submitted_on']);
    expect(waiting).toMatchObject({ form_id: form, submitted_on: '2026-12-03' });
    const invitationValues = new Set(Object.entries(spent).filter(([col]) => col !== 'form_id').map(([, v]) => JSON.stringify(v)));
    for (const [col, value] of Object.entries(waiting)) if (col !== 'form_id' && col !== 'answers') expect(invitationValues.has(JSON.stringify(value))).toBe(false);
    expect(waiting.id).not.toBe(spent.id);
    expect(waiting.id).not.toBe(spent.registration_id);
    // the answers of a response carry only the response, the form and the values
    const answerColumns = await t.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'form_answers' ORDER BY column_name`);
    expect(answerColumns.map((c) => c.column_name)).toEqual(['choice', 'form_id', 'lang', 'num', 'position', 'question_key', 'response_id', 'text']);
    // neither the inbox nor any table of responses has a timestamp column
    const times = await t.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('form_response_inbox', 'form_responses', 'form_answers', 'form_respondents') AND data_type LIKE 'timestamp%'`);
    expect(times).toEqual([]);
    // no audit entry, queued job or idempotency record was written beside it
    expect(await counts()).toEqual(countsBefore);
    // the officer sees the answers waiting, not yet in the report
    expect((await t.get(`/api/forms/${form}/report`, { token: officer })).body).toMatchObject({ responses: 0, pendingResponses: 2 });
  });

  it('reminds every unused link with the same link, and never those who answered', async () => {
    const res = await t.post(`/api/forms/${form}/reminders`, {}, { token: officer });
    expect(res.status).toBe(200);
    // 8 invited (6 attendees, the neighbour, guest 7), 2 links spent
    expect(res.body).toEqual({ sent: 6 });
    const reminder = await t.waitForMailContaining('guest2@example.org', 'Reminder:');
    expect(linkIn(reminder, form)).toBe(tokens[2]);
    for (const n of [4, 5, 6, 7]) await t.waitForMailContaining(`guest${n}@example.org`, 'Напомняне');
    await t.waitForMailContaining('neighbour@example.org', 'Напомняне');
    expect(t.mailsTo('guest1@example.org').map(decodeEml).some((m) => m.includes('Напомняне'))).toBe(false);
    expect([1, 3].map((n) => t.mailsTo(`guest${n}@example.org`).length)).toEqual([2, 2]); // the registration and the invitation
    expect((await t.query('SELECT sum(reminders)::int AS n FROM form_invitations WHERE form_id = $1', [form]))[0].n).toBe(6);
    // the reminded link still works once
    expect((await t.post(`/api/forms/${form}/responses`, { token: tokens[2], answers: GOOD })).status).toBe(201);
    expect((await t.post(`/api/forms/${form}/responses`, { token: tokens[2], answers: GOOD })).status).toBe(409);
  });

  it('writes nobody twice when a form-mail job runs again (a retry after a failure half-way)', async () => {
    const before = (await t.query(`SELECT email, mailed FROM form_invitations WHERE form_id = $1 AND email IS NOT NULL ORDER BY email`, [form])) as Array<{ email: string; mailed: number }>;
    const mails = before.map((r) => t.mailsTo(r.email).length);
    const [one] = await t.query(`SELECT id FROM form_invitations WHERE form_id = $1 AND email = 'guest4@example.org'`, [form]);
    const queue = await createQueue(t.databaseUrl, { worker: false });
    try {
      const sender = new MailSender(t.config);
      // the reminder round and an invitation, both already sent, run again as a retry would
      expect(await sendFormMail(queue, t.config, sender, { kind: 'reminder', formId: form })).toEqual({ formId: form, sent: 0 });
      expect(await sendFormMail(queue, t.config, sender, { kind: 'invitation', invitationId: one.id })).toEqual({ formId: null, sent: 0 });
    } finally {
      await queue.stop({ graceful: false, close: true });
    }
    expect(before.map((r) => t.mailsTo(r.email).length)).toEqual(mails);
    // what was sent is counted per link: the invitation, and the round for the unused ones
    expect(before.filter((r) => r.mailed === 0)).toEqual([]);
    expect(before.find((r) => r.email === 'guest4@example.org')!.mailed).toBe(2);
  });

  it('moves a group of answers into the responses at once, so that a response’s xmin points at a group, never at its own link', async () => {
    // three answers wait (links 1, 3 and 2); the fourth waits too, the fifth completes the group of minGroupSize (5)
    expect((await t.post(`/api/forms/${form}/responses`, { token: tokens[4], answers: GOOD })).status).toBe(201);
    expect((await t.query('SELECT count(*)::int AS n FROM form_response_inbox WHERE form_id = $1', [form]))[0].n).toBe(4);
    expect((await t.post(`/api/forms/${form}/responses`, { token: tokens[5], answers: GOOD })).status).toBe(201);

    expect(await t.query('SELECT * FROM form_response_inbox WHERE form_id = $1', [form])).toEqual([]);
    const responses = await t.query('SELECT id, xmin::text AS xmin, submitted_on, user_id, invitation_id FROM form_responses WHERE form_id = $1 ORDER BY ctid', [form]);
    expect(responses).toHaveLength(5);
    expect(responses.every((r) => r.submitted_on === '2026-12-03' && r.user_id === null && r.invitation_id === null)).toBe(true);
    // every response of the group, and every answer, was written by one transaction: the one that spent the fifth link
    const groupXmin = responses[0].xmin;
    expect(new Set(responses.map((r) => r.xmin))).toEqual(new Set([groupXmin]));
    expect((await t.query('SELECT DISTINCT xmin::text AS xmin FROM form_answers WHERE form_id = $1', [form])).map((r) => r.xmin)).toEqual([groupXmin]);
    const invitations = await t.query('SELECT email, used, xmin::text AS xmin FROM form_invitations WHERE form_id = $1', [form]);
    expect(invitations.filter((i) => i.xmin === groupXmin).map((i) => i.email)).toEqual(['guest5@example.org']);
    // so the join by xmin gives all five responses for that link, and nothing for the four others that answered
    const joined = await t.query('SELECT i.email, count(r.id)::int AS n FROM form_invitations i JOIN form_responses r ON r.xmin = i.xmin WHERE i.form_id = $1 GROUP BY i.email', [form]);
    expect(joined).toEqual([{ email: 'guest5@example.org', n: 5 }]);
    expect(invitations.filter((i) => i.used).map((i) => i.email).sort()).toEqual([1, 2, 3, 4, 5].map((n) => `guest${n}@example.org`));
    // they lie in the order of their new random ids, not in the order they came in
    expect(responses.map((r) => r.id)).toEqual(responses.map((r) => r.id).sort());
    // each stored as an identified answer would be: a number or a text at position 0, a row per chosen option
    for (const r of responses) {
      const answers = await t.query('SELECT question_key, position, num, choice, text FROM form_answers WHERE response_id = $1 ORDER BY question_key, position', [r.id]);
      expect(answers.map((a) => [a.question_key, a.position, a.num ?? a.choice ?? a.text])).toEqual([
        ['channel', 0, 'site'],
        ['clarity', 0, 7],
        ['improve', 0, 'Повече срещи вечер.'],
        ['overall', 0, 4],
        ['recommend', 0, 9],
        ['topics', 0, 'parks'],
        ['topics', 1, 'culture'],
        ['town', 0, 'Хасково'],
      ]);
    }
    // the form is open: its last (here only) group is not in the report yet, as it may still take the leftovers at closing
    const report = (await t.get(`/api/forms/${form}/report`, { token: officer })).body;
    expect(report).toMatchObject({ responses: 0, pendingResponses: 5 });
    expect(report.questions.find((q: { key: string }) => q.key === 'overall')).toMatchObject({ n: null, suppressed: true });

    // the next answer waits again
    expect((await t.post(`/api/forms/${form}/responses`, { token: tokens[6], answers: { ...GOOD, overall: 2 } })).status).toBe(201);
    expect((await t.get(`/api/forms/${form}`, { token: officer })).body).toMatchObject({ responses: 0, pendingResponses: 6 });
  });

  it('keeps the invitation on the response of an identified form', async () => {
    const id = (await t.post('/api/forms', { ...FORM, anonymous: false, audience: 'invited' }, { token: officer })).body.id;
    await t.post(`/api/forms/${id}/publish`, {}, { token: officer });
    const fifth = (await t.query(`SELECT id FROM meeting_registrations WHERE email = 'guest5@example.org'`))[0].id;
    expect((await t.post(`/api/forms/${id}/invitations`, { registrationIds: [fifth] }, { token: officer })).body.sent).toBe(1);
    const mail = await t.waitForMailContaining('guest5@example.org', `/forms/${id}?token=`);
    expect(mail).toContain('Здравейте, Гост 5');
    expect(mail).not.toContain('анонимни');
    expect((await t.post(`/api/forms/${id}/responses`, { token: linkIn(mail, id), answers: GOOD })).status).toBe(201);
    const [row] = await t.query('SELECT r.invitation_id, i.email FROM form_responses r JOIN form_invitations i ON i.id = r.invitation_id WHERE r.form_id = $1', [id]);
    expect(row.email).toBe('guest5@example.org');
    const csv = (await t.get(`/api/forms/${id}/responses.csv`, { token: officer })).text;
    expect(csv).toContain(',Гост 5,guest5@example.org,');
  });

  it('sends nothing once the form is closed', async () => {
    t.clock.travelTo(new Date('2026-12-21T10:00:00.000Z'));
    expect((await t.post(`/api/forms/${form}/reminders`, {}, { token: officer })).body.code).toBe('form_closed');
    expect((await t.post(`/api/forms/${form}/invitations`, { emails: ['late@example.org'] }, { token: officer })).body.code).toBe('form_closed');
    expect((await t.post(`/api/forms/${form}/responses`, { token: tokens[8], answers: GOOD })).body.code).toBe('form_closed');
  });

  it('moves the answers left in the inbox once the form has closed, so its report is complete', async () => {
    // closed by the clock, the sixth answer still waits until the housekeeping job comes by
    expect((await t.query('SELECT count(*)::int AS n FROM form_response_inbox WHERE form_id = $1', [form]))[0].n).toBe(1);
    const invitationXmins = (await t.query('SELECT xmin::text AS xmin FROM form_invitations WHERE form_id = $1', [form])).map((r) => r.xmin);
    await t.housekeeping();
    expect(await t.query('SELECT * FROM form_response_inbox WHERE form_id = $1', [form])).toEqual([]);
    const responses = await t.query('SELECT xmin::text AS xmin, group_no, grouped_on, submitted_on FROM form_responses WHERE form_id = $1', [form]);
    expect(responses).toHaveLength(6);
    // the leftover joined the last group, with its number and day, so no date boundary can cut it off
    expect(new Set(responses.map((r) => `${r.group_no} ${r.grouped_on} ${r.submitted_on}`))).toEqual(new Set(['1 2026-12-03 2026-12-03']));
    // moved by a transaction that spent no link
    const leftover = responses.filter((r) => !invitationXmins.includes(r.xmin));
    expect(leftover).toHaveLength(1);
    expect((await t.get(`/api/forms/${form}`, { token: officer })).body).toMatchObject({ status: 'closed', responses: 6, pendingResponses: 0 });
    const report = (await t.get(`/api/forms/${form}/report`, { token: officer })).body;
    expect(report).toMatchObject({ responses: 6, pendingResponses: 0 });
    // five answered 4, the last one 2
    expect(report.questions.find((q: { key: string }) => q.key === 'overall')).toMatchObject({ n: 6, mean: 3.67 });
  });
});
