/** Conversions between engine findings/outline and LSP types. */
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  SymbolKind,
  type TextEdit,
} from 'vscode-languageserver';
import { zh, type Finding, type OutlineDocument, type OutlineSection, type Severity } from '../../engine';

export const SOURCE = 'zh-report';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticData {
  category: string;
  [key: string]: unknown;
}

export function toDiagnostic(f: Finding, uri: string): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: SOURCE,
    message: f.message,
    // Fixes stay on the server (see quickFixes): sending them with every publish costs more than the lint.
    data: { ...(f.data ?? {}), category: f.category } satisfies DiagnosticData,
  };
  if (f.related) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  return d;
}

function sameRange(a: Finding['range'], b: Diagnostic['range']): boolean {
  return (
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character
  );
}

/** Quick fixes for a diagnostic, from the findings of the version it was published for. */
export function quickFixes(diagnostic: Diagnostic, uri: string, findings: readonly Finding[]): CodeAction[] {
  const finding = findings.find((f) => f.ruleId === diagnostic.code && sameRange(f.range, diagnostic.range));
  return (finding?.fixes ?? []).map((fix, i) => ({
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: i === 0,
    edit: { changes: { [uri]: fix.edits as TextEdit[] } },
  }));
}

function sectionSymbol(s: OutlineSection): DocumentSymbol {
  return {
    name: s.name,
    detail: (s.context ? `${s.context} · ` : '') + (s.nested ? zh`第 ${s.level} 级(内层列表)` : `第 ${s.level} 级`),
    kind: SymbolKind.String,
    range: s.range,
    selectionRange: s.selectionRange,
    children: s.children.map(sectionSymbol),
  };
}

/** One document: its sections at the top. Several: one symbol per document holding its sections. */
export function toDocumentSymbols(docs: OutlineDocument[]): DocumentSymbol[] {
  if (docs.length === 1) return docs[0]!.sections.map(sectionSymbol);
  return docs.map((d, i) => ({
    name: d.title ?? `文档 ${i + 1}`,
    detail: d.types.join('+'),
    kind: SymbolKind.File,
    range: d.range,
    selectionRange: { start: d.range.start, end: d.range.start },
    children: d.sections.map(sectionSymbol),
  }));
}
