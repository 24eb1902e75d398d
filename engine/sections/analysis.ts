/**
 * Which required sections a document has. Each candidate heading (numbered headings at any level,
 * short unnumbered heading lines, and for problems a paragraph opening with 存在的问题) is given to
 * the section of a type whose keywords it matches most strongly.
 */
import { COMMA, SENTENCE_END, skipWhiteSpace, skipWhiteSpaceBack } from '../chars';
import { memo, type ReportDocument, type ReportModel } from '../parse/model';
import type { HeadingNode } from '../parse/tree';
import { BUILTIN_TYPES, LEADS, type LeadKind, type SectionSpec, type TypeSpec } from '../catalog';
import { withTurns } from './turns';

export interface Candidate {
  line: number;
  text: string;
  /** The numbered heading, or null for an unnumbered heading line or an opening paragraph. */
  node: HeadingNode | null;
  topLevel: boolean;
  /** For a paragraph that is no heading: the sections it stands for by its wording (LEADS). */
  leads: LeadKind[];
}

export interface SectionHit {
  section: SectionSpec;
  line: number;
  node: HeadingNode | null;
  /** Found through content headings, not by name (see SectionSpec.implicit). */
  implicit: boolean;
}

export interface TypeFinding {
  type: TypeSpec;
  /** Sections found, in document order of their first heading. */
  hits: SectionHit[];
  missing: SectionSpec[];
}

export interface DocumentSections {
  doc: ReportDocument;
  types: TypeFinding[];
  /** Set when the headings overrule the title: the title's types, and the type the headings show. */
  mismatch: { titleTypes: string[]; contentType: TypeSpec } | null;
}

/** An unnumbered line this short (trimmed) and unpunctuated may be a heading: 存在问题, 下一步打算. */
const UNNUMBERED_HEADING_MAX = 24;
/** How much of an opening paragraph (存在的问题是……) stands for its heading text. */
const OPENER_TEXT_LENGTH = 12;
/** Headings remembered per type; a file of tens of thousands of short lines must not grow it without end. */
const MATCH_CACHE_MAX = 5000;
const PUNCTUATED = new RegExp(`[${SENTENCE_END}${COMMA}]`);
const FIRST_SENTENCE_END = new RegExp(`[${SENTENCE_END}]`);
const LEAD_KINDS = Object.keys(LEADS) as LeadKind[];

/**
 * The sections a paragraph stands for by its wording (LEADS), or null: every paragraph of a report
 * is asked, so no array or closure is made for the many that stand for none.
 */
function leadsOf(masked: string, opening: boolean, under: readonly boolean[]): LeadKind[] | null {
  let leads: LeadKind[] | null = null;
  for (let k = 0; k < LEAD_KINDS.length; k++) {
    const kind = LEAD_KINDS[k]!;
    const lead = LEADS[kind];
    if (!opening && lead.openingOnly && !under[k]) continue;
    if (lead.hints && !includesAny(masked, lead.hints)) continue;
    if (lead.re.test(masked)) (leads ??= []).push(kind);
  }
  return leads;
}

function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

function candidates(model: ReportModel, doc: ReportDocument): Candidate[] {
  const out: Candidate[] = [];
  const byLine = new Map(doc.headings.map((n) => [n.line, n]));
  const firstHeading = doc.headings[0]?.line ?? doc.endLine + 1;
  /** Per lead kind, whether the current top-level heading lets it count as in the opening (LEADS[k].orUnder). */
  const under: boolean[] = LEAD_KINDS.map(() => false);
  const enterSection = (heading: string): void => {
    for (let k = 0; k < LEAD_KINDS.length; k++) under[k] = LEADS[LEAD_KINDS[k]!].orUnder?.test(heading) ?? false;
  };
  for (let i = doc.startLine; i <= doc.endLine; i++) {
    if (i === doc.titleLine) continue;
    const node = byLine.get(i);
    if (node) {
      // A numbered paragraph names its section in its first sentence only.
      const cut = node.text.search(FIRST_SENTENCE_END);
      const heading = cut < 0 ? node.text : node.text.slice(0, cut);
      out.push({ line: i, text: heading, node, topLevel: node.parent === null, leads: [] });
      if (node.parent === null) enterSection(heading);
      continue;
    }
    if (model.markerAt[i]) continue;
    // Measured before trimming: most lines are long paragraphs, and trimming copies them.
    const masked = model.lines[i]!.masked;
    const a = skipWhiteSpace(masked);
    const b = skipWhiteSpaceBack(masked, a, masked.length);
    if (a === b) continue;
    const text = b - a <= UNNUMBERED_HEADING_MAX ? masked.slice(a, b) : null;
    if (text && !PUNCTUATED.test(text.replace(/[::\uFF1A]$/, ''))) {
      out.push({ line: i, text, node: null, topLevel: true, leads: [] });
      enterSection(text);
      continue;
    }
    const leads = leadsOf(masked, i < firstHeading, under);
    if (leads) out.push({ line: i, text: masked.slice(a, a + OPENER_TEXT_LENGTH), node: null, topLevel: false, leads });
  }
  return out;
}

/** The section a heading names best, and the others it also names with keywords elsewhere in it (存在的不足和今后努力方向). */
type Match = { section: SectionSpec | null; score: number; also: SectionSpec[] };
const matchCache = new WeakMap<TypeSpec, Map<string, Match>>();

/** The section of `type` this heading names, with the strength of the match (0 = none). Memoised per type. */
export function bestSection(type: TypeSpec, text: string): Match {
  let byText = matchCache.get(type);
  if (!byText) matchCache.set(type, (byText = new Map()));
  let match = byText.get(text);
  if (!match) {
    match = scoreSections(type, text);
    if (byText.size > MATCH_CACHE_MAX) byText.clear();
    byText.set(text, match);
  }
  return match;
}

interface KeywordEntry {
  keyword: string;
  /** Index of the section whose list holds it (once per place in a list). */
  section: number;
}

/** Each type's keywords by their first UTF-16 code, so that a heading is scored in one reading. */
const keywordIndexes = new WeakMap<TypeSpec, Map<number, KeywordEntry[]>>();

function keywordIndex(type: TypeSpec): Map<number, KeywordEntry[]> {
  let index = keywordIndexes.get(type);
  if (!index) {
    index = new Map();
    type.sections.forEach((s, section) => {
      for (const keyword of s.keywords) {
        if (!keyword) continue;
        const first = keyword.charCodeAt(0);
        const list = index!.get(first);
        if (list) list.push({ keyword, section });
        else index!.set(first, [{ keyword, section }]);
      }
    });
    keywordIndexes.set(type, index);
  }
  return index;
}

/**
 * Each section's score is the total length of its keywords the heading contains; the best is the
 * first section with the highest score above 0. A long document can hold many thousands of short
 * lines, each a candidate heading: testing every keyword of every type on each was the slowest
 * part of linting such a file.
 */
function scoreSections(type: TypeSpec, text: string): Match {
  const index = keywordIndex(type);
  const scores: number[] = new Array<number>(type.sections.length).fill(0);
  /** Per section, the characters its keywords cover (a bit per column, headings being short). */
  const covered: number[] = new Array<number>(type.sections.length).fill(0);
  /** Per section, whether one of its keywords stands as a name, not as a modifier before 的 (调研发现的主要问题). */
  const named: boolean[] = new Array<boolean>(type.sections.length).fill(false);
  let counted: Set<KeywordEntry> | null = null;
  for (let i = 0; i < text.length; i++) {
    const entries = index.get(text.charCodeAt(i));
    if (!entries) continue;
    for (const e of entries) {
      if (!text.startsWith(e.keyword, i) || counted?.has(e)) continue;
      (counted ??= new Set()).add(e);
      scores[e.section]! += e.keyword.length;
      if (text.charCodeAt(i + e.keyword.length) !== 0x7684) named[e.section] = true;
      if (i < 31) covered[e.section]! |= ((1 << Math.min(e.keyword.length, 31 - i)) - 1) << i;
    }
  }
  let bestIndex = -1;
  let bestScore = 0;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > bestScore) [bestIndex, bestScore] = [i, scores[i]!];
  }
  if (bestIndex < 0) return { section: null, score: 0, also: [] };
  // Another section counts too when its keywords stand apart from the best one's (问题与建议), and
  // not only before 的: in 调研发现的主要问题 the findings are the problems.
  const also = type.sections.filter((_, i) => i !== bestIndex && scores[i]! > 0 && named[i] && (covered[i]! & covered[bestIndex]!) === 0 && covered[i] !== 0);
  return { section: type.sections[bestIndex]!, score: bestScore, also };
}

/**
 * `typeIds`: every type the report is, in catalog order (a summary before a plan, whatever the title's
 * order): a type after the first is the second of a combined report (see
 * SectionSpec.recommendedWhenSecond, SectionSpec.coveredByType).
 */
function findSections(type: TypeSpec, cands: Candidate[], year: number | null, typeIds: readonly string[] = [type.id]): TypeFinding {
  const secondary = typeIds.indexOf(type.id) > 0;
  const first = new Map<string, SectionHit>();
  let contentHeading: Candidate | null = null;
  for (const c of cands) {
    const named = c.leads.length ? type.sections.filter((s) => s.lead && c.leads.includes(s.lead)) : sectionsNamedBy(type, c, year);
    for (const section of named) if (!first.has(section.id)) first.set(section.id, { section, line: c.line, node: c.node, implicit: false });
    if (!named.length && c.node && c.topLevel && !contentHeading) contentHeading = c;
  }
  for (const section of type.sections) {
    if (section.implicit && !first.has(section.id) && contentHeading) {
      first.set(section.id, { section, line: contentHeading.line, node: contentHeading.node, implicit: true });
    }
  }
  const hits = [...first.values()].sort((a, b) => a.line - b.line);
  const missing = type.sections.filter((s) => !first.has(s.id) && !(s.coveredByType && typeIds.includes(s.coveredByType))).map((s) => (secondary && s.recommendedWhenSecond && !s.recommended ? { ...s, recommended: true } : s));
  return { type, hits, missing };
}

function namedSections(match: Match): SectionSpec[] {
  return match.section ? [match.section, ...match.also] : [];
}

/** A heading's year: 2026年重点工作, 2026年度工作安排. */
const LEADING_YEAR = /^((?:19|20)\d\d)年/;

/** The report's own year: the earliest in its title (2025年工作总结暨2026年工作计划, 2025至2026学年…总结: 2025). */
function titleYear(title: string | null): number | null {
  let year: number | null = null;
  for (const m of (title ?? '').matchAll(/(?:19|20)\d\d(?!\d)/g)) year = Math.min(year ?? Infinity, Number(m[0]));
  return year;
}

/** The sections a heading names: by keywords, or as a top-level heading that opens with a later year (SectionSpec.nextSteps). */
function sectionsNamedBy(type: TypeSpec, c: Candidate, year: number | null): SectionSpec[] {
  if (year !== null && c.topLevel) {
    const later = type.sections.find((s) => s.nextSteps);
    const opens = later && LEADING_YEAR.exec(c.text);
    if (opens && Number(opens[1]) > year) return [later!];
  }
  return namedSections(bestSection(type, c.text));
}

/** How many of a type's sections the top-level headings name outright, a combined heading (存在的不足及改进方向) each it names. */
function explicitScore(type: TypeSpec, cands: Candidate[], year: number | null): number {
  const named = new Set<string>();
  let content = false;
  for (const c of cands) {
    if (!c.topLevel || c.leads.length) continue;
    const sections = sectionsNamedBy(type, c, year);
    for (const section of sections) named.add(section.id);
    if (!sections.length && c.node) content = true;
  }
  // A numbered heading that names none of the type's sections is its work done (SectionSpec.implicit):
  // a 述职报告 of 德、能、勤、绩、廉 and 不足与今后努力方向 has all three of its parts, as a summary would.
  const implicit = type.sections.find((s) => s.implicit && !named.has(s.id));
  return named.size + (content && implicit ? 1 : 0);
}

/** The built-in types, with custom ones added (a custom type with a built-in id replaces it). */
export function allTypes(custom: TypeSpec[] = []): TypeSpec[] {
  const ids = new Set(custom.map((t) => t.id));
  return [...BUILTIN_TYPES.filter((t) => !ids.has(t.id)), ...custom];
}

/** The last section analysis of a model, with the types it was made for. */
function lastAnalysis(): { types: TypeSpec[] | null; result: DocumentSections[] } {
  return { types: null, result: [] };
}

/** Section analysis of every document, kept on the model for the set of types it was last asked for. */
export function analyzeSections(model: ReportModel, types: TypeSpec[]): DocumentSections[] {
  const last = memo(model, lastAnalysis);
  if (last.types !== types) {
    last.result = computeSections(model, types);
    last.types = types;
  }
  return last.result;
}

/**
 * The types whose parts follow a combined report as documents of their own: 2026年工作计划 after
 * 2025年工作总结暨2026年工作计划 is that report's plan part, checked there, not in the first part.
 */
function typesInLaterParts(documents: readonly ReportDocument[], index: number): Set<string> {
  const doc = documents[index]!;
  const out = new Set<string>();
  if (doc.types.length < 2) return out;
  for (let k = index + 1; k < documents.length; k++) {
    const part = documents[k]!.types;
    if (!part.every((t) => doc.types.includes(t))) break;
    for (const t of part) out.add(t);
  }
  return out;
}

/** Whether the title names `type` only by a word for next steps (……工作总结和2027年工作打算): see TypeSpec.nextStepsOnly. */
function namesOnlyNextSteps(type: TypeSpec, title: string): boolean {
  const only = type.nextStepsOnly ?? [];
  return only.some((k) => title.includes(k)) && !type.titleKeywords.some((k) => !only.includes(k) && title.includes(k));
}

function computeSections(model: ReportModel, types: TypeSpec[]): DocumentSections[] {
  return model.documents.map((doc, index) => {
    const titleTypes = doc.types.map((id) => types.find((t) => t.id === id)).filter((t): t is TypeSpec => !!t);
    if (!titleTypes.length) return { doc, types: [], mismatch: null };
    const cands = candidates(model, doc);
    const year = titleYear(doc.title);
    let effective = titleTypes;
    let mismatch: DocumentSections['mismatch'] = null;
    if (!doc.typeForced) {
      const titleBest = Math.max(...titleTypes.map((t) => explicitScore(t, cands, year)));
      let other: TypeSpec | null = null;
      let otherScore = 1;
      for (const t of types) {
        if (titleTypes.includes(t)) continue;
        const s = explicitScore(t, cands, year);
        // One section more than the title's type is not enough to overrule the title: 工作概况 and
        // 存在问题 are a quarter's summary as much as research. All of the other type's sections, or
        // two more than the title's, are.
        if (s > otherScore && (s > titleBest + 1 || (s > titleBest && s === t.sections.length))) [other, otherScore] = [t, s];
      }
      if (other) {
        effective = [other];
        mismatch = { titleTypes: titleTypes.map((t) => t.id), contentType: other };
      }
    }
    const ids = effective.map((t) => t.id);
    const later = typesInLaterParts(model.documents, index);
    const unchecked = (t: TypeSpec): boolean => later.has(t.id) || (ids.indexOf(t.id) > 0 && namesOnlyNextSteps(t, doc.title ?? ''));
    return { doc, types: effective.map((t) => (unchecked(t) ? { type: t, hits: [], missing: [] } : withTurns(model, doc, findSections(t, cands, year, ids)))), mismatch };
  });
}
