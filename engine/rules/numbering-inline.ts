import { renumberSeries } from '../numbering/edits';
import { findInlineSeries, seriesBreaks, type SeriesToken } from '../numbering/inline-series';
import type { Rule } from '../rule';
import { range } from '../types';
import { zh } from '../zh-message';

const KIND_TEXT = { gap: '跳号', duplicate: '重复', order: '顺序颠倒' } as const;
const FIRST_WORD = { shi: '一是', yao: '一要', di: '第一', qici: '首先', qi: '其一', paren: '（1）', circled: '①' } as const;

const rule: Rule = {
  id: 'numbering-inline',
  category: 'numbering',
  defaultSeverity: 'warning',
  description: '段内序列中断(一是…二是…四是…,一要…二要…四要…,首先…其次…其次…,其一…其二…其四…,(1)…(2)…(4)…)/ A broken inline series',
  options: {},
  fixSafety: 'safe',
  check(ctx) {
    for (const series of findInlineSeries(ctx.model)) {
      const breaks = seriesBreaks(series);
      if (!breaks.length) continue;
      const startsLate = breaks.some((b) => b.kind === 'start');
      const fix = { title: startsLate ? '从第一项起重新编号 (Renumber from the first item)' : '重新编号此序列 (Renumber this series)', edits: renumberSeries(series, startsLate ? 1 : undefined) };
      // (3) is shown with its brackets; the range is the number, which the fix changes.
      const shown = (t: SeriesToken): string => {
        const line = ctx.model.lines[t.line]!.text;
        return t.kind === 'paren' ? line.slice(t.start - 1, t.end + 1) : line.slice(t.start, t.end);
      };
      for (const b of breaks) {
        const t = b.token;
        const actual = shown(t);
        ctx.report({
          range: range(t.line, t.start, t.end),
          message:
            b.kind === 'start'
              ? zh`段内序列没有从第一项开始:此处为“${actual}”,前面没有“${FIRST_WORD[series.kind]}”`
              : b.swappedWith
                ? zh`段内序列顺序颠倒:“${actual}”与前一项“${shown(b.swappedWith)}”位置互换了`
                : zh`段内序列${KIND_TEXT[b.kind]}:此处为“${actual}”,按前文应为第 ${b.expected} 项`,
          data: { kind: b.kind, expected: b.expected },
          fixes: fix.edits.length ? [fix] : undefined,
        });
      }
    }
  },
};

export default rule;
