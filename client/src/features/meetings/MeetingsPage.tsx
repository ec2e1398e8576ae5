import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useSession } from '../../api/me';
import { MEETING_KINDS, meetingFiles, useMeetings, type MeetingFilter, type MeetingKind } from '../../api/meetings';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/fields';
import { FilterDisclosure } from '../../components/FilterDisclosure';
import { LoadError, Loading, LoadMore } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { todayIn } from '../../lib/format';
import { MeetingCard } from './ui/MeetingCard';
import { MunicipalitySelect } from '../../components/MunicipalitySelect';
import './ui/meetings.css';

function yesterday(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** `/meetings` — upcoming and past meetings, forums and events, by municipality and kind. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation('meetings');
  usePageTitle(t('list.title'));
  const { me, status } = useSession();
  const [params, setParams] = useSearchParams();
  const municipality = params.get('municipality') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind = (MEETING_KINDS as readonly string[]).includes(kindParam) ? (kindParam as MeetingKind) : undefined;
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const base: MeetingFilter = { municipality: municipality || undefined, kind };
  const upcoming = useMeetings({ ...base, from: today, order: 'asc' });
  const past = useMeetings({ ...base, to: yesterday(today), order: 'desc' }, { pageSize: 10 });
  const officer = Boolean(me && (me.isAdmin || me.staff.some((s) => s.role === 'officer')));

  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      <ul className="inline-actions section-links">
        <li>
          <Link to="/bodies">{t('list.bodiesLink')}</Link>
        </li>
        {status === 'signed-in' && (
          <li>
            <Link to="/me/registrations">{t('list.mine')}</Link>
          </li>
        )}
        {officer && (
          <li>
            <Link to="/officer/meetings">{t('list.manage')}</Link>
          </li>
        )}
      </ul>
      <FilterDisclosure headingId="meetings-filter" title={t('list.filterTitle')} active={Boolean(municipality || kind)}>
        <Filter key={params.toString()} municipality={municipality} kind={kind ?? ''} onApply={(next) => setParams(new URLSearchParams(Object.entries(next).filter(([, v]) => v)))} />
      </FilterDisclosure>
      <p>
        <a href={meetingFiles.feed({ municipality: municipality || undefined }, i18n.language)}>{t('list.feed')}</a>
        <span className="muted"> — {t('list.feedHint')}</span>
      </p>

      <section aria-labelledby="upcoming-title" className="section">
        <h2 id="upcoming-title">{t('list.upcoming')}</h2>
        <MeetingList query={upcoming} empty={t('list.noUpcoming')} />
      </section>
      <section aria-labelledby="past-title" className="section">
        <h2 id="past-title">{t('list.past')}</h2>
        <MeetingList query={past} empty={t('list.noPast')} />
      </section>
    </>
  );
}

function MeetingList({ query, empty }: { query: ReturnType<typeof useMeetings>; empty: string }) {
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <>
      <ul className="card-list card-list--wide" aria-busy={query.isPlaceholderData || undefined}>
        {items.map((m) => (
          <MeetingCard key={m.id} meeting={m} headingLevel={3} />
        ))}
      </ul>
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </>
  );
}

function Filter({ municipality, kind, onApply }: { municipality: string; kind: string; onApply: (filter: { municipality: string; kind: string }) => void }) {
  const { t } = useTranslation('meetings');
  const [m, setM] = useState(municipality);
  const [k, setK] = useState(kind);
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ municipality: m, kind: k });
  }
  return (
    <form role="search" aria-labelledby="meetings-filter" onSubmit={submit} noValidate>
      <div className="filter__fields">
        <MunicipalitySelect id="filter-municipality" label={t('list.municipality')} allLabel={t('list.allMunicipalities')} value={m} onChange={setM} />
        <SelectField id="filter-kind" label={t('list.kind')} value={k} onChange={(e) => setK(e.target.value)} width="full">
          <option value="">{t('list.allKinds')}</option>
          {MEETING_KINDS.map((x) => (
            <option key={x} value={x}>
              {t(`kinds.${x}`)}
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
