import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../api/bodies';
import { TableRegion } from '../../../components/TableRegion';
import { Tag } from '../../../components/Tag';
import { formatDay } from '../../../lib/format';

/** Members with role, organisation and term; `actions` adds a last column (officer pages). */
export function MembersTable({ caption, members, captionHidden, actions }: { caption: string; members: Member[]; captionHidden?: boolean; actions?: (m: Member) => ReactNode }) {
  const { t, i18n } = useTranslation('bodies');
  const day = (d: string) => formatDay(d, i18n.language);
  return (
    <TableRegion caption={caption} captionHidden={captionHidden}>
      <thead>
        <tr>
          <th scope="col">{t('members.name')}</th>
          <th scope="col">{t('members.role')}</th>
          <th scope="col">{t('members.organization')}</th>
          <th scope="col">{t('members.term')}</th>
          {actions && (
            <th scope="col">
              <span className="visually-hidden">{t('members.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.id}>
            <th scope="row">{m.name}</th>
            <td>{t(`roles.${m.role}`)}</td>
            <td>{m.organizationName ?? '—'}</td>
            <td className="member-term">
              {m.until ? t('members.fromTo', { from: day(m.since), to: day(m.until) }) : t('members.since', { from: day(m.since) })}
              {m.term === 'upcoming' && (
                <>
                  {' '}
                  <Tag tone="info">{t('members.upcoming')}</Tag>
                </>
              )}
            </td>
            {actions && <td>{actions(m)}</td>}
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
