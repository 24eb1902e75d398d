/**
 * Sections a document states in a paragraph, not under a heading (docs/domain.md §1): its problems,
 * turned to after the work done, and what comes next, in its closing lines. Read only for a document
 * found without those sections, so a report with its headings never reads its paragraphs for them.
 */
import type { ReportDocument, ReportModel } from '../parse/model';
import { isBlank } from '../parse/text';
import type { TypeFinding } from './analysis';

/**
 * Problems stated in a paragraph of their own, as a turn after the work done, then named: 在看到成绩的
 * 同时，我们也清醒地认识到，工作中还存在一些问题和不足：……; 但也要清醒看到，工作中仍有不足之处，主要
 * 表现在…… 整改存在的问题38个 reports work, with no word of how much is still wrong; an opening's
 * 各项工作取得新成效，但也存在不少问题。现总结如下 names none.
 */
const PROBLEMS_TURN = /(?:(?:还|仍|也|尚|依然|仍然)(?:存在|有)着?(?:一些|不少|一定的?|诸多|许多|若干|较多)[^。，,；;]{0,8}?(?:问题|不足|短板|差距|薄弱环节|困难)|(?:仍有|还有|尚有|也有|存在)(?:一些)?不足之处)[^。]{0,12}?(?:[:\uFF1A]|主要|一是|表现|集中在|体现在)/;

/**
 * What comes next, stated in a closing paragraph: 在今后的工作中，我将进一步加强学习……; 下半年，我们将
 * 重点抓好以下工作：…… Only the last lines of a document are read for it: inside the work done, 下一步
 * 将继续深化 closes an item, not the report.
 */
const NEXT_STEPS_TURN = /^[\s\u3000]*(?:在)?(?:今后|下一步|下步|下阶段|下一阶段|下半年|明年|来年|新的一年|新一年)(?:的工作中|工作中|的工作里|里|中)?[,\uFF0C]?\s*(?:我|我们|本人|我局|我校|我院|我镇|我区|我县|我市|我单位|我部门|全局|全镇|全校)?(?:将|要|会|打算|计划|拟)/;
/** How many of a document's last lines of text may state what comes next (NEXT_STEPS_TURN). */
const CLOSING_TURN_LINES = 4;

/** The first of `lines` (paragraphs of `doc`, not headings) that `turn` matches, or -1. */
function turnLine(model: ReportModel, lines: Iterable<number>, turn: RegExp): number {
  for (const i of lines) if (!model.markerAt[i] && turn.test(model.lines[i]!.masked)) return i;
  return -1;
}

/** The lines of `doc` after its first heading. */
function* afterFirstHeading(doc: ReportDocument): Iterable<number> {
  for (let i = (doc.headings[0]?.line ?? doc.endLine) + 1; i <= doc.endLine; i++) yield i;
}

/** The last CLOSING_TURN_LINES non-blank lines of `doc` after its last top-level heading, in order. */
function closingLines(model: ReportModel, doc: ReportDocument): number[] {
  const lastTop = doc.headings.filter((n) => n.parent === null).pop()?.line ?? doc.endLine;
  const out: number[] = [];
  for (let i = doc.endLine; i > lastTop && out.length < CLOSING_TURN_LINES; i--) if (!isBlank(model.lines[i]!.masked)) out.unshift(i);
  return out;
}

/**
 * The finding with the sections it misses that a paragraph states instead: the problems, turned to
 * after the work done (PROBLEMS_TURN), and what comes next, in the closing lines (NEXT_STEPS_TURN).
 * Asked only of a document without them, so a report with its headings never reads its paragraphs.
 */
export function withTurns(model: ReportModel, doc: ReportDocument, finding: TypeFinding): TypeFinding {
  let result = finding;
  for (const section of finding.missing) {
    const line =
      section.lead === 'problems' ? turnLine(model, afterFirstHeading(doc), PROBLEMS_TURN) : section.nextSteps ? turnLine(model, closingLines(model, doc), NEXT_STEPS_TURN) : -1;
    if (line < 0) continue;
    const hits = [...result.hits, { section, line, node: null, implicit: false }].sort((a, b) => a.line - b.line);
    result = { ...result, hits, missing: result.missing.filter((s) => s !== section) };
  }
  return result;
}
