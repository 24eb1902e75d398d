/** Applying fix edits to text, and collecting the document-wide numbering repair. */
import { lintModel, parseOptionsFor, type LintOptions } from './lint';
import { parse, type ReportModel } from './parse/model';
import { hasSafeFixes, type Rule } from './rule';
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

export interface FixResult {
  text: string;
  changed: boolean;
  /** How many findings of each rule were fixed, over all rounds. */
  fixed: Record<string, number>;
}

/**
 * Applies the fixes of the findings of the rules `pick` selects, all at once, starting from a parsed
 * model (a caller that keeps one parses nothing when there is nothing to fix). A round of fixes can
 * expose a finding its edits did not cover (renumbering can leave a marker's punctuation wrong), so
 * this repeats on the new text until nothing changes, for at most FIX_ROUNDS rounds, re-parsing
 * with the model's own options through `reparse`. Config and disable comments apply as in lint.
 */
export function fixModel(model: ReportModel, options: LintOptions, pick: (rule: Rule) => boolean, reparse: typeof parse = parse): FixResult {
  // Only the picked rules can contribute edits; the others would be linted for nothing.
  const rules = { ...options.rules };
  for (const rule of RULES) if (!pick(rule)) rules[rule.id] = 'off';
  const picked: LintOptions = { ...options, rules };
  const fixed: Record<string, number> = {};
  let current = model;
  for (let round = 0; round < FIX_ROUNDS; round++) {
    const findings = lintModel(current, picked).filter((f) => f.fixes?.length);
    const edits = mergeEdits(findings);
    if (!edits.length) break;
    const next = applyEdits(current.text, edits);
    if (next === current.text) break;
    for (const f of findings) fixed[f.ruleId] = (fixed[f.ruleId] ?? 0) + 1;
    current = reparse(next, model.options);
  }
  return { text: current.text, changed: current.text !== model.text, fixed };
}

/** A round of fixes exposes at most this many further layers of findings. */
const FIX_ROUNDS = 4;

/** All numbering fixes at once (zh-report: Renumber document). */
export function renumberModel(model: ReportModel, options: LintOptions = {}, reparse: typeof parse = parse): FixResult {
  return fixModel(model, options, (rule) => rule.category === 'numbering', reparse);
}

/** Every safe fix at once (zh-report lint --fix, source.fixAll.zh-report): the rules whose fixSafety is 'safe'. */
export function safeFixModel(model: ReportModel, options: LintOptions = {}, reparse: typeof parse = parse): FixResult {
  return fixModel(model, options, hasSafeFixes, reparse);
}

/** renumberModel on a text. */
export function renumberDocumentEdits(text: string, options: LintOptions = {}): { text: string; changed: boolean } {
  return renumberModel(parse(text, parseOptionsFor(options)), options);
}
