import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { Member } from '../../../api/bodies';
import { TableRegion } from '../../../components/TableRegion';
import { Tag, type TagTone } from '../../../components/Tag';
import { formatDay } from '../../../lib/format';

const INVITATION_TONES: Record<NonNullable<Member['invitation']>, TagTone> = { pending: 'warn', accepted: 'ok', declined: 'neutral' };

/**
 * Members with role, organisation and term; `actions` adds a last column (officer pages). A member
 * with an account shows whether they answered the invitation: pending and declined always (the
 * declined are listed for the staff only), accepted with `showAccepted` (officer pages).
 * A real table with headers; on a phone each member is a card (`.stack-table` in app/styles.css):
 * the name first, then each value after its column's name, taken from `data-label`.
 */
export function MembersTable({ caption, members, captionHidden, actions, showAccepted }: { caption: string; members: Member[]; captionHidden?: boolean; actions?: (m: Member) => ReactNode; showAccepted?: boolean }) {
  const { t, i18n } = useTranslation('bodies');
  const day = (d: string) => formatDay(d, i18n.language);
  return (
    <div className="stack-table">
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
              <th scope="row">
                {m.name}
                {m.invitation && (m.invitation !== 'accepted' || showAccepted) && (
                  <>
                    {' '}
                    <Tag tone={INVITATION_TONES[m.invitation]}>{t(`members.${m.invitation}`)}</Tag>
                  </>
                )}
              </th>
              <td data-label={t('members.role')}>{t(`roles.${m.role}`)}</td>
              <td data-label={t('members.organization')}>{m.organizationName ?? '—'}</td>
              <td data-label={t('members.term')} className="member-term">
                {m.until ? t('members.fromTo', { from: day(m.since), to: day(m.until) }) : t('members.since', { from: day(m.since) })}
                {m.term === 'upcoming' && (
                  <>
                    {' '}
                    <Tag tone="info">{t('members.upcoming')}</Tag>
                  </>
                )}
              </td>
              {actions && <td className="stack-table__actions">{actions(m)}</td>}
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </div>
  );
}
