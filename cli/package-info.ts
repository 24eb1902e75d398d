/** The package's own name, version and home, read from its package.json (beside dist/ when installed). */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface PackageInfo {
  version: string;
  repository: string;
  /** The package's root folder: docs/rules/ lives there. */
  root: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string; repository?: string | { url?: string } };
      if (pkg.name === 'zh-report') {
        const repo = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
        return (cached = { version: pkg.version ?? '0.0.0', repository: repo.replace(/^git\+/, '').replace(/\.git$/, ''), root: dir });
      }
    }
    if (path.dirname(dir) === dir) return (cached = { version: '0.0.0', repository: '', root: path.resolve(__dirname, '..') });
  }
}
