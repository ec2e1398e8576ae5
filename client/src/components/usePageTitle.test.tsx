import { act, render } from '@testing-library/react';
import { I18nProvider } from '../i18n/react';
import { startI18n } from '../app/i18n';
import { usePageTitle } from './usePageTitle';

function Page({ title, description }: { title: string; description?: string }) {
  usePageTitle(title, description);
  return <h1>{title}</h1>;
}

const description = () => document.head.querySelector<HTMLMetaElement>('meta[name="description"]')?.content;

it('the title and the description follow the interface language, as the heading does', async () => {
  const i18n = startI18n('en');
  const view = render(
    <I18nProvider i18n={i18n}>
      <Page title="Consultations" />
    </I18nProvider>,
  );
  expect(document.title).toBe('Consultations — Sabor');
  expect(description()).toBe('Sabor — public consultations and feedback with your municipality.');
  view.rerender(
    <I18nProvider i18n={i18n}>
      <Page title="Budget 2027" description="The draft budget for 2027." />
    </I18nProvider>,
  );
  expect(description()).toBe('The draft budget for 2027.');
  await act(() => i18n.changeLanguage('mk'));
  view.rerender(
    <I18nProvider i18n={i18n}>
      <Page title="Консултации" />
    </I18nProvider>,
  );
  expect(document.title).toBe('Консултации — Собор');
  expect(description()).toBe('Собор — јавни консултации и повратни информации со општината.');
});

it('a long summary becomes one line of at most about 160 characters, cut at a word, without Markdown', () => {
  const i18n = startI18n('bg');
  const summary = `## Проект\n\nНаредбата урежда **обществените консултации** и гражданските съвети. ${'Всяко предложение получава отговор с мотиви. '.repeat(6)}`;
  render(
    <I18nProvider i18n={i18n}>
      <Page title="Наредба" description={summary} />
    </I18nProvider>,
  );
  const text = description()!;
  expect(text.length).toBeLessThanOrEqual(160);
  expect(text.startsWith('Проект Наредбата урежда обществените консултации и гражданските съвети.')).toBe(true);
  expect(text.endsWith('…')).toBe(true);
  expect(text).not.toMatch(/[#*]|\n/);
  expect(summary.replace(/[#*]/g, '').replace(/\s+/g, ' ')).toContain(text.slice(0, -1).trimEnd());
});
