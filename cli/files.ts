/** Finding and reading report files for the CLI. */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fullWidth } from '../engine/zh-message';

const REPORT_EXTENSIONS = /\.(txt|md|markdown|docx|doc|wps)$/i;
/** Word's lock file beside an open document (~$报告.docx): not a report. */
const WORD_LOCK_FILE = /^~\$/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);

/** A path the user gave that cannot be read, with a message that says what to do. */
export interface PathProblem {
  path: string;
  message: string;
}

/** What stops a path from being read, in words, for an fs error. */
export function pathProblem(p: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return fullWidth(`找不到 ${p}:请检查路径的拼写,或先进入报告所在的文件夹`) + ` (no such file or folder: ${p}; check the path)`;
    case 'EACCES':
    case 'EPERM':
      return fullWidth(`没有权限读取 ${p}:请检查文件权限`) + ` (permission denied: ${p})`;
    case 'EISDIR':
      return fullWidth(`${p} 是文件夹,这里需要一个文件`) + ` (${p} is a folder; a file is needed here)`;
    default:
      return fullWidth(`无法读取 ${p}:`) + `${e.code ?? ''} ${e.message}`;
  }
}

/**
 * Expands files and folders into report files, sorted within each folder. A path that cannot be
 * read is reported apart, and the others are still collected.
 */
export function collectFiles(paths: string[]): { files: string[]; problems: PathProblem[] } {
  const out: string[] = [];
  const problems: PathProblem[] = [];
  const walk = (dir: string): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(full);
      } else if (e.isFile() && REPORT_EXTENSIONS.test(e.name) && !WORD_LOCK_FILE.test(e.name)) out.push(full);
    }
  };
  for (const p of paths) {
    try {
      if (fs.statSync(p).isDirectory()) walk(p);
      else out.push(p);
    } catch (e) {
      problems.push({ path: p, message: pathProblem(p, e as NodeJS.ErrnoException) });
    }
  }
  return { files: out, problems };
}

export function isMarkdownPath(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

export type Decoded =
  | { text: string; encoding: string; /** For a .docx: the Word paragraph each line starts with. */ paragraphOf?: number[] }
  | { error: string; /** The file is a report that could not be read as asked (.doc, a broken .docx): exit 2. */ unreadable?: boolean };

/** NUL bytes, or many control characters, in the first 8 KB: not a text file. */
function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/**
 * Decodes a report file: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, else GBK/GB18030 (what
 * old Windows machines write). The BOM is dropped, as editors drop it, so columns match theirs.
 * A binary or undecodable file gives an error instead of garbage.
 */
/** iconv-lite and its code tables load only for a file that is not UTF-8 (dist/iconvlite.js in the bundle). */
function iconv(): typeof import('iconv-lite') {
  return require('iconv-lite') as typeof import('iconv-lite');
}

/** Below this many bytes a file is decoded by V8 whatever it holds: the faster way costs more to choose. */
const TRANSCODE_FROM = 4096;

/**
 * UTF-8 bytes as a string. For valid UTF-8 that is not all ASCII, ICU's transcoder to UTF-16 and a
 * copy into the string is several times faster on Chinese text than V8's own UTF-8 decoder (the
 * bench's 500 reports: about 6 ms against 40–65 ms). Invalid bytes and ASCII keep V8's decoder,
 * which replaces the former as it always has and makes a compact string of the latter.
 */
function utf8Text(buf: Buffer): string {
  if (buf.length < TRANSCODE_FROM || isAscii(buf) || !isUtf8(buf)) return buf.toString('utf8');
  return transcode(buf, 'utf8', 'ucs2').toString('ucs2');
}

export function decodeReport(buf: Buffer): Decoded {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: utf8Text(buf.subarray(3)), encoding: 'utf-8 (BOM)' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv().decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv().decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(buf)) return { error: fullWidth('二进制文件,已跳过') + ' (binary file skipped)' };
  // isUtf8 checks natively without building a string.
  if (isUtf8(buf)) return { text: utf8Text(buf), encoding: 'utf-8' };
  const text = iconv().decode(buf, 'gb18030');
  if (text.includes('\uFFFD')) return { error: fullWidth('无法识别的编码,已跳过') + ' (neither UTF-8, UTF-16 nor GBK/GB18030; skipped)' };
  return { text, encoding: 'gbk/gb18030' };
}

/** The .docx reader, with fflate and saxes, loaded only for a .docx (dist/docx-reader.js in the bundle). */
function docxReader(): typeof import('../engine/docx') {
  return require('../engine/docx') as typeof import('../engine/docx');
}

export function isDocxPath(file: string): boolean {
  return /\.docx$/i.test(file);
}

export function readReport(file: string): Decoded {
  if (/\.(doc|wps)$/i.test(file)) return { error: docxReader().wordFileProblem(file), unreadable: true };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { error: pathProblem(file, e as NodeJS.ErrnoException), unreadable: true };
  }
  if (!isDocxPath(file)) return decodeReport(bytes);
  const { readDocx, DocxReadError } = docxReader();
  try {
    const { text, paragraphOf } = readDocx(bytes);
    return { text, encoding: 'docx', paragraphOf };
  } catch (e) {
    if (e instanceof DocxReadError) return { error: e.message, unreadable: true };
    throw e;
  }
}

/** A report's text encoded as its file was: the same encoding and byte-order mark (for --fix). */
export function encodeReport(text: string, encoding: string): Buffer {
  switch (encoding) {
    case 'utf-8 (BOM)':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv().encode(text, 'utf-16le')]);
    case 'utf-16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv().encode(text, 'utf-16be')]);
    case 'gbk/gb18030':
      return iconv().encode(text, 'gb18030');
    default:
      return Buffer.from(text, 'utf8');
  }
}
