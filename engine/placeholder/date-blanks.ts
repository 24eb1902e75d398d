/**
 * A date whose day is left blank, as a template's sign-off has it (docs/domain.md §4):
 * 2025年  月  日, 　　年　　月　　日 (the underscores lost when the template was pasted from Word),
 * 2025年12月  日. A date with spaces around its figures (2025 年 12 月 20 日) is filled in, and
 * one with only its month left blank (2025年  月20日) is not looked for.
 */
import { matchesOf } from '../search';
import type { Slot, SlotFinder } from './types';

const GAP = '[ \\t\\u3000\\u00a0]';
const GAP_CODES = new Set([0x20, 0x09, 0x3000, 0xa0]);
/** Year (figures or a gap), month (figures or a gap) and a blank day. */
const DATE = new RegExp(`(?:\\d{4}|${GAP}+)?年${GAP}*(\\d{1,2}|${GAP}+)月${GAP}*(\\d{1,2}|${GAP}+)日`, 'g');
const FIGURE = /\d/;

function findDateBlanks(text: string, out: Slot[] = []): Slot[] {
  for (const m of matchesOf(DATE, text)) {
    // The day left blank (2025年12月  日 too); a month alone left blank (2025年  月20日) is not looked for.
    if (FIGURE.test(m[2]!)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    out.push({ start, end: m.index + m[0].length, form: 'date' });
  }
  return out;
}

/** A blank day stands before 日: only lines with a gap right before one are read. */
export const DATE_BLANK_FINDER: SlotFinder = { find: findDateBlanks, needles: ['日'], accept: (text, at) => GAP_CODES.has(text.charCodeAt(at - 1)) };
