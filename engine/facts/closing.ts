/**
 * The closing parts of a report below its body (GB/T 9704 §7.3.4, §7.3.5): the attachment note
 * (附件：1. …) and the signature, the issuing unit's name over the date.
 */
import { COMMA, SENTENCE_END } from '../chars';
import { parseDate, type ReportDate } from '../dates';
import type { ReportDocument, ReportModel } from '../parse/model';
import { isBlank } from '../parse/text';

export interface Closing {
  /** First line of the closing parts: the body ends before it. */
  startLine: number;
  /** Attachment names in order; empty when there is no attachment note. */
  attachments: string[];
  /** The issuing unit, one entry per line (a joint report has several), with its line; empty when unsigned. */
  units: Array<{ text: string; line: number }>;
  /** The date as read, and its line; null when unsigned. */
  dated: { date: ReportDate; line: number } | null;
}

/** A unit line: short, with no sentence punctuation (an address or a sentence is body text). */
const UNIT_MAX = 30;
const UNIT_PUNCTUATION = new RegExp(`[${SENTENCE_END}${COMMA}、：:]`);
/** Lines above the date that can be unit names (a joint report is signed by two or three units). */
const UNIT_LINES_MAX = 3;
const ATTACHMENT = /^附件\s*[：:]\s*(.*)$/;
const ATTACHMENT_ITEM = /^(\d{1,2})\s*[.．、]\s*(.+)$/;

export function findClosing(model: ReportModel, doc: ReportDocument, bodyStart: number): Closing {
  const text = (i: number): string => model.lines[i]!.masked.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  const skipBlankUp = (i: number): number => {
    while (i >= bodyStart && isBlank(model.lines[i]!.masked)) i--;
    return i;
  };
  let i = skipBlankUp(doc.endLine);
  let startLine = doc.endLine + 1;
  const units: Closing['units'] = [];
  const parsed = i >= bodyStart ? parseDate(text(i)) : null;
  const dated = parsed ? { date: parsed, line: i } : null;
  if (parsed) {
    // Built only for a signed document: most documents of a long text are not.
    const headingLines = new Set(doc.headings.map((h) => h.line));
    startLine = i;
    i--;
    while (i >= bodyStart && units.length < UNIT_LINES_MAX && !isBlank(model.lines[i]!.masked)) {
      const t = text(i);
      if (headingLines.has(i) || t.length > UNIT_MAX || UNIT_PUNCTUATION.test(t) || ATTACHMENT.test(t)) break;
      units.unshift({ text: t, line: i });
      startLine = i;
      i--;
    }
  }
  const attachments = attachmentsAbove(model, skipBlankUp(startLine - 1), bodyStart, text);
  if (attachments) startLine = attachments.line;
  return { startLine, attachments: attachments?.items ?? [], units, dated };
}

/** An attachment note ending at `last`: 附件：name, or 附件：1. name followed by 2. name lines. */
function attachmentsAbove(model: ReportModel, last: number, bodyStart: number, text: (i: number) => string): { line: number; items: string[] } | null {
  const items: string[] = [];
  for (let i = last; i >= bodyStart && i >= last - 20; i--) {
    if (isBlank(model.lines[i]!.masked)) return null;
    const t = text(i);
    const note = ATTACHMENT.exec(t);
    if (note) {
      const first = note[1]!.trim();
      if (!first) return items.length ? { line: i, items } : null;
      const numbered = ATTACHMENT_ITEM.exec(first);
      return { line: i, items: [numbered ? numbered[2]!.trim() : first, ...items] };
    }
    const item = ATTACHMENT_ITEM.exec(t);
    if (!item) return null;
    items.unshift(item[2]!.trim());
  }
  return null;
}
