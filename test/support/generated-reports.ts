/**
 * Generated reports for property tests: random mixes of CJK text, every marker family,
 * placeholders and look-alikes, full-width spaces, CR/LF/CRLF, BOM, astral characters, emoji, long
 * lines, empty input and lone surrogates.
 */
import fc from 'fast-check';

const pieces = [
  '工作', '总结', '存在问题', '下一步工作打算', '指导思想', '完成情况', '。', ',', '\uFF0C', '\uFF1B', '、', '“', '”', '《', '》', '《》', '“”', '()', '\uFF08\uFF09',
  'XX', 'X.X', '20xx', 'x月', '×', '××', '3×4', '###', '#小学', '****', '**粗体**', '某某', '某些', '○○', '二〇一二年', '____', '【此处填写】', 'TODO',
  'WiFi', 'H1N1', 'x86', 'X射线', 'COVID-19', 'https://x.example/xx', '一是', '二是', '四是', '首先,', '其次,', '第一,', '第三,', '统一是', '其二,', '其一,', '一要', '四要', '\uFF1A第二,', '\uFF1A',
  '𠮷', '😀', '1\uFE0F\u20E3', '4\u20E3', '\u{1F51F}', '\uD800', '\uDC00', '\u3000', ' ', '\t', '1.5万', '2025年', '\u3000月\u3000日', ' 日', '12月', '<!-- zh-report-disable -->', '`code`', '```',
  // Long runs of one kind of character, the usual trigger of regex backtracking (a 28-digit number
  // once took title detection 4.5 s).
  '6'.repeat(40), 'x'.repeat(40), ' '.repeat(30), '\u3000'.repeat(20), '篇'.repeat(12), '、'.repeat(20),
];
const markers = ['一、', '二、', '四、', '一、、', '一.', '(一)', '(三)', '\uFF08二\uFF09', '(一)、', '1.', '2、', '3.、', '5.', '(1)', '\uFF082\uFF09', '①', '③', '第一,', '第二章', 'X.', '# 一、', '## (二)', '十二、'];

const line = fc.tuple(
  fc.constantFrom('', '', '\u3000\u3000', '  ', '\t'),
  fc.option(fc.constantFrom(...markers), { freq: 2 }),
  fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pieces) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 12 }),
).map(([indent, marker, parts]) => indent + (marker ?? '') + parts.join(''));

export const documentArb = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 40 }),
    fc.option(fc.constantFrom('某局2025年工作总结', '某校工作要点', '个人述职报告', '调研报告', '篇2'), { freq: 2 }),
    fc.boolean(),
  )
  .map(([bom, lines, title, longLine]) => {
    let text = (title ? title + '\n' : '') + lines.map(([l, eol]) => l + eol).join('');
    if (longLine) text += 'XX'.padEnd(3000, '工作');
    return (bom ? '\uFEFF' : '') + text;
  });

