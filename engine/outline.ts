/** The outline: each document's heading tree with display names, shared by the LSP and the CLI. */
import type { HeadingNode } from './parse/tree';
import type { ReportDocument, ReportModel } from './parse/model';
import type { DocType, Range } from './types';

export interface OutlineSection {
  /** The marker as written, e.g. (一). */
  marker: string;
  /** Marker plus heading text, trimmed to the first 。 or about 40 characters. */
  name: string;
  level: number;
  nested: boolean;
  /** The whole section, heading to last line. */
  range: Range;
  /** The heading line's text. */
  selectionRange: Range;
  children: OutlineSection[];
  /** Set by bodyOutline: the # heading this section sits under, which another outline shows. */
  context?: string;
}

export interface OutlineDocument {
  title: string | null;
  type: DocType;
  types: DocType[];
  range: Range;
  sections: OutlineSection[];
}

const MAX_NAME = 40;

export function headingName(markerText: string, text: string): string {
  let body = text.replace(/[*_\s\u3000]+$/, '');
  const stop = body.search(/[。]/);
  if (stop >= 0) body = body.slice(0, stop);
  const chars = Array.from(body);
  if (chars.length > MAX_NAME) body = chars.slice(0, MAX_NAME).join('') + '…';
  return markerText + body;
}

function lineEnd(model: ReportModel, line: number): number {
  return model.lines[line]!.text.length;
}

function sectionOf(model: ReportModel, node: HeadingNode): OutlineSection {
  const line = model.lines[node.line]!;
  const markerText = line.text.slice(node.marker.start, node.marker.end);
  return {
    marker: markerText,
    name: headingName(markerText, node.text),
    level: node.depth + 1,
    nested: node.nested,
    range: { start: { line: node.line, character: 0 }, end: { line: node.endLine, character: lineEnd(model, node.endLine) } },
    selectionRange: { start: { line: node.line, character: node.marker.start }, end: { line: node.line, character: line.text.length } },
    children: node.children.map((c) => sectionOf(model, c)),
  };
}

export function documentOutline(model: ReportModel, doc: ReportDocument): OutlineDocument {
  return {
    title: doc.title,
    type: doc.type,
    types: doc.types,
    range: { start: { line: doc.startLine, character: 0 }, end: { line: doc.endLine, character: lineEnd(model, doc.endLine) } },
    sections: doc.roots.map((n) => sectionOf(model, n)),
  };
}

export function outline(model: ReportModel): OutlineDocument[] {
  return model.documents.map((d) => documentOutline(model, d));
}

/** A Markdown ATX heading line (# … ######). */
function isAtxHeading(model: ReportModel, node: HeadingNode): boolean {
  return /^ {0,3}#{1,6}(?=[ \t])/.test(model.lines[node.line]!.text);
}

/**
 * For a Markdown report: only the sections that # headings do not carry, such as (一) or 1. lines
 * in body text. Editors outline # headings themselves (VS Code's Markdown extension does), so
 * this is what zh-report adds without repeating them. A section lifted from under a # heading
 * names it in `context`. Documents left with no section are dropped.
 */
export function bodyOutline(model: ReportModel): OutlineDocument[] {
  const out: OutlineDocument[] = [];
  for (const doc of model.documents) {
    const sections: OutlineSection[] = [];
    const collect = (nodes: HeadingNode[], context: string | undefined): void => {
      for (const node of nodes) {
        if (!isAtxHeading(model, node)) {
          const section = sectionOf(model, node);
          if (context !== undefined) section.context = context;
          sections.push(section);
          continue;
        }
        const line = model.lines[node.line]!;
        collect(node.children, headingName(line.text.slice(node.marker.start, node.marker.end), node.text));
      }
    };
    collect(doc.roots, undefined);
    if (sections.length) out.push({ ...documentOutline(model, doc), sections });
  }
  return out;
}

/** One fold per section: from the heading line to the section's last line. */
export function foldingRanges(model: ReportModel): Array<{ startLine: number; endLine: number }> {
  const out: Array<{ startLine: number; endLine: number }> = [];
  for (const doc of model.documents) {
    for (const node of doc.headings) if (node.endLine > node.line) out.push({ startLine: node.line, endLine: node.endLine });
  }
  return out;
}

/** Outline as indented text, one heading a line. */
export function outlineText(docs: OutlineDocument[]): string {
  const out: string[] = [];
  const walk = (s: OutlineSection, indent: string): void => {
    out.push(`${indent}${s.name}  [${s.selectionRange.start.line + 1}]`);
    for (const c of s.children) walk(c, indent + '  ');
  };
  docs.forEach((d, i) => {
    if (docs.length > 1 || d.title) out.push(`${docs.length > 1 ? `# 文档 ${i + 1}: ` : '# '}${d.title ?? '(无标题)'}  (${d.types.join('+')})`);
    for (const s of d.sections) walk(s, '  ');
  });
  return out.join('\n');
}
