import type { LocalizedText } from '../common/locale';

/**
 * Demo bodies and meetings. The twinning meeting is the real one described in
 * the project report the product comes from (Dupnitsa, 18–21 February 2019, 271 citizens from four towns in two
 * countries); the Haskovo council and working group follow the PRESTIZH ordinance (Чл. 7–9).
 */
export interface DemoProgrammeItem {
  /** the day of the meeting, 0 = the first */
  day: number;
  /** local wall-clock times */
  from: string;
  to: string;
  title: LocalizedText;
  description?: LocalizedText;
}

export const TWINNING = {
  municipality: 'dupnitsa',
  partners: ['kriva-palanka'],
  firstDay: '2019-02-18',
  lastDay: '2019-02-21',
  startTime: '10:00',
  endTime: '17:00',
  capacity: 300,
  title: { bg: 'Споделени ценности – споделена Европа', en: 'Shared values – shared Europe', mk: 'Споделени вредности – споделена Европа' },
  description: {
    bg: 'Проектът „Споделени ценности – споделена Европа“ е финансиран от Европейския съюз по програмата „Европа за гражданите“, Направление 2, Мярка 2.1 „Побратимяване на градове“.\n\nЧетиридневна среща на граждани на побратимените Дупница и Крива Паланка, с участници от София и Сапарева баня: общинските администрации и съвети, неправителствени организации, културни институции, спортни клубове, частният сектор и гражданите.',
    en: 'The project "Shared values – shared Europe" is funded by the European Union under the "Europe for Citizens" programme, Strand 2, Measure 2.1 "Town twinning".\n\nA four-day meeting of citizens of the twin towns Dupnitsa and Kriva Palanka, with participants from Sofia and Sapareva Banya: the municipal administrations and councils, NGOs, cultural institutions, sports clubs, the private sector and citizens.',
    mk: 'Проектот „Споделени вредности – споделена Европа“ е финансиран од Европската унија преку програмата „Европа за граѓаните“, Дел 2, Мерка 2.1 „Збратимување на градови“.\n\nЧетиридневна средба на граѓани од збратимените Дупница и Крива Паланка, со учесници од Софија и Сапарева Бања: општинските администрации и совети, невладини организации, културни институции, спортски клубови, приватниот сектор и граѓаните.',
  },
  location: { bg: 'гр. Дупница, България', en: 'Dupnitsa, Bulgaria', mk: 'Дупница, Бугарија' },
  programme: [
    {
      day: 0, from: '10:00', to: '13:00',
      title: { bg: 'Среща на общинските администрации и общинските съвети с гражданското общество', en: 'The municipal administrations and councils meet civil society', mk: 'Средба на општинските администрации и совети со граѓанското општество' },
      description: { bg: 'Текуща информация за взаимодействията между двете общини и планове за бъдещо сътрудничество; допирни области и интереси на местното общество.', en: 'Where the cooperation between the two municipalities stands and plans for the future; shared interests of the local communities.', mk: 'Тековни информации за соработката меѓу двете општини и планови за идна соработка; заеднички интереси на локалните заедници.' },
    },
    {
      day: 0, from: '14:00', to: '17:00',
      title: { bg: 'Местните икономики, предприемачеството и Европейският съюз', en: 'Local economies, entrepreneurship and the European Union', mk: 'Локалните економии, претприемништвото и Европската унија' },
      description: { bg: 'Преодоляване на последиците от икономическата криза, изравняване на икономическия растеж, насърчаване на предприемачеството; Европейският съюз и нагласите на гражданите.', en: 'Overcoming the effects of the economic crisis, balancing growth, encouraging entrepreneurship; the European Union and what citizens think of it.', mk: 'Надминување на последиците од економската криза, израмнување на економскиот раст, поттикнување на претприемништвото; Европската унија и ставовите на граѓаните.' },
    },
    {
      day: 1, from: '10:00', to: '13:00',
      title: { bg: 'Дискусия: младите хора и успешните местни инициативи', en: 'Discussion: young people and successful local initiatives', mk: 'Дискусија: младите и успешните локални иницијативи' },
      description: { bg: 'Успешни практики на културни и спортни организации, които споделят опита си.', en: 'Cultural and sports organisations share what worked for them.', mk: 'Успешни практики на културни и спортски организации кои го споделуваат своето искуство.' },
    },
    {
      day: 1, from: '14:00', to: '17:00',
      title: { bg: 'Демографската криза и съвместните мероприятия', en: 'The demographic crisis and joint events', mk: 'Демографската криза и заедничките настани' },
      description: { bg: 'Какво би накарало младите хора да останат в родните места; съвместни културни, образователни и търговски събития за обмяна на знания, умения и добри практики.', en: 'What would make young people stay in their home towns; joint cultural, educational and trade events to exchange knowledge, skills and good practice.', mk: 'Што би ги задржало младите во родните места; заеднички културни, образовни и трговски настани за размена на знаења, вештини и добри практики.' },
    },
    {
      day: 2, from: '10:00', to: '13:00',
      title: { bg: 'Срещи за директни разговори между участниците', en: 'Meetings for direct talks between participants', mk: 'Средби за директни разговори меѓу учесниците' },
      description: { bg: 'Възможности за сътрудничество, обмяна на опит и съвместни проекти.', en: 'Opportunities for cooperation, exchange of experience and joint projects.', mk: 'Можности за соработка, размена на искуства и заеднички проекти.' },
    },
    {
      day: 2, from: '14:00', to: '16:00',
      title: { bg: 'Представяне на местни сдружения, клубове и организации', en: 'Local associations, clubs and organisations present their work', mk: 'Претставување на локални здруженија, клубови и организации' },
    },
    {
      day: 3, from: '10:00', to: '13:00',
      title: { bg: 'Обобщаваща среща на организаторите и участниците', en: 'Closing meeting of organisers and participants', mk: 'Завршна средба на организаторите и учесниците' },
      description: { bg: 'Заключителни разговори и синтез на събитието.', en: 'Closing talks and a synthesis of the event.', mk: 'Завршни разговори и синтеза на настанот.' },
    },
    {
      day: 3, from: '14:00', to: '16:00',
      title: { bg: 'Бъдещи инициативи и разширяване на партньорството', en: 'Future initiatives and a wider partnership', mk: 'Идни иницијативи и проширување на партнерството' },
    },
  ] as DemoProgrammeItem[],
  /** where the 271 came from (the figures of the project's report) */
  participants: [
    { settlement: 'Крива Паланка', municipality: 'kriva-palanka', country: 'MK', count: 148 },
    { settlement: 'Дупница', municipality: 'dupnitsa', country: 'BG', count: 107 },
    { settlement: 'София', municipality: 'sofia', country: 'BG', count: 9 },
    { settlement: 'Сапарева баня', municipality: 'sapareva-banya', country: 'BG', count: 7 },
  ],
  /** how many came on each of the four days (everyone came on at least one) */
  attendancePerDay: [262, 241, 229, 255],
  minutes: {
    text: {
      bg: '## Протокол от срещата „Споделени ценности – споделена Европа“\n\nСрещата се състоя в гр. Дупница от 18.02.2019 до 21.02.2019 г. Проектът позволи да бъдат събрани 271 граждани, от които 148 от град Крива Паланка (Северна Македония), 107 от град Дупница, 9 от град София и 7 от гр. Сапарева баня.\n\n**18.02.2019** — среща на представителите на двете общински администрации и общинските съвети с гражданското общество: взаимодействията между двете общини, бъдещо сътрудничество, икономическият растеж и предприемачеството, Европейският съюз и нагласите на гражданите.\n\n**19.02.2019** — дискусия с акцент върху младите и успешните инициативи на местни организации и граждани; демографската криза; съвместни културни, образователни и търговски събития.\n\n**20.02.2019** — срещи за директни разговори между участниците и представяне на местни сдружения, клубове и организации.\n\n**21.02.2019** — обобщаваща среща: синтез на събитието, продължаване на сътрудничеството и планиране на бъдещи инициативи.',
      en: '## Minutes of the meeting "Shared values – shared Europe"\n\nThe meeting took place in Dupnitsa from 18 to 21 February 2019. It brought together 271 citizens: 148 from Kriva Palanka (North Macedonia), 107 from Dupnitsa, 9 from Sofia and 7 from Sapareva Banya.\n\n**18 February** — the two municipal administrations and councils met civil society: cooperation between the towns, economic growth and entrepreneurship, the EU and what citizens think of it.\n\n**19 February** — a discussion of young people and successful local initiatives; the demographic crisis; joint cultural, educational and trade events.\n\n**20 February** — direct talks between participants; local associations and clubs presented their work.\n\n**21 February** — closing meeting: a synthesis of the event, continued cooperation and future initiatives.',
      mk: '## Записник од средбата „Споделени вредности – споделена Европа“\n\nСредбата се одржа во Дупница од 18 до 21 февруари 2019 година. Се собраа 271 граѓани: 148 од Крива Паланка, 107 од Дупница, 9 од Софија и 7 од Сапарева Бања.\n\n**18 февруари** — средба на двете општински администрации и совети со граѓанското општество.\n\n**19 февруари** — дискусија за младите и успешните локални иницијативи.\n\n**20 февруари** — директни разговори меѓу учесниците.\n\n**21 февруари** — завршна средба и планирање на идните иницијативи.',
    },
    decisions: [
      { text: { bg: 'Подготовка на съвместен проект за младежки обмен между Дупница и Крива Паланка', en: 'Prepare a joint youth exchange project between Dupnitsa and Kriva Palanka', mk: 'Подготовка на заеднички проект за младинска размена меѓу Дупница и Крива Паланка' }, responsible: 'Община Дупница и Општина Крива Паланка', due: '2019-06-30' },
      { text: { bg: 'Общ календар на културните и спортните събития на двата града за 2019 г.', en: 'A shared calendar of cultural and sports events of both towns for 2019', mk: 'Заеднички календар на културните и спортските настани на двата града за 2019 година' }, responsible: 'Читалищата и спортните клубове на двата града', due: '2019-04-30' },
      { text: { bg: 'Следващата среща на партньорите да се проведе в Крива Паланка', en: 'Hold the next partners’ meeting in Kriva Palanka', mk: 'Следната средба на партнерите да се одржи во Крива Паланка' }, responsible: 'Општина Крива Паланка', due: '2019-10-31' },
    ],
    publishedOn: '2019-02-25',
  },
};

export const MK_NAMES = {
  male: ['Александар', 'Горан', 'Никола', 'Дејан', 'Зоран', 'Стефан', 'Бојан', 'Владимир', 'Драган', 'Игор'],
  female: ['Марија', 'Елена', 'Ивана', 'Сања', 'Билјана', 'Ана', 'Катерина', 'Јована', 'Снежана', 'Татјана'],
  surnames: ['Стојановск', 'Трајковск', 'Николовск', 'Петровск', 'Јовановск', 'Ристевск', 'Митевск', 'Костовск', 'Илиевск', 'Анастасовск'],
};
export const BG_NAMES = {
  male: ['Георги', 'Иван', 'Димитър', 'Николай', 'Петър', 'Христо', 'Стоян', 'Васил', 'Тодор', 'Александър'],
  female: ['Мария', 'Елена', 'Йорданка', 'Десислава', 'Цветелина', 'Радка', 'Надежда', 'Веселина', 'Петя', 'Гергана'],
  surnames: ['Иванов', 'Георгиев', 'Димитров', 'Петров', 'Николов', 'Стоянов', 'Христов', 'Тодоров', 'Илиев', 'Костов'],
};

/** A plausible name for the i-th participant from a country. */
export function demoName(i: number, country: string): string {
  const names = country === 'MK' ? MK_NAMES : BG_NAMES;
  const female = i % 2 === 1;
  const first = (female ? names.female : names.male)[(i * 7) % 10];
  const stem = names.surnames[(i * 3 + Math.floor(i / 10)) % 10];
  if (country === 'MK') return `${first} ${stem}${female ? 'а' : 'и'}`;
  return `${first} ${stem}${female ? 'а' : ''}`;
}

/** Mostly citizens, as at the meeting: NGOs, institutions, clubs (business), a school, the press. */
export const CATEGORY_CYCLE = ['citizen', 'citizen', 'ngo', 'citizen', 'citizen', 'public_authority', 'citizen', 'citizen', 'ngo', 'citizen', 'business', 'citizen', 'citizen', 'academic', 'citizen', 'citizen', 'ngo', 'citizen', 'citizen', 'media'] as const;

export interface DemoMember {
  /** a demo account, or a named outsider */
  user?: string;
  name?: string;
  organization?: 'ngo';
  role: 'chair' | 'vice_chair' | 'secretary' | 'member' | 'observer';
  sinceDaysAgo: number;
  untilDaysAgo?: number;
}

export interface DemoMeeting {
  kind: 'body_meeting' | 'public_forum' | 'hearing' | 'partnership_event' | 'workshop';
  /** days from the demo's now (negative: past) and local times */
  inDays: number;
  from: string;
  to: string;
  title: LocalizedText;
  description: LocalizedText;
  location: LocalizedText;
  capacity?: number;
  registrationOpen?: boolean;
  programme?: Array<{ from: string; to: string; title: LocalizedText }>;
  /** registered guests (settlement, category) and demo accounts */
  registrations?: Array<{ user?: string; settlement: string; category: (typeof CATEGORY_CYCLE)[number] }>;
  minutes?: { text: LocalizedText; decisions: Array<{ text: LocalizedText; responsible: string; dueInDays: number }>; attendeesCount: number };
}

export interface DemoBody {
  municipality: string;
  kind: 'working_group' | 'committee' | 'civic_council' | 'advisory_body' | 'forum';
  visibility: 'public' | 'private';
  createdDaysAgo: number;
  name: LocalizedText;
  mandate: LocalizedText;
  /** link to the demo consultation whose title contains this */
  consultation?: string;
  members: DemoMember[];
  meetings: DemoMeeting[];
}

export const DEMO_BODIES: DemoBody[] = [
  {
    municipality: 'haskovo',
    kind: 'civic_council',
    visibility: 'public',
    createdDaysAgo: 120,
    name: { bg: 'Граждански съвет по образование и младежки политики', en: 'Civic Council on Education and Youth Policy', mk: 'Граѓански совет за образование и младински политики' },
    mandate: {
      bg: 'Гражданският съвет към кмета на Община Хасково дава становища по проектите на общината в областта на образованието и младежките политики, предлага мерки и следи за изпълнението им.\n\nСъставът е от представители на граждански организации, бизнеса, научните среди и граждани, избрани за две години чрез публична процедура. Съветът заседава най-малко веднъж на три месеца; заседанията са публични и протоколите се публикуват.',
      en: 'The Civic Council to the Mayor of Haskovo gives opinions on the municipality’s drafts on education and youth policy, proposes measures and follows their implementation.\n\nIts members come from civic organisations, business, academia and the public, chosen for two years in an open procedure. It meets at least once every three months; its meetings are public and its minutes published.',
    },
    consultation: 'гражданските съвети',
    members: [
      { user: 'ngo@arsr.sabor.example', organization: 'ngo', role: 'chair', sinceDaysAgo: 100 },
      { name: 'Мария Костова', role: 'vice_chair', sinceDaysAgo: 100 },
      { user: 'officer@haskovo.sabor.example', role: 'secretary', sinceDaysAgo: 100 },
      { user: 'citizen@sabor.example', role: 'member', sinceDaysAgo: 100 },
      { name: 'проф. Николай Тодоров', role: 'member', sinceDaysAgo: 100 },
      { name: 'Гергана Пеева', role: 'member', sinceDaysAgo: 100 },
      { name: 'Стоян Делчев', role: 'member', sinceDaysAgo: 100, untilDaysAgo: 30 },
      { name: 'Виктория Стоянова', role: 'member', sinceDaysAgo: 29 },
      { name: 'Петя Иванова', role: 'observer', sinceDaysAgo: 100 },
    ],
    meetings: [
      {
        kind: 'body_meeting',
        inDays: -21,
        from: '17:30',
        to: '19:30',
        title: { bg: 'Първо заседание на Гражданския съвет по образование и младежки политики', en: 'First meeting of the Civic Council on Education and Youth Policy' },
        description: { bg: 'Приемане на правила за работа, избор на заместник-председател, обсъждане на проекта на Наредба за обществените консултации.' },
        location: { bg: 'Хасково, Общинска администрация, пл. „Общински“ 1, зала 2', en: 'Haskovo, Municipal building, 1 Obshtinski Sq., room 2' },
        minutes: {
          text: {
            bg: '## Протокол № 1\n\nПрисъстваха 7 от 8 членове на съвета и един наблюдател.\n\n1. Съветът прие правила за работа.\n2. За заместник-председател беше избрана Мария Костова.\n3. Съветът обсъди проекта на Наредба за обществените консултации и реши да внесе становище по чл. 8 (участие на младежи в гражданските съвети).',
            en: '## Minutes No. 1\n\n7 of the 8 members and one observer attended.\n\n1. The council adopted its rules of procedure.\n2. Maria Kostova was elected vice-chair.\n3. The council discussed the draft ordinance on public consultation and decided to submit an opinion on Art. 8 (young people in civic councils).',
          },
          decisions: [
            { text: { bg: 'Внасяне на становище по чл. 8 от проекта на Наредба за обществените консултации', en: 'Submit an opinion on Art. 8 of the draft ordinance on public consultation' }, responsible: 'Десислава Колева, председател', dueInDays: -5 },
            { text: { bg: 'Организиране на публичен форум за младежките политики', en: 'Organise a public forum on youth policy' }, responsible: 'Секретариат на съвета', dueInDays: 12 },
          ],
          attendeesCount: 8,
        },
      },
      {
        kind: 'public_forum',
        inDays: 12,
        from: '10:00',
        to: '13:00',
        title: { bg: 'Публичен форум: младите хора в Хасково — образование, работа, свободно време', en: 'Public forum: young people in Haskovo — education, work, free time', mk: 'Јавен форум: младите во Хасково — образование, работа, слободно време' },
        description: {
          bg: 'Гражданският съвет кани младежи, родители, учители, работодатели и организации да обсъдим какво е нужно, за да останат младите хора в Хасково. Предложенията от форума ще бъдат внесени в общинската стратегия за младежта.',
          en: 'The Civic Council invites young people, parents, teachers, employers and organisations to discuss what it takes for young people to stay in Haskovo. The proposals will go into the municipal youth strategy.',
        },
        location: { bg: 'Хасково, Младежки дом, ул. „Сан Стефано“ 1', en: 'Haskovo, Youth House, 1 San Stefano St.' },
        capacity: 60,
        registrationOpen: true,
        programme: [
          { from: '10:00', to: '10:30', title: { bg: 'Откриване и представяне на съвета', en: 'Opening; the council introduces itself' } },
          { from: '10:30', to: '12:00', title: { bg: 'Дискусия по групи: образование, работа, свободно време', en: 'Group discussions: education, work, free time' } },
          { from: '12:00', to: '13:00', title: { bg: 'Представяне на предложенията и следващи стъпки', en: 'The groups present their proposals; next steps' } },
        ],
        registrations: [
          { user: 'citizen@sabor.example', settlement: 'Хасково', category: 'citizen' },
          { settlement: 'Хасково', category: 'citizen' },
          { settlement: 'Хасково', category: 'citizen' },
          { settlement: 'Хасково', category: 'ngo' },
          { settlement: 'Хасково', category: 'academic' },
          { settlement: 'Хасково', category: 'citizen' },
          { settlement: 'Димитровград', category: 'citizen' },
          { settlement: 'Хасково', category: 'business' },
          { settlement: 'Харманли', category: 'citizen' },
          { settlement: 'Хасково', category: 'public_authority' },
          { settlement: 'Кърджали', category: 'ngo' },
          { settlement: 'Хасково', category: 'media' },
          { settlement: 'с. Книжовник', category: 'citizen' },
          { settlement: 'Хасково', category: 'citizen' },
        ],
      },
    ],
  },
  {
    municipality: 'haskovo',
    kind: 'working_group',
    visibility: 'private',
    createdDaysAgo: 60,
    name: { bg: 'Работна група за Наредбата за обществените консултации', en: 'Working group on the public consultation ordinance' },
    mandate: {
      bg: 'Подготвя проекта на Наредба за условията и реда за провеждане на обществени консултации и за създаване и дейност на граждански съвети и обобщава постъпилите предложения. Работи по проект „ПРЕСТИЖ“.',
      en: 'Drafts the ordinance on public consultation and civic councils and summarises the proposals received. Part of the PRESTIZH project.',
    },
    consultation: 'гражданските съвети',
    members: [
      { user: 'officer@haskovo.sabor.example', role: 'chair', sinceDaysAgo: 60 },
      { user: 'ngo@arsr.sabor.example', organization: 'ngo', role: 'member', sinceDaysAgo: 60 },
      { name: 'адв. Радослав Стоянов', role: 'member', sinceDaysAgo: 60 },
      { user: 'moderator@haskovo.sabor.example', role: 'secretary', sinceDaysAgo: 60 },
      { name: 'Гергана Пеева (Областна администрация Хасково)', role: 'observer', sinceDaysAgo: 45 },
    ],
    meetings: [
      {
        kind: 'body_meeting',
        inDays: -14,
        from: '14:00',
        to: '16:00',
        title: { bg: 'Заседание на работната група: предложенията по чл. 3 и чл. 8', en: 'Working group meeting: the proposals on Art. 3 and Art. 8' },
        description: { bg: 'Обсъждане на първите постъпили предложения.' },
        location: { bg: 'Хасково, Общинска администрация, зала 5' },
        minutes: {
          text: { bg: '## Протокол\n\nПрисъстваха всички членове. Работната група обсъди предложенията за 45-дневен срок за стратегическите документи (чл. 3) и за участие на младежи в гражданските съвети (чл. 8) и ще предложи отговори след края на консултацията.' },
          decisions: [{ text: { bg: 'Проект на отговори на предложенията по чл. 3 и чл. 8' }, responsible: 'адв. Радослав Стоянов', dueInDays: 25 }],
          attendeesCount: 5,
        },
      },
      {
        kind: 'body_meeting',
        inDays: 5,
        from: '14:00',
        to: '16:00',
        title: { bg: 'Заседание на работната група: обобщаване на предложенията', en: 'Working group meeting: summing up the proposals' },
        description: { bg: 'Подготовка на справката за отразяване на предложенията.' },
        location: { bg: 'Хасково, Общинска администрация, зала 5' },
      },
    ],
  },
];
