/** The CLI's arguments: commands, options in both --opt value and --opt=value forms, and the usage text. */
import { fullWidth } from '../engine/zh-message';

export class UsageError extends Error {}

export type Format = 'text' | 'json' | 'sarif' | 'github';
export type Command = 'lint' | 'outline' | 'export' | 'help' | 'version' | 'explain' | 'print-config';

export interface Args {
  command: Command;
  format: Format;
  config: string | null;
  paths: string[];
  /** export: where to write (default: the report's name with .docx). */
  output: string | null;
  /** export: write even when errors remain. */
  force: boolean;
  /** lint: apply every safe fix and write the files; or print the changes as a unified diff. */
  fix: boolean;
  fixDryRun: boolean;
  /** lint: read the report from standard input, as if it were this file (for config and Markdown). */
  stdin: boolean;
  stdinFilename: string | null;
  /** lint: exit 1 only when there are more warnings than this (errors always count). */
  maxWarnings: number | null;
  /** lint: report errors only. */
  quiet: boolean;
  /** explain: the rule id; print-config: the file. */
  subject: string | null;
}

export const USAGE = `用法 usage:
  zh-report lint [options] PATH...        检查 .txt、.md、.docx 报告（文件或文件夹） / check reports
  zh-report outline [--format text|json] [--config FILE] FILE
                                          打印标题层级 / print the heading tree
  zh-report export [-o OUT.docx] [--force] [--config FILE] FILE
                                          按 GB/T 9704 导出为 Word / write a .docx per GB/T 9704
  zh-report --explain RULE                打印规则说明 / print a rule's doc page
  zh-report --print-config FILE           打印对该文件生效的配置及来源 / the effective config of FILE
  zh-report --version | --help

lint 的选项 options:
  --format text|json|sarif|github         输出格式（默认 text）/ output format
  --config FILE                           用这个配置文件（默认：从文件所在目录向上找最近的一个）
                                          / use this config (default: the nearest one above each file)
  --fix                                   应用所有安全的修复并写回文件 / apply every safe fix
  --fix-dry-run                           只打印修复会带来的改动（unified diff）/ print the changes as a diff
  --stdin [--stdin-filename NAME]         从标准输入读报告 / read the report from standard input
  --max-warnings N                        警告不超过 N 条时退出码为 0 / exit 0 with up to N warnings
  --quiet                                 只报告错误 / report errors only
  选项也可写成 --opt=value。Options may be written --opt=value.

退出码 exit:
  0  没有错误或警告（或警告不超过 --max-warnings）/ no error or warning
  1  有错误或警告；export:还有错误，未导出 / errors or warnings found; export refused
  2  用法错误、配置文件整个不可用、路径不存在或无法读取、写入失败 / usage error, unusable config,
     missing or unreadable path, write error`;

const COMMANDS = new Set(['lint', 'outline', 'export']);
const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'github'];

export function parseArgs(argv: string[]): Args {
  const args: Args = {
    command: 'lint',
    format: 'text',
    config: null,
    paths: [],
    output: null,
    force: false,
    fix: false,
    fixDryRun: false,
    stdin: false,
    stdinFilename: null,
    maxWarnings: null,
    quiet: false,
    subject: null,
  };
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string => {
      if (eq > 0) return raw.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(fullWidth(`${flag} 需要一个值`) + ` (${flag} needs a value)`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { ...args, command: 'help' };
      case '--version':
      case '-v':
        return { ...args, command: 'version' };
      case '--explain':
        return { ...args, command: 'explain', subject: value() };
      case '--print-config':
        args.command = 'print-config';
        args.subject = value();
        break;
      case '--format': {
        const f = value();
        if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(fullWidth(`--format 只能是 ${FORMATS.join('、')}`) + ` (got ${f})`);
        args.format = f as Format;
        break;
      }
      case '--config':
        args.config = value();
        break;
      case '-o':
      case '--output':
        args.output = value();
        break;
      case '--force':
        args.force = true;
        break;
      case '--fix':
        args.fix = true;
        break;
      case '--fix-dry-run':
        args.fixDryRun = true;
        break;
      case '--stdin':
        args.stdin = true;
        break;
      case '--stdin-filename':
        args.stdinFilename = value();
        break;
      case '--quiet':
        args.quiet = true;
        break;
      case '--max-warnings': {
        const v = value();
        if (!/^\d+$/.test(v)) throw new UsageError(fullWidth(`--max-warnings 需要一个非负整数`) + ` (got ${v})`);
        args.maxWarnings = Number(v);
        break;
      }
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(fullWidth(`未知选项 ${flag};运行 zh-report --help 查看全部选项`) + ` (unknown option ${flag})`);
        if (command === null && args.command !== 'print-config') {
          if (!COMMANDS.has(raw)) throw new UsageError(fullWidth(`未知命令 ${raw};可用的命令是 lint、outline、export`) + ` (unknown command ${raw})`);
          command = raw;
        } else args.paths.push(raw);
    }
  }
  if (args.command === 'print-config') return args;
  if (command === null) throw new UsageError(fullWidth('缺少命令;例如 zh-report lint 报告.txt') + ' (no command given)');
  args.command = command as Command;
  if (args.command !== 'lint' && (args.fix || args.fixDryRun || args.stdin || args.quiet || args.maxWarnings !== null)) {
    throw new UsageError(fullWidth(`--fix、--fix-dry-run、--stdin、--quiet 和 --max-warnings 只用于 lint`) + ' (these options are for lint)');
  }
  if (args.command !== 'export' && (args.output !== null || args.force)) throw new UsageError(fullWidth('-o 和 --force 只用于 export') + ' (-o and --force are for export)');
  if (args.command === 'outline' && (args.format === 'sarif' || args.format === 'github')) throw new UsageError(fullWidth('outline 只输出 text 或 json') + ' (outline prints text or json)');
  if (args.stdinFilename !== null && !args.stdin) throw new UsageError(fullWidth('--stdin-filename 要与 --stdin 一起用') + ' (--stdin-filename goes with --stdin)');
  if (args.stdin && args.paths.length) throw new UsageError(fullWidth('用了 --stdin 就不再给路径') + ' (--stdin takes no PATH)');
  if (args.fix && args.fixDryRun) throw new UsageError(fullWidth('--fix 和 --fix-dry-run 只能选一个') + ' (--fix or --fix-dry-run, not both)');
  if (!args.stdin && !args.paths.length) throw new UsageError(fullWidth('缺少路径;例如 zh-report lint 报告.txt') + ' (no PATH given)');
  if ((args.command === 'outline' || args.command === 'export') && args.paths.length !== 1) throw new UsageError(fullWidth(`${args.command} 只接受一个文件`) + ' (takes one FILE)');
  return args;
}
