import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useSessionStatus } from '../../api/session';
import { useMunicipalities } from '../../api/municipalities';
import { LoadError, Loading, LoadMore } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { countryName } from '../../lib/country-name';
import { pickLocalized } from '../../lib/localized';

/** `/` — what Sabor is, and the municipalities on it. */
export function HomePage() {
  const { t } = useTranslation('municipalities');
  usePageTitle(t('home.title'));
  const signedOut = useSessionStatus() === 'signed-out';
  return (
    <>
      <div className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <p>{t('home.name')}</p>
        <p>
          <Link to="/consultations" className="button">
            {t('home.consultations')}
          </Link>
        </p>
      </div>
      <div className="columns">
        <section aria-labelledby="what-title" className="columns__main">
          <h2 id="what-title">{t('home.whatTitle')}</h2>
          <ul>
            <li>{t('home.whatRead')}</li>
            <li>{t('home.whatPropose')}</li>
            <li>{t('home.whatFollow')}</li>
            <li>{t('home.whatMeet')}</li>
          </ul>
        </section>
        {signedOut && (
          <aside aria-labelledby="join-title" className="columns__side inset">
            <h2 id="join-title" className="inset__title">
              {t('home.joinTitle')}
            </h2>
            <p>
              <Link to="/register" className="button">
                {t('home.join')}
              </Link>
            </p>
            <p>
              <Link to="/login">{t('home.signIn')}</Link>
            </p>
          </aside>
        )}
      </div>
      <MunicipalityList />
    </>
  );
}

function MunicipalityList() {
  const { t, i18n } = useTranslation('municipalities');
  const query = useMunicipalities();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const language = i18n.language;

  return (
    <section aria-labelledby="municipalities-title" className="section">
      <h2 id="municipalities-title">{t('list.title')}</h2>
      {query.isPending && <Loading />}
      {query.isError && <LoadError title={t('list.failed')} error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{t('list.empty')}</p>}
      {items.length > 0 && (
        <>
          {!query.hasNextPage && <p className="muted">{t('list.count', { count: items.length })}</p>}
          <ul className="card-list">
            {items.map((m) => {
              const name = pickLocalized(m.name, language, m.defaultLocale);
              return (
                <li key={m.id} className="card">
                  <h3 className="card__title" lang={name.lang === language ? undefined : name.lang}>
                    <Link to={`/municipalities/${m.slug}`}>{name.text}</Link>
                  </h3>
                  <p className="card__meta">{countryName(m.country, language)}</p>
                </li>
              );
            })}
          </ul>
          <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
        </>
      )}
    </section>
  );
}
