/**
 * Periods as reports name them: 2025年, 2025年度, 2025年上半年, 2025年第三季度, 2024—2025学年,
 * 2025年秋季学期, 2021—2025年. Each is a span of months, so a report's own period and a year
 * written in it compare by overlap (docs/domain.md §10).
 */
import { isDigit } from '../style/prose-chars';
import { arabicYearDigits } from '../dates';

/** Months counted from year 0: 2025年3月 is 2025 × 12 + 2. */
export interface MonthSpan {
  start: number;
  end: number;
}

export interface YearExpression {
  /** Offset of the first digit in the string read, and the length of the whole expression. */
  index: number;
  length: number;
  span: MonthSpan;
  /** 'month' for a single month (2025年3月): narrative, never a report's period. */
  kind: 'year' | 'part' | 'month' | 'school-year' | 'years';
  /** Offset of each four-digit year in the string read. */
  yearAt: number[];
}

const month = (year: number, m: number): number => year * 12 + (m - 1);
const yearSpan = (a: number, b = a): MonthSpan => ({ start: month(a, 1), end: month(b, 12) });

/** A plausible report year: a number of four digits in it may be an amount or an ID. */
const isYear = (n: number): boolean => n >= 1950 && n <= 2100;

const DASH = '[—–\\-－~～至到]';
const QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function months(year: number, from: number, to: number): MonthSpan | null {
  return from >= 1 && to <= 12 && from <= to ? { start: month(year, from), end: month(year, to) } : null;
}

/** What may follow 2025年 and narrow it, with the months it covers. */
const PARTS: Array<[RegExp, (year: number, m: RegExpExecArray) => MonthSpan | null]> = [
  [/^度?上半年度?/, (y) => months(y, 1, 6)],
  [/^度?下半年度?/, (y) => months(y, 7, 12)],
  [/^度?前三季度/, (y) => months(y, 1, 9)],
  [/^度?第?([一二三四1-4])季度/, (y, m) => months(y, QUARTER[m[1]!]! * 3 - 2, QUARTER[m[1]!]! * 3)],
  [/^度?春季学期/, (y) => months(y, 2, 7)],
  [/^度?秋季学期/, (y) => ({ start: month(y, 9), end: month(y + 1, 1) })],
  [new RegExp(`^(\\d{1,2})\\s*${DASH}\\s*(\\d{1,2})月份?`), (y, m) => months(y, Number(m[1]), Number(m[2]))],
  [/^(\d{1,2})月份?/, (y, m) => months(y, Number(m[1]), Number(m[1]))],
];

const SCHOOL_YEAR = new RegExp(`^(\\d{4})\\s*${DASH}\\s*(\\d{4})\\s*学年度?`);
const YEARS = new RegExp(`^(\\d{4})\\s*${DASH}\\s*(\\d{4})\\s*年度?`);
const ONE_SCHOOL_YEAR = /^(\d{4})\s*学年度?/;
const ONE_YEAR = /^(\d{4})\s*年(度)?/;

/**
 * The expression starting at `i` of `s`, which must be the first digit of a four-digit year
 * (not part of a longer number); null when there is none.
 */
export function readYearExpression(s: string, i: number): YearExpression | null {
  if (i > 0 && isDigit(s.charCodeAt(i - 1))) return null;
  const rest = s.slice(i, i + 40);
  let m = SCHOOL_YEAR.exec(rest);
  if (m && Number(m[2]) === Number(m[1]) + 1 && isYear(Number(m[1]))) {
    // A school year runs from September to July (summer holiday excluded).
    return { index: i, length: m[0].length, span: { start: month(Number(m[1]), 9), end: month(Number(m[2]), 7) }, kind: 'school-year', yearAt: [i, i + m[0].lastIndexOf(m[2]!)] };
  }
  m = YEARS.exec(rest);
  if (m && isYear(Number(m[1])) && isYear(Number(m[2])) && Number(m[2]) > Number(m[1])) {
    return { index: i, length: m[0].length, span: yearSpan(Number(m[1]), Number(m[2])), kind: 'years', yearAt: [i, i + m[0].lastIndexOf(m[2]!)] };
  }
  m = ONE_SCHOOL_YEAR.exec(rest);
  if (m && isYear(Number(m[1]))) {
    return { index: i, length: m[0].length, span: { start: month(Number(m[1]), 9), end: month(Number(m[1]) + 1, 7) }, kind: 'school-year', yearAt: [i] };
  }
  m = ONE_YEAR.exec(rest);
  if (!m || !isYear(Number(m[1]))) return null;
  const year = Number(m[1]);
  const after = rest.slice(m[0].length);
  for (const [pattern, spanOf] of PARTS) {
    const part = pattern.exec(after);
    const span = part && spanOf(year, part);
    if (!part || !span) continue;
    return { index: i, length: m[0].length + part[0].length, span, kind: span.start === span.end ? 'month' : 'part', yearAt: [i] };
  }
  return { index: i, length: m[0].length, span: yearSpan(year), kind: 'year', yearAt: [i] };
}

/** Every year expression in `s`, left to right. */
export function yearExpressions(s: string): YearExpression[] {
  const out: YearExpression[] = [];
  for (let i = 0; i + 4 <= s.length; i++) {
    if (!isDigit(s.charCodeAt(i))) continue;
    const e = readYearExpression(s, i);
    if (e) {
      out.push(e);
      i = e.index + e.length - 1;
    } else {
      while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    }
  }
  return out;
}

/** 二〇二五年 written as 2025年, keeping every offset (four characters for four). */
export function arabicYears(s: string): string {
  return s.replace(/[〇零一二三四五六七八九]{4}(?=年|学年|\s*[—–\-－~～至到])/g, arabicYearDigits);
}

/**
 * The period a title names: its one year expression, or several that agree. Null when it names
 * none, only a month, or different periods (2024年总结和2025年要点), where no single period holds.
 */
export function titlePeriod(title: string): YearExpression | null {
  const found = yearExpressions(arabicYears(title)).filter((e) => e.kind !== 'month');
  if (!found.length) return null;
  const first = found[0]!;
  return found.every((e) => e.span.start === first.span.start && e.span.end === first.span.end) ? first : null;
}

/**
 * The summary's period in a title naming a summary and the plan that follows it: two periods, the
 * second the first moved on by a year. Null otherwise.
 */
export function summaryWithPlanPeriod(title: string): YearExpression | null {
  const found = yearExpressions(arabicYears(title)).filter((e) => e.kind !== 'month');
  if (found.length !== 2) return null;
  const [a, b] = found as [YearExpression, YearExpression];
  return b.span.start === a.span.start + 12 && b.span.end === a.span.end + 12 ? a : null;
}

export const overlaps = (a: MonthSpan, b: MonthSpan): boolean => a.start <= b.end && b.start <= a.end;

/** The expression's text with every year in it moved by `years`. */
export function shiftedText(s: string, e: YearExpression, years: number): string {
  let out = s.slice(e.index, e.index + e.length);
  for (const at of [...e.yearAt].reverse()) {
    const o = at - e.index;
    out = out.slice(0, o) + String(Number(out.slice(o, o + 4)) + years) + out.slice(o + 4);
  }
  return out;
}

export const shiftSpan = (span: MonthSpan, years: number): MonthSpan => ({ start: span.start + 12 * years, end: span.end + 12 * years });

/** A span as a reader says it: 2025年, 2025年1—6月, 2024年9月至2025年7月. */
export function describeSpan(span: MonthSpan): string {
  const y1 = Math.floor(span.start / 12);
  const y2 = Math.floor(span.end / 12);
  const m1 = (span.start % 12) + 1;
  const m2 = (span.end % 12) + 1;
  if (m1 === 1 && m2 === 12) return y1 === y2 ? `${y1}年` : `${y1}—${y2}年`;
  if (y1 === y2) return `${y1}年${m1}—${m2}月`;
  return `${y1}年${m1}月至${y2}年${m2}月`;
}
