// What one rule costs the engine, measured in fresh processes: each child lints the 1.5 MB corpus
// with the rule and without it, in paired rounds, and the parent takes the median over children.
// One process's figure for the same rule and code ranged from 90 % to 99.5 % here (its V8 state and
// memory layout are its own, and pairing rounds within it cannot cancel them); the median over
// several processes is what a user's process can expect.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseCorpus, corpusOf } from './corpus.mjs';
import { median, relativeThroughput } from './timing.mjs';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');

/** Lint with `ruleId` against without it, in this process, for about `ms`. */
function measureHere(ruleId, ms) {
  const { lint } = createRequire(import.meta.url)(path.join(root, 'out', 'engine'));
  const big = corpusOf(baseCorpus().text, 1.5e6);
  const r = relativeThroughput(() => lint(big), () => lint(big, { rules: { [ruleId]: 'off' } }), ms);
  return { ratio: r.ratio, ms: r.seconds * 1000, withoutMs: r.referenceSeconds * 1000, rounds: r.rounds };
}

/**
 * The rule's cost in `processes` fresh processes, one after another (side by side they would share
 * two cores): the median ratio and the median times, with every process's ratio.
 */
export function measureRuleCost(ruleId, { processes, ms }) {
  const runs = [];
  for (let i = 0; i < processes; i++) {
    const r = spawnSync(process.execPath, [here, ruleId, String(ms)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench/rule-ratio.mjs ${ruleId}: exit ${r.status}\n${r.stderr}`);
    runs.push(JSON.parse(r.stdout));
  }
  return {
    rule: ruleId,
    processes,
    seconds: ms / 1000,
    ratio: median(runs.map((r) => r.ratio)),
    ms: median(runs.map((r) => r.ms)),
    withoutMs: median(runs.map((r) => r.withoutMs)),
    processRatios: runs.map((r) => r.ratio),
    rounds: runs.reduce((n, r) => n + r.rounds, 0),
  };
}

if (process.argv[1] === here) process.stdout.write(JSON.stringify(measureHere(process.argv[2], Number(process.argv[3]))));
