/** zh-report CLI: lint and outline reports with the same engine as the language server. */
import * as path from 'node:path';
import { fullWidth, lintModel, outline, outlineText, parse, parseOptionsFor, type Finding } from '../engine';
import { optionsForFile } from '../engine/node/config-files';
import { ConfigResolver, explicitConfig, textDiagnostic, UsageError, type Args } from './common';
import { runExport } from './export';
import { collectFiles, isMarkdownPath, readReport } from './files';

const USAGE = `用法 usage:
  zh-report lint [--format text|json] [--config FILE] PATH...
  zh-report outline [--format text|json] [--config FILE] FILE
  zh-report export [-o OUT.docx] [--force] [--config FILE] FILE

  lint     检查 .txt/.md 报告(文件或文件夹)/ check reports in files or folders
  outline  打印每篇文档的标题层级 / print each document's heading tree
  export   按 GB/T 9704 版式导出为 Word(.docx);有错误(如未填写的占位符)时不导出,除非加 --force
           / write a .docx laid out per GB/T 9704; refused while errors remain, unless --force

  没有 --config 时,使用从文件所在目录向上找到的第一个 .zhreportrc.json / .zhreportrc / zhreport.config.json。
  Without --config, the nearest .zhreportrc.json / .zhreportrc / zhreport.config.json above each file applies.

退出码 exit: 0 无警告或错误 no warning or error; 1 有 found some (export: 有错误未导出 refused); 2 用法、配置或写入错误 usage, config or write error`;

function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') throw new UsageError('');
  if (command !== 'lint' && command !== 'outline' && command !== 'export') throw new UsageError(`未知命令 unknown command: ${command}`);
  const args: Args = { command, format: 'text', config: null, paths: [], output: null, force: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} 需要一个值 (needs a value)`);
      return v;
    };
    if (a === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json') throw new UsageError(`--format 只能是 text 或 json (got ${f})`);
      args.format = f;
    } else if (a === '--config') args.config = value();
    else if (command === 'export' && (a === '-o' || a === '--output')) args.output = value();
    else if (command === 'export' && a === '--force') args.force = true;
    else if (a.startsWith('-')) throw new UsageError(`未知选项 unknown option: ${a}`);
    else args.paths.push(a);
  }
  if (!args.paths.length) throw new UsageError('缺少路径 (no PATH given)');
  if ((command === 'outline' || command === 'export') && args.paths.length !== 1) throw new UsageError(fullWidth(`${command} 只接受一个文件`) + ' (takes one FILE)');
  return args;
}

function jsonDiagnostic(f: Finding, paragraphOf?: number[]): Record<string, unknown> {
  return {
    rule: f.ruleId,
    category: f.category,
    severity: f.severity,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    message: f.message,
    data: paragraphOf ? { ...f.data, paragraph: paragraphOf[f.range.start.line] } : (f.data ?? {}),
  };
}

function runLint(args: Args, out: (s: string) => void, err: (s: string) => void): number {
  const configs = new ConfigResolver(explicitConfig(args.config), err);
  const files = collectFiles(args.paths);
  const results: Array<Record<string, unknown>> = [];
  let failing = false;
  let unreadable = false;
  let checked = 0;
  for (const file of files) {
    const { options, included } = optionsForFile(configs.forFile(file), file);
    if (!included) continue;
    const shown = path.relative(process.cwd(), file) || file;
    const decoded = readReport(file);
    if ('error' in decoded) {
      err(`zh-report: ${shown}: ${decoded.error}`);
      if (decoded.unreadable) unreadable = true;
      if (args.format === 'json') results.push({ path: shown, type: 'unknown', skipped: decoded.error, diagnostics: [] });
      continue;
    }
    checked++;
    const { text } = decoded;
    const markdown = isMarkdownPath(file);
    const fileOptions = { ...options, markdown };
    const model = parse(text, parseOptionsFor(fileOptions));
    const findings = lintModel(model, fileOptions);
    if (findings.some((f) => f.severity === 'error' || f.severity === 'warning')) failing = true;
    const paragraphOf = decoded.paragraphOf;
    if (args.format === 'json') {
      const type = model.documents[0]?.type ?? 'unknown';
      const diagnostics = findings.map((f) => jsonDiagnostic(f, paragraphOf));
      results.push({ path: shown, type, encoding: decoded.encoding, diagnostics });
    } else {
      for (const f of findings) out(textDiagnostic(shown, f, paragraphOf));
    }
  }
  if (args.format === 'json') out(JSON.stringify({ version: 1, files: results }, null, 2));
  else out(`${checked} 个文件 files checked`);
  if (configs.broken.size || unreadable) return 2;
  return failing ? 1 : 0;
}

function runOutline(args: Args, out: (s: string) => void, err: (s: string) => void): number {
  const file = args.paths[0]!;
  const { options } = optionsForFile(new ConfigResolver(explicitConfig(args.config), err).forFile(file), file);
  const decoded = readReport(file);
  if ('error' in decoded) throw new UsageError(`${file}: ${decoded.error}`);
  const model = parse(decoded.text, parseOptionsFor({ ...options, markdown: isMarkdownPath(file) }));
  const docs = outline(model);
  out(args.format === 'json' ? JSON.stringify({ version: 1, path: file, documents: docs }, null, 2) : outlineText(docs));
  return 0;
}

export async function main(argv: string[], out: (s: string) => void = (s) => console.log(s), err: (s: string) => void = (s) => console.error(s)): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'export') return await runExport(args, out, err);
    return args.command === 'lint' ? runLint(args, out, err) : runOutline(args, out, err);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) err(`zh-report: ${e.message}`);
      err(USAGE);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      err(`zh-report: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
