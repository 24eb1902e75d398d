/** zh-report CLI: lint, outline and export reports with the same engine as the language server. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { outline, outlineText, parse, parseOptionsFor } from '../engine';
import { optionsForFile } from '../engine/node/config-files';
import { parseArgs, USAGE, UsageError, type Args } from './args';
import { ConfigResolver } from './common';
import { explain, printConfig } from './explain';
import { runExport } from './export';
import { isMarkdownPath, pathProblem, readReport } from './files';
import { runLint } from './lint';
import { packageInfo } from './package-info';

function runOutline(args: Args, out: (s: string) => void, err: (s: string) => void): number {
  const file = args.paths[0]!;
  const configs = new ConfigResolver(args.config, err);
  const { options } = optionsForFile(configs.forFile(file), file);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new UsageError(pathProblem(file, Object.assign(new Error(''), { code: 'EISDIR' })) + ' — zh-report lint 可检查整个文件夹 (lint takes folders)');
  const decoded = readReport(file);
  if ('error' in decoded) {
    err(`zh-report: ${file}: ${decoded.error}`);
    return 2;
  }
  const model = parse(decoded.text, parseOptionsFor({ ...options, markdown: isMarkdownPath(file) }));
  const docs = outline(model);
  out(args.format === 'json' ? JSON.stringify({ version: 1, path: file, documents: docs }, null, 2) : outlineText(docs));
  return configs.unusable.size ? 2 : 0;
}

export async function main(
  argv: string[],
  out: (s: string) => void = (s) => console.log(s),
  err: (s: string) => void = (s) => console.error(s),
  readStdin: () => string = () => fs.readFileSync(0, 'utf8'),
  write: (s: string) => void = (s) => void process.stdout.write(s),
): Promise<number> {
  try {
    const args = parseArgs(argv);
    switch (args.command) {
      case 'help':
        out(USAGE);
        return 0;
      case 'version':
        out(packageInfo().version);
        return 0;
      case 'explain':
        out(explain(args.subject!));
        return 0;
      case 'print-config':
        out(printConfig(path.resolve(args.subject!), args.config, err));
        return 0;
      case 'export':
        return await runExport(args, out, err);
      case 'outline':
        return runOutline(args, out, err);
      default:
        return await runLint(args, { out, err, readStdin, write });
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`zh-report: ${e.message}`);
      err('运行 zh-report --help 查看用法。Run zh-report --help for the usage.');
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code) {
      err(`zh-report: ${pathProblem((e as NodeJS.ErrnoException).path ?? '', e as NodeJS.ErrnoException)}`);
      return 2;
    }
    throw e;
  }
}

// In a lint worker this same script is loaded again (cli/parallel.ts): it must not run the CLI there.
if (require.main === module && isMainThread) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
