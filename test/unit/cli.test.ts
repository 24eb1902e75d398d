/** The bundled CLI (dist/cli.js): output formats, exit codes, config errors. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../engine';
import { buildDocx, documentXml, numberingXml, paragraph } from '../support/docx-builder';
import { runCli, tempDir } from '../support/cli';
import { ROOT } from '../support/paths';

const run = (...args: string[]) => runCli(args);

describe('zh-report lint', () => {
  it('text output is path:line:col severity rule message, and exits 1 on warnings', () => {
    const r = run('lint', 'examples/summary-2025.txt');
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n').slice(0, -1);
    const findings = lint(fs.readFileSync(path.join(ROOT, 'examples/summary-2025.txt'), 'utf8'));
    assert.equal(lines.length, findings.length);
    findings.forEach((f, i) => {
      assert.equal(lines[i], `examples/summary-2025.txt:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.ruleId} ${f.message}`);
    });
  });

  it('JSON output follows the documented shape with 1-based UTF-16 columns', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, '\uFEFF𠮷𠮷某局XX年工作总结\r\n一、甲\r\n三、乙\r\n');
    const r = run('lint', '--format', 'json', file);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    assert.equal(out.files.length, 1);
    assert.equal(out.files[0].type, 'summary');
    const diags = out.files[0].diagnostics;
    const ph = diags.find((d: any) => d.rule === 'placeholder');
    // BOM dropped as editors drop it; 𠮷 counts two UTF-16 units each: XX starts at column 7.
    assert.deepEqual([ph.line, ph.column, ph.endLine, ph.endColumn, ph.category, ph.severity], [1, 7, 1, 9, 'placeholder', 'error']);
    const gap = diags.find((d: any) => d.rule === 'numbering-gap');
    assert.deepEqual([gap.line, gap.column, gap.category], [3, 1, 'numbering']);
    for (const d of diags) assert.deepEqual(Object.keys(d).sort(), ['category', 'column', 'data', 'endColumn', 'endLine', 'line', 'message', 'rule', 'severity']);
  });

  it('exits 0 on a clean report and walks folders for .txt and .md', () => {
    const r = run('lint', 'test/fixtures/clean');
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    // Every .txt and .md in the folder, whatever the fixtures number.
    const reports = fs.readdirSync(path.join(ROOT, 'test/fixtures/clean')).filter((f) => /\.(txt|md)$/.test(f)).length;
    assert.ok(reports > 1);
    assert.match(r.stdout, new RegExp(`\\b${reports} 个文件 files checked`));
  });

  it('exits 2 with a clear message on usage errors', () => {
    for (const args of [[], ['frobnicate'], ['lint'], ['lint', '--format', 'xml', 'x.txt'], ['lint', 'no/such/file.txt']]) {
      const r = run(...args);
      assert.equal(r.code, 2, `args ${args.join(' ')}`);
      assert.ok(r.stderr.length > 0);
    }
  });

  it('applies a config file; a broken one is reported with file, line and problem, and the rest of it applies', () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, JSON.stringify({ rules: { placeholder: 'off', 'numbering-gap': 'off', 'section-missing': 'off' } }));
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, '某局XX年工作总结\n一、甲\n三、乙\n');
    assert.equal(run('lint', '--config', good, file).code, 0);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{\n  "rules": {\n    "no-such-rule": "warning",\n    "placeholder": "off", "numbering-gap": "off", "section-missing": "off"\n  }\n}\n');
    const r = run('lint', '--config', bad, file);
    assert.match(r.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: .*no-such-rule`));
    assert.equal(r.code, 0, 'the three rules it turns off are off');
    assert.equal(r.stdout.trim(), '1 个文件 files checked');
  });
});

describe('zh-report outline', () => {
  it('prints the heading tree as JSON', () => {
    const r = run('outline', '--format', 'json', 'examples/summary-2025.txt');
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout);
    assert.equal(out.documents.length, 1);
    assert.deepEqual(out.documents[0].sections.map((s: any) => s.marker), ['一、', '二、', '三、']);
  });

  it('prints the heading tree as text', () => {
    const r = run('outline', 'examples/summary-2025.txt');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^# 城南区教育局2025年上半年工作总结/);
    assert.match(r.stdout, /\n  一、主要工作完成情况  \[5\]\n    \uFF08一\uFF09学校建设有序推进  \[7\]/);
  });
});

describe('zh-report export', () => {
  const report = '城南区教育局2025年工作总结\n一、主要工作\n全年完成任务。\n二、存在问题\n三、下一步打算\n';

  it('writes FILE.docx beside the report, and says how many headings it holds', () => {
    const dir = tempDir();
    const file = path.join(dir, '总结.txt');
    fs.writeFileSync(file, report);
    const r = run('export', file);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /已导出 .*总结\.docx（3 个标题/);
    const bytes = fs.readFileSync(path.join(dir, '总结.docx'));
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip file');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['总结.docx', '总结.txt'], 'no temporary file left');
  });

  it('refuses while errors remain (exit 1, each listed), and --force exports anyway', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, report.replace('全年完成任务', '全年完成XX项任务'));
    const refused = run('export', file, '-o', path.join(dir, 'out.docx'));
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /r\.txt:3:5 error placeholder/);
    assert.match(refused.stderr, /还有 1 处错误/);
    assert.equal(fs.existsSync(path.join(dir, 'out.docx')), false);
    const forced = run('export', '--force', file, '-o', path.join(dir, 'out.docx'));
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok(fs.existsSync(path.join(dir, 'out.docx')));
  });

  it('replaces an existing file with the new one whole', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, report);
    fs.writeFileSync(path.join(dir, 'r.docx'), 'old');
    assert.equal(run('export', file).code, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'r.docx')).subarray(0, 2).toString('latin1'), 'PK');
  });

  it('a path that cannot be written: a clear message, exit 2, and what was there is left as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, report);
    const missingFolder = run('export', file, '-o', path.join(dir, 'no-such-folder', 'r.docx'));
    assert.equal(missingFolder.code, 2);
    assert.match(missingFolder.stderr, /无法写入 .*no-such-folder/);
    // A folder where the file should go: the rename fails after the new file was written beside it.
    fs.mkdirSync(path.join(dir, 'taken.docx'));
    fs.writeFileSync(path.join(dir, 'taken.docx', 'keep.txt'), 'kept');
    const taken = run('export', file, '-o', path.join(dir, 'taken.docx'));
    assert.equal(taken.code, 2);
    assert.equal(fs.readFileSync(path.join(dir, 'taken.docx', 'keep.txt'), 'utf8'), 'kept');
    assert.deepEqual(fs.readdirSync(dir).sort(), ['r.txt', 'taken.docx'], 'no temporary file left');
  });

  it('an empty report and one with no headings export validly', () => {
    const dir = tempDir();
    for (const [name, text] of [['empty.txt', ''], ['plain.txt', '今天开了一个会。\n会上讨论了明年的安排。\n']] as const) {
      fs.writeFileSync(path.join(dir, name), text);
      const r = run('export', path.join(dir, name));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /（0 个标题/);
    }
  });

  it('takes one FILE', () => {
    assert.equal(run('export').code, 2);
    assert.equal(run('export', 'a.txt', 'b.txt').code, 2);
  });
});

describe('zh-report and Word files', () => {
  /** 一、 and 二、 automatic, 四、 typed: a gap on the fourth paragraph; XX on the third. */
  const docx = buildDocx({
    numbering: numberingXml({ 1: [{ format: 'chineseCounting', text: '%1、' }] }, [{ numId: 1, abstractId: 1 }]),
    document: documentXml([paragraph('2025年度个人述职报告'), paragraph('履职情况', { numId: 1 }), paragraph('全年起草文稿XX篇。'), paragraph('存在的不足', { numId: 1 }), paragraph('四、今后努力方向')]),
  });
  const text = '2025年度个人述职报告\n一、履职情况\n全年起草文稿XX篇。\n二、存在的不足\n四、今后努力方向';

  it('lint on a .docx gives the same rules on the same lines as its text in a .txt, and names the paragraph', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.docx'), docx);
    fs.writeFileSync(path.join(dir, 'a.txt'), text);
    const json = JSON.parse(run('lint', '--format', 'json', dir).stdout);
    const byPath = Object.fromEntries(json.files.map((f: any) => [path.basename(f.path), f]));
    const keysOf = (f: any): string[] => f.diagnostics.map((d: any) => `${d.line}:${d.rule}`);
    assert.deepEqual(keysOf(byPath['a.docx']), keysOf(byPath['a.txt']));
    assert.ok(keysOf(byPath['a.docx']).includes('5:numbering-gap'));
    assert.equal(byPath['a.docx'].encoding, 'docx');
    assert.deepEqual(byPath['a.docx'].diagnostics.map((d: any) => d.data.paragraph), byPath['a.docx'].diagnostics.map((d: any) => d.line));
    assert.equal(byPath['a.txt'].diagnostics[0].data.paragraph, undefined);
    const textOut = run('lint', path.join(dir, 'a.docx'));
    assert.match(textOut.stdout, /a\.docx:5:1 warning numbering-gap .*（第 5 段）/);
  });

  it('outline on a .docx', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a.docx'), docx);
    const r = run('outline', path.join(dir, 'a.docx'));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /一、履职情况[\s\S]*二、存在的不足[\s\S]*四、今后努力方向/);
  });

  it('a .doc or .wps gets a message to save as .docx and exit 2; the rest are linted; Word’s ~$ lock files are skipped', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    fs.writeFileSync(path.join(dir, 'old.wps'), 'x');
    fs.writeFileSync(path.join(dir, '~$a.docx'), 'lock');
    fs.writeFileSync(path.join(dir, 'a.docx'), docx);
    const r = run('lint', dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /old\.doc: .*另存为 \.docx/);
    assert.match(r.stderr, /old\.wps: .*WPS/);
    assert.doesNotMatch(r.stderr + r.stdout, /~\$a\.docx/);
    assert.match(r.stdout, /a\.docx:5:1 warning numbering-gap/);
    assert.match(r.stdout, /1 个文件 files checked/);
  });

  it('a damaged .docx: a clear message and exit 2', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'broken.docx'), docx.subarray(0, 100));
    const r = run('lint', path.join(dir, 'broken.docx'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken\.docx: 文件已损坏/);
  });
});
