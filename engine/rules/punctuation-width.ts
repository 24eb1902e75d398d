import type { Rule } from '../rule';
import { firstWidthProblem, replacements, widthProblems, type WidthProblem } from '../style/punctuation-width';
import { range, type Fix, type Range } from '../types';
import { fullWidth } from '../zh-message';


/** What is said of each kind of problem: one record a kind, so a finding costs one lookup. */
const KIND: Readonly<Record<WidthProblem['kind'], { message: string; data: { kind: string } }>> = {
  mark: {
    message: fullWidth('本行有半角标点用在中文里(从这里起),应为全角 ，；：？！（）“”(GB/T 15834);快速修复可一次改正本行全部'),
    data: { kind: 'half-width' },
  },
  pair: {
    message: fullWidth('本行有半角括号或引号用在中文里(从这里起),应为全角 （）“”‘’(GB/T 15834);快速修复可一次改正本行全部'),
    data: { kind: 'half-width' },
  },
  'full-width': {
    message: fullWidth('本行有全角数字或字母(从这里起),应为半角(GB/T 15835);快速修复可一次改正本行全部'),
    data: { kind: 'full-width' },
  },
};

/**
 * GB/T 15834: Chinese prose takes full-width ，；：？！（）and “”; GB/T 15835 prefers half-width digits
 * and Latin letters (docs/domain.md §9). One finding per line, on its first wrong mark, with a fix
 * for the whole line and one for each mark: a page pasted from the web can hold a wrong comma in
 * every sentence, and a finding per mark (or even reading every mark up front) would cost more
 * than the rest of the lint. The fixes read the line when asked for.
 */
const rule: Rule = {
  id: 'punctuation-width',
  category: 'style',
  defaultSeverity: 'information',
  description: '中文里的半角标点和全角数字、字母(半角的逗号、分号、冒号、问号、叹号、括号、引号;全角的１２３、ＡＢＣ)/ Half-width punctuation in Chinese prose, full-width digits and letters',
  options: {},
  fixSafety: 'safe',
  scope: 'line',
  check(ctx) {
    const { model } = ctx;
    const markerAt = model.markerAt;
    const from = (line: number): number => markerAt[line]?.end ?? 0;
    // One function makes the fixes of every finding, from its line: no closure a finding.
    const fixesOf = (r: Range): Fix[] => {
      const line = model.lines[r.start.line]!;
      return lineFixes(line.text, line.index, widthProblems(line.masked, from(line.index), line.text));
    };
    // Each line is read by one character-class search from its start, which stops at the first
    // wrong mark: cheaper than finding the lines by searching the whole text for nine marks.
    const first: WidthProblem = { kind: 'mark', start: 0, end: 0 };
    for (const line of model.lines) {
      // A blank line (half the lines of a text that spaces its paragraphs) needs no search at all.
      if (line.masked.length === 0) continue;
      if (!firstWidthProblem(line.masked, from(line.index), line.text, first)) continue;
      const { message, data } = KIND[first.kind];
      ctx.reportAt(line.index, first.start, first.end, message, data, fixesOf);
    }
  },
};

function lineFixes(text: string, line: number, problems: WidthProblem[]): Fix[] {
  const edits = (p: WidthProblem): Fix['edits'] => replacements(text, p).map(([at, length, newText]) => ({ range: range(line, at, at + length), newText }));
  const fixed = (p: WidthProblem): string => {
    let out = text.slice(p.start, p.end);
    for (const [at, length, by] of replacements(text, p)) out = out.slice(0, at - p.start) + by + out.slice(at - p.start + length);
    return out;
  };
  const each = problems.map((p) => ({ title: `第 ${p.start + 1} 列“${text.slice(p.start, p.end)}”改为“${fixed(p)}” (Fix this one)`, edits: edits(p) }));
  const all = { title: `修正本行 ${problems.length} 处 (Fix all in this line)`, edits: problems.flatMap(edits) };
  return problems.length > 1 ? [all, ...each] : each;
}

export default rule;
