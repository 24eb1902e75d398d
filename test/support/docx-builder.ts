/**
 * Writes .docx files for the reader's tests from their XML parts, so that each fixture says exactly
 * what Word would store: typed or automatic numbering, tracked changes, fields, tables. No binary
 * is copied from anywhere; every byte comes from here.
 */
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run of text (w:r/w:t). */
export function run(text: string, props = ''): string {
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

export interface ParagraphOptions {
  style?: string;
  numId?: number;
  ilvl?: number;
  /** Extra XML inside w:pPr/w:rPr (the paragraph mark's properties). */
  markProps?: string;
}

/** A paragraph of runs (strings become plain runs). */
export function paragraph(content: string | string[], options: ParagraphOptions = {}): string {
  const runs = (Array.isArray(content) ? content : [content]).map((c) => (c.startsWith('<') ? c : run(c))).join('');
  const pPr = [
    options.style ? `<w:pStyle w:val="${options.style}"/>` : '',
    options.numId !== undefined ? `<w:numPr><w:ilvl w:val="${options.ilvl ?? 0}"/><w:numId w:val="${options.numId}"/></w:numPr>` : '',
    options.markProps ? `<w:rPr>${options.markProps}</w:rPr>` : '',
  ].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
}

export const inserted = (text: string): string => `<w:ins w:id="1" w:author="审核人" w:date="2025-01-01T00:00:00Z">${run(text)}</w:ins>`;
export const deleted = (text: string): string => `<w:del w:id="2" w:author="审核人" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>${escapeXml(text)}</w:delText></w:r></w:del>`;
/** A complex field: the instruction is hidden, the result shows. */
export const field = (instruction: string, result: string): string =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${escapeXml(instruction)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** A table: each cell holds one or more paragraphs. */
export function table(rows: string[][][]): string {
  const cell = (paras: string[]): string => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${paras.map((t) => paragraph(t)).join('')}</w:tc>`;
  return `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
}

export interface LevelSpec {
  format: string;
  text: string;
  start?: number;
  restart?: number;
  legal?: boolean;
  suffix?: 'tab' | 'space' | 'nothing';
  style?: string;
}

/** numbering.xml: abstract definitions by id, and nums pointing at them (with overrides). */
export function numberingXml(abstracts: Record<number, LevelSpec[]>, nums: Array<{ numId: number; abstractId: number; startOverrides?: Record<number, number> }>): string {
  const level = (l: LevelSpec, i: number): string =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/>${l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : ''}${l.style ? `<w:pStyle w:val="${l.style}"/>` : ''}${l.legal ? '<w:isLgl/>' : ''}${l.suffix ? `<w:suff w:val="${l.suffix}"/>` : ''}<w:lvlText w:val="${escapeXml(l.text)}"/></w:lvl>`;
  const abstractXml = Object.entries(abstracts).map(([id, levels]) => `<w:abstractNum w:abstractNumId="${id}">${levels.map(level).join('')}</w:abstractNum>`);
  const numXml = nums.map(
    (n) => `<w:num w:numId="${n.numId}"><w:abstractNumId w:val="${n.abstractId}"/>${Object.entries(n.startOverrides ?? {}).map(([ilvl, start]) => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`).join('')}</w:num>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstractXml.join('')}${numXml.join('')}</w:numbering>`;
}

/** styles.xml with paragraph styles, each optionally numbered. */
export function stylesXml(styles: Array<{ id: string; basedOn?: string; numId?: number; ilvl?: number }>): string {
  const style = (s: (typeof styles)[number]): string =>
    `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.id}"/>${s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : ''}${s.numId !== undefined ? `<w:pPr><w:numPr>${s.ilvl !== undefined ? `<w:ilvl w:val="${s.ilvl}"/>` : ''}<w:numId w:val="${s.numId}"/></w:numPr></w:pPr>` : ''}</w:style>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${styles.map(style).join('')}</w:styles>`;
}

export function documentXml(body: string[], prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'): string {
  return `${prolog}<w:document ${W}><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
}

/** The package: content types, relationships and the given parts. */
export function buildDocx(parts: { document: string; numbering?: string; styles?: string; extra?: Record<string, string> }): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(parts.document),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(parts.numbering);
  if (parts.styles) files['word/styles.xml'] = strToU8(parts.styles);
  for (const [name, xml] of Object.entries(parts.extra ?? {})) files[name] = strToU8(xml);
  return zipSync(files);
}

/** A .docx holding `text` typed as it is, one paragraph per line (what "save as .docx" gives). */
export function typedDocx(text: string): Uint8Array {
  return buildDocx({ document: documentXml(text.split(/\r\n|\n|\r/).map((line) => paragraph([run(line)]))) });
}
