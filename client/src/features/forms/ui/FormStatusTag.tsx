import { useTranslation } from '../../../i18n/react';
import type { FormStatus, FormSummary } from '../../../api/forms';
import { Tag, type TagTone } from '../../../components/Tag';

const TONE: Record<FormStatus, TagTone> = { draft: 'neutral', scheduled: 'info', open: 'ok', closed: 'done' };

/** The status by the server's clock: draft until published, then scheduled, open, closed. */
export function statusOf(form: Pick<FormSummary, 'status'>): FormStatus {
  return form.status;
}

export function FormStatusTag({ status }: { status: FormStatus }) {
  const { t } = useTranslation('forms');
  return <Tag tone={TONE[status]}>{t(`status.${status}`)}</Tag>;
}
