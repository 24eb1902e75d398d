/** The report model: every marker family, exact UTF-16 ranges, line endings, BOM, astral characters. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as vm from 'node:vm';
import { detectTypes, lint, normalizeTitle, outline, parse } from '../../engine';
import { FIXTURES } from '../support/paths';
import type { Marker } from '../../engine/parse/markers';

const FW_OPEN = '\uFF08';
const FW_CLOSE = '\uFF09';
const IDEOGRAPHIC_SPACE = '\u3000';

function markers(text: string, markdown = false): Marker[] {
  return parse(text, { markdown }).markerAt.filter((m): m is Marker => m !== null);
}

function only(text: string, markdown = false): Marker {
  const all = markers(text, markdown);
  assert.equal(all.length, 1, `expected one marker in ${JSON.stringify(text)}`);
  return all[0]!;
}

describe('marker families', () => {
  const cases: Array<[string, Marker['family'], number, string, string]> = [
    // text, family, value, delimiter, style
    ['一、总体要求', 'cn', 1, '、', '、'],
    ['十二、其他', 'cn', 12, '、', '、'],
    ['二十三、附则', 'cn', 23, '、', '、'],
    [`${FW_OPEN}三${FW_CLOSE}加强管理`, 'cn-paren', 3, '', FW_OPEN + FW_CLOSE],
    ['(三)加强管理', 'cn-paren', 3, '', '()'],
    [`(十一${FW_CLOSE}混合括号`, 'cn-paren', 11, '', '(' + FW_CLOSE],
    ['1.推进改革', 'arabic', 1, '.', '.'],
    ['12、完善制度', 'arabic', 12, '、', '、'],
    ['3\uFF0E全角点', 'arabic', 3, '\uFF0E', '\uFF0E'],
    ['4)右括号', 'arabic', 4, ')', ')'],
    [`5${FW_CLOSE}全角右括号`, 'arabic', 5, FW_CLOSE, FW_CLOSE],
    [`${FW_OPEN}7${FW_CLOSE}全角括号数字`, 'arabic-paren', 7, '', FW_OPEN + FW_CLOSE],
    ['(8)半角括号数字', 'arabic-paren', 8, '', '()'],
    ['\uFF11\uFF10.全角数字', 'arabic', 10, '.', '.'],
    ['③第三项', 'circled', 3, '', ''],
    ['⑳第二十项', 'circled', 20, '', ''],
    ['㉑第二十一项', 'circled', 21, '', ''],
    ['第一,坚持党的领导', 'ordinal', 1, ',', ','],
    ['第三章 总则', 'ordinal-unit', 3, '', ''],
  ];
  for (const [text, family, value, delimiter, style] of cases) {
    it(`${text} → ${family} ${value}`, () => {
      const m = only(text);
      assert.equal(m.family, family);
      assert.equal(m.value, value);
      assert.equal(m.delimiter, delimiter);
      assert.equal(m.style, style);
      assert.equal(m.start, 0);
    });
  }

  it('records bracket characters separately, so width can be told apart', () => {
    const full = only(`${FW_OPEN}一${FW_CLOSE}甲`);
    const half = only('(一)甲');
    assert.equal(full.open, FW_OPEN);
    assert.equal(half.open, '(');
    assert.notEqual(full.style, half.style);
  });

  it('placeholder numbers are markers without a value', () => {
    const m = only('X.顺利召开全市大会');
    assert.equal(m.family, 'arabic');
    assert.equal(m.value, null);
  });

  it('redundant punctuation after a marker is kept apart from the marker', () => {
    const m = only('(一)、加强领导');
    assert.deepEqual(m.extra, { text: '、', span: { start: 3, end: 4 } });
    const doubled = only('1.、开展活动');
    assert.equal(doubled.delimiter, '.');
    assert.equal(doubled.extra?.text, '、');
  });

  const notMarkers = [
    '1.5万名学生参加',
    '2025年工作回顾',
    '2025.3.1召开会议',
    '一、二年级学生实行弹性离校',
    '一是加强领导',
    '第一次会议',
    '第一批项目',
    '《一、总则》的规定',
    '教发〔2023〕1号',
    '10、11月份开展检查',
  ];
  for (const text of notMarkers) {
    it(`not a marker: ${text}`, () => assert.deepEqual(markers(text), []));
  }
});

describe('exact UTF-16 positions', () => {
  it('ideographic-space indent', () => {
    const m = only(`${IDEOGRAPHIC_SPACE}${IDEOGRAPHIC_SPACE}(二)做好服务`);
    assert.equal(m.start, 2);
    assert.equal(m.end, 5);
    assert.deepEqual(m.numeral, { start: 3, end: 4 });
  });

  it('astral character before a marker counts two UTF-16 units', () => {
    // 𠮷 (U+20BB7) is one character but two code units; a marker cannot follow it on the same
    // line, so it stands on the line before, and columns on the marker line must be unaffected.
    const model = parse('𠮷𠮷文件\n  3.落实𠮷责任');
    const m = model.markerAt[1]!;
    assert.equal(m.start, 2);
    assert.equal(m.end, 4);
    assert.equal(model.lines[0]!.text.length, 6);
  });

  it('astral characters and a placeholder on one line', () => {
    const text = '𠮷𠮷XX年工作';
    const f = lint(text).find((x) => x.ruleId === 'placeholder')!;
    assert.deepEqual(f.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } });
    assert.equal(text.slice(4, 6), 'XX');
  });

  it('CRLF, CR and LF line endings give the same lines', () => {
    for (const eol of ['\r\n', '\r', '\n']) {
      const model = parse(['某局工作总结', '一、成绩', '(一)做法', '二、问题'].join(eol));
      assert.equal(model.lines.length, 4);
      assert.deepEqual(
        model.markerAt.map((m) => m && [m.line, m.start, m.end]),
        [null, [1, 0, 2], [2, 0, 3], [3, 0, 2]],
      );
      assert.equal(model.lines[1]!.text, '一、成绩', `no line terminator kept with ${JSON.stringify(eol)}`);
    }
  });

  it('a BOM is one UTF-16 unit before the first marker', () => {
    const model = parse('\uFEFF一、总体情况\n二、存在问题');
    const m = model.markerAt[0]!;
    assert.equal(m.start, 1);
    assert.equal(m.value, 1);
  });
});

describe('heading tree', () => {
  it('levels follow first appearance, and skipped levels are allowed', () => {
    const model = parse('某局工作总结\n一、成绩\n1.甲\n2.乙\n二、问题\n(一)丙\n1.丁\n三、打算');
    const doc = model.documents[0]!;
    assert.deepEqual(doc.familyOrder, ['cn', 'cn-paren', 'arabic']);
    const shape = doc.roots.map((r) => [r.marker.value, r.children.map((c) => [c.marker.family, c.children.length])]);
    assert.deepEqual(shape, [
      [1, [['arabic', 0], ['arabic', 0]]],
      [2, [['cn-paren', 1]]],
      [3, []],
    ]);
  });

  it('an inner list restarted inside an item is nested under it', () => {
    const model = parse('一、甲\n二、乙\n(1)子\n一、内1\n二、内2\n三、内3\n三、丙');
    const doc = model.documents[0]!;
    assert.deepEqual(doc.roots.map((r) => r.marker.value), [1, 2, 3]);
    const second = doc.roots[1]!;
    assert.deepEqual(second.children.map((c) => [c.marker.family, c.marker.value, c.nested]), [
      ['arabic-paren', 1, false],
      ['cn', 1, true],
      ['cn', 2, true],
      ['cn', 3, true],
    ]);
  });

  it('section ends skip trailing blank lines', () => {
    const model = parse('一、甲\n正文\n\n\n二、乙\n正文');
    const [a, b] = model.documents[0]!.roots;
    assert.equal(a!.endLine, 1);
    assert.equal(b!.endLine, 5);
  });

  it('Markdown headings outrank list lines, and code is not text', () => {
    const md = '# 某校工作要点\n\n## 一、目标\n\n1. 甲\n2. 乙\n\n## 二、任务\n\n### (一)教学\n\n1. 丙\n\n```\n3. 代码\n```\n';
    const doc = parse(md, { markdown: true }).documents[0]!;
    assert.equal(doc.title, '某校工作要点');
    assert.equal(doc.type, 'plan');
    assert.deepEqual(doc.roots.map((r) => r.text), ['目标', '任务']);
    assert.deepEqual(doc.roots[1]!.children[0]!.children.map((c) => c.text), ['丙']);
  });

  it('HTML comments are not text in Markdown', () => {
    assert.deepEqual(markers('<!--\n一、注释里\n-->\n二、正文', true).map((m) => m.value), [2]);
  });
});

describe('documents and titles', () => {
  it('篇N lines split a file into documents, each with its own tree', () => {
    const text = ['某网站', '', '教办工作总结范文 篇1', '一、甲', '二、乙', '教办工作总结范文 篇2', '一、丙', '教办工作要点 篇3', '一、丁'].join('\n');
    const docs = parse(text).documents;
    assert.equal(docs.length, 3);
    assert.deepEqual(docs.map((d) => d.roots.length), [2, 1, 1]);
    assert.deepEqual(docs.map((d) => d.type), ['summary', 'summary', 'plan']);
    assert.equal(docs[0]!.startLine, 0);
  });

  const titles: Array<[string, string[]]> = [
    ['某县教育局2025年工作总结', ['summary']],
    ['某局2025年上半年工作小结', ['summary']],
    ['某校2026年工作要点', ['plan']],
    ['关于做好秋季开学工作的实施方案', ['plan']],
    ['2025年度个人述职报告', ['duty']],
    ['关于农村学校师资情况的调研报告', ['research']],
    ['某局2025年工作总结及2026年工作计划', ['summary', 'plan']],
    ['教育局工作总结汇报6', ['summary']],
    ['会议通知', ['unknown']],
    // 规划 and 计划 in an office's name do not make its summary a plan.
    ['某市自然资源和规划局2025年工作总结', ['summary']],
    ['城乡规划设计院2025年工作总结', ['summary']],
    ['计划财务处2025年工作总结', ['summary']],
    ['县卫生和计划生育委员会2025年工作总结', ['summary']],
    ['市自然资源和规划局2026年工作计划', ['plan']],
    ['规划馆建设方案', ['plan']],
    ['2026年国土空间规划编制工作方案', ['plan']],
    // A survey of a plan's progress is a survey.
    ['关于全市“十四五”教育发展规划实施情况的调研报告', ['research']],
    ['关于2026年度培训计划执行情况的调查报告', ['research']],
    ['2025年工作总结暨农村教育调研报告', ['summary', 'research']],
    // The kind named last is the head; one named earlier counts only when joined to the next.
    ['2026年调研工作计划', ['plan']],
    ['关于开展大调研活动的工作总结', ['summary']],
    ['2025年度述职评议工作方案', ['plan']],
    ['2025年上半年工作总结和下半年工作打算', ['summary', 'plan']],
    ['年度总结、明年计划', ['summary', 'plan']],
  ];
  for (const [title, types] of titles) {
    it(`title ${title} → ${types.join('+')}`, () => {
      const doc = parse(`${title}\n一、甲\n二、乙`).documents[0]!;
      assert.equal(doc.title, title);
      assert.deepEqual(doc.types, types);
    });
  }

  it('breadcrumbs and site banners are not the title', () => {
    const doc = parse('某某文库\n首页 > 范文 > 总结\n\n某局年度工作总结\n\n一、甲').documents[0]!;
    assert.equal(doc.title, '某局年度工作总结');
  });
});

describe('paragraphs', () => {
  it('plain text: every non-blank line is a paragraph, whatever the line endings', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const model = parse(['某校工作总结', '', '一、主要工作', '　　第一段。', '　　第二段。', '\u3000\u3000', '二、存在问题'].join(eol));
      assert.deepEqual(
        model.paragraphs.map((p) => [p.startLine, p.endLine]),
        [
          [0, 0],
          [2, 2],
          [3, 3],
          [4, 4],
          [6, 6],
        ],
        JSON.stringify(eol),
      );
    }
  });

  it('Markdown: runs of non-blank lines, split at headings and numbered lines; code does not count', () => {
    const model = parse(['# 某校工作总结', '第一行', '接着一行', '', '一、主要工作', '正文甲', '正文乙', '', '```', '```'].join('\n'), { markdown: true });
    assert.deepEqual(
      model.paragraphs.map((p) => [p.startLine, p.endLine]),
      [
        [0, 0],
        [1, 2],
        [4, 4],
        [5, 6],
      ],
    );
  });
});

/**
 * Runs `f` under a vm timeout, which can stop a regex: a pattern that backtracks badly would make a
 * plain test hang instead of failing. The bound guards against hangs; it is not a speed target.
 */
function withinTimeout<T>(f: () => T): T {
  return vm.runInNewContext('f()', { f }, { timeout: 10_000 }) as T;
}

describe('title noise', () => {
  it('strips what template sites add to a title', () => {
    assert.equal(normalizeTitle('某局2025年工作总结范文 篇3'), '某局2025年工作总结');
    assert.equal(normalizeTitle('某局2025年工作总结(精选) 6'), '某局2025年工作总结');
    assert.equal(normalizeTitle('某局2025年工作总结 12'), '某局2025年工作总结');
  });

  // The pattern once backtracked exponentially on such lines.
  it('reads a title line with a long number without backtracking', () => {
    const account = '6'.repeat(60);
    const run = withinTimeout;
    assert.equal(run(() => normalizeTitle(`工作总结 ${account}号`)), `工作总结 ${account}号`);
    assert.equal(run(() => normalizeTitle(`工作总结 ${account}`)), '工作总结');
    assert.deepEqual(run(() => detectTypes(`开户账号${account}号`)), ['unknown']);
    const text = ['某局2025年工作总结', `开户账号${account}号`, '一、主要工作', '二、存在问题', '三、下一步工作打算'].join('\n');
    assert.equal(run(() => parse(text).documents.length), 1);
  });
});

describe('long runs of one character', () => {
  // Each of these once took time quadratic in the run: 200,000 characters would take minutes.
  it('a line of spaces before a missing section (signature-line pattern)', () => {
    const spaces = '\u3000'.repeat(200_000) + '。';
    const findings = withinTimeout(() => lint(['某局2025年工作总结', spaces, '一、主要工作', spaces].join('\n')));
    assert.ok(findings.some((f) => f.ruleId === 'section-missing' && f.fixes?.length));
  });

  it('a run of name characters before an @ (e-mail masking)', () => {
    const text = `某局2025年工作总结\n${'a'.repeat(200_000)}@\n联系邮箱 office@example.cn 某某`;
    const model = withinTimeout(() => parse(text));
    assert.equal(model.lines[1]!.masked, model.lines[1]!.text, 'no address there');
    assert.match(model.lines[2]!.masked, /^联系邮箱 +某某$/, 'the real address is masked');
  });
});

describe('Markdown pasted into a plain-text report', () => {
  it('## 一、 is the heading 一、, and ### 三、2025年工作打算 starts no new document', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'rules', 'markdown-artifact', 'pasted-structure.txt'), 'utf8').replace(/[⟦⟧]/g, '');
    const model = parse(text);
    assert.equal(model.documents.length, 1);
    const docs = outline(model);
    assert.deepEqual(docs[0]!.sections.map((s) => s.marker), ['一、', '二、', '三、']);
    assert.deepEqual(docs[0]!.sections[2]!.children.map((s) => s.marker), ['\uFF08一\uFF09', '\uFF08二\uFF09']);
    const structural = lint(text).filter((f) => f.category === 'numbering' || f.category === 'section');
    assert.deepEqual(structural.map((f) => `${f.ruleId} ${f.message}`), []);
  });

  it('a numbered heading naming a report type never starts a new document', () => {
    const text = ['某局2025年工作总结', '一、主要工作完成情况', '全年完成任务。', '二、存在问题', '人手不足。', '### 三、2025年工作打算', '（一）加强领导', '（二）完善制度'].join('\n');
    assert.equal(parse(text).documents.length, 1);
    assert.deepEqual(lint(text).filter((f) => f.ruleId === 'section-missing'), []);
  });
});
