/** Native whole-text search helpers and the span table behind duplicate-text. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, parse } from '../../engine';
import { indexOfNeedle, markLines, markLinesContaining, matchesOf, unmaskedAt } from '../../engine/search';
import { NextOf, SEARCH_WINDOW } from '../../engine/parse/text';
import { SeenSpans } from '../../engine/seen-spans';

describe('whole-text search', () => {
  it('marks each line holding a needle, with any line ending, the last line included', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const model = parse(['甲%', '乙', '丙%%', '丁年', '戊%'].join(eol));
      assert.deepEqual([...markLinesContaining(model, ['%', '年'])], [1, 0, 1, 1, 1], JSON.stringify(eol));
    }
  });

  it('searches a text of several windows like a line-by-line search, hits at the window edges included', () => {
    // Lines of varied length, so that window edges fall at many places in a line; needles placed
    // right before, across and right after each edge.
    const lines: string[] = [];
    let length = 0;
    for (let i = 0; length < 3.5 * SEARCH_WINDOW; i++) {
      const line = '工作'.repeat(1 + ((i * 37) % 300)) + (i % 7 === 0 ? '%' : '') + (i % 11 === 0 ? '其次' : '') + (i % 13 === 0 ? '一是' : '');
      lines.push(line);
      length += line.length + 1;
    }
    for (let edge = SEARCH_WINDOW; edge < length; edge += SEARCH_WINDOW) {
      for (const at of [edge - 2, edge - 1, edge]) {
        let offset = 0;
        const k = lines.findIndex((l) => (offset += l.length + 1) > at);
        const column = at - (offset - lines[k]!.length - 1);
        lines[k] = lines[k]!.slice(0, column) + '篇' + lines[k]!.slice(column + 1);
      }
    }
    const model = parse(lines.join('\n'));
    const marks = markLines(model, [
      { needles: ['%', '篇'], bit: 1 },
      { needles: ['其次'], bit: 2 },
      { regex: /[一二三]是/g, bit: 4 },
    ]);
    const expected = lines.map((l) => (/[%篇]/.test(l) ? 1 : 0) | (l.includes('其次') ? 2 : 0) | (/[一二三]是/.test(l) ? 4 : 0));
    assert.deepEqual([...marks], expected);
    assert.ok(expected.filter((m) => m & 1).length > 100);
  });

  it('finds a needle by its cheapest part exactly where indexOf does: partial and overlapping hits, every start offset', () => {
    // 告诉我 and 联系我 are searched as 诉我 and 系我; the text holds those without their first
    // character, overlapping needles and needles at both ends.
    const pieces = ['告诉我', '诉我', '告诉', '告', '联系我', '系我', '联', '工作', '假设', '设', 'AI', '我', '，'];
    let seed = 7;
    const pick = (): string => pieces[(seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length]!;
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 1 + (round % 23) }, pick).join('');
      for (const needle of ['告诉我', '联系我', '诉我', '假设', 'AI', '我', '告诉我们']) {
        for (let from = 0; from <= text.length + 1; from++) assert.equal(indexOfNeedle(text, needle, from), text.indexOf(needle, from), `${needle} in ${text} from ${from}`);
      }
    }
  });

  it('NextOf finds the nearest needle across windows, one straddling a window edge included', () => {
    const text = '甲'.repeat(SEARCH_WINDOW - 1) + '://' + '乙'.repeat(SEARCH_WINDOW * 2) + '@' + '丙'.repeat(10) + 'www.' + '丁';
    const needles = ['://', 'www.', '@'];
    const reference = (from: number): number => Math.min(...needles.map((n) => text.indexOf(n, from)).map((p) => (p < 0 ? text.length : p)));
    const next = new NextOf(text, needles);
    for (const from of [0, 5, SEARCH_WINDOW - 1, SEARCH_WINDOW, SEARCH_WINDOW + 2, 2 * SEARCH_WINDOW, 3 * SEARCH_WINDOW + 1, text.length - 5, text.length - 1, text.length]) {
      assert.equal(next.from(from), reference(from), `from ${from}`);
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
