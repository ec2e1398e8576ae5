import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useSitePage, useUpdateSitePage } from '../../api/site';
import type { Locale, SitePage, SitePageKey } from '../../api/types';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup, TextareaField } from '../../components/fields';
import { NotFound } from '../../components/Pages';
import { LiveStatus, LoadError, Loading } from '../../components/Status';
import { useFormErrors } from '../../components/useFormErrors';
import { usePageTitle } from '../../components/usePageTitle';
import { AUTONYMS, LANGUAGES } from '../../i18n';

const KEYS: SitePageKey[] = ['accessibility', 'privacy'];
const FIELDS = { body: 'site-page-body' } as const;

/** `/admin/pages/:key` — the administrator writes the statement or the notice, one language at a time. */
export function EditSitePage() {
  const { t } = useTranslation(['site', 'admin']);
  const { key = '' } = useParams();
  const valid = (KEYS as string[]).includes(key);
  const pageKey = (valid ? key : 'accessibility') as SitePageKey;
  const [locale, setLocale] = useState<Locale>('bg');
  const page = useSitePage(pageKey, locale);
  const title = t('editor.title', { page: t(`${pageKey}.title`) });
  usePageTitle(title);
  if (!valid) return <NotFound />;
  return (
    <div className="page-narrow">
      <Breadcrumbs items={[{ to: '/admin', label: t('admin:home.title') }]} />
      <h1>{title}</h1>
      <p className="lead">{t('editor.lead')}</p>
      <RadioGroup<Locale> id="site-page-locale" name="locale" legend={t('editor.language')} value={locale} onChange={setLocale} inline options={LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }))} />
      {page.isPending && <Loading />}
      {page.isError && <LoadError error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && <Editor key={`${pageKey}-${locale}`} pageKey={pageKey} page={page.data} />}
      <p>
        <Link to={`/${pageKey}`}>{t('editor.view')}</Link>
      </p>
    </div>
  );
}

function Editor({ pageKey, page }: { pageKey: SitePageKey; page: SitePage }) {
  const { t } = useTranslation(['site', 'common']);
  const update = useUpdateSitePage(pageKey);
  const errors = useFormErrors(FIELDS);
  const [body, setBody] = useState(page.body);
  const [saved, setSaved] = useState(false);
  const locale = page.locale as Locale;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (update.isPending || errors.showClientErrors(body.trim() ? {} : { body: t('editor.bodyRequired') })) return;
    try {
      await update.mutateAsync({ locale, body });
      setSaved(true);
    } catch (error) {
      errors.showApiError(error, { fields: { body: 'body' } });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <TextareaField id={FIELDS.body} label={t('editor.body')} lang={locale} rows={24} maxLength={100_000} value={body} onChange={(e) => setBody(e.target.value)} error={errors.fieldErrors.body} />
      <Button type="submit" busy={update.isPending} busyLabel={t('common:status.saving')}>
        {t('editor.save')}
      </Button>
      <LiveStatus message={saved ? t('editor.saved', { language: AUTONYMS[locale] }) : undefined} />
    </form>
  );
}
