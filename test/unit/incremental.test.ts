/**
 * Incremental re-lint (engine/incremental.ts): after any sequence of edits, each version's
 * findings, fixes included, are exactly a full lint's, and the findings of unchanged lines are
 * the previous version's, not linted again.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lintModel, parse, RULES, type Finding } from '../../engine';
import { relintModel } from '../../engine/incremental';
import { documentArb } from '../support/generated-reports';
import { readMarked } from '../support/marked-fixture';
import { FIXTURES, ROOT } from '../support/paths';

const RUNS = Number(process.env['ZH_REPORT_FUZZ_RUNS'] ?? 10_000) / 20;

function textsIn(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return textsIn(full);
    return e.name.endsWith('.txt') ? [readMarked(fs.readFileSync(full, 'utf8')).text] : [];
  });
}

const FIXTURE_TEXTS = [...textsIn(FIXTURES), ...textsIn(path.join(ROOT, 'examples'))];
/** What an edit inserts: every line-local rule's hits and near misses, line breaks and markers. */
const SNIPPETS = ['，', ',', ';', ':', '(', ')', '"', '（测试）', '(注:待补充)', 'XX', 'XX年', '某某', '###', '____', '【具体数据】', '[单位名称]', 'dang建', 'GDP', '１２３', 'ＡＢ', 'the report of a', 'http://a.cn/x,y', '\n', '\r\n', '\n\n', '一、', '\n（二）', '\n3.', '2024年', '全区', '𠮷', '\u3000', '\ufeff'];

const editArb = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 24 }),
  insert: fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 4 }).map((parts) => parts.join('')),
});

const json = (findings: readonly Finding[]): string => JSON.stringify(findings.map((f) => ({ ...JSON.parse(JSON.stringify(f)), fixes: f.fixes ?? [] })));

describe('incremental re-lint', () => {
  it('declares line-local rules that exist', () => {
    assert.deepEqual(RULES.filter((r) => r.scope === 'line').map((r) => r.id).sort(), ['latin-in-cjk', 'placeholder', 'punctuation-width']);
  });

  it('gives a full lint’s findings and fixes after random edit sequences', () => {
    const textArb = fc.oneof(fc.constantFrom(...FIXTURE_TEXTS), documentArb);
    fc.assert(
      fc.property(textArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        let model = parse(text);
        let findings = lintModel(model);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          const next = parse(text);
          const incremental = relintModel({ model, findings }, next);
          assert.equal(json(incremental), json(lintModel(next)));
          model = next;
          findings = incremental;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the previous findings of the lines an edit did not touch', () => {
    const text = FIXTURE_TEXTS.find((t) => /XX/.test(t.split('\n')[2] ?? '') || t.split('\n').length > 12 && /XX/.test(t))!;
    const model = parse(text);
    const findings = lintModel(model);
    const lines = text.split('\n');
    const last = lines.length - 1;
    const edited = [...lines.slice(0, last), lines[last] + '，增加一句'].join('\n');
    const again = relintModel({ model, findings }, parse(edited));
    const local = findings.filter((f) => f.ruleId === 'placeholder' && f.range.start.line < last);
    assert.ok(local.length > 0, 'the text has placeholders above the edit');
    for (const f of local) assert.ok(again.includes(f), `${f.message} is the same object`);
  });

  it('lints Markdown in full: a fence or comment may span the edit', () => {
    const before = parse('# 标题\n\n```\nXX\n```\n', { markdown: true });
    const after = parse('# 标题\n\n```\nXX\n\n', { markdown: true });
    assert.equal(json(relintModel({ model: before, findings: lintModel(before) }, after)), json(lintModel(after)));
  });
});
