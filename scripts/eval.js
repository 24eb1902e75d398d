// Prints precision and recall per category on test/eval/ (run after `npm run build:test`).
const { evaluate } = require('../out/test/support/eval');
const r = evaluate();
console.log(`${r.files} reports in test/eval/`);
for (const [c, t] of Object.entries(r.perCategory)) {
  console.log(`${c.padEnd(20)} precision ${t.precision.toFixed(3)} (${t.truePositives}/${t.reported})  recall ${t.recall.toFixed(3)} (${t.truePositives}/${t.expected})`);
}
if (r.misses.length) console.log(`\nmissed:\n  ${r.misses.join('\n  ')}`);
if (r.falseAlarms.length) console.log(`\nfalse alarms:\n  ${r.falseAlarms.join('\n  ')}`);
if (r.cleanAlarms.length) console.log(`\nwarnings or errors on clean reports:\n  ${r.cleanAlarms.join('\n  ')}`);
