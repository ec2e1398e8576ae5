import { useEffect } from 'react';
import { useTranslation } from '../i18n/react';

/**
 * Sets the browser tab title to "<title> — Sabor" in the interface language (WCAG 2.4.2), and the
 * page's meta description: `description` when the page has one (a summary, in the language of the
 * title it goes with), else the site's in the interface language, so both always follow the h1's
 * language rather than the Bulgarian of index.html.
 */
export function usePageTitle(title: string, description?: string): void {
  const { t } = useTranslation();
  const full = t('pageTitle', { title });
  const text = clip(description?.trim()) || t('siteDescription');
  useEffect(() => {
    document.title = full;
    let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    meta.content = text;
  }, [full, text]);
}

/** A description as search results and link previews show it: one line, at most about 160 characters, cut at a word. */
function clip(text: string | undefined): string | undefined {
  if (!text) return text;
  const line = text.replace(/[#*_>`]+/g, '').replace(/\s+/g, ' ').trim();
  if (line.length <= 160) return line;
  const cut = line.slice(0, 159);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : 159)}…`;
}
