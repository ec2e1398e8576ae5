import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { isApiError } from '../../api/errors';
import { useSession } from '../../api/me';
import { useFollow, useMunicipality, useTransparency } from '../../api/municipalities';
import { apiUrl } from '../../api/session';
import type { Municipality } from '../../api/types';
import { Button } from '../../components/Button';
import { NotFound } from '../../components/Pages';
import { LoadError, Loading } from '../../components/Status';
import { usePageTitle } from '../../components/usePageTitle';
import { formatNumber, formatPercent } from '../../lib/format';
import { countryName } from '../../lib/country-name';
import { pickLocalized } from '../../lib/localized';

/** `/municipalities/:slug` — a municipality's public page: its consultations, its figures, following it. */
export function MunicipalityPage() {
  const { t, i18n } = useTranslation(['municipalities', 'common']);
  const { slug = '' } = useParams();
  const municipality = useMunicipality(slug);
  const m = municipality.data;
  const name = m ? pickLocalized(m.name, i18n.language, m.defaultLocale) : undefined;
  const missing = isApiError(municipality.error) && municipality.error.status === 404;
  usePageTitle(missing ? t('common:notFound.title') : (name?.text ?? ''));

  if (missing) return <NotFound />;
  if (municipality.isPending) return <Loading />;
  if (!m || !name) return <LoadError error={municipality.error} onRetry={() => void municipality.refetch()} />;
  return (
    <>
      <div className="municipality-head">
        {m.coatOfArmsUrl && <img className="municipality-head__arms" src={apiUrl(m.coatOfArmsUrl)} alt={t('page.coatOfArms', { name: name.text })} width={64} height={64} />}
        <div>
          <h1 lang={name.lang === i18n.language ? undefined : name.lang}>{name.text}</h1>
          <p className="muted">{countryName(m.country, i18n.language)}</p>
        </div>
      </div>
      <ul className="inline-actions">
        <li>
          <Link to={`/consultations?municipality=${encodeURIComponent(m.slug)}`}>{t('page.consultations')}</Link>
        </li>
        <li>
          <Link to={`/meetings?municipality=${encodeURIComponent(m.slug)}`}>{t('page.meetings')}</Link>
        </li>
        <li>
          <Link to={`/bodies?municipality=${encodeURIComponent(m.slug)}`}>{t('page.bodies')}</Link>
        </li>
        <li>
          <a href={apiUrl(`/api/feeds/consultations.atom?municipality=${encodeURIComponent(m.slug)}`)}>{t('page.feed')}</a>
        </li>
        <li>
          <a href={apiUrl(`/api/open-data/consultations.csv?municipality=${encodeURIComponent(m.slug)}`)} download>
            {t('page.openData')}
          </a>
        </li>
      </ul>
      <Contact m={m} />
      <FollowPanel municipalityId={m.id} />
      <Transparency municipalityId={m.id} />
    </>
  );
}

/** The administration's address, phone, e-mail, website and office hours, as far as given. */
function Contact({ m }: { m: Municipality }) {
  const { t, i18n } = useTranslation('municipalities');
  const address = pickLocalized(m.address, i18n.language, m.defaultLocale);
  const hours = pickLocalized(m.officeHours, i18n.language, m.defaultLocale);
  const lang = (l: string) => (l === i18n.language ? undefined : l);
  const rows: Array<[string, ReactNode]> = [];
  if (address.text) rows.push([t('page.address'), <span lang={lang(address.lang)} className="pre-line">{address.text}</span>]);
  if (m.phone) rows.push([t('page.phone'), <a href={`tel:${m.phone.replace(/[^0-9+]/g, '')}`}>{m.phone}</a>]);
  if (m.email) rows.push([t('page.email'), <a href={`mailto:${m.email}`}>{m.email}</a>]);
  if (m.website) rows.push([t('page.website'), <a href={m.website} rel="noopener noreferrer">{m.website.replace(/^https?:\/\//, '')}</a>]);
  if (hours.text) rows.push([t('page.officeHours'), <span lang={lang(hours.lang)} className="pre-line">{hours.text}</span>]);
  if (m.dpoEmail) rows.push([t('page.dpo'), <>{m.dpoName && `${m.dpoName}, `}<a href={`mailto:${m.dpoEmail}`}>{m.dpoEmail}</a></>]);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="contact-title" className="section">
      <h2 id="contact-title">{t('page.contactTitle')}</h2>
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div key={label} className="summary-list__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function FollowPanel({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation('municipalities');
  const session = useSession();
  const follow = useFollow(municipalityId);
  if (session.status === 'signed-out') {
    return (
      <p className="inset">
        <Link to={`/login?next=${encodeURIComponent(window.location.pathname)}`}>{t('page.signInToFollow')}</Link>
      </p>
    );
  }
  if (!session.me) return null;
  const following = session.me.follows.includes(municipalityId);
  return (
    <div className="inset">
      <Button variant={following ? 'secondary' : 'primary'} aria-pressed={following} busy={follow.isPending} onClick={() => follow.mutate(!following)} aria-describedby="follow-hint">
        {following ? t('page.following') : t('page.follow')}
      </Button>
      <p id="follow-hint" className="field__hint">
        {t('page.followHint')}
      </p>
      {follow.isError && <LoadError error={follow.error} />}
    </div>
  );
}

function Transparency({ municipalityId }: { municipalityId: string }) {
  const { t, i18n } = useTranslation('municipalities');
  const figures = useTransparency(municipalityId);
  const n = (v: number) => formatNumber(v, i18n.language);
  const f = figures.data;
  return (
    <section aria-labelledby="transparency-title" className="section">
      <h2 id="transparency-title">{t('page.transparencyTitle')}</h2>
      <p className="muted">{t('page.transparencyLead')}</p>
      {figures.isPending && <Loading />}
      {figures.isError && <LoadError error={figures.error} onRetry={() => void figures.refetch()} />}
      {f && (
        <dl className="figures">
          <div>
            <dt>{t('page.consultationsCount')}</dt>
            <dd>{n(f.consultations)}</dd>
          </div>
          <div>
            <dt>{t('page.withFullPeriod')}</dt>
            <dd>{n(f.withFullPeriod)}</dd>
          </div>
          <div>
            <dt>{t('page.withReport')}</dt>
            <dd>{n(f.withReport)}</dd>
          </div>
          <div>
            <dt>{t('page.proposals')}</dt>
            <dd>{n(f.proposals)}</dd>
          </div>
          <div>
            <dt>{t('page.answered')}</dt>
            <dd>{n(f.answered)}</dd>
          </div>
          <div>
            <dt>{t('page.answerRate')}</dt>
            <dd>{f.answerRate === null ? t('page.none') : formatPercent(f.answerRate, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('page.medianDays')}</dt>
            <dd>{f.medianDaysToAnswer === null ? t('page.none') : t('page.days', { count: Math.round(f.medianDaysToAnswer) })}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
