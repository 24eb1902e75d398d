/**
 * The exported .docx, rendered by a real renderer (LibreOffice) and measured with poppler, has the
 * GB/T 9704 page: A4, the text block's left edge at 28 mm, the first line at the top margin, 28
 * characters on every full line, 22 lines on every full page, “— N —” page numbers on the outer
 * side, the title centred. Run by `npm run test:layout`, which installs the renderer from Debian.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { longReport } from '../support/long-report';
import { DIST, ROOT } from '../support/paths';
import { charWidth, pdfLines, renderPdf, rendererMissing, type PdfLine, type PdfPage } from '../support/pdf-layout';

const LEFT = 28;
const RIGHT_EDGE = 210 - 26;
const BODY_CHAR = (15.75 * 25.4) / 72;
const PAGE_NUMBER_CHAR = (14 * 25.4) / 72;
const PITCH = (579 / 20) * (25.4 / 72);
const PAGE_NUMBER = /^— (\d+) —$/;

const near = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance;

describe('GB/T 9704 layout of an exported report, measured in LibreOffice’s PDF', { skip: rendererMissing() ?? false }, () => {
  let pages: PdfPage[];
  let pdf: string;
  const body = (p: PdfPage): PdfLine[] => p.lines.filter((l) => !PAGE_NUMBER.test(l.text));

  before(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-report-layout-'));
    const report = path.join(dir, 'long-report.txt');
    fs.writeFileSync(report, longReport(4));
    execFileSync(process.execPath, [path.join(DIST, 'cli.js'), 'export', report], { stdio: 'pipe' });
    pdf = renderPdf(path.join(dir, 'long-report.docx'));
    pages = pdfLines(pdf);
  });

  it('several A4 pages', () => {
    assert.ok(pages.length >= 5, `${pages.length} pages`);
    for (const p of pages) assert.ok(near(p.width, 210, 0.5) && near(p.height, 297, 0.5), `${p.width} × ${p.height} mm`);
  });

  it('the text block’s left edge is at 28 mm ± 1', () => {
    const left = Math.min(...pages.flatMap((p) => body(p).map((l) => l.xMin)));
    assert.ok(near(left, LEFT, 1), `${left.toFixed(2)} mm`);
  });

  it('the first line’s top is within 37–41 mm', () => {
    const top = pages[0]!.lines[0]!.yMin;
    assert.ok(top >= 37 && top <= 41, `${top.toFixed(2)} mm`);
  });

  it('the title is centred on the text block ± 1 mm', () => {
    const title = pages[0]!.lines[0]!;
    const centre = (title.xMin + title.xMax) / 2;
    assert.ok(near(centre, LEFT + 156 / 2, 1), `title centre at ${centre.toFixed(2)} mm`);
  });

  it('every full line holds 28 characters (26 after a paragraph’s two-character indent)', () => {
    const full = pages.flatMap((p) => body(p)).filter((l) => l.xMax >= RIGHT_EDGE - BODY_CHAR);
    assert.ok(full.length > 100, `${full.length} full lines`);
    const wrong = full.filter((l) => charWidth(l.text) !== (near(l.xMin, LEFT, 1) ? 28 : near(l.xMin, LEFT + 2 * BODY_CHAR, 1) ? 26 : -1));
    assert.deepEqual(wrong.map((l) => `${l.xMin.toFixed(1)} mm: ${charWidth(l.text)} ${l.text}`), []);
  });

  it('every full page holds 22 lines on a 22-line grid', () => {
    const top = body(pages[1]!)[0]!.yMin;
    let fullPages = 0;
    for (const [i, p] of pages.slice(0, -1).entries()) {
      const slots = body(p).map((l) => (l.yMin - top) / PITCH);
      for (const s of slots.slice(i === 0 ? 1 : 0)) assert.ok(near(s, Math.round(s), 0.05), `page ${i + 1}: a line off the grid (slot ${s.toFixed(2)})`);
      const last = Math.round(slots[slots.length - 1]!);
      assert.ok(last <= 21, `page ${i + 1}: a line below the 22nd`);
      if (last === 21) {
        fullPages++;
        assert.equal(new Set(slots.map(Math.round)).size, i === 0 ? 21 : 22, `page ${i + 1}`);
      }
    }
    assert.ok(fullPages >= (pages.length - 1) / 2, `${fullPages} of ${pages.length - 1} pages full`);
  });

  it('page numbers read “— N —”, on the right of odd pages and the left of even ones, one character in', () => {
    pages.forEach((p, i) => {
      const number = p.lines.find((l) => PAGE_NUMBER.test(l.text));
      assert.ok(number, `page ${i + 1} has a page number`);
      assert.equal(PAGE_NUMBER.exec(number.text)![1], String(i + 1));
      if ((i + 1) % 2 === 1) assert.ok(near(number.xMax, RIGHT_EDGE - PAGE_NUMBER_CHAR, 1), `odd page ${i + 1}: right edge at ${number.xMax.toFixed(1)} mm`);
      else assert.ok(near(number.xMin, LEFT + PAGE_NUMBER_CHAR, 1), `even page ${i + 1}: left edge at ${number.xMin.toFixed(1)} mm`);
      assert.ok(number.yMin > 262 + 5 && number.yMin < 262 + 10, `page ${i + 1}: the number’s top ${number.yMin.toFixed(1)} mm, about 7 mm under the text block`);
    });
  });

  it('a picture of page 1', () => {
    const updating = process.env['ZH_REPORT_UPDATE_SCREENSHOTS'] === '1';
    const dir = updating ? path.join(ROOT, 'docs', 'images') : path.join(ROOT, 'test-results', 'screenshots');
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(dir, 'export-page1')]);
    assert.ok(fs.statSync(path.join(dir, 'export-page1.png')).size > 10_000);
  });
});
