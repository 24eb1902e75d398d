/**
 * Linting a new version of a plain-text report from the last one: the rules whose findings are
 * line-local (Rule.scope) rerun only on the lines an edit changed, and keep their findings
 * elsewhere, moved with the lines; every other rule reruns on the new model. The result is what
 * lintModel gives for the new model (a property test checks it after random edit sequences).
 */
import { sortFindings } from './finding-order';
import { FindingWithLazyFixes, lintModel, parseOptionsFor, type LintOptions, type RuleSetting } from './lint';
import { parse, type ReportModel } from './parse/model';
import { RULES } from './rules';
import type { Finding, Fix, Range } from './types';

const LINE_RULES = new Set(RULES.filter((r) => r.scope === 'line').map((r) => r.id));
/** Above this share of changed lines, a full lint is no slower. */
const MAX_CHANGED_SHARE = 0.5;

function withRules(options: LintOptions, off: (id: string) => boolean): LintOptions {
  const rules: Record<string, RuleSetting | undefined> = { ...options.rules };
  for (const rule of RULES) if (off(rule.id)) rules[rule.id] = 'off';
  return { ...options, rules };
}

/** Lines [from, oldEnd) of the old model became lines [from, newEnd) of the new one. */
interface ChangedLines {
  from: number;
  oldEnd: number;
  newEnd: number;
}

function changedLines(before: ReportModel, after: ReportModel): ChangedLines {
  const a = before.lines;
  const b = after.lines;
  const shorter = Math.min(a.length, b.length);
  let from = 0;
  while (from < shorter && a[from]!.text === b[from]!.text) from++;
  let same = 0;
  while (same < shorter - from && a[a.length - 1 - same]!.text === b[b.length - 1 - same]!.text) same++;
  return { from, oldEnd: a.length - same, newEnd: b.length - same };
}

const moveRange = (r: Range, by: number): Range => ({ start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } });
const moveFix = (fix: Fix, by: number): Fix => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: moveRange(e.range, by), newText: e.newText })) });

/** The finding `by` lines further down; its fixes are moved when first read. */
function moved(f: Finding, by: number): Finding {
  if (by === 0) return f;
  const out = FindingWithLazyFixes.at(f.ruleId, f.category, f.severity, f.message, moveRange(f.range, by), () => (f.fixes ?? []).map((fix) => moveFix(fix, by)));
  if (f.data) out.data = f.data;
  if (f.related?.length) out.related = f.related.map((r) => ({ range: moveRange(r.range, by), message: r.message }));
  return out;
}

/**
 * The findings of `model`, given the previous version's model and findings under the same options.
 * Falls back to a full lint for Markdown (a fence or comment spans lines) and for large changes.
 */
export function relintModel(previous: { model: ReportModel; findings: readonly Finding[] }, model: ReportModel, options: LintOptions = {}): Finding[] {
  const before = previous.model;
  if (model.markdown || before.markdown || before.key !== model.key) return lintModel(model, options);
  const changed = changedLines(before, model);
  if (changed.newEnd - changed.from > MAX_CHANGED_SHARE * model.lines.length) return lintModel(model, options);
  const findings = lintModel(model, withRules(options, (id) => LINE_RULES.has(id)));
  const shift = changed.newEnd - changed.oldEnd;
  for (const f of previous.findings) {
    if (!LINE_RULES.has(f.ruleId)) continue;
    const line = f.range.start.line;
    if (line < changed.from) findings.push(f);
    else if (line >= changed.oldEnd) findings.push(moved(f, shift));
  }
  if (changed.newEnd > changed.from) {
    const text = model.lines
      .slice(changed.from, changed.newEnd)
      .map((l) => l.text)
      .join('\n');
    const part = parse(text, parseOptionsFor(options));
    for (const f of lintModel(part, withRules(options, (id) => !LINE_RULES.has(id)))) findings.push(moved(f, changed.from));
  }
  return sortFindings(findings);
}
