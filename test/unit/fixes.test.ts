/** The numbering fixes: applying them leaves no numbering finding, and applying them again changes nothing. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, hasSafeFixes, lint, parse, renumberDocumentEdits, ruleById, safeFixModel } from '../../engine';
import { FIXTURES } from '../support/paths';

const NUMBERING_WARNINGS = ['numbering-gap', 'numbering-duplicate', 'numbering-order', 'numbering-start', 'numbering-inline', 'numbering-punctuation'];

function fixtureTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const root = path.join(FIXTURES, 'rules');
  for (const dir of fs.readdirSync(root)) {
    if (!dir.startsWith('numbering-')) continue;
    for (const f of fs.readdirSync(path.join(root, dir))) out.push([`${dir}/${f}`, fs.readFileSync(path.join(root, dir, f), 'utf8').replace(/[⟦⟧]/g, '')]);
  }
  return out;
}

describe('numbering fixes', () => {
  for (const [name, text] of fixtureTexts()) {
    it(`renumber document repairs ${name} and is idempotent`, () => {
      const markdown = name.endsWith('.md');
      const once = renumberDocumentEdits(text, { markdown }).text;
      const left = lint(once, { markdown }).filter((f) => f.category === 'numbering' && f.ruleId !== 'numbering-level');
      assert.deepEqual(left.map((f) => `${f.range.start.line + 1} ${f.ruleId} ${f.message}`), []);
      const twice = renumberDocumentEdits(once, { markdown });
      assert.equal(twice.changed, false);
      assert.equal(twice.text, once);
      assert.equal(once.split('\n').length, text.split('\n').length, 'no line added or removed');
    });
  }

  it('each quick fix removes the finding it was offered for', () => {
    for (const [name, text] of fixtureTexts()) {
      for (const f of lint(text).filter((x) => NUMBERING_WARNINGS.includes(x.ruleId))) {
        assert.ok(f.fixes?.length, `${name}: ${f.ruleId} has a fix`);
        const fixed = applyEdits(text, f.fixes![0]!.edits);
        const still = lint(fixed).some((x) => x.ruleId === f.ruleId && x.range.start.line === f.range.start.line);
        assert.ok(!still, `${name}:${f.range.start.line + 1} ${f.ruleId} is fixed by “${f.fixes![0]!.title}”`);
      }
    }
  });

  it('renumbering keeps each marker’s delimiter and bracket width', () => {
    const text = '某局工作总结\n一、甲\n\uFF08一\uFF09子\n\uFF08三\uFF09子\n二、乙\n1、丙\n3、丁';
    const out = renumberDocumentEdits(text).text;
    assert.equal(out, '某局工作总结\n一、甲\n\uFF08一\uFF09子\n\uFF08二\uFF09子\n二、乙\n1、丙\n2、丁');
  });

  it('renumbering preserves continuous mode', () => {
    const text = '某局工作要点\n一、任务\n(一)甲\n1.a\n2.b\n(二)乙\n3.c\n5.d\n(三)丙\n6.e';
    const out = renumberDocumentEdits(text).text;
    assert.deepEqual(out.split('\n').filter((l) => /^\d/.test(l)).map((l) => l[0]), ['1', '2', '3', '4', '5']);
  });

  it('placeholder numbers are left for the writer to fill', () => {
    const text = '某局工作总结\nX.甲\nX.乙\n3.丙';
    assert.equal(renumberDocumentEdits(text).text, text);
  });
});

describe('every safe fix at once', () => {
  it('takes nested emphasis off in one fix, so renumbering underneath happens in the same run', () => {
    // A counterexample of the --fix property test: one layer a round used up every round.
    const once = safeFixModel(parse('____****第三,****____\n')).text;
    assert.equal(once, '第一,\n');
    assert.equal(safeFixModel(parse(once)).text, once, 'idempotent');
    assert.deepEqual(lint(once).filter((f) => f.fixes?.length && hasSafeFixes(ruleById(f.ruleId)!)), []);
  });
});
