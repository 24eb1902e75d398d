/**
 * Empty pairs (《》 “” 【】 () …, or holding only spaces) and blanks or instructions (____,
 * 【此处填写…】, [请填写], (待补充), TODO/TBD/FIXME).
 */
import { matchesOf } from '../search';
import type { Slot, SlotFinder } from './types';
import { CLOSE_PAREN, CLOSE_SQUARE, OPEN_PAREN, OPEN_SQUARE, STRAIGHT_APOS, STRAIGHT_QUOTE } from '../chars';

const S = '[ \\t\\u3000]*';
const EMPTY_PAIR = new RegExp(
  [`《${S}》`, `“${S}”`, `‘${S}’`, `「${S}」`, `『${S}』`, `【${S}】`, `〔${S}〕`, `[${OPEN_PAREN}]${S}[${CLOSE_PAREN}]`, `[${OPEN_SQUARE}]${S}[${CLOSE_SQUARE}]`, `[${STRAIGHT_QUOTE}]${S}[${STRAIGHT_QUOTE}]`, `[${STRAIGHT_APOS}]${S}[${STRAIGHT_APOS}]`].join('|'),
  'g',
);
/**
 * A line holds an empty pair only if this matches it: any opening mark, spaces, any closing mark.
 * Looser than EMPTY_PAIR but much faster to run over a whole text, as every match starts with
 * one character class.
 */
const EMPTY_PAIR_SEARCH = new RegExp(`[《“‘「『【〔${OPEN_PAREN}${OPEN_SQUARE}${STRAIGHT_QUOTE}${STRAIGHT_APOS}]${S}[》”’」』】〕${CLOSE_PAREN}${CLOSE_SQUARE}${STRAIGHT_QUOTE}${STRAIGHT_APOS}]`, 'g');
const MAY_HOLD_EMPTY_PAIR = new RegExp(EMPTY_PAIR_SEARCH.source);
const CODE_BEFORE = /[A-Za-z0-9_$]/;

const BLANK = /[_＿]{3,}/g;
/** Any three of _ and ＿, widths mixed or not: the start of every BLANK. */
const BLANK_SEARCH = /[_＿]{3}/g;
const INSTRUCTION_HINT = new RegExp(`[】${CLOSE_SQUARE}${CLOSE_PAREN}]|TODO|TBD|FIXME`);
const INSTRUCTION = new RegExp(
  [
    '【[^】\\n]{0,30}?(?:填写|补充|填入|输入|插入)[^】\\n]{0,30}】',
    '\\[[^\\]\\n]{0,30}?(?:填写|补充|填入)[^\\]\\n]{0,30}\\]',
    `[${OPEN_PAREN}]${S}(?:待补充|待填写|待完善|待定|此处填写[^${CLOSE_PAREN}]{0,20})${S}[${CLOSE_PAREN}]`,
    '\\b(?:TODO|TBD|FIXME)\\b',
  ].join('|'),
  'g',
);

export function findPairSlots(text: string, out: Slot[] = []): Slot[] {
  if (!MAY_HOLD_EMPTY_PAIR.test(text)) return out;
  for (const m of matchesOf(EMPTY_PAIR, text)) {
    const start = m.index!;
    // func() and a[] are code, not slots.
    if (/^[(\[]/.test(m[0]) && CODE_BEFORE.test(text.charAt(start - 1))) continue;
    out.push({ start, end: start + m[0].length, form: 'empty-pair' });
  }
  return out;
}

export function findBlankSlots(text: string, out: Slot[] = []): Slot[] {
  if (/[_＿]{3}/.test(text)) for (const m of matchesOf(BLANK, text)) out.push({ start: m.index!, end: m.index! + m[0].length, form: 'blank' });
  return out;
}

export function findInstructionSlots(text: string, out: Slot[] = []): Slot[] {
  if (INSTRUCTION_HINT.test(text)) {
    for (const m of matchesOf(INSTRUCTION, text)) out.push({ start: m.index!, end: m.index! + m[0].length, form: 'instruction' });
  }
  return out;
}

export const PAIR_FINDER: SlotFinder = { find: findPairSlots, search: EMPTY_PAIR_SEARCH };
export const BLANK_FINDER: SlotFinder = { find: findBlankSlots, search: BLANK_SEARCH };
/** Every INSTRUCTION alternative holds one of the needles. */
export const INSTRUCTION_FINDER: SlotFinder = { find: findInstructionSlots, needles: ['填写', '补充', '填入', '输入', '插入', '待完善', '待定', 'TODO', 'TBD', 'FIXME'] };
