/** Applying fix edits to text, and collecting the document-wide numbering repair. */
import { lintModel, parseOptionsFor, type LintOptions } from './lint';
import { parse } from './model';
import { RULES } from './rules';
import { splitLines } from './text';
import type { Finding, TextEdit } from './types';

/** Applies non-overlapping edits; an edit that overlaps an earlier one is dropped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = splitLines(text);
  const offset = (line: number, character: number): number => {
    const l = lines[Math.min(line, lines.length - 1)]!;
    return l.start + Math.min(character, l.text.length);
  };
  const resolved = edits
    .map((e) => ({ start: offset(e.range.start.line, e.range.start.character), end: offset(e.range.end.line, e.range.end.character), text: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of resolved) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** Merges the edits of several fixes, dropping duplicates and overlaps (first wins). */
export function mergeEdits(findings: readonly Finding[]): TextEdit[] {
  const seen = new Set<string>();
  const out: TextEdit[] = [];
  for (const f of findings) {
    for (const fix of f.fixes ?? []) {
      for (const e of fix.edits) {
        const key = `${e.range.start.line}:${e.range.start.character}:${e.range.end.line}:${e.range.end.character}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(e);
      }
    }
  }
  return out;
}

/**
 * All numbering fixes at once (zh-report: Renumber document). Renumbering can expose a style or
 * punctuation finding on the same marker, so this repeats until nothing changes (bounded).
 */
export function renumberDocumentEdits(text: string, options: LintOptions = {}): { text: string; changed: boolean } {
  // Only the numbering rules can contribute edits here; the others would be linted for nothing.
  const rules = { ...options.rules };
  for (const rule of RULES) if (rule.category !== 'numbering') rules[rule.id] = 'off';
  const numberingOnly: LintOptions = { ...options, rules };
  let current = text;
  for (let round = 0; round < 4; round++) {
    const findings = lintModel(parse(current, parseOptionsFor(numberingOnly)), numberingOnly);
    const edits = mergeEdits(findings);
    if (!edits.length) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return { text: current, changed: current !== text };
}
