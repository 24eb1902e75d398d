/**
 * Which characters of a line have the wrong width for Chinese prose (docs/domain.md §9): a
 * half-width , ; : ? ! next to Chinese, a pair of ( ) or " " or ' ' around or beside Chinese, and
 * runs of full-width digits or letters. Works on the masked line, so URLs, e-mail addresses and
 * Markdown code are already blanks; the numbering marker at the start of the line (before `from`)
 * is the numbering rules' to judge. One pass over the line, one small record per problem: a long
 * text can hold tens of thousands of them.
 */

export interface WidthProblem {
  /** A single mark; a pair (start is the opening mark, end - 1 the closing one); a full-width run. */
  kind: 'mark' | 'pair' | 'full-width';
  start: number;
  end: number;
}

const FULL: Readonly<Record<string, string>> = { ',': '\uFF0C', ';': '\uFF1B', ':': '\uFF1A', '?': '\uFF1F', '!': '\uFF01', '(': '\uFF08', ')': '\uFF09', '"': '\u201C', "'": '\u2018' };
const CLOSING: Readonly<Record<string, string>> = { '(': '\uFF09', '"': '\u201D', "'": '\u2019' };

/** Chinese characters and the marks that stand among them. */
function isChinese(c: number): boolean {
  return (
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xd840 && c <= 0xdbff) ||
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2026 ||
    c === 0x2014
  );
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;
const isWordChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** The code of the nearest character that is not a space, stepping from i by `step`; NaN past either end. */
function neighbour(s: string, i: number, step: 1 | -1): number {
  while (i >= 0 && i < s.length && isSpace(s.charCodeAt(i))) i += step;
  return s.charCodeAt(i);
}

/** Full-width digits and letters, except Ｘ and ｘ, which stand for digits in templates (placeholder's). */
function isFullWidthAlnum(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a && c !== 0xff38) || (c >= 0xff41 && c <= 0xff5a && c !== 0xff58);
}

/** The characters worth a closer look; everything between them is skipped by a native search. */
const CANDIDATES = /[,;:?!()"'\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

function holdsChinese(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isChinese(s.charCodeAt(i))) return true;
  return false;
}

/** Every problem on the line, left to right by where it ends (a pair is complete at its closing mark). */
export function widthProblems(s: string, from: number): WidthProblem[] {
  const out: WidthProblem[] = [];
  scan(s, from, (p) => void out.push(p));
  return out;
}

/** The first problem on the line, or null: for a caller that only needs to know whether there is one, and where. */
export function firstWidthProblem(s: string, from: number): WidthProblem | null {
  let first: WidthProblem | null = null;
  scan(s, from, (p) => ((first = p), true));
  return first;
}

/** Calls `found` with each problem in turn, until it returns true. */
function scan(s: string, from: number, found: (p: WidthProblem) => boolean | void): void {
  /** Open ( " ' marks: their column and code. */
  let open: Array<{ at: number; code: number }> | null = null;
  CANDIDATES.lastIndex = from;
  // test(), not exec(): no match array for each of tens of thousands of commas.
  while (CANDIDATES.test(s)) {
    const i = CANDIDATES.lastIndex - 1;
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21) {
      const before = neighbour(s, i - 1, -1);
      const after = neighbour(s, i + 1, 1);
      // 1,000 and 8:30 and 1:500 are numbers; a mark between Latin words is English; :// a URL.
      if ((c === 0x2c || c === 0x3a) && isDigit(before) && isDigit(after)) continue;
      if (!isChinese(before) && !(isChinese(after) && !isDigit(before))) continue;
      if (c === 0x3a && s.charCodeAt(i + 1) === 0x2f) continue;
      if (found({ kind: 'mark', start: i, end: i + 1 })) return;
    } else if (c === 0x28) {
      (open ??= []).push({ at: i, code: c });
    } else if (c === 0x29) {
      if (!open) continue;
      const k = lastOpen(open, 0x28);
      if (k < 0) continue;
      const o = open[k]!;
      open.length = k;
      // f(x) and a(1) are formulas: a Latin letter or digit right before the bracket, nothing Chinese inside.
      if (holdsChinese(s, o.at + 1, i) || (!isWordChar(s.charCodeAt(o.at - 1)) && (isChinese(neighbour(s, o.at - 1, -1)) || isChinese(neighbour(s, i + 1, 1))))) {
        if (found({ kind: 'pair', start: o.at, end: i + 1 })) return;
      }
    } else if (c === 0x22 || c === 0x27) {
      open ??= [];
      const k = lastOpen(open, c);
      if (k < 0) open.push({ at: i, code: c });
      else {
        const o = open[k]!;
        open.length = k;
        if (holdsChinese(s, o.at + 1, i) && found({ kind: 'pair', start: o.at, end: i + 1 })) return;
      }
    } else {
      let end = i + 1;
      while (end < s.length && (isFullWidthAlnum(s.charCodeAt(end)) || s.charCodeAt(end) === 0xff0e)) end++;
      // A full stop ends a run only between digits (３．５); at the end it is punctuation.
      while (end > i + 1 && s.charCodeAt(end - 1) === 0xff0e) end--;
      CANDIDATES.lastIndex = end;
      if (isFullWidthAlnum(c) && found({ kind: 'full-width', start: i, end })) return;
    }
  }
}

function lastOpen(open: Array<{ code: number }>, code: number): number {
  for (let k = open.length - 1; k >= 0; k--) if (open[k]!.code === code) return k;
  return -1;
}

/** The edits that fix one problem, as [column, length, text] triples. */
export function replacements(s: string, p: WidthProblem): Array<[number, number, string]> {
  if (p.kind === 'full-width') return [[p.start, p.end - p.start, s.slice(p.start, p.end).replace(/[\uFF0E\uFF10-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))]];
  const mark = s.charAt(p.start);
  if (p.kind === 'mark') return [[p.start, 1, FULL[mark]!]];
  return [
    [p.start, 1, FULL[mark]!],
    [p.end - 1, 1, CLOSING[mark]!],
  ];
}
