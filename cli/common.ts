/** What the CLI's commands share: config resolution and problems, and the text form of a finding. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fullWidth, problemCost, type Finding } from '../engine';
import { ConfigFileCache, formatProblems, type ConfigFile } from '../engine/node/config-files';
import { UsageError } from './args';

export { UsageError } from './args';
export type { Args } from './args';

/**
 * The config for each file: --config for all, else the nearest .zhreportrc found walking up. A
 * config with problems is reported once, the same way however it was found, and what is valid in
 * it applies. Only a file that could not be used at all (not JSON, not an object, unreadable)
 * makes the run end with exit code 2.
 */
export class ConfigResolver {
  /** Config files of which nothing could be used. */
  readonly unusable = new Set<string>();
  private readonly files: ConfigFileCache;
  private readonly explicit: ConfigFile | null;

  constructor(explicitPath: string | null, err: (s: string) => void) {
    this.files = new ConfigFileCache((config) => {
      if (!config.problems.length) return;
      if (config.problems.some((p) => p.ignored === 'file')) this.unusable.add(config.path);
      err(`zh-report: ${fullWidth('配置文件有误,')}${problemCost(config.problems)}:\n${formatProblems(config, shownPath(config.path)).join('\n')}`);
    });
    if (explicitPath !== null && !fs.existsSync(explicitPath)) {
      throw new UsageError(fullWidth(`找不到配置文件 ${explicitPath}:请检查 --config 后的路径`) + ` (config file not found: ${explicitPath})`);
    }
    this.explicit = explicitPath === null ? null : this.files.read(explicitPath);
  }

  forFile(file: string): ConfigFile | null {
    return this.explicit ?? this.files.forFile(file);
  }
}

/** A path as the user would type it from here: relative below the working folder, else absolute. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** path:line:col severity rule message; for a .docx, the Word paragraph the line starts with too. */
export function textDiagnostic(shown: string, f: Finding, paragraphOf?: number[]): string {
  const where = paragraphOf ? fullWidth(`(第 ${paragraphOf[f.range.start.line]} 段)`) : '';
  return `${shown}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${f.message}${where}`;
}
