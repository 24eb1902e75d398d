// Regenerates schemas/zhreportrc.schema.json from the rules' metadata (run after `npm run build:test`).
const fs = require('node:fs');
const path = require('node:path');
const { configSchema } = require('../out/engine');
const file = path.join(__dirname, '..', 'schemas', 'zhreportrc.schema.json');
fs.writeFileSync(file, JSON.stringify(configSchema(), null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), file)}`);
