import { useTranslation } from '../../../i18n/react';
import type { ConsultationStatus } from '../../../api/types';
import { Tag, type TagTone } from '../../../components/Tag';

const TONE: Record<ConsultationStatus, TagTone> = {
  draft: 'neutral',
  upcoming: 'info',
  open: 'ok',
  closed: 'warn',
  reported: 'done',
  decided: 'done',
};

/** Where a consultation stands: "Open for proposals", "Closed", … */
export function StatusTag({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation('consultations');
  return <Tag tone={TONE[status]}>{t(`statuses.${status}`)}</Tag>;
}
