import type { Locale } from './locale';

/**
 * Every stable error code of the API (docs/api.md lists them; a spec keeps the two in step), with its HTTP status and its message in each
 * interface language. Services throw `DomainError(code)`; the exception filter does the rest.
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, bg: 'Някои полета са попълнени неправилно.', en: 'Some fields are not filled in correctly.', mk: 'Некои полиња се пополнети погрешно.' },
  invalid_token: { status: 400, bg: 'Връзката е невалидна или е изтекла.', en: 'The link is invalid or has expired.', mk: 'Врската е неважечка или истечена.' },
  bad_request: { status: 400, bg: 'Заявката е неправилна.', en: 'The request is malformed.', mk: 'Барањето е неправилно.' },
  unauthorized: { status: 401, bg: 'Моля, влезте в профила си.', en: 'Please sign in.', mk: 'Ве молиме најавете се.' },
  invalid_credentials: { status: 401, bg: 'Грешен имейл или парола.', en: 'Wrong e-mail or password.', mk: 'Погрешна е-пошта или лозинка.' },
  invalid_refresh_token: { status: 401, bg: 'Сесията е изтекла. Моля, влезте отново.', en: 'Your session has expired. Please sign in again.', mk: 'Сесијата истече. Ве молиме најавете се повторно.' },
  forbidden: { status: 403, bg: 'Нямате права за това действие.', en: 'You are not allowed to do this.', mk: 'Немате дозвола за ова дејство.' },
  email_not_verified: { status: 403, bg: 'Първо потвърдете имейл адреса си.', en: 'Please verify your e-mail address first.', mk: 'Прво потврдете ја вашата е-пошта.' },
  not_found: { status: 404, bg: 'Не е намерено.', en: 'Not found.', mk: 'Не е пронајдено.' },
  email_taken: { status: 409, bg: 'Този имейл адрес вече е регистриран.', en: 'This e-mail address is already registered.', mk: 'Оваа е-пошта е веќе регистрирана.' },
  slug_taken: { status: 409, bg: 'Този адрес (slug) вече се използва.', en: 'This slug is already in use.', mk: 'Оваа адреса (slug) веќе се користи.' },
  already_member: { status: 409, bg: 'Лицето вече е член.', en: 'This person is already a member.', mk: 'Лицето е веќе член.' },
  idempotency_in_progress: { status: 409, bg: 'Същата заявка още се обработва.', en: 'The same request is still being processed.', mk: 'Истото барање сè уште се обработува.' },
  idempotency_key_reused: { status: 422, bg: 'Ключът за идемпотентност е използван за друга заявка.', en: 'The idempotency key was used for a different request.', mk: 'Клучот за идемпотентност е користен за друго барање.' },
  period_too_short: { status: 422, bg: 'Срокът за обществено обсъждане е по-кратък от законовия минимум.', en: 'The consultation period is shorter than the legal minimum.', mk: 'Рокот за јавна расправа е пократок од законскиот минимум.' },
  motives_incomplete: { status: 422, bg: 'Мотивите трябва да съдържат и петте елемента по чл. 28, ал. 2 ЗНА.', en: 'The motives must contain all five items of Art. 28(2) of the Law on Normative Acts.', mk: 'Образложението мора да ги содржи сите пет елементи.' },
  invalid_publish_date: { status: 422, bg: 'Датата на публикуване не може да бъде в миналото.', en: 'The publication date cannot be in the past.', mk: 'Датумот на објавување не може да биде во минатото.' },
  correction_note_required: { status: 422, bg: 'Публикуваният проект се променя само с бележка за корекцията.', en: 'A published draft can only be changed with a correction note.', mk: 'Објавениот нацрт се менува само со белешка за корекцијата.' },
  empty_draft: { status: 422, bg: 'Проектът няма текст.', en: 'The draft has no text.', mk: 'Нацртот нема текст.' },
  already_published: { status: 409, bg: 'Консултацията вече е публикувана.', en: 'The consultation is already published.', mk: 'Консултацијата е веќе објавена.' },
  consultation_not_open: { status: 409, bg: 'Консултацията не е отворена за предложения.', en: 'The consultation is not open for contributions.', mk: 'Консултацијата не е отворена за предлози.' },
  contribution_hidden: { status: 409, bg: 'Приносът е скрит от модератор.', en: 'The contribution was hidden by a moderator.', mk: 'Придонесот е скриен од модератор.' },
  consultation_not_closed: { status: 409, bg: 'Консултацията още не е приключила.', en: 'The consultation has not closed yet.', mk: 'Консултацијата сè уште не е затворена.' },
  reasoning_required: { status: 422, bg: 'Мотивирайте решението: причина се изисква, освен при пълно приемане.', en: 'Give the reasons: they are required unless the proposal is accepted.', mk: 'Образложете ја одлуката: причина е потребна, освен при целосно прифаќање.' },
  unanswered_proposals: { status: 409, bg: 'Има предложения без отговор.', en: 'Some proposals have not been answered.', mk: 'Има предлози без одговор.' },
  report_not_published: { status: 409, bg: 'Справката още не е публикувана.', en: 'The summary report has not been published yet.', mk: 'Извештајот сè уште не е објавен.' },
  outcome_already_recorded: { status: 409, bg: 'Резултатът вече е вписан.', en: 'The outcome is already recorded.', mk: 'Исходот е веќе запишан.' },
  unsupported_file_type: { status: 422, bg: 'Този вид файл не се приема. Качете PDF, ODT, DOCX, XLSX, PNG или JPEG.', en: 'This kind of file is not accepted. Upload a PDF, ODT, DOCX, XLSX, PNG or JPEG.', mk: 'Овој вид датотека не се прифаќа. Прикачете PDF, ODT, DOCX, XLSX, PNG или JPEG.' },
  unsupported_image_type: { status: 422, bg: 'Този вид изображение не се приема. Качете PNG, JPEG или WebP.', en: 'This kind of image is not accepted. Upload a PNG, JPEG or WebP.', mk: 'Овој вид слика не се прифаќа. Прикачете PNG, JPEG или WebP.' },
  registration_closed: { status: 409, bg: 'Регистрацията за тази среща е затворена.', en: 'Registration for this meeting is closed.', mk: 'Регистрацијата за оваа средба е затворена.' },
  already_registered: { status: 409, bg: 'Вече сте регистрирани за тази среща.', en: 'You are already registered for this meeting.', mk: 'Веќе сте регистрирани за оваа средба.' },
  already_checked_in: { status: 409, bg: 'Този код вече е отбелязан за днес.', en: 'This code has already been checked in for the day.', mk: 'Овој код е веќе евидентиран за денес.' },
  registration_not_confirmed: { status: 409, bg: 'Регистрацията не е потвърдена (в листа на чакащите, чака одобрение или е отказана).', en: 'The registration is not confirmed (waiting list, awaiting approval, or cancelled).', mk: 'Регистрацијата не е потврдена (листа на чекање, чека одобрување или е откажана).' },
  registration_not_cancellable: { status: 409, bg: 'Регистрацията вече не може да бъде отказана.', en: 'The registration can no longer be cancelled.', mk: 'Регистрацијата веќе не може да се откаже.' },
  not_a_meeting_day: { status: 422, bg: 'Денят не е от дните на срещата.', en: 'The day is not one of the meeting’s days.', mk: 'Денот не е од деновите на средбата.' },
  body_dissolved: { status: 409, bg: 'Органът е закрит.', en: 'The body has been dissolved.', mk: 'Телото е распуштено.' },
  member_term_ended: { status: 409, bg: 'Мандатът на този член вече е приключил.', en: 'This member’s term has already ended.', mk: 'Мандатот на овој член веќе заврши.' },
  meeting_not_started: { status: 409, bg: 'Срещата още не е започнала.', en: 'The meeting has not started yet.', mk: 'Средбата сè уште не е започната.' },
  minutes_empty: { status: 422, bg: 'Протоколът няма текст на основния език на общината.', en: 'The minutes have no text in the municipality’s default language.', mk: 'Записникот нема текст на основниот јазик на општината.' },
  minutes_not_published: { status: 409, bg: 'Протоколът от срещата още не е публикуван.', en: 'The minutes of the meeting have not been published yet.', mk: 'Записникот од средбата сè уште не е објавен.' },
  form_has_responses: { status: 409, bg: 'Формулярът вече има отговори: въпросите и анонимността не могат да се променят. Направете нова версия.', en: 'The form already has responses: its questions and anonymity cannot change. Make a new version.', mk: 'Формуларот веќе има одговори: прашањата и анонимноста не може да се менуваат. Направете нова верзија.' },
  form_already_published: { status: 409, bg: 'Формулярът вече е публикуван.', en: 'The form is already published.', mk: 'Формуларот е веќе објавен.' },
  form_not_published: { status: 409, bg: 'Формулярът още не е публикуван.', en: 'The form has not been published yet.', mk: 'Формуларот сè уште не е објавен.' },
  form_closed: { status: 409, bg: 'Формулярът не приема отговори в момента.', en: 'The form is not accepting responses now.', mk: 'Формуларот во моментов не прима одговори.' },
  reminders_exhausted: {
    status: 409,
    bg: 'За този формуляр вече са изпратени 3 напомняния — повече не могат да се изпращат.',
    en: 'This form has had its 3 reminders; no more can be sent.',
    mk: 'За овој формулар веќе се испратени 3 потсетници — повеќе не може да се испраќаат.',
  },
  already_answered: { status: 409, bg: 'Вече сте отговорили на този формуляр.', en: 'You have already answered this form.', mk: 'Веќе одговоривте на овој формулар.' },
  conflict: { status: 409, bg: 'Състоянието не позволява това действие.', en: 'The current state does not allow this.', mk: 'Состојбата не го дозволува ова дејство.' },
  last_representative: { status: 409, bg: 'Организацията трябва да има поне един представител.', en: 'The organisation must keep at least one representative.', mk: 'Организацијата мора да има барем еден претставник.' },
  payload_too_large: { status: 413, bg: 'Файлът или заявката е твърде голяма.', en: 'The file or request is too large.', mk: 'Датотеката или барањето е преголемо.' },
  unprocessable: { status: 422, bg: 'Заявката нарушава правило.', en: 'The request breaks a rule.', mk: 'Барањето прекршува правило.' },
  rate_limited: { status: 429, bg: 'Твърде много опити. Опитайте отново по-късно.', en: 'Too many attempts. Please try again later.', mk: 'Премногу обиди. Обидете се повторно подоцна.' },
  internal_error: { status: 500, bg: 'Възникна неочаквана грешка.', en: 'An unexpected error occurred.', mk: 'Се појави неочекувана грешка.' },
  service_unavailable: { status: 503, bg: 'Услугата временно не е достъпна.', en: 'The service is temporarily unavailable.', mk: 'Услугата привремено не е достапна.' },
} as const satisfies Record<string, { status: number } & Record<Locale, string>>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return ERROR_CODES[code][locale];
}
