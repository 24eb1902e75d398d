// Builds the benchmark texts: the seeds concatenated (../shared/seeds, where present; else the
// bundled examples), and larger corpora made by repeating them. Nothing large is committed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function baseCorpus() {
  const seeds = path.resolve(root, '..', 'shared', 'seeds');
  if (fs.existsSync(seeds)) {
    const files = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) return { name: `${files.length} seeds`, text: files.map((f) => fs.readFileSync(path.join(seeds, f), 'utf8')).join('\n\n') };
  }
  const dir = path.join(root, 'examples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return { name: `examples (no ../shared/seeds here)`, text: files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n\n') };
}

export function bytes(text) {
  return Buffer.byteLength(text, 'utf8');
}

/** The base text repeated until it reaches `target` UTF-8 bytes, cut at the end of a line. */
export function corpusOf(base, target) {
  const parts = [];
  let size = 0;
  const unit = bytes(base) + 2;
  while (size < target) {
    parts.push(base);
    size += unit;
  }
  const text = parts.join('\n\n');
  // Cut by characters in proportion to bytes, then back to a line end.
  const cut = Math.floor((text.length * target) / bytes(text));
  const end = text.lastIndexOf('\n', cut);
  return end > 0 ? text.slice(0, end) : text;
}
