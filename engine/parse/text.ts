/**
 * Line splitting and masking. Every later stage works on `masked` lines: the same length as the
 * original, with text that is not prose (Markdown code, HTML comments, link targets, URLs) blanked
 * to spaces, so that columns found in the masked text are columns in the real text.
 */

export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the line's first UTF-16 unit in the whole text. */
  start: number;
  /** The line's text without its terminator. */
  text: string;
  /** Same length as `text`, with non-prose blanked to spaces. */
  masked: string;
}

const LINE_BREAK = /\r\n|\n|\r/g;

export function splitLines(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    out.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, text: text.slice(start) });
  return out;
}

/** `**…**` or `__…__` around words; isEmphasis says whether a match really is emphasis. */
export const EMPHASIS = /(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1/g;

/**
 * Whether an EMPHASIS match from `start` to `end` is emphasis: runs of _ of unequal length on its
 * two sides are a template's blanks (完成____万元，同比增长__%), which the placeholder rule reports;
 * so are runs of _ that open right after a word (____年__月__日), where Markdown (CommonMark's
 * flanking rule) never opens underscore emphasis either.
 */
export function isEmphasis(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== 0x5f) return true;
  return underscoreRun(text, start) === underscoreRun(text, end - 1) && !WORD_CHAR.test(text.charAt(start - 1));
}

/** A letter, digit or ideograph: after one, a run of _ is inside a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How many _ stand in a row through the one at index i. */
function underscoreRun(text: string, i: number): number {
  let a = i;
  while (text.charCodeAt(a - 1) === 0x5f) a--;
  let b = i;
  while (text.charCodeAt(b + 1) === 0x5f) b++;
  return b - a + 1;
}

function blankEmphasis(s: string): string {
  return s.replace(EMPHASIS, (m: string, d: string, inner: string, at: number) => (isEmphasis(s, at, at + m.length) ? blank(d) + inner + blank(d) : m));
}

function blank(s: string): string {
  return ' '.repeat(s.length);
}

/** Columns of a line's text without the white space at either end (full-width spaces included). */
export function trimmedColumns(text: string): { start: number; end: number } {
  return { start: text.length - text.trimStart().length, end: text.trimEnd().length };
}

export function isBlank(s: string): boolean {
  // Most lines asked open with a printable ASCII character or an ideograph: no regex call for them.
  const first = s.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x4e00 && first <= 0x9fff)) return false;
  return /^[\s\u3000\ufeff]*$/.test(s);
}

/** An e-mail address starts where its run of name characters does, or every start inside a long run would scan it again. */
const URL_LIKE = /\b(?:https?|ftp):\/\/[\x21-\x7e]+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[\x21-\x7e]*|(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

/**
 * A URL's match without the punctuation of the sentence around it: 见http://x.cn，… and
 * 平台(http://x.cn)上线 end the URL before the comma or the closing bracket, as autolinks do.
 * A closing bracket stays when the URL opened it (…/wiki/Foo_(bar)), and so does the one that
 * closes a Markdown link around it ([简报](https://x.cn)), which is markdown-artifact's.
 */
function blankUrl(url: string, at: number, line: string): string {
  const inLink = line.startsWith('](', at - 2);
  let end = url.length;
  for (;;) {
    const c = url[end - 1];
    if (c === undefined) break;
    if (TRAILING_PUNCTUATION.includes(c)) end--;
    else if ((c === ')' || c === ']') && !(inLink && c === ')') && count(url, c === ')' ? '(' : '[', end) < count(url, c, end)) end--;
    else break;
  }
  return blank(url.slice(0, end)) + url.slice(end);
}

const TRAILING_PUNCTUATION = '.,:;!?\'"';

function count(s: string, c: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf(c); i >= 0 && i < end; i = s.indexOf(c, i + 1)) n++;
  return n;
}

/** What every URL or e-mail address URL_LIKE masks contains: three searches of the text, not three per line. */
const URL_HINTS = ['://', 'www.', '@'];

/**
 * How many UTF-16 units of a text native searches cover at a time (128 KB). Searching a long text
 * for one needle after another streams it from memory once per needle; searching one window for
 * every needle before moving on reads each window from cache after the first needle.
 */
export const SEARCH_WINDOW = 1 << 16;

/**
 * The nearest offset, at or after a given one, where any of several needles starts: one native
 * search per needle and window, repeated only once the cursor has passed that needle's last hit,
 * and the nearest hit cached. Offsets asked for must not decrease.
 */
export class NextOf {
  /** Per needle: its next hit, or the window's end when it has none before that; -1 before a search. */
  private readonly next: number[];
  private nearest = -1;
  private windowStart = 0;
  private windowEnd = 0;
  /** The window's text, with room for a needle that starts inside it and ends after it. */
  private window = '';
  private readonly overlap: number;

  constructor(
    private readonly text: string,
    private readonly needles: readonly string[],
  ) {
    this.next = needles.map(() => -1);
    this.overlap = Math.max(0, ...needles.map((n) => n.length - 1));
  }

  /** The offset, or the text's length if no needle stands at or after `offset`. */
  from(offset: number): number {
    if (offset <= this.nearest) return this.nearest;
    for (;;) {
      if (offset >= this.windowEnd) {
        if (offset >= this.text.length) return (this.nearest = this.text.length);
        this.moveWindow(offset);
      }
      let nearest = this.windowEnd;
      for (let k = 0; k < this.needles.length; k++) {
        let p = this.next[k]!;
        if (p < offset) {
          const q = this.window.indexOf(this.needles[k]!, offset - this.windowStart);
          this.next[k] = p = q < 0 ? this.windowEnd : Math.min(this.windowStart + q, this.windowEnd);
        }
        if (p < nearest) nearest = p;
      }
      if (nearest < this.windowEnd || this.windowEnd >= this.text.length) return (this.nearest = Math.min(nearest, this.text.length));
      offset = this.windowEnd;
    }
  }

  private moveWindow(offset: number): void {
    this.windowStart = offset;
    this.windowEnd = Math.min(this.text.length, offset + SEARCH_WINDOW);
    const end = Math.min(this.text.length, this.windowEnd + this.overlap);
    this.window = offset === 0 && end === this.text.length ? this.text : this.text.slice(offset, end);
    this.next.fill(-1);
  }
}

/** Markdown-only masking of a single line (inline code, HTML comments handled by the caller). */
function maskMarkdownInline(s: string): string {
  let out = s;
  if (out.indexOf('`') >= 0) out = out.replace(/(`+)[^`]*?\1/g, blank);
  // Headings: the # run is syntax; markers after it take part in numbering.
  out = out.replace(/^( {0,3})(#{1,6})(?=[ \t]|$)/, (_m, sp: string, h: string) => sp + blank(h));
  // Task list boxes and list bullets are syntax.
  out = out.replace(/^([ \t]*)([-*+]|\d+[.)])([ \t]+)\[[ xX]\](?=[ \t])/, (m) => blank(m));
  // Images and links: keep the label, blank the brackets and the target.
  if (out.indexOf('](') >= 0) {
    out = out.replace(/!?\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m, label: string) => {
      const lead = m.startsWith('!') ? 2 : 1;
      return blank(m.slice(0, lead)) + label + blank(m.slice(lead + label.length));
    });
  }
  out = out.replace(/<(?:https?:\/\/|mailto:)[^>\s]*>/g, blank);
  // Emphasis delimiters around text are syntax; a lone run such as ****年 is text.
  if (out.indexOf('*') >= 0 || out.indexOf('__') >= 0) {
    out = blankEmphasis(out);
    out = out.replace(/(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])/g, (_m, inner: string) => ' ' + inner + ' ');
  }
  // Thematic breaks.
  if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(out)) out = blank(out);
  return out;
}

/**
 * Markdown pasted into a plain-text report (from a chat assistant): a `## ` run before a heading and
 * `**` around words are syntax there too, so that `## 一、总体要求` is the heading 一、 and
 * `**（一）加强领导**` the heading （一）. The markdown-artifact rule reports them (docs/domain.md §9).
 */
function startsWithHash(s: string): boolean {
  let i = 0;
  while (i < 3 && s.charCodeAt(i) === 0x20) i++;
  return s.charCodeAt(i) === 0x23;
}

/**
 * The `#` run of a pasted heading: before a space, or glued to a numbered heading's marker
 * (`###一、主要工作`, `##（二）…`, `#1.…`), which some tools paste without the space.
 */
export const PASTED_HEADING_HASHES = /^( {0,3})(#{1,6})(?=[ \t]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]{1,3}[章节部分条、，,])/;

function maskPastedMarkdown(s: string): string {
  let out = s;
  if (startsWithHash(out)) out = out.replace(PASTED_HEADING_HASHES, (_m, sp: string, h: string) => sp + blank(h)).replace(/[ \t]+#+[ \t]*$/, blank);
  if (out.indexOf('**') >= 0 || out.indexOf('__') >= 0) out = blankEmphasis(out);
  return out;
}

/**
 * Splits text into lines and computes masks. For Markdown, fenced code blocks, inline code,
 * HTML comments and syntax are blanked; for every file, URLs and e-mail addresses are blanked.
 */
export function buildLines(text: string, markdown: boolean): Line[] {
  const lines: Line[] = [];
  let fence: string | null = null;
  let inComment = false;
  const urlHints = new NextOf(text, URL_HINTS);
  const emphasisHints = markdown ? null : new NextOf(text, ['**', '__']);
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let i = 0; start >= 0; i++) {
    // (indexOf('\n') looks faster but is erratic: some runs take ten times as long.) test()
    // rather than exec(): no match array per line; the break ends at lastIndex.
    const found = LINE_BREAK.test(text);
    const next = found ? LINE_BREAK.lastIndex : -1;
    const end = !found ? text.length : text.charCodeAt(next - 1) === 0x0a && text.charCodeAt(next - 2) === 0x0d ? next - 2 : next - 1;
    const lineText = text.slice(start, end);
    let masked = lineText;
    if (markdown) {
      if (fence !== null) {
        if (new RegExp('^ {0,3}' + fence[0] + '{' + fence.length + ',}\\s*$').test(lineText)) fence = null;
        masked = blank(lineText);
      } else {
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(lineText);
        if (open) {
          fence = open[1]!;
          masked = blank(lineText);
        } else {
          ({ masked, inComment } = maskHtmlComments(lineText, inComment));
          masked = maskMarkdownInline(masked);
        }
      }
    } else if (startsWithHash(lineText) || emphasisHints!.from(start) < end) {
      masked = maskPastedMarkdown(lineText);
    }
    if (urlHints.from(start) < end) masked = masked.replace(URL_LIKE, blankUrl);
    lines.push({ index: i, start, text: lineText, masked });
    start = next;
  }
  return lines;
}

function maskHtmlComments(s: string, inComment: boolean): { masked: string; inComment: boolean } {
  if (!inComment && s.indexOf('<!--') < 0) return { masked: s, inComment };
  let out = '';
  let pos = 0;
  let open = inComment;
  while (pos < s.length) {
    if (open) {
      const end = s.indexOf('-->', pos);
      if (end < 0) {
        out += blank(s.slice(pos));
        return { masked: out, inComment: true };
      }
      out += blank(s.slice(pos, end + 3));
      pos = end + 3;
      open = false;
    } else {
      const begin = s.indexOf('<!--', pos);
      if (begin < 0) {
        out += s.slice(pos);
        break;
      }
      out += s.slice(pos, begin);
      pos = begin;
      open = true;
    }
  }
  return { masked: out, inComment: open };
}

/** The index of the line holding `offset` (binary search over line starts). */
export function lineAtOffset(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
