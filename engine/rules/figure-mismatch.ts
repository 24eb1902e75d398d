import { agrees, agreesWithin, countsIn, pairFor, PART_BEFORE, RATE, shareRange, type Count } from '../content/figures';
import { growthRates, sharesOfNamedWholes, type StatedRatio } from '../content/stated-ratios';
import type { Rule } from '../rule';
import { linesContaining, matchesOf } from '../search';
import { range } from '../types';
import { zh } from '../zh-message';

const SENTENCE = /[^。!?\uFF01\uFF1F]+[。!?\uFF01\uFF1F]?/g;

/** Cheap word checks before RATE, whose CJK prefix makes it slow to run over ordinary sentences. */
function mayStateRate(sentence: string): boolean {
  return (sentence.includes('%') || sentence.includes('\uFF05')) && (sentence.includes('率') || sentence.includes('占') || sentence.includes('比例') || sentence.includes('比重') || sentence.includes('完成'));
}

/**
 * The counts before a rate in its sentence; after a semicolon only those after it, when there are
 * two or more (回收1150份，回收率95.8%；参加体检560人，查出84人，检出率12%: the rate is of its own clause).
 */
function countsBefore(sentence: string, at: number): Count[] {
  const semicolon = Math.max(sentence.lastIndexOf('；', at), sentence.lastIndexOf(';', at));
  if (semicolon >= 0) {
    const own = countsIn(sentence.slice(semicolon + 1, at));
    if (own.length >= 2) return own;
    // 全年接警4500起，其中刑事警情900起，占20%；治安警情2700起，占70%: one count of its own, listed
    // after a 其中 part in its unit, is that part's sibling, a share of the same whole.
    if (own.length === 1) {
      const earlier = countsIn(sentence.slice(0, semicolon));
      const sibling = earlier.findIndex((c) => PART_BEFORE.test(c.before) && c.baseUnit === own[0]!.baseUnit);
      if (sibling > 0) return [...earlier.slice(0, sibling), own[0]!];
    }
  }
  return countsIn(sentence.slice(0, at));
}

/**
 * A stated percentage that contradicts the counts beside it (docs/domain.md §5): 258人参加……253人
 * 通过……通过率为95% (really 98.1%); 全年受理申请3200件，办结3040件，办结率92% (95%). Only when the
 * pairing is unambiguous, in the sentence with the rate or the one before it; rounding or cutting
 * to the stated precision agrees.
 */
const rule: Rule = {
  id: 'figure-mismatch',
  category: 'content',
  defaultSeverity: 'warning',
  description: '百分比与旁边的数字对不上(258人参加、253人通过,通过率却写 95%)/ A percentage that contradicts the counts beside it',
  options: {},
  fixSafety: 'review',
  check(ctx) {
    for (const index of linesContaining(ctx.model, ['%', '\uFF05'])) {
      const line = ctx.model.lines[index]!;
      const text = line.masked;
      const named = text.includes('的');
      const growth = text.includes('较') || text.includes('比');
      if (!mayStateRate(text) && !named && !growth) continue;
      /** A stated figure the counts contradict, with a fix to the computed one. */
      const report = (start: number, end: number, what: string, working: string, stated: string, actual: number, data: Record<string, unknown>): void => {
        const computed = `${actual.toFixed(1)}%`;
        ctx.report({
          range: range(line.index, start, end),
          message: zh`${what}与数字不符:${working} = ${computed},文中写的是 ${stated}%`,
          data: { stated: Number(stated), computed: Number(actual.toFixed(2)), ...data },
          fixes: [{ title: `改为 ${computed} (Use the computed value)`, edits: [{ range: range(line.index, start, end), newText: computed }] }],
        });
      };
      let previous = '';
      for (const s of matchesOf(SENTENCE, text)) {
        const sentence = s[0];
        const stated: StatedRatio[] = [...(named ? sharesOfNamedWholes(sentence) : []), ...(growth ? growthRates(sentence) : [])];
        for (const r of stated) {
          if (r.agrees) continue;
          const what = r.kind === 'growth' ? '增减幅度' : '百分比';
          report(s.index! + r.start, s.index! + r.end, what, r.working, r.stated, r.actual, { kind: r.kind });
        }
        const rates = mayStateRate(sentence) ? matchesOf(RATE, sentence) : [];
        // A sentence that opens with 其中 counts parts of the sentence before it: 全年粮食播种面积8.6万亩。
        // 其中水稻5.2万亩，占粮食播种面积的70%.
        const partsOfPrevious = rates.length > 0 && /^\s*其中/.test(sentence);
        for (const r of rates) {
          const before = countsBefore(sentence, r.index!);
          const pairing = pairFor(before.length === 0 ? countsIn(previous) : partsOfPrevious ? [...countsIn(previous), ...before] : before, r[1]!);
          if (!pairing) continue;
          const { total, part, others } = pairing;
          const stated = r[2]!;
          const actual = (part.value / total.value) * 100;
          if (agrees(stated, actual) || agreesWithin(stated, ...shareRange(part.value, part.error, total.value, total.error))) continue;
          if (others.some((o) => agrees(stated, (part.value / o.value) * 100))) continue;
          const start = s.index! + r.index! + r[0].lastIndexOf(stated);
          report(start, s.index! + r.index! + r[0].length, '百分比', `${part.written}/${total.written}`, stated, actual, { part: part.value, total: total.value });
        }
        previous = sentence;
      }
    }
  },
};

export default rule;
