// Word timings for npm run bench: export in process (describe + write the .docx) on the 1.5 MB
// corpus and on a 10-page report, the CLI cold on that report, start-up included; and reading a
// 100-page .docx back.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeAsync(fn, runs) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(samples);
}

export async function measureExport(root, bigText, quick) {
  const { parse } = require(path.join(root, 'out', 'engine'));
  const { exportReport, DEFAULT_EXPORT_OPTIONS } = require(path.join(root, 'out', 'engine', 'export'));
  const { longReport } = require(path.join(root, 'out', 'test', 'support', 'long-report'));
  const tenPages = longReport(4);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-bench-export-'));
  const report = path.join(dir, 'ten-pages.txt');
  fs.writeFileSync(report, tenPages);
  const out = { tenPagesChars: tenPages.length, corpusBytes: Buffer.byteLength(bigText) };
  out.tenPagesInProcessMs = await timeAsync(() => exportReport(parse(tenPages), DEFAULT_EXPORT_OPTIONS), quick ? 5 : 20);
  out.corpusInProcessMs = await timeAsync(() => exportReport(parse(bigText), DEFAULT_EXPORT_OPTIONS), quick ? 1 : 3);
  out.corpusDocxBytes = (await exportReport(parse(bigText), DEFAULT_EXPORT_OPTIONS)).bytes.length;
  const cli = path.join(root, 'dist', 'cli.js');
  const walls = [];
  for (let i = 0; i < (quick ? 3 : 9); i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, 'export', report, '-o', path.join(dir, 'ten-pages.docx')], { encoding: 'utf8' });
    walls.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0) throw new Error(`zh-report export failed: ${r.stderr}`);
  }
  out.tenPagesCliMs = median(walls);
  const nodeStart = [];
  for (let i = 0; i < (quick ? 3 : 9); i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    nodeStart.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  out.nodeStartMs = median(nodeStart);
  // About 100 pages: the 10-page report ten times over, exported, then read.
  const { readDocx } = require(path.join(root, 'out', 'engine', 'docx'));
  const hundred = await exportReport(parse(longReport(40)), DEFAULT_EXPORT_OPTIONS);
  out.hundredPagesDocxBytes = hundred.bytes.length;
  out.hundredPagesParagraphs = readDocx(hundred.bytes).paragraphOf.length;
  out.readHundredPagesMs = await timeAsync(() => readDocx(hundred.bytes), quick ? 5 : 20);
  fs.rmSync(dir, { recursive: true, force: true });
  return out;
}
