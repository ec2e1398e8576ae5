import { useTranslation } from '../../../i18n/react';
import { Tag } from '../../../components/Tag';

/** Dissolved and private bodies say so next to their name. */
export function BodyTags({ status, visibility }: { status: string; visibility: string }) {
  const { t } = useTranslation('bodies');
  return (
    <>
      <Tag tone={status === 'active' ? 'ok' : 'neutral'}>{status === 'active' ? t('statuses.active') : t('statuses.dissolved')}</Tag>
      {visibility === 'private' && (
        <>
          {' '}
          <Tag tone="info">{t('private')}</Tag>
        </>
      )}
    </>
  );
}
