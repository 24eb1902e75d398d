/** Applying fix edits to text, and collecting the document-wide numbering repair. */
import { lintModel, parseOptionsFor, type LintOptions } from './lint';
import { parse, type ReportModel } from './parse/model';
import { RULES } from './rules';
import { splitLines } from './parse/text';
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
 * The first fix of every finding `pick` selects, merged into one set of edits (overlaps dropped,
 * first wins): "fix all of these in this document", for a rule whose fixes are safe.
 */
export function fixAllEdits(findings: readonly Finding[], pick: (f: Finding) => boolean): TextEdit[] {
  return mergeEdits(findings.filter((f) => pick(f) && f.fixes?.length).map((f) => ({ ...f, fixes: [f.fixes![0]!] })));
}

/**
 * All numbering fixes at once (zh-report: Renumber document), starting from a parsed model (a
 * caller that keeps one parses nothing when there is nothing to fix). Renumbering can expose a
 * style or punctuation finding on the same marker, so this repeats on the new text until nothing
 * changes (bounded), re-parsing with the model's own options through `reparse`.
 */
export function renumberModel(model: ReportModel, options: LintOptions = {}, reparse: typeof parse = parse): { text: string; changed: boolean } {
  // Only the numbering rules can contribute edits here; the others would be linted for nothing.
  const rules = { ...options.rules };
  for (const rule of RULES) if (rule.category !== 'numbering') rules[rule.id] = 'off';
  const numberingOnly: LintOptions = { ...options, rules };
  let current = model;
  for (let round = 0; round < RENUMBER_ROUNDS; round++) {
    const edits = mergeEdits(lintModel(current, numberingOnly));
    if (!edits.length) break;
    const next = applyEdits(current.text, edits);
    if (next === current.text) break;
    current = reparse(next, model.options);
  }
  return { text: current.text, changed: current.text !== model.text };
}

/** Renumbering fixes at most this many layers of findings that an earlier layer's edits expose. */
const RENUMBER_ROUNDS = 4;

/** renumberModel on a text. */
export function renumberDocumentEdits(text: string, options: LintOptions = {}): { text: string; changed: boolean } {
  return renumberModel(parse(text, parseOptionsFor(options)), options);
}
