import { useEffect, useMemo, useState } from 'react';

type Render = (text: string) => string;
let renderer: Render | null = null;
let loading: Promise<Render> | null = null;

/** The Markdown renderer (marked and DOMPurify, 26 KB compressed) is fetched when a page first shows Markdown. */
function loadRenderer(): Promise<Render> {
  loading ??= import('./markdown-render').then((m) => (renderer = m.renderMarkdown));
  return loading;
}

/**
 * Text written in Markdown (a draft act, its motives), shown as HTML that has been cleaned of
 * anything but formatting. Single line breaks are kept: drafts number their paragraphs line by line.
 * Until the renderer has arrived (a moment, once per visit) the text shows as it is written.
 */
export function Markdown({ text, lang, className }: { text: string; lang?: string; className?: string }) {
  const [render, setRender] = useState<Render | null>(() => renderer);
  useEffect(() => {
    if (render) return;
    let live = true;
    void loadRenderer().then((r) => live && setRender(() => r));
    return () => {
      live = false;
    };
  }, [render]);
  const html = useMemo(() => (render ? render(text) : null), [render, text]);
  const classes = className ? `prose ${className}` : 'prose';
  if (html === null) {
    return (
      <div className={classes} lang={lang} style={{ whiteSpace: 'pre-line' }}>
        {text}
      </div>
    );
  }
  return <div className={classes} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />;
}
