import { Link, useLocation } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useMunicipalities } from '../../api/municipalities';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { LiveStatus, LoadError, Loading, LoadMore } from '../../components/Status';
import { TableRegion } from '../../components/TableRegion';
import { usePageTitle } from '../../components/usePageTitle';
import { AUTONYMS } from '../../i18n';
import { countryName } from '../../lib/country-name';
import { useMunicipalityName } from './useLocalizedName';

/** A message handed over by the form after saving, shown once on the list. */
export interface MunicipalityFlash {
  flash: 'created' | 'saved';
  name: string;
}

/** `/admin/municipalities` (admin) */
export function MunicipalitiesPage() {
  const { t, i18n } = useTranslation('admin');
  usePageTitle(t('municipalities.title'));
  const query = useMunicipalities();
  const nameOf = useMunicipalityName();
  const flash = useLocation().state as MunicipalityFlash | null;
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Breadcrumbs items={[{ to: '/admin', label: t('home.title') }]} />
      <h1>{t('municipalities.title')}</h1>
      <LiveStatus message={flash?.flash ? t(`municipalities.${flash.flash}`, { name: flash.name }) : undefined} />
      <p>
        <Link to="/admin/municipalities/new" className="button">
          {t('municipalities.add')}
        </Link>
      </p>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{t('municipalities.empty')}</p>}
      {items.length > 0 && (
        <TableRegion caption={t('municipalities.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('municipalities.name')}</th>
              <th scope="col">{t('municipalities.slug')}</th>
              <th scope="col">{t('municipalities.country')}</th>
              <th scope="col">{t('municipalities.timeZone')}</th>
              <th scope="col">{t('municipalities.defaultLocale')}</th>
              <th scope="col">{t('municipalities.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((m) => {
              const name = nameOf(m);
              return (
                <tr key={m.id}>
                  <th scope="row" lang={name.langAttr}>
                    {name.text}
                  </th>
                  <td>
                    <code>{m.slug}</code>
                  </td>
                  <td>{countryName(m.country, i18n.language)}</td>
                  <td>{m.timeZone}</td>
                  <td lang={m.defaultLocale}>{AUTONYMS[m.defaultLocale]}</td>
                  <td>
                    <ul className="inline-actions">
                      <li>
                        <Link to={`/admin/municipalities/${m.slug}/edit`}>
                          {t('municipalities.edit')}
                          <span className="visually-hidden"> — {name.text}</span>
                        </Link>
                      </li>
                      <li>
                        <Link to={`/admin/municipalities/${m.slug}/staff`}>
                          {t('home.staff')}
                          <span className="visually-hidden"> — {name.text}</span>
                        </Link>
                      </li>
                      <li>
                        <Link to={`/admin/municipalities/${m.slug}/partners`}>
                          {t('home.partners')}
                          <span className="visually-hidden"> — {name.text}</span>
                        </Link>
                      </li>
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableRegion>
      )}
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </>
  );
}
