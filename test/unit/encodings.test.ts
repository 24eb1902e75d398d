/** The CLI reads UTF-8 (±BOM), UTF-16 LE/BE with BOM and GBK/GB18030; positions refer to the decoded text. */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as iconv from 'iconv-lite';
import { decodeReport } from '../../cli/files';
import { DIST } from '../support/paths';

const REPORT = '𠮷县教育局2025年工作总结\r\n一、完成情况\r\n\u3000\u3000投入XX万元,建成○○学校。\r\n三、存在问题\r\n';

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(DIST, 'cli.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The findings of one file as rule@line:col-endCol, from the CLI's JSON output. */
function findings(file: string): { encoding: string; keys: string[] } {
  const out = JSON.parse(cli('lint', '--format', 'json', file).stdout);
  const f = out.files[0];
  return { encoding: f.encoding, keys: f.diagnostics.map((d: any) => `${d.rule}@${d.line}:${d.column}-${d.endColumn}`) };
}

describe('encodings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-enc-'));
  const variants: Array<[string, Buffer, string]> = [
    ['utf8.txt', Buffer.from(REPORT, 'utf8'), 'utf-8'],
    ['utf8-bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT, 'utf8')]), 'utf-8 (BOM)'],
    ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(REPORT, 'utf-16le')]), 'utf-16le'],
    ['utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(REPORT, 'utf-16be')]), 'utf-16be'],
    ['gb18030.txt', iconv.encode(REPORT, 'gb18030'), 'gbk/gb18030'],
  ];
  for (const [name, bytes] of variants) fs.writeFileSync(path.join(dir, name), bytes);
  fs.writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode(REPORT.replace('𠮷', '吉'), 'gbk'));
  fs.writeFileSync(path.join(dir, 'utf8-ji.txt'), REPORT.replace('𠮷', '吉'));

  const reference = findings(path.join(dir, 'utf8.txt'));

  it('the UTF-8 reference has findings at known UTF-16 columns', () => {
    // 𠮷 is two UTF-16 units: the XX on line 3 starts at column 5 after two U+3000 and 投入.
    assert.ok(reference.keys.includes('placeholder@3:5-7'), reference.keys.join(' '));
    assert.ok(reference.keys.some((k) => k.startsWith('numbering-gap@4:')));
  });

  for (const [name, , encoding] of variants.slice(1)) {
    it(`${name} decodes as ${encoding} with the same findings and positions`, () => {
      const r = findings(path.join(dir, name));
      assert.equal(r.encoding, encoding);
      assert.deepEqual(r.keys, reference.keys);
    });
  }

  it('GBK (no astral characters) decodes like UTF-8', () => {
    assert.deepEqual(findings(path.join(dir, 'gbk.txt')).keys, findings(path.join(dir, 'utf8-ji.txt')).keys);
  });

  it('a binary file is skipped with a clear message, not linted', () => {
    const bin = path.join(dir, 'image.txt');
    fs.writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const r = cli('lint', bin);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /binary file skipped/);
    assert.match(r.stdout, /0 个文件 files checked/);
  });

  it('long UTF-8 files decode to exactly what V8 decodes, by whichever decoder', () => {
    const chinese = '\u4e00\u3001\u5de5\u4f5c\u603b\u7ed3\uff0c\ud842\udfb7\u3000\r\n'.repeat(600);
    const samples: Array<[string, Buffer]> = [
      ['Chinese, astral, CRLF, full-width space', Buffer.from(chinese, 'utf8')],
      ['the same after a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese, 'utf8')])],
      ['ASCII only', Buffer.from('2026 work plan\n'.repeat(600), 'utf8')],
      ['short', Buffer.from('\u4e00\u3001\u4e3b\u8981\u5de5\u4f5c\n', 'utf8')],
      // After a BOM the bytes are not checked: a broken sequence becomes U+FFFD, as before.
      ['broken bytes after a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(chinese, 'utf8'), Buffer.from([0xe4, 0xb8])])],
    ];
    for (const [name, bytes] of samples) {
      const decoded = decodeReport(bytes);
      assert.ok('text' in decoded, name);
      const body = bytes[0] === 0xef ? bytes.subarray(3) : bytes;
      assert.equal(decoded.text, body.toString('utf8'), name);
    }
  });

  it('bytes that are neither UTF-8 nor GB18030 are refused', () => {
    const decoded = decodeReport(Buffer.from([0x84, 0x31, 0xa4, 0x39, 0x81, 0x30, 0x81, 0x20, 0x41, 0xff, 0xff, 0x42]));
    assert.ok('error' in decoded, JSON.stringify(decoded));
  });
});
