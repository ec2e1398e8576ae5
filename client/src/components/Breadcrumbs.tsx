import { Link } from 'react-router';
import { useTranslation } from '../i18n/react';

export interface Crumb {
  to: string;
  label: string;
}

/** The way back up: the pages above this one, the current page not repeated. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <nav className="breadcrumbs" aria-label={t('breadcrumbs')}>
      <ol>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
