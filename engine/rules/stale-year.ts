import { staleSignatureDate, yearLike, type StaleDate } from '../consistency/signature-date';
import { staleYears, type StalePosition, type StaleYear } from '../consistency/stale-years';
import { formatDate } from '../dates';
import { describeSpan, shiftedText } from '../facts/period';
import { reportFacts } from '../facts/report-facts';
import { numberOption, type Rule, type RuleContext } from '../rule';
import { range, type Fix } from '../types';
import { zh } from '../zh-message';

const WHERE: Readonly<Record<StalePosition, string>> = {
  opening: '开头',
  heading: '章节标题',
  'next-heading': '“下一步”章节标题',
  'plan-paragraph': '这段',
};

/** Defaults: a year's summary may be signed from about 1 November, a year's plan from about 1 October before. */
const GRACE_DAYS = 61;
const LEAD_DAYS = 92;

function message(f: StaleYear, written: string, own: string): string {
  if (f.position === 'next-heading') return zh`“下一步”部分写的是“${written}”,应是报告期(${own})之后:可能沿用了往年的报告`;
  if (f.position === 'plan-paragraph') return zh`这是${own}的计划,这里的“${written}”可能是沿用往年计划未改`;
  return zh`${WHERE[f.position]}的“${written}”与报告期(${own})不符:可能沿用了往年的报告`;
}

function dateFinding(ctx: RuleContext, d: StaleDate, own: string, byline: boolean): void {
  const fixed = yearLike(d.yearText, d.fixedYear);
  ctx.report({
    range: range(d.line, d.start, d.end),
    message: zh`${byline ? '标题下的日期' : '落款日期'}(${formatDate(d.date)})早于${formatDate(d.earliest)},不像报告期(${own})的成文日期:可能沿用了往年的日期`,
    data: { position: byline ? 'byline-date' : 'signature-date', year: d.date.year, fixedYear: d.fixedYear },
    fixes: [{ title: `年份改为“${fixed}” (Use the report's year)`, edits: [{ range: range(d.line, d.start, d.start + d.yearText.length), newText: fixed }] }],
  });
}

/**
 * A year in a structural position (the opening, a section heading, a plan's guiding-idea and
 * goals, the signature date) that disagrees with the period the title names: the trace of last
 * year's report rewritten. See docs/domain.md §10 for what is never read as the report's period.
 */
const rule: Rule = {
  id: 'stale-year',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: '开头、标题、计划目标或落款日期的年份与报告期不符(沿用往年报告)/ A year in a structural position disagrees with the report’s own period',
  options: {
    signatureGraceDays: {
      type: 'number',
      default: GRACE_DAYS,
      minimum: 0,
      description: '总结的落款日期最多可早于报告期结束多少天 / How many days before its period ends a summary may be signed',
    },
    planLeadDays: {
      type: 'number',
      default: LEAD_DAYS,
      minimum: 0,
      description: '计划的落款日期最多可早于计划期开始多少天 / How many days before its period starts a plan may be signed',
    },
  },
  fixSafety: 'review',
  check(ctx) {
    const grace = numberOption(ctx.options, 'signatureGraceDays', GRACE_DAYS);
    const lead = numberOption(ctx.options, 'planLeadDays', LEAD_DAYS);
    for (const facts of reportFacts(ctx.model)) {
      if (!facts.period) continue;
      const own = describeSpan(facts.period.expression.span);
      const found = staleYears(ctx.model, facts).map((f) => ({ f, written: f.lineText.slice(f.expression.index, f.expression.index + f.expression.length), fixed: shiftedText(f.lineText, f.expression, f.shift) }));
      const edit = (x: (typeof found)[number]) => ({ range: range(x.f.line, x.f.expression.index, x.f.expression.index + x.f.expression.length), newText: x.fixed });
      for (const x of found) {
        const fixes: Fix[] = [{ title: `改为“${x.fixed}” (Use the report's period)`, edits: [edit(x)] }];
        // Where one stale year stands in several structural places, all of them at once.
        const same = found.filter((y) => y.written === x.written && y.fixed === x.fixed);
        if (same.length > 1) fixes.push({ title: `把本报告开头、标题等处的 ${same.length} 处“${x.written}”都改为“${x.fixed}” (Replace in every structural position)`, edits: same.map(edit) });
        ctx.report({
          range: edit(x).range,
          message: message(x.f, x.written, own),
          data: { position: x.f.position, written: x.written, fixed: x.fixed },
          fixes,
        });
      }
      const date = staleSignatureDate(ctx.model, facts, grace, lead);
      if (date) dateFinding(ctx, date, own, date.line < facts.closingStart);
    }
  },
};

export default rule;
