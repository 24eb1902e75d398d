// What users run: the CLI started cold, once, on one large report and on a folder of reports,
// and the engine's first lint in a fresh process. Every figure is a median of fresh processes,
// alternated so that a slow patch of the machine does not land on one variant only.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bytes, corpusOf } from './corpus.mjs';
import { median } from './timing.mjs';

/** One cold CLI run: wall milliseconds, peak RSS in MB and what it printed. */
function runCli(root, args, env = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', path.join(root, 'bench', 'rss-at-exit.cjs'), path.join(root, 'dist', 'cli.js'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = /zh-report-bench-max-rss-kb (\d+)/.exec(r.stderr);
  return { ms, rssMB: rss ? Number(rss[1]) / 1024 : NaN, stdout: r.stdout, stderr: r.stderr.replace(/\nzh-report-bench-max-rss-kb \d+\n$/, ''), code: r.status };
}

/** Medians of `runs` rounds that run each variant once in turn. */
function alternateRuns(variants, runs) {
  const samples = variants.map(() => []);
  for (let round = 0; round < runs; round++) variants.forEach((v, i) => samples[i].push(v()));
  return samples.map((s) => ({ ms: median(s.map((x) => x.ms)), rssMB: median(s.map((x) => x.rssMB)), last: s[s.length - 1] }));
}

/** `text` cut at line ends into `count` files of about equal size in `dir`. */
export function writeFolder(dir, text, count) {
  fs.mkdirSync(dir, { recursive: true });
  const lines = text.split('\n');
  const per = Math.ceil(lines.length / count);
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `report-${String(i).padStart(3, '0')}.txt`), lines.slice(i * per, (i + 1) * per).join('\n'));
}

export function measureCli(root, baseText, quick) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-bench-cli-'));
  const runs = quick ? 3 : 7;
  try {
    const big = corpusOf(baseText, 1.5e6);
    const bigFile = path.join(tmp, 'big.txt');
    const oneLine = path.join(tmp, 'one-line.txt');
    fs.writeFileSync(bigFile, big);
    fs.writeFileSync(oneLine, '2026年工作总结\n');
    const single = {};
    for (const format of ['text', 'json']) {
      const [b, one] = alternateRuns([() => runCli(root, ['lint', '--format', format, bigFile]), () => runCli(root, ['lint', '--format', format, oneLine])], runs);
      single[format] = { bigMs: b.ms, oneLineMs: one.ms, mbps: bytes(big) / 1e6 / ((b.ms - one.ms) / 1000), rssMB: b.rssMB, outputBytes: Buffer.byteLength(b.last.stdout) };
    }
    const folderText = corpusOf(baseText, 7.8e6);
    const folder = path.join(tmp, 'folder');
    writeFolder(folder, folderText, 500);
    const threads = String(os.availableParallelism());
    const [oneThread, threaded] = alternateRuns([() => runCli(root, ['lint', folder]), () => runCli(root, ['lint', folder], { ZH_REPORT_THREADS: threads })], runs);
    const identical = threaded.last.stdout === oneThread.last.stdout && threaded.last.stderr === oneThread.last.stderr && threaded.last.code === oneThread.last.code;
    const node = alternateRuns([() => runCli(root, ['--version'])], runs)[0];
    return {
      bytes: bytes(big),
      single,
      folder: { files: 500, bytes: bytes(folderText), threads: Number(threads), oneThreadMs: oneThread.ms, oneThreadRssMB: oneThread.rssMB, threadedMs: threaded.ms, threadedRssMB: threaded.rssMB, identical },
      versionMs: node.ms,
      engineCold: engineCold(root, big, runs),
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The engine's first lint of the 1.5 MB text in a fresh process (after loading it), then its second. */
function engineCold(root, text, runs) {
  const file = path.join(os.tmpdir(), `zh-report-bench-cold-${process.pid}.txt`);
  fs.writeFileSync(file, text);
  const script = `
    const t0 = process.hrtime.bigint();
    const { lint } = require(${JSON.stringify(path.join(root, 'out', 'engine'))});
    const text = require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8');
    const t1 = process.hrtime.bigint();
    lint(text);
    const t2 = process.hrtime.bigint();
    lint(text);
    const t3 = process.hrtime.bigint();
    console.log(JSON.stringify({ loadMs: Number(t1 - t0) / 1e6, firstMs: Number(t2 - t1) / 1e6, secondMs: Number(t3 - t2) / 1e6 }));`;
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(JSON.parse(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout));
  fs.rmSync(file, { force: true });
  return { loadMs: median(samples.map((s) => s.loadMs)), firstMs: median(samples.map((s) => s.firstMs)), secondMs: median(samples.map((s) => s.secondMs)) };
}
