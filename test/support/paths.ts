/** Paths the tests share. Tests run from out/test/…, so the repository root is found by walking up. */
import * as fs from 'node:fs';
import * as path from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'esbuild.js'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
export const DIST = path.join(ROOT, 'dist');

/** The seeds are in CI and on the team's machines, not in a user's fresh clone. */
export function seedsAvailable(): boolean {
  return fs.existsSync(SEEDS) && fs.readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
}

export const SEEDS_SKIP = seedsAvailable() ? false : `../shared/seeds/ not found beside the repository (${SEEDS}); seed checks run only where it exists, as in CI`;

export function seed(prefix: string): string {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return fs.readFileSync(path.join(SEEDS, name), 'utf8');
}
