/** What the CLI's commands share: usage errors, arguments, config resolution, text output. */
import { fullWidth, problemCost, type Finding } from '../engine';
import * as fs from 'node:fs';
import { ConfigFileCache, formatProblems, readConfigFile, type ConfigFile } from '../engine/node/config-files';

export class UsageError extends Error {}

export interface Args {
  command: string;
  format: 'text' | 'json';
  config: string | null;
  paths: string[];
  /** export: where to write (default: the report's name with .docx). */
  output: string | null;
  /** export: write even when errors remain. */
  force: boolean;
}

/** The config for each file: --config for all, else the nearest .zhreportrc found walking up. */
export class ConfigResolver {
  readonly broken = new Set<string>();
  private readonly files: ConfigFileCache;

  constructor(
    private readonly explicit: ConfigFile | null,
    err: (s: string) => void,
  ) {
    this.files = new ConfigFileCache((config) => {
      if (!config.problems.length) return;
      this.broken.add(config.path);
      err(`zh-report: ${fullWidth('配置文件有误,')}${problemCost(config.problems)}:\n${formatProblems(config).join('\n')}`);
    });
  }

  forFile(file: string): ConfigFile | null {
    return this.explicit ?? this.files.forFile(file);
  }
}

export function explicitConfig(file: string | null): ConfigFile | null {
  if (!file) return null;
  if (!fs.existsSync(file)) throw new UsageError(`配置文件不存在 config file not found: ${file}`);
  const config = readConfigFile(file);
  if (config.problems.length) throw new UsageError(`配置文件有误 invalid config:\n${formatProblems(config).join('\n')}`);
  return config;
}

/** path:line:col severity rule message; for a .docx, the Word paragraph the line starts with too. */
export function textDiagnostic(shown: string, f: Finding, paragraphOf?: number[]): string {
  const where = paragraphOf ? fullWidth(`(第 ${paragraphOf[f.range.start.line]} 段)`) : '';
  return `${shown}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${f.message}${where}`;
}

