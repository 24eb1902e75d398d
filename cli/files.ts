/** Finding and reading report files for the CLI. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPORT_EXTENSIONS = /\.(txt|md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);

/** Expands files and folders into report files, sorted within each folder. Throws on a missing path. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(full);
      } else if (e.isFile() && REPORT_EXTENSIONS.test(e.name)) out.push(full);
    }
  };
  for (const p of paths) {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

export function isMarkdownPath(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

/** Decoded text of a report file. The BOM is dropped, as editors drop it, so columns match theirs. */
export function readReport(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
