/**
 * Writes a document description (describe.ts) as a .docx laid out per GB/T 9704, with the `docx`
 * package. Headings use Word's built-in styles (Title, heading 1–4) with outline levels and carry
 * no direct formatting, so Word's navigation pane and table of contents work and one style edit
 * restyles every heading. Bundled apart (dist/export.js) and loaded only when an export runs.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type IStylesOptions,
} from 'docx';
import type { Inline } from './inline';
import type { Block, DocumentDescription, HeadingLevel } from './describe';
import {
  BODY_SIZE,
  CHAR,
  CHARACTER_SPACING,
  FOOTER,
  LINE,
  PAGE,
  SMALL_CHAR,
  SMALL_SIZE,
  TITLE_SIZE,
  signatureIndents,
  widthInChars,
  type ExportOptions,
} from './layout';

const HEADING_STYLE: Record<HeadingLevel, string> = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' };
const EXACT = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** One blank line above the attachment note and the signature (§7.3.4, §7.3.5). */
const BLANK_LINE_ABOVE = { ...EXACT, before: LINE };

function fonts(eastAsia: string, latin: string): IRunOptions['font'] {
  return { eastAsia, ascii: latin, hAnsi: latin, cs: latin };
}

function styles(options: ExportOptions): IStylesOptions {
  const f = options.fonts;
  const heading = (level: HeadingLevel, eastAsia: string, bold: boolean): NonNullable<IStylesOptions['paragraphStyles']>[number] => ({
    id: HEADING_STYLE[level],
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: fonts(eastAsia, f.latin), bold, size: BODY_SIZE },
    // Levels 1 and 2 stay with the paragraph after them; levels 3 and 4 are often list-like lines, and chaining them would leave pages half empty.
    paragraph: { outlineLevel: level - 1, ...(level <= 2 ? { keepNext: true, keepLines: true } : {}) },
  });
  return {
    default: {
      document: {
        run: { font: fonts(f.body, f.latin), size: BODY_SIZE, characterSpacing: CHARACTER_SPACING, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: EXACT },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        run: { font: fonts(f.body, f.latin), size: BODY_SIZE, characterSpacing: CHARACTER_SPACING },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 2 * CHAR }, spacing: EXACT },
      },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fonts(f.title, f.latin), size: TITLE_SIZE, bold: false },
        // One blank line below the title, on the grid.
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { ...EXACT, after: LINE }, keepNext: true },
      },
      heading(1, f.heading1, false),
      heading(2, f.heading2, false),
      heading(3, f.body, options.level3Bold),
      heading(4, f.body, false),
      {
        id: 'ZhReportTable',
        name: 'zh-report table text',
        basedOn: 'Normal',
        quickFormat: false,
        run: { size: SMALL_SIZE, characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
    ],
  };
}

/**
 * A body paragraph. Widow and orphan control is off (公文 templates turn 孤行控制 off), so that
 * every full page holds 22 lines; Word's styles cannot say so, hence on each paragraph.
 */
function body(options: Omit<IParagraphOptions, 'widowControl'>): Paragraph {
  return new Paragraph({ ...options, widowControl: false });
}

function runs(parts: readonly Inline[]): TextRun[] {
  return parts.map((p) => new TextRun(p.bold ? { text: p.text, bold: true } : { text: p.text }));
}

function pageNumberFooter(options: ExportOptions, side: 'right' | 'left'): Footer {
  const font = options.fonts.pageNumber;
  const run = { font: fonts(font, font), size: SMALL_SIZE, characterSpacing: 0 };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: SMALL_CHAR, firstLine: 0 } : { left: SMALL_CHAR, firstLine: 0 },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [new TextRun({ ...run, children: ['\u2014 ', PageNumber.CURRENT, ' \u2014'] })],
      }),
    ],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(block: Extract<Block, { kind: 'table' }>, options: ExportOptions): Table {
  const columns = Math.max(1, ...[block.header ?? [], ...block.rows].map((r) => r.length));
  const row = (cells: Inline[][], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      children: Array.from({ length: columns }, (_, c) =>
        new TableCell({
          children: [
            new Paragraph({
              style: 'ZhReportTable',
              children: header
                ? [new TextRun({ text: (cells[c] ?? []).map((p) => p.text).join(''), font: fonts(options.fonts.heading1, options.fonts.latin) })]
                : runs(cells[c] ?? []),
            }),
          ],
        }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [...(block.header ? [row(block.header, true)] : []), ...block.rows.map((r) => row(r, false))],
  });
}

function blockContent(block: Block, options: ExportOptions): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ style: 'Title', children: [new TextRun(block.text)] })];
    case 'addressee':
      return [body({ indent: { firstLine: 0 }, children: [new TextRun(block.text)] })];
    case 'heading': {
      const heading = new Paragraph({
        style: HEADING_STYLE[block.level],
        children: [new TextRun(block.text)],
        // A run-in heading ends in a hidden paragraph mark (Word's style separator): the heading keeps
        // its style and outline level, and the paragraph it runs into continues on the same line.
        ...(block.runIn.length ? { run: { vanish: true, specVanish: true } } : {}),
      });
      if (!block.runIn.length) return [heading];
      return [heading, body({ indent: { firstLine: 0 }, children: runs(block.runIn) })];
    }
    case 'paragraph':
    case 'list-item':
      return [body({ children: runs(block.inlines) })];
    case 'table':
      return [table(block, options)];
    case 'attachments': {
      const label = '附件：';
      const numbered = block.items.length > 1;
      const lead = 2 * CHAR + widthInChars(label) * CHAR;
      return block.items.map(
        (name, i) =>
          body({
            alignment: AlignmentType.LEFT,
            spacing: i === 0 ? BLANK_LINE_ABOVE : EXACT,
            indent: i === 0 ? { left: lead, hanging: widthInChars(label) * CHAR } : { left: lead, firstLine: 0 },
            children: [new TextRun(`${i === 0 ? label : ''}${numbered ? `${i + 1}. ` : ''}${name}`)],
          }),
      );
    }
    case 'signature': {
      const unitWidth = Math.max(0, ...block.units.map(widthInChars));
      const indents = signatureIndents(unitWidth, block.date ? widthInChars(block.date) : 0);
      const line = (text: string, chars: number, first: boolean): Paragraph =>
        body({ alignment: AlignmentType.RIGHT, spacing: first ? BLANK_LINE_ABOVE : EXACT, indent: { right: chars * CHAR, firstLine: 0 }, children: [new TextRun(text)] });
      const out = block.units.map((u, i) => line(u, indents.unit, i === 0));
      if (block.date) out.push(line(block.date, indents.date, out.length === 0));
      return out;
    }
    case 'page-break':
      return [new Paragraph({ pageBreakBefore: true, indent: { firstLine: 0 }, children: [] })];
  }
}

/** The .docx file's bytes. */
export async function writeDocx(description: DocumentDescription, options: ExportOptions, meta: { title?: string } = {}): Promise<Uint8Array> {
  const children = description.blocks.flatMap((b) => blockContent(b, options));
  const doc = new Document({
    creator: 'zh-report',
    ...(meta.title ? { title: meta.title } : {}),
    styles: styles(options),
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: PAGE.top / 2, footer: FOOTER, gutter: 0 },
          },
        },
        footers: { default: pageNumberFooter(options, 'right'), even: pageNumberFooter(options, 'left') },
        children: children.length ? children : [new Paragraph({ children: [] })],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
