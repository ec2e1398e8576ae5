/**
 * Splits a draft act (Markdown) into addressable sections, the way Bulgarian and Macedonian acts
 * are cited: articles ("Чл. 3", "Член 3", "Art. 3"), with the text before the first article and
 * the transitional and final provisions ("§ 1") as sections of their own. Pure: text in, list out.
 */
export interface ParsedSection {
  /** how people cite it: "Чл. 3", "§ 2", "Преамбюл" */
  ref: string;
  /** the article's heading, if it has one ("Чл. 3. Срокове" → "Срокове") */
  title: string;
  text: string;
  /** position in the draft, from 1 */
  ordinal: number;
  /** the chapter ("Глава втора …", a Markdown heading) the section is in */
  chapter: string | null;
}

const ARTICLE = /^\s*(?:\*\*|__)?\s*(Чл\.|Член|Art\.|Article)\s*(\d+[а-яa-z]?)\s*\.?\s*(?:\*\*|__)?\s*(.*)$/i;
const PARAGRAPH_MARK = /^\s*(?:\*\*|__)?\s*§\s*(\d+[а-яa-z]?)\s*\.?\s*(?:\*\*|__)?\s*(.*)$/;
const HEADING = /^\s*#{1,6}\s+(.*)$/;
const CHAPTER = /^\s*(Глава|Раздел|Chapter|Section|Преходни|Заключителни|Допълнителни|Преодни|Завршни|Дополнителни)\b/i;

export function parseSections(markdown: string, preambleRef = 'Преамбюл'): ParsedSection[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const sections: ParsedSection[] = [];
  let chapter: string | null = null;
  let current: { ref: string; title: string; lines: string[]; chapter: string | null } | null = null;
  const preamble: string[] = [];

  const flush = () => {
    if (!current) return;
    const text = current.lines.join('\n').trim();
    sections.push({ ref: current.ref, title: current.title, text, ordinal: 0, chapter: current.chapter });
    current = null;
  };

  for (const line of lines) {
    const heading = HEADING.exec(line);
    const headingText = heading ? heading[1].replace(/[*_]+/g, '').trim() : null;
    const article = ARTICLE.exec(headingText ?? line);
    const paragraph = PARAGRAPH_MARK.exec(headingText ?? line);
    if (article) {
      flush();
      const [, word, num, rest] = article;
      const ref = `${/^чл|^член/i.test(word) ? 'Чл.' : 'Art.'} ${num}`;
      const { title, remainder } = splitTitle(rest);
      current = { ref, title, lines: remainder ? [remainder] : [], chapter };
    } else if (paragraph) {
      flush();
      const [, num, rest] = paragraph;
      const { title, remainder } = splitTitle(rest);
      current = { ref: `§ ${num}`, title, lines: remainder ? [remainder] : [], chapter };
    } else if (headingText !== null || CHAPTER.test(line)) {
      flush();
      chapter = (headingText ?? line).replace(/[*_]+/g, '').trim() || chapter;
    } else if (current) {
      current.lines.push(line);
    } else {
      preamble.push(line);
    }
  }
  flush();

  const preambleText = preamble.join('\n').trim();
  const all = preambleText ? [{ ref: preambleRef, title: '', text: preambleText, ordinal: 0, chapter: null }, ...sections] : sections;
  if (!all.length) return [];
  // a draft with no articles at all: its paragraphs are the sections
  if (!sections.length) {
    return preambleText
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((text, i) => ({ ref: `¶ ${i + 1}`, title: '', text, ordinal: i + 1, chapter: null }));
  }
  return all.map((s, i) => ({ ...s, ordinal: i + 1 }));
}

/** Abbreviations that end in a dot inside a sentence: "по чл. 5", "ал. 2", "т. 3", "2026 г." */
const ABBREVIATION_END = /(?:^|\s)(?:чл|ал|т|г|гр|с|бр|изм|доп|стр|др|вкл|напр|ет|ул|ж\.к|art|para|no)$/i;

/** "Срокове. (1) Текст…" → title "Срокове", remainder "(1) Текст…"; "(1) Текст" → no title. */
function splitTitle(rest: string): { title: string; remainder: string } {
  const clean = rest.replace(/^[*_\s]+|[*_\s]+$/g, '');
  if (!clean) return { title: '', remainder: '' };
  if (/^\(\d+\)/.test(clean)) return { title: '', remainder: clean };
  const m = /^([^.()]{1,60})\.\s+(\S.*)$/.exec(clean);
  const looksLikeTitle = m && !/^\d/.test(m[1]) && m[1].trim().split(/\s+/).length <= 6 && !ABBREVIATION_END.test(m[1]);
  return looksLikeTitle ? { title: m[1].trim(), remainder: m[2].trim() } : { title: '', remainder: clean };
}
