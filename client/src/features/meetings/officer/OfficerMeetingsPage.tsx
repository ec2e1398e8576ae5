import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { useBodies } from '../../../api/bodies';
import { useSession } from '../../../api/me';
import { useMeetings, type MeetingSummary } from '../../../api/meetings';
import { useMunicipalities, useMunicipality } from '../../../api/municipalities';
import { SelectField } from '../../../components/fields';
import { LoadError, Loading, LoadMore } from '../../../components/Status';
import { Tag } from '../../../components/Tag';
import { usePageTitle } from '../../../components/usePageTitle';
import { todayIn } from '../../../lib/format';
import { useLocalize } from '../../../lib/useLocalize';
import { useWhen } from '../ui/when';
import '../ui/meetings.css';

/** `/officer/meetings` — the meetings and bodies of a municipality I run, and new ones. */
export function OfficerMeetingsPage() {
  const { t } = useTranslation('meetings');
  usePageTitle(t('officer.home.title'));
  const { me } = useSession();
  const localize = useLocalize();
  const [params, setParams] = useSearchParams();
  const all = useMunicipalities();
  const choices = useMemo(() => {
    const list = all.data?.pages.flatMap((p) => p.items) ?? [];
    const mine = me?.isAdmin ? list : list.filter((m) => me?.staff.some((s) => s.role === 'officer' && s.municipalityId === m.id));
    return mine.map((m) => ({ slug: m.slug, name: localize(m.name, m.defaultLocale) })).sort((a, b) => a.name.text.localeCompare(b.name.text));
  }, [all.data, me, localize]);
  const slug = params.get('municipality') ?? me?.staff.find((s) => s.role === 'officer')?.municipalitySlug ?? choices[0]?.slug ?? '';

  return (
    <>
      <h1>{t('officer.home.title')}</h1>
      <p className="lead">{t('officer.home.lead')}</p>
      {choices.length > 1 && (
        <SelectField id="officer-municipality" label={t('list.municipality')} value={slug} onChange={(e) => setParams({ municipality: e.target.value })}>
          {choices.map((c) => (
            <option key={c.slug} value={c.slug} lang={c.name.lang}>
              {c.name.text}
            </option>
          ))}
        </SelectField>
      )}
      {all.isPending && <Loading />}
      {slug && <Municipality slug={slug} />}
    </>
  );
}

function Municipality({ slug }: { slug: string }) {
  const { t } = useTranslation(['meetings', 'bodies']);
  const localize = useLocalize();
  const municipality = useMunicipality(slug).data;
  const today = todayIn(municipality?.timeZone ?? 'Europe/Sofia');
  const upcoming = useMeetings({ municipality: slug, from: today, order: 'asc' });
  const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const past = useMeetings({ municipality: slug, to: yesterday, order: 'desc' }, { pageSize: 10 });
  const bodies = useBodies({ municipality: slug });
  const name = municipality ? localize(municipality.name, municipality.defaultLocale) : { text: slug, lang: undefined };
  const bodyItems = bodies.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section aria-labelledby="officer-municipality-title" className="section">
      <h2 id="officer-municipality-title" lang={name.lang}>
        {name.text}
      </h2>
      <ul className="inline-actions section-links">
        <li>
          <Link to={`/officer/meetings/new?municipality=${slug}`} className="button">
            {t('officer.home.newMeeting')}
          </Link>
        </li>
        <li>
          <Link to={`/officer/bodies/new?municipality=${slug}`} className="button button--secondary">
            {t('officer.home.newBody')}
          </Link>
        </li>
      </ul>
      <div className="dashboard">
        <Group id="upcoming" title={t('officer.home.upcoming')} empty={t('list.noUpcoming')} query={upcoming} timeZone={municipality?.timeZone} />
        <Group id="past" title={t('officer.home.past')} empty={t('list.noPast')} query={past} timeZone={municipality?.timeZone} />
      </div>
      <section aria-labelledby="officer-bodies" className="dashboard__group">
        <h3 id="officer-bodies">{t('officer.home.bodies')}</h3>
        {bodies.isPending && <Loading />}
        {bodies.isError && <LoadError error={bodies.error} onRetry={() => void bodies.refetch()} />}
        {bodies.isSuccess && bodyItems.length === 0 && <p>{t('bodies:list.empty')}</p>}
        <ul className="dashboard__list">
          {bodyItems.map((b) => {
            const bodyName = localize(b.name, municipality?.defaultLocale);
            return (
              <li key={b.id} className="dashboard__item">
                <p className="dashboard__title">
                  <Link to={`/bodies/${b.id}`} lang={bodyName.lang}>
                    {bodyName.text}
                  </Link>
                </p>
                <p className="dashboard__meta muted">
                  {t(`bodies:kinds.${b.kind}`)} · {t(`bodies:statuses.${b.status === 'active' ? 'active' : 'dissolved'}`)}
                  {b.visibility === 'private' && ` · ${t('bodies:private')}`}
                </p>
                <ul className="inline-actions">
                  <li>
                    <Link to={`/officer/bodies/${b.id}/edit`}>
                      {t('bodies:body.edit')}
                      <span className="visually-hidden"> — {bodyName.text}</span>
                    </Link>
                  </li>
                  <li>
                    <Link to={`/officer/bodies/${b.id}/members`}>
                      {t('bodies:body.manageMembers')}
                      <span className="visually-hidden"> — {bodyName.text}</span>
                    </Link>
                  </li>
                </ul>
              </li>
            );
          })}
        </ul>
      </section>
    </section>
  );
}

function Group({ id, title, empty, query, timeZone }: { id: string; title: string; empty: string; query: ReturnType<typeof useMeetings>; timeZone: string | undefined }) {
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby={`officer-${id}`} className="dashboard__group">
      <h3 id={`officer-${id}`}>{title}</h3>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{empty}</p>}
      <ul className="dashboard__list">
        {items.map((m) => (
          <Item key={m.id} meeting={m} timeZone={timeZone} />
        ))}
      </ul>
      <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </section>
  );
}

function Item({ meeting: m, timeZone }: { meeting: MeetingSummary; timeZone: string | undefined }) {
  const { t } = useTranslation('meetings');
  const localize = useLocalize();
  const when = useWhen();
  const title = localize(m.title);
  return (
    <li className="dashboard__item">
      <p className="dashboard__title">
        <Link to={`/officer/meetings/${m.id}`} lang={title.lang}>
          {title.text}
        </Link>
      </p>
      <p className="dashboard__meta muted">
        {t(`kinds.${m.kind}`)} · {when(m, timeZone)}
      </p>
      <p className="dashboard__meta">
        {m.status === 'cancelled' ? <Tag tone="warn">{t('meeting.cancelled')}</Tag> : m.registration.isOpen ? <Tag tone="ok">{t('card.registrationOpen')}</Tag> : <Tag tone="neutral">{t('officer.registrationClosed')}</Tag>}
      </p>
    </li>
  );
}
