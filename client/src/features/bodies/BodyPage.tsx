import { Link, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useBody, type Body } from '../../api/bodies';
import { isApiError } from '../../api/errors';
import { meetingFiles, useMeetings } from '../../api/meetings';
import { useMunicipality } from '../../api/municipalities';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Markdown } from '../../components/Markdown';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading, LoadMore, Notice } from '../../components/Status';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../components/usePageTitle';
import { todayIn } from '../../lib/format';
import { formatWhen } from '../../lib/zoned';
import { BodyTags } from './ui/BodyTags';
import { MembersTable } from './ui/MembersTable';
import { useLocalize } from '../../lib/useLocalize';
import './ui/bodies.css';

/** `/bodies/:id` — mandate, members (and who they were), meetings and the consultations it worked on. */
export function BodyPage() {
  const { t } = useTranslation(['bodies', 'common']);
  const { id = '' } = useParams();
  const query = useBody(id);
  const localize = useLocalize();
  const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  usePageTitle(missing ? t('common:notFound.title') : query.data ? localize(query.data.name).text : t('body.fallbackTitle'), query.data && !missing ? localize(query.data.mandate).text : undefined);
  if (missing) return <NotFound />;
  return (
    <>
      <Breadcrumbs items={[{ to: '/bodies', label: t('list.title') }]} />
      {query.isPending && (
        <>
          <h1>{t('body.fallbackTitle')}</h1>
          <Loading />
        </>
      )}
      {query.isError && (
        <>
          <h1>{t('body.fallbackTitle')}</h1>
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && <BodyView body={query.data} />}
    </>
  );
}

function BodyView({ body: b }: { body: Body }) {
  const { t, i18n } = useTranslation('bodies');
  const localize = useLocalize();
  const municipality = useMunicipality(b.municipalitySlug).data;
  const fallback = municipality?.defaultLocale ?? 'bg';
  const name = localize(b.name, fallback);
  const mandate = localize(b.mandate, fallback);
  const host = municipality ? localize(municipality.name, municipality.defaultLocale) : { text: b.municipalitySlug, lang: undefined };
  return (
    <>
      <p className="caption">
        <span lang={host.lang}>{host.text}</span> · {t(`kinds.${b.kind}`)}
      </p>
      <h1 lang={name.lang}>{name.text}</h1>
      <p className="body-tags">
        <BodyTags status={b.status} visibility={b.visibility} />
        {b.isMember && <Tag tone="done">{t('body.youAreMember')}</Tag>}
      </p>
      {b.myInvitationId && (
        <Notice tone="info">
          <p>
            {t('body.invited')} <Link to={`/invitations?body=${b.id}`}>{t('body.answerInvitation')}</Link>
          </p>
        </Notice>
      )}
      {b.visibility === 'private' && (
        <Notice tone="info">
          <p>{t('body.privateNotice')}</p>
        </Notice>
      )}
      {b.canManage && (
        <ul className="inline-actions section-links">
          <li>
            <Link to={`/officer/bodies/${b.id}/edit`}>{t('body.edit')}</Link>
          </li>
          <li>
            <Link to={`/officer/bodies/${b.id}/members`}>{t('body.manageMembers')}</Link>
          </li>
          <li>
            <Link to={`/officer/meetings/new?body=${b.id}&municipality=${b.municipalitySlug}`}>{t('body.newMeeting')}</Link>
          </li>
        </ul>
      )}

      <section aria-labelledby="mandate-title" className="section">
        <h2 id="mandate-title">{t('body.mandate')}</h2>
        {mandate.text ? <Markdown text={mandate.text} lang={mandate.lang} /> : <p className="muted">{t('body.noMandate')}</p>}
      </section>

      <section aria-labelledby="members-title" className="section">
        <h2 id="members-title">{t('body.members')}</h2>
        {b.members.length === 0 ? <p>{t('body.noMembers')}</p> : <MembersTable caption={t('body.members')} captionHidden members={b.members} />}
        {b.pastMembers.length > 0 && (
          <details className="past-members">
            <summary>{t('body.pastMembers', { count: b.pastMembers.length })}</summary>
            <MembersTable caption={t('body.pastMembersCaption')} members={b.pastMembers} />
          </details>
        )}
      </section>

      <Meetings body={b} timeZone={municipality?.timeZone} fallback={fallback} />

      {b.consultations.length > 0 && (
        <section aria-labelledby="consultations-title" className="section">
          <h2 id="consultations-title">{t('body.consultations')}</h2>
          <ul className="linked-list">
            {b.consultations.map((c) => {
              const title = localize(c.title, fallback);
              return (
                <li key={c.id}>
                  <Link to={`/consultations/${c.id}`} lang={title.lang}>
                    {title.text}
                  </Link>{' '}
                  <span className="muted">({t(`consultationStatuses.${c.status}`)})</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {b.visibility === 'public' && (
        <p className="section">
          <a href={meetingFiles.feed({ body: b.id }, i18n.language)}>{t('body.feed')}</a>
        </p>
      )}
    </>
  );
}

function Meetings({ body: b, timeZone, fallback }: { body: Body; timeZone: string | undefined; fallback: string }) {
  const { t, i18n } = useTranslation('bodies');
  const localize = useLocalize();
  const today = todayIn(timeZone ?? 'Europe/Sofia');
  const upcoming = useMeetings({ body: b.id, from: today, order: 'asc' });
  const past = useMeetings({ body: b.id, to: new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10), order: 'desc' }, { pageSize: 10 });
  const list = (query: typeof upcoming, empty: string) => {
    const items = query.data?.pages.flatMap((p) => p.items) ?? [];
    if (query.isPending) return <Loading />;
    if (query.isError) return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
    if (items.length === 0) return <p>{empty}</p>;
    return (
      <>
        <ul className="linked-list">
          {items.map((m) => {
            const title = localize(m.title, fallback);
            return (
              <li key={m.id}>
                <Link to={`/meetings/${m.id}`} lang={title.lang}>
                  {title.text}
                </Link>
                <div className="muted">
                  {formatWhen(m.startsAt, m.endsAt, i18n.language, timeZone)}
                  {m.status === 'cancelled' && ` · ${t('body.cancelled')}`}
                  {m.registration.isOpen && ` · ${t('body.registrationOpen')}`}
                </div>
              </li>
            );
          })}
        </ul>
        <LoadMore hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
      </>
    );
  };
  return (
    <section aria-labelledby="meetings-title" className="section">
      <h2 id="meetings-title">{t('body.meetings')}</h2>
      <h3>{t('body.upcoming')}</h3>
      {list(upcoming, t('body.noUpcoming'))}
      <h3>{t('body.past')}</h3>
      {list(past, t('body.noPast'))}
    </section>
  );
}
