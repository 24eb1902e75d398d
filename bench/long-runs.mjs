// Lines made of one character (or a short piece) repeated, with various endings: the inputs on
// which regex patterns backtrack. Times lint at two lengths and prints the slowest, with how time
// grew for 10× the length (about 10 is linear; about 100 is quadratic). `npm run bench:long-runs`.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { lint } = createRequire(import.meta.url)(path.join(root, 'out', 'engine'));

const PIECES = ['a', '1', ' ', '\u3000', '、', '“', '(', '\uFF08', '#', '*', 'X', 'x', '_', '.', '。', ',', '\uFF0C', '一', '第', '是', '篇', '@', 'a.', 'a@', '1.', '(一)', '一是', '第一,', '**', '[1]', '>', '某', '○', '〇', '《', '》', '%', '年', '0', 'ab', '-', '/', ':', '\uFF1A', 'w', 'www.', 'http://', '`', '<!--', '率'];
const ENDINGS = ['', 'x', '。', '@', '%', '一', '是', '年', '号'];
const LENGTHS = [2000, 20000];

function ms(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** A report whose title, first paragraph and last line are the long line, in plain text and Markdown. */
function timeLine(line) {
  const text = ['某局2025年工作总结', line, '一、主要工作', line].join('\n');
  return Math.max(ms(() => lint(text)), ms(() => lint(text, { markdown: true })));
}

const rows = [];
for (const piece of PIECES) {
  for (const ending of ENDINGS) {
    const [short, long] = LENGTHS.map((n) => timeLine(piece.repeat(Math.ceil(n / piece.length)) + ending));
    rows.push({ line: `${JSON.stringify(piece)}… + ${JSON.stringify(ending)}`, short, long });
  }
}
rows.sort((a, b) => b.long - a.long);
console.log(`${rows.length} kinds of line, ${LENGTHS.join(' and ')} characters long; the slowest:`);
for (const r of rows.slice(0, 10)) {
  console.log(`  ${r.line.padEnd(24)} ${r.short.toFixed(2).padStart(8)} ms → ${r.long.toFixed(2).padStart(8)} ms`);
}
const worst = rows[0];
console.log(`slowest ${LENGTHS[1]}-character line: ${worst.long.toFixed(1)} ms (a quadratic pattern would show as hundreds of ms here)`);
