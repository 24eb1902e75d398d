/**
 * Semantic tokens for plain-text reports, which have no TextMate grammar to colour them: heading
 * markers by level and placeholders. package.json maps the token types to the same scopes the
 * zh-report grammar uses, so themes colour them alike.
 */
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import { RULES, type Finding, type ReportModel } from '../../engine';

/** Rules whose findings are coloured as slots to fill. */
const SLOT_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => r.token === 'slot').map((r) => r.id));

export const TOKEN_TYPES = ['zhHeading1', 'zhHeading2', 'zhHeading3', 'zhHeading4', 'zhPlaceholder'] as const;
export const LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [] };

interface Token {
  line: number;
  start: number;
  length: number;
  type: number;
}

export function semanticTokens(model: ReportModel, findings: readonly Finding[]): SemanticTokens {
  const tokens: Token[] = [];
  const placeholders = findings.filter((f) => SLOT_RULES.has(f.ruleId) && f.range.start.line === f.range.end.line);
  for (const f of placeholders) {
    tokens.push({ line: f.range.start.line, start: f.range.start.character, length: f.range.end.character - f.range.start.character, type: 4 });
  }
  for (const doc of model.documents) {
    for (const node of doc.headings) {
      const m = node.marker;
      // Tokens may not overlap: a placeholder number such as X. is coloured as a placeholder.
      if (placeholders.some((p) => p.range.start.line === m.line && p.range.start.character < m.end && p.range.end.character > m.start)) continue;
      tokens.push({ line: m.line, start: m.start, length: m.end - m.start, type: Math.min(node.depth, 3) });
    }
  }
  tokens.sort((a, b) => a.line - b.line || a.start - b.start);
  const data: number[] = [];
  let line = 0;
  let start = 0;
  for (const t of tokens) {
    data.push(t.line - line, t.line === line ? t.start - start : t.start, t.length, t.type, 0);
    line = t.line;
    start = t.start;
  }
  return { data };
}
