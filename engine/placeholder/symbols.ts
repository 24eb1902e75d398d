/**
 * Symbol runs, 某某 and ○○ standing for digits or names: ****年, ###万元, #小学, ##教育, 某某同志,
 * ○○学校. Not: building numbers (3#楼), C#, a single footnote *, **bold** pasted from Markdown,
 * separator lines, 某 on its own, 〇 as the zero of 二〇一二年.
 */
import { DIGIT, LATIN } from '../chars';
import { matchesOf } from '../search';
import type { Slot, SlotFinder } from './types';

const HASH_RUN = /[#＃]+/g;
const STAR_RUN = /[*＊]{2,}/g;
const MOU_RUN = /某{2,}/g;
const CIRCLE_RUN = /[○〇◯]{2,}/g;
const ALNUM = new RegExp(`[${DIGIT}${LATIN}]`);
const CHINESE_DIGIT = /[一二三四五六七八九十〇零0-9]/;
const BOLD = /\*\*([^*\s][^*]*?[^*\s]|[^*\s])\*\*/g;

function isSeparatorLine(text: string, ch: RegExp): boolean {
  return ch.test(text) && text.replace(ch, '').trim() === '';
}

export function findSymbolSlots(text: string, out: Slot[] = []): Slot[] {
  if (/[#＃]/.test(text) && !isSeparatorLine(text, /[#＃]/g)) {
    for (const m of matchesOf(HASH_RUN, text)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (ALNUM.test(text.charAt(start - 1)) || ALNUM.test(text.charAt(end))) continue;
      // "# 标题" at the start of a plain-text line is heading syntax.
      if (text.slice(0, start).trim() === '' && /[ \t]/.test(text.charAt(end))) continue;
      out.push({ start, end, form: 'symbols' });
    }
  }
  if (/[*＊]{2}/.test(text) && !isSeparatorLine(text, /[*＊]/g)) {
    const bold = text.replace(BOLD, (m) => ' '.repeat(m.length));
    for (const m of matchesOf(STAR_RUN, bold)) out.push({ start: m.index!, end: m.index! + m[0].length, form: 'symbols' });
  }
  if (text.indexOf('某某') >= 0) {
    for (const m of matchesOf(MOU_RUN, text)) out.push({ start: m.index!, end: m.index! + m[0].length, form: 'mou' });
  }
  if (/[○〇◯]{2}/.test(text)) {
    for (const m of matchesOf(CIRCLE_RUN, text)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (CHINESE_DIGIT.test(text.charAt(start - 1)) || CHINESE_DIGIT.test(text.charAt(end)) || text.charAt(end) === '年') continue;
      out.push({ start, end, form: 'circles' });
    }
  }
  return out;
}

export const SYMBOL_FINDER: SlotFinder = { find: findSymbolSlots, needles: ['#', '\uFF03', '*', '\uFF0A', '某某', '○', '〇', '◯'] };
