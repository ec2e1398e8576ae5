/**
 * The statistics of a form report and the rules that keep small groups hidden. Pure: the database
 * computes the aggregates (counts, mean, median); these functions shape them, compute the NPS and
 * decide what to suppress. `summarize` is the reference computation from raw answers, used by the
 * tests to check the database's figures.
 */
import type { LocalizedText } from '../common/locale';
import { CHOICE_TYPES, FormQuestion, NUMERIC_TYPES, QuestionType, TEXT_TYPES, scaleOf } from './questions';

/** What the database returns for one question. */
export interface QuestionAggregate {
  key: string;
  /** respondents who answered the question (a multiple-choice answer counts once) */
  n: number;
  /** numeric questions: the arithmetic mean, unrounded */
  mean: number | null;
  /** numeric questions: the median as percentile_cont(0.5) computes it */
  median: number | null;
  /** per option key, or per scale value written as text ("0" … "10"); a multiple-choice answer counts once per option chosen */
  counts: Record<string, number>;
}

export type ReportCell = { option: string | number; count: number; share: number } | { option: string | number; suppressed: true };

export interface QuestionReport {
  key: string;
  type: QuestionType;
  label: LocalizedText;
  /** null when the whole question is suppressed */
  n: number | null;
  mean?: number | null;
  median?: number | null;
  nps?: number | null;
  distribution: ReportCell[];
  texts?: string[];
  /** the language of each of `texts`, in the same order */
  textLangs?: string[];
  suppressed?: true;
}

/** Half away from zero, as PostgreSQL's round(numeric) does (Math.round alone takes −6.25 to −6.2, not −6.3). */
export const round = (x: number, digits: number): number => {
  const f = 10 ** digits;
  return (Math.sign(x) * Math.round((Math.abs(x) + Number.EPSILON) * f)) / f || 0;
};

/**
 * Net Promoter Score from a 0–10 distribution: the percentage of promoters (9–10) minus the
 * percentage of detractors (0–6), from −100 to 100, to one decimal. Null with no answers.
 */
export function npsScore(counts: Record<string, number>): number | null {
  let n = 0;
  let promoters = 0;
  let detractors = 0;
  for (const [value, count] of Object.entries(counts)) {
    const v = Number(value);
    n += count;
    if (v >= 9) promoters += count;
    else if (v <= 6) detractors += count;
  }
  return n ? round(((promoters - detractors) * 100) / n, 1) : null;
}

/** The median of a distribution of values, as PostgreSQL's percentile_cont(0.5) gives it (the mean of the two middle values for an even count). */
export function medianOfCounts(counts: Record<string, number>): number | null {
  const entries = Object.entries(counts)
    .map(([v, c]) => [Number(v), c] as const)
    .filter(([, c]) => c > 0)
    .sort((a, b) => a[0] - b[0]);
  const n = entries.reduce((s, [, c]) => s + c, 0);
  if (!n) return null;
  const valueAt = (i: number) => {
    let seen = 0;
    for (const [v, c] of entries) {
      seen += c;
      if (i < seen) return v;
    }
    return entries[entries.length - 1][0];
  };
  const pos = (n - 1) / 2;
  return (valueAt(Math.floor(pos)) + valueAt(Math.ceil(pos))) / 2;
}

/**
 * Which cells to hide. Every count below `minGroupSize` is hidden (zero included: "nobody" is
 * as telling as "one person" in a small group). When exactly one cell is hidden, the total n
 * beside it would give it away by subtraction, so the smallest of the shown cells is hidden too
 * (the first of equals, in the question's order).
 */
export function suppressCells(counts: number[], minGroupSize: number): boolean[] {
  const hidden = counts.map((c) => c < minGroupSize);
  if (hidden.filter(Boolean).length === 1) {
    let smallest = -1;
    counts.forEach((c, i) => {
      if (!hidden[i] && (smallest < 0 || c < counts[smallest])) smallest = i;
    });
    if (smallest >= 0) hidden[smallest] = true;
  }
  return hidden;
}

/** The options of a question as they appear in its distribution: scale values or option keys, in order. */
export function optionsOf(q: FormQuestion): Array<string | number> {
  if (NUMERIC_TYPES.includes(q.type)) return scaleOf(q.type);
  if (CHOICE_TYPES.includes(q.type)) return q.options.map((o) => o.key);
  return [];
}

/**
 * One question of the report. With fewer than `minGroupSize` answers the whole question is
 * suppressed (no n, no figures, no texts). Otherwise every option is listed in the question's
 * order with its count and share of the respondents (for multiple choice the shares add up to
 * more than 1), small cells suppressed; numeric questions get mean and median (two decimals),
 * NPS questions the NPS; text questions their texts when the reader may see them.
 */
export function questionReport(q: FormQuestion, agg: QuestionAggregate | undefined, options: { minGroupSize: number; texts?: string[] }): QuestionReport {
  const options_ = optionsOf(q);
  const n = agg?.n ?? 0;
  const base = { key: q.key, type: q.type, label: q.label };
  if (n < options.minGroupSize) {
    return { ...base, n: null, distribution: options_.map((option) => ({ option, suppressed: true as const })), suppressed: true };
  }
  const counts = options_.map((o) => agg?.counts[String(o)] ?? 0);
  const hidden = suppressCells(counts, options.minGroupSize);
  const distribution: ReportCell[] = options_.map((option, i) => (hidden[i] ? { option, suppressed: true as const } : { option, count: counts[i], share: round(counts[i] / n, 4) }));
  const report: QuestionReport = { ...base, n, distribution };
  if (NUMERIC_TYPES.includes(q.type)) {
    report.mean = agg?.mean === null || agg?.mean === undefined ? null : round(agg.mean, 2);
    report.median = agg?.median ?? null;
  }
  if (q.type === 'nps') report.nps = npsScore(agg?.counts ?? {});
  if (TEXT_TYPES.includes(q.type) && options.texts) report.texts = options.texts;
  return report;
}

/**
 * The reference computation of a question's aggregate from its raw answers (numbers, option
 * keys, lists of option keys, texts; null or absent for no answer): what the database computes.
 */
export function summarize(q: FormQuestion, values: unknown[]): QuestionAggregate {
  const answered = values.filter((v) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  const counts: Record<string, number> = {};
  if (!TEXT_TYPES.includes(q.type)) for (const v of answered) for (const item of Array.isArray(v) ? v : [v]) counts[String(item)] = (counts[String(item)] ?? 0) + 1;
  const numeric = NUMERIC_TYPES.includes(q.type);
  const nums = numeric ? (answered as number[]) : [];
  return {
    key: q.key,
    n: answered.length,
    mean: nums.length ? nums.reduce((s, v) => s + v, 0) / nums.length : null,
    median: numeric ? medianOfCounts(counts) : null,
    counts,
  };
}

/**
 * Satisfaction on one scale for trends across activities: a Likert answer 1–5 counts as 0, 25,
 * 50, 75, 100 and a 0–10 rating as ten times its value, so both read as 0–100. NPS questions are
 * reported as the NPS instead; other questions do not count.
 */
export function satisfactionScore(type: QuestionType, value: number): number | null {
  if (type === 'likert5') return (value - 1) * 25;
  if (type === 'rating10') return value * 10;
  return null;
}

/**
 * {@link npsScore} in SQL, as an aggregate over the answers in a group, of which only those of
 * `type` 'nps' count: the satisfaction report computes it in the database. A test runs both on the
 * same distributions and holds them equal.
 */
export function npsScoreSql(type: string, num: string): string {
  return `round((count(*) FILTER (WHERE ${type} = 'nps' AND ${num} >= 9) - count(*) FILTER (WHERE ${type} = 'nps' AND ${num} <= 6)) * 100.0
                      / nullif(count(*) FILTER (WHERE ${type} = 'nps'), 0), 1)`;
}

/**
 * {@link satisfactionScore} in SQL, over a question type and an answer's number: the satisfaction
 * report averages it in the database, over every answer of a municipality's forms. A test runs
 * both on every value of every type and holds them equal.
 */
export function satisfactionScoreSql(type: string, num: string): string {
  return `CASE ${type} WHEN 'likert5' THEN (${num} - 1) * 25.0 WHEN 'rating10' THEN ${num} * 10.0 END`;
}
