/**
 * Conversion of a document's heading markers to the GB/T 9704-2012 §7.3.3 sequence by depth:
 * 一、 → (一) → 1. → (1), with full-width brackets. Deeper levels, ordinal headings (第一) and
 * placeholder numbers are left as they are. Values are kept; renumbering is a separate command.
 */
import { formatChineseNumeral } from './chinese-numerals';
import type { Family } from './parse/markers';
import type { ReportModel } from './parse/model';
import { range, type TextEdit } from './types';

const GB_BY_DEPTH: Array<{ family: Family; render: (n: number) => string }> = [
  { family: 'cn', render: (n) => `${formatChineseNumeral(n)}、` },
  { family: 'cn-paren', render: (n) => `\uFF08${formatChineseNumeral(n)}\uFF09` },
  { family: 'arabic', render: (n) => `${n}.` },
  { family: 'arabic-paren', render: (n) => `\uFF08${n}\uFF09` },
];

const CONVERTIBLE: ReadonlySet<Family> = new Set(['cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled']);

export function gbStyleEdits(model: ReportModel): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const doc of model.documents) {
    for (const node of doc.headings) {
      const m = node.marker;
      const target = GB_BY_DEPTH[node.depth];
      if (!target || m.value === null || !CONVERTIBLE.has(m.family)) continue;
      const current = model.lines[m.line]!.text.slice(m.start, m.end);
      const wanted = target.render(m.value);
      if (current !== wanted) edits.push({ range: range(m.line, m.start, m.end), newText: wanted });
    }
  }
  return edits;
}
