/**
 * Accuracy on reports written for the project (test/eval/), in the classes of issue #18's held-out
 * set: per category precision ≥ 0.98 and recall ≥ 0.95, and no warning or error on a clean report.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate } from '../support/eval';

describe('accuracy on the evaluation reports', () => {
  const result = evaluate();

  it('no warning or error on a clean report', () => {
    assert.deepEqual(result.cleanAlarms, []);
  });

  for (const [category, r] of Object.entries(result.perCategory)) {
    it(`${category}: precision ≥ 0.98 and recall ≥ 0.95 (${r.truePositives}/${r.reported} reported, ${r.truePositives}/${r.expected} expected)`, () => {
      assert.ok(r.expected > 0, 'the reports hold cases of this category');
      assert.ok(r.precision >= 0.98, `precision ${r.precision.toFixed(3)}; false alarms:\n${result.falseAlarms.filter((f) => f.includes(category === 'numbering' || category === 'section' ? `${category}-` : ` ${category} `)).join('\n')}`);
      assert.ok(r.recall >= 0.95, `recall ${r.recall.toFixed(3)}; missed:\n${result.misses.filter((m) => m.includes(category)).join('\n')}`);
    });
  }
});
