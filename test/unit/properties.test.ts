/**
 * Property-based tests over generated reports: random mixes of CJK text, every marker family,
 * placeholders and look-alikes, full-width spaces, CR/LF/CRLF, BOM, astral characters, emoji, long
 * lines, empty input and lone surrogates. ZH_REPORT_FUZZ_RUNS sets the number of cases.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { documentArb } from '../support/generated-reports';
import { applyEdits, lint, outline, parse, renumberDocumentEdits, type Finding, type OutlineSection, type Range } from '../../engine';

const RUNS = Number(process.env['ZH_REPORT_FUZZ_RUNS'] ?? 10_000);

function linesOf(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

function isLow(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}
function isHigh(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}

/** Inside the document, start ≤ end, and neither end splits a surrogate pair. */
function assertRange(text: string, r: Range, what: string): void {
  const lines = linesOf(text);
  const { start, end } = r;
  assert.ok(start.line >= 0 && end.line < lines.length, `${what}: line out of range`);
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: start after end`);
  for (const p of [start, end]) {
    const l = lines[p.line]!;
    assert.ok(p.character >= 0 && p.character <= l.length, `${what}: column ${p.character} outside line of ${l.length}`);
    assert.ok(!(p.character > 0 && isLow(l, p.character) && isHigh(l, p.character - 1)), `${what}: splits a surrogate pair`);
  }
}

function assertNested(children: OutlineSection[], parent: Range | null, text: string): void {
  let previousEnd = -1;
  for (const s of children) {
    assertRange(text, s.range, 'section');
    assertRange(text, s.selectionRange, 'selection');
    assert.ok(s.range.start.line > previousEnd, 'siblings do not overlap');
    previousEnd = s.range.end.line;
    if (parent) assert.ok(s.range.start.line >= parent.start.line && s.range.end.line <= parent.end.line, 'child within parent');
    assert.ok(s.selectionRange.start.line >= s.range.start.line && s.selectionRange.end.line <= s.range.end.line, 'selection within range');
    assertNested(s.children, s.range, text);
  }
}

function key(f: Finding): string {
  return `${f.ruleId}@${f.range.start.line}:${f.range.start.character}`;
}

describe('properties', () => {
  it(`lint and parse never throw; ranges are valid; results are deterministic; outlines nest (${RUNS} cases)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(documentArb, fc.boolean(), (text, markdown) => {
        cases++;
        const model = parse(text, { markdown });
        const findings = lint(text, { markdown });
        for (const f of findings) {
          assertRange(text, f.range, `${f.ruleId} finding`);
          for (const fix of f.fixes ?? []) for (const e of fix.edits) assertRange(text, e.range, `${f.ruleId} fix`);
          for (const r of f.related ?? []) assertRange(text, r.range, `${f.ruleId} related`);
        }
        assert.equal(JSON.stringify(lint(text, { markdown })), JSON.stringify(findings), 'deterministic');
        for (const doc of outline(model)) assertNested(doc.sections, doc.range, text);
      }),
      { numRuns: RUNS },
    );
    console.log(`# property cases run: ${cases}`);
  });

  it(`renumbering is idempotent, and each numbering quick fix removes its own finding (${Math.ceil(RUNS / 5)} cases)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(documentArb, (text) => {
        cases++;
        const once = renumberDocumentEdits(text).text;
        assert.equal(renumberDocumentEdits(once).text, once, 'idempotent');
        for (const f of lint(text)) {
          if (f.category !== 'numbering' || !f.fixes?.length) continue;
          const after = lint(applyEdits(text, f.fixes[0]!.edits)).map(key);
          assert.ok(!after.includes(key(f)), `${key(f)} “${f.message}” survives its fix`);
        }
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
    console.log(`# property cases run: ${cases}`);
  });
});
