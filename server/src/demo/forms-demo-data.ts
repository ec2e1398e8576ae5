import type { LocalizedText } from '../common/locale';
import type { QuestionType } from '../forms/questions';

export interface DemoQuestion {
  key: string;
  type: QuestionType;
  label: LocalizedText;
  required?: boolean;
  options?: Array<{ key: string; label: LocalizedText }>;
  maxChoices?: number;
  /** scales: the words at the two ends */
  scaleLabels?: { min: LocalizedText; max: LocalizedText };
  /** how answers are drawn: weights per scale value (low to high) or per option, in order */
  weights?: number[];
  /** the share of respondents who answer an optional question */
  answered?: number;
  /** free texts to draw from, per language of the respondent */
  texts?: Partial<Record<'bg' | 'mk', string[]>>;
}

export interface DemoForm {
  municipality: string;
  purpose: 'satisfaction' | 'feedback' | 'needs_assessment' | 'other';
  title: LocalizedText;
  description: LocalizedText;
  questions: DemoQuestion[];
}

const option = (key: string, bg: string, en: string, mk?: string) => ({ key, label: mk ? { bg, en, mk } : { bg, en } });

/** The satisfaction form of the 2019 twinning meeting "Споделени ценности – споделена Европа". */
export const TWINNING_FORM: DemoForm & { meetingTitle: string; respondents: number; days: Array<[string, number]> } = {
  municipality: 'dupnitsa',
  purpose: 'satisfaction',
  meetingTitle: 'Споделени ценности – споделена Европа',
  title: {
    bg: 'Оценка на срещата „Споделени ценности – споделена Европа“',
    en: 'How was the meeting "Shared values – shared Europe"?',
    mk: 'Оценка на средбата „Споделени вредности – споделена Европа“',
  },
  description: {
    bg: 'Благодарим ви, че участвахте в срещата на побратимените градове Дупница и Крива паланка. Отговорите са анонимни и ще ни помогнат да подготвим следващите съвместни дейности. Връзката е на картичката, която получихте на заключителната среща; тя може да се използва веднъж.',
    en: 'Thank you for taking part in the meeting of the twin towns Dupnitsa and Kriva Palanka. Your answers are anonymous and will help us prepare the next joint activities. The link is on the card you received at the closing meeting; it works once.',
    mk: 'Ви благодариме што учествувавте на средбата на збратимените градови Дупница и Крива Паланка. Одговорите се анонимни и ќе ни помогнат да ги подготвиме следните заеднички активности. Врската е на картичката што ја добивте на завршната средба; може да се користи еднаш.',
  },
  // 214 of 271 answered: most on the last day, the rest over the following weeks
  respondents: 214,
  days: [
    ['2019-02-21', 120],
    ['2019-02-22', 30],
    ['2019-02-23', 10],
    ['2019-02-25', 18],
    ['2019-02-26', 10],
    ['2019-02-28', 8],
    ['2019-03-04', 10],
    ['2019-03-07', 5],
    ['2019-03-11', 3],
  ],
  questions: [
    {
      key: 'overall',
      type: 'likert5',
      required: true,
      label: { bg: 'Като цяло доколко сте доволни от срещата?', en: 'Overall, how satisfied are you with the meeting?', mk: 'Генерално, колку сте задоволни од средбата?' },
      weights: [2, 5, 13, 35, 45],
    },
    {
      key: 'recommend',
      type: 'nps',
      required: true,
      label: {
        bg: 'Доколко е вероятно да препоръчате участие в такава среща на приятел или колега?',
        en: 'How likely are you to recommend taking part in such a meeting to a friend or colleague?',
        mk: 'Колку е веројатно да препорачате учество на ваква средба на пријател или колега?',
      },
      weights: [1, 0, 1, 1, 2, 4, 5, 10, 15, 25, 36],
    },
    {
      key: 'organisation',
      type: 'rating10',
      required: true,
      label: { bg: 'Как оценявате организацията (зала, превод, храна, транспорт)?', en: 'How do you rate the organisation (venue, interpretation, meals, transport)?', mk: 'Како ја оценувате организацијата (сала, превод, храна, превоз)?' },
      weights: [0, 0, 1, 1, 2, 4, 8, 18, 26, 22, 18],
    },
    {
      key: 'useful',
      type: 'single',
      label: { bg: 'Коя част от програмата ви беше най-полезна?', en: 'Which part of the programme was the most useful to you?', mk: 'Кој дел од програмата ви беше најкорисен?' },
      options: [
        option('administrations', 'Срещата на общинските администрации и съвети с гражданите', 'The meeting of the municipal administrations and councils with citizens', 'Средбата на општинските администрации и совети со граѓаните'),
        option('youth', 'Дискусията за младите хора и местните инициативи', 'The discussion on young people and local initiatives', 'Дискусијата за младите и локалните иницијативи'),
        option('talks', 'Директните разговори между участниците', 'The direct talks between participants', 'Директните разговори меѓу учесниците'),
        option('clubs', 'Представянето на местни сдружения и клубове', 'The presentations of local associations and clubs', 'Претставувањето на локални здруженија и клубови'),
        option('closing', 'Заключителната среща', 'The closing meeting', 'Завршната средба'),
      ],
      weights: [22, 24, 34, 15, 5],
      answered: 0.93,
    },
    {
      key: 'next',
      type: 'multiple',
      maxChoices: 3,
      label: { bg: 'За какво да бъдат следващите съвместни дейности на двата града? (до 3)', en: 'What should the next joint activities of the two towns be about? (up to 3)', mk: 'За што да бидат следните заеднички активности на двата града? (до 3)' },
      options: [
        option('culture', 'Култура', 'Culture', 'Култура'),
        option('education', 'Образование', 'Education', 'Образование'),
        option('youth', 'Младежки обмен', 'Youth exchange', 'Младинска размена'),
        option('business', 'Търговия и предприемачество', 'Trade and entrepreneurship', 'Трговија и претприемништво'),
        option('sport', 'Спорт', 'Sport', 'Спорт'),
        option('tourism', 'Туризъм', 'Tourism', 'Туризам'),
        option('environment', 'Околна среда', 'Environment', 'Животна средина'),
      ],
      weights: [30, 18, 28, 16, 12, 20, 6],
      answered: 0.88,
    },
    {
      key: 'contacts',
      type: 'single',
      label: { bg: 'Създадохте ли контакти, които ще поддържате?', en: 'Did you make contacts you will keep?', mk: 'Дали воспоставивте контакти што ќе ги одржувате?' },
      options: [option('yes', 'Да', 'Yes', 'Да'), option('not_sure', 'Не съм сигурен/сигурна', 'Not sure', 'Не сум сигурен/сигурна'), option('no', 'Не', 'No', 'Не')],
      weights: [68, 24, 8],
      answered: 0.95,
    },
    {
      key: 'improve',
      type: 'long_text',
      label: { bg: 'Какво да направим по-добре следващия път?', en: 'What should we do better next time?', mk: 'Што да направиме подобро следниот пат?' },
      answered: 0.26,
      texts: {
        bg: [
          'Повече време за разговори в малки групи.',
          'Преводът понякога изоставаше — добре би било да има слушалки за всички.',
          'Програмата беше твърде натоварена в първия ден.',
          'Да поканим повече ученици и студенти.',
          'Хубаво би било следващата среща да е в Крива паланка.',
          'Материалите да се раздават предварително.',
          'Повече съвместни проекти, не само срещи.',
          'Залата беше тясна за откриването.',
          'Да има културна програма и вечер.',
        ],
        mk: [
          'Повеќе време за разговори во мали групи.',
          'Следната средба да биде во Крива Паланка.',
          'Превозот од Крива Паланка беше доцна наутро.',
          'Да се вклучат повеќе млади луѓе и спортски клубови.',
          'Повеќе заеднички проекти за туризам.',
          'Материјалите да бидат и на македонски јазик.',
          'Одлична организација, само продолжете.',
        ],
      },
    },
  ],
};

/** The PRESTIZH study of the needs and attitudes on civic participation in Haskovo (seeds/004). */
export const PRESTIZH_SURVEY: DemoForm & { respondents: number; openedDaysAgo: number; closesInDays: number } = {
  municipality: 'haskovo',
  purpose: 'needs_assessment',
  respondents: 340,
  openedDaysAgo: 30,
  closesInDays: 30,
  title: {
    bg: 'Проучване на потребностите и нагласите за гражданско участие в Община Хасково',
    en: 'Survey of the needs and attitudes on civic participation in Haskovo Municipality',
  },
  description: {
    bg: 'Проучването е част от проект BG05SFOP001-2.025-0163-C01 „ПРЕСТИЖ“, изпълняван от Сдружение „Алианс за регионално сътрудничество и развитие“ в партньорство с Община Хасково по Оперативна програма „Добро управление“. Въз основа на реалните потребности и нагласи на гражданите ще бъдат отправени предложения към общината за подобряване на средата за гражданско участие. Отговорите са анонимни и отнемат около пет минути.',
    en: 'The survey is part of project BG05SFOP001-2.025-0163-C01 "PRESTIZH", carried out by the Alliance for Regional Cooperation and Development in partnership with Haskovo Municipality under the Good Governance Operational Programme. Based on the real needs and attitudes of citizens, proposals will be made to the municipality for better civic participation. Answers are anonymous and take about five minutes.',
  },
  questions: [
    {
      key: 'informed',
      type: 'likert5',
      required: true,
      label: { bg: 'Доколко се чувствате информирани за решенията, които общината подготвя?', en: 'How well informed do you feel about the decisions the municipality prepares?' },
      scaleLabels: { min: { bg: 'никак', en: 'not at all' }, max: { bg: 'напълно', en: 'fully' } },
      weights: [18, 30, 29, 16, 7],
    },
    {
      key: 'taken_part',
      type: 'single',
      required: true,
      label: { bg: 'Участвали ли сте в обществено обсъждане през последните две години?', en: 'Have you taken part in a public consultation in the last two years?' },
      options: [
        option('several', 'Да, неколкократно', 'Yes, several times'),
        option('once', 'Да, веднъж', 'Yes, once'),
        option('did_not_know', 'Не, не знаех за такива', 'No, I did not know of any'),
        option('chose_not', 'Не, знаех, но не участвах', 'No, I knew but did not take part'),
      ],
      weights: [9, 17, 46, 28],
    },
    {
      key: 'barriers',
      type: 'multiple',
      maxChoices: 3,
      label: { bg: 'Какво ви пречи да участвате по-често? (до 3)', en: 'What keeps you from taking part more often? (up to 3)' },
      options: [
        option('no_info', 'Не научавам навреме за обсъжданията', 'I do not hear about consultations in time'),
        option('no_time', 'Нямам време', 'I have no time'),
        option('no_effect', 'Не вярвам, че мнението ми ще бъде взето предвид', 'I do not believe my opinion will count'),
        option('hard_docs', 'Документите са трудни за разбиране', 'The documents are hard to understand'),
        option('bad_times', 'Срещите са в неудобно време или място', 'Meetings are at inconvenient times or places'),
        option('no_answer', 'Не получавам отговор на предложенията си', 'I get no answer to my proposals'),
        option('other', 'Друго', 'Other'),
      ],
      weights: [40, 22, 35, 24, 15, 12, 3],
      answered: 0.94,
    },
    {
      key: 'channels',
      type: 'multiple',
      maxChoices: 3,
      label: { bg: 'Как бихте предпочели да участвате? (до 3)', en: 'How would you prefer to take part? (up to 3)' },
      options: [
        option('online', 'Онлайн платформа за обсъждания', 'An online consultation platform'),
        option('meetings', 'Публични срещи и форуми', 'Public meetings and forums'),
        option('working_groups', 'Работни групи и комисии', 'Working groups and committees'),
        option('surveys', 'Анкети и проучвания', 'Surveys'),
        option('ngo', 'Чрез гражданска организация', 'Through a civil society organisation'),
        option('councils', 'Граждански и младежки съвети', 'Civic and youth councils'),
      ],
      weights: [52, 20, 10, 30, 12, 9],
      answered: 0.96,
    },
    {
      key: 'opinion_counts',
      type: 'likert5',
      required: true,
      label: { bg: 'Общината взема предвид мнението на гражданите.', en: 'The municipality takes the opinion of citizens into account.' },
      scaleLabels: { min: { bg: 'изобщо не съм съгласен/съгласна', en: 'strongly disagree' }, max: { bg: 'напълно съм съгласен/съгласна', en: 'strongly agree' } },
      weights: [21, 29, 30, 15, 5],
    },
    {
      key: 'trust',
      type: 'rating10',
      label: { bg: 'Доколко имате доверие на общинската администрация?', en: 'How much do you trust the municipal administration?' },
      scaleLabels: { min: { bg: 'никакво', en: 'none' }, max: { bg: 'пълно', en: 'full' } },
      weights: [6, 4, 7, 10, 11, 17, 13, 12, 10, 5, 5],
      answered: 0.97,
    },
    {
      key: 'age',
      type: 'single',
      label: { bg: 'Възраст', en: 'Age' },
      options: [option('18_29', '18–29', '18–29'), option('30_44', '30–44', '30–44'), option('45_64', '45–64', '45–64'), option('65_plus', '65 и повече', '65 and over')],
      weights: [22, 33, 32, 13],
      answered: 0.9,
    },
    {
      key: 'topic',
      type: 'short_text',
      label: { bg: 'Коя тема за Хасково е най-важна за вас?', en: 'Which topic for Haskovo matters most to you?' },
      answered: 0.45,
      texts: { bg: ['Градският транспорт', 'Чистотата', 'Детските градини', 'Пътищата', 'Паркирането', 'Работни места за младите', 'Зелените площи', 'Културният календар', 'Безопасността на децата', 'Качеството на въздуха'] },
    },
    {
      key: 'proposals',
      type: 'long_text',
      label: { bg: 'Вашите предложения за по-добро гражданско участие', en: 'Your proposals for better civic participation' },
      answered: 0.22,
      texts: {
        bg: [
          'Проектите да се публикуват с кратко резюме на разбираем език.',
          'Общината да отговаря на всяко предложение, дори и с „не“.',
          'Обсъжданията да са вечер или в събота, за да могат работещите да участват.',
          'Известия по имейл за новите обсъждания в моя квартал.',
          'Повече срещи в кварталите, а не само в общината.',
          'Младежки съвет с реални правомощия.',
          'Онлайн излъчване на заседанията на общинския съвет.',
          'Срокът от 14 дни е твърде кратък за сложни наредби.',
          'Да се публикуват и резултатите от анкетите.',
          'Гражданските организации да участват в работните групи от самото начало.',
        ],
      },
    },
  ],
};
