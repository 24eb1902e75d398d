/** The rule contract. Every rule lives in its own file under rules/ and is listed in rules/index.ts. */
import type { ReportModel } from './model';
import type { TypeSpec } from './sections/catalog';
import type { Category, Finding, Fix, Range, RelatedInformation, Severity } from './types';

export type OptionSpec =
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'number'; default: number; minimum?: number; description: string }
  | { type: 'string-array'; default: string[]; description: string };

export interface ReportInput {
  range: Range;
  message: string;
  data?: Record<string, unknown>;
  fixes?: Fix[];
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
}

export interface Rule {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, Chinese then English; the doc page under docs/rules/<id>.md says the rest. */
  description: string;
  options: Record<string, OptionSpec>;
  check(ctx: RuleContext): void;
}

/** A string-list option as configured; anything else counts as an empty list. */
export function stringListOption(options: Record<string, unknown>, name: string): string[] {
  const v = options[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function docPath(rule: Rule): string {
  return `docs/rules/${rule.id}.md`;
}

export type { Finding };
