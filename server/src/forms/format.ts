import type { Locale } from '../common/locale';
import type { QuestionType } from './questions';

export const TYPE_LABELS: Record<QuestionType, Record<Locale, string>> = {
  likert5: { bg: 'скала 1–5', en: 'scale 1–5', mk: 'скала 1–5' },
  rating10: { bg: 'оценка 0–10', en: 'rating 0–10', mk: 'оценка 0–10' },
  nps: { bg: 'NPS 0–10', en: 'NPS 0–10', mk: 'NPS 0–10' },
  single: { bg: 'един отговор', en: 'single choice', mk: 'еден одговор' },
  multiple: { bg: 'няколко отговора', en: 'multiple choice', mk: 'повеќе одговори' },
  short_text: { bg: 'кратък текст', en: 'short text', mk: 'краток текст' },
  long_text: { bg: 'текст', en: 'long text', mk: 'текст' },
};

export const REPORT_TEXT: Record<
  Locale,
  {
    title: string;
    columns: string[];
    responses: string;
    period: string;
    allTime: string;
    suppressed: string;
    suppressedQuestion: string;
    suppressionNote: (min: number) => string;
    anonymous: string;
    mean: string;
    median: string;
    nps: string;
    answers: string;
    texts: string;
    moreTexts: (n: number) => string;
  }
> = {
  bg: {
    title: 'Резултати',
    columns: ['Въпрос (ключ)', 'Въпрос', 'Вид', 'Отговорили', 'Средна', 'Медиана', 'NPS', 'Отговор (ключ)', 'Отговор', 'Брой', 'Дял', 'Скрито'],
    responses: 'Отговори',
    period: 'Период',
    allTime: 'за целия период',
    suppressed: 'скрито',
    suppressedQuestion: 'Твърде малко отговори: резултатът е скрит.',
    suppressionNote: (min) => `Бройки под ${min} са скрити, както и всяка бройка, която би ги разкрила чрез изваждане.`,
    anonymous: 'Анонимен формуляр: отговорите не са свързани с лица или покани.',
    mean: 'средна',
    median: 'медиана',
    nps: 'NPS',
    answers: 'отговорили',
    texts: 'Отговори в свободен текст',
    moreTexts: (n) => `… и още ${n}`,
  },
  en: {
    title: 'Results',
    columns: ['Question key', 'Question', 'Type', 'Answered', 'Mean', 'Median', 'NPS', 'Option key', 'Option', 'Count', 'Share', 'Suppressed'],
    responses: 'Responses',
    period: 'Period',
    allTime: 'all time',
    suppressed: 'suppressed',
    suppressedQuestion: 'Too few answers: the result is suppressed.',
    suppressionNote: (min) => `Counts below ${min} are suppressed, and so is any count that would reveal one by subtraction.`,
    anonymous: 'Anonymous form: responses are not linked to people or invitations.',
    mean: 'mean',
    median: 'median',
    nps: 'NPS',
    answers: 'answered',
    texts: 'Free-text answers',
    moreTexts: (n) => `… and ${n} more`,
  },
  mk: {
    title: 'Резултати',
    columns: ['Прашање (клуч)', 'Прашање', 'Вид', 'Одговориле', 'Просек', 'Медијана', 'NPS', 'Одговор (клуч)', 'Одговор', 'Број', 'Удел', 'Скриено'],
    responses: 'Одговори',
    period: 'Период',
    allTime: 'за целиот период',
    suppressed: 'скриено',
    suppressedQuestion: 'Премалку одговори: резултатот е скриен.',
    suppressionNote: (min) => `Броеви под ${min} се скриени, како и секој број што би ги открил со одземање.`,
    anonymous: 'Анонимен формулар: одговорите не се поврзани со лица или покани.',
    mean: 'просек',
    median: 'медијана',
    nps: 'NPS',
    answers: 'одговориле',
    texts: 'Одговори во слободен текст',
    moreTexts: (n) => `… и уште ${n}`,
  },
};

/** How the satisfaction figures are computed, in the reader's language. */
export const SATISFACTION_RULE: Record<Locale, string> = {
  bg: 'Средна удовлетвореност: средното на всички отговори по скала 1–5 (1–5 се броят като 0, 25, 50, 75, 100) и на всички оценки 0–10 (× 10) от формулярите за удовлетвореност и обратна връзка, по скала 0–100; NPS: % на оценките 9–10 минус % на оценките 0–6 от всички NPS отговори. Групи с по-малко отговори от най-голямата минимална група на техните формуляри се скриват.',
  en: 'Mean satisfaction: the mean of every Likert answer (1–5 counted as 0, 25, 50, 75, 100) and every 0–10 rating (× 10) of the satisfaction and feedback forms, on a 0–100 scale; NPS: % of 9–10 minus % of 0–6 over every NPS answer. Groups with fewer responses than the largest minimum group size of their forms are suppressed.',
  mk: 'Просечно задоволство: просекот на сите одговори на скала 1–5 (1–5 се бројат како 0, 25, 50, 75, 100) и на сите оценки 0–10 (× 10) од формуларите за задоволство и повратна информација, на скала 0–100; NPS: % на оценките 9–10 минус % на оценките 0–6 од сите NPS одговори. Групите со помалку одговори од најголемата минимална група на нивните формулари се скриени.',
};
