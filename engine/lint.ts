/** lint(text, options) → findings: parse once, run every enabled rule over the shared model. */
import { parse, type ParseOptions, type ReportModel } from './parse/model';
import type { ReportInput, Rule } from './rule';
import { RULES } from './rules';
import { allTypes } from './sections/analysis';
import type { TypeSpec } from './catalog';
import { FindingCollector, rankIds } from './finding-order';
import { range, type Finding, type Fix, type Range, type Severity } from './types';

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
 * A finding whose fixes are made on first read, and kept; and, for a finding within one line
 * (reportAt), its range too: one object a finding instead of four. punctuation-width reports on
 * most lines of a page pasted from the web, and its findings' ranges were a share of the engine's
 * garbage collection that the rule was charged with. One class, not an accessor defined on each
 * object and not a class per kind: thousands of findings keep one shape, and its constructor is
 * cheap enough to inline. toJSON writes the fixes and range like a plain finding's.
 */
export class FindingWithLazyFixes implements Finding {
  related?: Finding['related'];
  private fixesMade: Fix[] | undefined;

  private constructor(
    readonly ruleId: string,
    readonly category: Finding['category'],
    readonly severity: Finding['severity'],
    readonly message: string,
    public data: Record<string, unknown> | undefined,
    private readonly make: (range: Range) => Fix[],
    private rangeMade: Range | undefined,
    private readonly line: number,
    private readonly start: number,
    private readonly end: number,
  ) {}

  /** A finding at `at`, its fixes made by `make` when first read. */
  static at(ruleId: string, category: Finding['category'], severity: Finding['severity'], message: string, at: Range, make: (range: Range) => Fix[]): FindingWithLazyFixes {
    return new FindingWithLazyFixes(ruleId, category, severity, message, undefined, make, at, at.start.line, at.start.character, at.end.character);
  }

  /** A finding from `start` to `end` in `line`, its range and its fixes made when first read. */
  static inLine(ruleId: string, category: Finding['category'], severity: Finding['severity'], message: string, data: Record<string, unknown> | undefined, make: (range: Range) => Fix[], line: number, start: number, end: number): FindingWithLazyFixes {
    return new FindingWithLazyFixes(ruleId, category, severity, message, data, make, undefined, line, start, end);
  }

  get range(): Range {
    return (this.rangeMade ??= range(this.line, this.start, this.end));
  }

  get fixes(): Fix[] {
    return (this.fixesMade ??= this.make(this.range));
  }

  toJSON(): Finding {
    const { ruleId, category, severity, message, range, data, fixes, related } = this;
    return { ruleId, category, severity, message, range, ...(data ? { data } : {}), ...(fixes.length ? { fixes } : {}), ...(related ? { related } : {}) };
  }
}

const noFixes = (): Fix[] => [];

/** Every rule's id ranked in string order: the tie-break between findings at one column. */
const RULE_RANK = rankIds(RULES.map((r) => r.id));

export function lintModel(model: ReportModel, options: LintOptions = {}): Finding[] {
  const found = new FindingCollector();
  const documentTypes = allTypes(options.customTypes);
  for (const rule of RULES) {
    const { severity, options: ruleOptions } = resolve(rule, options.rules?.[rule.id]);
    if (severity === 'off') continue;
    const { id, category } = rule;
    const rank = RULE_RANK.get(id)!;
    const keep = (at: Finding['range'], message: string, level: Severity, data: ReportInput['data'], fixes: ReportInput['fixes'], related: ReportInput['related']): void => {
      const { line, character } = at.start;
      if (model.directives.suppressed(line, id)) return;
      const finding: Finding =
        typeof fixes === 'function' ? FindingWithLazyFixes.at(id, category, level, message, at, fixes) : { ruleId: id, category, severity: level, message, range: at };
      if (data) finding.data = data;
      if (Array.isArray(fixes) && fixes.length) finding.fixes = fixes;
      if (related?.length) finding.related = related;
      found.add(finding, line, character, rank);
    };
    rule.check({
      model,
      options: ruleOptions,
      documentTypes,
      // Each property of `f` is read once: every rule's findings pass through here, in as many
      // object shapes as there are rules, so each read is a slow, megamorphic one.
      report: (f) => keep(f.range, f.message, f.severity ?? severity, f.data, f.fixes, f.related),
      reportAt: (line, start, end, message, data, fixes) => {
        if (!model.directives.suppressed(line, id)) found.add(FindingWithLazyFixes.inLine(id, category, severity, message, data, fixes ?? noFixes, line, start, end), line, start, rank);
      },
    });
  }
  return found.sorted();
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
