import { COMMA } from '../chars';
import type { Rule } from '../rule';
import { linesContaining, matchesOf } from '../search';
import { range } from '../types';
import { zh } from '../zh-message';

const UNIT = '(人次|人|名|个|所|项|家|户|件|次|篇|份|台|辆|套|场)';
const SENTENCE = /[^。!?\uFF01\uFF1F]+[。!?\uFF01\uFF1F]?/g;
const RATE = /([\u4e00-\u9fff]{0,4}率|占比|比例|比重|占)(?:为|是|达|达到|约为|约)?\s*(\d+(?:\.\d+)?)\s*[%\uFF05]/g;
/** Totals: 258人参加, 共有45所, 参加考试的有258人. */
const TOTAL = new RegExp(`(?:共有?|总计|合计|参加(?:[^\\d${COMMA}。]{0,8})?的有)?(\\d+)${UNIT}(?=[^\\d${COMMA}。]{0,3}(?:参加|参与|报名|参考|应考|申报|参评|受检|接受))|(?:共有?|总计|合计)(\\d+)${UNIT}`, 'g');
/** Parts: 253人通过, 其中38所, 合格的有253人. */
const PART = new RegExp(`(?:其中)(\\d+)${UNIT}|(\\d+)${UNIT}(?=[^\\d${COMMA}。]{0,3}(?:通过|合格|及格|达标|获奖|优秀|完成|满意|验收))`, 'g');

/** Cheap word checks before RATE, whose CJK prefix makes it slow to run over ordinary sentences. */
function mayStateRate(sentence: string): boolean {
  return (sentence.includes('%') || sentence.includes('\uFF05')) && (sentence.includes('率') || sentence.includes('占') || sentence.includes('比例') || sentence.includes('比重'));
}

interface Count {
  value: number;
  unit: string;
}

function counts(text: string, re: RegExp): Count[] {
  const out: Count[] = [];
  for (const m of matchesOf(re, text)) {
    const value = Number(m[1] ?? m[3]);
    const unit = m[2] ?? m[4];
    if (unit && Number.isFinite(value)) out.push({ value, unit });
  }
  return out;
}

/**
 * A stated percentage that contradicts the counts beside it: 258人参加…253人通过…通过率为95%
 * (really 98.1%). Only when the pairing is unambiguous: exactly one total and one part of the
 * same unit in the sentence with the rate, or in the sentence before it.
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
      if (!mayStateRate(text)) continue;
      let previous = '';
      for (const s of matchesOf(SENTENCE, text)) {
        const sentence = s[0];
        const rates = mayStateRate(sentence) ? matchesOf(RATE, sentence) : [];
        for (const r of rates) {
          const before = sentence.slice(0, r.index);
          let totals = counts(before, TOTAL);
          let parts = counts(before, PART);
          if (!totals.length && !parts.length) {
            totals = counts(previous, TOTAL);
            parts = counts(previous, PART);
          }
          if (totals.length !== 1 || parts.length !== 1) continue;
          const [total, part] = [totals[0]!, parts[0]!];
          if (total.unit !== part.unit || total.value <= 0 || part.value > total.value) continue;
          const stated = Number(r[2]);
          const actual = (part.value / total.value) * 100;
          if (Math.abs(actual - stated) <= 0.5) continue;
          const start = s.index! + r.index! + r[0].indexOf(r[2]!);
          const end = start + r[0].length - r[0].indexOf(r[2]!);
          ctx.report({
            range: range(line.index, start, end),
            message: zh`百分比与数字不符:${part.value}/${total.value} = ${actual.toFixed(1)}%,文中写的是 ${stated}%`,
            data: { stated, computed: Number(actual.toFixed(2)), part: part.value, total: total.value },
            fixes: [{ title: `改为 ${actual.toFixed(1)}% (Use the computed value)`, edits: [{ range: range(line.index, start, end), newText: `${actual.toFixed(1)}%` }] }],
          });
        }
        previous = sentence;
      }
    }
  },
};

export default rule;
