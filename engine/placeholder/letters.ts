/**
 * X-runs and × standing for digits or names (docs/domain.md §4): XX年, 20xx年, x月6日, X.X%, X市, ××学校.
 * Not: Latin words and codes (WiFi, XP, x86, X-ray), known terms (X射线, X光), axes (X、Y),
 * multiplication (3×4米, 3 x 4).
 */
import { isTaskCheckbox } from '../pasted/markdown-syntax';
import type { Slot, SlotFinder } from './types';
import { CLOSE_PAREN, COMMA, DIGIT as DIGIT_CLASS, isDigitCode, isLatinCode, isXLetterCode, LATIN as LATIN_CLASS, OPEN_PAREN, X_LETTER } from '../chars';

const X_RUN = new RegExp(`[${X_LETTER}]+|×+`, 'g');
const ANY_X = new RegExp(`[${X_LETTER}×]`);
const FACTOR_BEFORE = new RegExp(`[${DIGIT_CLASS}${LATIN_CLASS}${CLOSE_PAREN}%]`);
const FACTOR_AFTER = new RegExp(`[${DIGIT_CLASS}${LATIN_CLASS}${OPEN_PAREN}]`);

/** Ordinary Chinese terms that begin with the letter X. */
export const X_TERMS = [
  '射线', '光', '线', '型', '轴', '染色体', '片', '刀', '战警', '档案', '世代', '一代', '形', '因子', '理论', '连锁', '平台', '系列',
];

/**
 * An X that names a product or a programme: after a brand or model word (iPhone X, Model X), in
 * 1+X证书 and 3+X, or before a model number (X-200, X 系列 is in X_TERMS).
 */
function isNamePart(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (before === 0x2b || after === 0x2b || before === 0xff0b || after === 0xff0b) return true;
  // X-200 is a model number; 20xx-20xx is a range of years.
  if (after === 0x2d && isDigitCode(text.charCodeAt(end + 1)) && !isDigitCode(before)) return true;
  // A Latin word of two letters or more, then one space: a brand or model name.
  if (before === 0x20 && /[A-Za-z]{2,}$/.test(text.slice(Math.max(0, start - 12), start - 1))) return true;
  return false;
}

const AXIS_AFTER = new RegExp(`^[ \\t\\u3000]*(?:[、${COMMA}/-]|和|与)[ \\t\\u3000]*[YyZz](?![A-Za-z])`);
const AXIS_BEFORE = new RegExp(`[WwYy][ \\t\\u3000]*(?:[、${COMMA}/]|和|与)[ \\t\\u3000]*$`);
/** What stands between two axis letters (、 , / - 和 与); AXIS_* run only where one does. */
const AXIS_JOINER = /[、,\uFF0C/\-和与]/;

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** The first character from column i on, stepping by `step`, that is not a space or tab. */
function neighbour(text: string, i: number, step: 1 | -1): string {
  let k = i;
  while (k >= 0 && k < text.length && isSpaceCode(text.charCodeAt(k))) k += step;
  return text.charAt(k);
}

function isMultiplication(text: string, start: number, end: number): boolean {
  const before = neighbour(text, start - 1, -1);
  const after = neighbour(text, end, 1);
  return FACTOR_BEFORE.test(before) && FACTOR_AFTER.test(after);
}

/** Latin letters and _ make an X part of a word or code (WiFi, x86, X_1). */
function isWordCode(c: number): boolean {
  return isLatinCode(c) || c === 0x5f;
}

function isAxis(text: string, start: number, end: number): boolean {
  if (AXIS_JOINER.test(neighbour(text, end, 1)) && AXIS_AFTER.test(text.slice(end, end + 6))) return true;
  return AXIS_JOINER.test(neighbour(text, start - 1, -1)) && AXIS_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

export function findLetterSlots(text: string, out: Slot[] = []): Slot[] {
  if (!ANY_X.test(text)) return out;
  let consumed = 0;
  X_RUN.lastIndex = 0;
  for (let m = X_RUN.exec(text); m; m = X_RUN.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    if (start < consumed) continue;
    if (m[0][0] === '×') {
      if (m[0].length === 1 && isMultiplication(text, start, end)) continue;
      out.push({ start, end, form: 'letters' });
      consumed = end;
      continue;
    }
    const before = text.charCodeAt(start - 1);
    const after = text.charCodeAt(end);
    if (isWordCode(before) || isWordCode(after) || isDigitCode(after)) continue;
    if (m[0].length === 1 && after === 0x5d && isTaskCheckbox(text, start - 1)) continue;
    if (before === 0x2d && isWordCode(text.charCodeAt(start - 2))) continue;
    if (after === 0x2d && isWordCode(text.charCodeAt(end + 1))) continue;
    const next = skipSpaces(text, end);
    if (X_TERMS.some((t) => text.startsWith(t, next))) continue;
    // X证书 is the certificate of the 1+X scheme (职业技能等级证书); XX证书 is a slot.
    if (m[0].length === 1 && text.startsWith('证书', next)) continue;
    if (isNamePart(text, start, end)) continue;
    if (isAxis(text, start, end)) continue;
    if (m[0].length === 1 && isMultiplication(text, start, end) && isDigitCode(neighbour(text, start - 1, -1).charCodeAt(0))) continue;
    // The slot covers the whole number it stands in: 20xx, X.X, X.5.
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
    while (isDecimalPoint(text.charCodeAt(end)) && isNumberPart(text.charCodeAt(end + 1))) {
      let k = end + 1;
      while (k < text.length && isNumberPart(text.charCodeAt(k))) k++;
      if (isWordCode(text.charCodeAt(k))) break;
      end = k;
    }
    out.push({ start, end, form: 'letters' });
    consumed = end;
  }
  return out;
}

function isDecimalPoint(c: number): boolean {
  return c === 0x2e || c === 0xff0e;
}

function isNumberPart(c: number): boolean {
  return isDigitCode(c) || isXLetterCode(c);
}

export const LETTER_FINDER: SlotFinder = { find: findLetterSlots, needles: ['X', 'x', '\uFF38', '\uFF58', '×'] };
