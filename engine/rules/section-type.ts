import type { Rule } from '../rule';
import { trimmedColumns } from '../parse/text';
import { analyzeSections } from '../sections/analysis';
import { range } from '../types';
import { zh } from '../zh-message';

/** The title names one type and the headings clearly show another (seed 003 篇3: 总结 titled, a plan inside). */
const rule: Rule = {
  id: 'section-type',
  category: 'section',
  defaultSeverity: 'information',
  description: '标题与内容的报告类型不一致,按内容检查 / The headings show another report type than the title; checked as the headings show',
  options: {},
  check(ctx) {
    for (const { doc, mismatch } of analyzeSections(ctx.model, ctx.documentTypes)) {
      if (!mismatch || doc.titleLine === null) continue;
      const { start, end } = trimmedColumns(ctx.model.lines[doc.titleLine]!.text);
      const names = mismatch.titleTypes.map((id) => ctx.documentTypes.find((t) => t.id === id)?.label ?? id).join('、');
      ctx.report({
        range: range(doc.titleLine, start, end),
        message: zh`标题像${names},但各部分标题属于${mismatch.contentType.label};已按${mismatch.contentType.label}检查必备部分`,
        data: { titleTypes: mismatch.titleTypes, type: mismatch.contentType.id },
      });
    }
  },
};

export default rule;
