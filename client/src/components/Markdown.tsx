import { useMemo } from 'react';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Text written in Markdown (a draft act, its motives), shown as HTML that has been cleaned of
 * anything but formatting. Single line breaks are kept: drafts number their paragraphs line by line.
 */
export function Markdown({ text, lang, className }: { text: string; lang?: string; className?: string }) {
  const html = useMemo(() => {
    const raw = marked.parse(text, { async: false, breaks: true, gfm: true });
    return DOMPurify.sanitize(raw, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'img'] });
  }, [text]);
  return <div className={className ? `prose ${className}` : 'prose'} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
