import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import { useFlagContribution, useSetHidden, useSupport } from '../../api/contributions';
import { isShown, type Consultation, type Contribution, type Section, type ShownContribution } from '../../api/types';
import { ErrorNotice } from '../../components/Status';
import { Tag } from '../../components/Tag';
import { formatDateTime, formatNumber } from '../../lib/format';
import { ReasonForm } from './ui/ReasonForm';

type Panel = 'flag' | 'hide' | 'unhide' | null;

interface Props {
  contribution: Contribution;
  consultation: Consultation;
  sections: Section[];
  signedIn: boolean;
  /** a moderator or officer of the municipality: may hide and unhide */
  moderate: boolean;
  /** says what happened in the page's one live region ("Hidden", "Reported") */
  announce: (message: string) => void;
  children?: ReactNode;
}

/** One comment or proposal: who, when, on what, the text, the municipality's answer, and what can be done with it. */
export function ContributionItem(props: Props) {
  const c = props.contribution;
  return isShown(c) ? <ShownContributionItem {...props} contribution={c} /> : <HiddenContributionItem contribution={c}>{props.children}</HiddenContributionItem>;
}

/**
 * A hidden contribution as anyone but the municipality's staff gets it: where it stands in the
 * thread, when it came and why it is hidden; nothing of who wrote what.
 */
function HiddenContributionItem({ contribution: c, children }: { contribution: Contribution; children?: ReactNode }) {
  const { t, i18n } = useTranslation('consultations');
  const headingId = `contribution-${c.id}-author`;
  return (
    <article className={c.parentId ? 'contribution contribution--reply' : 'contribution'} id={`contribution-${c.id}`} aria-labelledby={headingId}>
      <header className="contribution__header">
        <h3 className="contribution__author" id={headingId}>
          {t('contribution.hiddenTitle')}
        </h3>
        <p className="contribution__meta">
          <time dateTime={c.receivedAt}>{formatDateTime(c.receivedAt, i18n.language)}</time>
        </p>
      </header>
      <p className="contribution__hidden">{c.hiddenReason ? t('contribution.hidden', { reason: c.hiddenReason }) : t('contribution.hiddenNoReason')}</p>
      {children}
    </article>
  );
}

function ShownContributionItem({ contribution: c, consultation, sections, signedIn, moderate, announce, children }: Props & { contribution: ShownContribution }) {
  const { t, i18n } = useTranslation('consultations');
  const support = useSupport(consultation.id);
  const flag = useFlagContribution();
  const setHidden = useSetHidden(consultation.id);
  const [panel, setPanel] = useState<Panel>(null);
  const toggles = useRef<Partial<Record<Exclude<Panel, null>, HTMLButtonElement | null>>>({});
  const open = consultation.status === 'open';
  const section = c.sectionId ? sections.find((s) => s.id === c.sectionId) : undefined;
  const headingId = `contribution-${c.id}-author`;
  const author = c.author.name;

  const returnTo = useRef<Exclude<Panel, null> | null>(null);

  // the form that had focus is gone: give it back to the button that opened it
  useEffect(() => {
    if (panel === null && returnTo.current) {
      toggles.current[returnTo.current]?.focus();
      returnTo.current = null;
    }
  }, [panel]);

  function close(which: Exclude<Panel, null>, message?: string) {
    returnTo.current = which;
    setPanel(null);
    if (message) announce(message);
  }

  const togglePanel = (which: Exclude<Panel, null>) => (panel === which ? close(which) : setPanel(which));

  return (
    <article className={c.parentId ? 'contribution contribution--reply' : 'contribution'} id={`contribution-${c.id}`} aria-labelledby={headingId}>
      <header className="contribution__header">
        <h3 className="contribution__author" id={headingId}>
          {author}
          {c.author.organization && <span className="contribution__organization"> — {t('contribution.onBehalfOf', { organization: c.author.organization })}</span>}
        </h3>
        <p className="contribution__meta">
          <Tag tone={c.kind === 'proposal' ? 'info' : 'neutral'}>{t(`contributionKinds.${c.kind}`)}</Tag>{' '}
          {section ? <a href={`#section-${section.ordinal}`}>{section.ref}</a> : c.parentId ? null : t('contribution.wholeDraft')}
          {' · '}
          <time dateTime={c.receivedAt}>{formatDateTime(c.receivedAt, i18n.language)}</time>
          {c.channel !== 'online' && <> · {t(`channels.${c.channel}`)}</>}
          {c.mine && <> · {t('contribution.mine')}</>}
        </p>
      </header>

      {c.hidden && (
        <p className="contribution__hidden">
          {c.hiddenReason ? t('contribution.hidden', { reason: c.hiddenReason }) : t('contribution.hiddenNoReason')} {t('contribution.hiddenStaff')}
        </p>
      )}
      <p className={c.hidden ? 'contribution__body contribution__body--hidden pre-line' : 'contribution__body pre-line'} lang={c.lang}>
        {c.body}
      </p>

      {c.response && (
        <div className="response">
          <p className="response__title">
            {t('contribution.answer')} <Tag tone="done">{t(`decisions.${c.response.decision}`)}</Tag>
          </p>
          {c.response.reasoning && (
            <p className="pre-line" lang={c.response.lang}>
              {c.response.reasoning}
            </p>
          )}
          <p className="muted response__date">
            <time dateTime={c.response.respondedAt}>{formatDateTime(c.response.respondedAt, i18n.language)}</time>
          </p>
        </div>
      )}

      <ul className="contribution__actions inline-actions">
        {signedIn && open && !c.mine && !c.hidden ? (
          <li>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-pressed={Boolean(c.supportedByMe)}
              aria-disabled={support.isPending || undefined}
              onClick={() => !support.isPending && support.mutate({ id: c.id, support: !c.supportedByMe })}
            >
              {c.supportedByMe ? t('contribution.supported') : t('contribution.support')} ({formatNumber(c.supportCount, i18n.language)})
              <span className="visually-hidden"> — {author}</span>
            </button>
          </li>
        ) : (
          c.supportCount > 0 && <li className="muted">{t('contribution.supportCount', { count: c.supportCount, number: formatNumber(c.supportCount, i18n.language) })}</li>
        )}
        {open && !c.parentId && !c.hidden && (
          <li>
            <Link to={`/consultations/${consultation.id}/contribute?reply=${c.id}`}>
              {t('contribution.reply')}
              <span className="visually-hidden"> — {author}</span>
            </Link>
          </li>
        )}
        {signedIn && !c.mine && !c.hidden && !moderate && (
          <li>
            <button type="button" className="link-button" aria-expanded={panel === 'flag'} ref={(el) => void (toggles.current.flag = el)} onClick={() => togglePanel('flag')}>
              {t('contribution.flag')}
              <span className="visually-hidden"> — {author}</span>
            </button>
          </li>
        )}
        {moderate && (
          <li>
            {c.hidden ? (
              <button type="button" className="link-button" aria-expanded={panel === 'unhide'} ref={(el) => void (toggles.current.unhide = el)} onClick={() => togglePanel('unhide')}>
                {t('contribution.unhide')}
                <span className="visually-hidden"> — {author}</span>
              </button>
            ) : (
              <button type="button" className="link-button" aria-expanded={panel === 'hide'} ref={(el) => void (toggles.current.hide = el)} onClick={() => togglePanel('hide')}>
                {t('contribution.hide')}
                <span className="visually-hidden"> — {author}</span>
              </button>
            )}
            {c.flagCount !== undefined && c.flagCount > 0 && <> <Tag tone="warn">{t('contribution.flags', { count: c.flagCount })}</Tag></>}
          </li>
        )}
      </ul>
      <ErrorNotice error={support.error} />

      {panel === 'flag' && (
        <ReasonForm
          id={`flag-${c.id}`}
          label={t('contribution.flagLabel')}
          hint={t('contribution.flagHint')}
          submitLabel={t('contribution.flagSubmit')}
          busy={flag.isPending}
          onSubmit={(reason) => flag.mutateAsync({ id: c.id, reason }).then(() => close('flag', t('contribution.flagged')))}
          onCancel={() => close('flag')}
        />
      )}
      {(panel === 'hide' || panel === 'unhide') && (
        <ReasonForm
          id={`${panel}-${c.id}`}
          label={panel === 'hide' ? t('contribution.hideLabel') : t('contribution.unhideLabel')}
          hint={panel === 'hide' ? t('contribution.hideHint') : undefined}
          optional={panel === 'unhide'}
          submitLabel={panel === 'hide' ? t('contribution.hideSubmit') : t('contribution.unhideSubmit')}
          busy={setHidden.isPending}
          onSubmit={(reason) =>
            setHidden
              .mutateAsync({ id: c.id, hidden: panel === 'hide', reason })
              .then(() => close(panel === 'hide' ? 'unhide' : 'hide', panel === 'hide' ? t('contribution.hiddenDone', { author }) : t('contribution.unhiddenDone', { author })))
          }
          onCancel={() => close(panel)}
        />
      )}
      {children}
    </article>
  );
}
