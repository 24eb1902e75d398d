import { FAMILY_LABELS } from '../parse/markers';
import type { Rule } from '../rule';
import { range } from '../types';
import { zh } from '../zh-message';

/** A list restarted inside an item of the same family (seed 003 篇2: 一、…四、 inside 二、). */
const rule: Rule = {
  id: 'numbering-level',
  category: 'numbering',
  defaultSeverity: 'information',
  description: '同一种序号用在两个层级(在“二、”之下又用“一、”列子项)/ A marker family used at two depths',
  options: {},
  check(ctx) {
    for (const doc of ctx.model.documents) {
      for (const node of doc.headings) {
        if (!node.nested || node.marker.value !== 1 || !node.parent) continue;
        const m = node.marker;
        const outer = node.parent.marker;
        const label = FAMILY_LABELS[m.family];
        ctx.report({
          range: range(m.line, m.start, m.end),
          message: zh`“${label}”类序号在“${ctx.model.lines[outer.line]!.text.slice(outer.start, outer.end)}”之下又作为子项重新编号;子项宜换用下一级序号`,
          data: { family: m.family, parentLine: outer.line },
          related: [{ range: range(outer.line, outer.start, outer.end), message: '外层序号 (outer item)' }],
        });
      }
    }
  },
};

export default rule;
