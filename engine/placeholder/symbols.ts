/**
 * Symbol runs, 某某 and ○○ standing for digits or names: ****年, ###万元, #小学, ##教育, 某某同志,
 * ○○学校, and a lone * or ?? before a unit (约*万人次, 投入??万元). Not: building numbers (3#楼), C#,
 * a single footnote *, **bold** pasted from Markdown, separator lines, 某 on its own, 〇 as the zero
 * of 二〇一二年.
 */
import { DIGIT, LATIN } from '../chars';
import { matchesOf } from '../search';
import { FIGURE_UNIT, type Slot, type SlotFinder } from './types';

const HASH_RUN = /[#＃]+/g;
const STAR_RUN = /[*＊]{2,}/g;
const MOU_RUN = /某{2,}/g;
const CIRCLE_RUN = /[○〇◯]{2,}/g;
/**
 * One * where a figure goes, between a word and a unit (约*万人次, 增长*%): a footnote mark follows
 * the word it marks and is not followed by a unit (满意度*, 带*号的项目).
 */
const LONE_STAR = new RegExp(`(?<=[\\u4e00-\\u9fff])[*＊](?=${FIGURE_UNIT})`, 'g');
/**
 * Question marks where a figure goes (投入??万元, 增长？？%); after a question (为什么？？, 好吗？？) they
 * end it.
 */
const QUESTION_RUN = new RegExp(`(?<=[\\u4e00-\\u9fff0-9])(?<![吗呢吧么啊呀嘛])(?:\\?{2,}|？{2,})(?=${FIGURE_UNIT})`, 'g');
const QUESTION_RUN_AT = new RegExp(QUESTION_RUN.source, 'y');

/**
 * Where the ?? slot that starts at `at` ends, or -1: punctuation-width leaves such a run to
 * placeholder, whose finding it is.
 */
export function questionSlotEnd(text: string, at: number): number {
  QUESTION_RUN_AT.lastIndex = at;
  return QUESTION_RUN_AT.test(text) ? QUESTION_RUN_AT.lastIndex : -1;
}
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
  if (text.indexOf('*') >= 0 || text.indexOf('＊') >= 0) {
    for (const m of matchesOf(LONE_STAR, text)) out.push({ start: m.index!, end: m.index! + 1, form: 'symbols' });
  }
  if (text.indexOf('??') >= 0 || text.indexOf('？？') >= 0) {
    for (const m of matchesOf(QUESTION_RUN, text)) out.push({ start: m.index!, end: m.index! + m[0].length, form: 'symbols' });
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

export const SYMBOL_FINDER: SlotFinder = { find: findSymbolSlots, needles: ['#', '\uFF03', '*', '\uFF0A', '??', '\uFF1F\uFF1F', '某某', '○', '〇', '◯'] };
