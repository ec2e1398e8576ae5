import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useConsultations, type ConsultationFilter } from '../../api/consultations';
import { useMunicipalities } from '../../api/municipalities';
import { CONSULTATION_KINDS, CONSULTATION_STATUSES, type ConsultationSummary, type Municipality } from '../../api/types';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/fields';
import { FilterDisclosure } from '../../components/FilterDisclosure';
import { LoadError, Loading, LoadMore } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber, formatRelativeDays } from '../../lib/format';
import { dayIn, useDay, useTimeLeft } from './ui/dates';
import { StatusTag } from './ui/StatusTag';
import { useLocalize } from '../../lib/useLocalize';

/** The statuses the public filters by (drafts are the officers' own business). */
const PUBLIC_STATUSES = CONSULTATION_STATUSES.filter((s) => s !== 'draft');

function readFilter(params: URLSearchParams): ConsultationFilter {
  const filter: ConsultationFilter = {};
  const municipality = params.get('municipality');
  const status = params.get('status');
  const kind = params.get('kind');
  const q = params.get('q')?.trim();
  if (municipality) filter.municipality = municipality;
  if (status && (CONSULTATION_STATUSES as readonly string[]).includes(status)) filter.status = status as ConsultationFilter['status'];
  if (kind && (CONSULTATION_KINDS as readonly string[]).includes(kind)) filter.kind = kind as ConsultationFilter['kind'];
  if (q) filter.q = q;
  return filter;
}

/** `/consultations` — every published consultation, filtered and searched, newest first. */
export function ConsultationsPage() {
  const { t, i18n } = useTranslation('consultations');
  usePageTitle(t('list.title'));
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const query = useConsultations(filter);
  const municipalities = useMunicipalities();
  const bySlugOrId = useMemo(() => {
    const map = new Map<string, Municipality>();
    for (const m of municipalities.data?.pages.flatMap((p) => p.items) ?? []) {
      map.set(m.id, m);
      map.set(m.slug, m);
    }
    return map;
  }, [municipalities.data]);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const filtered = Object.keys(filter).length > 0;

  function apply(next: ConsultationFilter) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value) search.set(key, value);
    setParams(search);
  }

  let found: string | undefined;
  if (query.isSuccess && !query.isPlaceholderData) {
    found = query.hasNextPage ? t('list.firstShown', { count: items.length, number: formatNumber(items.length, i18n.language) }) : t('list.found', { count: items.length, number: formatNumber(items.length, i18n.language) });
  }

  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      <FilterDisclosure headingId="filter-title" title={t('list.filterTitle')} active={filtered}>
        <FilterForm key={params.toString()} initial={filter} municipalities={[...new Set(bySlugOrId.values())]} onApply={apply} />
      </FilterDisclosure>
      {filtered && (
        <p>
          <Link to="/consultations">{t('list.clear')}</Link>
        </p>
      )}
      <p role="status" className="muted">
        {found}
      </p>
      {query.isPending && <Loading />}
      {query.isError && <LoadError title={t('list.failed')} error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{filtered ? t('list.noneMatch') : t('list.empty')}</p>}
      {items.length > 0 && (
        <>
          <ul className="card-list card-list--wide" aria-busy={query.isPlaceholderData || undefined}>
            {items.map((c) => (
              <ConsultationCard key={c.id} consultation={c} municipality={bySlugOrId.get(c.municipalityId)} />
            ))}
          </ul>
          <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
        </>
      )}
    </>
  );
}

const FIELDS = { q: 'filter-q', municipality: 'filter-municipality', status: 'filter-status', kind: 'filter-kind' } as const;

function FilterForm({ initial, municipalities, onApply }: { initial: ConsultationFilter; municipalities: Municipality[]; onApply: (filter: ConsultationFilter) => void }) {
  const { t } = useTranslation('consultations');
  const localize = useLocalize();
  const [q, setQ] = useState(initial.q ?? '');
  const [municipality, setMunicipality] = useState(initial.municipality ?? '');
  const [status, setStatus] = useState<string>(initial.status ?? '');
  const [kind, setKind] = useState<string>(initial.kind ?? '');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({ q: q.trim() || undefined, municipality: municipality || undefined, status: (status || undefined) as ConsultationFilter['status'], kind: (kind || undefined) as ConsultationFilter['kind'] });
  }

  const sorted = [...municipalities].sort((a, b) => localize(a.name, a.defaultLocale).text.localeCompare(localize(b.name, b.defaultLocale).text));
  return (
    <form role="search" aria-labelledby="filter-title" onSubmit={onSubmit} noValidate>
      <div className="filter__fields">
        <TextField id={FIELDS.q} label={t('list.q')} hint={t('list.qHint')} type="search" value={q} onChange={(e) => setQ(e.target.value)} width="full" />
        <SelectField id={FIELDS.municipality} label={t('list.municipality')} value={municipality} onChange={(e) => setMunicipality(e.target.value)} width="full">
          <option value="">{t('list.allMunicipalities')}</option>
          {sorted.map((m) => {
            const name = localize(m.name, m.defaultLocale);
            return (
              <option key={m.id} value={m.slug} lang={name.lang}>
                {name.text}
              </option>
            );
          })}
        </SelectField>
        <SelectField id={FIELDS.status} label={t('list.status')} value={status} onChange={(e) => setStatus(e.target.value)} width="full">
          <option value="">{t('list.allStatuses')}</option>
          {PUBLIC_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id={FIELDS.kind} label={t('list.kind')} value={kind} onChange={(e) => setKind(e.target.value)} width="full">
          <option value="">{t('list.allKinds')}</option>
          {CONSULTATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
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

function ConsultationCard({ consultation: c, municipality }: { consultation: ConsultationSummary; municipality: Municipality | undefined }) {
  const { t, i18n } = useTranslation('consultations');
  const localize = useLocalize();
  const day = useDay();
  const left = useTimeLeft();
  const title = localize(c.title);
  const name = municipality ? localize(municipality.name, municipality.defaultLocale) : { text: c.municipalitySlug, lang: undefined };

  let when: string | undefined;
  if (c.status === 'upcoming' && c.opensAt) when = t('card.opens', { relative: formatRelativeDays(c.opensAt, i18n.language), date: day(dayIn(c.opensAt, municipality?.timeZone)) });
  else if (c.status === 'open') when = [left(c.closesAt), t('card.lastDay', { date: day(c.lastDay, { weekday: true }) })].filter(Boolean).join(' · ');
  else if (c.status !== 'draft' && c.lastDay) when = t('card.closed', { date: day(c.lastDay) });

  return (
    <li className="card card--consultation">
      <p className="card__eyebrow">
        <span lang={name.lang}>{name.text}</span> · {t(`kinds.${c.kind}`)}
      </p>
      <h2 className="card__title" lang={title.lang}>
        <Link to={`/consultations/${c.id}`}>{title.text}</Link>
      </h2>
      <p className="card__status">
        <StatusTag status={c.status} />
      </p>
      {when && <p className="card__meta">{when}</p>}
    </li>
  );
}
