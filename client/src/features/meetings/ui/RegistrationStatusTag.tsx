import { useTranslation } from '../../../i18n/react';
import type { RegistrationStatus } from '../../../api/meetings';
import { Tag, type TagTone } from '../../../components/Tag';

const TONE: Record<RegistrationStatus, TagTone> = { registered: 'ok', waitlisted: 'warn', pending: 'info', rejected: 'neutral', cancelled: 'neutral' };

/** "Registered", "Waiting list", … with the colour repeating the words. */
export function RegistrationStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('meetings');
  const known = status in TONE ? (status as RegistrationStatus) : 'registered';
  return <Tag tone={TONE[known]}>{t(`registrationStatuses.${known}`)}</Tag>;
}
