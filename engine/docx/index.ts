/**
 * Reading a .docx report as text (issue #17): one line per paragraph, automatic numbering
 * rendered, tracked changes accepted. Pure: bytes in, text out; the CLI and the editor read the
 * file. Loaded on demand (dist/docx-reader.js). Limits and messages: docs/docx.md.
 */
import { readDocument } from './document';
import { Numbering, styleNumbering } from './numbering';
import { MAX_UNPACKED_BYTES, openPackage } from './package';

export { DocxReadError, type DocxProblem } from './errors';
import { MESSAGES } from './errors';

/** The message for a Word 97 .doc or a WPS file, which zh-report does not read: save it as .docx. */
export function wordFileProblem(file: string): string {
  return /\.wps$/i.test(file) ? MESSAGES.word97.replace('Word 97–2003 (.doc) 或 WPS 格式', 'WPS 格式(.wps)') : MESSAGES.word97;
}
export { MAX_UNPACKED_BYTES } from './package';

export interface DocxText {
  /** The report text, lines joined with \n. */
  text: string;
  /** For each line, the 1-based number of the Word paragraph it starts with. */
  paragraphOf: number[];
}

/** Throws DocxReadError with a message that says what to do. */
export function readDocx(bytes: Uint8Array, options: { maxUnpackedBytes?: number } = {}): DocxText {
  const parts = openPackage(bytes, options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES);
  const numbering = new Numbering(parts['word/numbering.xml']);
  const { lines, paragraphOf } = readDocument(parts['word/document.xml']!, numbering, styleNumbering(parts['word/styles.xml']));
  return { text: lines.join('\n'), paragraphOf };
}
