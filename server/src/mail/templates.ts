import type { Locale } from '../common/locale';

export interface MailContent {
  subject: string;
  text: string;
}

type Template<V> = (vars: V) => Record<Locale, MailContent>;

const signature = { bg: '\n\n— Събор, платформа за обществени обсъждания', en: '\n\n— Sabor, the public consultation platform', mk: '\n\n— Собор, платформа за јавни расправи' };

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
  newConsultation: ((v: { name: string; municipality: string; consultation: string; lastDay: string; link: string }) => ({
    bg: { subject: `Ново обществено обсъждане: ${v.consultation}`, text: `Здравейте, ${v.name},\n\n${v.municipality} публикува за обществено обсъждане „${v.consultation}“.\nПредложения се приемат до ${v.lastDay} включително.\n\n${v.link}\n\nПолучавате това писмо, защото следите общината. Можете да спрете известията от профила си.${signature.bg}` },
    en: { subject: `New public consultation: ${v.consultation}`, text: `Hello ${v.name},\n\n${v.municipality} has opened a public consultation on "${v.consultation}".\nProposals are accepted until the end of ${v.lastDay}.\n\n${v.link}\n\nYou receive this because you follow the municipality. You can stop it from your profile.${signature.en}` },
    mk: { subject: `Нова јавна расправа: ${v.consultation}`, text: `Здраво, ${v.name},\n\n${v.municipality} објави јавна расправа за „${v.consultation}“.\nПредлози се примаат до ${v.lastDay} заклучно.\n\n${v.link}\n\nЈа добивате поракава затоа што ја следите општината. Можете да ги исклучите известувањата од профилот.${signature.mk}` },
  })) as Template<{ name: string; municipality: string; consultation: string; lastDay: string; link: string }>,
};

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateVars<N extends TemplateName> = Parameters<(typeof TEMPLATES)[N]>[0];
