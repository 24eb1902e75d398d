/** Running the bundled CLI (dist/cli.js) as a user would, and temporary folders for its files. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST, ROOT } from './paths';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ARGS` in the project root (or `cwd`), with `input` on standard input. */
export function runCli(args: string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', input: options.input ?? '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-cli-'));
}
