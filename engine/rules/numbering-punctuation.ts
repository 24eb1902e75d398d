import { punctuationProblem } from '../numbering/edits';
import type { Rule } from '../rule';
import { range } from '../types';

/** GB/T 15834-2011 Appendix B.3: 一、 (一) 1. (1); no punctuation after brackets, never doubled. */
const rule: Rule = {
  id: 'numbering-punctuation',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '序号后标点错误((一)、 1.、 一、、 一.)/ Wrong punctuation after a marker (GB/T 15834 B.3)',
  options: {},
  fixSafety: 'safe',
  check(ctx) {
    for (const doc of ctx.model.documents) {
      for (const node of doc.headings) {
        const problem = punctuationProblem(node.marker);
        if (!problem) continue;
        const m = node.marker;
        ctx.report({
          range: range(m.line, m.start, m.end),
          message: problem.message,
          fixes: [{ title: '修正序号标点 (Fix punctuation)', edits: problem.edits }],
        });
      }
    }
  },
};

export default rule;
