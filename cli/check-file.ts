/** Linting one report file for the CLI: read, parse, optionally fix, lint; the same on the main thread and in a worker. */
import { lintModel, parse, parseOptionsFor, type Finding, type LintOptions, type ReportModel } from '../engine';
import { isMarkdownPath, type Decoded } from './files';
import type { FileResult } from './formats';

export interface Input {
  file: string;
  /** The path as printed. */
  shown: string;
}

export interface Outcome {
  result: FileResult;
  /** The file was a report that could not be read (or written) as asked: exit code 2. */
  unreadable: boolean;
  /** Lines for standard error, in order. */
  messages: string[];
}

/** Applies fixes to a parsed file: the model of the text as it now is, or null when it could not be written. */
export type FixStep = (decoded: Extract<Decoded, { text: string }>, model: ReportModel, options: LintOptions) => ReportModel | null;

export function checkFile(input: Input, decoded: Decoded, options: LintOptions, quiet: boolean, fixStep?: FixStep): Outcome {
  if ('error' in decoded) {
    return { result: { shown: input.shown, type: 'unknown', findings: [], skipped: decoded.error }, unreadable: !!decoded.unreadable, messages: [`zh-report: ${input.shown}: ${decoded.error}`] };
  }
  const fileOptions: LintOptions = { ...options, markdown: isMarkdownPath(input.file) };
  let model = parse(decoded.text, parseOptionsFor(fileOptions));
  let unreadable = false;
  if (fixStep) {
    const fixed = fixStep(decoded, model, fileOptions);
    if (fixed === null) unreadable = true;
    else model = fixed;
  }
  let findings = lintModel(model, fileOptions);
  if (quiet) findings = findings.filter((f) => f.severity === 'error');
  const result: FileResult = { shown: input.shown, type: model.documents[0]?.type ?? 'unknown', encoding: decoded.encoding, findings, ...(decoded.paragraphOf ? { paragraphOf: decoded.paragraphOf } : {}) };
  return { result, unreadable, messages: [] };
}

/** A finding as the output formats read it, without its fixes: what a worker sends back. */
export function plainFinding(f: Finding): Finding {
  return { ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message, range: f.range, ...(f.data ? { data: f.data } : {}) };
}
