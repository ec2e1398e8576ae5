import type { Locale } from '../common/locale';
import type { Decision } from './contribution-response.entity';

export const DECISION_LABELS: Record<Decision, Record<Locale, string>> = {
  accepted: { bg: 'Приема се', en: 'Accepted', mk: 'Се прифаќа' },
  partially_accepted: { bg: 'Приема се частично', en: 'Partially accepted', mk: 'Делумно се прифаќа' },
  not_accepted: { bg: 'Не се приема', en: 'Not accepted', mk: 'Не се прифаќа' },
  noted: { bg: 'Приема се за сведение', en: 'Noted', mk: 'Се зема предвид' },
};

export const CHANNEL_LABELS: Record<string, Record<Locale, string>> = {
  online: { bg: 'онлайн', en: 'online', mk: 'онлајн' },
  email: { bg: 'имейл', en: 'e-mail', mk: 'е-пошта' },
  post: { bg: 'поща', en: 'post', mk: 'пошта' },
  registry: { bg: 'деловодство', en: 'registry desk', mk: 'архива' },
  in_person: { bg: 'лично', en: 'in person', mk: 'лично' },
};

export const REPORT_HEADINGS: Record<Locale, { title: string; columns: string[]; noProposals: string; totals: string; unanswered: string; version: string; preview: string }> = {
  bg: {
    title: 'Справка за отразяване на предложенията и становищата',
    columns: ['№', 'Автор', 'Организация', 'Канал', 'Дата', 'Разпоредба', 'Вид', 'Предложение', 'Решение', 'Мотиви'],
    noProposals: 'В срока на общественото обсъждане не са постъпили предложения и становища.',
    totals: 'Общо',
    unanswered: 'без отговор',
    version: 'версия',
    preview: 'ПРЕДВАРИТЕЛЕН ПРЕГЛЕД — не е публикувана',
  },
  en: {
    title: 'Summary of proposals and opinions and how they were taken into account',
    columns: ['No.', 'Author', 'Organisation', 'Channel', 'Date', 'Provision', 'Kind', 'Proposal', 'Decision', 'Reasons'],
    noProposals: 'No proposals or opinions were received during the consultation period.',
    totals: 'Totals',
    unanswered: 'unanswered',
    version: 'version',
    preview: 'PREVIEW — not published',
  },
  mk: {
    title: 'Извештај за предлозите и мислењата и нивното земање предвид',
    columns: ['Бр.', 'Автор', 'Организација', 'Канал', 'Датум', 'Одредба', 'Вид', 'Предлог', 'Одлука', 'Образложение'],
    noProposals: 'Во рокот на јавната расправа не се доставени предлози и мислења.',
    totals: 'Вкупно',
    unanswered: 'без одговор',
    version: 'верзија',
    preview: 'ПРЕГЛЕД — не е објавен',
  },
};

/** The справка CSV's header: stable names, whatever the reader's language (labels in `_bg`/`_en`/`_mk` columns). */
export const REPORT_CSV_COLUMNS = ['number', 'contribution_id', 'author', 'organization', 'channel', 'channel_bg', 'channel_en', 'channel_mk', 'received_on', 'section', 'kind', 'kind_bg', 'kind_en', 'kind_mk', 'text', 'lang', 'decision', 'decision_bg', 'decision_en', 'decision_mk', 'reasoning'];

export const KIND_LABELS: Record<'comment' | 'proposal', Record<Locale, string>> = {
  proposal: { bg: 'предложение', en: 'proposal', mk: 'предлог' },
  comment: { bg: 'становище', en: 'comment', mk: 'мислење' },
};

export type DecisionTotals = Record<Decision | 'unanswered', number>;

/**
 * Totals per decision, comments' answers included; `unanswered` counts only proposals without an
 * answer, what keeps the справка from being published (a comment needs no answer). Pure.
 */
export function decisionTotals(items: Array<{ kind: string; decision: Decision | null; n?: number }>): DecisionTotals {
  const totals: DecisionTotals = { accepted: 0, partially_accepted: 0, not_accepted: 0, noted: 0, unanswered: 0 };
  for (const { kind, decision, n = 1 } of items) {
    if (decision) totals[decision] += n;
    else if (kind === 'proposal') totals.unanswered += n;
  }
  return totals;
}
