/**
 * Entry point of the integration suite, in the @vscode/test-electron style: the extension host
 * loads this module and calls run(). Results also go to the file named by ZH_REPORT_RESULTS,
 * because under code-server run() cannot set a process exit code for the runner to read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Results {
  passed: number;
  failed: number;
  skipped: number;
  total: number;
  failures: Array<{ title: string; error: string }>;
}

function writeResults(results: Results): void {
  const file = process.env['ZH_REPORT_RESULTS'];
  if (!file) return;
  // Write then rename, so the runner never reads a half-written file.
  fs.writeFileSync(file + '.tmp', JSON.stringify(results, null, 2));
  fs.renameSync(file + '.tmp', file);
}

export function run(): Promise<void> {
  // ZH_REPORT_GREP runs only the matching tests, for working on one of them.
  const grep = process.env['ZH_REPORT_GREP'];
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, ...(grep ? { grep } : {}) });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  const results: Results = { passed: 0, failed: 0, skipped: 0, total: 0, failures: [] };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failed) => {
        results.total = results.passed + results.failed;
        writeResults(results);
        if (failed > 0) reject(new Error(`${failed} integration tests failed`));
        else resolve();
      });
      runner.on('pass', () => results.passed++);
      runner.on('pending', () => results.skipped++);
      runner.on('fail', (test, err: Error) => {
        results.failed++;
        results.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err) });
      });
    } catch (e) {
      results.failed++;
      results.failures.push({ title: 'suite failed to load', error: String((e as Error).stack ?? e) });
      writeResults(results);
      reject(e);
    }
  });
}
