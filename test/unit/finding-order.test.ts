/**
 * The order findings are reported in (engine/finding-order.ts): the counting sort must give what a
 * comparison sort by line, column and rule id gives, each rule's own order kept among equals, for
 * any mix of findings, lines crowded past the insertion-sort limit included.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sortFindings } from '../../engine/finding-order';
import { range, type Finding } from '../../engine/types';

const RUNS = Number(process.env['ZH_REPORT_FUZZ_RUNS'] ?? 10_000) / 10;

/** The order as the docs state it, written as plainly as possible: the oracle. */
function byComparison(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

const findingArb = fc
  .record({
    line: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5000 })),
    character: fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 200_000 })),
    ruleId: fc.constantFrom('placeholder', 'punctuation-width', 'residue', 'numbering-gap', 'a', 'z-custom'),
  })
  .map(
    ({ line, character, ruleId }): Finding => ({ ruleId, category: 'style', severity: 'information', message: '', range: range(line, character, character + 1) }),
  );

describe('finding order', () => {
  it('equals a stable comparison sort by line, column and rule id', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 300 }), (findings) => {
        const sorted = sortFindings(findings);
        // The same objects, not copies: a finding's lazy fixes must survive the sort.
        assert.deepEqual(sorted, byComparison(findings));
        sorted.forEach((f, i) => assert.equal(f, byComparison(findings)[i]));
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps a crowded line (past the insertion-sort limit) in order and stable', () => {
    // 100 findings on one line: 40 at one column from two rules, in the order they were reported.
    const findings: Finding[] = [];
    for (let i = 0; i < 100; i++) {
      const ruleId = i % 2 ? 'residue' : 'placeholder';
      findings.push({ ruleId, category: 'style', severity: 'warning', message: String(i), range: range(7, i < 40 ? 3 : 200 - i, 300) });
    }
    const sorted = sortFindings(findings);
    assert.deepEqual(sorted, byComparison(findings));
    const atThree = sorted.filter((f) => f.range.start.character === 3);
    assert.deepEqual(
      atThree.map((f) => f.message),
      [...findings.filter((f, i) => i < 40 && f.ruleId === 'placeholder'), ...findings.filter((f, i) => i < 40 && f.ruleId === 'residue')].map((f) => f.message),
    );
  });

  it('sorts thousands of findings, past every growth of the collector, as a comparison sort does', () => {
    // One finding a line from the last line up, as a rule that reports backwards would, and two
    // rules on every seventh line: 3,000 findings, so the key store grows several times.
    const findings: Finding[] = [];
    for (let line = 2999; line >= 0; line--) {
      findings.push({ ruleId: 'residue', category: 'style', severity: 'warning', message: String(line), range: range(line, line % 5, 9) });
      if (line % 7 === 0) findings.push({ ruleId: 'placeholder', category: 'style', severity: 'warning', message: `p${line}`, range: range(line, line % 5, 9) });
    }
    const sorted = sortFindings(findings);
    const expected = byComparison(findings);
    assert.equal(sorted.length, expected.length);
    sorted.forEach((f, i) => assert.equal(f, expected[i]));
  });

  it('returns an empty list for none, and one finding as it is', () => {
    assert.deepEqual(sortFindings([]), []);
    const one: Finding = { ruleId: 'a', category: 'style', severity: 'error', message: 'x', range: range(0, 0, 1) };
    assert.equal(sortFindings([one])[0], one);
  });
});
