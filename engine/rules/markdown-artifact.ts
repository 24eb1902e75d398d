import { deleteLine } from '../line-edits';
import { isEmojiStart, isTableRule, lineArtifacts, type ArtifactKind } from '../pasted/markdown-syntax';
import type { Rule } from '../rule';
import { markLines, type LineSearch } from '../search';
import { range } from '../types';
import { zh } from '../zh-message';

const WHAT: Record<ArtifactKind, string> = {
  heading: 'Markdown 标题符号',
  bold: 'Markdown 粗体符号',
  italic: 'Markdown 斜体符号',
  bullet: 'Markdown 列表符号',
  'list-symbol': '列表符号',
  quote: 'Markdown 引用符号',
  rule: 'Markdown 分隔线',
  fence: 'Markdown 代码块标记',
  table: 'Markdown 表格行',
  'table-rule': 'Markdown 表格分隔行',
  code: 'Markdown 代码标记',
  link: 'Markdown 链接',
  emoji: '表情符号',
};

/** What Markdown holds within a line: the lines that hold none are read only at their start. */
const INLINE_SEARCHES: LineSearch[] = [{ needles: ['**', '__', '`', '](', '|'] }];

/**
 * Whether a line's first character (after white space) can start Markdown syntax or an emoji
 * bullet: # - * + > | ` ~ _ •, a character of an emoji, or a keycap digit (1️⃣).
 */
function mayStartArtifact(text: string): boolean {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x3000)) i++;
  const c = text.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return text.charCodeAt(i + 1) === 0xfe0f || text.charCodeAt(i + 1) === 0x20e3;
  return c === 0x23 || c === 0x2d || c === 0x2a || c === 0x2b || c === 0x3e || c === 0x7c || c === 0x60 || c === 0x7e || c === 0x5f || c === 0x2022 || isEmojiStart(c);
}

/**
 * The lines of each table whose separator row (---|---) was found: the header row right above it
 * and the rows with a | right below it. Without outer pipes (项目 | 数量) they are rows only there.
 */
function rowsBesideTableRules(model: Parameters<Rule['check']>[0]['model'], marks: ArrayLike<number>): Set<number> {
  const rows = new Set<number>();
  const { lines } = model;
  for (const line of lines) {
    if (!marks[line.index] || !isTableRule(line.text)) continue;
    const above = lines[line.index - 1];
    if (above && above.text.includes('|')) rows.add(above.index);
    for (let i = line.index + 1; i < lines.length && lines[i]!.text.includes('|') && !isTableRule(lines[i]!.text); i++) rows.add(i);
  }
  return rows;
}

/**
 * Markdown syntax and emoji bullets left in a plain-text report that will be printed or pasted into
 * Word, where they show as they are (docs/domain.md §9). Markdown files never get it.
 */
const rule: Rule = {
  id: 'markdown-artifact',
  category: 'residue',
  defaultSeverity: 'warning',
  description: '纯文本报告中残留的 Markdown 符号和表情符号(**粗体**、## 标题、- 列表、---、表格、📌)/ Markdown syntax or emoji bullets left in a plain-text report',
  options: {},
  fixSafety: 'safe',
  check(ctx) {
    const { model } = ctx;
    if (model.markdown) return;
    const marks = markLines(model, INLINE_SEARCHES);
    const tableRows = rowsBesideTableRules(model, marks);
    // A fenced block is not skipped: in a .txt its fences and its contents print as they are.
    for (const line of model.lines) {
      if (!marks[line.index] && !mayStartArtifact(line.text)) continue;
      for (const a of lineArtifacts(line.text, tableRows.has(line.index))) {
        const shown = line.text.slice(a.start, a.end).trim();
        const fix = a.replacement === null ? deleteLine(model, line.index) : { range: range(line.index, a.start, a.end), newText: a.replacement };
        ctx.report({
          range: range(line.index, a.start, a.end),
          message: zh`${WHAT[a.kind]}“${shown.length > 12 ? shown.slice(0, 12) + '…' : shown}”留在纯文本报告里,打印或粘贴到 Word 时会原样出现`,
          data: { kind: a.kind },
          fixes: [{ title: a.replacement === null ? '删除这一行 (Delete the line)' : '去掉符号，保留文字 (Strip the syntax, keep the words)', edits: [fix] }],
        });
      }
    }
  },
};

export default rule;
