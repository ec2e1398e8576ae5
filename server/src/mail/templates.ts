import type { Locale } from '../common/locale';

export interface MailContent {
  subject: string;
  text: string;
}

type Template<V> = (vars: V) => Record<Locale, MailContent>;

/** What every e-mail about a registration says: the meeting, when and where, the code, the links. */
export interface RegistrationVars {
  name: string;
  meeting: string;
  when: string;
  where: string;
  code: string;
  link: string;
  cancelLink: string;
}

/** What an invitation to a form and its reminder say. */
export interface FormMailVars {
  name: string | null;
  municipality: string;
  form: string;
  /** what the form is about (a meeting, a consultation), or '' */
  about: string;
  link: string;
  /** the closing time in words, or '' */
  closes: string;
  anonymous: boolean;
}

const signature = { bg: '\n\n— Събор, платформа за обществени обсъждания', en: '\n\n— Sabor, the public consultation platform', mk: '\n\n— Собор, платформа за јавни расправи' };

type BodyRole = 'chair' | 'vice_chair' | 'secretary' | 'member' | 'observer';

/** An invitation to a body: who named whom, in what, from when. */
export interface BodyInvitationVars {
  name: string;
  municipality: string;
  body: string;
  role: BodyRole;
  since: string;
  until: string | null;
  private: boolean;
  /** false: an invitation to an address with no account, which is asked to register with it */
  hasAccount: boolean;
  link: string;
}

const BODY_ROLES: Record<Locale, Record<BodyRole, string>> = {
  bg: { chair: 'председател', vice_chair: 'заместник-председател', secretary: 'секретар', member: 'член', observer: 'наблюдател' },
  en: { chair: 'chair', vice_chair: 'vice-chair', secretary: 'secretary', member: 'a member', observer: 'an observer' },
  mk: { chair: 'претседател', vice_chair: 'потпретседател', secretary: 'секретар', member: 'член', observer: 'набљудувач' },
};

const STAFF_ROLES: Record<Locale, Record<'officer' | 'moderator', string>> = {
  bg: { officer: 'служител', moderator: 'модератор' },
  en: { officer: 'an officer', moderator: 'a moderator' },
  mk: { officer: 'службеник', moderator: 'модератор' },
};

/** Every e-mail Sabor sends, in each interface language. Pure: vars in, text out. */
export const TEMPLATES = {
  verifyEmail: ((v: { name: string; link: string }) => ({
    bg: { subject: 'Потвърдете имейл адреса си в Събор', text: `Здравейте, ${v.name},\n\nза да потвърдите имейл адреса си, отворете връзката:\n${v.link}\n\nВръзката е валидна 48 часа. Ако не сте се регистрирали, пренебрегнете това писмо.${signature.bg}` },
    en: { subject: 'Confirm your e-mail address for Sabor', text: `Hello ${v.name},\n\nto confirm your e-mail address, open this link:\n${v.link}\n\nThe link is valid for 48 hours. If you did not register, ignore this message.${signature.en}` },
    mk: { subject: 'Потврдете ја вашата е-пошта во Собор', text: `Здраво, ${v.name},\n\nза да ја потврдите вашата е-пошта, отворете ја врската:\n${v.link}\n\nВрската важи 48 часа. Ако не сте се регистрирале, занемарете ја поракава.${signature.mk}` },
  })) as Template<{ name: string; link: string }>,
  resetPassword: ((v: { name: string; link: string }) => ({
    bg: { subject: 'Нова парола за Събор', text: `Здравейте, ${v.name},\n\nполучихме заявка за нова парола. За да я зададете, отворете връзката:\n${v.link}\n\nВръзката е валидна 1 час и може да се използва веднъж. Ако не сте поискали нова парола, пренебрегнете това писмо — паролата ви не е променена.${signature.bg}` },
    en: { subject: 'A new password for Sabor', text: `Hello ${v.name},\n\nwe received a request for a new password. To set it, open this link:\n${v.link}\n\nThe link is valid for 1 hour and works once. If you did not ask for a new password, ignore this message — your password has not changed.${signature.en}` },
    mk: { subject: 'Нова лозинка за Собор', text: `Здраво, ${v.name},\n\nдобивме барање за нова лозинка. За да ја поставите, отворете ја врската:\n${v.link}\n\nВрската важи 1 час и може да се користи еднаш. Ако не сте побарале нова лозинка, занемарете ја поракава — вашата лозинка не е променета.${signature.mk}` },
  })) as Template<{ name: string; link: string }>,
  proposalAnswered: ((v: { name: string; consultation: string; decision: Record<'bg' | 'en' | 'mk', string>; reasoning: string; link: string }) => ({
    bg: { subject: `Отговор на вашето предложение: ${v.consultation}`, text: `Здравейте, ${v.name},\n\nобщината отговори на вашето предложение по „${v.consultation}“.\n\nРешение: ${v.decision.bg}\n${v.reasoning ? `Мотиви: ${v.reasoning}\n` : ''}\nВижте го тук: ${v.link}${signature.bg}` },
    en: { subject: `Your proposal was answered: ${v.consultation}`, text: `Hello ${v.name},\n\nthe municipality answered your proposal on "${v.consultation}".\n\nDecision: ${v.decision.en}\n${v.reasoning ? `Reasons: ${v.reasoning}\n` : ''}\nSee it here: ${v.link}${signature.en}` },
    mk: { subject: `Одговор на вашиот предлог: ${v.consultation}`, text: `Здраво, ${v.name},\n\nопштината одговори на вашиот предлог за „${v.consultation}“.\n\nОдлука: ${v.decision.mk}\n${v.reasoning ? `Образложение: ${v.reasoning}\n` : ''}\nПогледнете тука: ${v.link}${signature.mk}` },
  })) as Template<{ name: string; consultation: string; decision: Record<'bg' | 'en' | 'mk', string>; reasoning: string; link: string }>,
  reportPublished: ((v: { name: string; consultation: string; link: string }) => ({
    bg: { subject: `Публикувана е справката: ${v.consultation}`, text: `Здравейте, ${v.name},\n\nобщината публикува справката с отговорите на всички предложения по „${v.consultation}“:\n${v.link}${signature.bg}` },
    en: { subject: `The summary report is out: ${v.consultation}`, text: `Hello ${v.name},\n\nthe municipality published the report answering every proposal on "${v.consultation}":\n${v.link}${signature.en}` },
    mk: { subject: `Објавен е извештајот: ${v.consultation}`, text: `Здраво, ${v.name},\n\nопштината го објави извештајот со одговорите на сите предлози за „${v.consultation}“:\n${v.link}${signature.mk}` },
  })) as Template<{ name: string; consultation: string; link: string }>,
  newConsultation: ((v: { name: string; municipality: string; consultation: string; lastDay: string; link: string; unsubscribeLink: string }) => ({
    bg: { subject: `Ново обществено обсъждане: ${v.consultation}`, text: `Здравейте, ${v.name},\n\n${v.municipality} публикува за обществено обсъждане „${v.consultation}“.\nПредложения се приемат до ${v.lastDay} включително.\n\n${v.link}\n\nПолучавате това писмо, защото следите общината. Спрете тези писма с едно щракване:\n${v.unsubscribeLink}${signature.bg}` },
    en: { subject: `New public consultation: ${v.consultation}`, text: `Hello ${v.name},\n\n${v.municipality} has opened a public consultation on "${v.consultation}".\nProposals are accepted until the end of ${v.lastDay}.\n\n${v.link}\n\nYou receive this because you follow the municipality. Stop these e-mails with one click:\n${v.unsubscribeLink}${signature.en}` },
    mk: { subject: `Нова јавна расправа: ${v.consultation}`, text: `Здраво, ${v.name},\n\n${v.municipality} објави јавна расправа за „${v.consultation}“.\nПредлози се примаат до ${v.lastDay} заклучно.\n\n${v.link}\n\nЈа добивате поракава затоа што ја следите општината. Исклучете ги овие пораки со еден клик:\n${v.unsubscribeLink}${signature.mk}` },
  })) as Template<{ name: string; municipality: string; consultation: string; lastDay: string; link: string; unsubscribeLink: string }>,
  registrationReceived: ((v: RegistrationVars & { status: 'registered' | 'waitlisted' | 'pending' }) => ({
    bg: {
      subject: { registered: `Регистрация: ${v.meeting}`, waitlisted: `В листата на чакащите: ${v.meeting}`, pending: `Регистрацията чака одобрение: ${v.meeting}` }[v.status],
      text: `Здравейте, ${v.name},\n\n${{ registered: `регистрирахте се за „${v.meeting}“.`, waitlisted: `местата за „${v.meeting}“ са заети и сте в листата на чакащите. Ще ви пишем веднага щом се освободи място.`, pending: `получихме регистрацията ви за „${v.meeting}“. Организаторите ще я одобрят и ще ви пишем.` }[v.status]}\n\nКога: ${v.when}\nКъде: ${v.where}\n\nВашият код: ${v.code}\nПокажете го на входа (на телефона или разпечатан).\n\nСрещата: ${v.link}\nАко не можете да дойдете, откажете регистрацията, за да освободите мястото:\n${v.cancelLink}${signature.bg}`,
    },
    en: {
      subject: { registered: `Registered: ${v.meeting}`, waitlisted: `On the waiting list: ${v.meeting}`, pending: `Registration awaiting approval: ${v.meeting}` }[v.status],
      text: `Hello ${v.name},\n\n${{ registered: `you are registered for "${v.meeting}".`, waitlisted: `"${v.meeting}" is full and you are on the waiting list. We will write as soon as a place frees up.`, pending: `we received your registration for "${v.meeting}". The organisers will review it and we will write to you.` }[v.status]}\n\nWhen: ${v.when}\nWhere: ${v.where}\n\nYour code: ${v.code}\nShow it at the door (on your phone or printed).\n\nThe meeting: ${v.link}\nIf you cannot come, cancel your registration to free the place:\n${v.cancelLink}${signature.en}`,
    },
    mk: {
      subject: { registered: `Регистрација: ${v.meeting}`, waitlisted: `На листата на чекање: ${v.meeting}`, pending: `Регистрацијата чека одобрување: ${v.meeting}` }[v.status],
      text: `Здраво, ${v.name},\n\n${{ registered: `се регистриравте за „${v.meeting}“.`, waitlisted: `местата за „${v.meeting}“ се пополнети и сте на листата на чекање. Ќе ви пишеме штом се ослободи место.`, pending: `ја примивме вашата регистрација за „${v.meeting}“. Организаторите ќе ја разгледаат и ќе ви пишеме.` }[v.status]}\n\nКога: ${v.when}\nКаде: ${v.where}\n\nВашиот код: ${v.code}\nПокажете го на влезот (на телефонот или отпечатен).\n\nСредбата: ${v.link}\nАко не можете да дојдете, откажете ја регистрацијата за да го ослободите местото:\n${v.cancelLink}${signature.mk}`,
    },
  })) as Template<RegistrationVars & { status: 'registered' | 'waitlisted' | 'pending' }>,
  registrationPromoted: ((v: RegistrationVars) => ({
    bg: { subject: `Освободи се място: ${v.meeting}`, text: `Здравейте, ${v.name},\n\nосвободи се място и вече сте регистрирани за „${v.meeting}“.\n\nКога: ${v.when}\nКъде: ${v.where}\nВашият код: ${v.code}\n\nСрещата: ${v.link}\nАко не можете да дойдете, откажете тук:\n${v.cancelLink}${signature.bg}` },
    en: { subject: `A place is yours: ${v.meeting}`, text: `Hello ${v.name},\n\na place has freed up and you are now registered for "${v.meeting}".\n\nWhen: ${v.when}\nWhere: ${v.where}\nYour code: ${v.code}\n\nThe meeting: ${v.link}\nIf you cannot come, cancel here:\n${v.cancelLink}${signature.en}` },
    mk: { subject: `Се ослободи место: ${v.meeting}`, text: `Здраво, ${v.name},\n\nсе ослободи место и сега сте регистрирани за „${v.meeting}“.\n\nКога: ${v.when}\nКаде: ${v.where}\nВашиот код: ${v.code}\n\nСредбата: ${v.link}\nАко не можете да дојдете, откажете тука:\n${v.cancelLink}${signature.mk}` },
  })) as Template<RegistrationVars>,
  registrationDecided: ((v: RegistrationVars & { outcome: 'registered' | 'waitlisted' | 'rejected' }) => ({
    bg: {
      subject: { registered: `Регистрацията е одобрена: ${v.meeting}`, waitlisted: `Одобрена, в листата на чакащите: ${v.meeting}`, rejected: `Регистрацията не е одобрена: ${v.meeting}` }[v.outcome],
      text: `Здравейте, ${v.name},\n\n${{ registered: `организаторите одобриха регистрацията ви за „${v.meeting}“.\n\nКога: ${v.when}\nКъде: ${v.where}\nВашият код: ${v.code}`, waitlisted: `организаторите одобриха регистрацията ви за „${v.meeting}“, но местата са заети: в листата на чакащите сте и ще ви пишем, когато се освободи място.`, rejected: `за съжаление организаторите не одобриха регистрацията ви за „${v.meeting}“.` }[v.outcome]}\n\n${v.link}${signature.bg}`,
    },
    en: {
      subject: { registered: `Registration approved: ${v.meeting}`, waitlisted: `Approved, on the waiting list: ${v.meeting}`, rejected: `Registration not approved: ${v.meeting}` }[v.outcome],
      text: `Hello ${v.name},\n\n${{ registered: `the organisers approved your registration for "${v.meeting}".\n\nWhen: ${v.when}\nWhere: ${v.where}\nYour code: ${v.code}`, waitlisted: `the organisers approved your registration for "${v.meeting}", but it is full: you are on the waiting list and we will write when a place frees up.`, rejected: `unfortunately the organisers did not approve your registration for "${v.meeting}".` }[v.outcome]}\n\n${v.link}${signature.en}`,
    },
    mk: {
      subject: { registered: `Регистрацијата е одобрена: ${v.meeting}`, waitlisted: `Одобрена, на листата на чекање: ${v.meeting}`, rejected: `Регистрацијата не е одобрена: ${v.meeting}` }[v.outcome],
      text: `Здраво, ${v.name},\n\n${{ registered: `организаторите ја одобрија вашата регистрација за „${v.meeting}“.\n\nКога: ${v.when}\nКаде: ${v.where}\nВашиот код: ${v.code}`, waitlisted: `организаторите ја одобрија вашата регистрација за „${v.meeting}“, но местата се пополнети: на листата на чекање сте и ќе ви пишеме кога ќе се ослободи место.`, rejected: `за жал, организаторите не ја одобрија вашата регистрација за „${v.meeting}“.` }[v.outcome]}\n\n${v.link}${signature.mk}`,
    },
  })) as Template<RegistrationVars & { outcome: 'registered' | 'waitlisted' | 'rejected' }>,
  meetingCancelled: ((v: { name: string; meeting: string; when: string; link: string }) => ({
    bg: { subject: `Срещата е отменена: ${v.meeting}`, text: `Здравейте, ${v.name},\n\nсрещата „${v.meeting}“ (${v.when}) е отменена. Регистрацията ви няма да е нужна.\n\n${v.link}${signature.bg}` },
    en: { subject: `Meeting cancelled: ${v.meeting}`, text: `Hello ${v.name},\n\nthe meeting "${v.meeting}" (${v.when}) has been cancelled. Your registration will not be needed.\n\n${v.link}${signature.en}` },
    mk: { subject: `Средбата е откажана: ${v.meeting}`, text: `Здраво, ${v.name},\n\nсредбата „${v.meeting}“ (${v.when}) е откажана. Вашата регистрација нема да биде потребна.\n\n${v.link}${signature.mk}` },
  })) as Template<{ name: string; meeting: string; when: string; link: string }>,
  formInvitation: ((v: FormMailVars) => ({
    bg: { subject: `Вашето мнение: ${v.form}`, text: `Здравейте${v.name ? `, ${v.name}` : ''},\n\n${v.municipality} ви кани да попълните „${v.form}“.${v.about ? `\nЗа: ${v.about}` : ''}\n\n${v.link}\n\n${v.closes ? `Отговори се приемат до ${v.closes}.\n` : ''}Връзката е лична и може да се използва веднъж.${v.anonymous ? ' Отговорите са анонимни: пазят се без връзка с вас или с тази покана.' : ''}${signature.bg}` },
    en: { subject: `Your opinion: ${v.form}`, text: `Hello${v.name ? ` ${v.name}` : ''},\n\n${v.municipality} invites you to fill in "${v.form}".${v.about ? `\nAbout: ${v.about}` : ''}\n\n${v.link}\n\n${v.closes ? `Answers are accepted until ${v.closes}.\n` : ''}The link is personal and works once.${v.anonymous ? ' Your answers are anonymous: they are kept with no link to you or to this invitation.' : ''}${signature.en}` },
    mk: { subject: `Вашето мислење: ${v.form}`, text: `Здраво${v.name ? `, ${v.name}` : ''},\n\n${v.municipality} ве поканува да го пополните „${v.form}“.${v.about ? `\nЗа: ${v.about}` : ''}\n\n${v.link}\n\n${v.closes ? `Одговори се примаат до ${v.closes}.\n` : ''}Врската е лична и може да се користи еднаш.${v.anonymous ? ' Одговорите се анонимни: се чуваат без врска со вас или со оваа покана.' : ''}${signature.mk}` },
  })) as Template<FormMailVars>,
  formReminder: ((v: FormMailVars) => ({
    bg: { subject: `Напомняне: ${v.form}`, text: `Здравейте${v.name ? `, ${v.name}` : ''},\n\nнапомняме ви, че все още можете да попълните „${v.form}“ на ${v.municipality}:\n${v.link}\n\n${v.closes ? `Отговори се приемат до ${v.closes}.\n` : ''}Ако вече сте отговорили с друга връзка, пренебрегнете това писмо.${v.anonymous ? ' Отговорите са анонимни, затова напомняне получава всеки, чиято покана още не е използвана.' : ''}${signature.bg}` },
    en: { subject: `Reminder: ${v.form}`, text: `Hello${v.name ? ` ${v.name}` : ''},\n\na reminder that you can still fill in "${v.form}" for ${v.municipality}:\n${v.link}\n\n${v.closes ? `Answers are accepted until ${v.closes}.\n` : ''}If you have already answered through another link, ignore this message.${v.anonymous ? ' Answers are anonymous, so everyone whose invitation is still unused gets this reminder.' : ''}${signature.en}` },
    mk: { subject: `Потсетник: ${v.form}`, text: `Здраво${v.name ? `, ${v.name}` : ''},\n\nве потсетуваме дека сè уште можете да го пополните „${v.form}“ на ${v.municipality}:\n${v.link}\n\n${v.closes ? `Одговори се примаат до ${v.closes}.\n` : ''}Ако веќе сте одговориле преку друга врска, занемарете ја поракава.${v.anonymous ? ' Одговорите се анонимни, затоа потсетник добива секој чија покана сè уште не е искористена.' : ''}${signature.mk}` },
  })) as Template<FormMailVars>,
  organizationInvitation: ((v: { organization: string; inviter: string; role: 'representative' | 'member'; link: string; hasAccount: boolean; expires: string }) => ({
    bg: { subject: `Покана да се присъедините към „${v.organization}“`, text: `Здравейте,\n\n${v.inviter} ви кани да се присъедините към „${v.organization}“ в Събор като ${v.role === 'representative' ? 'представител' : 'член'}.\n\n${v.hasAccount ? 'Влезте в профила си и приемете или откажете поканата тук:' : 'С този адрес още няма профил в Събор. Регистрирайте се с него, потвърдете го и после приемете или откажете поканата тук:'}\n${v.link}\n\nДокато не приемете, не сте член и никой не получава права от ваше име. Поканата е валидна до ${v.expires}. Ако не познавате организацията, пренебрегнете това писмо.${signature.bg}` },
    en: { subject: `Invitation to join "${v.organization}"`, text: `Hello,\n\n${v.inviter} invites you to join "${v.organization}" on Sabor as ${v.role === 'representative' ? 'a representative' : 'a member'}.\n\n${v.hasAccount ? 'Sign in and accept or decline the invitation here:' : 'There is no Sabor account with this address yet. Register with it, confirm it, then accept or decline the invitation here:'}\n${v.link}\n\nUntil you accept, you are not a member and nobody gets any right in your name. The invitation is valid until ${v.expires}. If you do not know the organisation, ignore this message.${signature.en}` },
    mk: { subject: `Покана да се придружите кон „${v.organization}“`, text: `Здраво,\n\n${v.inviter} ве поканува да се придружите кон „${v.organization}“ во Собор како ${v.role === 'representative' ? 'претставник' : 'член'}.\n\n${v.hasAccount ? 'Најавете се и прифатете ја или одбијте ја поканата тука:' : 'Со оваа адреса сè уште нема профил во Собор. Регистрирајте се со неа, потврдете ја и потоа прифатете ја или одбијте ја поканата тука:'}\n${v.link}\n\nДодека не прифатите, не сте член и никој не добива права во ваше име. Поканата важи до ${v.expires}. Ако не ја познавате организацијата, занемарете ја поракава.${signature.mk}` },
  })) as Template<{ organization: string; inviter: string; role: 'representative' | 'member'; link: string; hasAccount: boolean; expires: string }>,
  bodyInvitation: ((v: BodyInvitationVars) => ({
    bg: { subject: `Покана за „${v.body}“`, text: `Здравейте, ${v.name},\n\n${v.municipality} ви вписа в „${v.body}“ като ${BODY_ROLES.bg[v.role]} от ${v.since}${v.until ? ` до ${v.until}` : ''}.\n\nДокато не приемете, профилът ви не получава никакви права чрез това членство${v.private ? ' (не виждате заседанията и документите на органа)' : ''}. ${v.hasAccount ? 'Приемете или откажете поканата тук (влезте в профила си):' : 'С този адрес още няма профил в Събор. Регистрирайте се с него, потвърдете го и после приемете или откажете поканата в „Покани“:'}\n${v.link}\n\nАко не очаквате тази покана, откажете я.${signature.bg}` },
    en: { subject: `Invitation to "${v.body}"`, text: `Hello ${v.name},\n\n${v.municipality} has named you in "${v.body}" as ${BODY_ROLES.en[v.role]} from ${v.since}${v.until ? ` to ${v.until}` : ''}.\n\nUntil you accept, your account gets no right through this membership${v.private ? ' (you do not see the body’s meetings and documents)' : ''}. ${v.hasAccount ? 'Accept or decline the invitation here (sign in first):' : 'There is no Sabor account with this address yet. Register with it, confirm it, then accept or decline the invitation under "Invitations":'}\n${v.link}\n\nIf you did not expect this invitation, decline it.${signature.en}` },
    mk: { subject: `Покана за „${v.body}“`, text: `Здраво, ${v.name},\n\n${v.municipality} ве запиша во „${v.body}“ како ${BODY_ROLES.mk[v.role]} од ${v.since}${v.until ? ` до ${v.until}` : ''}.\n\nДодека не прифатите, вашиот профил не добива никакви права преку ова членство${v.private ? ' (не ги гледате седниците и документите на телото)' : ''}. ${v.hasAccount ? 'Прифатете ја или одбијте ја поканата тука (најавете се):' : 'Со оваа адреса сè уште нема профил во Собор. Регистрирајте се со неа, потврдете ја и потоа прифатете ја или одбијте ја поканата во „Покани“:'}\n${v.link}\n\nАко не ја очекувате поканава, одбијте ја.${signature.mk}` },
  })) as Template<BodyInvitationVars>,
  staffRoleChanged: ((v: { name: string; municipality: string; role: 'officer' | 'moderator' | null; link: string }) => ({
    bg: { subject: v.role ? `Роля в Събор: ${STAFF_ROLES.bg[v.role]} на ${v.municipality}` : `Вече не сте служител на ${v.municipality} в Събор`, text: `Здравейте, ${v.name},\n\n${v.role ? `администраторът на Събор ви определи за ${STAFF_ROLES.bg[v.role]} на ${v.municipality}. Ролята действа веднага; ще я видите, когато влезете:\n${v.link}` : `администраторът на Събор премахна ролята ви на служител на ${v.municipality}. Профилът ви остава, без правата на служител.`}\n\nАко смятате, че това е грешка, обърнете се към общината.${signature.bg}` },
    en: { subject: v.role ? `Role on Sabor: ${STAFF_ROLES.en[v.role]} of ${v.municipality}` : `You are no longer staff of ${v.municipality} on Sabor`, text: `Hello ${v.name},\n\n${v.role ? `the administrator of Sabor has made you ${STAFF_ROLES.en[v.role]} of ${v.municipality}. The role takes effect at once; you will see it when you sign in:\n${v.link}` : `the administrator of Sabor has removed your staff role at ${v.municipality}. Your account stays, without the staff's rights.`}\n\nIf you think this is a mistake, contact the municipality.${signature.en}` },
    mk: { subject: v.role ? `Улога во Собор: ${STAFF_ROLES.mk[v.role]} на ${v.municipality}` : `Веќе не сте службеник на ${v.municipality} во Собор`, text: `Здраво, ${v.name},\n\n${v.role ? `администраторот на Собор ве определи за ${STAFF_ROLES.mk[v.role]} на ${v.municipality}. Улогата важи веднаш; ќе ја видите кога ќе се најавите:\n${v.link}` : `администраторот на Собор ја отстрани вашата улога на службеник на ${v.municipality}. Профилот ви останува, без правата на службеник.`}\n\nАко мислите дека ова е грешка, обратете се до општината.${signature.mk}` },
  })) as Template<{ name: string; municipality: string; role: 'officer' | 'moderator' | null; link: string }>,
  registrationAttempt: ((v: { name: string; link: string }) => ({
    bg: { subject: 'Опит за регистрация с вашия имейл в Събор', text: `Здравейте, ${v.name},\n\nнякой току-що опита да създаде нов профил в Събор с този имейл адрес. Вече имате профил с него, затова нов не е създаден.\n\nАко това сте били вие и не помните паролата си, задайте нова тук:\n${v.link}\n\nАко не сте били вие, пренебрегнете това писмо — профилът ви не е променен.${signature.bg}` },
    en: { subject: 'Someone tried to register with your e-mail on Sabor', text: `Hello ${v.name},\n\nsomeone just tried to create a new Sabor account with this e-mail address. You already have an account with it, so no new one was created.\n\nIf it was you and you do not remember your password, set a new one here:\n${v.link}\n\nIf it was not you, ignore this message — your account has not changed.${signature.en}` },
    mk: { subject: 'Обид за регистрација со вашата е-пошта во Собор', text: `Здраво, ${v.name},\n\nнекој штотуку се обиде да создаде нов профил во Собор со оваа е-пошта. Веќе имате профил со неа, затоа нов не е создаден.\n\nАко тоа сте биле вие и не ја паметите лозинката, поставете нова тука:\n${v.link}\n\nАко не сте биле вие, занемарете ја поракава — вашиот профил не е променет.${signature.mk}` },
  })) as Template<{ name: string; link: string }>,
};

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateVars<N extends TemplateName> = Parameters<(typeof TEMPLATES)[N]>[0];
