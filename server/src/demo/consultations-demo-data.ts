import type { LocalizedText } from '../common/locale';
import type { Decision } from '../reports/contribution-response.entity';

/** How a demo consultation stands when the demo is first loaded. */
export type DemoState = 'draft' | 'upcoming' | 'open' | 'closed' | 'reported' | 'decided';

export interface DemoContribution {
  kind: 'comment' | 'proposal';
  /** ref of the section ("Чл. 3"), or null for the whole draft */
  section: string | null;
  body: string;
  /** a demo account's e-mail, or an offline author */
  by: string | { name: string; email?: string; channel: 'email' | 'post' | 'registry' | 'in_person'; organization?: string };
  publishName: boolean;
  onBehalfOfNgo?: boolean;
  supports?: number;
  answer?: { decision: Decision; reasoning: string };
}

export interface DemoConsultation {
  municipality: string;
  kind: 'ordinance' | 'strategy' | 'plan' | 'budget' | 'decision' | 'other';
  state: DemoState;
  /** days before the demo's "now" when it was published (ignored for drafts); negative: scheduled for a later day */
  publishedDaysAgo: number;
  periodDays: number;
  shortenedReason?: string;
  title: LocalizedText;
  summary: LocalizedText;
  body: LocalizedText;
  motives?: Record<'reasons' | 'objectives' | 'resources' | 'expectedResults' | 'euCompliance', string>;
  contact: { name: string; email: string; phone?: string };
  contributions: DemoContribution[];
  outcome?: { result: 'adopted' | 'amended' | 'withdrawn'; decisionRef: string; decidedDaysAgo: number; note?: string };
}

const HASKOVO_CONTACT = { name: 'Дирекция „Правно-нормативно обслужване“, Община Хасково', email: 'obshtina@haskovo.bg', phone: '+359 38 603 300' };
const DUPNITSA_CONTACT = { name: 'Отдел „Стратегическо планиране“, Община Дупница', email: 'obshtina@dupnitsa.bg', phone: '+359 701 50 512' };
const KP_CONTACT = { name: 'Одделение за нормативни работи, Општина Крива Паланка', email: 'opstina@krivapalanka.gov.mk', phone: '+389 31 375 055' };

export const CIVIC_ORDINANCE_BODY = `Проект на Наредба за условията и реда за провеждане на обществени консултации и за създаване и дейност на граждански съвети на територията на Община Хасково

## Глава първа. Общи положения

Чл. 1. Предмет. (1) С наредбата се уреждат условията и редът за провеждане на обществени консултации по проекти на нормативни и стратегически документи на Общински съвет – Хасково и на кмета на общината.
(2) С наредбата се уреждат и създаването, съставът и дейността на граждански съвети към кмета на общината.

Чл. 2. Принципи. Обществените консултации се провеждат при спазване на принципите на откритост, отчетност, съразмерност, равнопоставеност и достъпност.

Чл. 3. Срокове. (1) Срокът за предложения и становища е не по-кратък от 30 дни от публикуването на проекта.
(2) При изключителни случаи срокът може да е не по-кратък от 14 дни, като причините се посочват в мотивите към проекта.

## Глава втора. Провеждане на обществени консултации

Чл. 4. Публикуване. Проектът, мотивите и частичната предварителна оценка на въздействието се публикуват на платформата за обществени консултации и на интернет страницата на общината.

Чл. 5. Предложения. (1) Всеки гражданин и всяка организация може да направи предложение по целия проект или по отделна разпоредба.
(2) Предложенията се подават по електронен път, по пощата, в деловодството или устно в приемното време на общината.

Чл. 6. Справка. В 14-дневен срок след края на консултацията общината публикува справка за постъпилите предложения с мотиви за неприетите.

## Глава трета. Граждански съвети

Чл. 7. Създаване. Кметът създава граждански съвети по направления: образование и младежки политики, социални дейности, околна среда и градска среда.

Чл. 8. Състав. (1) Гражданският съвет се състои от 7 до 15 членове, представители на граждански организации, бизнеса, научните среди и граждани.
(2) Членовете се избират чрез публична процедура за срок от две години.

Чл. 9. Заседания. Гражданският съвет заседава най-малко веднъж на три месеца. Заседанията са публични и протоколите се публикуват.

## Преходни и заключителни разпоредби

§ 1. Наредбата се приема на основание чл. 21, ал. 2 от Закона за местното самоуправление и местната администрация и е изготвена по проект „ПРЕСТИЖ“, изпълняван от Сдружение „Алианс за регионално сътрудничество и развитие“ в партньорство с Община Хасково.

§ 2. Наредбата влиза в сила от деня на обнародването ѝ.`;

export const DEMO_CONSULTATIONS: DemoConsultation[] = [
  {
    municipality: 'haskovo',
    kind: 'ordinance',
    state: 'open',
    publishedDaysAgo: 9,
    periodDays: 30,
    title: { bg: 'Наредба за обществените консултации и гражданските съвети в Община Хасково', en: 'Ordinance on public consultation and civic councils in Haskovo Municipality' },
    summary: {
      bg: 'Правила за обществените консултации по проектите на общината и за създаване на граждански съвети към кмета — предложени по проект „ПРЕСТИЖ“ на АРСР и Община Хасково.',
      en: 'Rules for public consultation on the municipality’s drafts and for civic councils to the mayor, proposed by the PRESTIZH project of ARSR and Haskovo Municipality.',
    },
    body: { bg: CIVIC_ORDINANCE_BODY },
    motives: {
      reasons: 'Общината няма собствени правила за обществените консултации; практиката е различна за различните документи, а гражданите и организациите не знаят кога и как могат да участват.',
      objectives: 'Еднакви и предвидими правила; повече участие на гражданите и организациите; граждански съвети като постоянна форма на диалог.',
      resources: 'Прилагането не изисква допълнителни средства от общинския бюджет; платформата за консултации е изградена по проект „ПРЕСТИЖ“.',
      expectedResults: 'Всички проекти на нормативни актове минават през консултация с 30-дневен срок и публикувана справка; работят поне три граждански съвета.',
      euCompliance: 'Наредбата не въвежда право на ЕС; съответства на принципите на добро управление и на Конвенцията от Орхус за достъп до информация.',
    },
    contact: HASKOVO_CONTACT,
    contributions: [
      { kind: 'proposal', section: 'Чл. 3', body: 'Предлагам срокът да бъде 45 дни за стратегическите документи — 30 дни са малко за сложни планове.', by: 'citizen@sabor.example', publishName: true, supports: 3 },
      { kind: 'proposal', section: 'Чл. 8', body: 'Поне двама от членовете на всеки граждански съвет да бъдат младежи до 29 години.', by: 'ngo@arsr.sabor.example', publishName: true, onBehalfOfNgo: true, supports: 5 },
      { kind: 'comment', section: 'Чл. 9', body: 'Заседанията да се излъчват онлайн и записите да остават публични.', by: { name: 'Петя Иванова', email: 'petya.ivanova@example.org', channel: 'email' }, publishName: false, supports: 2 },
      { kind: 'proposal', section: 'Чл. 5', body: 'Да се приемат и предложения, подадени устно на публично обсъждане, като се записват в протокол.', by: { name: 'Стоян Делчев', channel: 'registry' }, publishName: false },
      { kind: 'comment', section: null, body: 'Подкрепям проекта като цяло. Добре е, че най-после има ясни правила.', by: { name: 'Мария Костова', email: 'm.kostova@example.org', channel: 'email' }, publishName: true },
    ],
  },
  {
    municipality: 'haskovo',
    kind: 'plan',
    state: 'closed',
    publishedDaysAgo: 40,
    periodDays: 30,
    title: { bg: 'Програма за управление на отпадъците на Община Хасково 2027–2030' },
    summary: { bg: 'Мерки за разделно събиране, компостиране и намаляване на депонираните отпадъци.' },
    body: {
      bg: 'Програмата определя целите и мерките на общината за периода 2027–2030 г.\n\nЦел 1: разделно събиране на хартия, пластмаса и стъкло във всички квартали до 2028 г.\n\nЦел 2: компостиране на зелените отпадъци от парковете и домакинствата.\n\nЦел 3: намаляване на депонираните битови отпадъци с 30 % спрямо 2025 г.',
    },
    contact: HASKOVO_CONTACT,
    contributions: [
      { kind: 'proposal', section: '¶ 2', body: 'Контейнери за разделно събиране и в селата на общината, не само в града.', by: 'citizen@sabor.example', publishName: false },
      { kind: 'proposal', section: '¶ 3', body: 'Безплатни компостери за домакинствата с дворове.', by: { name: 'Георги Русев', email: 'g.rusev@example.org', channel: 'email' }, publishName: true },
      { kind: 'proposal', section: null, body: 'Да се публикуват данни всеки месец колко отпадъци са събрани разделно.', by: 'ngo@arsr.sabor.example', publishName: true, onBehalfOfNgo: true },
      { kind: 'comment', section: '¶ 4', body: '30 % е амбициозно, но постижимо, ако компостирането тръгне навреме.', by: { name: 'Илиана Тодорова', channel: 'post' }, publishName: false },
    ],
  },
  {
    municipality: 'haskovo',
    kind: 'budget',
    state: 'upcoming',
    // scheduled for tomorrow: the staff see it as upcoming, the public from tomorrow 00:00, open at once
    publishedDaysAgo: -1,
    periodDays: 30,
    title: { bg: 'Проект на бюджет на Община Хасково за 2027 г.' },
    summary: { bg: 'Приходите и разходите на общината за 2027 г. и капиталовата програма.' },
    body: { bg: 'Чл. 1. Приходите по бюджета за 2027 г. са в размер на 142 млн. лв.\n\nЧл. 2. Разходите са в размер на 142 млн. лв., от които 24 млн. лв. за капиталови разходи.\n\nЧл. 3. Капиталовата програма включва ремонт на 12 улици, на две училища и на читалище „Заря“.' },
    contact: HASKOVO_CONTACT,
    contributions: [],
  },
  {
    municipality: 'haskovo',
    kind: 'decision',
    state: 'draft',
    publishedDaysAgo: 0,
    periodDays: 30,
    title: { bg: 'Решение за обявяване на местност „Кенана“ за защитена територия' },
    summary: { bg: 'Чернова, още не е публикувана.' },
    body: { bg: 'Чл. 1. Местност „Кенана“ се обявява за защитена територия.\n\nЧл. 2. Общината осигурява охрана и поддръжка на местността.' },
    contact: HASKOVO_CONTACT,
    contributions: [],
  },
  {
    municipality: 'dupnitsa',
    kind: 'strategy',
    state: 'reported',
    publishedDaysAgo: 60,
    periodDays: 30,
    title: { bg: 'Общинска стратегия за младежта на Дупница 2027–2032' },
    summary: { bg: 'Приоритети за заетост, образование, спорт и доброволчество на младите хора в общината.' },
    body: { bg: 'Приоритет 1: младежка заетост и стажове в местния бизнес.\n\nПриоритет 2: неформално образование и младежки център.\n\nПриоритет 3: спорт и доброволчество.' },
    contact: DUPNITSA_CONTACT,
    contributions: [
      { kind: 'proposal', section: '¶ 2', body: 'Младежкият център да работи и в събота и неделя.', by: 'citizen@sabor.example', publishName: true, answer: { decision: 'accepted', reasoning: '' } },
      { kind: 'proposal', section: '¶ 1', body: 'Стипендии за студенти, които се връщат да работят в Дупница.', by: { name: 'Калина Петрова', email: 'kalina@example.org', channel: 'email' }, publishName: false, answer: { decision: 'partially_accepted', reasoning: 'Ще бъде разработена програма за стажове; стипендиите изискват решение на Общинския съвет при приемане на бюджета.' } },
      { kind: 'proposal', section: null, body: 'Да се построи нов стадион.', by: { name: 'Иван Асенов', channel: 'in_person' }, publishName: false, answer: { decision: 'not_accepted', reasoning: 'Изграждането на стадион е извън обхвата и финансовите възможности на стратегията; предвиден е ремонт на съществуващите спортни площадки.' } },
    ],
  },
  {
    municipality: 'dupnitsa',
    kind: 'ordinance',
    state: 'decided',
    publishedDaysAgo: 120,
    periodDays: 30,
    title: { bg: 'Наредба за изменение на Наредбата за символите и почетните звания на Община Дупница' },
    summary: { bg: 'Нов ред за удостояване със званието „Почетен гражданин на Дупница“.' },
    body: { bg: 'Чл. 1. Званието „Почетен гражданин на Дупница“ се присъжда с решение на Общинския съвет.\n\nЧл. 2. Предложения могат да правят граждани, организации и общински съветници.' },
    motives: {
      reasons: 'Досегашният ред не позволява граждани да предлагат кандидати.',
      objectives: 'Открита процедура за почетните звания.',
      resources: 'Не са необходими допълнителни средства.',
      expectedResults: 'Повече и по-разнообразни предложения за почетни граждани.',
      euCompliance: 'Не е приложимо право на ЕС.',
    },
    contact: DUPNITSA_CONTACT,
    contributions: [
      { kind: 'proposal', section: 'Чл. 2', body: 'Предложенията да се публикуват за обществено обсъждане 14 дни преди гласуването.', by: 'ngo@arsr.sabor.example', publishName: true, answer: { decision: 'accepted', reasoning: '' } },
    ],
    outcome: { result: 'amended', decisionRef: 'Решение № 87 на Общински съвет – Дупница', decidedDaysAgo: 20, note: 'Приета с предложението за 14-дневно публикуване.' },
  },
  {
    municipality: 'kriva-palanka',
    kind: 'decision',
    state: 'open',
    publishedDaysAgo: 5,
    periodDays: 20,
    title: { mk: 'Одлука за јавно осветлување во населените места на Општина Крива Паланка', en: 'Decision on street lighting in the settlements of Kriva Palanka Municipality' },
    summary: { mk: 'Замена на светилките со LED и проширување на осветлувањето во селата.' },
    body: { mk: 'Член 1. Општината ги заменува постојните светилки со LED светилки до крајот на 2027 година.\n\nЧлен 2. Осветлувањето се проширува во селата Дурачка Река, Конопница и Мождивњак.\n\nЧлен 3. Средствата се обезбедуваат од буџетот на општината и од ИПА програмата за прекугранична соработка.' },
    contact: KP_CONTACT,
    contributions: [
      { kind: 'proposal', section: 'Чл. 2', body: 'Да се вклучи и селото Луке, каде децата одат на училиште по темно.', by: { name: 'Горан Стојановски', email: 'goran.s@example.mk', channel: 'email' }, publishName: true },
      { kind: 'comment', section: 'Чл. 1', body: 'LED светилките заштедуваат струја — одлично.', by: 'citizen@sabor.example', publishName: false },
    ],
  },
  {
    municipality: 'kriva-palanka',
    kind: 'budget',
    state: 'closed',
    publishedDaysAgo: 30,
    periodDays: 20,
    title: { mk: 'Предлог-буџет на Општина Крива Паланка за 2027 година' },
    summary: { mk: 'Приходи, расходи и капитални инвестиции за 2027 година.' },
    body: { mk: 'Член 1. Вкупните приходи изнесуваат 620 милиони денари.\n\nЧлен 2. За капитални инвестиции се предвидуваат 140 милиони денари.' },
    contact: KP_CONTACT,
    contributions: [
      { kind: 'proposal', section: 'Чл. 2', body: 'Повеќе средства за реконструкција на патот до манастирот Свети Јоаким Осоговски.', by: { name: 'Елена Миткова', channel: 'registry' }, publishName: false },
    ],
  },
];
