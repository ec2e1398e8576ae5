import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import { isApiError } from '../../../api/errors';
import { useMeeting, type Meeting } from '../../../api/meetings';
import { useMunicipality } from '../../../api/municipalities';
import type { Municipality } from '../../../api/types';
import { Breadcrumbs, type Crumb } from '../../../components/Breadcrumbs';
import { Forbidden, NotFound } from '../../../components/Pages';
import { LoadError, Loading } from '../../../components/Status';
import { Tag } from '../../../components/Tag';
import { usePageTitle } from '../../../components/usePageTitle';
import { useLocalize } from '../../../lib/useLocalize';
import { useWhen } from '../ui/when';
import '../ui/meetings.css';

export interface MeetingFrameData {
  meeting: Meeting;
  municipality: Municipality;
}

interface Props {
  /** the page's own title ("Check-in"); the meeting's title when absent (the overview) */
  title?: string;
  children: (data: MeetingFrameData) => ReactNode;
}

/**
 * The frame of an officer page about one meeting (`/officer/meetings/:id/…`): loads it and its
 * municipality, checks the reader may manage it, and gives the page its breadcrumbs and h1.
 */
export function MeetingFrame({ title, children }: Props) {
  const { t } = useTranslation(['meetings', 'common']);
  const { id = '' } = useParams();
  const query = useMeeting(id);
  const municipality = useMunicipality(query.data?.municipalitySlug ?? '');
  const localize = useLocalize();
  const when = useWhen();
  const name = query.data ? localize(query.data.title, municipality.data?.defaultLocale) : undefined;
  const heading = title ?? name?.text ?? t('meeting.fallbackTitle');
  const missing = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
  const forbidden = Boolean(query.data && !query.data.canManage);
  usePageTitle(missing ? t('common:notFound.title') : forbidden ? t('common:forbidden.title') : title && name ? `${title}: ${name.text}` : heading);

  if (missing) return <NotFound />;
  if (forbidden) return <Forbidden />;
  const crumbs: Crumb[] = [{ to: '/officer/meetings', label: t('officer.home.title') }];
  if (title && query.data && name) crumbs.push({ to: `/officer/meetings/${query.data.id}`, label: name.text });
  return (
    <>
      <Breadcrumbs items={crumbs} />
      {title && name && (
        <p className="caption" lang={name.lang}>
          {name.text}
        </p>
      )}
      <h1 lang={title ? undefined : name?.lang}>{heading}</h1>
      {query.data && (
        <p className="muted">
          {when(query.data, municipality.data?.timeZone)}
          {query.data.status === 'cancelled' && (
            <>
              {' '}
              <Tag tone="warn">{t('meeting.cancelled')}</Tag>
            </>
          )}
        </p>
      )}
      {(query.isPending || (query.data && municipality.isPending)) && <Loading />}
      {query.isError && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {municipality.isError && <LoadError error={municipality.error} onRetry={() => void municipality.refetch()} />}
      {query.data && municipality.data && children({ meeting: query.data, municipality: municipality.data })}
    </>
  );
}
