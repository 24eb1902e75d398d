import { ARABIC_DATE, arabicDate, chineseDate, CN_DATE, formatDate } from '../dates';
import type { Rule } from '../rule';
import { unmaskedAt } from '../search';
import { range } from '../types';
import { fullWidth, zh } from '../zh-message';

const YEAR_DIGITS_CN = '〇零一二三四五六七八九';
const MONTH_DIGITS_CN = '一二三四五六七八九十';

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

interface DateHit {
  line: number;
  column: number;
  length: number;
  fixed: string;
  kind: 'chinese' | 'padded';
}

/**
 * GB/T 9704-2012 writes dates in Arabic numerals without zero padding (2012年2月6日). Flags dates in
 * Chinese numerals and zero-padded ones; the fix writes the GB/T 9704 form. Every date has a 年, so
 * the rule only looks where a native search finds one.
 */
const rule: Rule = {
  id: 'date-style',
  category: 'style',
  defaultSeverity: 'information',
  description: '日期写法:用阿拉伯数字且不补零(2012年2月6日)/ Dates in Arabic numerals without zero padding, per GB/T 9704',
  options: {},
  fixSafety: 'review',
  check(ctx) {
    const text = ctx.model.text;
    const found: DateHit[] = [];
    let arabic = 0;
    for (let year = text.indexOf('年', 4); year >= 0; year = text.indexOf('年', year + 1)) {
      const before = text[year - 1]!;
      const after = text.charCodeAt(year + 1);
      if (isDigit(before.charCodeAt(0)) && isDigit(after)) {
        ARABIC_DATE.lastIndex = year - 4;
        const m = ARABIC_DATE.exec(text);
        if (!m) continue;
        const padded = m[2]!.startsWith('0') || m[3]?.startsWith('0');
        // Only a date to report, or the first one showing Arabic dates are in use, needs its line.
        if (!padded && arabic > 0) continue;
        const at = unmaskedAt(ctx.model, m.index, m[0]);
        if (!at) continue;
        arabic++;
        if (padded) {
          found.push({ ...at, length: m[0].length, fixed: formatDate(arabicDate(m)), kind: 'padded' });
        }
      } else if (YEAR_DIGITS_CN.includes(before) && MONTH_DIGITS_CN.includes(text[year + 1] ?? '')) {
        CN_DATE.lastIndex = year - 4;
        const m = CN_DATE.exec(text);
        const at = m && unmaskedAt(ctx.model, m.index, m[0]);
        const date = m && chineseDate(m);
        if (!m || !at || !date) continue;
        found.push({ ...at, length: m[0].length, fixed: formatDate(date), kind: 'chinese' });
      }
    }
    const mixed = arabic > 0 && found.some((f) => f.kind === 'chinese');
    for (const f of found) {
      const where = range(f.line, f.column, f.column + f.length);
      const why = f.kind === 'chinese' ? fullWidth('按 GB/T 9704,日期用阿拉伯数字') : '月、日不补零';
      ctx.report({
        range: where,
        message: zh`日期“${ctx.model.lines[f.line]!.text.slice(f.column, f.column + f.length)}”宜写作“${f.fixed}”(${why}${mixed && f.kind === 'chinese' ? fullWidth(';本文档日期写法不统一') : ''})`,
        data: { kind: f.kind, suggested: f.fixed, mixed },
        fixes: [{ title: `改为“${f.fixed}” (Convert the date)`, edits: [{ range: where, newText: f.fixed }] }],
      });
    }
  },
};

export default rule;
