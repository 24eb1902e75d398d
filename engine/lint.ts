/** lint(text, options) → findings: parse once, run every enabled rule over the shared model. */
import { parse, type ParseOptions, type ReportModel } from './parse/model';
import type { Rule } from './rule';
import { RULES } from './rules';
import { allTypes } from './sections/analysis';
import type { TypeSpec } from './catalog';
import type { Finding, Fix, Severity } from './types';

export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };

export interface LintOptions {
  markdown?: boolean;
  /** Per-rule severity or 'off', and options. */
  rules?: Record<string, RuleSetting | undefined>;
  /** Custom document types from the config (a built-in id replaces the built-in type). */
  customTypes?: TypeSpec[];
  /** The document type set for this file by the user, overriding title detection. */
  type?: string;
}

const defaultOptions = new WeakMap<Rule, Record<string, unknown>>();

function defaultsOf(rule: Rule): Record<string, unknown> {
  let defaults = defaultOptions.get(rule);
  if (!defaults) {
    defaults = {};
    for (const [name, spec] of Object.entries(rule.options)) defaults[name] = spec.default;
    defaultOptions.set(rule, defaults);
  }
  return defaults;
}

function resolve(rule: Rule, setting: RuleSetting | undefined): { severity: Severity | 'off'; options: Record<string, unknown> } {
  // Rules only read their options, so every lint can share one defaults object per rule.
  const defaults = defaultsOf(rule);
  if (setting === undefined) return { severity: rule.defaultSeverity, options: defaults };
  if (typeof setting === 'string') return { severity: setting, options: defaults };
  return { severity: setting.severity ?? rule.defaultSeverity, options: { ...defaults, ...setting.options } };
}

/**
 * A finding whose fixes are made on first read, and kept. A class, not an accessor defined on each
 * object: thousands of findings keep one shape. toJSON writes the fixes like a plain finding's.
 */
export class FindingWithLazyFixes implements Finding {
  data?: Record<string, unknown>;
  related?: Finding['related'];
  private made: Fix[] | undefined;

  constructor(
    readonly ruleId: string,
    readonly category: Finding['category'],
    readonly severity: Finding['severity'],
    readonly message: string,
    readonly range: Finding['range'],
    private readonly make: () => Fix[],
  ) {}

  get fixes(): Fix[] {
    return (this.made ??= this.make());
  }

  toJSON(): Finding {
    const { ruleId, category, severity, message, range, data, fixes, related } = this;
    return { ruleId, category, severity, message, range, ...(data ? { data } : {}), ...(fixes.length ? { fixes } : {}), ...(related ? { related } : {}) };
  }
}

export function lintModel(model: ReportModel, options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const documentTypes = allTypes(options.customTypes);
  for (const rule of RULES) {
    const { severity, options: ruleOptions } = resolve(rule, options.rules?.[rule.id]);
    if (severity === 'off') continue;
    rule.check({
      model,
      options: ruleOptions,
      documentTypes,
      report: (f) => {
        if (model.directives.suppressed(f.range.start.line, rule.id)) return;
        const finding: Finding =
          typeof f.fixes === 'function'
            ? new FindingWithLazyFixes(rule.id, rule.category, f.severity ?? severity, f.message, f.range, f.fixes)
            : { ruleId: rule.id, category: rule.category, severity: f.severity ?? severity, message: f.message, range: f.range };
        if (f.data) finding.data = f.data;
        if (Array.isArray(f.fixes) && f.fixes.length) finding.fixes = f.fixes;
        if (f.related?.length) finding.related = f.related;
        findings.push(finding);
      },
    });
  }
  return findings.sort(compareFindings);
}

/** The order findings are reported in: by position, then rule id (a stable sort keeps each rule's own order). */
export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Parse options that follow from lint options: Markdown, the types to detect, a forced type. */
export function parseOptionsFor(options: LintOptions): ParseOptions {
  const parseOptions: ParseOptions = { markdown: options.markdown ?? false, titleRules: allTypes(options.customTypes) };
  if (options.type) parseOptions.type = options.type;
  return parseOptions;
}

export function lint(text: string, options: LintOptions = {}): Finding[] {
  return lintModel(parse(text, parseOptionsFor(options)), options);
}
