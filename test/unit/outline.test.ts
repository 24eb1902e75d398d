/** Outline names, nesting, section ranges and folding. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldingRanges, headingName, outline, outlineText, parse } from '../../engine';

const TEXT = [
  '某局2025年工作总结', // 0
  '', // 1
  '一、主要成绩。全年完成各项任务,群众满意度明显提升。', // 2
  '(一)教育', // 3
  '正文', // 4
  '(二)卫生', // 5
  '', // 6
  '二、存在问题', // 7
  '正文', // 8
  '三、下一步打算', // 9
].join('\n');

describe('outline', () => {
  it('names keep the marker and stop at the first 。', () => {
    const [doc] = outline(parse(TEXT));
    assert.deepEqual(doc!.sections.map((s) => s.name), ['一、主要成绩', '二、存在问题', '三、下一步打算']);
    assert.deepEqual(doc!.sections[0]!.children.map((s) => s.name), ['(一)教育', '(二)卫生']);
    assert.equal(doc!.title, '某局2025年工作总结');
    assert.equal(doc!.type, 'summary');
  });

  it('long headings are cut at 40 characters', () => {
    const name = headingName('一、', '甲'.repeat(60));
    assert.equal(name, '一、' + '甲'.repeat(40) + '…');
  });

  it('section ranges span to the next heading at the same level or above', () => {
    const [doc] = outline(parse(TEXT));
    const [first, second, third] = doc!.sections;
    assert.deepEqual([first!.range.start.line, first!.range.end.line], [2, 5]);
    assert.deepEqual([second!.range.start.line, second!.range.end.line], [7, 8]);
    assert.deepEqual([third!.range.start.line, third!.range.end.line], [9, 9]);
    assert.deepEqual(first!.children.map((c) => [c.range.start.line, c.range.end.line]), [[3, 4], [5, 5]]);
  });

  it('folding gives one range per section that has a body', () => {
    assert.deepEqual(foldingRanges(parse(TEXT)), [
      { startLine: 2, endLine: 5 },
      { startLine: 3, endLine: 4 },
      { startLine: 7, endLine: 8 },
    ]);
  });

  it('text outline indents children', () => {
    const text = outlineText(outline(parse(TEXT)));
    assert.match(text, /^# 某局2025年工作总结/);
    assert.match(text, /\n  一、主要成绩  \[3\]\n    \(一\)教育  \[4\]/);
  });
});
