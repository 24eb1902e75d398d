/**
 * The quick fix for a missing section: a heading at its conventional place, numbered like the
 * document's top-level headings, with the top-level headings after it renumbered.
 */
import type { ReportDocument, ReportModel } from '../parse/model';
import { formatValue, markerText } from '../numbering/edits';
import { isBlank } from '../parse/text';
import type { HeadingNode } from '../parse/tree';
import { range, type TextEdit } from '../types';
import type { SectionSpec } from '../catalog';
import type { TypeFinding } from './analysis';

/**
 * A signature or date line below the report. The name part starts and ends with a character that
 * is not white space, so that white space around it is read one way only: when it could also be
 * read by the name part, a long run of spaces backtracked quadratically.
 */
const SIGNATURE_LINE = /^[\s\u3000]*(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[^。,;,\uFF0C;\uFF1B\s\u3000](?:[^。,;,\uFF0C;\uFF1B]{0,18}[^。,;,\uFF0C;\uFF1B\s\u3000])?)[\s\u3000]*$/;

function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** The last line of real content in the document: trailing signature and date lines are left below. */
function lastContentLine(model: ReportModel, doc: ReportDocument, after: number): number {
  let i = doc.endLine;
  while (i > after && (isBlank(model.lines[i]!.masked) || SIGNATURE_LINE.test(model.lines[i]!.masked))) i--;
  return i;
}

function headingLine(model: ReportModel, template: HeadingNode | undefined, value: number, label: string): string {
  if (!template) return label;
  const m = template.marker;
  const prefix = model.lines[m.line]!.text.slice(0, m.start);
  return `${prefix}${markerText(m, m.value === null ? null : value)}${label}`;
}

export function insertSectionEdits(model: ReportModel, doc: ReportDocument, found: TypeFinding, missing: SectionSpec): TextEdit[] {
  const order = found.type.sections.indexOf(missing);
  const roots = doc.roots.filter((r) => !r.nested);
  const family = roots[0]?.marker.family;
  const siblings = roots.filter((r) => r.marker.family === family);
  const rootOf = (line: number): HeadingNode | undefined => siblings.find((r) => r.line <= line && line <= r.endLine);
  // Insert before the first top-level heading that holds a section conventionally after this one.
  const later = found.hits
    .filter((h) => !h.implicit && found.type.sections.indexOf(h.section) > order)
    .map((h) => rootOf(h.line))
    .filter((r): r is HeadingNode => !!r)
    .sort((a, b) => a.line - b.line)[0];
  const eol = eolOf(model.text);
  const gap = model.markdown ? eol : '';
  const edits: TextEdit[] = [];
  let value: number;
  let following: HeadingNode[];
  if (later) {
    value = later.marker.value ?? 1;
    following = siblings.filter((r) => r.line >= later.line);
    edits.push({ range: range(later.line, 0, 0), newText: headingLine(model, siblings[0], value, missing.label) + eol + gap });
  } else {
    const last = siblings[siblings.length - 1];
    value = (last?.marker.value ?? 0) + 1;
    following = [];
    const at = lastContentLine(model, doc, last ? last.line : doc.titleLine ?? doc.startLine);
    const end = model.lines[at]!.text.length;
    edits.push({ range: range(at, end, end), newText: eol + gap + headingLine(model, siblings[0], value, missing.label) });
  }
  for (const r of following) {
    const m = r.marker;
    if (m.value === null) continue;
    edits.push({ range: range(m.line, m.numeral.start, m.numeral.end), newText: formatValue(m.family, m.value + 1, m.numeralText) });
  }
  return edits;
}
