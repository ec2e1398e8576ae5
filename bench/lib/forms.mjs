// The forms benchmark's data and the SQL the server sends for a form report, so the raw baseline
// runs the very same statements (server/src/forms/form-reports.repository.ts).
import { api } from './setup.mjs';

const opts = (...keys) => keys.map((key) => ({ key, label: { bg: `Отговор ${key}`, en: `Option ${key}` } }));

/** Ten questions of every kind but long text: 1,000,000 answers are 100,000 responses to all ten. */
export const REPORT_QUESTIONS = [
  { key: 'q1', type: 'likert5', label: 'Доволни ли сте от срещата?', required: true },
  { key: 'q2', type: 'likert5', label: 'Организацията беше добра.', required: true },
  { key: 'q3', type: 'likert5', label: 'Научих нещо ново.', required: true },
  { key: 'q4', type: 'rating10', label: 'Оценете залата', required: true },
  { key: 'q5', type: 'rating10', label: 'Оценете водещия', required: true },
  { key: 'q6', type: 'nps', label: 'Бихте ли препоръчали участие?', required: true },
  { key: 'q7', type: 'single', label: 'Откъде научихте?', options: opts('a', 'b', 'c', 'd'), required: true },
  { key: 'q8', type: 'single', label: 'Възраст', options: opts('a', 'b', 'c', 'd', 'e', 'f'), required: true },
  { key: 'q9', type: 'multiple', label: 'Кои теми? (до 3)', options: opts('a', 'b', 'c', 'd', 'e', 'f', 'g'), maxChoices: 3, required: true },
  { key: 'q10', type: 'short_text', label: 'Населено място', required: true },
];

/** Four questions for the raw export of 250,000 responses. */
export const EXPORT_QUESTIONS = [REPORT_QUESTIONS[0], REPORT_QUESTIONS[5], REPORT_QUESTIONS[8], REPORT_QUESTIONS[9]];

/** A published, anonymous, public form of Haskovo, made through the API as the officer would. */
export async function createForm(base, officer, title, questions) {
  const created = await api(base, 'POST', '/api/forms', { token: officer, body: { municipalityId: 'haskovo', purpose: 'satisfaction', title, anonymous: true, audience: 'public', questions } });
  if (created.status !== 201) throw new Error(`create form: ${created.status} ${created.text}`);
  const published = await api(base, 'POST', `/api/forms/${created.body.id}/publish`, { token: officer, body: {} });
  if (published.status !== 200) throw new Error(`publish form: ${published.status} ${published.text}`);
  return created.body.id;
}

const TOWNS = `ARRAY['Хасково', 'Димитровград', 'Харманли', 'Свиленград', 'Любимец', 'Маджарово', 'Тополовград', 'Ивайловград']`;

/**
 * `responses` responses in groups of five answering every question, with generate_series: values spread by a hash
 * of the response and the question (scales skewed to the top as satisfaction answers are),
 * 1–3 options of a multiple choice, a town for the text. Then VACUUM ANALYZE.
 */
export async function loadAnswers(db, formId, questions, responses) {
  await db.query(
    // as the API stores them: groups of 5 (the form's minGroupSize), each dated the day it was complete
    `INSERT INTO form_responses (id, form_id, submitted_on, anonymous, group_no, grouped_on)
     SELECT gen_random_uuid(), $1, d, true, g, d FROM generate_series(1, $2::int) i,
            LATERAL (SELECT (i - 1) / 5 + 1 AS g) x, LATERAL (SELECT date '2026-03-03' - (x.g % 60) AS d) y`,
    [formId, responses],
  );
  for (const q of questions) {
    const h = `abs(hashtext(r.id::text || '${q.key}'))`;
    let select;
    if (q.type === 'likert5') select = `0, LEAST(5, 1 + ${h} % 6), NULL, NULL`; // 1–5, five twice as often
    else if (q.type === 'rating10' || q.type === 'nps') select = `0, LEAST(10, ${h} % 13), NULL, NULL`;
    else if (q.type === 'single') select = `0, NULL, (ARRAY[${q.options.map((o) => `'${o.key}'`).join(', ')}])[1 + ${h} % ${q.options.length}], NULL`;
    else if (q.type === 'short_text') select = `0, NULL, NULL, (${TOWNS})[1 + ${h} % 8]`;
    if (select) {
      await db.query(`INSERT INTO form_answers (response_id, form_id, question_key, position, num, choice, text) SELECT r.id, r.form_id, '${q.key}', ${select} FROM form_responses r WHERE r.form_id = $1`, [formId]);
    } else {
      // multiple choice: 1–3 distinct options, in the form's order
      const n = q.options.length;
      await db.query(
        `INSERT INTO form_answers (response_id, form_id, question_key, position, num, choice, text)
         SELECT r.id, r.form_id, '${q.key}', (row_number() OVER (PARTITION BY r.id ORDER BY o) - 1)::smallint, NULL, (ARRAY[${q.options.map((o) => `'${o.key}'`).join(', ')}])[1 + o], NULL
           FROM form_responses r
           CROSS JOIN LATERAL (SELECT DISTINCT (${h} / (k * 7 + 1)) % ${n} AS o FROM generate_series(0, ${h} % 3) k) c
          WHERE r.form_id = $1`,
        [formId],
      );
    }
  }
}

/** The statements of GET /api/forms/:id/report: the count, the per-question figures, the counts per option, the texts. */
export const REPORT_SQL = {
  count: 'SELECT count(*)::int AS n FROM form_responses WHERE form_id = $1',
  aggregates: `SELECT a.question_key AS key, GROUPING(a.num, a.choice)::int AS total, a.num, a.choice, count(*)::int AS count,
              count(*) FILTER (WHERE a.position = 0)::int AS n, avg(a.num)::float8 AS mean
         FROM form_answers a WHERE a.form_id = $1 
        GROUP BY GROUPING SETS ((a.question_key), (a.question_key, a.num, a.choice))`,
  /** what the report ran before: a sort per question for percentile_cont, then a second scan for the counts */
  sortedMedian: `SELECT a.question_key AS key, count(*) FILTER (WHERE a.position = 0)::int AS n, avg(a.num)::float8 AS mean, percentile_cont(0.5) WITHIN GROUP (ORDER BY a.num) AS median
         FROM form_answers a WHERE a.form_id = $1  GROUP BY a.question_key`,
  texts: `SELECT q.key, t.text FROM unnest($2::text[]) WITH ORDINALITY AS q(key, i)
         CROSS JOIN LATERAL (SELECT a.response_id, a.text FROM form_answers a WHERE a.form_id = $1 AND a.question_key = q.key AND a.text IS NOT NULL  ORDER BY a.response_id LIMIT $3) t
        ORDER BY q.i, t.response_id`,
};

/** One batch of GET /api/forms/:id/responses.csv on an anonymous form: the responses, then their answers. */
export const EXPORT_BATCH = {
  responses: (after) => `SELECT r.id, r.submitted_on,
                NULL AS user_email, NULL AS user_name, NULL AS invitation_email, NULL AS invitation_name
           FROM form_responses r
          WHERE r.form_id = $1 ${after ? 'AND r.id > $3' : ''}
          ORDER BY r.id LIMIT $2`,
  answers: 'SELECT response_id, question_key, num, choice, text FROM form_answers WHERE response_id = ANY($1::uuid[]) ORDER BY response_id, question_key, position',
};
