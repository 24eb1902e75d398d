/**
 * Config files on disk, for the CLI and the Node language server: the host of engine/config/files.ts
 * on node:fs and node:path. The engine proper stays free of I/O.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as files from '../config/files';
import type { LintOptions } from '../lint';

export { CONFIG_NAMES, formatProblems, type ConfigFile } from '../config/files';

export const nodeConfigHost: files.ConfigHost = {
  resolve: (p) => path.resolve(p),
  dirname: (p) => path.dirname(p),
  join: (dir, name) => path.join(dir, name),
  relative: (dir, file) => path.relative(dir, file).split(path.sep).join('/'),
  isFile: (p) => {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  },
  readText: (p) => fs.readFileSync(p, 'utf8'),
};

/** The config files on disk, read once until invalidated. */
export class ConfigFileCache extends files.ConfigFileCache {
  constructor(onRead?: (file: files.ConfigFile) => void) {
    super(nodeConfigHost, onRead);
  }
}

export function findConfigFile(dir: string): string | null {
  return files.findConfigFile(nodeConfigHost, dir);
}

export function readConfigFile(file: string): files.ConfigFile {
  return files.readConfigFile(nodeConfigHost, file);
}

/** Lint options for a report under a config file (overrides applied), and whether it is checked at all. */
export function optionsForFile(config: files.ConfigFile | null, file: string, base: LintOptions = {}): { options: LintOptions; included: boolean } {
  return files.optionsUnder(nodeConfigHost, config, file, base);
}
