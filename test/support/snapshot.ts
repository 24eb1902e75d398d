/**
 * What the engine says about every text the project owns (rule fixtures, clean fixtures, examples),
 * and a digest of what it says about each seed: findings with their fixes, and the outline. The
 * snapshot test compares this with test/snapshots/, so a change of shape cannot change behaviour
 * unnoticed. Seeds are stored as digests only: their text stays out of the repository.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, outline, parse } from '../../engine';
import { readMarked } from './marked-fixture';
import { FIXTURES, ROOT, SEEDS, seedsAvailable } from './paths';

export const SNAPSHOT_DIR = path.join(ROOT, 'test', 'snapshots');
export const TEXTS_SNAPSHOT = path.join(SNAPSHOT_DIR, 'texts.json');
export const SEEDS_SNAPSHOT = path.join(SNAPSHOT_DIR, 'seeds.json');

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** Findings (fixes included) and outline of one text, as plain JSON. */
export function describeText(text: string, markdown: boolean): unknown {
  return JSON.parse(JSON.stringify({ findings: lint(text, { markdown }), outline: outline(parse(text, { markdown })) }));
}

/** The project's own texts, keyed by their path from the repository root. */
export function textsSnapshot(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const files = [...filesUnder(path.join(FIXTURES, 'rules')), ...filesUnder(path.join(FIXTURES, 'clean')), ...filesUnder(path.join(ROOT, 'examples'))];
  for (const file of files) {
    const raw = fs.readFileSync(file, 'utf8');
    const text = file.startsWith(path.join(FIXTURES, 'rules')) ? readMarked(raw).text : raw;
    out[path.relative(ROOT, file).split(path.sep).join('/')] = describeText(text, /\.md$/.test(file));
  }
  return out;
}

/** A SHA-256 digest of each seed's findings and outline, keyed by the seed's file name. */
export function seedsSnapshot(): Record<string, string> | null {
  if (!seedsAvailable()) return null;
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(SEEDS, name), 'utf8');
    out[name] = createHash('sha256').update(JSON.stringify(describeText(text, false))).digest('hex');
  }
  return out;
}
