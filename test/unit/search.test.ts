/** Native whole-text search helpers and the span table behind duplicate-text. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, parse } from '../../engine';
import { markLinesContaining, matchesOf, unmaskedAt } from '../../engine/search';
import { SeenSpans } from '../../engine/seen-spans';

describe('whole-text search', () => {
  it('marks each line holding a needle, with any line ending, the last line included', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const model = parse(['甲%', '乙', '丙%%', '丁年', '戊%'].join(eol));
      assert.deepEqual([...markLinesContaining(model, ['%', '年'])], [1, 0, 1, 1, 1], JSON.stringify(eol));
    }
  });

  it('places a raw-text match by line and UTF-16 column, and refuses one inside a masked URL', () => {
    const text = '𠮷𠮷标题\r\n见 https://example.org/dang建 与 加强dang建';
    const model = parse(text);
    const inUrl = text.indexOf('dang建');
    const inProse = text.lastIndexOf('dang建');
    assert.equal(unmaskedAt(model, inUrl, 'dang建'), null);
    assert.deepEqual(unmaskedAt(model, inProse, 'dang建'), { line: 1, column: inProse - text.indexOf('见') });
  });

  it('matchesOf steps over empty matches', () => {
    assert.deepEqual(
      matchesOf(/x*/g, 'axxb').map((m) => [m.index, m[0]]),
      [
        [0, ''],
        [1, 'xx'],
        [3, ''],
        [4, ''],
      ],
    );
  });
});

describe('SeenSpans', () => {
  it('grows past its first size and still finds the first copy of every span', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `第${String(i).padStart(4, '0')}条意见已经按照要求整改完毕并报送。`);
    const model = parse(sentences.join('\n') + '\n' + sentences[0] + '\n' + sentences[2999]);
    const table = new SeenSpans();
    table.reset(model.lines);
    for (let i = 0; i < 3000; i++) assert.equal(table.findOrAdd(i, 0, sentences[i]!.length), null);
    assert.deepEqual(table.findOrAdd(3000, 0, sentences[0]!.length)?.start, { line: 0, character: 0 });
    assert.deepEqual(table.findOrAdd(3001, 0, sentences[2999]!.length)?.start, { line: 2999, character: 0 });
    table.reset(model.lines);
    assert.equal(table.findOrAdd(3000, 0, sentences[0]!.length), null, 'reset forgets');
  });

  it('keeps sentences that share a fingerprint apart (only a middle character differs)', () => {
    const base = (d: number): string => `全年完成${d}项专项检查任务并形成书面报告按时上报。`;
    const body = Array.from({ length: 10 }, (_, d) => base(d)).join('');
    const findings = lint(`某局2025年工作总结\n一、主要工作\n${body}\n${base(9)}${base(1)}\n`).filter((f) => f.ruleId === 'duplicate-text');
    assert.deepEqual(
      findings.map((f) => f.related?.[0]?.range.start.character),
      [9 * base(0).length, 1 * base(0).length],
    );
  });
});
