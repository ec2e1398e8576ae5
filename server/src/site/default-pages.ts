import type { Locale } from '../common/locale';
import { retentionNotice } from '../privacy/registry';
import type { SitePageKey } from './site-page.entity';

/** The day the shipped texts below were written; the pages say so until an administrator edits them. */
export const DEFAULT_PAGES_DATE = '2026-12-06';

/**
 * The texts a new installation publishes before its administrator edits them (Markdown): the
 * accessibility statement in the structure of the EU model statement (Implementing Decision
 * (EU) 2018/1523) and the privacy notice (GDPR Art. 13). The page adds, below the text, each
 * municipality's contact details (statement) and its data protection officer (notice).
 */
export const DEFAULT_PAGES: Record<SitePageKey, Record<Locale, string>> = {
  accessibility: {
    bg: `Общините, които публикуват обществени консултации, срещи и формуляри на този сайт, се стремят да го направят достъпен в съответствие с Директива (ЕС) 2016/2102 и националното законодателство, което я въвежда (в България — Закона за електронното управление). Настоящата декларация за достъпност се отнася за целия сайт: страниците, формулярите и файловете, които сайтът създава.

## Състояние на съответствие

Сайтът е **частично съвместим** със стандарта EN 301 549 и с Указанията за достъпност на уеб съдържание (WCAG) 2.1, ниво AA, поради несъответствията, изброени по-долу.

## Недостъпно съдържание

### Несъответствия

- PDF файловете, които сайтът създава (справката по консултация, отчетите за участие), не са маркирани (tagged) PDF. Същото съдържание е достъпно като уеб страница и като CSV.
- Част от текстовете, въведени от общините (проекти, мотиви, протоколи), може да няма превод на английски или македонски; тогава се показва на български.
- Проверката на кода за регистрация на среща с камера изисква зрение; кодът може и да се въведе на ръка.

### Съдържание извън обхвата

- Документите, качени от общините (проекти на актове, мотиви, оценки на въздействието в PDF, DOCX, ODT, XLSX), се изготвят от общините и може да не са достъпни. Поискайте ги в друг формат от съответната община (данните за контакт са по-долу).
- Сайтът не използва карти: мястото на срещите се дава с текст.

## Изготвяне на декларацията

Декларацията е изготвена на 6 декември 2026 г. чрез самооценка: автоматични проверки (axe) на основните страници при всяка промяна на кода и ръчни проверки с клавиатура, екранен четец и телефон с ширина 360 пиксела. Датата на последния преглед е отбелязана под текста.

## Обратна връзка и данни за контакт

Ако срещнете проблем с достъпността или ви трябва съдържание в друга форма (например документ като текст, на голям шрифт или на хартия), пишете на общината, чието е съдържанието, на имейла ѝ по-долу. Ще ви отговорим в срок до 14 дни.

## Процедура по прилагане

Ако не сте доволни от отговора, можете да подадете жалба до ръководителя на съответната община, а след това до омбудсмана на Република България или до органа, отговорен за електронното управление (Министерството на електронното управление, преди това Държавна агенция „Електронно управление“). В Северна Македония можете да се обърнете към Народния правобранител (омбудсмана).`,
    en: `The municipalities that publish public consultations, meetings and forms on this website are committed to making it accessible, in accordance with Directive (EU) 2016/2102 and the national law that transposes it (in Bulgaria, the Electronic Governance Act). This accessibility statement applies to the whole website: its pages, forms and the files the website produces.

## Compliance status

This website is **partially compliant** with EN 301 549 and the Web Content Accessibility Guidelines (WCAG) 2.1 level AA, due to the non-compliances listed below.

## Non-accessible content

### Non-compliance

- The PDF files the website produces (the summary report of a consultation, participation reports) are not tagged PDFs. The same content is available as a web page and as CSV.
- Some texts written by municipalities (drafts, motives, minutes) may have no English or Macedonian translation; they are then shown in Bulgarian.
- Checking a meeting registration code with the camera needs sight; the code can also be typed in.

### Content outside the scope

- Documents uploaded by municipalities (draft acts, motives, impact assessments as PDF, DOCX, ODT, XLSX) are prepared by the municipalities and may not be accessible. Ask the municipality for them in another form (its contact details are below).
- The website uses no maps: meeting places are given as text.

## Preparation of this statement

This statement was prepared on 6 December 2026 by self-assessment: automated checks (axe) of the main pages on every change of the code, and manual checks with a keyboard, a screen reader and a 360-pixel-wide phone. The date of the last review is given below the text.

## Feedback and contact information

If you meet an accessibility problem or need content in another form (for example a document as text, in large print or on paper), write to the municipality whose content it is, at its e-mail address below. We answer within 14 days.

## Enforcement procedure

If you are not satisfied with the answer, you may complain to the head of the municipality, and then to the Ombudsman of the Republic of Bulgaria or to the authority responsible for e-government (the Ministry of e-Government, formerly the State e-Government Agency). In North Macedonia you may turn to the Ombudsman (Народен правобранител).`,
    mk: `Општините што објавуваат јавни консултации, средби и формулари на оваа веб-страница се стремат да ја направат пристапна, во согласност со Директивата (ЕУ) 2016/2102 и националното законодавство. Оваа изјава за пристапност се однесува на целата веб-страница: нејзините страници, формулари и датотеките што таа ги создава.

## Статус на усогласеност

Веб-страницата е **делумно усогласена** со стандардот EN 301 549 и со Упатствата за пристапност на веб-содржини (WCAG) 2.1, ниво AA, поради неусогласеностите наведени подолу.

## Непристапна содржина

### Неусогласености

- PDF-датотеките што ги создава веб-страницата (извештајот по консултација, извештаите за учество) не се означени (tagged) PDF. Истата содржина е достапна како веб-страница и како CSV.
- Дел од текстовите што ги внесуваат општините (нацрти, образложенија, записници) можеби немаат превод на англиски или македонски; тогаш се прикажуваат на бугарски.
- Проверката на кодот за регистрација со камера бара вид; кодот може да се внесе и рачно.

### Содржина надвор од опфатот

- Документите што ги прикачуваат општините (нацрт-акти, образложенија, анализи на влијанието во PDF, DOCX, ODT, XLSX) ги подготвуваат општините и можеби не се пристапни. Побарајте ги во друга форма од општината (контактите се подолу).
- Веб-страницата не користи карти: местото на средбите е дадено со текст.

## Подготовка на изјавата

Изјавата е подготвена на 6 декември 2026 година со самооценување: автоматски проверки (axe) на главните страници при секоја промена на кодот и рачни проверки со тастатура, читач на екран и телефон широк 360 пиксели. Датумот на последниот преглед е наведен под текстот.

## Повратни информации и контакт

Ако наидете на проблем со пристапноста или ви треба содржина во друга форма (на пример документ како текст, со големи букви или на хартија), пишете ѝ на општината чија е содржината, на нејзината е-пошта подолу. Ќе ви одговориме во рок од 14 дена.

## Постапка за спроведување

Ако не сте задоволни од одговорот, можете да поднесете поплака до раководителот на општината, а потоа до Народниот правобранител. Во Бугарија можете да се обратите до бугарскиот омбудсман или до органот надлежен за електронско управување (Министерството за електронско управување, порано Државната агенција „Електронско управување“).`,
  },
  privacy: {
    bg: `Това уведомление обяснява кой обработва личните ви данни на този сайт, защо и какви права имате (чл. 13 от Общия регламент относно защитата на данните, ОРЗД).

## Администратор на данните

- **Всяка община** е администратор на данните в своите консултации (предложения и становища, отговорите и справката), срещи (регистрации и присъствие) и формуляри.
- **Операторът на сайта** (организацията, която поддържа тази инсталация) е администратор на данните на профилите: имейл, име, парола и настройки.

Длъжностните лица по защита на данните на общините са изброени по-долу.

## Какви данни, за какво и на какво основание

- **Профил** (имейл, показвано име, парола, съхранена само като хеш, език, по желание населено място и държава): за да участвате и да получавате отговори. Основание: чл. 6, ал. 1, буква „д“ ОРЗД — задача в обществен интерес (обществените консултации по чл. 26 от Закона за нормативните актове, ЗНА, в България и съответното законодателство в Северна Македония).
- **Предложения и становища** (текст, име или „Участник N“, организация, от чието име пишете): за да бъдат разгледани и отговорени в справката. Основание: чл. 6, ал. 1, буква „д“ ОРЗД и ЗНА.
- **Регистрации за срещи** (име, имейл, населено място, държава, категория, организация, присъствие): за да се организира срещата и да се отчете участието в обобщен вид. Основание: чл. 6, ал. 1, буква „д“ ОРЗД.
- **Членство в обществени съвети и комисии** (име, роля, мандат, организация): съставът на органа е публичен запис, а членовете имат достъп до срещите му. Основание: чл. 6, ал. 1, буква „д“ ОРЗД.
- **Сигнали за злоупотреба** (кое предложение и защо): за да ги прегледат модераторите. Основание: чл. 6, ал. 1, буква „д“ ОРЗД.
- **Формуляри**: анонимните формуляри не пазят нищо, което свързва отговорите с вас; при останалите отговорите се пазят с профила ви. Основание: чл. 6, ал. 1, буква „д“ ОРЗД.
- **Следване на община и известия по имейл**: само с вашето съгласие (чл. 6, ал. 1, буква „а“ ОРЗД); можете да го оттеглите по всяко време с връзката във всеки имейл.
- **Сигурност** (записи за влизания, ограничения на опитите, дневник на действията на служителите): за защита на сайта и отчетност. Основание: чл. 6, ал. 1, буква „д“ и чл. 32 ОРЗД.

## Какво е публично и какво не е

- **Публично**: текстът на предложенията и становищата, името ви, ако сте избрали да го публикувате (иначе „Участник N“), организацията, от чието име пишете, и отговорите на общината.
- **Не е публично**: имейл адресът ви, паролата, населеното място, регистрациите ви за срещи и отговорите на анонимни формуляри. Служителите на общината виждат имейла и регистрациите, доколкото са им нужни за работата.

## Срок на съхранение

${retentionNotice('bg')}

## Вашите права

- **Достъп**: „Моят профил“ → „Изтегляне на данните ми“ дава всички данни, които пазим за вас.
- **Коригиране**: променете името и настройките си в „Моят профил“.
- **Изтриване**: „Моят профил“ → „Изтриване на профила ми“.
- **Ограничаване и възражение** (чл. 18 и 21 ОРЗД): пишете на длъжностното лице по защита на данните на общината.
- **Оттегляне на съгласие**: спрете следването или известията по всяко време.
- **Жалба**: до Комисията за защита на личните данни (КЗЛД, www.cpdp.bg) в България или до Агенцията за заштита на личните податоци (www.azlp.mk) в Северна Македония.

Не вземаме автоматизирани решения и не предаваме данни извън Европейското икономическо пространство.`,
    en: `This notice explains who processes your personal data on this website, why, and what rights you have (Art. 13 of the General Data Protection Regulation, GDPR).

## Controller

- **Each municipality** is the controller of the data in its own consultations (proposals and comments, its answers and the summary report), meetings (registrations and attendance) and forms.
- **The website's operator** (the organisation that runs this installation) is the controller of the account data: e-mail, name, password and settings.

The municipalities' data protection officers are listed below.

## What data, for what, on what legal basis

- **Account** (e-mail, display name, password stored only as a hash, language, optionally settlement and country): so that you can take part and receive answers. Legal basis: Art. 6(1)(e) GDPR, a task carried out in the public interest (public consultations under Art. 26 of the Law on Normative Acts, ЗНА, in Bulgaria, and the corresponding law in North Macedonia).
- **Proposals and comments** (text, name or "Participant N", the organisation you write for): so that they are considered and answered in the summary report. Legal basis: Art. 6(1)(e) GDPR and the ЗНА.
- **Meeting registrations** (name, e-mail, settlement, country, category, organisation, attendance): to organise the meeting and report participation in totals. Legal basis: Art. 6(1)(e) GDPR.
- **Membership of public councils and committees** (name, role, term, organisation): a body's roster is a public record, and its members get access to its meetings. Legal basis: Art. 6(1)(e) GDPR.
- **Reports of abuse** (which proposal, and why): for the moderators to review. Legal basis: Art. 6(1)(e) GDPR.
- **Forms**: anonymous forms keep nothing that links the answers to you; other forms keep the answers with your account. Legal basis: Art. 6(1)(e) GDPR.
- **Following a municipality and e-mail notifications**: only with your consent (Art. 6(1)(a) GDPR); withdraw it at any time with the link in every e-mail.
- **Security** (sign-in records, limits on attempts, the log of staff actions): to protect the website and for accountability. Legal basis: Art. 6(1)(e) and Art. 32 GDPR.

## What is public and what is not

- **Public**: the text of proposals and comments, your name if you chose to publish it (otherwise "Participant N"), the organisation you write for, and the municipality's answers.
- **Not public**: your e-mail address, password, settlement, your meeting registrations and the answers of anonymous forms. Municipal staff see e-mail addresses and registrations as far as their work needs them.

## How long we keep it

${retentionNotice('en')}

## Your rights

- **Access**: "My profile" → "Download my data" gives everything we hold about you.
- **Rectification**: change your name and settings in "My profile".
- **Erasure**: "My profile" → "Delete my account".
- **Restriction and objection** (Art. 18 and 21 GDPR): write to the municipality's data protection officer.
- **Withdrawing consent**: stop following or notifications at any time.
- **Complaint**: to the Commission for Personal Data Protection (КЗЛД, www.cpdp.bg) in Bulgaria, or to the Personal Data Protection Agency (www.azlp.mk) in North Macedonia.

We take no automated decisions and transfer no data outside the European Economic Area.`,
    mk: `Ова известување објаснува кој ги обработува вашите лични податоци на оваа веб-страница, зошто и какви права имате (член 13 од Општата регулатива за заштита на податоците, GDPR, и Законот за заштита на личните податоци).

## Контролор

- **Секоја општина** е контролор на податоците во своите консултации (предлози и коментари, одговорите и извештајот), средби (регистрации и присуство) и формулари.
- **Операторот на веб-страницата** (организацијата што ја одржува оваа инсталација) е контролор на податоците за профилите: е-пошта, име, лозинка и поставки.

Офицерите за заштита на личните податоци на општините се наведени подолу.

## Кои податоци, за што и врз која основа

- **Профил** (е-пошта, име за прикажување, лозинка чувана само како хаш, јазик, по желба населено место и држава): за да учествувате и да добивате одговори. Основа: член 6, став 1, точка (д) — задача од јавен интерес (јавните консултации според соодветниот закон).
- **Предлози и коментари** (текст, име или „Учесник N“, организацијата во чие име пишувате): за да бидат разгледани и одговорени во извештајот. Основа: член 6, став 1, точка (д).
- **Регистрации за средби** (име, е-пошта, населено место, држава, категорија, организација, присуство): за организирање на средбата и збирно известување за учеството. Основа: член 6, став 1, точка (д).
- **Членство во јавни совети и комисии** (име, улога, мандат, организација): составот на телото е јавен запис, а членовите имаат пристап до неговите средби. Основа: член 6, став 1, точка (д).
- **Пријави за злоупотреба** (кој предлог и зошто): за да ги прегледаат модераторите. Основа: член 6, став 1, точка (д).
- **Формулари**: анонимните формулари не чуваат ништо што ги поврзува одговорите со вас; кај другите одговорите се чуваат со профилот. Основа: член 6, став 1, точка (д).
- **Следење општина и известувања по е-пошта**: само со ваша согласност (член 6, став 1, точка (а)); можете да ја повлечете секогаш со врската во секоја порака.
- **Безбедност** (записи за најавувања, ограничувања на обидите, дневник на дејствата на вработените): за заштита на веб-страницата и отчетност. Основа: член 6, став 1, точка (д) и член 32.

## Што е јавно, а што не

- **Јавно**: текстот на предлозите и коментарите, вашето име ако сте избрале да се објави (инаку „Учесник N“), организацијата во чие име пишувате и одговорите на општината.
- **Не е јавно**: вашата е-пошта, лозинката, населеното место, регистрациите за средби и одговорите на анонимните формулари. Вработените во општината ги гледаат е-поштата и регистрациите колку што им се потребни за работата.

## Колку долго ги чуваме

${retentionNotice('mk')}

## Вашите права

- **Пристап**: „Мој профил“ → „Преземи ги моите податоци“ ги дава сите податоци што ги чуваме за вас.
- **Исправка**: променете ги името и поставките во „Мој профил“.
- **Бришење**: „Мој профил“ → „Избриши го мојот профил“.
- **Ограничување и приговор** (член 18 и 21): пишете му на офицерот за заштита на личните податоци на општината.
- **Повлекување согласност**: престанете со следењето или известувањата во секое време.
- **Поплака**: до Агенцијата за заштита на личните податоци (www.azlp.mk) во Северна Македонија или до Комисијата за заштита на личните податоци (КЗЛД, www.cpdp.bg) во Бугарија.

Не донесуваме автоматизирани одлуки и не пренесуваме податоци надвор од Европскиот економски простор.`,
  },
};
