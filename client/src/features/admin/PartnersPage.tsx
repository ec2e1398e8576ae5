import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/react';
import { useAddPartner, usePartners, useRemovePartner } from '../../api/municipalities';
import { useOrganizations } from '../../api/organizations';
import type { Me, Municipality, Partner } from '../../api/types';
import { Button } from '../../components/Button';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup, TextField } from '../../components/fields';
import { ErrorNotice, LiveStatus, LoadError, Loading, Notice } from '../../components/Status';
import { TableRegion } from '../../components/TableRegion';
import { useFormErrors } from '../../components/useFormErrors';
import { formatDate } from '../../lib/format';
import { MunicipalityAdminFrame } from './MunicipalityAdminFrame';
import { canEditPartners } from '../../app/roles';

/** `/admin/municipalities/:slug/partners` — admins and the municipality's officers change it. */
export function PartnersPage() {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <MunicipalityAdminFrame fallbackTitle={t('home.partners')} title={(name) => t('partners.title', { name })}>
      {(municipality, me) => <Partners municipality={municipality} me={me} />}
    </MunicipalityAdminFrame>
  );
}

function Partners({ municipality, me }: { municipality: Municipality; me: Me }) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const partners = usePartners(municipality.id);
  const remove = useRemovePartner(municipality.id);
  const [status, setStatus] = useState<string>();
  const editable = canEditPartners(me, municipality.id);
  const items = partners.data?.items ?? [];

  function onRemove(partner: Partner) {
    setStatus(undefined);
    remove.mutate(partner.organizationId, { onSuccess: () => setStatus(t('partners.removed', { name: partner.name })) });
  }

  return (
    <>
      <p>{t('partners.intro')}</p>
      <LiveStatus message={status} takeFocus />
      <ErrorNotice error={remove.error} />
      {partners.isPending && <Loading />}
      {partners.isError && <LoadError error={partners.error} onRetry={() => void partners.refetch()} />}
      {partners.isSuccess && items.length === 0 && <p>{t('partners.empty')}</p>}
      {items.length > 0 && (
        <TableRegion caption={t('partners.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('partners.organization')}</th>
              <th scope="col">{t('partners.kind')}</th>
              <th scope="col">{t('partners.since')}</th>
              {editable && <th scope="col">{t('partners.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((partner) => (
              <tr key={partner.organizationId}>
                <th scope="row">{partner.name}</th>
                <td>{t(`kinds.${partner.kind}`)}</td>
                <td>{formatDate(partner.since, i18n.language)}</td>
                {editable && (
                  <td>
                    <ConfirmButton
                      labelContext={partner.name}
                      label={t('partners.remove')}
                      question={t('partners.removeQuestion', { name: partner.name })}
                      confirmLabel={t('partners.removeConfirm')}
                      busy={remove.isPending}
                      onConfirm={() => onRemove(partner)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
      {editable ? (
        <AddPartner municipality={municipality} current={items} onAdded={(name) => setStatus(t('partners.added', { name }))} />
      ) : (
        <Notice tone="info">
          <p>{t('partners.readOnly')}</p>
        </Notice>
      )}
    </>
  );
}

const FIELDS = { search: 'partner-search', organization: 'partner-organization' } as const;

function AddPartner({ municipality, current, onAdded }: { municipality: Municipality; current: Partner[]; onAdded: (name: string) => void }) {
  const { t } = useTranslation(['admin', 'common']);
  const errors = useFormErrors(FIELDS);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const search = useOrganizations({ q }, { enabled: q.length >= 2 });
  const add = useAddPartner(municipality.id);
  const partnerIds = new Set(current.map((p) => p.organizationId));
  const results = q ? (search.data?.pages.flatMap((p) => p.items) ?? []) : [];
  const choices = results.filter((o) => !partnerIds.has(o.id));

  function onSearch(event: FormEvent) {
    event.preventDefault();
    if (text.trim().length < 2) {
      errors.showClientErrors({ search: t('partners.searchTooShort') });
      return;
    }
    errors.clear();
    setOrganizationId('');
    setQ(text.trim());
  }

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    if (add.isPending || errors.showClientErrors({ organization: organizationId ? undefined : t('partners.organizationRequired') })) return;
    const organization = results.find((o) => o.id === organizationId);
    try {
      await add.mutateAsync(organizationId);
      onAdded(organization?.name ?? '');
      setOrganizationId('');
    } catch (error) {
      errors.showApiError(error, { fields: { organizationId: 'organization' } });
    }
  }

  const found = q && search.isSuccess ? (results.length ? t('partners.found', { count: results.length }) : t('partners.noneFound')) : undefined;
  return (
    <section aria-labelledby="add-partner-title" className="section">
      <h2 id="add-partner-title">{t('partners.addTitle')}</h2>
      <ErrorSummary items={errors.summary} focusKey={errors.focusKey} />
      <form role="search" onSubmit={onSearch} noValidate className="search-form">
        <TextField
          id={FIELDS.search}
          label={t('partners.search')}
          hint={t('partners.searchHint')}
          type="search"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={errors.fieldErrors.search}
        />
        <Button type="submit" variant="secondary" busy={search.isFetching} busyLabel={t('common:status.loading')}>
          {t('partners.searchButton')}
        </Button>
      </form>
      <LiveStatus message={found} tone="info" />
      {search.isError && <ErrorNotice error={search.error} />}

      <form onSubmit={onAdd} noValidate>
        {choices.length > 0 ? (
          <RadioGroup<string>
            id={FIELDS.organization}
            name="organization"
            legend={t('partners.chooseOrganization')}
            value={organizationId}
            onChange={setOrganizationId}
            error={errors.fieldErrors.organization}
            options={choices.map((o) => ({
              value: o.id,
              label: o.name,
              hint: [t(`kinds.${o.kind}`), o.verified ? '' : t('partners.unverified')].filter(Boolean).join(' · '),
            }))}
          />
        ) : (
          <p id={FIELDS.organization} tabIndex={-1} className={errors.fieldErrors.organization ? 'field__error' : 'muted'}>
            {errors.fieldErrors.organization ?? (results.length > 0 ? t('partners.allPartners') : t('partners.searchFirst'))}
          </p>
        )}
        <Button type="submit" busy={add.isPending} busyLabel={t('common:status.saving')}>
          {t('partners.add')}
        </Button>
      </form>
    </section>
  );
}
