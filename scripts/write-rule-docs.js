// Rewrites the generated part of every docs/rules/<id>.md from the rule's metadata (run after
// `npm run build:test`); a page that does not exist yet is created with that part alone.
const fs = require('node:fs');
const path = require('node:path');
const { RULES, docPath } = require('../out/engine');
const { withGeneratedPart } = require('../out/test/support/rule-docs');
const root = path.join(__dirname, '..');
for (const rule of RULES) {
  const file = path.join(root, docPath(rule));
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# ${rule.id}\n`;
  const after = withGeneratedPart(before, rule);
  if (after !== before) {
    fs.writeFileSync(file, after);
    console.log(`wrote ${docPath(rule)}`);
  }
}
