// Preloaded into a CLI run by bench/cli.mjs (node --require): prints the process's peak resident
// memory, worker threads included, as the last line of standard error.
'use strict';
const { isMainThread } = require('node:worker_threads');
if (isMainThread) process.on('exit', () => require('node:fs').writeSync(2, `\nzh-report-bench-max-rss-kb ${process.resourceUsage().maxRSS}\n`));
