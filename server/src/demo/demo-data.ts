import type { Locale, LocalizedText } from '../common/locale';

export const DEMO_PASSWORD = 'demo-password';

export const DEMO_MUNICIPALITIES: Array<{ slug: string; name: LocalizedText; country: 'BG' | 'MK'; timeZone: string; defaultLocale: Locale; officialCode: string | null; lauCode: string | null }> = [
  { slug: 'haskovo', name: { bg: 'Хасково', en: 'Haskovo', mk: 'Хасково' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg', officialCode: 'HKV34', lauCode: 'HKV34' },
  { slug: 'dupnitsa', name: { bg: 'Дупница', en: 'Dupnitsa', mk: 'Дупница' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg', officialCode: 'KNL48', lauCode: 'KNL48' },
  { slug: 'sofia', name: { bg: 'Столична община', en: 'Sofia Municipality', mk: 'Софија' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg', officialCode: 'SOF46', lauCode: 'SOF46' },
  { slug: 'sapareva-banya', name: { bg: 'Сапарева баня', en: 'Sapareva Banya', mk: 'Сапарева Бања' }, country: 'BG', timeZone: 'Europe/Sofia', defaultLocale: 'bg', officialCode: 'KNL41', lauCode: 'KNL41' },
  { slug: 'kriva-palanka', name: { bg: 'Крива паланка', en: 'Kriva Palanka', mk: 'Крива Паланка' }, country: 'MK', timeZone: 'Europe/Skopje', defaultLocale: 'mk', officialCode: null, lauCode: null },
];

export interface DemoAccount {
  email: string;
  displayName: string;
  locale: Locale;
  homeSettlement: string;
  country: string;
  admin?: boolean;
  staff?: { slug: string; role: 'officer' | 'moderator' };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@sabor.example', displayName: 'Администратор на Събор', locale: 'bg', homeSettlement: 'София', country: 'BG', admin: true },
  { email: 'officer@haskovo.sabor.example', displayName: 'Елена Димитрова (Община Хасково)', locale: 'bg', homeSettlement: 'Хасково', country: 'BG', staff: { slug: 'haskovo', role: 'officer' } },
  { email: 'officer@dupnitsa.sabor.example', displayName: 'Георги Стоянов (Община Дупница)', locale: 'bg', homeSettlement: 'Дупница', country: 'BG', staff: { slug: 'dupnitsa', role: 'officer' } },
  { email: 'officer@kriva-palanka.sabor.example', displayName: 'Марија Петровска (Општина Крива Паланка)', locale: 'mk', homeSettlement: 'Крива Паланка', country: 'MK', staff: { slug: 'kriva-palanka', role: 'officer' } },
  { email: 'moderator@haskovo.sabor.example', displayName: 'Николай Иванов (модератор, Хасково)', locale: 'bg', homeSettlement: 'Хасково', country: 'BG', staff: { slug: 'haskovo', role: 'moderator' } },
  { email: 'ngo@arsr.sabor.example', displayName: 'Десислава Колева (АРСР)', locale: 'bg', homeSettlement: 'Хасково', country: 'BG' },
  { email: 'citizen@sabor.example', displayName: 'Иван Петров', locale: 'bg', homeSettlement: 'Хасково', country: 'BG' },
];

export const DEMO_NGO = {
  name: 'Алианс за регионално сътрудничество и развитие',
  registrationNumber: '126736741',
  representative: 'ngo@arsr.sabor.example',
};
