import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useOrganizations, useVerifyOrganization } from '../../api/organizations';
import type { Organization } from '../../api/types';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { ConfirmButton } from '../../components/ConfirmButton';
import { RadioGroup, TextField } from '../../components/fields';
import { ErrorNotice, LiveStatus, LoadError, Loading, LoadMore } from '../../components/Status';
import { TableRegion } from '../../components/TableRegion';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../lib/format';

type Show = 'all' | 'unverified' | 'verified';

/** `/admin/organizations?show=&q=` (admin) — the register of organisations, and verifying them. */
export function OrganizationsPage() {
  const { t, i18n } = useTranslation('admin');
  usePageTitle(t('organizations.title'));
  const [params, setParams] = useSearchParams();
  const show: Show = params.get('show') === 'verified' || params.get('show') === 'unverified' ? (params.get('show') as Show) : 'all';
  const q = params.get('q') ?? '';
  const [draftShow, setDraftShow] = useState<Show>(show);
  const [draftQ, setDraftQ] = useState(q);
  const query = useOrganizations({ ...(show === 'all' ? {} : { verified: show === 'verified' }), ...(q ? { q } : {}) });
  const verify = useVerifyOrganization();
  const [status, setStatus] = useState<string>();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  function onFilter(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    if (draftShow !== 'all') next.set('show', draftShow);
    if (draftQ.trim()) next.set('q', draftQ.trim());
    setParams(next);
  }

  function onVerify(organization: Organization) {
    setStatus(undefined);
    verify.mutate(organization.id, { onSuccess: () => setStatus(t('organizations.verifiedDone', { name: organization.name })) });
  }

  return (
    <>
      <Breadcrumbs items={[{ to: '/admin', label: t('home.title') }]} />
      <h1>{t('organizations.title')}</h1>
      <form onSubmit={onFilter} className="filter" aria-labelledby="filter-title" role="search">
        <h2 id="filter-title" className="filter__title">
          {t('organizations.filterTitle')}
        </h2>
        <RadioGroup<Show>
          id="organizations-show"
          name="show"
          legend={t('organizations.show')}
          inline
          value={draftShow}
          onChange={setDraftShow}
          options={[
            { value: 'all', label: t('organizations.all') },
            { value: 'unverified', label: t('organizations.unverified') },
            { value: 'verified', label: t('organizations.verified') },
          ]}
        />
        <TextField
          id="organizations-q"
          label={t('organizations.search')}
          type="search"
          optional
          autoComplete="off"
          value={draftQ}
          onChange={(e) => setDraftQ(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('organizations.apply')}
        </Button>
      </form>

      <LiveStatus message={status} takeFocus />
      <ErrorNotice error={verify.error} />
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{t('organizations.empty')}</p>}
      {items.length > 0 && (
        <TableRegion caption={t('organizations.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('organizations.name')}</th>
              <th scope="col">{t('organizations.kind')}</th>
              <th scope="col">{t('organizations.registrationNumber')}</th>
              <th scope="col">{t('organizations.createdAt')}</th>
              <th scope="col">{t('organizations.status')}</th>
              <th scope="col">{t('organizations.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.name}</th>
                <td>{t(`kinds.${o.kind}`)}</td>
                <td>{o.registrationNumber ?? t('organizations.none')}</td>
                <td>{formatDate(o.createdAt, i18n.language)}</td>
                <td>
                  <span className={o.verified ? 'tag tag--ok' : 'tag tag--warn'}>
                    {o.verified ? t('organizations.statusVerified') : t('organizations.statusUnverified')}
                  </span>
                </td>
                <td>
                  {!o.verified && (
                    <ConfirmButton
                      labelContext={o.name}
                      label={t('organizations.verify')}
                      question={t('organizations.verifyQuestion', { name: o.name })}
                      confirmLabel={t('organizations.verifyConfirm')}
                      busy={verify.isPending}
                      onConfirm={() => onVerify(o)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </>
  );
}
