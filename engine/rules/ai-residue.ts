import { deleteLine } from '../line-edits';
import { ADDRESS_NEEDLES, addressesUserAt, FRAME_NEEDLES, frameSpans, noteBlockAt, type FrameSpan } from '../pasted/assistant-frame';
import { CLOSING_LINES, EDGE_LINES, mayHoldEdgeFrame } from '../pasted/document-edges';
import { webResidueKind } from '../pasted/web-page';
import { isBlank } from '../parse/text';
import type { Rule } from '../rule';
import { markLines, type LineSearch } from '../search';
import { range } from '../types';
import { zh } from '../zh-message';

/** What a line's mark says of it: a needle's hit, an item or the heading of a tips block, a document's edges. */
const NEEDLE = 1;
const TIP_ITEM = 2;
const TIP_HEADING = 4;
/** Within EDGE_LINES of either end: read when it opens like an answer's edge (EDGE_START), holds a closing needle or opens with a tips label. */
const EDGE = 8;
/** Within CLOSING_LINES of the end: read when it holds a closing needle, opens with a tips label or like a note (EDGE_NOTE). */
const CLOSING = 16;
/** An edge line found worth reading (mayHoldFrame), once, when markEdges went past it. */
const MAY_FRAME = 32;

/** A line of a notes block near the end (温馨提示： then its items) one of whose items is frame: the whole block is. */
const NOTE_BLOCK = 64;

const FRAME_SEARCHES: LineSearch[] = [
  { needles: FRAME_NEEDLES, bit: NEEDLE },
  { needles: ADDRESS_NEEDLES, accept: addressesUserAt, bit: NEEDLE },
];

/** Whether a line with this mark may hold frame, and so is worth reading. */
function mayHoldFrame(mark: number, text: string): boolean {
  return (mark & (NEEDLE | TIP_ITEM | TIP_HEADING)) !== 0 || mayHoldEdgeFrame(text, (mark & EDGE) !== 0, (mark & CLOSING) !== 0);
}

/**
 * Marks the lines near each edge of a document, tips aside, where an assistant's opening or closing
 * words stand: up to EDGE_LINES lines of report text from the start, CLOSING_LINES from the end
 * (the last EDGE_LINES of them edge lines), and any frame lines among or before them (a closing run
 * of several frame sentences is all edge).
 */
function markEdges(model: Parameters<Rule['check']>[0]['model'], marks: Uint8Array, isFrame: (line: number) => boolean): void {
  for (const doc of model.documents) {
    for (const [from, step, lines] of [[doc.startLine, 1, EDGE_LINES], [doc.endLine, -1, CLOSING_LINES]] as const) {
      let taken = 0;
      for (let i = from; i >= doc.startLine && i <= doc.endLine && taken < lines; i += step) {
        if (isBlank(model.lines[i]!.masked) || marks[i]! & (TIP_ITEM | TIP_HEADING)) continue;
        marks[i]! |= taken < EDGE_LINES ? EDGE | CLOSING : CLOSING;
        if (!isFrame(i)) taken++;
      }
    }
  }
}

/**
 * The conversational frame of a chat assistant pasted with the report it wrote: 当然可以！以下是为您
 * 撰写的……, 希望对您有所帮助, 作为一个人工智能模型……, （注：文中数据为示例……）. The fix deletes the
 * line, or the sentence where the line holds report text too. See docs/domain.md §9.
 */
const rule: Rule = {
  id: 'ai-residue',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '从聊天助手复制来的对话语句(当然可以!以下是为您撰写的……、希望对您有所帮助)/ A chat assistant\'s conversational frame pasted with the report',
  options: {},
  fixSafety: 'review',
  check(ctx) {
    const { model } = ctx;
    // One mark a line says why it is read; a line with none (nearly all of them) costs one array read.
    const marks = markLines(model, FRAME_SEARCHES);
    // A tips heading (写作小贴士：) and the list under it are the assistant's, item by item.
    for (const block of model.tips) {
      marks[block.heading]! |= TIP_HEADING;
      for (const item of block.items) marks[item]! |= TIP_ITEM;
    }
    /** Frame spans of the lines read so far: the edge search reads a line the loop below reads again. */
    const spansOf = new Map<number, FrameSpan[]>();
    const spansAt = (i: number): FrameSpan[] => {
      let spans = spansOf.get(i);
      if (!spans) spansOf.set(i, (spans = frameSpans(model.lines[i]!.masked)));
      return spans;
    };
    // markEdges asks after marking the line, so that only report text counts against its budget.
    markEdges(model, marks, (i) => {
      if (!mayHoldFrame(marks[i]!, model.lines[i]!.masked)) return false;
      marks[i]! |= MAY_FRAME;
      return spansAt(i).length > 0;
    });
    for (let i = 0; i < marks.length; i++) {
      if (!(marks[i]! & CLOSING)) continue;
      for (const j of noteBlockAt(model.lines, i, (k) => spansAt(k).length > 0)) marks[j]! |= NOTE_BLOCK;
    }
    for (let i = 0; i < marks.length; i++) {
      const mark = marks[i]!;
      if (!(mark & (NEEDLE | TIP_ITEM | TIP_HEADING | MAY_FRAME | NOTE_BLOCK))) continue;
      const line = model.lines[i]!;
      const tip = (mark & (TIP_ITEM | NOTE_BLOCK)) !== 0;
      const spans = tip ? [{ start: 0, end: line.masked.length }] : spansAt(line.index);
      if (!spans.length) continue;
      // （本文共计3256字，下载请点击）: a line of the web page goes whole, residue's.
      if (webResidueKind(line.text, false)) continue;
      const first = line.masked.length - line.masked.trimStart().length;
      const last = line.masked.trimEnd().length;
      const covered = spans.reduce((n, s) => n + line.masked.slice(s.start, s.end).replace(/[\s\u3000]/g, '').length, 0);
      // The line is all frame (give or take the Markdown around it): it goes whole.
      const wholeLine = covered >= line.masked.slice(first, last).replace(/[\s\u3000*#>\-]/g, '').length * 0.9;
      const report = (start: number, end: number, fix: { title: string; edit: ReturnType<typeof deleteLine> }): void => {
        const quoted = line.text.slice(start, end);
        ctx.report({
          range: range(line.index, start, end),
          message: zh`疑似从聊天助手复制来的对话语句:“${quoted.length > 20 ? quoted.slice(0, 20) + '…' : quoted}”,不属于报告正文`,
          data: { wholeLine },
          fixes: [{ title: fix.title, edits: [fix.edit] }],
        });
      };
      // The line goes whole, so the finding covers it as written, bold marks (**字数统计**：…) and all.
      if (wholeLine) report(line.text.length - line.text.trimStart().length, line.text.trimEnd().length, { title: '删除这一行 (Delete the line)', edit: deleteLine(model, line.index) });
      else for (const s of spans) report(s.start, s.end, { title: '删除这句话 (Delete the sentence)', edit: { range: range(line.index, s.start, s.end), newText: '' } });
    }
  },
};

export default rule;
