// What each rule costs, and what the five rules of issue #10, "beyond the basics" (residue,
// duplicate-text, figure-mismatch, date-style, latin-in-cjk), cost together: lint with them against lint without
// them, measured alternately in one process so that machine noise hits both sides alike.
// `node bench/rule-cost.mjs` prints it (after `npm run build:test`).
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { alternate, relativeThroughput } from './timing.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

export const BEYOND_BASICS_RULES = ['residue', 'duplicate-text', 'figure-mismatch', 'date-style', 'latin-in-cjk'];

export function measureRuleCost(text, { ms = 1500 } = {}) {
  const { lint, RULES } = require(path.join(root, 'out', 'engine'));
  const without = Object.fromEntries(BEYOND_BASICS_RULES.map((id) => [id, 'off']));
  const marginal = relativeThroughput(() => lint(text), () => lint(text, { rules: without }), ms);
  const [all, before] = [marginal.seconds, marginal.referenceSeconds];
  // Each rule's cost: lint with only that rule on, less lint with every rule off (which is the
  // parse), so that analyses a rule shares with others (sections, inline series) count.
  const only = (id) => Object.fromEntries(RULES.map((r) => [r.id, r.id === id ? {} : 'off']));
  const times = alternate([() => lint(text, { rules: only('') }), ...RULES.map((r) => () => lint(text, { rules: only(r.id) }))], ms);
  return {
    allRules: all,
    withoutAdded: before,
    /** Throughput with the added rules as a share of throughput without them. */
    throughputRatio: marginal.ratio,
    parse: times[0],
    rules: RULES.map((r, i) => ({ id: r.id, seconds: Math.max(0, times[i + 1] - times[0]), added: BEYOND_BASICS_RULES.includes(r.id) })),
  };
}

export function printRuleCost(cost, label) {
  const ms = (s) => (s * 1000).toFixed(2).padStart(7);
  console.log(`\nRule cost on ${label} (medians, alternating runs in one process):`);
  console.log(`  lint, all rules ${ms(cost.allRules)} ms; with the issue #10 rules off ${ms(cost.withoutAdded)} ms: all rules run at ${(cost.throughputRatio * 100).toFixed(1)} % of that throughput`);
  console.log(`  parse (lint with every rule off) ${ms(cost.parse)} ms; each rule below is lint with it alone, less that`);
  const added = cost.rules.filter((r) => r.added).reduce((s, r) => s + r.seconds, 0);
  for (const r of [...cost.rules].sort((a, b) => b.seconds - a.seconds)) console.log(`  ${r.id.padEnd(24)}${ms(r.seconds)} ms${r.added ? '  (#10)' : ''}`);
  console.log(`  the issue #10 rules together ${ms(added)} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { baseCorpus, corpusOf } = await import('./corpus.mjs');
  const base = baseCorpus();
  for (const [label, text] of [[base.name, base.text], ['1.5 MB corpus', corpusOf(base.text, 1.5e6)]]) printRuleCost(measureRuleCost(text), label);
}
