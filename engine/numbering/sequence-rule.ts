/** Builds the four sequence rules (gap, duplicate, order, start) over the shared analysis. */
import type { Marker } from '../parse/markers';
import type { Rule } from '../rule';
import { range, type Fix } from '../types';
import { analyzeNumbering, KIND_RULE, type IssueKind, type SequenceIssue } from './analysis';
import { markerText, renumberChain } from './edits';
import { zh } from '../zh-message';

/** A marker with `value` as its number, for messages (第N without its comma). */
export function markerLabel(marker: Marker, value: number): string {
  const text = markerText(marker, value);
  return marker.family === 'ordinal' ? text.slice(0, text.length - marker.delimiter.length) : text;
}

function message(issue: SequenceIssue): string {
  const m = issue.node.marker;
  const actual = markerLabel(m, m.value!);
  const expected = markerLabel(m, issue.expected);
  switch (issue.kind) {
    case 'gap': {
      const missing = issue.expected === m.value! - 1 ? `“${expected}”` : `“${expected}”至“${markerLabel(m, m.value! - 1)}”`;
      return zh`序号跳号:此处为“${actual}”,缺少${missing}`;
    }
    case 'duplicate':
      return zh`序号重复:“${actual}”与前一项相同,此处应为“${expected}”`;
    case 'order':
      return issue.swappedWith
        ? zh`序号顺序颠倒:“${actual}”与前一项“${markerLabel(issue.swappedWith.marker, issue.swappedWith.marker.value!)}”位置互换了`
        : zh`序号顺序颠倒:“${actual}”排在更大的序号之后,此处应为“${expected}”`;
    case 'start':
      return zh`序号应从“${expected}”开始,此处为“${actual}”`;
    case 'switch':
      return issue.mode === 'continuous'
        ? zh`本文档此层级跨上级连续编号,此处却重新从“${actual}”开始,应为“${expected}”`
        : zh`本文档此层级在每个上级下重新从“${expected}”编号,此处却接续上一组编为“${actual}”`;
  }
}

function renumberFix(issue: SequenceIssue): Fix {
  const chain = issue.run.chain;
  // In a continuous chain later runs depend on this one, so the whole chain is rewritten.
  const edits =
    chain.mode === 'continuous' ? renumberChain(chain) : renumberChain({ ...chain, targets: new Map(issue.run.items.map((n) => [n, chain.targets.get(n)!])) });
  return { title: '重新编号此序列 (Renumber this sequence)', edits };
}

export function sequenceRule(id: string, description: string): Rule {
  const kinds = (Object.keys(KIND_RULE) as IssueKind[]).filter((k) => KIND_RULE[k] === id);
  return {
    id,
    category: 'numbering',
    defaultSeverity: 'warning',
    description,
    options: {},
    fixSafety: 'safe',
    check(ctx) {
      for (const doc of analyzeNumbering(ctx.model)) {
        for (const issue of doc.issues) {
          if (!kinds.includes(issue.kind)) continue;
          const m = issue.node.marker;
          const previous = issue.run.items[issue.run.items.indexOf(issue.node) - 1];
          ctx.report({
            range: range(m.line, m.start, m.end),
            message: message(issue),
            data: { kind: issue.kind, expected: issue.expected, actual: m.value, mode: issue.mode },
            fixes: [renumberFix(issue)],
            related:
              issue.kind === 'duplicate' && previous
                ? [{ range: range(previous.line, previous.marker.start, previous.marker.end), message: '前一项 (previous item)' }]
                : undefined,
          });
        }
      }
    },
  };
}
