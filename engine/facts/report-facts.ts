/**
 * What a report says about itself: its period (from the title and the type), its issuing unit
 * (from the title, else the signature), the signature's units and date, and where its first body
 * paragraph starts. Read once per model; stale-year and stale-unit compare the rest of the report
 * with these (docs/domain.md §10).
 */
import { COLON, SENTENCE_END } from '../chars';
import { memo, type ReportDocument, type ReportModel } from '../parse/model';
import { isBlank, trimmedColumns } from '../parse/text';
import { leadingDate, type ReportDate } from '../dates';
import { findClosing } from './closing';
import { arabicYears, summaryWithPlanPeriod, titlePeriod, type YearExpression } from './period';
import { unitName, unitNamesIn, type UnitName } from './units';

/** Whether a report looks back on its period (a summary) or ahead to it (a plan). */
export type Orientation = 'retrospective' | 'plan';

export interface PlacedUnit {
  name: UnitName;
  line: number;
  /** Column of the name in the line's text. */
  column: number;
}

export interface DocumentFacts {
  doc: ReportDocument;
  /** Null for types that are neither (a research report, a custom type) or name both. */
  orientation: Orientation | null;
  /** The period the title names, with its position on the title line; null when none or several. */
  period: { expression: YearExpression; line: number; column: number } | null;
  /** The unit the report is from: the title's, else the signature's first. */
  unit: (PlacedUnit & { source: 'title' | 'signature' }) | null;
  /** Every unit name of the signature, one a line. */
  signatureUnits: PlacedUnit[];
  /** The signature's date (or, unsigned, a bracketed date under the title) and where it stands. */
  signatureDate: PlacedDate | null;
  /** First line of the first body paragraph (not a heading, byline, addressee or date), or null. */
  openingLine: number | null;
  /** First line after the title (the document's first when untitled). */
  bodyStart: number;
  /** The body ends before this line: the signature and attachment note follow. */
  closingStart: number;
}

const RETROSPECTIVE = new Set(['summary', 'duty']);

/**
 * The orientation and the period the title names. A summary combined with the next year's plan
 * (2025年工作总结及2026年工作计划) is read as the summary, its plan part being its next steps.
 */
function periodOf(doc: ReportDocument, title: string): { orientation: Orientation | null; expression: YearExpression | null } {
  const types = new Set(doc.types);
  const back = [...types].some((t) => RETROSPECTIVE.has(t));
  const ahead = types.has('plan');
  if (back && ahead) return { orientation: 'retrospective', expression: summaryWithPlanPeriod(title) };
  return { orientation: back ? 'retrospective' : ahead ? 'plan' : null, expression: titlePeriod(title) };
}

/** A byline, subtitle, unit or date line under a title: short and without a sentence end. */
const FRONT_MATTER_MAX = 40;
const SENTENCE = new RegExp(`[${SENTENCE_END}，,]`);
const ADDRESSEE = new RegExp(`[${COLON}]\\s*$`);
/** Lines looked at for the opening paragraph before giving up. */
const OPENING_SEARCH_LINES = 30;

function openingLine(model: ReportModel, bodyStart: number, end: number): number | null {
  const last = Math.min(end - 1, bodyStart + OPENING_SEARCH_LINES);
  for (let i = bodyStart; i <= last; i++) {
    const masked = model.lines[i]!.masked;
    // Every heading starts with a marker, so this skips headings and list items alike.
    if (isBlank(masked) || model.markerAt[i]) continue;
    const t = masked.trim();
    if (ADDRESSEE.test(t) && t.length <= FRONT_MATTER_MAX) continue;
    if (t.length <= FRONT_MATTER_MAX && !SENTENCE.test(t)) continue;
    return i;
  }
  return null;
}

/** Labels a pasted draft puts before its signature: 落款单位：…, 日期：…, and Markdown bold. */
const SIGNATURE_LABEL = /^(?:[*_]{1,2})?(?:落款单位|报告单位|汇报单位|落款日期|成文日期|落款|单位|日期|时间)?\s*[：:]?\s*(?:[*_]{1,2})?/;
/** Longer lines are never part of a signature (a labelled one with indent included). */
const SIGNATURE_LINE_MAX = 48;
/** Lines from the end read for a labelled or partly filled signature. */
const SIGNATURE_LINES = 5;

/** A date and where it stands on its line: columns from its year to its last filled-in part. */
export interface PlacedDate {
  date: ReportDate;
  line: number;
  start: number;
  end: number;
}

/** The date `t` consists of, with its length; the day may be left blank and bold may close it. */
function readDate(t: string): { date: ReportDate; length: number } | null {
  const found = leadingDate(t);
  // The day may be left to fill in: 2025年12月XX日 still dates the report to a month.
  if (found) return /^(?:[^\d〇零一二三四五六七八九十]{0,3}日)?[*_]*$/.test(t.slice(found.length)) ? found : null;
  const dotted = DOTTED_DATE.exec(t);
  if (!dotted) return null;
  const date = { year: Number(dotted[2]), month: Number(dotted[3]), day: Number(dotted[4]) };
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31 ? { date, length: dotted[1]!.length } : null;
}

/** A date `t` of line `line` consists of, placed: `t` stands at `column`. */
function placedDate(t: string, line: number, column: number): PlacedDate | null {
  const found = readDate(t);
  return found && { date: found.date, line, start: column, end: column + found.length };
}

/** 2025.12.20, 2025-12-20, 2025/12/20: how a typed draft often dates itself. */
const DOTTED_DATE = /^((\d{4})[.．\-/](\d{1,2})[.．\-/](\d{1,2}))[*_]*$/;
/** A unit and its date on one line: 东坪区教育局　2025年12月20日. */
const UNIT_THEN_DATE = /^(\S+)[\s\u3000]+(\S+)$/;

/**
 * A signature findClosing does not see: labelled (日期：2025年12月), bold, or with the day left
 * blank, as drafts from a chat assistant end. Units are read on the lines above the date.
 */
function looseSignature(model: ReportModel, doc: ReportDocument, bodyStart: number): { date: PlacedDate | null; units: Array<{ text: string; line: number }> } {
  const units: Array<{ text: string; line: number }> = [];
  let date: PlacedDate | null = null;
  let read = 0;
  for (let i = doc.endLine; i >= bodyStart && read < SIGNATURE_LINES; i--) {
    const raw = model.lines[i]!.text;
    if (isBlank(raw)) continue;
    read++;
    // Signature lines are short; a long line is the body, where the signature would have ended.
    if (raw.length > SIGNATURE_LINE_MAX) break;
    const t = raw.trim().replace(SIGNATURE_LABEL, '').replace(/[*_]+$/, '').trim();
    // Label and bold are taken off the ends only, so t stands whole in the line.
    const at = raw.indexOf(t);
    const d: PlacedDate | null = date ? null : placedDate(t, i, at);
    const both: RegExpExecArray | null = date || d ? null : UNIT_THEN_DATE.exec(t);
    const bothDate: PlacedDate | null = both && unitName(both[1]!) ? placedDate(both[2]!, i, at + t.length - both[2]!.length) : null;
    if (d) date = d;
    else if (both && bothDate) {
      date = bothDate;
      units.unshift({ text: both[1]!, line: i });
    }
    else if (date && unitName(t)) units.unshift({ text: t, line: i });
    else if (date) break;
  }
  return { date, units: date ? units : [] };
}

/** Lines under a title where a report dated there (（2025年12月28日）, as a speech is) has its date. */
const BYLINE_LINES = 3;
const BRACKETED = /^[（(]\s*(.+?)\s*[）)]$/;

/** A date in brackets on a line of its own just under the title: the report's date when unsigned. */
function bylineDate(model: ReportModel, bodyStart: number, end: number): PlacedDate | null {
  for (let i = bodyStart; i < Math.min(end, bodyStart + BYLINE_LINES); i++) {
    const text = model.lines[i]!.text;
    const inner = BRACKETED.exec(text.trim());
    const date = inner ? placedDate(inner[1]!, i, text.indexOf(inner[1]!)) : null;
    if (date) return date;
  }
  return null;
}

/** findClosing's date: its line, trimmed, is the date. */
function wholeLineDate(model: ReportModel, dated: { date: ReportDate; line: number }): PlacedDate {
  return { ...dated, ...trimmedColumns(model.lines[dated.line]!.text) };
}

function placed(name: UnitName, line: number, column: number): PlacedUnit {
  return { name, line, column };
}

function factsOf(model: ReportModel, doc: ReportDocument): DocumentFacts {
  const bodyStart = doc.titleLine === null ? doc.startLine : doc.titleLine + 1;
  const closing = findClosing(model, doc, bodyStart);
  let period: DocumentFacts['period'] = null;
  let titleUnit: PlacedUnit | null = null;
  let orientation: Orientation | null = null;
  if (doc.titleLine !== null && doc.title) {
    const lineText = model.lines[doc.titleLine]!.text;
    const column = Math.max(0, lineText.indexOf(doc.title));
    const read = periodOf(doc, doc.title);
    orientation = read.orientation;
    if (read.expression) period = { expression: read.expression, line: doc.titleLine, column: column + read.expression.index };
    // The unit is the title's first name; a title naming two of one kind names no single unit.
    const names = unitNamesIn(arabicYears(doc.title));
    const first = names[0];
    if (first && !names.some((n) => n.kind === first.kind && n.distinguishing !== first.distinguishing)) {
      titleUnit = placed(first, doc.titleLine, column + first.index);
    }
  }
  const loose = closing.dated ? null : looseSignature(model, doc, bodyStart);
  const signatureLines = loose ? loose.units : closing.units;
  const signatureUnits: PlacedUnit[] = [];
  for (const { text, line } of signatureLines) {
    const name = unitName(text);
    if (name) signatureUnits.push(placed(name, line, Math.max(0, model.lines[line]!.text.indexOf(text))));
  }
  const unit = titleUnit ? { ...titleUnit, source: 'title' as const } : signatureUnits[0] ? { ...signatureUnits[0], source: 'signature' as const } : null;
  return {
    doc,
    orientation,
    period,
    unit,
    signatureUnits,
    signatureDate: closing.dated ? wholeLineDate(model, closing.dated) : (loose?.date ?? bylineDate(model, bodyStart, closing.startLine)),
    openingLine: openingLine(model, bodyStart, closing.startLine),
    bodyStart,
    closingStart: loose?.date ? Math.min(loose.date.line, ...loose.units.map((u) => u.line)) : closing.startLine,
  };
}

function computeFacts(model: ReportModel): DocumentFacts[] {
  return model.documents.map((doc) => factsOf(model, doc));
}

/** The facts of every document of the model, computed once. */
export function reportFacts(model: ReportModel): DocumentFacts[] {
  return memo(model, computeFacts);
}
