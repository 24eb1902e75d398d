/**
 * The report model: parsed once per text, read by every rule and by the outline. The pipeline is
 * text → lines (text.ts) → markers (markers.ts) → documents and titles (documents.ts, doc-type.ts)
 * → heading trees (tree.ts), with directives (directives.ts) read alongside; see
 * docs/architecture.md. Nothing here knows about rules.
 */
import { BUILTIN_TYPES } from '../catalog';
import type { DocType } from '../types';
import { detectTypes, type TitleRule } from './doc-type';
import { readDirectives, type Directives } from './directives';
import { splitDocuments } from './documents';
import { findLineMarker, type Family, type Marker } from './markers';
import { buildLines, isBlank, type Line } from './text';
import { attachmentItems } from './attachments';
import { tipsBlocks, type TipsBlock } from './tips';
import { assignSectionEnds, buildTree, type HeadingNode } from './tree';

export interface Paragraph {
  startLine: number;
  endLine: number;
}

export interface ReportDocument {
  index: number;
  startLine: number;
  endLine: number;
  titleLine: number | null;
  title: string | null;
  /** Every type the title names (a combined 总结及计划 title names two); ['unknown'] if none. */
  types: DocType[];
  /** The first of `types`. */
  type: DocType;
  /** True when the type was set by the user (config or an inline comment), not read from the title. */
  typeForced: boolean;
  familyOrder: Family[];
  roots: HeadingNode[];
  /** All headings in document order. */
  headings: HeadingNode[];
}

export interface ReportModel {
  text: string;
  markdown: boolean;
  /** The options the text was parsed with. */
  options: Required<Pick<ParseOptions, 'markdown' | 'titleRules'>> & Pick<ParseOptions, 'type'>;
  /** parseKey(options): two models of one text with the same key are the same model. */
  key: string;
  lines: Line[];
  /** The marker at the start of each line, or null. */
  markerAt: Array<Marker | null>;
  /** Computed on first read: no rule needs it yet, and a long text has one per line. */
  readonly paragraphs: Paragraph[];
  documents: ReportDocument[];
  /** Inline zh-report comments (Markdown only). */
  directives: Directives;
  /** An assistant's writing tips after the report (tips.ts): not numbered with it, and ai-residue's. */
  tips: TipsBlock[];
  /** Analyses derived from this model so far (see memo): rules share one without recomputing it. */
  readonly derived: Map<unknown, unknown>;
}

export interface ParseOptions {
  /** Treat the text as Markdown: code, HTML comments and syntax are not prose. */
  markdown?: boolean;
  /** Types to detect from titles; the built-in ones by default. */
  titleRules?: readonly TitleRule[];
  /** A type set by the user for this file; an inline `<!-- zh-report type: … -->` wins over it. */
  type?: string;
}

/**
 * Everything in the options that can change a parse, as a string: a cache holding a model may
 * reuse it for the same text exactly when the key is the same. Title rules count whole (keywords
 * and patterns, not only ids), so editing a custom type's title keywords re-parses.
 */
export function parseKey(options: ParseOptions = {}): string {
  const rules = options.titleRules ?? BUILTIN_TYPES;
  return JSON.stringify([
    options.markdown ?? false,
    options.type ?? null,
    rules === BUILTIN_TYPES ? 'builtin' : rules.map((r) => [r.id, r.titleKeywords, r.titlePatterns ?? []]),
  ]);
}

/** The # count of a Markdown heading line, or 0. */
function atxDepth(lineText: string): number {
  return /^ {0,3}(#{1,6})(?=[ \t])/.exec(lineText)?.[1]!.length ?? 0;
}

/**
 * How a line writes itself as a heading: its # count, BOLD_HEADING for a line that opens in bold
 * (`**2. 存在不足**`), 0 for neither.
 */
function headingSyntax(lineText: string): number {
  return atxDepth(lineText) || (/^[ \t]{0,3}\*\*/.test(lineText) ? BOLD_HEADING : 0);
}
const BOLD_HEADING = 7;

export function parse(text: string, options: ParseOptions = {}): ReportModel {
  const markdown = options.markdown ?? false;
  const titleRules = options.titleRules ?? BUILTIN_TYPES;
  const lines = buildLines(text, markdown);
  const markerAt = lines.map((l) => findLineMarker(l.masked, l.index));
  // An assistant's tips list after the report (写作小贴士：1. …) is not numbered as part of it.
  const tips = tipsBlocks(lines);
  for (const block of tips) for (const i of block.items) markerAt[i] = null;
  // 附件：1. … 2. …: the attachments' numbers are not the report's.
  for (const i of attachmentItems(lines)) markerAt[i] = null;
  const blankLine = (i: number): boolean => isBlank(lines[i]!.masked);
  const directives = readDirectives(lines, markdown);
  const forcedType = directives.type ?? options.type;
  const documents = splitDocuments(lines, markerAt, titleRules).map((slice, index): ReportDocument => {
    const markers: Marker[] = [];
    for (let i = slice.startLine; i <= slice.endLine; i++) {
      const m = markerAt[i];
      if (m && i !== slice.titleLine) markers.push(m);
    }
    const texts = markers.map((m) => headingText(lines[m.line]!.text.slice(m.textStart)));
    const depths = markdown ? markers.map((m) => atxDepth(lines[m.line]!.text)) : [];
    const { roots, nodes, familyOrder } = buildTree(markers, texts, depths, {
      indentOf: (m) => spaceIndent(lines[m.line]!.text),
      headingSyntaxOf: (m) => headingSyntax(lines[m.line]!.text),
    });
    assignSectionEnds(nodes, slice.endLine, blankLine);
    const title = slice.titleLine === null ? null : lines[slice.titleLine]!.masked.trim();
    const types = forcedType ? [forcedType] : detectTypes(title ?? undefined, titleRules);
    return { index, ...slice, title, types, type: types[0]!, typeForced: !!forcedType, familyOrder, roots, headings: nodes };
  });
  let paragraphs: Paragraph[] | undefined;
  const parsedWith: ReportModel['options'] = { markdown, titleRules };
  if (options.type !== undefined) parsedWith.type = options.type;
  return {
    text,
    markdown,
    options: parsedWith,
    key: parseKey(options),
    lines,
    markerAt,
    get paragraphs(): Paragraph[] {
      return (paragraphs ??= findParagraphs(lines, markerAt, markdown));
    },
    documents,
    directives,
    tips,
    derived: new Map(),
  };
}

/**
 * A heading's text without Markdown emphasis, code ticks or closing #s. A numbered paragraph is a
 * heading too, so this reads long lines: a native search for the syntax first spares most of them
 * the two regexes.
 */
function headingText(raw: string): string {
  let text = raw;
  if (text.includes('**') || text.includes('__') || text.includes('`')) text = text.replace(/\*\*|__|`/g, '');
  if (text.includes('#')) text = text.replace(/[ \t]+#+[ \t]*$/, '');
  return text.trim();
}

/** Plain text: every non-blank line is a paragraph. Markdown: runs of non-blank lines, split at headings. */
function findParagraphs(lines: Line[], markerAt: Array<Marker | null>, markdown: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const line of lines) {
    const blank = isBlank(line.masked);
    if (blank || !markdown || markerAt[line.index] || /^ {0,3}#/.test(line.text)) {
      open = null;
      if (!blank) out.push({ startLine: line.index, endLine: line.index });
      continue;
    }
    if (open) open.endLine = line.index;
    else {
      open = { startLine: line.index, endLine: line.index };
      out.push(open);
    }
  }
  return out;
}

/** The result of `compute` on this model, computed on first use; `compute` itself is the key. */
export function memo<T>(model: ReportModel, compute: (model: ReportModel) => T): T {
  if (model.derived.has(compute)) return model.derived.get(compute) as T;
  const value = compute(model);
  model.derived.set(compute, value);
  return value;
}

/**
 * Whether a plain-text or Markdown file looks like a Chinese report, so that checking starts
 * without configuration: a title naming a report type, or several structural markers.
 */
export function looksLikeReport(model: ReportModel): boolean {
  if (model.documents.some((d) => d.type !== 'unknown')) return true;
  let markers = 0;
  for (const m of model.markerAt) if (m && ++markers >= MARKERS_THAT_MAKE_A_REPORT) return true;
  return false;
}

/** How many structural markers make an untitled text a report. */
const MARKERS_THAT_MAKE_A_REPORT = 3;

/** Leading ASCII spaces (a tab counts four): how deep a pasted Markdown list item is nested. Full-width spaces indent every paragraph alike. */
function spaceIndent(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) n++;
    else if (c === 0x09) n += 4;
    else break;
  }
  return n;
}
