import { staleUnits } from '../consistency/stale-units';
import { reportFacts } from '../facts/report-facts';
import { normalizeUnit } from '../facts/units';
import { stringListOption, type Rule } from '../rule';
import { range, type Fix, type TextEdit } from '../types';
import { zh } from '../zh-message';
import type { ReportModel } from '../parse/model';

/** Every occurrence of `name` in lines from..to, as edits to `replacement`. */
function everywhere(model: ReportModel, from: number, to: number, name: string, replacement: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let line = from; line <= to; line++) {
    const text = model.lines[line]!.text;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      edits.push({ range: range(line, at, at + name.length), newText: replacement });
    }
  }
  return edits;
}

/**
 * The signature, or the subject of the opening sentence, names another unit of the title's kind
 * (西坪区教育局 in a report of 东坪区教育局): the trace of a neighbouring unit's report rewritten.
 * See docs/domain.md §10 for what counts as one unit.
 */
const rule: Rule = {
  id: 'stale-unit',
  category: 'consistency',
  defaultSeverity: 'warning',
  description: '落款或开头主语是另一个同类单位(沿用别的单位的报告)/ The signature or the opening names another unit of the same kind',
  options: {
    aliases: {
      type: 'string-array',
      default: [],
      description: '视为同一单位的几种叫法,每项用 = 连接,如“东坪区教育局=东坪区教体局” / Names of one unit, joined by = in each entry',
    },
  },
  fixSafety: 'review',
  check(ctx) {
    const aliases = stringListOption(ctx.options, 'aliases').map((entry) => new Set(entry.split('=').map((n) => normalizeUnit(n)).filter(Boolean)));
    for (const facts of reportFacts(ctx.model)) {
      for (const s of staleUnits(ctx.model, facts, aliases)) {
        const written = s.found.name.text;
        const own = s.reference.name.text;
        const where = range(s.found.line, s.found.column, s.found.column + written.length);
        const fixes: Fix[] = [{ title: `改为“${own}” (Use the report's unit)`, edits: [{ range: where, newText: own }] }];
        const all = everywhere(ctx.model, facts.doc.startLine, facts.doc.endLine, written, own);
        if (all.length > 1) fixes.push({ title: `把本报告中的 ${all.length} 处“${written}”都改为“${own}” (Replace everywhere in this report)`, edits: all });
        const from = s.reference.source === 'title' ? '标题' : '落款';
        ctx.report({
          range: where,
          message:
            s.position === 'signature'
              ? zh`落款单位“${written}”与标题中的“${own}”不是同一单位:可能沿用了别的单位的报告`
              : zh`开头的主语“${written}”与${from}中的“${own}”不是同一单位:可能沿用了别的单位的报告`,
          data: { position: s.position, written, unit: own },
          fixes,
        });
      }
    }
  },
};

export default rule;
