/** Snippet files, 字数 counting and the GB/T 9704 conversion. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, countWords, gbStyleEdits, lint, parse } from '../../engine';
import { ROOT } from '../support/paths';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** Expands a snippet body as VS Code would once every tab stop is accepted or typed over. */
export function fillSnippet(body: string, fill?: (n: string, def: string) => string): string {
  const values = new Map<string, string>();
  const pick = (n: string, def: string): string => {
    if (!values.has(n)) values.set(n, fill ? fill(n, def) : def);
    return values.get(n)!;
  };
  // Defaults are read first, so a mirror such as ${2} gets the value its first occurrence set.
  for (const m of body.matchAll(/\$\{(\d+):([^}]*)\}|\$\{(\d+)\|([^|]*)\|\}/g)) pick(m[1] ?? m[3]!, m[2] ?? m[4]!.split(',')[0]!);
  return body
    .replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, d: string) => pick(n, d))
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_m, n: string, d: string) => pick(n, d.split(',')[0]!))
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a: string | undefined, b: string | undefined) => (a ?? b) === '0' ? '' : pick((a ?? b)!, '内容'));
}

const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', 'zh-report.code-snippets'), 'utf8')) as Record<string, Snippet>;

describe('snippets', () => {
  it('the snippet file is valid and every snippet has pinyin and Chinese prefixes', () => {
    assert.ok(Object.keys(snippets).length >= 9);
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.prefix.some((p) => /^[a-z]+$/.test(p)), `${name} has a pinyin prefix`);
      assert.ok(s.prefix.some((p) => /[\u4e00-\u9fff]/.test(p)), `${name} has a Chinese prefix`);
      assert.ok(s.body.length > 0 && s.description.length > 0);
    }
  });

  for (const [name, s] of Object.entries(snippets)) {
    it(`${name}: filled tab stops leave no placeholder, and skeletons have every section`, () => {
      for (const fill of [undefined, (_n: string, def: string) => `${def}甲`]) {
        const text = fillSnippet(s.body.join('\n'), fill);
        assert.doesNotMatch(text, /\$\{?\d/, 'no tab stop left');
        const findings = lint(text).filter((f) => f.severity === 'error' || f.severity === 'warning');
        assert.deepEqual(findings.map((f) => `${f.ruleId}: ${f.message}`), []);
      }
    });
  }

  it('each skeleton is detected as its own document type', () => {
    const types = Object.values(snippets)
      .filter((s) => s.body.length > 5)
      .map((s) => parse(fillSnippet(s.body.join('\n'))).documents[0]!.type);
    assert.deepEqual(types, ['summary', 'plan', 'duty', 'research']);
  });
});

describe('字数 counting', () => {
  // Expected values counted by hand, as Word's 字数统计 counts them.
  const cases: Array<[string, number]> = [
    ['', 0],
    ['工作总结', 4],
    ['一、总体要求。', 7], // 一 、 总 体 要 求 。
    ['2025年增长3.5%', 5], // 2025 | 年 | 增 | 长 | 3.5%
    ['H1N1 防控', 3], // H1N1 | 防 | 控
    ['推进 5G 和 WiFi 建设', 6], // 推 进 | 5G | 和 | WiFi | 建 设 → 推,进,5G,和,WiFi,建,设 = 7? see below
    ['　　全角空格不计', 6],
    ['𠮷野家', 3],
    ['“双减”政策', 6], // “ 双 减 ” 政 策
    ['a b\tc\r\nd', 4],
  ];
  cases[5] = ['推进 5G 和 WiFi 建设', 7];
  for (const [text, n] of cases) it(`${JSON.stringify(text)} → ${n}`, () => assert.equal(countWords(text), n));
});

describe('GB/T 9704 conversion', () => {
  it('rewrites markers by depth to 一、 (一) 1. (1), keeping values', () => {
    const text = ['某局工作总结', '1、甲', '(1)乙', '①丙', '2、丁', '(1)戊'].join('\n');
    const out = applyEdits(text, gbStyleEdits(parse(text)));
    assert.deepEqual(out.split('\n'), ['某局工作总结', '一、甲', '\uFF08一\uFF09乙', '1.丙', '二、丁', '\uFF08一\uFF09戊']);
    assert.deepEqual(gbStyleEdits(parse(out)), [], 'idempotent');
  });

  it('an inner list nested under an item becomes the next level, which clears numbering-level', () => {
    const text = ['某局工作总结', '一、甲', '二、乙', '一、内一', '二、内二', '三、内三', '三、丙'].join('\n');
    const out = applyEdits(text, gbStyleEdits(parse(text)));
    assert.deepEqual(out.split('\n').slice(3), ['\uFF08一\uFF09内一', '\uFF08二\uFF09内二', '\uFF08三\uFF09内三', '三、丙']);
    assert.ok(!lint(out).some((f) => f.ruleId === 'numbering-level'));
  });
});
