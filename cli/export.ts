/**
 * zh-report export: a report → a .docx laid out per GB/T 9704. Pre-flight first: the report is
 * linted with its config, and while findings of error severity remain (unfilled placeholders)
 * nothing is written unless --force is given. The file is written beside its target and renamed
 * over it only when complete, so a failed export never leaves half a file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fullWidth, lintModel, parse, parseOptionsFor } from '../engine';
import { optionsForFile } from '../engine/node/config-files';
import type * as Exporter from '../engine/export';
import { ConfigResolver, shownPath, textDiagnostic, UsageError, type Args } from './common';
import { isMarkdownPath, readReport } from './files';

/** The exporter and the `docx` package, loaded only now (dist/export.js in the bundle). */
function exporter(): typeof Exporter {
  return require('../engine/export') as typeof Exporter;
}

export async function runExport(args: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const file = args.paths[0]!;
  const started = Date.now();
  const configs = new ConfigResolver(args.config, err);
  const config = configs.forFile(file);
  const { options } = optionsForFile(config, file);
  const decoded = readReport(file);
  if ('error' in decoded) throw new UsageError(`${file}: ${decoded.error}`);
  const fileOptions = { ...options, markdown: isMarkdownPath(file) };
  const model = parse(decoded.text, parseOptionsFor(fileOptions));
  const errors = lintModel(model, fileOptions).filter((f) => f.severity === 'error');
  const shown = shownPath(file);
  if (errors.length && !args.force) {
    for (const f of errors) err(textDiagnostic(shown, f));
    err(`zh-report: ${fullWidth(`还有 ${errors.length} 处错误(如未填写的占位符),未导出;改正后再导出,或加 --force 仍然导出`)} (${errors.length} errors remain; not exported, use --force to export anyway)`);
    return 1;
  }
  const target = args.output ?? file.replace(/\.[^./\\]*$/, '') + '.docx';
  const { exportReport, exportOptions } = exporter();
  const result = await exportReport(model, exportOptions(config?.config.export));
  try {
    writeWhole(target, result.bytes);
  } catch (e) {
    err(`zh-report: ${fullWidth(`无法写入 ${target}:`)}${(e as NodeJS.ErrnoException).code ?? ''} ${(e as Error).message} (cannot write the .docx; check that the folder exists and is writable, and that the file is not open in Word)`);
    return 2;
  }
  if (errors.length) err(`zh-report: ${fullWidth(`有 ${errors.length} 处错误,按 --force 仍然导出`)} (exported with ${errors.length} errors)`);
  out(`${fullWidth(`已导出 ${shownPath(target)}(${result.headings} 个标题,${Math.ceil(result.bytes.length / 1024)} KB,${Date.now() - started} ms)`)}`);
  return 0;
}

/** Writes a sibling temporary file and renames it over `target`: the old file stays until the new one is whole. */
export function writeWhole(target: string, bytes: Uint8Array): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
