/**
 * A folder can be linted on several threads (ZH_REPORT_THREADS=N): the files, in order, are cut
 * into contiguous shares of about equal size; the main thread lints the first share while worker
 * threads lint the others, and the outcomes are put back in file order, so the output is the same
 * as from one thread.
 * A worker loads this same script (dist/cli.js), which then runs runWorker() instead of the CLI.
 */
import * as fs from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { optionsForFile } from '../engine/node/config-files';
import { checkFile, plainFinding, type Input, type Outcome } from './check-file';
import { ConfigResolver } from './common';
import { readReport } from './files';

const ROLE = 'zh-report-lint-worker';

interface Job {
  role: typeof ROLE;
  inputs: Input[];
  config: string | null;
  quiet: boolean;
}

/**
 * How many shares to cut `inputs` into: ZH_REPORT_THREADS if set, else 1. Threads are not the
 * default because on the 2-core machines this was measured on they made a folder slower, not
 * faster: each thread pays V8's warm-up (the first hundred files of a folder lint four times
 * slower than the rest), and two isolates' garbage collectors compete for the two cores. 500
 * reports (8.6 MB) took 1.2–1.3 s on one thread and 1.5–1.8 s on two; 35 MB took 3.5 s and
 * 4.2–4.6 s (bench/cli.mjs measures both). On a machine with more cores, ZH_REPORT_THREADS=4 may pay.
 */
export function sharesFor(inputs: readonly Input[]): number {
  const forced = Number(process.env['ZH_REPORT_THREADS']);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, 16, inputs.length || 1);
  return 1;
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Contiguous shares of about equal total size, in order. */
function cut(inputs: readonly Input[], shares: number): Input[][] {
  const sizes = inputs.map((i) => sizeOf(i.file) + 1);
  const total = sizes.reduce((a, b) => a + b, 0);
  const out: Input[][] = [[]];
  let acc = 0;
  inputs.forEach((input, k) => {
    if (acc >= (total * out.length) / shares && out.length < shares) out.push([]);
    out[out.length - 1]!.push(input);
    acc += sizes[k]!;
  });
  return out;
}

/** Lints `inputs` in `shares` parts, the first on this thread; outcomes in input order. */
export async function lintInShares(inputs: readonly Input[], shares: number, config: string | null, quiet: boolean, lintHere: (inputs: Input[]) => Outcome[]): Promise<Outcome[]> {
  const [first = [], ...rest] = cut(inputs, shares);
  // Only what can be cloned goes to a worker: the paths.
  const workers = rest.map((share) => runInWorker({ role: ROLE, inputs: share.map(({ file, shown }) => ({ file, shown })), config, quiet }));
  const here = lintHere(first);
  return [...here, ...(await Promise.all(workers)).flat()];
}

function runInWorker(job: Job): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    // This module's own file: dist/cli.js in the bundle, whose top level then runs runWorker().
    const worker = new Worker(__filename, { workerData: job });
    worker.once('message', (outcomes: Outcome[]) => resolve(outcomes));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`zh-report: a lint worker stopped with exit code ${code}`)));
  });
}

/** The worker's side: the same config resolution and checks as the main thread, config messages left to it. */
function runWorker(job: Job): void {
  const configs = new ConfigResolver(job.config, () => {});
  const outcomes = job.inputs.map((input) => {
    const { options } = optionsForFile(configs.forFile(input.file), input.file);
    const outcome = checkFile(input, readReport(input.file), options, job.quiet);
    return { ...outcome, result: { ...outcome.result, findings: outcome.result.findings.map(plainFinding) } };
  });
  parentPort!.postMessage(outcomes);
}

if (!isMainThread && (workerData as Job | undefined)?.role === ROLE) runWorker(workerData as Job);
