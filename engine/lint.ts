/** lint(text, options) → findings: parse once, run every enabled rule over the shared model. */
import { parse, type ReportModel } from './model';
import type { Rule } from './rule';
import { RULES } from './rules';
import type { Finding, Severity } from './types';

export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };

export interface LintOptions {
  markdown?: boolean;
  /** Per-rule severity or 'off', and options. */
  rules?: Record<string, RuleSetting | undefined>;
}

function resolve(rule: Rule, setting: RuleSetting | undefined): { severity: Severity | 'off'; options: Record<string, unknown> } {
  const defaults: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.options)) defaults[name] = spec.default;
  if (setting === undefined) return { severity: rule.defaultSeverity, options: defaults };
  if (typeof setting === 'string') return { severity: setting, options: defaults };
  return { severity: setting.severity ?? rule.defaultSeverity, options: { ...defaults, ...setting.options } };
}

export function lintModel(model: ReportModel, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const { severity, options: ruleOptions } = resolve(rule, options.rules?.[rule.id]);
    if (severity === 'off') continue;
    rule.check({
      model,
      options: ruleOptions,
      report: (f) => {
        const finding: Finding = { ruleId: rule.id, category: rule.category, severity: f.severity ?? severity, message: f.message, range: f.range };
        if (f.data) finding.data = f.data;
        if (f.fixes?.length) finding.fixes = f.fixes;
        if (f.related?.length) finding.related = f.related;
        findings.push(finding);
      },
    });
  }
  return findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.ruleId.localeCompare(b.ruleId),
  );
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintModel(parse(text, { markdown: options.markdown ?? false }), options);
}
