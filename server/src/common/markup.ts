/**
 * Text for XML 1.0 and HTML alike (feeds, the sitemap, link previews, the HTML part of e-mails):
 * the five special characters escaped (`'` as `&#39;`, which old mail programs read too), and
 * the characters XML forbids removed — C0 controls but tab and newlines, lone surrogates,
 * U+FFFE/U+FFFF: a feed reader's parser rejects a whole feed for one of them. Pure.
 */
export function escapeMarkup(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c]!)
  );
}
