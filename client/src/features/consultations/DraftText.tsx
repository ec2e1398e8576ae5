import { Fragment } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../i18n/react';
import type { Consultation, Section } from '../../api/types';
import { Markdown } from '../../components/Markdown';
import { formatNumber } from '../../lib/format';

/**
 * The draft, article by article: each an anchored block (`#section-3`) with its reference
 * ("Чл. 3"), how many contributions it has (a link that filters the list to them) and, while the
 * consultation is open, a way to comment on it.
 */
export function DraftText({ consultation, sections, lang }: { consultation: Consultation; sections: Section[]; lang?: string }) {
  const { t, i18n } = useTranslation('consultations');
  const open = consultation.status === 'open';
  const hasChapters = sections.some((s) => s.chapter);
  return (
    <div className="draft">
      {sections.map((s, i) => {
        const newChapter = s.chapter && s.chapter !== sections[i - 1]?.chapter ? s.chapter : null;
        const Heading = hasChapters && s.chapter ? 'h4' : 'h3';
        const headingId = `section-${s.ordinal}-title`;
        return (
          <Fragment key={s.id}>
            {newChapter && (
              <h3 className="draft__chapter" lang={lang}>
                {newChapter}
              </h3>
            )}
            <section id={`section-${s.ordinal}`} className="draft-section" aria-labelledby={headingId}>
              <Heading id={headingId} className="draft-section__ref" lang={lang}>
                {s.title ? `${s.ref}. ${s.title}` : s.ref}
              </Heading>
              <Markdown text={s.text} lang={lang} />
              <p className="draft-section__actions">
                {s.contributionCount > 0 ? (
                  <Link to={`?section=${s.id}#contributions`} preventScrollReset>
                    {t('draft.contributions', { count: s.contributionCount, number: formatNumber(s.contributionCount, i18n.language) })}
                    <span className="visually-hidden"> — {s.ref}</span>
                  </Link>
                ) : (
                  <span className="muted">{t('draft.noContributions')}</span>
                )}
                {open && (
                  <Link to={`/consultations/${consultation.id}/contribute?section=${s.id}`} className="button button--secondary button--small">
                    {t('draft.commentOn', { ref: s.ref })}
                  </Link>
                )}
              </p>
            </section>
          </Fragment>
        );
      })}
    </div>
  );
}
