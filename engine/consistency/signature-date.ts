/**
 * A signature date that cannot belong to the report's period (docs/domain.md §10): a summary is
 * signed when its period ends or shortly before; a plan shortly before its period starts, or
 * during it. A date earlier than that was carried over from the report it was copied from.
 */
import { chineseYearDigits, type ReportDate } from '../dates';
import type { ReportModel } from '../parse/model';
import type { DocumentFacts } from '../facts/report-facts';

export interface StaleDate {
  line: number;
  /** Columns of the date on its line; its four-digit year comes first. */
  start: number;
  end: number;
  date: ReportDate;
  /** The year that makes the date fit, and the earliest date that fits. */
  fixedYear: number;
  earliest: ReportDate;
  /** The year as written: 2025 or 二〇二五. */
  yearText: string;
}

const DAY_MS = 86_400_000;
const lastDayOf = (year: number, month0: number): number => Date.UTC(year, month0 + 1, 0);
/** A date with no day counts as its month's last day: the reading least likely to be an alarm. */
const timeOf = (d: ReportDate, year = d.year): number => (d.day === null ? lastDayOf(year, d.month - 1) : Date.UTC(year, d.month - 1, d.day));
const asDate = (t: number): ReportDate => {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

export function staleSignatureDate(model: ReportModel, facts: DocumentFacts, graceDays: number, planLeadDays: number): StaleDate | null {
  const signed = facts.signatureDate;
  if (!signed || !facts.period || !facts.orientation) return null;
  const span = facts.period.expression.span;
  const earliestTime =
    facts.orientation === 'plan'
      ? Date.UTC(Math.floor(span.start / 12), span.start % 12, 1) - planLeadDays * DAY_MS
      : lastDayOf(Math.floor(span.end / 12), span.end % 12) - graceDays * DAY_MS;
  if (timeOf(signed.date) >= earliestTime) return null;
  let fixedYear = signed.date.year;
  while (timeOf(signed.date, fixedYear) < earliestTime) fixedYear++;
  // A date is written year first, in four digits of either kind.
  const yearText = model.lines[signed.line]!.text.slice(signed.start, signed.start + 4);
  return { line: signed.line, start: signed.start, end: signed.end, date: signed.date, fixedYear, earliest: asDate(earliestTime), yearText };
}

/** A year written the way `like` is: Arabic digits, or Chinese ones (二〇二六). */
export function yearLike(like: string, year: number): string {
  return /\d/.test(like) ? String(year) : chineseYearDigits(year, like.includes('零') ? '零' : '〇');
}
