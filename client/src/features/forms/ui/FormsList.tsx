import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/react';
import type { FormSummary } from '../../../api/forms';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { FormStatusTag, statusOf } from './FormStatusTag';
import { useLocalize } from './useLocalize';

/**
 * Forms of a municipality as a list that reads the same on a phone and a wide screen: title,
 * status, responses, dates, and what the reader can do next (manage, results).
 */
export function FormsList({ forms, label, manage }: { forms: FormSummary[]; label: string; manage?: boolean }) {
  const { t, i18n } = useTranslation('forms');
  const localize = useLocalize();
  const lang = i18n.language;
  return (
    <ul className="dashboard__list forms-list" aria-label={label}>
      {forms.map((form) => {
        const title = localize(form.title);
        const status = statusOf(form);
        const links = [
          ...(manage && form.canManage ? [{ to: `/officer/forms/${form.id}/edit`, label: status === 'draft' ? t('list.edit') : t('list.manage') }] : []),
          ...(status !== 'draft' && form.canReadReport ? [{ to: `/forms/${form.id}/report`, label: t('list.report') }] : []),
        ];
        return (
          <li key={form.id} className="dashboard__item forms-list__item">
            <p className="dashboard__title" lang={title.lang}>
              {title.text}
            </p>
            <p className="dashboard__meta">
              <FormStatusTag status={status} /> {t(`purposes.${form.purpose}`)} · {t(`audiences.${form.audience}`)}
              {form.responses !== null && <> · {t('list.responsesCount', { count: form.responses, number: formatNumber(form.responses, lang) })}</>}
              {!!form.pendingResponses && <> ({t('list.pendingCount', { count: form.pendingResponses, number: formatNumber(form.pendingResponses, lang) })})</>}
            </p>
            {(form.opensAt || form.closesAt) && (
              <p className="dashboard__meta muted">
                {[form.opensAt && t('list.opens', { date: formatDateTime(form.opensAt, lang) }), form.closesAt && t('list.closes', { date: formatDateTime(form.closesAt, lang) })].filter(Boolean).join(' ')}
              </p>
            )}
            {links.length > 0 && (
              <ul className="inline-actions">
                {links.map((link) => (
                  <li key={link.to}>
                    <Link to={link.to}>
                      {link.label}
                      <span className="visually-hidden"> — {title.text}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
