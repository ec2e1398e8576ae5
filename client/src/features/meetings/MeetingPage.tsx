import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { useSession } from '../../api/me';
import { meetingFiles, partnersOf, useMeeting, type Meeting } from '../../api/meetings';
import { useMunicipality } from '../../api/municipalities';
import { Breadcrumbs, type Crumb } from '../../components/Breadcrumbs';
import { Markdown } from '../../components/Markdown';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading, Notice } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDateTime, formatDay, formatNumber } from '../../lib/format';
import { countryName } from '../../lib/country-name';
import { formatTimes } from '../../lib/zoned';
import { useLocalize } from '../../lib/useLocalize';
import { useWhen } from './ui/when';
import './ui/meetings.css';

/** `/meetings/:id` — when and where, the programme day by day, registration, minutes and report. */
export function MeetingPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const { id = '' } = useParams();
  const query = useMeeting(id);
  const localize = useLocalize();
  const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  usePageTitle(missing ? t('common:notFound.title') : query.data ? localize(query.data.title).text : t('meeting.fallbackTitle'), query.data && !missing ? localize(query.data.description).text : undefined);
  if (missing) return <NotFound />;

  const crumbs: Crumb[] = [{ to: '/meetings', label: t('list.title') }];
  if (query.data?.body) crumbs.push({ to: `/bodies/${query.data.body.id}`, label: localize(query.data.body.name).text });
  return (
    <>
      <Breadcrumbs items={crumbs} />
      {query.isPending && (
        <>
          <h1>{t('meeting.fallbackTitle')}</h1>
          <Loading />
        </>
      )}
      {query.isError && (
        <>
          <h1>{t('meeting.fallbackTitle')}</h1>
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        </>
      )}
      {query.data && <MeetingView meeting={query.data} />}
    </>
  );
}

function MeetingView({ meeting: m }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation('meetings');
  const localize = useLocalize();
  const when = useWhen();
  const municipality = useMunicipality(m.municipalitySlug).data;
  const fallback = municipality?.defaultLocale ?? 'bg';
  const tz = municipality?.timeZone;
  const title = localize(m.title, fallback);
  const description = localize(m.description, fallback);
  const location = localize(m.location, fallback);
  const host = municipality ? localize(municipality.name, municipality.defaultLocale) : { text: m.municipalitySlug, lang: undefined };
  const n = (value: number) => formatNumber(value, i18n.language);
  // officers and partner organisations see the participation report before the minutes are out
  const preview = m.can.participation;
  const [now] = useState(() => Date.now());

  return (
    <>
      <p className="caption">
        <span lang={host.lang}>{host.text}</span> · {t(`kinds.${m.kind}`)}
      </p>
      <h1 lang={title.lang}>{title.text}</h1>
      {m.status === 'cancelled' && (
        <Notice tone="warning" title={t('meeting.cancelledTitle')}>
          <p>{t('meeting.cancelledBody')}</p>
        </Notice>
      )}
      <div className="columns">
        <div>
          {description.text && <Markdown text={description.text} lang={description.lang} />}
          {m.status !== 'cancelled' && <Registration meeting={m} timeZone={tz} />}
          {m.canManage && (
            <p>
              <Link to={`/officer/meetings/${m.id}`}>{t('meeting.manage')}</Link>
            </p>
          )}
        </div>
        <aside className="facts" aria-labelledby="facts-title">
          <h2 className="facts__title" id="facts-title">
            {t('meeting.factsTitle')}
          </h2>
          <dl className="summary-list summary-list--compact">
            <div className="summary-list__row">
              <dt>{t('meeting.when')}</dt>
              <dd>
                {when(m, tz)}
                {m.days.length > 1 && <span className="period__moved">{t('meeting.days', { count: m.days.length })}</span>}
              </dd>
            </div>
            {location.text && (
              <div className="summary-list__row">
                <dt>{t('meeting.where')}</dt>
                <dd lang={location.lang}>{location.text}</dd>
              </div>
            )}
            {m.onlineUrl && (
              <div className="summary-list__row">
                <dt>{t('meeting.onlineTitle')}</dt>
                <dd>
                  <a href={m.onlineUrl} rel="noopener noreferrer">
                    {t('meeting.onlineLink')}
                  </a>
                </dd>
              </div>
            )}
            <div className="summary-list__row">
              <dt>{t('meeting.host')}</dt>
              <dd lang={host.lang}>{host.text}</dd>
            </div>
            {partnersOf(m).length > 0 && (
              <div className="summary-list__row">
                <dt>{t('meeting.partners')}</dt>
                <dd>
                  <ul className="plain-list">
                    {partnersOf(m).map((p) => {
                      const name = localize(p.name, p.country === 'MK' ? 'mk' : 'bg');
                      return (
                        <li key={p.id}>
                          <span lang={name.lang}>{name.text}</span>
                          {municipality && p.country !== municipality.country && <span className="muted"> ({countryName(p.country, i18n.language)})</span>}
                        </li>
                      );
                    })}
                  </ul>
                </dd>
              </div>
            )}
            {m.body && (
              <div className="summary-list__row">
                <dt>{t('meeting.body')}</dt>
                <dd>
                  <Link to={`/bodies/${m.body.id}`} lang={localize(m.body.name, fallback).lang}>
                    {localize(m.body.name, fallback).text}
                  </Link>
                </dd>
              </div>
            )}
            <div className="summary-list__row">
              <dt>{t('meeting.registeredCount')}</dt>
              <dd>
                {m.capacity ? t('meeting.registeredOf', { count: m.capacity, registered: n(m.counts.registered), capacity: n(m.capacity) }) : n(m.counts.registered)}
                {m.counts.waitlisted > 0 && <span className="period__moved">{t('meeting.waitlistedCount', { count: m.counts.waitlisted, number: n(m.counts.waitlisted) })}</span>}
              </dd>
            </div>
          </dl>
          <p className="facts__action">
            <a href={meetingFiles.ics(m.id, i18n.language)} download>
              {t('meeting.ics')}
            </a>
          </p>
        </aside>
      </div>

      {m.programme.length > 0 && <Programme meeting={m} timeZone={tz} fallback={fallback} />}

      {(m.minutes || preview) && (
        <section aria-labelledby="results-title" className="section">
          <h2 id="results-title">{t('meeting.resultsTitle')}</h2>
          {m.minutes ? (
            <ul className="inline-actions">
              <li>
                <Link to={`/meetings/${m.id}/minutes`}>{t('meeting.minutesLink', { version: m.minutes.version, date: formatDate(m.minutes.publishedAt, i18n.language) })}</Link>
              </li>
              <li>
                <Link to={`/meetings/${m.id}/participation`}>{t('meeting.reportLink')}</Link>
              </li>
            </ul>
          ) : (
            <>
              <p>{t('meeting.noMinutesYet')}</p>
              <p>
                <Link to={`/meetings/${m.id}/participation`}>{t('meeting.reportPreview')}</Link>
              </p>
            </>
          )}
        </section>
      )}
      {!m.minutes && !preview && Date.parse(m.endsAt) <= now && (
        <p className="muted section">{t('meeting.minutesLater')}</p>
      )}
    </>
  );
}

/** The programme, day by day: times in the meeting's own time zone. */
function Programme({ meeting, timeZone, fallback }: { meeting: Meeting; timeZone: string | undefined; fallback: string }) {
  const { t, i18n } = useTranslation('meetings');
  const localize = useLocalize();
  const byDay = meeting.days.map((day) => ({ day, items: meeting.programme.filter((p) => p.day === day) })).filter((d) => d.items.length > 0);
  return (
    <section aria-labelledby="programme-title" className="section">
      <h2 id="programme-title">{t('meeting.programme')}</h2>
      {byDay.map(({ day, items }) => (
        <div key={day} className="programme-day">
          <h3>{meeting.days.length > 1 ? t('meeting.dayN', { n: meeting.days.indexOf(day) + 1, date: formatDay(day, i18n.language, { weekday: true }) }) : formatDay(day, i18n.language, { weekday: true })}</h3>
          <ol className="programme">
            {items.map((item, index) => {
              const itemTitle = localize(item.title, fallback);
              const itemText = localize(item.description, fallback);
              const times = formatTimes(item.startsAt, item.endsAt, timeZone);
              return (
                <li key={index} className="programme__item">
                  <span className="programme__time">{times || '—'}</span>
                  <div>
                    <p className="programme__title" lang={itemTitle.lang}>
                      {itemTitle.text}
                    </p>
                    {itemText.text && (
                      <p className="programme__text pre-line" lang={itemText.lang}>
                        {itemText.text}
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}

/** What a visitor can do about coming: register (or join the waiting list), or why not. */
function Registration({ meeting: m, timeZone }: { meeting: Meeting; timeZone: string | undefined }) {
  const { t, i18n } = useTranslation('meetings');
  const { status } = useSession();
  const [now] = useState(() => Date.now());
  const r = m.registration;
  const n = (value: number) => formatNumber(value, i18n.language);
  const at = (iso: string) => formatDateTime(iso, i18n.language, timeZone);
  // a meeting that is over needs no word about registering
  if (!r.isOpen && Date.parse(m.endsAt) <= now) return null;
  if (!r.isOpen) {
    const reason = r.closedReason ?? 'closed';
    return (
      <Notice tone="info" title={t(`closed.${reason}.title`)}>
        <p>{t(`closed.${reason}.body`, { date: r.opensAt ? at(r.opensAt) : r.closesAt ? at(r.closesAt) : '' })}</p>
      </Notice>
    );
  }
  return (
    <div className="inset">
      <h2 className="inset__title">{t('meeting.registerTitle')}</h2>
      <p>
        {m.seatsLeft === null ? t('meeting.open') : m.seatsLeft > 0 ? t('meeting.seatsLeft', { count: m.seatsLeft, number: n(m.seatsLeft), capacity: n(m.capacity ?? 0) }) : t('meeting.full')}
      </p>
      {r.requireApproval && <p>{t('meeting.approvalNeeded')}</p>}
      {r.closesAt && <p>{t('meeting.closesAt', { date: at(r.closesAt) })}</p>}
      <p>
        <Link to={`/meetings/${m.id}/register`} className="button">
          {m.seatsLeft === 0 ? t('meeting.joinWaitingList') : t('meeting.register')}
        </Link>
      </p>
      {status === 'signed-in' && (
        <p>
          <Link to="/me/registrations">{t('list.mine')}</Link>
        </p>
      )}
    </div>
  );
}
