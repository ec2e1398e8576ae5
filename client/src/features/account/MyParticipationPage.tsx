import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useMyRegistrations } from '../../api/meetings';
import { useMyAnsweredForms, useMyContributions } from '../../api/participation';
import type { MyContribution } from '../../api/types';
import { LoadError, LoadMore, Loading } from '../../components/Status';
import { Tag } from '../../components/Tag';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatDateTime } from '../../lib/format';
import { useLocalize } from '../../lib/useLocalize';

/** `/me/participation` — my contributions with their answers, my meeting registrations, the forms I answered. */
export function MyParticipationPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('participation.title'));
  return (
    <>
      <h1>{t('participation.title')}</h1>
      <p className="lead">{t('participation.lead')}</p>
      <Contributions />
      <Meetings />
      <Forms />
    </>
  );
}

function Contributions() {
  const { t } = useTranslation('account');
  const query = useMyContributions();
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="mine-contributions" className="section">
      <h2 id="mine-contributions">{t('participation.contributionsTitle')}</h2>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && (
        <p>
          {t('participation.contributionsEmpty')} <Link to="/consultations?status=open">{t('participation.findConsultations')}</Link>
        </p>
      )}
      <ul className="card-list">
        {items.map((c) => (
          <ContributionCard key={c.id} c={c} />
        ))}
      </ul>
      <LoadMore hasMore={Boolean(query.hasNextPage)} loading={query.isFetchingNextPage} onLoad={() => void query.fetchNextPage()} />
    </section>
  );
}

function ContributionCard({ c }: { c: MyContribution }) {
  const { t, i18n } = useTranslation(['account', 'consultations']);
  const localize = useLocalize();
  // without the reader's language, the consultation's own (not whichever comes first)
  const title = localize(c.consultationTitle, c.consultationLanguage);
  return (
    <li className="card">
      <h3 className="card__title" lang={title.lang === i18n.language ? undefined : title.lang}>
        <Link to={`/consultations/${c.consultationId}`}>{title.text}</Link>
      </h3>
      <p className="card__meta">
        <Tag>{t(`consultations:statuses.${c.consultationStatus}` as 'consultations:statuses.open')}</Tag> {t(`consultations:contributionKinds.${c.kind}` as 'consultations:contributionKinds.proposal')} ·{' '}
        <time dateTime={c.receivedAt}>{t('participation.sent', { date: formatDateTime(c.receivedAt, i18n.language) })}</time>
      </p>
      {c.hidden && (
        <p className="notice notice--warning">{t('participation.hidden', { reason: c.hiddenReason ?? '' })}</p>
      )}
      <p className="pre-line" lang={c.lang === i18n.language ? undefined : c.lang}>
        {c.body}
      </p>
      {c.response ? (
        <div className="response">
          <p className="response__title">
            {t('participation.answer')} <Tag tone="done">{t(`consultations:decisions.${c.response.decision}` as 'consultations:decisions.accepted')}</Tag>
          </p>
          {c.response.reasoning && <p className="pre-line">{c.response.reasoning}</p>}
        </div>
      ) : (
        c.kind === 'proposal' && <p className="muted">{t('participation.noAnswer')}</p>
      )}
    </li>
  );
}

function Meetings() {
  const { t, i18n } = useTranslation(['account', 'meetings']);
  const query = useMyRegistrations();
  const localize = useLocalize();
  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby="mine-meetings" className="section">
      <h2 id="mine-meetings">{t('participation.meetingsTitle')}</h2>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{t('participation.meetingsEmpty')}</p>}
      {items.length > 0 && (
        <>
          <ul className="card-list">
            {items.map((r) => {
              const title = localize(r.meetingTitle);
              return (
                <li key={r.id} className="card">
                  <h3 className="card__title" lang={title.lang === i18n.language ? undefined : title.lang}>
                    <Link to={`/meetings/${r.meetingId}`}>{title.text}</Link>
                  </h3>
                  <p className="card__meta">
                    <time dateTime={r.startsAt}>{formatDateTime(r.startsAt, i18n.language, r.timeZone)}</time> · {t(`meetings:registrationStatuses.${r.status}` as 'meetings:registrationStatuses.registered')}
                  </p>
                </li>
              );
            })}
          </ul>
          <p>
            <Link to="/me/registrations">{t('participation.meetingsAll')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

function Forms() {
  const { t, i18n } = useTranslation('account');
  const query = useMyAnsweredForms();
  const localize = useLocalize();
  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby="mine-forms" className="section">
      <h2 id="mine-forms">{t('participation.formsTitle')}</h2>
      <p>{t('participation.formsNote')}</p>
      {query.isPending && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && items.length === 0 && <p>{t('participation.formsEmpty')}</p>}
      <ul className="card-list">
        {items.map((f) => {
          const title = localize(f.title);
          return (
            <li key={f.formId} className="card">
              <h3 className="card__title" lang={title.lang === i18n.language ? undefined : title.lang}>
                <Link to={`/forms/${f.formId}`}>{title.text}</Link>
              </h3>
              <p className="card__meta">
                {f.anonymous && <Tag>{t('participation.anonymous')}</Tag>}
                {f.closesAt && <> {formatDate(f.closesAt, i18n.language)}</>}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
