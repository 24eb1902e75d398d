/**
 * lint --fix and --fix-dry-run: safe fixes only, written in the file's own encoding and line ends,
 * config and disable comments honoured, idempotent; and a property test on generated reports.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { applyPatch, diffArrays } from 'diff';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { hasSafeFixes, lint, parse, ruleById, type Finding } from '../../engine';
import { main } from '../../cli/cli';
import { decodeReport } from '../../cli/files';
import { runCli, tempDir } from '../support/cli';
import { documentArb } from '../support/generated-reports';
import { buildDocx, documentXml, paragraph } from '../support/docx-builder';

/** A gap (三、 after 一、), half-width ， and ； in Chinese, a stray ** pair, and an XX that no fix may touch. */
const REPORT = '2026年工作总结\n一、主要工作\n全年完成培训,共XX人次;经费到位。\n三、存在问题\n经费不足。\n四、下一步打算\n**继续**加强培训。\n';

const fixable = (f: Finding): boolean => !!f.fixes?.length && hasSafeFixes(ruleById(f.ruleId)!);

function writeReport(text: string | Uint8Array, name = 'r.txt'): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

describe('zh-report lint --fix', () => {
  it('applies the safe fixes in place, says what it changed, and leaves the placeholder with a note', () => {
    const file = writeReport(REPORT);
    const r = runCli(['lint', '--fix', file]);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.equal(fixed, '2026年工作总结\n一、主要工作\n全年完成培训，共XX人次；经费到位。\n二、存在问题\n经费不足。\n三、下一步打算\n继续加强培训。\n');
    assert.match(r.stderr, /已修正 \(fixed\) .*numbering-gap ×1.*第 3、4、6、7 行 \(lines 3, 4, 6, 7\)/);
    assert.match(r.stderr, /还有 1 处问题无法安全地自动修正.*\(1 problem left that --fix cannot fix safely\)/);
    assert.match(r.stdout, /r\.txt:3:\d+ error placeholder/, 'the findings left are listed');
    assert.doesNotMatch(r.stdout, /numbering-gap|punctuation-width|markdown-artifact/);
    assert.equal(r.code, 1, 'an error is left');
  });

  it('turns a chat assistant\u2019s keycap list (1\uFE0F\u20E3 2\uFE0F\u20E3 4\uFE0F\u20E3) into 1. 2. 3., the gap closed', () => {
    const keycap = (d: number): string => `${d}\uFE0F\u20E3 `;
    const file = writeReport(`2026年社区工作计划\n一、指导思想\n坚持以人民为中心。\n二、重点任务\n${keycap(1)}完善网格化管理。\n${keycap(2)}提升为老服务水平。\n${keycap(4)}推进垃圾分类。\n`);
    const before = runCli(['lint', '--format', 'json', file]);
    const rules = JSON.parse(before.stdout).files[0].diagnostics.map((d: { rule: string }) => d.rule);
    assert.ok(rules.includes('numbering-gap'), 'the keycaps are a numbered list: 4 after 2 is a gap');
    runCli(['lint', '--fix', file]);
    assert.match(fs.readFileSync(file, 'utf8'), /\n1\.完善网格化管理。\n2\.提升为老服务水平。\n3\.推进垃圾分类。\n$/);
  });

  it('is idempotent, and lint afterwards finds nothing it could have fixed', () => {
    const file = writeReport(REPORT);
    runCli(['lint', '--fix', file]);
    const once = fs.readFileSync(file);
    const again = runCli(['lint', '--fix', file]);
    assert.deepEqual(fs.readFileSync(file), once);
    assert.doesNotMatch(again.stderr, /已修正/);
    const left = JSON.parse(runCli(['lint', '--format', 'json', file]).stdout).files[0].diagnostics;
    assert.deepEqual(left.map((d: { rule: string }) => d.rule), ['placeholder']);
  });

  it('writes GBK as GBK, keeps CRLF and the byte-order mark', () => {
    const crlf = REPORT.replace(/\n/g, '\r\n');
    const gbk = writeReport(iconv.encode(crlf, 'gb18030'));
    const bom = writeReport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
    const utf16 = writeReport(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(crlf, 'utf-16le')]));
    for (const file of [gbk, bom, utf16]) runCli(['lint', '--fix', file]);
    const expected = runFixText(crlf);
    assert.match(expected, /二、存在问题\r\n/);
    assert.deepEqual(fs.readFileSync(gbk), iconv.encode(expected, 'gb18030'));
    assert.deepEqual(fs.readFileSync(bom), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(expected)]));
    assert.deepEqual(fs.readFileSync(utf16), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(expected, 'utf-16le')]));
  });

  it('honours the config: a rule turned off is not fixed', () => {
    const file = writeReport(REPORT);
    fs.writeFileSync(path.join(path.dirname(file), '.zhreportrc.json'), JSON.stringify({ rules: { 'punctuation-width': 'off' } }));
    runCli(['lint', '--fix', file]);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.match(fixed, /培训,共XX人次;经费/, 'punctuation left as it was');
    assert.match(fixed, /二、存在问题/, 'numbering fixed');
  });

  it('honours disable comments in Markdown', () => {
    const md = '# 2026年工作总结\n\n## 一、主要工作\n\n<!-- zh-report-disable-next-line punctuation-width -->\n全年完成培训,共120人次。\n\n经费到位,设备齐全。\n\n## 二、存在问题\n\n## 三、下一步打算\n';
    const file = writeReport(md, 'r.md');
    runCli(['lint', '--fix', file]);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.match(fixed, /培训,共120/, 'the disabled line is left');
    assert.match(fixed, /经费到位，设备齐全/, 'the other line is fixed');
  });

  it('a .docx is never changed; it says why', () => {
    const docx = buildDocx({ document: documentXml([paragraph('2026年工作总结'), paragraph('一、主要工作'), paragraph('三、存在问题')]) });
    const file = writeReport(docx, 'r.docx');
    const r = runCli(['lint', '--fix', file]);
    assert.deepEqual(fs.readFileSync(file), Buffer.from(docx));
    assert.match(r.stderr, /Word 文档不会被自动修正.*\(a \.docx is never fixed in place\)/);
    assert.match(r.stdout, /numbering-gap/);
  });

  it('--fix-dry-run prints a unified diff that turns the file into what --fix writes, and changes nothing', () => {
    const file = writeReport(REPORT);
    const r = runCli(['lint', '--fix-dry-run', file]);
    assert.equal(fs.readFileSync(file, 'utf8'), REPORT);
    assert.match(r.stderr, /可修正 \(would fix\)/);
    const patch = r.stdout.slice(r.stdout.indexOf('--- a/'), r.stdout.lastIndexOf('\n\n') + 1);
    assert.match(patch, /^--- a\/.*r\.txt\n\+\+\+ b\/.*r\.txt\n@@ /);
    assert.equal(applyPatch(REPORT, patch), runFixText(REPORT));
  });

  it('--stdin --fix prints the fixed text on standard output, and the findings on standard error', () => {
    const r = runCli(['lint', '--stdin', '--fix'], { input: REPORT });
    assert.equal(r.stdout, runFixText(REPORT));
    assert.match(r.stderr, /<stdin>:3:\d+ error placeholder/);
    const dry = runCli(['lint', '--stdin', '--fix-dry-run', '--stdin-filename', 'a.txt'], { input: REPORT });
    assert.match(dry.stdout, /^--- a\/a\.txt/m);
  });
});

/** What the CLI's --fix writes for a text. */
function runFixText(text: string): string {
  const file = writeReport(text);
  runCli(['lint', '--fix', file]);
  return decodeText(fs.readFileSync(file));
}

function decodeText(bytes: Buffer): string {
  const d = decodeReport(bytes);
  if ('error' in d) throw new Error(d.error);
  return d.text;
}

/**
 * A number of an inline series (一是, 第二，, 其次): renumbering a series may change it even when the
 * original text showed no finding there, once an earlier round has removed what hid the series
 * (`😀四是` then `四是`: the emoji goes, and the second line becomes 二是).
 */
const SERIES_NUMBER = /[一二三四五六七八九十][是要]|第[一二三四五六七八九十]|其[一二三四五六七八九十]|首先|其次|再次|最后/;

/** Lines a fix may touch: a line with a finding of a safe rule or one of its fix's edits, or a numbered line or series number (renumbering moves the rest of a list). */
function allowedLines(text: string): Set<number> {
  const model = parse(text);
  const allowed = new Set<number>();
  for (const f of lint(text).filter(fixable)) {
    for (let l = f.range.start.line; l <= f.range.end.line; l++) allowed.add(l);
    for (const e of f.fixes![0]!.edits) for (let l = e.range.start.line; l <= e.range.end.line; l++) allowed.add(l);
  }
  model.markerAt.forEach((m, i) => m && allowed.add(i));
  model.lines.forEach((l, i) => SERIES_NUMBER.test(l.text) && allowed.add(i));
  return allowed;
}

describe('lint --fix on generated reports (property)', () => {
  const runs = Math.max(100, Math.ceil(Number(process.env['ZH_REPORT_FUZZ_RUNS'] ?? 10_000) / 40));
  it(`changes only lines that hold a safe finding or a number, is idempotent, and leaves nothing fixable (${runs} cases)`, async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(documentArb, async (generated) => {
        const file = path.join(dir, 'r.txt');
        fs.writeFileSync(file, generated);
        const bytes = fs.readFileSync(file);
        const decoded = decodeReport(bytes);
        await main(['lint', '--fix', file], () => {}, () => {});
        if ('error' in decoded) {
          assert.deepEqual(fs.readFileSync(file), bytes, 'a file skipped as binary is left alone');
          return;
        }
        // What is on disk, as read back: lone surrogates do not survive UTF-8.
        const original = decoded.text;
        const fixed = decodeText(fs.readFileSync(file));
        const allowed = allowedLines(original);
        const before = original.split(/\r\n|\n|\r/);
        const after = fixed.split(/\r\n|\n|\r/);
        assert.ok(after.length <= before.length, 'no line added');
        // Each line the fix changed or deleted must be allowed. With no line removed, line i is
        // still line i: a diff could pair 四、 / 一、 with 一、 / 二、 the wrong way and call an
        // untouched blank line between them changed.
        const changed = (line: number): void => assert.ok(allowed.has(line), `line ${line + 1} changed without a safe finding: ${JSON.stringify(before[line])}`);
        if (after.length === before.length) {
          before.forEach((line, k) => line !== after[k] && changed(k));
        } else {
          let i = 0;
          for (const part of diffArrays(before, after)) {
            if (part.removed) for (let k = 0; k < part.count!; k++) changed(i + k);
            if (!part.added) i += part.count!;
          }
        }
        assert.deepEqual(lint(fixed).filter(fixable).map((f) => `${f.ruleId}@${f.range.start.line}`), [], 'nothing fixable left');
        await main(['lint', '--fix', file], () => {}, () => {});
        assert.equal(decodeText(fs.readFileSync(file)), fixed, 'idempotent');
      }),
      { numRuns: runs },
    );
  });
});
