import { parseChineseNumeral } from '../chinese-numerals';
import type { Rule } from '../rule';
import { range } from '../types';

const DIGIT_CN: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** 二〇一二年二月六日, 二〇一二年十二月: year, month and optional day in Chinese numerals. */
const CN_DATE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?/g;
/** 2012年02月06日: zero-padded month or day. */
const PADDED_DATE = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/g;

/**
 * GB/T 9704-2012 writes dates in Arabic numerals without zero padding (2012年2月6日). Flags dates in
 * Chinese numerals and zero-padded ones; the fix writes the GB/T 9704 form.
 */
const rule: Rule = {
  id: 'date-style',
  category: 'style',
  defaultSeverity: 'information',
  description: '日期写法:用阿拉伯数字且不补零(2012年2月6日)/ Dates in Arabic numerals without zero padding, per GB/T 9704',
  options: {},
  check(ctx) {
    const found: Array<{ line: number; start: number; end: number; fixed: string; kind: 'chinese' | 'padded' }> = [];
    let arabic = 0;
    for (const line of ctx.model.lines) {
      const text = line.masked;
      if (text.indexOf('年') < 0) continue;
      for (const m of text.matchAll(CN_DATE)) {
        const year = [...m[1]!].map((c) => DIGIT_CN[c]).join('');
        const month = parseChineseNumeral(m[2]!);
        const day = m[3] ? parseChineseNumeral(m[3]) : null;
        if (!month || month > 12 || (m[3] && (!day || day > 31))) continue;
        found.push({ line: line.index, start: m.index!, end: m.index! + m[0].length, fixed: `${year}年${month}月${day ? `${day}日` : ''}`, kind: 'chinese' });
      }
      for (const m of text.matchAll(PADDED_DATE)) {
        arabic++;
        const padded = m[2]!.startsWith('0') || (m[3]?.startsWith('0') ?? false);
        if (!padded) continue;
        found.push({ line: line.index, start: m.index!, end: m.index! + m[0].length, fixed: `${m[1]}年${Number(m[2])}月${m[3] ? `${Number(m[3])}日` : ''}`, kind: 'padded' });
      }
    }
    const mixed = arabic > 0 && found.some((f) => f.kind === 'chinese');
    for (const f of found) {
      const text = ctx.model.lines[f.line]!.text.slice(f.start, f.end);
      const why = f.kind === 'chinese' ? '按 GB/T 9704,日期用阿拉伯数字' : '月、日不补零';
      ctx.report({
        range: range(f.line, f.start, f.end),
        message: `日期“${text}”宜写作“${f.fixed}”(${why}${mixed && f.kind === 'chinese' ? ';本文档日期写法不统一' : ''})`,
        data: { kind: f.kind, suggested: f.fixed, mixed },
        fixes: [{ title: `改为“${f.fixed}” (Convert the date)`, edits: [{ range: range(f.line, f.start, f.end), newText: f.fixed }] }],
      });
    }
  },
};

export default rule;
