/**
 * Report model → a layout-neutral description of the document to hand in: title, addressee,
 * headings with their level (from the same tree as the Outline), paragraphs, run-in headings,
 * lists and tables (Markdown), the attachment note and the signature. Writers (docx.ts) turn it
 * into a file; nothing here knows about any format. See docs/export.md.
 */
import { SENTENCE_END } from '../chars';
import { formatDate } from '../dates';
import type { ReportDocument, ReportModel } from '../parse/model';
import { isBlank } from '../parse/text';
import type { HeadingNode } from '../parse/tree';
import { findClosing } from '../facts/closing';
import { inlines, plainText, type Inline } from './inline';

/** GB/T 9704 has four heading levels; deeper headings are set as level 4. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'addressee'; text: string }
  | {
      kind: 'heading';
      level: HeadingLevel;
      /** Marker and heading, up to the end of its first sentence when the paragraph runs on. */
      text: string;
      /** The rest of the paragraph when the heading runs into it (“1.收入总量平稳增长。全年……”). */
      runIn: Inline[];
      line: number;
    }
  | { kind: 'paragraph'; inlines: Inline[]; line: number }
  | { kind: 'list-item'; inlines: Inline[]; ordered: boolean; line: number }
  | { kind: 'table'; header: Inline[][] | null; rows: Inline[][][]; line: number }
  | { kind: 'attachments'; items: string[] }
  | { kind: 'signature'; units: string[]; date: string | null }
  | { kind: 'page-break' };

export interface DocumentDescription {
  blocks: Block[];
}

const ADDRESSEE_MAX = 40;
const ADDRESSEE = /^[^。；;，,！？!?]+[：:]$/;
const BULLET = /^[ \t]*[-*+][ \t]+(.*)$/;
const ORDERED_ITEM = /^[ \t]*\d{1,3}[.)][ \t]+/;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;
const ATX = /^ {0,3}#{1,6}[ \t]+/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Where a heading's own sentence ends, if the paragraph goes on after it. */
const RUN_IN_END = new RegExp(`[${SENTENCE_END}：:]`);

export function describeReport(model: ReportModel): DocumentDescription {
  const blocks: Block[] = [];
  model.documents.forEach((doc, i) => {
    if (i > 0) blocks.push({ kind: 'page-break' });
    describeDocument(model, doc, blocks);
  });
  return { blocks };
}

/** A line's text without its indent, its Markdown heading run and its closing #s. */
function contentOf(model: ReportModel, line: number): string {
  let t = model.lines[line]!.text;
  if (model.markdown) t = t.replace(ATX, '').replace(/[ \t]+#+[ \t]*$/, '');
  return t.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '');
}

function describeDocument(model: ReportModel, doc: ReportDocument, blocks: Block[]): void {
  const first = doc.titleLine === null ? doc.startLine : doc.titleLine + 1;
  if (doc.titleLine !== null) blocks.push({ kind: 'title', text: plainText(inlines(contentOf(model, doc.titleLine), model.markdown)) });
  const closing = findClosing(model, doc, first);
  const headingAt = new Map<number, HeadingNode>(doc.headings.map((h) => [h.line, h]));
  let addresseeAllowed = doc.titleLine !== null;
  let fence: string | null = null;
  for (let i = first; i < closing.startLine; i++) {
    const raw = model.lines[i]!.text;
    if (model.markdown) {
      const open = FENCE.exec(raw);
      if (fence !== null || open) {
        // Code blocks print as plain lines; the fences themselves do not print.
        if (open && (fence === null || open[1]!.startsWith(fence[0]!))) fence = fence === null ? open[1]! : null;
        else if (!isBlank(raw)) blocks.push({ kind: 'paragraph', inlines: [{ text: raw }], line: i });
        continue;
      }
    }
    if (isBlank(model.lines[i]!.masked)) continue;
    const node = headingAt.get(i);
    if (node) {
      blocks.push(headingBlock(model, node));
      addresseeAllowed = false;
      continue;
    }
    const content = contentOf(model, i);
    if (addresseeAllowed && content.length <= ADDRESSEE_MAX && ADDRESSEE.test(content)) {
      blocks.push({ kind: 'addressee', text: content });
      addresseeAllowed = false;
      continue;
    }
    addresseeAllowed = false;
    if (model.markdown) {
      if (TABLE_ROW.test(raw)) {
        i = tableBlock(model, i, closing.startLine, blocks) - 1;
        continue;
      }
      const bullet = BULLET.exec(raw);
      if (bullet) {
        blocks.push({ kind: 'list-item', inlines: inlines(bullet[1]!.trim(), true), ordered: false, line: i });
        continue;
      }
      if (ORDERED_ITEM.test(raw)) {
        blocks.push({ kind: 'list-item', inlines: inlines(raw.replace(ORDERED_ITEM, '').trim(), true), ordered: true, line: i });
        continue;
      }
      // A Markdown paragraph runs over several lines; in print they are one.
      let text = content;
      while (i + 1 < closing.startLine && continuesParagraph(model, i + 1, headingAt)) text += contentOf(model, ++i);
      blocks.push({ kind: 'paragraph', inlines: inlines(text, true), line: i });
      continue;
    }
    blocks.push({ kind: 'paragraph', inlines: inlines(content, false), line: i });
  }
  if (closing.attachments.length) blocks.push({ kind: 'attachments', items: closing.attachments });
  if (closing.units.length || closing.dated) blocks.push({ kind: 'signature', units: closing.units.map((u) => u.text), date: closing.dated && formatDate(closing.dated.date) });
}

function continuesParagraph(model: ReportModel, i: number, headingAt: Map<number, HeadingNode>): boolean {
  const raw = model.lines[i]!.text;
  return !isBlank(model.lines[i]!.masked) && !headingAt.has(i) && !ATX.test(raw) && !FENCE.test(raw) && !TABLE_ROW.test(raw) && !BULLET.test(raw) && !ORDERED_ITEM.test(raw);
}

function headingBlock(model: ReportModel, node: HeadingNode): Block {
  const line = model.lines[node.line]!;
  const marker = line.text.slice(node.marker.start, node.marker.end);
  const rest = inlines(line.text.slice(node.marker.textStart).replace(/[ \t]+#+[ \t]*$/, '').replace(/[\s\u3000]+$/, ''), model.markdown);
  const text = plainText(rest);
  const level = Math.min(node.depth + 1, 4) as HeadingLevel;
  const cut = text.search(RUN_IN_END);
  if (cut < 0 || cut === text.length - 1) return { kind: 'heading', level, text: marker + text, runIn: [], line: node.line };
  return { kind: 'heading', level, text: marker + text.slice(0, cut + 1), runIn: sliceInlines(rest, cut + 1), line: node.line };
}

/** The inlines after the first `from` characters. */
function sliceInlines(parts: readonly Inline[], from: number): Inline[] {
  const out: Inline[] = [];
  let skipped = 0;
  for (const p of parts) {
    const start = Math.max(0, from - skipped);
    skipped += p.text.length;
    if (start >= p.text.length) continue;
    out.push({ ...p, text: p.text.slice(start) });
  }
  return out;
}

/** A Markdown table starting at `start`; returns the line after it. */
function tableBlock(model: ReportModel, start: number, end: number, blocks: Block[]): number {
  const rows: Inline[][][] = [];
  let header: Inline[][] | null = null;
  let i = start;
  for (; i < end && TABLE_ROW.test(model.lines[i]!.text); i++) {
    const raw = model.lines[i]!.text;
    if (TABLE_RULE.test(raw)) {
      if (rows.length === 1 && !header) header = rows.pop()!;
      continue;
    }
    rows.push(splitCells(raw).map((c) => inlines(c, true)));
  }
  blocks.push({ kind: 'table', header, rows, line: start });
  return i;
}

function splitCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  // A \| inside a cell is a literal bar.
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}
