// Rewrites test/snapshots/ from what the engine says now (run after `npm run build:test`).
// Only for a deliberate change of behaviour: review `git diff test/snapshots` before committing.
const fs = require('node:fs');
const path = require('node:path');
const { textsSnapshot, seedsSnapshot, TEXTS_SNAPSHOT, SEEDS_SNAPSHOT } = require('../out/test/support/snapshot');
fs.mkdirSync(path.dirname(TEXTS_SNAPSHOT), { recursive: true });
fs.writeFileSync(TEXTS_SNAPSHOT, JSON.stringify(textsSnapshot(), null, 1) + '\n');
console.log(`wrote ${path.relative(process.cwd(), TEXTS_SNAPSHOT)}`);
const seeds = seedsSnapshot();
if (seeds) {
  fs.writeFileSync(SEEDS_SNAPSHOT, JSON.stringify(seeds, null, 1) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), SEEDS_SNAPSHOT)}`);
} else console.log('../shared/seeds not found: seeds snapshot left as it is');
