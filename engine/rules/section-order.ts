import type { Rule } from '../rule';
import { trimmedColumns } from '../parse/text';
import { analyzeSections } from '../sections/analysis';
import { range } from '../types';
import { zh } from '../zh-message';

/** Sections in an unusual order: 下一步打算 before 完成情况, 对策建议 before 存在问题. */
const rule: Rule = {
  id: 'section-order',
  category: 'section',
  defaultSeverity: 'information',
  description: '各部分顺序不合常规(下一步打算在完成情况之前)/ Sections in an unusual order',
  options: {},
  check(ctx) {
    for (const { types } of analyzeSections(ctx.model, ctx.documentTypes)) {
      for (const found of types) {
        const rank = (h: (typeof found.hits)[number]): number => found.type.sections.indexOf(h.section);
        // A combined heading (存在的不足及今后努力方向) names several sections on one line: their
        // order there is the heading's wording, not the report's order, so they are taken in order.
        const named = found.hits.filter((h) => !h.implicit).sort((a, b) => a.line - b.line || rank(a) - rank(b));
        let latest = named[0];
        for (const hit of named.slice(1)) {
          if (latest && rank(hit) < rank(latest)) {
            const { start, end } = trimmedColumns(ctx.model.lines[hit.line]!.text);
            ctx.report({
              range: range(hit.line, start, end),
              message: zh`“${hit.section.label}”通常应在“${latest.section.label}”之前(${found.type.label}的常规顺序:${found.type.sections.map((s) => s.label).join(' → ')})`,
              data: { section: hit.section.id, after: latest.section.id, type: found.type.id },
            });
          } else {
            latest = hit;
          }
        }
      }
    }
  },
};

export default rule;
