/** Hover on a title or a heading, and workspace symbols over open reports, as pure functions of the model. */
import { SymbolKind, type Hover, type Position, type SymbolInformation } from 'vscode-languageserver';
import { BUILTIN_TYPES, countWords, describeSpan, formatDate, fullWidth, outline, reportFacts, trimmedColumns, type ReportModel } from '../../engine';

/**
 * What the report says about itself, as stale-year and stale-unit read it: the type, the period, the
 * unit and the signature date. Shown on the title, so a writer sees what the findings compare with.
 */
function titleHover(model: ReportModel, line: number): Hover | null {
  const facts = reportFacts(model).find((f) => f.doc.titleLine === line);
  if (!facts) return null;
  const label = (id: string): string => BUILTIN_TYPES.find((t) => t.id === id)?.label ?? id;
  const parts = [`**${facts.doc.types.map(label).join(' + ')}**`];
  if (facts.period) parts.push(`报告期 ${describeSpan(facts.period.expression.span)}`);
  if (facts.unit) parts.push(`单位 ${facts.unit.name.text}${fullWidth(facts.unit.source === 'title' ? '(标题)' : '(落款)')}`);
  if (facts.signatureDate) parts.push(`日期 ${formatDate(facts.signatureDate.date)}`);
  const { start, end } = trimmedColumns(model.lines[line]!.text);
  return { contents: { kind: 'markdown', value: parts.join(' · ') }, range: { start: { line, character: start }, end: { line, character: end } } };
}

/** A heading's level and its section's 字数, when the position is on a heading line. */
export function hoverAt(model: ReportModel, position: Position): Hover | null {
  const line = position.line;
  if (model.documents.some((d) => d.titleLine === line)) return position.character > model.lines[line]!.text.length ? null : titleHover(model, line);
  for (const doc of model.documents) {
    const node = doc.headings.find((n) => n.line === line);
    if (!node) continue;
    const m = node.marker;
    if (position.character > model.lines[line]!.text.length) return null;
    const body = model.lines.slice(node.line, node.endLine + 1).map((l) => l.text).join('\n');
    return {
      contents: { kind: 'markdown', value: `**第 ${node.depth + 1} 级标题**${node.nested ? fullWidth('(内层列表)') : ''} · 本节 ${countWords(body)} 字 · 第 ${node.line + 1}–${node.endLine + 1} 行` },
      range: { start: { line, character: m.start }, end: { line, character: m.end } },
    };
  }
  return null;
}

/** Headings of the given reports whose names contain the query (case-insensitive; all for an empty query). */
export function workspaceSymbols(reports: Array<{ uri: string; model: ReportModel }>, query: string): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const { uri, model } of reports) {
    for (const d of outline(model)) {
      const walk = (sections: typeof d.sections, container: string | undefined): void => {
        for (const s of sections) {
          if (!q || s.name.toLowerCase().includes(q)) {
            out.push({ name: s.name, kind: SymbolKind.String, location: { uri, range: s.selectionRange }, ...(container ? { containerName: container } : {}) });
          }
          walk(s.children, s.name);
        }
      };
      walk(d.sections, d.title ?? undefined);
    }
  }
  return out;
}
