/**
 * Reading a .docx the way a person would: LibreOffice renders it to PDF and poppler reports every
 * line's box. Coordinates are in millimetres from the page's top-left corner.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface PdfLine {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const MM_PER_PT = 25.4 / 72;

/** Why the renderer cannot run here, or null when soffice and pdftotext are installed. */
export function rendererMissing(): string | null {
  for (const tool of ['soffice', 'pdftotext', 'pdftoppm']) {
    if (spawnSync('which', [tool]).status !== 0) return `${tool} not installed (npm run test:layout installs libreoffice-writer-nogui and poppler-utils from Debian)`;
  }
  return null;
}

/** Converts a .docx to PDF with LibreOffice (a private profile, so runs never share state); returns the PDF's path. */
export function renderPdf(docx: string): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-pdf-'));
  const profile = `file://${fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-lo-'))}`;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { stdio: 'pipe', timeout: 120_000 });
  return path.join(outDir, path.basename(docx).replace(/\.docx$/, '.pdf'));
}

function attr(tag: string, name: string): number {
  return Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)![1]) * MM_PER_PT;
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Every page's text lines, from `pdftotext -bbox-layout`. */
export function pdfLines(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const head = page.slice(0, page.indexOf('>'));
    const lines: PdfLine[] = [];
    for (const m of page.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...m[2]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => unescape(w[1]!));
      lines.push({ xMin: attr(m[1]!, 'xMin'), xMax: attr(m[1]!, 'xMax'), yMin: attr(m[1]!, 'yMin'), yMax: attr(m[1]!, 'yMax'), text: words.join(' ') });
    }
    pages.push({ width: attr(head, 'width'), height: attr(head, 'height'), lines });
  }
  return pages;
}

/** Text width in body characters: CJK and full-width forms one, other characters half; spaces between words do not count. */
export function charWidth(text: string): number {
  let w = 0;
  for (const ch of text.replace(/ /g, '')) w += /[\u2e80-\ua4cf\uff00-\uff60\u3000-\u303f\u2014\u201c\u201d\u2018\u2019\u2026]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 1 : 0.5;
  return w;
}
