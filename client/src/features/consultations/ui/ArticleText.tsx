import { useId } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { Section } from '../../../api/types';
import { Markdown } from '../../../components/Markdown';

/** Longer than this, the article's text is folded away behind its title (one tap opens it). */
export const LONG_ARTICLE = 600;

/**
 * The text of the article a comment or an answer is about, so it can be read without leaving the
 * form: a short one shown as it is, a long one in a `<details>` that opens on request (or open from
 * the start with `open`). `lang` is the draft's language when it differs from the interface's.
 */
export function ArticleText({ section, lang, open, className }: { section: Section; lang?: string; open?: boolean; className?: string }) {
  const { t } = useTranslation('consultations');
  const id = useId();
  const title = t('article.textOf', { ref: section.title ? `${section.ref}. ${section.title}` : section.ref });
  const text = <Markdown text={section.text} lang={lang} />;
  const classes = ['article-text', className].filter(Boolean).join(' ');
  if (section.text.length > LONG_ARTICLE) {
    return (
      <details className={classes} open={open}>
        <summary className="article-text__title">{title}</summary>
        {text}
      </details>
    );
  }
  return (
    <figure className={classes} aria-labelledby={id}>
      <figcaption id={id} className="article-text__title">
        {title}
      </figcaption>
      {text}
    </figure>
  );
}
