/**
 * Finding and reading config files on disk, for the CLI and the server. The engine proper stays
 * free of I/O; this is the one place that reads .zhreportrc files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configToLintOptions, isIncluded, parseConfig, type ConfigProblem, type ZhReportConfig } from '../config/load';
import type { LintOptions } from '../lint';

export const CONFIG_NAMES = ['.zhreportrc.json', '.zhreportrc', 'zhreport.config.json'];

export interface ConfigFile {
  path: string;
  config: ZhReportConfig;
  problems: ConfigProblem[];
}

/** The nearest config file at or above `dir`, or null. */
export function findConfigFile(dir: string): string | null {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(d, name);
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    if (path.dirname(d) === d) return null;
  }
}

export function readConfigFile(file: string): ConfigFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { path: file, config: {}, problems: [{ line: 1, column: 1, message: `无法读取 (cannot read): ${(e as Error).message}`, ignored: 'file' }] };
  }
  return { path: file, ...parseConfig(text) };
}

/**
 * Which config file applies to each report, and its contents, read from disk once until
 * invalidated: one cache for the CLI and the language server. `onRead` sees each file as it is
 * read (to report its problems once per reading).
 */
export class ConfigFileCache {
  private readonly configPathByDir = new Map<string, string | null>();
  private readonly files = new Map<string, ConfigFile>();

  constructor(private readonly onRead: (file: ConfigFile) => void = () => {}) {}

  /** The config file for a report at `fsPath` (the nearest one above it), or null. */
  forFile(fsPath: string): ConfigFile | null {
    const dir = path.dirname(path.resolve(fsPath));
    let configPath = this.configPathByDir.get(dir);
    if (configPath === undefined) {
      configPath = findConfigFile(dir);
      this.configPathByDir.set(dir, configPath);
    }
    return configPath ? this.read(configPath) : null;
  }

  /** A named config file, read once. */
  read(configPath: string): ConfigFile {
    let file = this.files.get(configPath);
    if (!file) {
      file = readConfigFile(configPath);
      this.files.set(configPath, file);
      this.onRead(file);
    }
    return file;
  }

  /** Forget everything read from disk (a config file was created, changed or deleted). */
  invalidate(): void {
    this.configPathByDir.clear();
    this.files.clear();
  }
}

/** Lint options for a report under a config file (overrides applied), and whether it is checked at all. */
export function optionsForFile(config: ConfigFile | null, file: string, base: LintOptions = {}): { options: LintOptions; included: boolean } {
  if (!config) return { options: base, included: true };
  const relative = path.relative(path.dirname(config.path), path.resolve(file)).split(path.sep).join('/');
  return { options: configToLintOptions(config.config, base, relative), included: isIncluded(config.config, relative) };
}

/** Each problem as FILE:line:column: message, the file shown as `shown` (the CLI: relative to the working folder). */
export function formatProblems(config: ConfigFile, shown = config.path): string[] {
  return config.problems.map((p) => `${shown}:${p.line}:${p.column}: ${p.message}`);
}
