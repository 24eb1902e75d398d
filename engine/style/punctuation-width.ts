/**
 * Which characters of a line have the wrong width for Chinese prose (docs/domain.md §9): a
 * half-width , ; : ? ! next to Chinese, a pair of ( ) or " " or ' ' around or beside Chinese, and
 * runs of full-width digits or letters. Works on the masked line, so URLs, e-mail addresses and
 * Markdown code are already blanks; the numbering marker at the start of the line (before `from`)
 * is the numbering rules' to judge. One pass over the line, one small record per problem: a long
 * text can hold tens of thousands of them.
 */

import { endsEnglishClause, hasLatinLetter, inEnglishSentence, isEnglishAside, isEnglishLine, startsEnglish } from './english-context';
import { isChinese, isDigit, isIdeograph, isLatinLetter, isWordChar, neighbour } from './prose-chars';
import { questionSlotEnd } from '../placeholder/symbols';

export interface WidthProblem {
  /** A single mark; a pair (start is the opening mark, end - 1 the closing one); a full-width run. */
  kind: 'mark' | 'pair' | 'full-width';
  start: number;
  end: number;
}

const FULL: Readonly<Record<string, string>> = { ',': '\uFF0C', ';': '\uFF1B', ':': '\uFF1A', '?': '\uFF1F', '!': '\uFF01', '(': '\uFF08', ')': '\uFF09', '"': '\u201C', "'": '\u2018' };
const CLOSING: Readonly<Record<string, string>> = { '(': '\uFF09', '"': '\u201D', "'": '\u2019' };

/** Full-width digits and letters, except Ｘ and ｘ, which stand for digits in templates (placeholder's). */
function isFullWidthAlnum(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a && c !== 0xff38) || (c >= 0xff41 && c <= 0xff5a && c !== 0xff58);
}

/** The characters worth a closer look; everything between them is skipped by a native search. */
const CANDIDATES = /[,;:?!()"'\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
/**
 * The same and Latin letters: a line is searched with this until its first Latin letter, so that
 * the English-line test knows whether one stands before the first wrong mark without reading the
 * line again (a loop over characters costs several times what the native search does).
 */
const CANDIDATES_OR_LATIN = /[A-Za-z,;:?!()"'\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

function holdsChinese(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isChinese(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Every problem on the line, left to right by where it ends (a pair is complete at its closing
 * mark). `s` is the masked line, `raw` the line as written: a masked code span is blanks in `s`.
 */
export function widthProblems(s: string, from: number, raw = s): WidthProblem[] {
  const out: WidthProblem[] = [];
  scan(s, raw, from, out, { kind: 'mark', start: 0, end: 0 });
  return out;
}

/**
 * Whether the line has a problem, the first one written into `first`: for a caller that only
 * needs to know whether there is one, and where. The caller's record is reused line after line:
 * a record a line was an eighth of what the rule allocates on a text with a wrong mark in every line.
 */
export function firstWidthProblem(s: string, from: number, raw: string, first: WidthProblem): boolean {
  return scan(s, raw, from, null, first);
}

/**
 * Puts every problem into `all`, or, without it, writes the first one into `first` and stops. No
 * callback: the rule calls this for every line of the text, and a closure a line was a measurable
 * share of its cost.
 */
function scan(s: string, raw: string, from: number, all: WidthProblem[] | null, first: WidthProblem): boolean {
  /** How many ( " ' marks are open, in OPEN_AT and OPEN_CODE. */
  let open = 0;
  /**
   * Whether the line is English prose, its marks English ones: decided at its first half-width
   * problem, once. Deciding it there rather than at the first mark spares the lines whose marks are
   * all fine (1,000 and 8:30); the bracket stack it fills meanwhile only ever yields half-width
   * problems, which an English line skips all of.
   */
  let english: boolean | undefined;
  let latinBefore = hasLatinLetter(s, from);
  let search = latinBefore ? CANDIDATES : CANDIDATES_OR_LATIN;
  search.lastIndex = from;
  // test(), not exec(): no match array for each of tens of thousands of commas.
  while (search.test(s)) {
    const i = search.lastIndex - 1;
    const c = s.charCodeAt(i);
    if (isLatinLetter(c)) {
      latinBefore = true;
      CANDIDATES.lastIndex = i + 1;
      search = CANDIDATES;
    } else if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3f || c === 0x21) {
      // 投入??万元: a slot where a figure goes, placeholder's.
      if (c === 0x3f && s.charCodeAt(i + 1) === 0x3f) {
        const end = questionSlotEnd(s, i);
        if (end > 0) {
          search.lastIndex = end;
          continue;
        }
      }
      const before = neighbour(s, i - 1, -1);
      const after = neighbour(s, i + 1, 1);
      // 1,000 and 8:30 and 1:500 are numbers; a mark between Latin words is English; :// a URL. After a
      // number and before Chinese it is Chinese prose's (比例尺为1:500,会议).
      if ((c === 0x2c || c === 0x3a) && isDigit(before) && isDigit(after)) continue;
      if (!isChinese(before) && !(isChinese(after) && !endsEnglishClause(s, raw, i))) continue;
      // `（待补充）, TODO` and `（一）, `code``: no Chinese word before, then a space and Latin or code, is
      // English spacing (`来源: http` and `培训”; 400人` are not).
      if (raw.charCodeAt(i + 1) === 0x20 && !isIdeograph(before) && startsEnglish(neighbour(raw, i + 1, 1))) continue;
      if (c === 0x3a && s.charCodeAt(i + 1) === 0x2f) continue;
      if ((english ??= isEnglishLine(s, i, latinBefore))) continue;
      if (found(all, first, 'mark', i, i + 1)) return true;
    } else if (c === 0x28) {
      open = openMark(open, i, c);
    } else if (c === 0x29) {
      const k = lastOpen(open, 0x28);
      if (k < 0) continue;
      const at = OPEN_AT[k]!;
      open = k;
      // f(x) and a(1) are formulas: a Latin letter or digit right before the bracket, nothing Chinese inside.
      if (inEnglishSentence(s, at, i) || isEnglishAside(s, at + 1, i)) continue;
      if (holdsChinese(s, at + 1, i) || (!isWordChar(s.charCodeAt(at - 1)) && (isChinese(neighbour(s, at - 1, -1)) || isChinese(neighbour(s, i + 1, 1))))) {
        if ((english ??= isEnglishLine(s, i, latinBefore))) continue;
        if (found(all, first, 'pair', at, i + 1)) return true;
      }
    } else if (c === 0x22 || c === 0x27) {
      const k = lastOpen(open, c);
      if (k < 0) open = openMark(open, i, c);
      else {
        const at = OPEN_AT[k]!;
        open = k;
        // "网红课堂" holds Chinese; 实现"5+2"全覆盖 stands between Chinese words on both sides.
        if (holdsChinese(s, at + 1, i) || (isChinese(neighbour(s, at - 1, -1)) && isChinese(neighbour(s, i + 1, 1)))) {
          if ((english ??= isEnglishLine(s, i, latinBefore))) continue;
          if (found(all, first, 'pair', at, i + 1)) return true;
        }
      }
    } else {
      let end = i + 1;
      while (end < s.length && (isFullWidthAlnum(s.charCodeAt(end)) || s.charCodeAt(end) === 0xff0e)) end++;
      // A full stop ends a run only between digits (３．５); at the end it is punctuation.
      while (end > i + 1 && s.charCodeAt(end - 1) === 0xff0e) end--;
      search.lastIndex = end;
      if (isFullWidthAlnum(c)) {
        if (found(all, first, 'full-width', i, end)) return true;
      }
    }
  }
  return false;
}

/** Collects a problem, or, when only the first one is wanted, writes it into `first` and says to stop. */
function found(all: WidthProblem[] | null, first: WidthProblem, kind: WidthProblem['kind'], start: number, end: number): boolean {
  if (all) {
    all.push({ kind, start, end });
    return false;
  }
  first.kind = kind;
  first.start = start;
  first.end = end;
  return true;
}

/**
 * The open marks of the line being scanned, column and code, the first `open` entries valid: one
 * pair of arrays for every line (scan never runs inside itself), not an object for each bracket.
 */
const OPEN_AT: number[] = [];
const OPEN_CODE: number[] = [];

/** Opens a mark; returns the new count. */
function openMark(open: number, at: number, code: number): number {
  OPEN_AT[open] = at;
  OPEN_CODE[open] = code;
  return open + 1;
}

/** The innermost open mark with `code`, or -1. */
function lastOpen(open: number, code: number): number {
  for (let k = open - 1; k >= 0; k--) if (OPEN_CODE[k] === code) return k;
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
