import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useSession } from '../../api/me';
import { useMunicipality } from '../../api/municipalities';
import { usePageTitle } from '../../components/usePageTitle';
import { useMunicipalityName } from './useLocalizedName';

/** `/admin` — the platform tools for admins, and each officer's own municipalities. */
export function AdminHomePage() {
  const { t } = useTranslation(['admin', 'site']);
  usePageTitle(t('home.title'));
  const { me } = useSession();
  const officerOf = me?.staff.filter((s) => s.role === 'officer') ?? [];
  return (
    <>
      <h1>{t('home.title')}</h1>
      {me?.isAdmin && (
        <section aria-labelledby="platform-title" className="section">
          <h2 id="platform-title">{t('home.platformTitle')}</h2>
          <ul className="card-list">
            <li className="card">
              <h3 className="card__title">
                <Link to="/admin/municipalities">{t('home.municipalities')}</Link>
              </h3>
              <p className="card__meta">{t('home.municipalitiesHint')}</p>
            </li>
            <li className="card">
              <h3 className="card__title">
                <Link to="/admin/organizations">{t('home.organizations')}</Link>
              </h3>
              <p className="card__meta">{t('home.organizationsHint')}</p>
            </li>
            <li className="card">
              <h3 className="card__title">
                <Link to="/admin/pages/accessibility">{t('site:accessibility.title')}</Link>
              </h3>
              <p className="card__meta">{t('site:editor.pagesHint')}</p>
            </li>
            <li className="card">
              <h3 className="card__title">
                <Link to="/admin/pages/privacy">{t('site:privacy.title')}</Link>
              </h3>
              <p className="card__meta">{t('site:editor.pagesHint')}</p>
            </li>
          </ul>
        </section>
      )}
      {officerOf.length > 0 && (
        <section aria-labelledby="yours-title" className="section">
          <h2 id="yours-title">{t('home.yourMunicipalities')}</h2>
          <ul className="card-list">
            {officerOf.map((s) => (
              <OfficerMunicipality key={s.municipalityId} slug={s.municipalitySlug} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function OfficerMunicipality({ slug }: { slug: string }) {
  const { t } = useTranslation('admin');
  const { data } = useMunicipality(slug);
  const nameOf = useMunicipalityName();
  const name = data ? nameOf(data) : { text: slug, langAttr: undefined };
  return (
    <li className="card">
      <h3 className="card__title" lang={name.langAttr}>
        {name.text}
      </h3>
      <p className="card__links">
        <Link to={`/admin/municipalities/${slug}/staff`}>
          {t('home.staff')}
          <span className="visually-hidden"> — {name.text}</span>
        </Link>
        <Link to={`/admin/municipalities/${slug}/partners`}>
          {t('home.partners')}
          <span className="visually-hidden"> — {name.text}</span>
        </Link>
      </p>
    </li>
  );
}
