/**
 * Reading .docx reports: fixtures written by test/support/docx-builder.ts, each with the text a
 * reader of the page sees. The reader must give exactly that text, so that linting the .docx and
 * linting the same text saved as .txt agree, paragraph by paragraph.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { lint, outline, parse } from '../../engine';
import { DocxReadError, readDocx } from '../../engine/docx';
import { formatNumber } from '../../engine/docx/numbering';
import { DEFAULT_EXPORT_OPTIONS, exportReport } from '../../engine/export';
import {
  buildDocx,
  deleted,
  documentXml,
  field,
  inserted,
  numberingXml,
  paragraph,
  run,
  stylesXml,
  table,
  typedDocx,
  type LevelSpec,
} from '../support/docx-builder';
import { ROOT, SEEDS, SEEDS_SKIP } from '../support/paths';

/** The GB/T 9704 sequence as automatic numbering: 一、 （一） 1. （1）. */
const GB_LEVELS: LevelSpec[] = [
  { format: 'chineseCounting', text: '%1、' },
  { format: 'chineseCountingThousand', text: '（%2）' },
  { format: 'decimal', text: '%3.' },
  { format: 'decimal', text: '（%4）' },
];

function lintKeys(text: string): string[] {
  return lint(text).map((f) => `${f.range.start.line}:${f.ruleId}`);
}

interface Fixture {
  name: string;
  docx: Uint8Array;
  /** What the page shows, one paragraph a line. */
  text: string;
}

const FIXTURES: Fixture[] = [
  {
    name: 'typed numbering',
    docx: typedDocx('某局2025年工作总结\n一、主要成绩\n（一）教育\n1.新建学校\n二、存在问题\n四、下一步打算'),
    text: '某局2025年工作总结\n一、主要成绩\n（一）教育\n1.新建学校\n二、存在问题\n四、下一步打算',
  },
  {
    name: 'automatic numbering, the GB/T 9704 levels (chineseCounting, chineseCountingThousand, decimal)',
    docx: buildDocx({
      numbering: numberingXml({ 1: GB_LEVELS }, [{ numId: 1, abstractId: 1 }]),
      document: documentXml([
        paragraph('某局2025年工作总结'),
        paragraph('主要成绩', { numId: 1, ilvl: 0 }),
        paragraph('教育', { numId: 1, ilvl: 1 }),
        paragraph('新建学校三所', { numId: 1, ilvl: 2 }),
        paragraph('城南小学', { numId: 1, ilvl: 3 }),
        paragraph('城北小学', { numId: 1, ilvl: 3 }),
        paragraph('改扩建学校两所', { numId: 1, ilvl: 2 }),
        paragraph('卫生', { numId: 1, ilvl: 1 }),
        paragraph('存在问题', { numId: 1, ilvl: 0 }),
        paragraph('下一步打算', { numId: 1, ilvl: 0 }),
      ]),
    }),
    text: '某局2025年工作总结\n一、主要成绩\n（一）教育\n1.新建学校三所\n（1）城南小学\n（2）城北小学\n2.改扩建学校两所\n（二）卫生\n二、存在问题\n三、下一步打算',
  },
  {
    name: 'circled and 天干 formats, and a start value',
    docx: buildDocx({
      numbering: numberingXml(
        { 1: [{ format: 'decimalEnclosedCircle', text: '%1' }], 2: [{ format: 'ideographTraditional', text: '%1、' }], 3: [{ format: 'decimal', text: '%1.', start: 3 }] },
        [
          { numId: 1, abstractId: 1 },
          { numId: 2, abstractId: 2 },
          { numId: 3, abstractId: 3 },
        ],
      ),
      document: documentXml([
        paragraph('完成道路硬化', { numId: 1 }),
        paragraph('完成污水管网', { numId: 1 }),
        paragraph('甲方责任', { numId: 2 }),
        paragraph('乙方责任', { numId: 2 }),
        paragraph('第三项', { numId: 3 }),
      ]),
    }),
    text: '①完成道路硬化\n②完成污水管网\n甲、甲方责任\n乙、乙方责任\n3.第三项',
  },
  {
    name: 'typed and automatic numbers mixed: a typed 四、 after automatic 一、二、 is a gap in both',
    docx: buildDocx({
      numbering: numberingXml({ 1: GB_LEVELS }, [{ numId: 1, abstractId: 1 }]),
      document: documentXml([paragraph('某局2025年工作总结'), paragraph('主要成绩', { numId: 1 }), paragraph('存在问题', { numId: 1 }), paragraph('四、下一步打算')]),
    }),
    text: '某局2025年工作总结\n一、主要成绩\n二、存在问题\n四、下一步打算',
  },
  {
    name: 'levels restart under each parent, or continue where lvlRestart is 0, and a startOverride restarts a list',
    docx: buildDocx({
      numbering: numberingXml(
        {
          1: GB_LEVELS,
          2: [{ format: 'chineseCountingThousand', text: '（%1）' }, { format: 'decimal', text: '%2.', restart: 0 }],
        },
        [
          { numId: 1, abstractId: 1 },
          { numId: 2, abstractId: 2 },
          { numId: 3, abstractId: 1, startOverrides: { 0: 1 } },
        ],
      ),
      document: documentXml([
        paragraph('甲', { numId: 1 }),
        paragraph('甲一', { numId: 1, ilvl: 1 }),
        paragraph('乙', { numId: 1 }),
        paragraph('乙一', { numId: 1, ilvl: 1 }),
        paragraph('教育', { numId: 2 }),
        paragraph('第一项', { numId: 2, ilvl: 1 }),
        paragraph('第二项', { numId: 2, ilvl: 1 }),
        paragraph('卫生', { numId: 2 }),
        paragraph('第三项', { numId: 2, ilvl: 1 }),
        paragraph('重新开始', { numId: 3 }),
      ]),
    }),
    text: '一、甲\n（一）甲一\n二、乙\n（一）乙一\n（一）教育\n1.第一项\n2.第二项\n（二）卫生\n3.第三项\n一、重新开始',
  },
  {
    name: 'numbering from a paragraph style, through basedOn, with the level from the style',
    docx: buildDocx({
      numbering: numberingXml({ 1: GB_LEVELS }, [{ numId: 1, abstractId: 1 }]),
      styles: stylesXml([{ id: 'Heading1', numId: 1, ilvl: 0 }, { id: 'Heading2', numId: 1, ilvl: 1 }, { id: 'MyHeading', basedOn: 'Heading1' }, { id: 'NoList', basedOn: 'Heading1', numId: 0 }]),
      document: documentXml([
        paragraph('主要成绩', { style: 'Heading1' }),
        paragraph('教育', { style: 'Heading2' }),
        paragraph('存在问题', { style: 'MyHeading' }),
        paragraph('不编号', { style: 'NoList' }),
      ]),
    }),
    text: '一、主要成绩\n（一）教育\n二、存在问题\n不编号',
  },
  {
    name: 'tracked changes accepted: insertions kept, deletions dropped, a deleted paragraph mark joins',
    docx: buildDocx({
      document: documentXml([
        paragraph(['全年完成', deleted('XX'), inserted('12'), '项任务。']),
        paragraph(['这一段的', deleted('结尾')], { markProps: '<w:del w:id="3" w:author="审核人" w:date="2025-01-01T00:00:00Z"/>' }),
        paragraph('与下一段合并。'),
      ]),
    }),
    text: '全年完成12项任务。\n这一段的与下一段合并。',
  },
  {
    name: 'fields show their result; hidden text and text boxes are not body text',
    docx: buildDocx({
      document: documentXml([
        paragraph(['见', field('HYPERLINK "https://example.org"', '通知'), '。']),
        paragraph(['第', field('PAGE', '3'), '页']),
        paragraph(['可见', run('隐藏', '<w:vanish/>'), '文字']),
      ]),
    }),
    text: '见通知。\n第3页\n可见文字',
  },
  {
    name: 'a table: each cell one line, its paragraphs joined',
    docx: buildDocx({
      document: documentXml([paragraph('表1'), table([[['项目'], ['目标']], [['学位'], ['新增', '400个']]]), paragraph('表后文字')]),
    }),
    text: '表1\n项目\n目标\n学位\n新增 400个\n表后文字',
  },
  {
    name: 'a heading run into its paragraph with a style separator (as zh-report exports it) is one line',
    docx: buildDocx({
      document: documentXml([paragraph('1.加强统筹协调。', { markProps: '<w:vanish/><w:specVanish/>' }), paragraph('全年召开会议十二次。')]),
    }),
    text: '1.加强统筹协调。全年召开会议十二次。',
  },
  {
    name: 'numbering that names a missing level or list shows no number',
    docx: buildDocx({
      numbering: numberingXml({ 1: [GB_LEVELS[0]!] }, [{ numId: 1, abstractId: 1 }]),
      document: documentXml([paragraph('一级', { numId: 1 }), paragraph('缺少的级别', { numId: 1, ilvl: 5 }), paragraph('缺少的列表', { numId: 9 })]),
    }),
    text: '一、一级\n缺少的级别\n缺少的列表',
  },
  { name: 'an empty document', docx: buildDocx({ document: documentXml([]) }), text: '' },
];

describe('reading .docx reports', () => {
  for (const f of FIXTURES) {
    it(f.name, () => {
      const { text, paragraphOf } = readDocx(f.docx);
      assert.equal(text, f.text);
      assert.equal(paragraphOf.length, f.text ? f.text.split('\n').length : 0);
      assert.deepEqual(lintKeys(text), lintKeys(f.text), 'the same findings on the same lines as the text saved as .txt');
    });
  }

  it('the mixed fixture finds the gap, and the typed one too', () => {
    const mixed = readDocx(FIXTURES[3]!.docx).text;
    assert.ok(lintKeys(mixed).includes('3:numbering-gap'));
  });

  it('lines map to Word paragraphs: table cells and joined paragraphs count as Word counts them', () => {
    assert.deepEqual(readDocx(FIXTURES[8]!.docx).paragraphOf, [1, 2, 3, 4, 5, 7]);
    assert.deepEqual(readDocx(FIXTURES[6]!.docx).paragraphOf, [1, 2]);
  });

  it('number formats: Chinese, legal, circled, 天干, roman, letters, full-width', () => {
    assert.deepEqual([1, 10, 11, 20, 99].map((n) => formatNumber('chineseCounting', n)), ['一', '十', '十一', '二十', '九十九']);
    assert.equal(formatNumber('chineseLegalSimplified', 12), '拾贰');
    assert.equal(formatNumber('decimalEnclosedCircle', 21), '㉑');
    assert.equal(formatNumber('ideographTraditional', 11), '甲');
    assert.equal(formatNumber('upperRoman', 14), 'XIV');
    assert.equal(formatNumber('lowerLetter', 27), 'aa');
    assert.equal(formatNumber('decimalFullWidth', 12), '１２');
  });
});

describe('.docx: seeds, examples and the exporter, round trip', () => {
  it('every example saved as .docx (a paragraph per line) lints and outlines as its text', () => {
    for (const name of fs.readdirSync(path.join(ROOT, 'examples'))) {
      const text = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
      const read = readDocx(typedDocx(text)).text;
      assert.equal(read, text.replace(/\r\n?/g, '\n'), name);
      assert.deepEqual(lintKeys(read), lintKeys(text), name);
      assert.deepEqual(outline(parse(read)), outline(parse(text)), name);
    }
  });

  it('every seed saved as .docx lints and outlines as its text', { skip: SEEDS_SKIP }, () => {
    for (const name of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(SEEDS, name), 'utf8');
      const read = readDocx(typedDocx(text)).text;
      assert.deepEqual(lintKeys(read), lintKeys(text.replace(/\r\n?/g, '\n')), name);
      assert.deepEqual(outline(parse(read)), outline(parse(text.replace(/\r\n?/g, '\n'))), name);
    }
  });

  it('export then read gives the report’s paragraphs and its outline back', async () => {
    for (const name of ['summary-2025.txt', 'duty-report.txt']) {
      const text = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
      const model = parse(text);
      const read = readDocx((await exportReport(model, DEFAULT_EXPORT_OPTIONS)).bytes).text;
      const paragraphs = (t: string): string[] => t.split('\n').map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter(Boolean);
      assert.deepEqual(paragraphs(read), paragraphs(text), name);
      const names = (t: string): unknown => outline(parse(t)).map((d) => ({ title: d.title, sections: d.sections.map(function walk(s): unknown {
        return [s.name, s.children.map(walk)];
      }) }));
      assert.deepEqual(names(read), names(text), name);
    }
  });
});

describe('.docx: bad input gets a clear message', () => {
  const problem = (bytes: Uint8Array, options?: { maxUnpackedBytes?: number }): string => {
    try {
      readDocx(bytes, options);
    } catch (e) {
      assert.ok(e instanceof DocxReadError, String(e));
      assert.match(e.message, /[\u4e00-\u9fff].*\(.*[a-z]/, 'Chinese and English');
      return e.problem;
    }
    assert.fail('read without an error');
  };
  const good = FIXTURES[1]!.docx;

  it('a truncated zip', () => assert.equal(problem(good.subarray(0, Math.floor(good.length / 2))), 'damaged'));
  it('a corrupted zip', () => {
    // The central directory at the end, which says where each part is.
    const broken = new Uint8Array(good);
    for (let i = broken.length - 60; i < broken.length - 10; i++) broken[i] = 0xff;
    assert.equal(problem(broken), 'damaged');
  });
  it('a zip that is not a Word file', () => assert.equal(problem(zipSync({ 'notes.txt': strToU8('hello') })), 'not-word'));
  it('a file that is no zip at all', () => assert.equal(problem(strToU8('一、这是文本')), 'not-zip'));
  it('a Word 97 .doc (an OLE compound file)', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    assert.equal(problem(ole), 'word97');
  });
  it('a password-protected .docx (an OLE file with an EncryptedPackage stream)', () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]), 1024);
    assert.equal(problem(ole), 'encrypted');
  });
  it('a zip bomb: more than 50 MB of XML is refused before it is unpacked', () => {
    const huge = documentXml(['<w:p/>'.repeat(9_000_000)]);
    const bomb = buildDocx({ document: huge });
    assert.ok(bomb.length < huge.length / 100, `${bomb.length} bytes packed`);
    assert.equal(problem(bomb), 'too-large');
  });
  it('XML with a DOCTYPE and an external entity: refused, no entity resolved', () => {
    const xxe = buildDocx({ document: documentXml([paragraph(['<w:r><w:t>&xxe;</w:t></w:r>'])], '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>') });
    assert.equal(problem(xxe), 'doctype');
  });
  it('malformed XML', () => assert.equal(problem(buildDocx({ document: '<w:document><w:body><w:p></w:body>' })), 'xml'));

  it('a 300-page document reads whole', () => {
    const paragraphs = Array.from({ length: 300 * 22 }, (_, i) => paragraph(`第${i + 1}段，全县共有学校四十五所，其中城区学校十二所，农村学校三十三所。`));
    const { text } = readDocx(buildDocx({ document: documentXml(paragraphs) }));
    assert.equal(text.split('\n').length, 300 * 22);
  });
});
