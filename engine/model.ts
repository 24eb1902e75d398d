/** The report model: parsed once per text, read by every rule and by the outline. */
import { detectTypes, type TitleRule } from './doc-type';
import { readDirectives, type Directives } from './directives';
import { BUILTIN_TYPES } from './sections/catalog';
import { splitDocuments } from './documents';
import { findLineMarker, type Family, type Marker } from './markers';
import { buildLines, isBlank, type Line } from './text';
import { assignSectionEnds, buildTree, type HeadingNode } from './tree';
import type { DocType } from './types';

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
  lines: Line[];
  /** The marker at the start of each line, or null. */
  markerAt: Array<Marker | null>;
  /** Computed on first read: no rule needs it yet, and a long text has one per line. */
  readonly paragraphs: Paragraph[];
  documents: ReportDocument[];
  /** Inline zh-report comments (Markdown only). */
  directives: Directives;
}

export interface ParseOptions {
  /** Treat the text as Markdown: code, HTML comments and syntax are not prose. */
  markdown?: boolean;
  /** Types to detect from titles; the built-in ones by default. */
  titleRules?: readonly TitleRule[];
  /** A type set by the user for this file; an inline `<!-- zh-report type: … -->` wins over it. */
  type?: string;
}

export function parse(text: string, options: ParseOptions = {}): ReportModel {
  const markdown = options.markdown ?? false;
  const lines = buildLines(text, markdown);
  const markerAt = lines.map((l) => findLineMarker(l.masked, l.index));
  const blankLine = (i: number): boolean => isBlank(lines[i]!.masked);
  const directives = readDirectives(lines, markdown);
  const forcedType = directives.type ?? options.type;
  const documents = splitDocuments(lines, markerAt).map((slice, index): ReportDocument => {
    const markers: Marker[] = [];
    for (let i = slice.startLine; i <= slice.endLine; i++) {
      const m = markerAt[i];
      if (m && i !== slice.titleLine) markers.push(m);
    }
    const texts = markers.map((m) => headingText(lines[m.line]!.text.slice(m.textStart)));
    const depths = markdown ? markers.map((m) => /^ {0,3}(#{1,6})(?=[ \t])/.exec(lines[m.line]!.text)?.[1]!.length ?? 0) : [];
    const { roots, nodes, familyOrder } = buildTree(markers, texts, depths);
    assignSectionEnds(nodes, slice.endLine, blankLine);
    const title = slice.titleLine === null ? null : lines[slice.titleLine]!.masked.trim();
    const types = forcedType ? [forcedType] : detectTypes(title ?? undefined, options.titleRules ?? BUILTIN_TYPES);
    return { index, ...slice, title, types, type: types[0]!, typeForced: !!forcedType, familyOrder, roots, headings: nodes };
  });
  let paragraphs: Paragraph[] | undefined;
  return {
    text,
    markdown,
    lines,
    markerAt,
    get paragraphs(): Paragraph[] {
      return (paragraphs ??= findParagraphs(lines, markerAt, markdown));
    },
    documents,
    directives,
  };
}

/** A heading's text without Markdown emphasis, code ticks or closing #s. */
function headingText(raw: string): string {
  return raw.replace(/\*\*|__|`/g, '').replace(/[ \t]+#+[ \t]*$/, '').trim();
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

/**
 * Whether a plain-text or Markdown file looks like a Chinese report, so that checking starts
 * without configuration: a title naming a report type, or several structural markers.
 */
export function looksLikeReport(model: ReportModel): boolean {
  if (model.documents.some((d) => d.type !== 'unknown')) return true;
  let markers = 0;
  for (const m of model.markerAt) if (m && ++markers >= 3) return true;
  return false;
}
