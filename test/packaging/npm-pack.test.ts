/**
 * The npm package as a user gets it: `npm pack` builds dist/ (prepack) and the tarball installs
 * offline into an empty folder, locally and globally, and its zh-report binary works there.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT } from '../support/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
/** A 工作总结 with an unfilled XX. */
const REPORT = '2026年工作总结\n一、主要工作\n全年完成培训XX人次。\n二、存在问题\n经费不足。\n三、下一步工作打算\n继续加强培训。\n';

const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

describe('npm pack and install', () => {
  let tmp: string;
  let tarball: string;
  let files: string[];

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-pack-'));
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], ROOT)) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = path.join(tmp, packed[0]!.filename);
    files = packed[0]!.files.map((f) => f.path);
  });

  it('the tarball holds the CLI, its lazy bundles, the rule docs and the changelog, and nothing of the extension', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/export.js', 'dist/docx-reader.js', 'docs/rules/placeholder.md', 'docs/ci.md', 'CHANGELOG.md', 'schemas/zhreportrc.schema.json']) assert.ok(files.includes(f), `${f} in the tarball`);
    for (const f of files) {
      assert.doesNotMatch(f, /\.(png|vsix|map|ts)$|^(client|server|test|out|node_modules|examples)\//, `${f} does not belong in the CLI package`);
      assert.notEqual(f, 'dist/client.js');
      assert.notEqual(f, 'dist/server.js');
    }
    assert.ok(fs.statSync(tarball).size < 1024 * 1024, `${fs.statSync(tarball).size} bytes`);
  });

  it('installs offline into an empty folder; zh-report --version, --explain and lint work there', () => {
    const app = path.join(tmp, 'empty');
    fs.mkdirSync(app);
    npm(['install', '--offline', '--no-package-lock', tarball], app);
    const bin = path.join(app, 'node_modules', '.bin', 'zh-report');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), pkg.version);
    fs.writeFileSync(path.join(app, '总结.txt'), REPORT);
    const lint = spawnSync(bin, ['lint', '总结.txt'], { cwd: app, encoding: 'utf8' });
    assert.equal(lint.status, 1, lint.stderr);
    assert.match(lint.stdout, /^总结\.txt:3:\d+ error placeholder/m);
    const explain = spawnSync(bin, ['--explain', 'placeholder'], { encoding: 'utf8' });
    assert.equal(explain.status, 0);
    assert.match(explain.stdout, /^# placeholder/);
    const exported = spawnSync(bin, ['export', '--force', '总结.txt'], { cwd: app, encoding: 'utf8' });
    assert.equal(exported.status, 0, exported.stderr);
    assert.ok(fs.existsSync(path.join(app, '总结.docx')), 'the lazily loaded exporter is in the package');
  });

  it('installs globally (npm install -g) and runs from the global bin folder', () => {
    const prefix = path.join(tmp, 'global');
    npm(['install', '--global', '--offline', '--prefix', prefix, tarball], tmp);
    const r = spawnSync(path.join(prefix, 'bin', 'zh-report'), ['--version'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), pkg.version);
  });
});
