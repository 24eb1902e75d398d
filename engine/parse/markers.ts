/**
 * Recognises the structural marker at the start of a line (docs/domain.md §2): 一、 (一) 1. (1) ① 第一.
 * Works on masked text, so Markdown `#` and `**` before a marker are already blanks.
 */
import { CHINESE_NUMERAL_CLASS, circledValue, parseChineseNumeral } from '../chinese-numerals';
import { CLOSE_PAREN, COLON, COMMA, DIGIT, DOT, OPEN_PAREN, X_LETTER } from '../chars';

/** Space, tab, U+3000, no-break space and a BOM may stand before a marker. */
function isLeading(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

const PICTOGRAPH = /^\p{Extended_Pictographic}/u;

/**
 * Past the emoji a chat assistant puts before a heading (### 📌 一、工作概述, ✅ 二、主要成效, ⚠️ 三、…)
 * and the spaces after it: the marker stands after them (docs/domain.md §2). Only code points from
 * the arrows up (U+2190) outside the CJK blocks can be one, so most lines cost one comparison.
 */
function pastEmoji(s: string, at: number): number {
  let i = at;
  for (;;) {
    const c = s.charCodeAt(i);
    if (!((c >= 0xd83c && c <= 0xd83e) || (c >= 0x2190 && c <= 0x2bff)) || !PICTOGRAPH.test(s.slice(i, i + 2))) break;
    i += c >= 0xd800 ? 2 : 1;
    // Variation selector-16, a keycap mark, a skin tone or a joiner to the next pictograph.
    while (i < s.length) {
      const d = s.charCodeAt(i);
      if (d === 0xfe0f || d === 0x20e3 || d === 0x200d) i++;
      else if (d === 0xd83c && s.charCodeAt(i + 1) >= 0xdffb && s.charCodeAt(i + 1) <= 0xdfff) i += 2;
      else break;
    }
  }
  if (i === at) return at;
  while (i < s.length && isLeading(s.charCodeAt(i))) i++;
  return i;
}

export type Family = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled' | 'ordinal' | 'ordinal-unit';

export const FAMILY_LABELS: Record<Family, string> = {
  cn: '一、',
  'cn-paren': '(一)',
  arabic: '1.',
  'arabic-paren': '(1)',
  circled: '①',
  ordinal: '第一',
  'ordinal-unit': '第一章',
};

export interface Span {
  start: number;
  end: number;
}

export interface Marker {
  family: Family;
  /** The number the marker carries; null where the number is a placeholder such as X. */
  value: number | null;
  line: number;
  /** Columns of the whole marker, delimiter and redundant punctuation included. */
  start: number;
  end: number;
  numeral: Span;
  numeralText: string;
  /** The delimiter after the numeral (、 . . ) )), or '' for bracketed and circled markers. */
  delimiter: string;
  delimiterSpan: Span | null;
  open: string;
  close: string;
  /** Punctuation after a complete marker, such as the 、 in (一)、 or the second 、 in 一、、. */
  extra: { text: string; span: Span } | null;
  /** For ordinal-unit markers: 章, 节 or 部分. */
  unit: string;
  /** Column where the heading text starts. */
  textStart: number;
  /** How the marker is written, for mixed-style checks: the delimiter, or the bracket pair. */
  style: string;
}

const CN = `[${CHINESE_NUMERAL_CLASS}]{1,4}`;
const EXTRA = `[、${DOT}]`;
const X_RUN = `[${X_LETTER}]{1,3}`;
const DIGITS = `[${DIGIT}]{1,3}`;

function toAsciiDigits(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Sticky: each is tried where the line's text starts, on the whole line (no copy of its start). */
const PATTERNS: Array<{ family: Family; re: RegExp }> = [
  { family: 'cn-paren', re: new RegExp(`([${OPEN_PAREN}])(${CN})([${CLOSE_PAREN}])(${EXTRA}*)`, 'y') },
  { family: 'arabic-paren', re: new RegExp(`([${OPEN_PAREN}])(${DIGITS}|${X_RUN})([${CLOSE_PAREN}])(${EXTRA}*)`, 'y') },
  // 一，基本情况 and 一,基本情况 (a comma typed for 、, or a half-width one pasted): a heading with the
  // wrong mark after it, which numbering-punctuation reports.
  { family: 'cn', re: new RegExp(`()(${CN})([、${DOT}${COMMA}])()`, 'y') },
  // 1，加强学习 (a comma typed for the dot): a heading too, corrected by numbering-punctuation; 1，000
  // and 2，3月份 go on with a digit and are numbers.
  { family: 'arabic', re: new RegExp(`()(${DIGITS}|${X_RUN})([、${DOT}${CLOSE_PAREN}${COMMA}])(${EXTRA}*)`, 'y') },
  { family: 'ordinal-unit', re: new RegExp(`(第)(${CN})(章|节|部分)()`, 'y') },
  { family: 'ordinal', re: new RegExp(`(第)(${CN})([${COMMA}、${COLON}]|(?=[ \\t\\u3000]))()`, 'y') },
];

const X_START = new RegExp(`^[${X_LETTER}]`);
const NUMBER_CHAR = new RegExp(`[${DIGIT}${X_LETTER}]`);
/** Redundant punctuation after a marker, matched where the marker ends (sticky), however long the run. */
const DOUBLED_CN = new RegExp(`[、${DOT}]+`, 'y');
const CIRCLED_EXTRA = new RegExp(`[、${COMMA}${DOT}]+`, 'y');

function runAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

/** Text after a 一、 that shows it is an enumeration of numbers (一、二年级), not a heading. */
const CN_ENUMERATION = new RegExp(`^[${CHINESE_NUMERAL_CLASS}]+(?:、|年级|类|等|级|班)`);
const COMMA_DELIMITER = new RegExp(`^[${COMMA}]$`);
/** Whether a marker's delimiter is a comma (一，, 1,): typed for 、 or the dot, which numbering-punctuation corrects. */
export function isCommaDelimiter(delimiter: string): boolean {
  return COMMA_DELIMITER.test(delimiter);
}
/** After a 一、: another numeral and a period of the year or a batch (二季度, 二月份, 二期). */
const PERIOD_LIST = new RegExp(`^[${CHINESE_NUMERAL_CLASS}]+(?:季度|月份|月|期|批|轮)`);
const SENTENCE_MARK = new RegExp(`[${COMMA}。；;]`);
const NUMERAL_START = new RegExp(`^[${CHINESE_NUMERAL_CLASS}]`);
/** Whether the text from `at`, after a 一、 (or 一，) marker, lists numerals rather than heads a section. */
function listsNumerals(masked: string, at: number, delimiter: string): boolean {
  if (CN_ENUMERATION.test(masked.slice(at, at + 6))) return true;
  // 一，二季度: numerals listed with a comma. A heading written with a comma never goes on with one.
  if (isCommaDelimiter(delimiter) && NUMERAL_START.test(masked.charAt(at))) return true;
  // 一、二季度，全区… and 一、二月份受…影响: the opening of a sentence on the first two quarters or
  // months, not a heading (一、二季度工作情况, unpunctuated, may be one).
  return PERIOD_LIST.test(masked.slice(at, at + 5)) && SENTENCE_MARK.test(masked.slice(at));
}

/** Text after a 第一、 that shows it lists ordinals (第一、二季度, 第一、第二批), not a heading. */
const ORDINAL_ENUMERATION = /^第?[一二三四五六七八九十]/;

/**
 * A keycap digit opening a line (1️⃣ 完善网格化管理), as chat assistants number a list: a marker of the
 * 1. family whose delimiter is the keycap's marks, so a renumbering edits the digit alone.
 * markdown-artifact reports the keycap and turns it into 1.
 */
const KEYCAP_MARKER = /([1-9])(\uFE0F?\u20E3)/y;

/** Whether a marker's delimiter is a keycap's marks (1️⃣): markdown-artifact's, not a style of the 1. family. */
export function isKeycapDelimiter(delimiter: string): boolean {
  return delimiter.endsWith('\u20E3');
}

/** Characters a marker can start with; any other first character rules a line out at once. */
const MARKER_START = new RegExp(`[${CHINESE_NUMERAL_CLASS}${OPEN_PAREN}${DIGIT}${X_LETTER}第\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]`);
/**
 * MARKER_START's answer per UTF-16 code (0 not asked yet, 1 no, 2 yes), filled in as codes are
 * met: every line asks, and a typed array answers faster than a Map.
 */
const markerStart = new Uint8Array(0x10000);

function mayStartMarker(c: number): boolean {
  let answer = markerStart[c]!;
  if (answer === 0) markerStart[c] = answer = MARKER_START.test(String.fromCharCode(c)) ? 2 : 1;
  return answer === 2;
}

export function findLineMarker(masked: string, line: number): Marker | null {
  let lead = 0;
  while (lead < masked.length && isLeading(masked.charCodeAt(lead))) lead++;
  lead = pastEmoji(masked, lead);
  if (lead >= masked.length || !mayStartMarker(masked.charCodeAt(lead))) return null;
  const circled = circledValue(masked.codePointAt(lead)!);
  if (circled !== null) return circledMarker(masked, line, lead, circled);
  KEYCAP_MARKER.lastIndex = lead;
  const keycap = KEYCAP_MARKER.exec(masked);
  if (keycap) return keycapMarker(masked, line, lead, keycap[1]!, keycap[2]!);
  for (let k = 0; k < PATTERNS.length; k++) {
    const { family, re } = PATTERNS[k]!;
    re.lastIndex = lead;
    const m = re.exec(masked);
    if (!m) continue;
    const [whole, open, numeralText, closeOrDelim, extra] = m as unknown as [string, string, string, string, string];
    const after = masked.charAt(lead + whole.length);
    const isPlaceholder = X_START.test(numeralText);
    let value: number | null;
    if (isPlaceholder) value = null;
    else if (family === 'arabic' || family === 'arabic-paren') value = parseInt(toAsciiDigits(numeralText), 10);
    else value = parseChineseNumeral(numeralText);
    if (!isPlaceholder && (value === null || value < 1)) continue;
    if (/^[〇零两]/.test(numeralText)) continue;
    // 1.5万 and 1、2号楼 are numbers, not markers; X.X% is a placeholder number.
    if (family === 'arabic' && NUMBER_CHAR.test(after)) continue;
    if (family === 'cn' && listsNumerals(masked, lead + whole.length, closeOrDelim)) continue;
    if (family === 'ordinal' && closeOrDelim === '、' && ORDINAL_ENUMERATION.test(masked.slice(lead + whole.length, lead + whole.length + 2))) continue;
    const numStart = lead + open.length;
    const numEnd = numStart + numeralText.length;
    const bracketed = family === 'cn-paren' || family === 'arabic-paren';
    const unit = family === 'ordinal-unit' ? closeOrDelim : '';
    const delimiter = bracketed || unit ? '' : closeOrDelim;
    let end = numEnd + closeOrDelim.length;
    let extraInfo: Marker['extra'] = null;
    if (extra) {
      extraInfo = { text: extra, span: { start: end, end: end + extra.length } };
      end += extra.length;
    } else if (family === 'cn') {
      const run = runAt(DOUBLED_CN, masked, end);
      if (run) {
        extraInfo = { text: run, span: { start: end, end: end + run.length } };
        end += run.length;
      }
    }
    return {
      family,
      value,
      line,
      start: lead,
      end,
      numeral: { start: numStart, end: numEnd },
      numeralText,
      delimiter,
      delimiterSpan: delimiter ? { start: numEnd, end: numEnd + delimiter.length } : null,
      open: family === 'ordinal' || family === 'ordinal-unit' ? '' : open,
      close: bracketed ? closeOrDelim : '',
      extra: extraInfo,
      unit,
      textStart: skipSpaces(masked, end),
      style: bracketed ? open + closeOrDelim : delimiter,
    };
  }
  return null;
}

function keycapMarker(masked: string, line: number, lead: number, digit: string, marks: string): Marker {
  const end = lead + 1 + marks.length;
  return {
    family: 'arabic',
    value: Number(digit),
    line,
    start: lead,
    end,
    numeral: { start: lead, end: lead + 1 },
    numeralText: digit,
    delimiter: marks,
    delimiterSpan: { start: lead + 1, end },
    open: '',
    close: '',
    extra: null,
    unit: '',
    textStart: skipSpaces(masked, end),
    style: marks,
  };
}

function circledMarker(masked: string, line: number, lead: number, value: number): Marker {
  let end = lead + (masked.codePointAt(lead)! > 0xffff ? 2 : 1);
  const numEnd = end;
  let extra: Marker['extra'] = null;
  const run = runAt(CIRCLED_EXTRA, masked, end);
  if (run) {
    extra = { text: run, span: { start: end, end: end + run.length } };
    end += run.length;
  }
  return {
    family: 'circled',
    value,
    line,
    start: lead,
    end,
    numeral: { start: lead, end: numEnd },
    numeralText: masked.slice(lead, numEnd),
    delimiter: '',
    delimiterSpan: null,
    open: '',
    close: '',
    extra,
    unit: '',
    textStart: skipSpaces(masked, end),
    style: '',
  };
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && /[ \t\u3000]/.test(s.charAt(i))) i++;
  return i;
}
