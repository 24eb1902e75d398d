/**
 * Another unit's name in a report's structural positions (docs/domain.md §10): the signature and
 * the subject of the opening sentence, compared with the unit the title names (or, untitled, the
 * signature's). Partners and superiors are named in adverbial phrases (在市教育局的指导下,
 * 联合区卫健委), which are never read as the subject.
 */
import { SENTENCE_END } from '../chars';
import type { ReportModel } from '../parse/model';
import type { DocumentFacts, PlacedUnit } from '../facts/report-facts';
import { sameKind, sameUnit, unitNamesIn } from '../facts/units';

export interface StaleUnit {
  position: 'signature' | 'opening';
  found: PlacedUnit;
  reference: PlacedUnit & { source: 'title' | 'signature' };
}

const SENTENCE = new RegExp(`[${SENTENCE_END}]`);
/** A clause that only says when: 2025年, 今年以来, 一年来. */
const TIME_CLAUSE = /^(?:\d{4}年(?:度)?(?:以来|来|上半年|下半年|全年)?|今年以来|今年|一年来|近年来|全年|过去的一年(?:里|中)?|本年度)$/;
/** Time words before a subject in the same clause: 2025年西坪区教育局…. */
const TIME_LEAD = /^(?:\d{4}年(?:度)?(?:以来|来|上半年|下半年|全年)?|今年以来|今年|一年来|近年来|全年)/;
/** A clause opening with these names a partner, a superior or a basis, not the subject. */
const ADVERBIAL = /^(?:在|按照|根据|围绕|坚持|以|通过|联合|与|和|会同|配合|协同|由|经|受|遵照|依据|紧扣|聚焦|对照|随着|为|面对|针对)/;

/** The unit that is the subject of the opening sentence, if a unit is. */
function openingSubject(model: ReportModel, line: number): PlacedUnit | null {
  const text = model.lines[line]!.text;
  const end = text.search(SENTENCE);
  const sentence = end < 0 ? text : text.slice(0, end);
  const clause = /[^，,；;]+/g;
  for (let m = clause.exec(sentence); m; m = clause.exec(sentence)) {
    const lead = m[0].length - m[0].trimStart().length;
    let body = m[0].trim();
    let at = m.index + lead;
    if (!body || TIME_CLAUSE.test(body)) continue;
    if (ADVERBIAL.test(body)) continue;
    const time = TIME_LEAD.exec(body);
    if (time) {
      body = body.slice(time[0].length);
      at += time[0].length;
    }
    const first = unitNamesIn(text, at, at + body.length)[0];
    return first && first.index === at ? { name: first, line, column: at } : null;
  }
  return null;
}

export function staleUnits(model: ReportModel, facts: DocumentFacts, aliases: ReadonlyArray<ReadonlySet<string>>): StaleUnit[] {
  const reference = facts.unit;
  if (!reference) return [];
  const differs = (u: PlacedUnit): boolean => sameKind(u.name, reference.name) && !sameUnit(u.name, reference.name, aliases);
  const out: StaleUnit[] = [];
  if (reference.source === 'title') {
    for (const u of facts.signatureUnits) if (differs(u)) out.push({ position: 'signature', found: u, reference });
  }
  const subject = facts.openingLine === null ? null : openingSubject(model, facts.openingLine);
  if (subject && differs(subject)) out.push({ position: 'opening', found: subject, reference });
  return out.sort((a, b) => a.found.line - b.found.line);
}
