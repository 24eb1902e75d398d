/**
 * The pre-commit hook, run by the real pre-commit tool (`pre-commit try-repo`) in a temporary git
 * repository: it refuses a report with a placeholder and lets a clean one through; the fix hook
 * repairs the numbering. Skips, saying why, where pre-commit or git is not installed.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT } from '../support/paths';

const missing = ['pre-commit', 'git'].filter((bin) => spawnSync(bin, ['--version']).error);
const skip = missing.length ? `${missing.join(' and ')} not installed (test/packaging/install-tools.sh installs them from Debian's packages)` : false;

/** A 工作总结 with every section; `defect` puts an XX placeholder or a numbering gap in it. */
function report(defect: 'none' | 'placeholder' | 'gap'): string {
  return [
    '2026年工作总结',
    '一、主要工作',
    defect === 'placeholder' ? '全年完成培训XX人次。' : '全年完成培训120人次。',
    defect === 'gap' ? '三、存在问题' : '二、存在问题',
    '经费不足。',
    defect === 'gap' ? '四、下一步工作打算' : '三、下一步工作打算',
    '继续加强培训。',
    '',
  ].join('\n');
}

describe('pre-commit hooks (.pre-commit-hooks.yaml)', { skip }, () => {
  let repo: string;
  let env: NodeJS.ProcessEnv;

  const git = (...args: string[]): void => {
    const r = spawnSync('git', args, { cwd: repo, encoding: 'utf8', env });
    assert.equal(r.status, 0, r.stderr);
  };
  const tryRepo = (hook: string): SpawnSyncReturns<string> => spawnSync('pre-commit', ['try-repo', ROOT, hook, '--color', 'never'], { cwd: repo, encoding: 'utf8', env, timeout: 15 * 60_000 });

  before(() => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-pre-commit-'));
    repo = path.join(tmp, 'reports');
    fs.mkdirSync(repo);
    // Its own cache, so the hook is installed from this checkout, not from an earlier run.
    env = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, 'cache'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
    git('init', '-q');
  });

  it('refuses a report with a placeholder, naming the line', () => {
    fs.writeFileSync(path.join(repo, '总结.txt'), report('placeholder'));
    git('add', '总结.txt');
    const r = tryRepo('zh-report');
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /总结\.txt:3:\d+ error placeholder/);
    assert.match(r.stdout, /Failed/);
  });

  it('lets a clean report through', () => {
    fs.writeFileSync(path.join(repo, '总结.txt'), report('none'));
    git('add', '总结.txt');
    const r = tryRepo('zh-report');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Passed/);
  });

  it('zh-report-fix renumbers the staged report, and pre-commit reports the change', () => {
    fs.writeFileSync(path.join(repo, '总结.txt'), report('gap'));
    git('add', '总结.txt');
    const r = tryRepo('zh-report-fix');
    assert.equal(r.status, 1, 'pre-commit fails a hook that changed files, so the writer can look first');
    assert.match(r.stdout, /files were modified by this hook/);
    assert.equal(fs.readFileSync(path.join(repo, '总结.txt'), 'utf8'), report('none'));
  });
});
