/**
 * A folder linted on several threads gives the same output as on one: the same bytes on standard
 * output and standard error and the same exit code, in every format, over generated reports,
 * unreadable files, a .docx and a config with overrides.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { sharesFor } from '../../cli/parallel';
import { tempDir } from '../support/cli';
import { buildDocx, documentXml, paragraph } from '../support/docx-builder';
import { documentArb } from '../support/generated-reports';
import { DIST } from '../support/paths';

function run(args: string[], cwd: string, threads: string | undefined): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env['ZH_REPORT_THREADS'];
  if (threads) env['ZH_REPORT_THREADS'] = threads;
  const r = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lint on several threads', () => {
  const dir = tempDir();
  const saved = process.env['ZH_REPORT_THREADS'];
  after(() => {
    if (saved === undefined) delete process.env['ZH_REPORT_THREADS'];
    else process.env['ZH_REPORT_THREADS'] = saved;
  });

  // 60 generated reports in two folders, plus the awkward cases.
  const reports = fc.sample(documentArb, { numRuns: 60, seed: 20261126 });
  reports.forEach((text, i) => {
    const sub = path.join(dir, i % 2 ? 'plans' : 'summaries');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `r${String(i).padStart(2, '0')}.${i % 7 === 3 ? 'md' : 'txt'}`), text);
  });
  fs.writeFileSync(path.join(dir, 'summaries', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  fs.writeFileSync(path.join(dir, 'summaries', 'gbk.txt'), iconv.encode('2025年工作总结\r\n一、主要工作\r\n三、存在问题\r\n', 'gb18030'));
  fs.writeFileSync(path.join(dir, 'plans', 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  fs.writeFileSync(path.join(dir, 'plans', 'w.docx'), buildDocx({ document: documentXml([paragraph('2026年工作要点'), paragraph('一、目标'), paragraph('三、措施XX项')]) }));
  fs.writeFileSync(
    path.join(dir, '.zhreportrc.json'),
    JSON.stringify({ rules: { 'no-such-rule': 'warning' }, overrides: [{ files: ['plans/**'], rules: { placeholder: 'warning' } }], ignore: ['summaries/r1*'] }),
  );

  for (const format of ['text', 'json', 'sarif', 'github']) {
    it(`--format ${format}: 1 thread and 3 threads print the same`, () => {
      const args = ['lint', '--format', format, 'summaries', 'plans', 'missing.txt'];
      const one = run(args, dir, '1');
      const three = run(args, dir, '3');
      assert.equal(one.code, 2, one.stderr);
      assert.ok(one.stdout.length > 1000);
      assert.deepEqual(three, one);
    });
  }

  it('--quiet and --max-warnings give the same result on 1 and 2 threads', () => {
    const args = ['lint', '--quiet', '--max-warnings', '50', 'summaries', 'plans'];
    assert.deepEqual(run(args, dir, '2'), run(args, dir, '1'));
  });

  it('threads only when asked for with ZH_REPORT_THREADS (measured slower on two cores)', () => {
    const inputs = fs.readdirSync(path.join(dir, 'plans')).map((f) => ({ file: path.join(dir, 'plans', f), shown: f }));
    delete process.env['ZH_REPORT_THREADS'];
    assert.equal(sharesFor(inputs), 1);
    process.env['ZH_REPORT_THREADS'] = '3';
    assert.equal(sharesFor(inputs), 3);
    process.env['ZH_REPORT_THREADS'] = '1000';
    assert.equal(sharesFor(inputs), 16, 'at most 16');
    process.env['ZH_REPORT_THREADS'] = 'many';
    assert.equal(sharesFor(inputs), 1, 'a value that is not a number is ignored');
  });
});
