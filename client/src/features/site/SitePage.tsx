import { useEffect } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useSession } from '../../api/me';
import { useMunicipalities } from '../../api/municipalities';
import { useSitePage } from '../../api/site';
import type { Locale, Municipality, SitePageKey } from '../../api/types';
import { Markdown } from '../../components/Markdown';
import { LoadError, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { LANGUAGES } from '../../i18n';
import { formatDate } from '../../lib/format';
import { pickLocalized } from '../../lib/localized';

/** `/accessibility` — the accessibility statement, with each municipality's contact details. */
export function AccessibilityPage() {
  return <SitePageView pageKey="accessibility" />;
}

/** `/privacy` — the privacy notice, with each municipality's data protection officer. */
export function PrivacyPage() {
  return <SitePageView pageKey="privacy" />;
}

function SitePageView({ pageKey }: { pageKey: SitePageKey }) {
  const { t, i18n } = useTranslation('site');
  const title = t(`${pageKey}.title`);
  usePageTitle(title);
  const locale = ((LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'bg') as Locale;
  const page = useSitePage(pageKey, locale);
  const { me } = useSession();
  return (
    <div className="page-narrow">
      <h1>{title}</h1>
      {page.isPending && <Loading />}
      {page.isError && <LoadError error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && (
        <>
          <Markdown text={page.data.body} lang={page.data.locale === i18n.language ? undefined : page.data.locale} />
          <Municipalities pageKey={pageKey} />
          <p className="muted">
            {t('reviewed', { date: formatDate(`${page.data.updatedOn}T12:00:00Z`, i18n.language) })}
            {!page.data.edited && <> {t('shipped')}</>}
          </p>
        </>
      )}
      {me?.isAdmin && (
        <p>
          <Link to={`/admin/pages/${pageKey}`}>{t('edit')}</Link>
        </p>
      )}
    </div>
  );
}

/** Every municipality's contact (statement) or data protection officer (notice): the list is short, so all of it. */
function Municipalities({ pageKey }: { pageKey: SitePageKey }) {
  const { t, i18n } = useTranslation('site');
  const list = useMunicipalities();
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const items: Municipality[] = list.data?.pages.flatMap((p) => p.items) ?? [];
  const privacy = pageKey === 'privacy';
  const headingId = `${pageKey}-municipalities`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{privacy ? t('privacy.dpoTitle') : t('accessibility.contactsTitle')}</h2>
      <p>{privacy ? t('privacy.dpoLead') : t('accessibility.contactsLead')}</p>
      {list.isPending && <Loading />}
      {list.isError && <LoadError error={list.error} onRetry={() => void list.refetch()} />}
      <ul className="plain-list">
        {items.map((m) => {
          const name = pickLocalized(m.name, i18n.language, m.defaultLocale);
          return (
            <li key={m.id} className="section">
              <h3 lang={name.lang === i18n.language ? undefined : name.lang}>
                <Link to={`/municipalities/${m.slug}`}>{name.text}</Link>
              </h3>
              {privacy ? (
                m.dpoEmail || m.dpoName ? (
                  <p>
                    {m.dpoName}
                    {m.dpoName && m.dpoEmail && ', '}
                    {m.dpoEmail && <a href={`mailto:${m.dpoEmail}`}>{m.dpoEmail}</a>}
                  </p>
                ) : (
                  <p className="muted">{t('privacy.dpoMissing')}</p>
                )
              ) : (
                <p>
                  {m.email && <a href={`mailto:${m.email}`}>{m.email}</a>}
                  {m.email && m.phone && ', '}
                  {m.phone && <a href={`tel:${m.phone.replace(/[^0-9+]/g, '')}`}>{m.phone}</a>}
                  {!m.email && !m.phone && <Link to={`/municipalities/${m.slug}`}>{name.text}</Link>}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
