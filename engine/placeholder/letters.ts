/**
 * X-runs and × standing for digits or names (domain.md §3): XX年, 20xx年, x月6日, X.X%, X市, ××学校.
 * Not: Latin words and codes (WiFi, XP, x86, X-ray), known terms (X射线, X光), axes (X、Y),
 * multiplication (3×4米, 3 x 4).
 */
import type { Slot, SlotFinder } from './types';
import { CLOSE_PAREN, COMMA, DIGIT as DIGIT_CLASS, DOT, LATIN as LATIN_CLASS, OPEN_PAREN, X_LETTER } from '../chars';

const X_RUN = new RegExp(`[${X_LETTER}]+|×+`, 'g');
const DIGIT = new RegExp(`[${DIGIT_CLASS}]`);
const LATIN = new RegExp(`[${LATIN_CLASS}_]`);
const X_CHAR = new RegExp(`[${X_LETTER}]`);
const ANY_X = new RegExp(`[${X_LETTER}×]`);
const DECIMAL_POINT = new RegExp(`[${DOT}]`);
const NUMBER_PART = new RegExp(`[${DIGIT_CLASS}${X_LETTER}]`);
const FACTOR_BEFORE = new RegExp(`[${DIGIT_CLASS}${LATIN_CLASS}${CLOSE_PAREN}%]`);
const FACTOR_AFTER = new RegExp(`[${DIGIT_CLASS}${LATIN_CLASS}${OPEN_PAREN}]`);

/** Ordinary Chinese terms that begin with the letter X. */
export const X_TERMS = [
  '射线', '光', '线', '型', '轴', '染色体', '片', '刀', '战警', '档案', '世代', '一代', '形', '因子', '理论', '连锁', '平台',
];

const AXIS_AFTER = new RegExp(`^[ \\t\\u3000]*(?:[、${COMMA}/-]|和|与)[ \\t\\u3000]*[YyZz](?![A-Za-z])`);
const AXIS_BEFORE = new RegExp(`[WwYy][ \\t\\u3000]*(?:[、${COMMA}/]|和|与)[ \\t\\u3000]*$`);

function neighbour(text: string, i: number, step: 1 | -1): string {
  let k = i;
  while (k >= 0 && k < text.length && /[ \t\u3000]/.test(text.charAt(k))) k += step;
  return text.charAt(k);
}

function isMultiplication(text: string, start: number, end: number): boolean {
  const before = neighbour(text, start - 1, -1);
  const after = neighbour(text, end, 1);
  return FACTOR_BEFORE.test(before) && FACTOR_AFTER.test(after);
}

export function findLetterSlots(text: string, out: Slot[] = []): Slot[] {
  if (!ANY_X.test(text)) return out;
  let consumed = 0;
  X_RUN.lastIndex = 0;
  for (let m = X_RUN.exec(text); m; m = X_RUN.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    if (start < consumed) continue;
    const before = text.charAt(start - 1);
    const after = text.charAt(end);
    if (m[0][0] === '×') {
      if (m[0].length === 1 && isMultiplication(text, start, end)) continue;
      out.push({ start, end, form: 'letters' });
      consumed = end;
      continue;
    }
    if (LATIN.test(before) || LATIN.test(after) || DIGIT.test(after)) continue;
    if (before === '-' && LATIN.test(text.charAt(start - 2))) continue;
    if (after === '-' && LATIN.test(text.charAt(end + 1))) continue;
    const rest = text.slice(end, end + 4);
    if (X_TERMS.some((t) => rest.startsWith(t))) continue;
    if (AXIS_AFTER.test(text.slice(end, end + 6)) || AXIS_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (m[0].length === 1 && isMultiplication(text, start, end) && DIGIT.test(neighbour(text, start - 1, -1))) continue;
    // The slot covers the whole number it stands in: 20xx, X.X, X.5.
    while (start > 0 && DIGIT.test(text.charAt(start - 1))) start--;
    while (DECIMAL_POINT.test(text.charAt(end)) && NUMBER_PART.test(text.charAt(end + 1))) {
      let k = end + 1;
      while (k < text.length && (DIGIT.test(text.charAt(k)) || X_CHAR.test(text.charAt(k)))) k++;
      if (LATIN.test(text.charAt(k))) break;
      end = k;
    }
    out.push({ start, end, form: 'letters' });
    consumed = end;
  }
  return out;
}

export const LETTER_FINDER: SlotFinder = { find: findLetterSlots, needles: ['X', 'x', '\uFF38', '\uFF58', '×'] };
