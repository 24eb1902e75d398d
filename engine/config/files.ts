/**
 * Which config file applies to each report, and its contents: the nearest .zhreportrc at or above
 * the report's folder. The files are reached through a host, so the same logic serves the CLI and
 * the Node server (engine/node/config-files.ts: node:fs and node:path) and the web server (the
 * files the client found in the workspace, keyed by URI; server/src/web-config-host.ts).
 */
import { configToLintOptions, isIncluded, parseConfig, type ConfigProblem, type ZhReportConfig } from './load';
import type { LintOptions } from '../lint';

export const CONFIG_NAMES = ['.zhreportrc.json', '.zhreportrc', 'zhreport.config.json'];

export interface ConfigFile {
  path: string;
  config: ZhReportConfig;
  problems: ConfigProblem[];
}

/** Paths and files as a platform has them. */
export interface ConfigHost {
  /** An absolute form of a path, to key the caches with. */
  resolve(p: string): string;
  /** The folder holding `p`; the same path at the root. */
  dirname(p: string): string;
  join(dir: string, name: string): string;
  /** `file`'s path below `dir`, with forward slashes, as override globs match it. */
  relative(dir: string, file: string): string;
  isFile(p: string): boolean;
  /** The file's text; throws when it cannot be read. */
  readText(p: string): string;
}

/** The nearest config file at or above `dir`, or null. */
export function findConfigFile(host: ConfigHost, dir: string): string | null {
  for (let d = host.resolve(dir); ; d = host.dirname(d)) {
    for (const name of CONFIG_NAMES) {
      const candidate = host.join(d, name);
      if (host.isFile(candidate)) return candidate;
    }
    if (host.dirname(d) === d) return null;
  }
}

export function readConfigFile(host: ConfigHost, file: string): ConfigFile {
  let text: string;
  try {
    text = host.readText(file);
  } catch (e) {
    return { path: file, config: {}, problems: [{ line: 1, column: 1, message: `无法读取 (cannot read): ${(e as Error).message}`, ignored: 'file' }] };
  }
  return { path: file, ...parseConfig(text) };
}

/**
 * The config files read once until invalidated: one cache for the CLI and the language server.
 * `onRead` sees each file as it is read (to report its problems once per reading).
 */
export class ConfigFileCache {
  private readonly configPathByDir = new Map<string, string | null>();
  private readonly files = new Map<string, ConfigFile>();

  constructor(
    private readonly host: ConfigHost,
    private readonly onRead: (file: ConfigFile) => void = () => {},
  ) {}

  /** The config file for a report at `file` (the nearest one above it), or null. */
  forFile(file: string): ConfigFile | null {
    const dir = this.host.dirname(this.host.resolve(file));
    let configPath = this.configPathByDir.get(dir);
    if (configPath === undefined) {
      configPath = findConfigFile(this.host, dir);
      this.configPathByDir.set(dir, configPath);
    }
    return configPath ? this.read(configPath) : null;
  }

  /** A named config file, read once. */
  read(configPath: string): ConfigFile {
    let file = this.files.get(configPath);
    if (!file) {
      file = readConfigFile(this.host, configPath);
      this.files.set(configPath, file);
      this.onRead(file);
    }
    return file;
  }

  /** Lint options for a report under its config file (overrides applied), and whether it is checked at all. */
  optionsFor(file: string, base: LintOptions = {}): { options: LintOptions; included: boolean } {
    return optionsUnder(this.host, this.forFile(file), file, base);
  }

  /** Forget everything read (a config file was created, changed or deleted). */
  invalidate(): void {
    this.configPathByDir.clear();
    this.files.clear();
  }
}

/** Lint options for a report under a config file (overrides applied), and whether it is checked at all. */
export function optionsUnder(host: ConfigHost, config: ConfigFile | null, file: string, base: LintOptions = {}): { options: LintOptions; included: boolean } {
  if (!config) return { options: base, included: true };
  const relative = host.relative(host.dirname(config.path), host.resolve(file));
  return { options: configToLintOptions(config.config, base, relative), included: isIncluded(config.config, relative) };
}

/** Each problem as FILE:line:column: message, the file shown as `shown` (the CLI: relative to the working folder). */
export function formatProblems(config: ConfigFile, shown = config.path): string[] {
  return config.problems.map((p) => `${shown}:${p.line}:${p.column}: ${p.message}`);
}
