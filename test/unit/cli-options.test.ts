/** The CLI's options and messages as a newcomer meets them: every flag, both --opt forms, errors that say what to do. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lint, RULES } from '../../engine';
import { USAGE } from '../../cli/args';
import { runCli, tempDir } from '../support/cli';
import { ROOT } from '../support/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
/** A summary with a gap (三、 after 一、), a placeholder (XX) and no 存在问题 section. */
const REPORT = '2026年工作总结\n一、主要工作\n全年完成培训XX人次。\n三、下一步工作打算\n继续加强培训。\n';
const NO_RAW_ERRORS = /ENOENT|EISDIR|ENOTDIR|EACCES|at Object\.|node:internal/;

/** Every --option the usage text names. */
function flagsInUsage(): string[] {
  return [...new Set(USAGE.match(/--[a-z][a-z-]+/g) ?? [])];
}

describe('zh-report --version, --help, --explain', () => {
  it('--version and -v print the package version and exit 0', () => {
    for (const flag of ['--version', '-v']) {
      const r = runCli([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout.trim(), pkg.version);
    }
  });

  it('--help and -h print the usage with every option and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = runCli([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout.trim(), USAGE.trim());
    }
    for (const flag of ['--fix', '--fix-dry-run', '--stdin', '--stdin-filename', '--max-warnings', '--quiet', '--explain', '--print-config', '--version', '--format', '--config']) {
      assert.ok(flagsInUsage().includes(flag), `${flag} in the usage`);
    }
  });

  it('the README lists every option and every exit code of the usage', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const flag of flagsInUsage()) assert.ok(readme.includes(`\`${flag}`), `README mentions ${flag}`);
    for (const code of ['0', '1', '2']) assert.match(readme, new RegExp(`\\|\\s*\`?${code}\`?\\s*\\|`), `README exit code ${code}`);
  });

  it('--explain RULE prints the rule’s doc page; an unknown rule gets the list and exit 2', () => {
    for (const rule of RULES) {
      const r = runCli(['--explain', rule.id]);
      assert.equal(r.code, 0, rule.id);
      const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8');
      assert.ok(r.stdout.startsWith(page.split('\n').find((l) => l.startsWith('# '))!), `${rule.id}: starts with its title`);
      assert.doesNotMatch(r.stdout, /^<!--/m, 'the generated-part markers are left out');
    }
    const unknown = runCli(['--explain=no-such-rule']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /没有规则 no-such-rule.*numbering-gap/);
  });
});

describe('zh-report lint options', () => {
  it('--opt=value and --opt value are the same', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'r.txt'), REPORT);
    fs.writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ rules: { placeholder: 'off' } }));
    const spaced = runCli(['lint', '--format', 'json', '--config', 'c.json', '--max-warnings', '5', 'r.txt'], { cwd: dir });
    const joined = runCli(['lint', '--format=json', '--config=c.json', '--max-warnings=5', 'r.txt'], { cwd: dir });
    assert.equal(joined.stdout, spaced.stdout);
    assert.equal(joined.code, spaced.code);
    assert.ok(!JSON.parse(joined.stdout).files[0].diagnostics.some((d: { rule: string }) => d.rule === 'placeholder'), 'the config applied');
  });

  it('--stdin lints standard input; --stdin-filename names it, finds its config and says whether it is Markdown', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'reports'));
    fs.writeFileSync(path.join(dir, '.zhreportrc.json'), JSON.stringify({ rules: { 'numbering-gap': 'off' } }));
    const plain = runCli(['lint', '--stdin', '--format', 'json'], { input: REPORT });
    assert.deepEqual(
      JSON.parse(plain.stdout).files[0].diagnostics.map((d: { rule: string; line: number }) => `${d.rule}@${d.line}`),
      lint(REPORT).map((f) => `${f.ruleId}@${f.range.start.line + 1}`),
    );
    assert.equal(JSON.parse(plain.stdout).files[0].path, '<stdin>');
    const named = runCli(['lint', '--stdin', '--stdin-filename', 'reports/总结.txt'], { cwd: dir, input: REPORT });
    assert.match(named.stdout, /^reports\/总结\.txt:3:\d+ error placeholder/m);
    assert.doesNotMatch(named.stdout, /numbering-gap/, 'the config above the named file applies');
    // Markdown: a # heading is a heading, not a stray symbol.
    const md = '# 2026年工作总结\n\n## 一、主要工作\n\n全年完成培训。\n';
    assert.match(runCli(['lint', '--stdin', '--stdin-filename=a.txt'], { input: md }).stdout, /markdown-artifact/);
    assert.doesNotMatch(runCli(['lint', '--stdin', '--stdin-filename=a.md'], { input: md }).stdout, /markdown-artifact/);
  });

  it('--max-warnings N: exit 0 with up to N warnings, 1 above; errors always give 1', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, REPORT.replace('XX', '120'));
    const warnings = lint(fs.readFileSync(file, 'utf8')).filter((f) => f.severity === 'warning').length;
    const errors = lint(fs.readFileSync(file, 'utf8')).filter((f) => f.severity === 'error').length;
    assert.ok(warnings >= 1 && errors === 0, `${warnings} warnings, ${errors} errors`);
    assert.equal(runCli(['lint', file]).code, 1);
    assert.equal(runCli(['lint', '--max-warnings', String(warnings), file]).code, 0);
    assert.equal(runCli(['lint', '--max-warnings', String(warnings - 1), file]).code, 1);
    fs.writeFileSync(file, REPORT);
    assert.equal(runCli(['lint', '--max-warnings', '1000', file]).code, 1, 'an error is never tolerated');
    for (const bad of ['-1', 'many', '1.5']) assert.equal(runCli(['lint', `--max-warnings=${bad}`, file]).code, 2, bad);
  });

  it('--quiet reports errors only', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, REPORT);
    const all = JSON.parse(runCli(['lint', '--format', 'json', file]).stdout).files[0].diagnostics;
    const quiet = JSON.parse(runCli(['lint', '--quiet', '--format', 'json', file]).stdout).files[0].diagnostics;
    assert.ok(all.some((d: { severity: string }) => d.severity !== 'error'));
    assert.deepEqual(quiet, all.filter((d: { severity: string }) => d.severity === 'error'));
    assert.ok(quiet.length > 0);
    fs.writeFileSync(file, REPORT.replace('XX', '120'));
    assert.equal(runCli(['lint', '--quiet', file]).code, 0, 'warnings alone do not fail a --quiet run');
  });
});

describe('zh-report --print-config', () => {
  it('shows the effective config of a file and where each part comes from', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'plans'));
    fs.writeFileSync(
      path.join(dir, '.zhreportrc.json'),
      JSON.stringify({ rules: { placeholder: 'warning' }, overrides: [{ files: ['plans/**'], rules: { 'section-missing': 'off' } }] }),
    );
    const r = runCli(['--print-config', 'plans/要点.txt'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const config = JSON.parse(r.stdout);
    assert.equal(config.configFile, '.zhreportrc.json');
    assert.deepEqual(config.rules.placeholder, { value: 'warning', from: '.zhreportrc.json rules', default: 'error' });
    assert.deepEqual(config.rules['section-missing'].value, 'off');
    assert.equal(config.rules['section-missing'].from, '.zhreportrc.json overrides[0]');
    assert.equal(config.rules['numbering-gap'].from, 'default');
    const other = JSON.parse(runCli(['--print-config=其他.txt'], { cwd: dir }).stdout);
    assert.equal(other.rules['section-missing'].from, 'default', 'the override is for plans/ only');
  });
});

describe('CLI errors say what to do, in Chinese and English', () => {
  it('a missing path is reported on its own and the other paths are still linted (exit 2)', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'r.txt'), REPORT);
    const r = runCli(['lint', 'missing.txt', 'r.txt', 'no-folder/'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /找不到 missing\.txt：.*\(no such file or folder: missing\.txt; check the path\)/);
    assert.match(r.stderr, /找不到 no-folder\//);
    assert.match(r.stdout, /^r\.txt:3:\d+ error placeholder/m);
    assert.doesNotMatch(r.stderr, NO_RAW_ERRORS);
  });

  it('outline on a folder or a binary file: a message, not EISDIR or the usage', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const folder = runCli(['outline', dir]);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /是文件夹，这里需要一个文件 \(.* is a folder; a file is needed here\)/);
    const binary = runCli(['outline', path.join(dir, 'image.txt')]);
    assert.equal(binary.code, 2);
    assert.match(binary.stderr, /二进制文件，已跳过 \(binary file skipped\)/);
    for (const r of [folder, binary]) {
      assert.doesNotMatch(r.stderr + r.stdout, NO_RAW_ERRORS);
      assert.doesNotMatch(r.stdout, /用法 usage/);
    }
  });

  it('usage errors name the problem in both languages and exit 2', () => {
    const cases: Array<[string[], RegExp]> = [
      [[], /缺少命令.*\(no command given\)/],
      [['frobnicate'], /未知命令 frobnicate.*\(unknown command frobnicate\)/],
      [['lint'], /缺少路径.*\(no PATH given\)/],
      [['lint', '--frob', 'x.txt'], /未知选项 --frob.*\(unknown option --frob\)/],
      [['lint', '--format', 'xml', 'x.txt'], /--format 只能是.*\(got xml\)/],
      [['lint', '--config'], /--config 需要一个值.*\(--config needs a value\)/],
      [['lint', '--fix', '--fix-dry-run', 'x.txt'], /只能选一个/],
      [['lint', '--stdin', 'x.txt'], /--stdin takes no PATH/],
      [['lint', '--stdin-filename', 'a.txt', 'x.txt'], /--stdin-filename goes with --stdin/],
      [['outline', '--fix', 'x.txt'], /these options are for lint/],
      [['outline', '--format', 'sarif', 'x.txt'], /outline prints text or json/],
      [['lint', '-o', 'a.docx', 'x.txt'], /-o and --force are for export/],
      [['lint', '--config', 'no-such-config.json', 'x.txt'], /找不到配置文件 no-such-config\.json.*\(config file not found/],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.match(r.stderr, /zh-report --help/);
      assert.doesNotMatch(r.stderr, NO_RAW_ERRORS);
    }
  });

  it('a broken config behaves the same whether given with --config or found walking up', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'r.txt'), REPORT);
    // Partly valid: an unknown rule beside one that applies.
    const partly = JSON.stringify({ rules: { 'no-such-rule': 'warning', placeholder: 'off' } }, null, 2);
    // Not JSON at all: nothing of it can apply.
    const broken = '{ "rules": { "placeholder": "off", }';
    for (const [content, code] of [[partly, 1], [broken, 2]] as const) {
      fs.writeFileSync(path.join(dir, '.zhreportrc.json'), content);
      fs.copyFileSync(path.join(dir, '.zhreportrc.json'), path.join(dir, 'given.json'));
      const found = runCli(['lint', 'r.txt'], { cwd: dir });
      fs.rmSync(path.join(dir, '.zhreportrc.json'));
      const given = runCli(['lint', '--config', 'given.json', 'r.txt'], { cwd: dir });
      assert.equal(found.code, code, content);
      assert.equal(given.code, code, content);
      assert.equal(given.stdout, found.stdout, 'the same findings');
      assert.equal(given.stderr.replace(/given\.json/g, '.zhreportrc.json'), found.stderr, 'the same message');
      assert.match(found.stderr, /配置文件有误/);
      assert.match(found.stdout, /numbering-gap/, 'the report is still checked');
    }
  });
});
