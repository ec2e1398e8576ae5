import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import type { MeetingSummary } from '../../../api/meetings';
import { useMunicipality } from '../../../api/municipalities';
import { Tag } from '../../../components/Tag';
import { formatNumber } from '../../../lib/format';
import { useLocalize } from '../../../lib/useLocalize';
import { useWhen } from './when';

/** One meeting in a list: where and when, and whether one can still register. */
export function MeetingCard({ meeting: m, to, headingLevel = 2 }: { meeting: MeetingSummary; to?: string; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation('meetings');
  const localize = useLocalize();
  const when = useWhen();
  const municipality = useMunicipality(m.municipalitySlug).data;
  const fallback = municipality?.defaultLocale ?? 'bg';
  const title = localize(m.title, fallback);
  const where = localize(m.location, fallback);
  const name = municipality ? localize(municipality.name, municipality.defaultLocale) : { text: m.municipalitySlug, lang: undefined };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="card card--consultation">
      <p className="card__eyebrow">
        <span lang={name.lang}>{name.text}</span> · {t(`kinds.${m.kind}`)}
      </p>
      <Heading className="card__title" lang={title.lang}>
        <Link to={to ?? `/meetings/${m.id}`}>{title.text}</Link>
      </Heading>
      <p className="card__meta">{when(m, municipality?.timeZone)}</p>
      {(where.text || m.onlineUrl) && (
        <p className="card__meta" lang={where.lang}>
          {where.text || t('meeting.online')}
        </p>
      )}
      <p className="card__status">
        {m.status === 'cancelled' ? (
          <Tag tone="warn">{t('meeting.cancelled')}</Tag>
        ) : m.registration.isOpen ? (
          <Tag tone="ok">{m.seatsLeft === 0 ? t('card.waitingList') : m.seatsLeft !== null ? t('card.seatsLeft', { count: m.seatsLeft, number: formatNumber(m.seatsLeft, i18n.language) }) : t('card.registrationOpen')}</Tag>
        ) : null}
      </p>
    </li>
  );
}
