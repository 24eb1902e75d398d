/** The rule contract. Every rule lives in its own file under rules/ and is listed in rules/index.ts. */
import type { ReportModel } from './parse/model';
import type { TypeSpec } from './catalog';
import type { Category, Finding, Fix, Range, RelatedInformation, Severity } from './types';

export type OptionSpec =
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'number'; default: number; minimum?: number; description: string }
  | { type: 'string-array'; default: string[]; description: string }
  /** A list of RE2 patterns: each is checked when the config is read, and a bad one is a config problem. */
  | { type: 'pattern-array'; default: string[]; description: string };

export interface ReportInput {
  range: Range;
  message: string;
  data?: Record<string, unknown>;
  /**
   * The fixes, or a function that makes them when first asked for: a rule with many findings
   * (every half-width comma of a long text) need not build edits that no one may ever apply. The
   * function is given the finding's range, so one function can serve all of a rule's findings.
   */
  fixes?: Fix[] | ((range: Range) => Fix[]);
  related?: RelatedInformation[];
  /** Overrides the rule's configured severity for this finding only. */
  severity?: Severity;
}

export interface RuleContext {
  model: ReportModel;
  options: Record<string, unknown>;
  /** Every document type in force: the built-in ones and the config's custom ones. */
  documentTypes: TypeSpec[];
  report(input: ReportInput): void;
  /**
   * report() for a finding within one line, given by its columns, with the rule's severity: no
   * ReportInput object to build and read back. For a rule that reports on thousands of lines
   * (punctuation-width on a page pasted from the web), where that was a measurable share of its cost.
   */
  reportAt(line: number, start: number, end: number, message: string, data?: Record<string, unknown>, fixes?: (range: Range) => Fix[]): void;
}

export interface Rule {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, Chinese then English; the doc page under docs/rules/<id>.md says the rest. */
  description: string;
  options: Record<string, OptionSpec>;
  /**
   * Top-level config keys whose lists extend one of this rule's list options, as
   * { configKey: optionName }: the config's `allow` feeds placeholder's `allow`.
   */
  configAliases?: Readonly<Record<string, string>>;
  /**
   * 'safe' when every fix of this rule can be applied without reading it first (fix-all, --fix):
   * it only renumbers or repunctuates what the rule found. Otherwise each fix is offered for review.
   */
  fixSafety?: 'safe' | 'review';
  /**
   * 'line' when a finding on a line depends on nothing but that line's text and the options (in a
   * plain-text report): an edit then reruns the rule on the changed lines only (incremental.ts).
   * A test checks the claim against a full lint after random edits.
   */
  scope?: 'line';
  /** How the editor treats its findings: 'slot' ones are coloured as slots and visited by slot navigation. */
  token?: 'slot';
  check(ctx: RuleContext): void;
}

/** A string-list option as configured; anything else counts as an empty list. */
export function stringListOption(options: Record<string, unknown>, name: string): string[] {
  const v = options[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A number option as configured; `fallback` (the option's default) for anything else. */
export function numberOption(options: Record<string, unknown>, name: string, fallback: number): number {
  const v = options[name];
  return typeof v === 'number' ? v : fallback;
}

/** Whether a rule's fixes may be applied unattended. */
export function hasSafeFixes(rule: Rule): boolean {
  return rule.fixSafety === 'safe';
}

export function docPath(rule: Rule): string {
  return `docs/rules/${rule.id}.md`;
}

export type { Finding };
