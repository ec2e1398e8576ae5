import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useContribution, useContributions, type ContributionFilter } from '../../api/contributions';
import { reportFiles } from '../../api/reports';
import type { Consultation, Contribution, Section } from '../../api/types';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/fields';
import { FilterDisclosure } from '../../components/FilterDisclosure';
import { LiveStatus, LoadError, Loading, LoadMore } from '../../components/Status';
import { ContributionItem } from './ContributionItem';

const SORTS = ['newest', 'oldest', 'supported'] as const;
const KINDS = ['proposal', 'comment'] as const;
const LINKED = /^#contribution-([0-9a-f-]{36})$/i;

function readFilter(params: URLSearchParams, sections: Section[]): ContributionFilter {
  const sort = params.get('sort');
  const kind = params.get('kind');
  const section = params.get('section');
  return {
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as ContributionFilter['sort']) : 'newest',
    ...((KINDS as readonly string[]).includes(kind ?? '') ? { kind: kind as ContributionFilter['kind'] } : {}),
    ...(section && sections.some((s) => s.id === section) ? { section } : {}),
  };
}

interface Props {
  consultation: Consultation;
  sections: Section[];
  signedIn: boolean;
  moderate: boolean;
}

/**
 * The public register of a consultation: comments and proposals, sorted and filtered by the
 * address (`?sort=&section=&kind=`), a page at a time, each with its replies under it.
 */
export function Contributions({ consultation, sections, signedIn, moderate }: Props) {
  const { t } = useTranslation('consultations');
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params, sections), [params, sections]);
  const query = useContributions(consultation.id, { ...filter, parent: 'none' });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const [status, setStatus] = useState<string>();
  const filtered = Boolean(filter.kind || filter.section || filter.sort !== 'newest');

  function apply(next: ContributionFilter) {
    const search = new URLSearchParams(params);
    for (const key of ['sort', 'kind', 'section'] as const) {
      const value = next[key];
      if (value && !(key === 'sort' && value === 'newest')) search.set(key, value);
      else search.delete(key);
    }
    setParams(search, { replace: true, preventScrollReset: true });
  }

  const common = { consultation, sections, signedIn, moderate, announce: setStatus };
  return (
    <>
      <LiveStatus message={status} />
      {consultation.counts.contributions > 0 && (
        <>
          <FilterDisclosure headingId="contributions-filter" title={t('contributions.filterTitle')} level={3} quiet active={filtered} className="filter--inline">
            <ContributionFilterForm key={params.toString()} initial={filter} sections={sections} onApply={apply} />
          </FilterDisclosure>
          <p>
            <a href={reportFiles.contributionsCsv(consultation.id)} download>
              {t('contributions.csv')}
            </a>
          </p>
        </>
      )}
      <LinkedContribution loaded={items} {...common} />
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{filtered ? t('contributions.noneMatch') : t('contributions.empty')}</p>}
      {items.length > 0 && (
        <ol className="contribution-list" aria-busy={query.isPlaceholderData || undefined}>
          {items.map((c) => (
            <li key={c.id}>
              <ContributionItem contribution={c} {...common}>
                <Replies parent={c} {...common} />
              </ContributionItem>
            </li>
          ))}
        </ol>
      )}
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </>
  );
}

type ItemProps = Props & { announce: (message: string) => void };

/** The replies to one contribution, oldest first, under it. */
function Replies({ parent, ...common }: ItemProps & { parent: Contribution }) {
  const { t } = useTranslation('consultations');
  const query = useContributions(common.consultation.id, { parent: parent.id, sort: 'oldest' }, { pageSize: 50 });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  if (items.length === 0) return null;
  return (
    <section className="replies" aria-label={t('contributions.repliesTo', { author: parent.author?.name ?? t('contribution.hiddenTitle') })}>
      <ol className="contribution-list">
        {items.map((c) => (
          <li key={c.id}>
            <ContributionItem contribution={c} {...common} />
          </li>
        ))}
      </ol>
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </section>
  );
}

/**
 * A link to one contribution (`#contribution-…`, as in the e-mail that tells an author about the
 * answer) shows it first when it is not on the loaded page.
 */
function LinkedContribution({ loaded, ...common }: ItemProps & { loaded: Contribution[] }) {
  const { t } = useTranslation('consultations');
  const { hash } = useLocation();
  const id = LINKED.exec(hash)?.[1];
  const present = Boolean(id && loaded.some((c) => c.id === id));
  const query = useContribution(id && !present ? id : undefined);

  useEffect(() => {
    if (!id) return;
    const element = document.getElementById(`contribution-${id}`);
    element?.scrollIntoView({ block: 'start' });
  }, [id, present, query.data]);

  if (!id || present || !query.data || query.data.consultationId !== common.consultation.id) return null;
  return (
    <section className="linked" aria-labelledby="linked-title">
      <h3 id="linked-title" className="linked__title">
        {t('contributions.linked')}
      </h3>
      <ContributionItem contribution={query.data} {...common} />
    </section>
  );
}

const FIELDS = { sort: 'contributions-sort', section: 'contributions-section', kind: 'contributions-kind' } as const;

function ContributionFilterForm({ initial, sections, onApply }: { initial: ContributionFilter; sections: Section[]; onApply: (filter: ContributionFilter) => void }) {
  const { t } = useTranslation('consultations');
  const [sort, setSort] = useState(initial.sort ?? 'newest');
  const [section, setSection] = useState(initial.section ?? '');
  const [kind, setKind] = useState<string>(initial.kind ?? '');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({ sort, section: section || undefined, kind: (kind || undefined) as ContributionFilter['kind'] });
  }

  return (
    <form aria-labelledby="contributions-filter" onSubmit={onSubmit} noValidate>
      <div className="filter__fields">
        <SelectField id={FIELDS.sort} label={t('contributions.sort')} value={sort} onChange={(e) => setSort(e.target.value as typeof sort)} width="full">
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`contributions.sorts.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id={FIELDS.section} label={t('contributions.section')} value={section} onChange={(e) => setSection(e.target.value)} width="full">
          <option value="">{t('contributions.allSections')}</option>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title ? `${s.ref}. ${s.title}` : s.ref}
            </option>
          ))}
        </SelectField>
        <SelectField id={FIELDS.kind} label={t('contributions.kind')} value={kind} onChange={(e) => setKind(e.target.value)} width="full">
          <option value="">{t('contributions.allKinds')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`contributionKinds.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" variant="secondary">
        {t('contributions.apply')}
      </Button>
    </form>
  );
}
