import { deleteLine } from '../line-edits';
import { FRAME_NEEDLES, frameSpans, type FrameSpan } from '../pasted/assistant-frame';
import { isBlank } from '../parse/text';
import type { Rule } from '../rule';
import { markLines } from '../search';
import { range } from '../types';
import { zh } from '../zh-message';

/**
 * How an edge line must begin for an opener or closer without a needle to stand there: 当然可以！
 * 好的！ 以下是一份… 以上是一份…框架, 这份总结结构清晰, 如果还有什么需要补充的…
 */
const EDGE_START = /^[\s\u3000*#>\-]*(?:当然|没问题|好的|好嘞|可以|非常乐意|很乐意|很高兴|收到|以下|下面|如下|这|以上|上面|上述|如果还有|若还有)/;

/** How many non-blank lines other than frame at each edge of a document an assistant's opening or closing words may pass. */
const EDGE_LINES = 3;

/**
 * The lines near each edge of a document, tips aside, where an assistant's opening or closing
 * words stand: up to EDGE_LINES lines of report text from each end, and any frame lines among or
 * before them (a closing run of several frame sentences is all edge).
 */
function edgeLines(model: Parameters<Rule['check']>[0]['model'], tips: Set<number>, isFrame: (line: number) => boolean): Set<number> {
  const out = new Set<number>();
  for (const doc of model.documents) {
    for (const [from, step] of [[doc.startLine, 1], [doc.endLine, -1]] as const) {
      let taken = 0;
      for (let i = from; i >= doc.startLine && i <= doc.endLine && taken < EDGE_LINES; i += step) {
        if (isBlank(model.lines[i]!.masked) || tips.has(i)) continue;
        out.add(i);
        if (!isFrame(i)) taken++;
      }
    }
  }
  return out;
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
    const marks = markLines(model, [{ needles: FRAME_NEEDLES }]);
    // A tips heading (写作小贴士：) and the list under it are the assistant's, item by item.
    const tipItems = new Set(model.tips.flatMap((b) => b.items));
    const tipHeadings = new Set(model.tips.map((b) => b.heading));
    /** Frame spans of the lines read so far: the edge search reads a line the loop below reads again. */
    const spansOf = new Map<number, FrameSpan[]>();
    const spansAt = (i: number): FrameSpan[] => {
      let spans = spansOf.get(i);
      if (!spans) spansOf.set(i, (spans = frameSpans(model.lines[i]!.masked)));
      return spans;
    };
    const edgeFrame = (i: number): boolean => (marks[i] !== 0 || EDGE_START.test(model.lines[i]!.masked)) && spansAt(i).length > 0;
    const edges = edgeLines(model, new Set([...tipItems, ...tipHeadings]), edgeFrame);
    for (const line of model.lines) {
      const tip = tipItems.has(line.index);
      if (!tip && !marks[line.index] && !tipHeadings.has(line.index) && !(edges.has(line.index) && EDGE_START.test(line.masked))) continue;
      const spans = tip ? [{ start: 0, end: line.masked.length }] : spansAt(line.index);
      if (!spans.length) continue;
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
      if (wholeLine) report(first, last, { title: '删除这一行 (Delete the line)', edit: deleteLine(model, line.index) });
      else for (const s of spans) report(s.start, s.end, { title: '删除这句话 (Delete the sentence)', edit: { range: range(line.index, s.start, s.end), newText: '' } });
    }
  },
};

export default rule;
