/**
 * Word export: the description of a report (headings, run-in headings, addressee, tables, the
 * attachment note, the signature) and the XML of the .docx written from it (styles, fonts, sizes,
 * outline levels, no direct formatting on headings, page numbers).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { outline, parse, type OutlineSection } from '../../engine';
import { DEFAULT_EXPORT_OPTIONS, describeReport, exportOptions, exportReport, type Block } from '../../engine/export';
import { signatureIndents, widthInChars } from '../../engine/export/layout';
import { ROOT, SEEDS, SEEDS_SKIP } from '../support/paths';

const REPORT = [
  '城南区教育局2025年工作总结',
  '',
  '区委、区政府：',
  '\u3000\u30002025年，我局围绕中心工作，扎实推进各项任务。',
  '一、主要工作完成情况',
  '（一）学校建设有序推进',
  '1.新建学校三所。全年完成投资一点二亿元，新增学位四千个。',
  '（1）城南小学',
  '二、存在问题',
  '',
  '附件：1.重点项目清单',
  '2.经费使用情况表',
  '',
  '城南区教育局',
  '二〇二五年十二月三十日',
].join('\n');

async function docxParts(text: string, markdown = false, options = DEFAULT_EXPORT_OPTIONS): Promise<Record<string, string>> {
  const { bytes } = await exportReport(parse(text, { markdown }), options);
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles);
  assert.ok(m, `style ${id}`);
  return m[1]!;
}

function paragraphs(document: string): string[] {
  return [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\/>/g)].map((m) => m[1] ?? '');
}

function textOf(p: string): string {
  return [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function count(sections: OutlineSection[]): number {
  return sections.reduce((n, s) => n + 1 + count(s.children), 0);
}

describe('export: the description of a report', () => {
  const blocks = describeReport(parse(REPORT)).blocks;
  const kinds = blocks.map((b) => b.kind);

  it('title, addressee, headings by outline level, paragraphs, attachments, signature, in order', () => {
    assert.deepEqual(kinds, ['title', 'addressee', 'paragraph', 'heading', 'heading', 'heading', 'heading', 'heading', 'attachments', 'signature']);
    const headings = blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
    assert.deepEqual(headings.map((h) => [h.level, h.text]), [
      [1, '一、主要工作完成情况'],
      [2, '（一）学校建设有序推进'],
      [3, '1.新建学校三所。'],
      [4, '（1）城南小学'],
      [1, '二、存在问题'],
    ]);
  });

  it('a heading that runs into its paragraph keeps its own sentence; the rest runs in', () => {
    const runIn = blocks.find((b) => b.kind === 'heading' && b.level === 3);
    assert.ok(runIn && runIn.kind === 'heading');
    assert.deepEqual(runIn.runIn, [{ text: '全年完成投资一点二亿元，新增学位四千个。' }]);
  });

  it('the paragraph’s typed indent is dropped (the style indents it)', () => {
    const p = blocks.find((b) => b.kind === 'paragraph');
    assert.ok(p && p.kind === 'paragraph');
    assert.equal(p.inlines[0]!.text, '2025年，我局围绕中心工作，扎实推进各项任务。');
  });

  it('attachment names, and the signature with its date in Arabic numerals', () => {
    assert.deepEqual(blocks.find((b) => b.kind === 'attachments'), { kind: 'attachments', items: ['重点项目清单', '经费使用情况表'] });
    assert.deepEqual(blocks.find((b) => b.kind === 'signature'), { kind: 'signature', units: ['城南区教育局'], date: '2025年12月30日' });
  });

  it('a last line that is no date is body text, not a signature', () => {
    const text = '某局工作总结\n一、成绩\n全年完成任务。\n特此报告';
    assert.ok(!describeReport(parse(text)).blocks.some((b) => b.kind === 'signature'));
  });

  it('Markdown: bold stays bold, code and links become text, a table becomes a table with its header', () => {
    const md = ['# 某校2026年工作要点', '', '## 一、指导思想', '', '坚持**立德树人**，见[通知](https://example.org)和`附表`。', '', '| 项目 | 目标 |', '|---|---|', '| 学位 | 400 |', '', '- 一项要求'].join('\n');
    const b = describeReport(parse(md, { markdown: true })).blocks;
    assert.deepEqual(b.map((x) => x.kind), ['title', 'heading', 'paragraph', 'table', 'list-item']);
    const p = b[2] as Extract<Block, { kind: 'paragraph' }>;
    assert.deepEqual(p.inlines, [{ text: '坚持' }, { text: '立德树人', bold: true }, { text: '，见通知和附表。' }]);
    const table = b[3] as Extract<Block, { kind: 'table' }>;
    assert.deepEqual(table.header?.map((c) => c[0]!.text), ['项目', '目标']);
    assert.deepEqual(table.rows.map((r) => r.map((c) => c[0]!.text)), [['学位', '400']]);
    assert.equal((b[0] as Extract<Block, { kind: 'title' }>).text, '某校2026年工作要点');
  });

  it('several reports in one file are separated by page breaks', () => {
    const b = describeReport(parse('篇1\n甲局工作总结\n一、成绩\n篇2\n乙局工作总结\n一、成绩\n')).blocks;
    assert.deepEqual(b.map((x) => x.kind), ['title', 'heading', 'page-break', 'title', 'heading']);
  });
});

describe('export: signature placement (GB/T 9704 §7.3.5.2)', () => {
  it('the name ends two characters in; the date starts two characters right of the name', () => {
    const { unit, date } = signatureIndents(10, 7);
    assert.equal(unit, 2);
    assert.equal(unit + 10 - (date + 7), 2);
  });

  it('a date longer than the name keeps two characters on its right, and the name moves left', () => {
    const { unit, date } = signatureIndents(4, 8.25);
    assert.equal(date, 2);
    assert.equal(unit + 4 - (date + 8.25), 2);
  });

  it('widths count digits as half a character and the spacing Word adds between them and Chinese', () => {
    assert.equal(widthInChars('城南区教育局'), 6);
    assert.equal(widthInChars('2025年12月30日'), 8.25);
  });
});

describe('export: the .docx XML', () => {
  it('built-in style names, outline levels, fonts and sizes per level', async () => {
    const styles = (await docxParts(REPORT))['word/styles.xml']!;
    const expected: Array<[string, string, string, string | null]> = [
      ['Title', 'Title', '方正小标宋简体', null],
      ['Heading1', 'heading 1', '黑体', '0'],
      ['Heading2', 'heading 2', '楷体_GB2312', '1'],
      ['Heading3', 'heading 3', '仿宋_GB2312', '2'],
      ['Heading4', 'heading 4', '仿宋_GB2312', '3'],
    ];
    for (const [id, name, font, level] of expected) {
      const s = styleXml(styles, id);
      assert.match(s, new RegExp(`<w:name w:val="${name}"/>`), id);
      assert.match(s, new RegExp(`w:eastAsia="${font}"`), id);
      if (level === null) assert.doesNotMatch(s, /outlineLvl/, id);
      else assert.match(s, new RegExp(`<w:outlineLvl w:val="${level}"/>`), id);
    }
    assert.match(styleXml(styles, 'Title'), /<w:sz w:val="44"\/>/);
    assert.match(styleXml(styles, 'Title'), /<w:jc w:val="center"\/>/);
    assert.match(styleXml(styles, 'Normal'), /<w:sz w:val="32"\/>/);
    assert.match(styleXml(styles, 'Normal'), /w:eastAsia="仿宋_GB2312"/);
    assert.match(styleXml(styles, 'Normal'), /<w:spacing w:val="-5"\/>/);
    assert.match(styleXml(styles, 'Normal'), /<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/);
    assert.match(styleXml(styles, 'Normal'), /<w:ind w:firstLine="630"\/>/);
    assert.doesNotMatch(styleXml(styles, 'Heading3'), /<w:b\/>/, 'level 3 is not bold by default');
  });

  it('headings carry their style and nothing else; a run-in one only hides its paragraph mark', async () => {
    const document = (await docxParts(REPORT))['word/document.xml']!;
    const headings = paragraphs(document).filter((p) => /<w:pStyle w:val="(Heading\d|Title)"\/>/.test(p));
    assert.equal(headings.length, 6);
    for (const p of headings) {
      const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)![1]!;
      const rest = pPr.replace(/<w:pStyle w:val="[^"]+"\/>/, '').replace('<w:rPr><w:vanish/><w:specVanish/></w:rPr>', '');
      assert.equal(rest, '', `no direct paragraph formatting: ${pPr}`);
      assert.doesNotMatch(p.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, ''), /<w:rPr>/, `no direct run formatting in ${textOf(p)}`);
    }
    const runIn = headings.find((p) => textOf(p) === '1.新建学校三所。')!;
    assert.match(runIn, /<w:specVanish\/>/);
  });

  it('A4, the GB/T 9704 margins, and page numbers on the outer side of odd and even pages', async () => {
    const parts = await docxParts(REPORT);
    const document = parts['word/document.xml']!;
    assert.match(document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(document, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    assert.match(parts['word/settings.xml']!, /<w:evenAndOddHeaders\/>/);
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d\.xml$/.test(name)).map(([, xml]) => xml);
    assert.equal(footers.length, 2);
    const sides = footers.map((f) => /<w:jc w:val="(right|left)"\/>/.exec(f)![1]).sort();
    assert.deepEqual(sides, ['left', 'right']);
    for (const f of footers) {
      assert.match(f, /PAGE/);
      assert.match(f, /\u2014 /);
      assert.match(f, /w:eastAsia="宋体"/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
  });

  it('fonts and bold level 3 follow the options', async () => {
    const options = exportOptions({ fonts: { body: '仿宋', heading2: '楷体' }, level3Bold: true });
    const styles = (await docxParts(REPORT, false, options))['word/styles.xml']!;
    assert.match(styleXml(styles, 'Normal'), /w:eastAsia="仿宋"/);
    assert.match(styleXml(styles, 'Heading2'), /w:eastAsia="楷体"/);
    assert.match(styleXml(styles, 'Heading3'), /<w:b\/>/);
    assert.match(styleXml(styles, 'Heading1'), /w:eastAsia="黑体"/, 'unset fonts keep their default');
  });

  it('a table has full borders and a 黑体 header row', async () => {
    const md = '# 某校工作要点\n\n| 项目 | 目标 |\n|---|---|\n| 学位 | 400 |\n';
    const document = (await docxParts(md, true))['word/document.xml']!;
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) assert.match(document, new RegExp(`<w:${side} w:val="single"`), side);
    assert.match(document, /<w:tblHeader\/>[\s\S]*?w:eastAsia="黑体"[\s\S]*?项目/);
  });

  it('an empty file and a report with no headings still make a valid document', async () => {
    for (const text of ['', '今天天气很好。\n我们开了一个会。']) {
      const parts = await docxParts(text);
      assert.ok(parts['word/document.xml']!.includes('<w:body>'));
      assert.ok(parts['[Content_Types].xml']);
    }
  });
});

describe('export: examples and seeds', () => {
  const examples = fs.readdirSync(path.join(ROOT, 'examples')).map((f) => path.join(ROOT, 'examples', f));
  for (const file of examples) {
    it(`${path.basename(file)} exports with as many headings as its outline`, async () => {
      const model = parse(fs.readFileSync(file, 'utf8'), { markdown: file.endsWith('.md') });
      const { headings, bytes } = await exportReport(model, DEFAULT_EXPORT_OPTIONS);
      assert.equal(headings, outline(model).reduce((n, d) => n + count(d.sections), 0));
      const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
      assert.equal(paragraphs(document).filter((p) => /<w:pStyle w:val="Heading\d"\/>/.test(p)).length, headings);
    });
  }

  it('every seed exports, with as many heading paragraphs as its outline has headings', { skip: SEEDS_SKIP }, async () => {
    for (const name of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      const model = parse(fs.readFileSync(path.join(SEEDS, name), 'utf8'));
      const { bytes } = await exportReport(model, DEFAULT_EXPORT_OPTIONS);
      const document = strFromU8(unzipSync(bytes)['word/document.xml']!);
      const inDocx = paragraphs(document).filter((p) => /<w:pStyle w:val="Heading\d"\/>/.test(p)).length;
      assert.equal(inDocx, outline(model).reduce((n, d) => n + count(d.sections), 0), name);
    }
  });
});
