/**
 * Dates as reports write them: 2012年2月6日, 2012年02月06日, 二〇一二年二月六日. GB/T 9704 writes
 * Arabic numerals, the year in full and no leading zeros (docs/domain.md §5).
 */
import { parseChineseNumeral } from './chinese-numerals';

export interface ReportDate {
  year: number;
  month: number;
  /** Null for a month date (2012年2月). */
  day: number | null;
}

const YEAR_DIGIT_VALUES: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const CHINESE_YEAR_DIGITS = '〇一二三四五六七八九';

/** 二〇二五 as 2025: a year written digit by digit in Chinese numerals, same length. */
export function arabicYearDigits(chinese: string): string {
  return [...chinese].map((c) => YEAR_DIGIT_VALUES[c]).join('');
}

/** 2026 as 二〇二六, or 二零二六 when `zero` is 零. */
export function chineseYearDigits(year: number, zero = '〇'): string {
  return [...String(year)].map((c) => (c === '0' ? zero : CHINESE_YEAR_DIGITS[Number(c)])).join('');
}

/** 二〇一二年二月六日, 二〇一二年十二月: year, month and optional day in Chinese numerals. Sticky: tried where a date may start. */
export const CN_DATE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?/y;
/** 2012年02月06日: a date in Arabic numerals, padded or not. Sticky. */
export const ARABIC_DATE = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/y;

/** The date a CN_DATE match stands for, or null when its month or day is out of range. */
export function chineseDate(m: RegExpExecArray): ReportDate | null {
  const year = Number(arabicYearDigits(m[1]!));
  const month = parseChineseNumeral(m[2]!);
  const day = m[3] ? parseChineseNumeral(m[3]) : null;
  if (!month || month > 12 || (m[3] && (!day || day > 31))) return null;
  return { year, month, day };
}

/** The date an ARABIC_DATE match stands for. */
export function arabicDate(m: RegExpExecArray): ReportDate {
  return { year: Number(m[1]), month: Number(m[2]), day: m[3] ? Number(m[3]) : null };
}

/** The date `t` starts with, in either form, and how many characters it takes; else null. */
export function leadingDate(t: string): { date: ReportDate; length: number } | null {
  for (const [re, read] of [[ARABIC_DATE, arabicDate], [CN_DATE, chineseDate]] as const) {
    re.lastIndex = 0;
    const m = re.exec(t);
    const date = m && read(m);
    if (date) return { date, length: m[0].length };
  }
  return null;
}

/** A whole string that is one date (white space around it allowed), in either form; else null. */
export function parseDate(text: string): ReportDate | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  const found = leadingDate(t);
  return found && found.length === t.length ? found.date : null;
}

/** The GB/T 9704 form: 2012年2月6日. */
export function formatDate(d: ReportDate): string {
  return `${d.year}年${d.month}月${d.day === null ? '' : `${d.day}日`}`;
}
