/**
 * Every rule's fixtures: the findings of the rule under test must be exactly the marked ranges.
 * Clean fixtures must produce no warning or error from any rule.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, lint, RULES } from '../../engine';
import { key, readMarked } from '../support/marked-fixture';
import { FIXTURES } from '../support/paths';

const ruleDir = path.join(FIXTURES, 'rules');

describe('rule fixtures', () => {
  for (const rule of RULES) {
    const dir = path.join(ruleDir, rule.id);
    it(`${rule.id} has fixtures`, () => {
      assert.ok(fs.existsSync(dir) && fs.readdirSync(dir).length > 0, `no fixtures in ${dir}`);
    });
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      it(`${rule.id}: ${file}`, () => {
        const { text, expected } = readMarked(fs.readFileSync(path.join(dir, file), 'utf8'));
        const findings = lint(text, { markdown: file.endsWith('.md') }).filter((f) => f.ruleId === rule.id);
        const actual = findings.map((f) => {
          assert.equal(f.range.start.line, f.range.end.line, 'findings stay on one line');
          const label = typeof f.data?.['section'] === 'string' ? (f.data['section'] as string) : undefined;
          return key({ line: f.range.start.line, start: f.range.start.character, end: f.range.end.character, ...(label ? { label } : {}) });
        });
        assert.deepEqual(actual.sort(), expected.map(key).sort());
        for (const f of findings) {
          assert.equal(f.category, rule.category);
          assert.ok(f.message.length > 0);
        }
        // Line endings change offsets in the text but no line or column.
        const crlf = lint(text.replace(/\r?\n/g, '\r\n'), { markdown: file.endsWith('.md') }).filter((f) => f.ruleId === rule.id);
        assert.deepEqual(
          crlf.map((f) => f.range),
          findings.map((f) => f.range),
          'same ranges with CRLF line endings',
        );
      });
    }
  }
});

describe('clean fixtures', () => {
  const dir = path.join(FIXTURES, 'clean');
  for (const file of fs.readdirSync(dir).sort()) {
    it(`no warning or error in ${file}`, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const loud = lint(text, { markdown: file.endsWith('.md') }).filter((f) => f.severity === 'error' || f.severity === 'warning');
      assert.deepEqual(loud.map((f) => `${f.range.start.line + 1}:${f.range.start.character} ${f.ruleId} ${f.message}`), []);
    });
  }
});

describe('messages', () => {
  it('punctuate Chinese the GB/T 15834 way: no ASCII , : ; ( ) ! ? outside the quoted text', () => {
    const rules = new Set<string>();
    const ascii: string[] = [];
    for (const rule of fs.readdirSync(ruleDir)) {
      for (const file of fs.readdirSync(path.join(ruleDir, rule))) {
        const { text } = readMarked(fs.readFileSync(path.join(ruleDir, rule, file), 'utf8'));
        for (const f of lint(text, { markdown: file.endsWith('.md') })) {
          rules.add(f.ruleId);
          // Quoted text is the user's own, and 98/100 = 98.0% a formula.
          const own = f.message.replace(/“[^”]*”/g, '“”');
          if (/[,:;()!?]/.test(own)) ascii.push(`${f.ruleId}: ${f.message}`);
        }
      }
    }
    assert.equal(rules.size, RULES.length, 'every rule reported something');
    assert.deepEqual(ascii, []);
  });
});

describe('punctuation-width: the fixes of a line', () => {
  it('one fix for the whole line, then one for each mark; applied, the line is clean', () => {
    const text = '某局2025年工作总结\n一、主要工作\n　　会议时间:2025年3月1日;成立专班(组长由局长担任),被称为"网红课堂"的课程上线,新增学位４０００个。\n';
    const [finding] = lint(text).filter((f) => f.ruleId === 'punctuation-width');
    assert.ok(finding);
    const fixes = finding.fixes!;
    assert.equal(fixes.length, 1 + 7, fixes.map((f) => f.title).join(' | '));
    assert.match(fixes[0]!.title, /修正本行 7 处/);
    assert.match(fixes[3]!.title, /“\(组长由局长担任\)”改为“\uFF08组长由局长担任\uFF09”/);
    const fixed = applyEdits(text, fixes[0]!.edits);
    assert.equal(fixed.split('\n')[2], '　　会议时间\uFF1A2025年3月1日\uFF1B成立专班\uFF08组长由局长担任\uFF09\uFF0C被称为\u201C网红课堂\u201D的课程上线\uFF0C新增学位4000个。');
    assert.deepEqual(lint(fixed).filter((f) => f.ruleId === 'punctuation-width'), []);
    assert.equal(applyEdits(text, fixes[2]!.edits).split('\n')[2], '　　会议时间:2025年3月1日\uFF1B成立专班(组长由局长担任),被称为"网红课堂"的课程上线,新增学位４０００个。');
  });
});
