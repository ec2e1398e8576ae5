import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { BODY_KINDS, BODY_STATUSES, useBodies, type BodyFilter, type BodySummary } from '../../api/bodies';
import { useSession } from '../../api/me';
import { useMunicipalities } from '../../api/municipalities';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/fields';
import { FilterDisclosure } from '../../components/FilterDisclosure';
import { LoadError, Loading, LoadMore } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber } from '../../lib/format';
import { BodyTags } from './ui/BodyTags';
import { useLocalize } from '../../lib/useLocalize';
import { MunicipalitySelect } from '../../components/MunicipalitySelect';
import './ui/bodies.css';

function readFilter(params: URLSearchParams): BodyFilter {
  const filter: BodyFilter = {};
  const municipality = params.get('municipality');
  const kind = params.get('kind');
  const status = params.get('status');
  if (municipality) filter.municipality = municipality;
  if (kind && (BODY_KINDS as readonly string[]).includes(kind)) filter.kind = kind as BodyFilter['kind'];
  if (status && (BODY_STATUSES as readonly string[]).includes(status)) filter.status = status as BodyFilter['status'];
  return filter;
}

/** `/bodies` — working groups, committees, civic councils, advisory bodies and forums. */
export function BodiesPage() {
  const { t } = useTranslation('bodies');
  usePageTitle(t('list.title'));
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const query = useBodies(filter);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const officer = Boolean(me && (me.isAdmin || me.staff.some((s) => s.role === 'officer')));

  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      <ul className="inline-actions section-links">
        <li>
          <Link to="/meetings">{t('list.meetingsLink')}</Link>
        </li>
        {officer && (
          <li>
            <Link to="/officer/meetings">{t('list.manage')}</Link>
          </li>
        )}
      </ul>
      <FilterDisclosure headingId="bodies-filter" title={t('list.filterTitle')} active={Object.keys(filter).length > 0}>
        <Filter key={params.toString()} initial={filter} onApply={(next) => setParams(new URLSearchParams(Object.entries(next).filter((e): e is [string, string] => Boolean(e[1]))))} />
      </FilterDisclosure>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{Object.keys(filter).length ? t('list.noneMatch') : t('list.empty')}</p>}
      {items.length > 0 && (
        <>
          <ul className="card-list card-list--wide" aria-busy={query.isPlaceholderData || undefined}>
            {items.map((b) => (
              <BodyCard key={b.id} body={b} />
            ))}
          </ul>
          <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
        </>
      )}
    </>
  );
}

function BodyCard({ body: b }: { body: BodySummary }) {
  const { t, i18n } = useTranslation('bodies');
  const localize = useLocalize();
  const municipalities = useMunicipalities();
  const municipality = municipalities.data?.pages.flatMap((p) => p.items).find((m) => m.id === b.municipalityId);
  const name = localize(b.name, municipality?.defaultLocale);
  const host = municipality ? localize(municipality.name, municipality.defaultLocale) : { text: b.municipalitySlug, lang: undefined };
  return (
    <li className="card card--consultation">
      <p className="card__eyebrow">
        <span lang={host.lang}>{host.text}</span> · {t(`kinds.${b.kind}`)}
      </p>
      <h2 className="card__title" lang={name.lang}>
        <Link to={`/bodies/${b.id}`}>{name.text}</Link>
      </h2>
      <p className="card__status">
        <BodyTags status={b.status} visibility={b.visibility} />
      </p>
      <p className="card__meta">{t('list.members', { count: b.memberCount, number: formatNumber(b.memberCount, i18n.language) })}</p>
    </li>
  );
}

function Filter({ initial, onApply }: { initial: BodyFilter; onApply: (filter: Record<string, string | undefined>) => void }) {
  const { t } = useTranslation('bodies');
  const [municipality, setMunicipality] = useState(initial.municipality ?? '');
  const [kind, setKind] = useState<string>(initial.kind ?? '');
  const [status, setStatus] = useState<string>(initial.status ?? '');
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ municipality, kind, status });
  }
  return (
    <form role="search" aria-labelledby="bodies-filter" onSubmit={submit} noValidate>
      <div className="filter__fields">
        <MunicipalitySelect id="bodies-municipality" label={t('list.municipality')} allLabel={t('list.allMunicipalities')} value={municipality} onChange={setMunicipality} />
        <SelectField id="bodies-kind" label={t('list.kind')} value={kind} onChange={(e) => setKind(e.target.value)} width="full">
          <option value="">{t('list.allKinds')}</option>
          {BODY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="bodies-status" label={t('list.status')} value={status} onChange={(e) => setStatus(e.target.value)} width="full">
          <option value="">{t('list.allStatuses')}</option>
          {BODY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" variant="secondary">
        {t('list.apply')}
      </Button>
    </form>
  );
}
