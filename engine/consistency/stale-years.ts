/**
 * Years in a report's structural positions that disagree with its own period (docs/domain.md
 * §10): the year that opens the first body paragraph, years in section headings, a plan's
 * guiding-idea and goals paragraphs. Comparisons, spans, history, targets and quoted titles are
 * never read as the report's own period.
 */
import type { ReportModel } from '../parse/model';
import type { HeadingNode } from '../parse/tree';
import type { DocumentFacts } from '../facts/report-facts';
import { arabicYears, overlaps, readYearExpression, shiftSpan, yearExpressions, type MonthSpan, type YearExpression } from '../facts/period';

export type StalePosition = 'opening' | 'heading' | 'next-heading' | 'plan-paragraph';

export interface StaleYear {
  position: StalePosition;
  line: number;
  expression: YearExpression;
  /** The line as read, years in Arabic numerals (same offsets as the line's text). */
  lineText: string;
  /** Years to add to make it agree with the period. */
  shift: number;
}

/** Words before a year that make it a comparison, a start, a target or history, not the period. */
const NOT_OWN_BEFORE = /(?:较|比|与|同|对比|相比|截至|截止|到|至|自|从|于|早在|继|《|“|「|『|自从|即)\s*$/;
/** Words after a year with the same effect: 2019年建成, 2024年底, 2024年相比. */
const NOT_OWN_AFTER = /^(?:以前|之前|前|底|末|初|相比|同比|同期|比|水平|基础上|的基础|建成|成立|开始|起|开通|获评|被评|荣获|投入使用|竣工|启动|以后|之后|后)/;

function inQuotation(s: string, at: number): boolean {
  let book = 0;
  let quote = 0;
  for (let i = 0; i < at; i++) {
    const c = s[i];
    if (c === '《') book++;
    else if (c === '》') book = Math.max(0, book - 1);
    else if (c === '“') quote++;
    else if (c === '”') quote = Math.max(0, quote - 1);
  }
  return book > 0 || quote > 0;
}

/** Whether the expression can name the report's own period where it stands. */
export function readsAsOwnPeriod(s: string, e: YearExpression): boolean {
  if (e.kind === 'years' || e.kind === 'month') return false;
  if (NOT_OWN_BEFORE.test(s.slice(Math.max(0, e.index - 4), e.index))) return false;
  if (NOT_OWN_AFTER.test(s.slice(e.index + e.length, e.index + e.length + 6))) return false;
  return !inQuotation(s, e.index);
}

/** The smallest move, in years, that satisfies `ok`; 0 when none within ten years does. */
function smallestShift(span: MonthSpan, ok: (s: MonthSpan) => boolean, forwardOnly = false): number {
  for (let d = 1; d <= 10; d++) {
    if (ok(shiftSpan(span, d))) return d;
    if (!forwardOnly && ok(shiftSpan(span, -d))) return -d;
  }
  return 0;
}

const lineOf = (model: ReportModel, line: number): string => arabicYears(model.lines[line]!.text);
const firstContent = (s: string, from: number): number => {
  let i = from;
  while (i < s.length && /[\s\u3000*_#]/.test(s[i]!)) i++;
  return i;
};

/** Words that may come before the opening year: 回顾2024年, 刚刚过去的2024年, 在2024年里. */
const OPENING_LEAD = /^(?:回顾|刚刚过去的|即将过去的|过去的|在过去的|在)/;
/** After the opening year of a summary: a comma, 以来, or the subject (2025年，我局… / 2025年以来). */
const OPENING_FOLLOW = /^(?:以来|来|[，,、]|是|我|全|本|里|中|在)/;

function opening(model: ReportModel, facts: DocumentFacts, period: MonthSpan): StaleYear[] {
  if (facts.openingLine === null || facts.orientation !== 'retrospective') return [];
  const s = lineOf(model, facts.openingLine);
  const start = firstContent(s, 0);
  const lead = OPENING_LEAD.exec(s.slice(start));
  const e = readYearExpression(s, start + (lead ? lead[0].length : 0));
  if (!e || !readsAsOwnPeriod(s, e) || overlaps(e.span, period)) return [];
  const follow = OPENING_FOLLOW.exec(s.slice(e.index + e.length));
  // A duty report covers a term of office: 2024年以来 may be when it began.
  if (!follow || (/^来|^以来/.test(follow[0]) && facts.doc.types.includes('duty'))) return [];
  const shift = smallestShift(e.span, (x) => overlaps(x, period));
  return shift ? [{ position: 'opening', line: facts.openingLine, expression: e, lineText: s, shift }] : [];
}

const FORWARD = /打算|计划|安排|思路|设想|展望|下一步|下步|努力方向|今后|明年|来年|目标|要点|部署|任务|重点工作|工作重点/;
const REVIEW = /回顾|总结|完成情况|开展情况|成绩|成效|做法|亮点|情况|问题|不足|经验|收获|工作报告/;

/** How far into a heading its year may stand: 关于2025年…, 明年（2025年）…. */
const HEADING_YEAR_WITHIN = 8;

/** The year at the start of a heading's text (after an optional 关于), when it reads as a period. */
function headingYear(s: string, h: HeadingNode): YearExpression | null {
  const at = firstContent(s, h.marker.textStart);
  const e = yearExpressions(s.slice(0, at + HEADING_YEAR_WITHIN + 16)).find((x) => x.index >= at);
  if (!e || e.index > at + HEADING_YEAR_WITHIN || !readsAsOwnPeriod(s, e)) return null;
  // Two periods in one heading (2025年总结和2026年打算) say nothing about either alone.
  return yearExpressions(s.slice(e.index + e.length)).length ? null : e;
}

function headings(model: ReportModel, facts: DocumentFacts, period: MonthSpan): StaleYear[] {
  const out: StaleYear[] = [];
  for (const h of facts.doc.headings) {
    // Only the report's own parts: a sub-heading may name any year (（二）2024年度考核获评优秀).
    if (h.depth > 0 || h.line < facts.bodyStart || h.line >= facts.closingStart || !/\d|[〇零]/.test(h.text)) continue;
    const s = lineOf(model, h.line);
    const e = headingYear(s, h);
    if (!e) continue;
    const rest = s.slice(e.index + e.length);
    const forward = FORWARD.test(rest);
    const review = REVIEW.test(rest);
    if (facts.orientation === 'plan') {
      // A plan may look back on last year; only its own parts must name its own year.
      if (review || e.span.end >= period.start) continue;
      out.push({ position: 'heading', line: h.line, expression: e, lineText: s, shift: smallestShift(e.span, (x) => overlaps(x, period), true) });
    } else if (forward && !review) {
      if (e.span.end > period.end) continue;
      out.push({ position: 'next-heading', line: h.line, expression: e, lineText: s, shift: smallestShift(e.span, (x) => x.end > period.end, true) });
    } else if (!forward && !overlaps(e.span, period)) {
      out.push({ position: 'heading', line: h.line, expression: e, lineText: s, shift: smallestShift(e.span, (x) => overlaps(x, period)) });
    }
  }
  return out.filter((f) => f.shift !== 0);
}

const PLAN_SECTIONS = /指导思想|总体要求|总体思路|基本思路|工作思路|工作目标|主要目标|总体目标|目标任务|发展目标|预期目标/;
/** Lines of a guiding-idea or goals section read, at most. */
const PLAN_SECTION_LINES = 15;
/** Ways a plan names the year it is for: 2026年是…之年, 做好2026年…工作, 2026年全区教育工作的总体要求. */
const SELF_AFTER = /^(?:度)?(?:是[^。；;]{0,40}?(?:之年|一年)|(?:的)?(?:全[市区县州镇乡局院校系][^，,。；;]{0,12}?)?(?:工作的?)?(?:总体要求|指导思想|总体思路|工作思路|主要目标|工作目标|目标任务|主要任务|工作要点))/;
const SELF_BEFORE = /(?:做好|抓好|谋划好|开展好|落实好)\s*$/;

/** An unnumbered label line standing for a heading: 指导思想, **总体要求**, 工作目标：. */
const PLAN_LABEL = new RegExp(`^[*_#\\s\u3000]*(?:${PLAN_SECTIONS.source})[*_：:。\\s\u3000]*$`);

function planLines(model: ReportModel, facts: DocumentFacts): number[] {
  const lines: number[] = [];
  const take = (from: number, end: number): void => {
    for (let i = from; i <= Math.min(end, from + PLAN_SECTION_LINES); i++) lines.push(i);
  };
  const headingLines = new Set(facts.doc.headings.map((h) => h.line));
  for (const h of facts.doc.headings) {
    if (PLAN_SECTIONS.test(h.text)) take(h.line, h.children[0] ? h.children[0].line - 1 : h.endLine);
  }
  for (let i = facts.bodyStart; i < facts.closingStart; i++) {
    if (headingLines.has(i) || !PLAN_LABEL.test(model.lines[i]!.text)) continue;
    let end = i + 1;
    while (end + 1 < facts.closingStart && !headingLines.has(end + 1) && !PLAN_LABEL.test(model.lines[end + 1]!.text)) end++;
    take(i + 1, end);
  }
  return lines;
}

function planParagraphs(model: ReportModel, facts: DocumentFacts, period: MonthSpan): StaleYear[] {
  if (facts.orientation !== 'plan') return [];
  const sectionLines = planLines(model, facts);
  const lines = facts.openingLine === null ? sectionLines : [facts.openingLine, ...sectionLines];
  const out: StaleYear[] = [];
  for (const line of new Set(lines)) {
    const s = lineOf(model, line);
    const found = yearExpressions(s);
    // A paragraph naming the plan's own year as well may be contrasting it with the last one.
    if (found.some((e) => e.kind !== 'month' && overlaps(e.span, period))) continue;
    const inSection = line !== facts.openingLine;
    // 2025年，我局将… speaks of the plan's own year even in the opening, which may otherwise look back.
    const forwardSentence = (after: string): boolean => /^[，,][^。；;]*?(?:将|要|计划|力争|确保|拟)/.test(after);
    for (const e of found) {
      if (!readsAsOwnPeriod(s, e) || e.span.end >= period.start) continue;
      const after = s.slice(e.index + e.length);
      const startsParagraph = e.index === firstContent(s, 0) && (inSection ? /^[，,]/.test(after) : forwardSentence(after));
      if (!SELF_AFTER.test(after) && !SELF_BEFORE.test(s.slice(0, e.index)) && !startsParagraph) continue;
      out.push({ position: 'plan-paragraph', line, expression: e, lineText: s, shift: smallestShift(e.span, (x) => overlaps(x, period), true) });
    }
  }
  return out.filter((f) => f.shift !== 0);
}

/** Every stale year of one document, in line order. */
export function staleYears(model: ReportModel, facts: DocumentFacts): StaleYear[] {
  if (!facts.period || !facts.orientation) return [];
  const period = facts.period.expression.span;
  const all = [...opening(model, facts, period), ...headings(model, facts, period), ...planParagraphs(model, facts, period)];
  const seen = new Set<string>();
  return all
    .filter((f) => {
      const key = `${f.line}:${f.expression.index}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.expression.index - b.expression.index);
}
