import { createI18n, type Language } from './index';

const messages = {
  common: {
    bg: { save: 'Запазване', nested: { hello: 'Здравей, {{name}}!' }, left_one: '{{count, number}} ден', left_other: '{{count, number}} дни', only: 'само български' },
    en: { save: 'Save', nested: { hello: 'Hello, {{name}}!' }, left_one: '{{count, number}} day', left_other: '{{count, number}} days', left_zero: 'no days' },
    mk: { save: 'Зачувај', nested: { hello: 'Здраво, {{name}}!' }, left_one: '{{count, number}} ден', left_other: '{{count, number}} дена' },
  },
  other: { bg: { title: 'Заглавие' }, en: { title: 'Title' }, mk: { title: 'Наслов' } },
};

it('reads nested keys, other namespaces by prefix, fills values in and picks the language’s plural form', () => {
  const i18n = createI18n(messages, 'en');
  const t = i18n.getFixedT('common');
  expect(t('save')).toBe('Save');
  expect(t('nested.hello', { name: 'Ana' })).toBe('Hello, Ana!');
  expect(t('other:title')).toBe('Title');
  expect(t('left', { count: 1 })).toBe('1 day');
  expect(t('left', { count: 12000 })).toBe('12,000 days');
  expect(t('left', { count: 0 })).toBe('no days');
  // a value not given stays as written; null reads as nothing
  expect(t('nested.hello')).toBe('Hello, {{name}}!');
  expect(t('nested.hello', { name: null })).toBe('Hello, !');
  // missing in English: the Bulgarian reference; missing everywhere: the key itself
  expect(t('only')).toBe('само български');
  expect(t('nowhere.at.all')).toBe('nowhere.at.all');
  expect(t('nested')).toBe('nested');
});

it('Bulgarian without a zero form says 0 in the plural, Macedonian has its own forms', async () => {
  const i18n = createI18n(messages, 'bg');
  expect(i18n.getFixedT('common')('left', { count: 0 })).toBe('0 дни');
  await i18n.changeLanguage('mk');
  expect(i18n.getFixedT('common')('left', { count: 21 })).toBe('21 ден');
  expect(document.documentElement.lang).toBe('mk');
  expect(window.localStorage.getItem('sabor.language')).toBe('mk');
});

it('loads a namespace in the interface language only, and every namespace in use before a change of language', async () => {
  const asked: string[] = [];
  const load = async (language: Language, namespace: string) => {
    asked.push(`${language}/${namespace}`);
    return { title: `${namespace} in ${language}` };
  };
  const i18n = createI18n({ common: messages.common }, 'en', load);
  const heard: string[] = [];
  i18n.subscribe(() => heard.push(i18n.language));
  expect(i18n.hasLoadedNamespace('page')).toBe(false);
  await i18n.loadNamespaces(['page']);
  expect(asked).toEqual(['en/page']); // no Bulgarian copy for an English reader
  expect(i18n.getFixedT('page')('title')).toBe('page in en');

  const english = i18n.getFixedT('page');
  await i18n.changeLanguage('mk');
  expect(asked).toEqual(['en/page', 'mk/page']);
  expect(heard).toEqual(['mk']);
  expect(i18n.getFixedT('page')('title')).toBe('page in mk');
  expect(english('title')).toBe('page in en'); // a t stays in its language, as i18next's did
});

it('when two changes of language cross, the last one asked for wins', async () => {
  let release: () => void = () => {};
  const load = (language: Language) => (language === 'en' ? new Promise<object>((resolve) => (release = () => resolve({ title: 'late' }))) : Promise.resolve({ title: language }));
  const i18n = createI18n({ common: messages.common }, 'bg', load);
  await i18n.loadNamespaces('page');
  const toEnglish = i18n.changeLanguage('en');
  await i18n.changeLanguage('mk');
  release();
  await toEnglish;
  expect(i18n.language).toBe('mk');
});

it('a namespace that fails to load rejects, and is tried again when asked again', async () => {
  let fail = true;
  const load = async () => {
    if (fail) throw new Error('offline');
    return { title: 'back' };
  };
  const i18n = createI18n({ common: messages.common }, 'bg', load);
  await expect(i18n.loadNamespaces('page')).rejects.toThrow('offline');
  fail = false;
  await i18n.loadNamespaces('page');
  expect(i18n.getFixedT('page')('title')).toBe('back');
});
