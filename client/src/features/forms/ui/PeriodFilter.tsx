import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/react';
import { useSearchParams } from 'react-router';
import type { Period } from '../../../api/forms';
import { TextField } from '../../../components/fields';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The period in the address (`?from=&to=`, calendar days), so a filtered report can be linked. */
export function usePeriod(): Period {
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { ...(DAY.test(from) ? { from } : {}), ...(DAY.test(to) ? { to } : {}) };
}

/** From and to days; Apply puts them in the address, Clear takes them out. */
export function PeriodFilter({ idPrefix, title }: { idPrefix: string; title: string }) {
  const { t } = useTranslation('forms');
  const [params, setParams] = useSearchParams();
  const period = usePeriod();
  const [from, setFrom] = useState(period.from ?? '');
  const [to, setTo] = useState(period.to ?? '');
  const [error, setError] = useState<string>();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (from && to && from > to) {
      setError(t('period.toBeforeFrom'));
      return;
    }
    setError(undefined);
    const next = new URLSearchParams(params);
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  }

  function clear() {
    setFrom('');
    setTo('');
    setError(undefined);
    const next = new URLSearchParams(params);
    next.delete('from');
    next.delete('to');
    setParams(next, { replace: true });
  }

  return (
    <form className="filter filter--inline period-filter" onSubmit={onSubmit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} className="filter__title">
        {title}
      </h2>
      <div className="filter__fields">
        <TextField id={`${idPrefix}-from`} label={t('period.from')} type="date" width="short" optional value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField id={`${idPrefix}-to`} label={t('period.to')} type="date" width="short" optional value={to} onChange={(e) => setTo(e.target.value)} error={error} />
        <div className="button-group period-filter__buttons">
          <button type="submit" className="button button--secondary">
            {t('period.apply')}
          </button>
          {(period.from || period.to) && (
            <button type="button" className="link-button" onClick={clear}>
              {t('period.clear')}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
