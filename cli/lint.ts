/**
 * zh-report lint: check files, folders or standard input; with --fix apply every safe fix and
 * write the files back in their own encoding, with --fix-dry-run print the changes as a diff.
 * Config files and disable comments apply as in the editor. Every path that cannot be read is
 * reported on its own, and the others are still checked.
 */
import * as path from 'node:path';
import { createTwoFilesPatch, structuredPatch } from 'diff';
import { fullWidth, lintModel, parse, safeFixModel, type Finding, type LintOptions } from '../engine';
import { optionsForFile } from '../engine/node/config-files';
import type { Args } from './args';
import { ConfigResolver, shownPath } from './common';
import { writeWhole } from './export';
import { checkFile, type FixStep, type Input, type Outcome } from './check-file';
import { collectFiles, encodeReport, isDocxPath, readReport, type Decoded } from './files';
import { formatGithub, formatJson, formatSarif, formatText, type FileResult } from './formats';
import { lintInShares, sharesFor } from './parallel';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  readStdin: () => string;
  /** Standard output as it is, with no line break added: for the fixed text of --stdin --fix. */
  write: (s: string) => void;
}

const loud = (f: Finding): boolean => f.severity === 'error' || f.severity === 'warning';

export async function runLint(args: Args, io: Io): Promise<number> {
  const configs = new ConfigResolver(args.config, io.err);
  let unreadable = false;
  const inputs: Array<Input & { read: () => Decoded }> = [];
  if (args.stdin) {
    const file = path.resolve(args.stdinFilename ?? '<stdin>.txt');
    inputs.push({ file, shown: args.stdinFilename ?? '<stdin>', read: () => ({ text: io.readStdin(), encoding: 'utf-8' }) });
  } else {
    const { files, problems } = collectFiles(args.paths);
    for (const p of problems) io.err(`zh-report: ${p.message}`);
    if (problems.length) unreadable = true;
    for (const file of files) inputs.push({ file, shown: shownPath(file), read: () => readReport(file) });
  }
  // Config problems are reported here, once and in order, also for the files a worker lints.
  const included = inputs.filter((input) => optionsForFile(configs.forFile(input.file), input.file).included);
  const lintHere = (share: Array<Input & { read?: () => Decoded }>): Outcome[] =>
    share.map((input) => {
      const { options } = optionsForFile(configs.forFile(input.file), input.file);
      const decoded = input.read ? input.read() : readReport(input.file);
      const fixStep: FixStep | undefined = args.fix || args.fixDryRun ? (d, model, fileOptions) => fix(args, io, input, d, model, fileOptions) : undefined;
      return checkFile(input, decoded, options, args.quiet, fixStep);
    });
  const fixing = args.fix || args.fixDryRun;
  const shares = args.stdin || fixing ? 1 : sharesFor(included);
  const outcomes = shares > 1 ? await lintInShares(included, shares, args.config, args.quiet, lintHere) : lintHere(included);
  const results: FileResult[] = [];
  for (const o of outcomes) {
    for (const m of o.messages) io.err(m);
    if (o.unreadable) unreadable = true;
    results.push(o.result);
  }
  // With --stdin --fix, standard output carries the fixed text; the findings left go to standard error.
  const out = args.stdin && args.fix ? io.err : io.out;
  if (args.format === 'json') out(formatJson(results));
  else if (args.format === 'sarif') out(formatSarif(results));
  // One write for all lines: a console.log per finding cost more than linting a large report.
  else if (args.format === 'github') out(formatGithub(results).join('\n'));
  else out(formatText(results).join('\n'));
  if (configs.unusable.size || unreadable) return 2;
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || warnings > (args.maxWarnings ?? 0) ? 1 : 0;
}

/**
 * Applies the safe fixes to one input: writes the file (or, for --stdin, prints the text), or
 * prints a diff for --fix-dry-run, and says what changed and what it could not fix. Returns the
 * model of the text as it now is, or null when the file could not be written.
 */
function fix(args: Args, io: Io, input: { file: string; shown: string }, decoded: Extract<Decoded, { text: string }>, model: ReturnType<typeof parse>, options: LintOptions): ReturnType<typeof parse> | null {
  if (isDocxPath(input.file)) {
    io.err(`zh-report: ${input.shown}: ${fullWidth('Word 文档不会被自动修正;请用“转换为可编辑的 .txt 报告”后再修正')} (a .docx is never fixed in place)`);
    return model;
  }
  const result = safeFixModel(model, options);
  const after = result.changed ? parse(result.text, model.options) : model;
  const left = lintModel(after, options).filter(loud);
  if (args.stdin) {
    if (args.fix) io.write(result.text);
    else io.out(diff(input.shown, model.text, result.text));
  } else if (result.changed) {
    if (args.fixDryRun) io.out(diff(input.shown, model.text, result.text));
    else {
      try {
        writeWhole(input.file, encodeReport(result.text, decoded.encoding));
      } catch (e) {
        io.err(`zh-report: ${fullWidth(`无法写回 ${input.shown}:`)}${(e as Error).message} (cannot write the fixed file; it is unchanged)`);
        return null;
      }
    }
  }
  const counts = Object.entries(result.fixed).map(([rule, n]) => `${rule} ×${n}`).join(', ');
  const verb = args.fixDryRun ? fullWidth('可修正') + ' (would fix)' : fullWidth('已修正') + ' (fixed)';
  if (result.changed) {
    const lines = changedLines(model.text, result.text);
    io.err(`zh-report: ${input.shown}: ${verb} ${counts}; ${fullWidth(`第 ${lines.join('、')} 行`)} (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')})`);
  }
  if (left.length) {
    const n = left.length;
    io.err(`zh-report: ${input.shown}: ${fullWidth(`还有 ${n} 处问题无法安全地自动修正,需要人工处理`)} (${n} problem${n === 1 ? '' : 's'} left that --fix cannot fix safely)`);
  }
  return args.fixDryRun ? model : after;
}

/** The lines of `before` (1-based) that the fix changed or removed. */
function changedLines(before: string, after: string): number[] {
  const lines: number[] = [];
  for (const hunk of structuredPatch('', '', before, after, '', '', { context: 0 }).hunks) {
    let line = hunk.oldStart;
    for (const l of hunk.lines) {
      if (l.startsWith('-')) lines.push(line);
      if (!l.startsWith('+')) line++;
    }
  }
  return lines;
}

function diff(shown: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${shown}`, `b/${shown}`, before, after, '', '', { context: 3 }).replace(/^=+\n/, '');
}


