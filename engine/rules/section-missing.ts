import type { Rule } from '../rule';
import { analyzeSections } from '../sections/analysis';
import { insertSectionEdits } from '../sections/insert';
import { range } from '../types';
import { zh } from '../zh-message';

const rule: Rule = {
  id: 'section-missing',
  category: 'section',
  defaultSeverity: 'warning',
  description: '缺少该类报告应有的部分(总结缺“存在问题”等)/ A section the report type requires is missing',
  options: {},
  fixSafety: 'review',
  check(ctx) {
    for (const { doc, types } of analyzeSections(ctx.model, ctx.documentTypes)) {
      const line = doc.titleLine ?? doc.startLine;
      const lineText = ctx.model.lines[line]!.text;
      const start = lineText.length - lineText.trimStart().length;
      for (const found of types) {
        const expected = found.type.sections.map((s) => s.label).join('、');
        for (const missing of found.missing) {
          ctx.report({
            range: range(line, start, Math.max(start, lineText.trimEnd().length)),
            // A recommended section (a plan's goals) is advice, not a defect.
            ...(missing.recommended ? { severity: 'information' as const } : {}),
            message: missing.recommended
              ? zh`建议写明“${missing.label}”(${found.type.label}通常包括:${expected})`
              : zh`缺少“${missing.label}”部分(${found.type.label}通常包括:${expected})`,
            data: { section: missing.id, type: found.type.id },
            fixes: [{ title: `插入“${missing.label}”部分 (Insert the section)`, edits: insertSectionEdits(ctx.model, doc, found, missing) }],
          });
        }
      }
    }
  },
};

export default rule;
