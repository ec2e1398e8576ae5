import DOMPurify from 'dompurify';
import { marked } from 'marked';

/** Markdown to HTML cleaned of anything but formatting; loaded by Markdown.tsx when first needed. */
export function renderMarkdown(text: string): string {
  const raw = marked.parse(text, { async: false, breaks: true, gfm: true });
  return DOMPurify.sanitize(raw, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'img'] });
}
