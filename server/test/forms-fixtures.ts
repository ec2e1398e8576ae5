/** A feedback form with every kind of question, and an answer that fits it. */
export const QUESTIONS = [
  { key: 'overall', type: 'likert5', label: { bg: 'Доволни ли сте от обсъждането?', en: 'Are you satisfied with the consultation?' }, required: true },
  { key: 'clarity', type: 'rating10', label: 'Колко ясен беше проектът?' },
  { key: 'recommend', type: 'nps', label: { bg: 'Бихте ли препоръчали участието на приятел?', en: 'Would you recommend taking part to a friend?' }, required: true },
  {
    key: 'channel',
    type: 'single',
    label: 'Откъде научихте за обсъждането?',
    options: [
      { key: 'site', label: { bg: 'Сайта на общината', en: 'The municipality’s website' } },
      { key: 'social', label: 'Социалните мрежи' },
      { key: 'friends', label: 'Приятели' },
    ],
  },
  {
    key: 'topics',
    type: 'multiple',
    label: 'Кои теми ви интересуват?',
    maxChoices: 2,
    options: [
      { key: 'parks', label: 'Паркове' },
      { key: 'transport', label: 'Транспорт' },
      { key: 'schools', label: 'Училища' },
      { key: 'culture', label: 'Култура' },
    ],
  },
  { key: 'town', type: 'short_text', label: 'Населено място' },
  { key: 'improve', type: 'long_text', label: 'Какво да подобрим?' },
];

export const FORM = {
  municipalityId: 'haskovo',
  purpose: 'feedback',
  title: { bg: 'Обратна връзка за обществените обсъждания', en: 'Feedback on public consultations' },
  description: { bg: 'Отнема две минути.' },
  anonymous: true,
  audience: 'public',
  opensAt: '2026-11-22T08:00:00.000Z',
  closesAt: '2026-12-22T22:00:00.000Z',
  minGroupSize: 5,
  publishResults: false,
  questions: QUESTIONS,
};

export const GOOD = { overall: 4, clarity: 7, recommend: 9, channel: 'site', topics: ['parks', 'culture'], town: 'Хасково', improve: 'Повече срещи вечер.' };
