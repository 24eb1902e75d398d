/**
 * action.yml's shell steps, run with bash as the GitHub runner would run them: the inputs arrive
 * as environment variables, zh-report is on PATH (here a shim to dist/cli.js), and the exit code
 * travels through $GITHUB_ENV to the last step.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as yaml from 'js-yaml';
import { tempDir } from '../support/cli';
import { DIST, ROOT } from '../support/paths';

interface Step {
  name: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}

const action = yaml.load(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const step = (name: string): Step => action.runs.steps.find((s) => s.name === name)!;

/** ${{ inputs.x }} as the runner would substitute it, with the action's defaults. */
function substitute(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_m, name: string) => inputs[name] ?? action.inputs[name]!.default);
}

describe('action.yml', () => {
  let bin: string;
  before(() => {
    bin = tempDir();
    fs.writeFileSync(path.join(bin, 'zh-report'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(DIST, 'cli.js')}" "$@"\n`, { mode: 0o755 });
  });

  /** Runs the Lint step, then the Result step, in a workspace holding `files`. */
  function lint(files: Record<string, string>, inputs: Record<string, string>): { stdout: string; code: number | null; workspace: string } {
    const workspace = tempDir();
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
      fs.writeFileSync(path.join(workspace, name), text);
    }
    const githubEnv = path.join(workspace, '.github-env');
    fs.writeFileSync(githubEnv, '');
    const lintStep = step('Lint');
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH']}`, GITHUB_ENV: githubEnv };
    for (const [k, v] of Object.entries(lintStep.env ?? {})) env[k] = substitute(v, inputs);
    assert.doesNotMatch(lintStep.run!, /\$\{\{/, 'inputs are never pasted into the script');
    const r = spawnSync('bash', ['-e', '-c', lintStep.run!], { cwd: workspace, env, encoding: 'utf8' });
    assert.equal(r.status, 0, `the Lint step itself succeeds: ${r.stderr}`);
    const exported = Object.fromEntries(fs.readFileSync(githubEnv, 'utf8').trim().split('\n').map((l) => l.split('=') as [string, string]));
    const result = spawnSync('bash', ['-e', '-c', step('Result').run!], { cwd: workspace, env: { ...process.env, ...exported }, encoding: 'utf8' });
    return { stdout: r.stdout, code: result.status, workspace };
  }

  const bad = '2026年工作总结\n一、主要工作\n全年完成培训XX人次。\n二、存在问题\n三、下一步工作打算\n';
  const warned = '2026年工作总结\n一、主要工作\n全年完成培训120人次。\n三、存在问题\n四、下一步工作打算\n';

  it('is a composite action whose steps all name a shell', () => {
    assert.equal(action.runs.using, 'composite');
    for (const s of action.runs.steps) if (s.run) assert.ok((s as { shell?: string }).shell, `${s.name} has a shell`);
    assert.match(step('Install zh-report').run!, /npm pack[\s\S]*npm install --global/);
  });

  it('annotates findings with workflow commands and fails the job', () => {
    const { stdout, code } = lint({ 'reports/a b.txt': bad, 'notes/ok.txt': 'not a report' }, { paths: 'reports notes' });
    assert.match(stdout, /^::error file=reports\/a b\.txt,line=3,col=\d+,.*title=zh-report placeholder::/m);
    assert.equal(code, 1);
  });

  it('passes a clean folder, and max-warnings lets warnings through', () => {
    assert.equal(lint({ 'ok.txt': 'not a report' }, {}).code, 0);
    assert.equal(lint({ 'w.txt': warned }, {}).code, 1);
    assert.equal(lint({ 'w.txt': warned }, { 'max-warnings': '5' }).code, 0);
  });

  it('with sarif: true writes zh-report.sarif for the upload step and still fails on findings', () => {
    const { stdout, code, workspace } = lint({ 'a.txt': bad }, { sarif: 'true' });
    assert.equal(stdout, '');
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'zh-report.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'placeholder'));
    assert.equal(code, 1);
    const upload = step('Upload SARIF');
    assert.equal(upload.if, "inputs.sarif == 'true'");
    assert.match(upload.uses!, /^github\/codeql-action\/upload-sarif@/);
  });
});
