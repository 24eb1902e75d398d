/** The server's text-to-edits step: applying its edits to the old text gives the new one, whatever changed. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits } from '../../engine';
import { changedLineEdits } from '../../server/src/changed-lines';

const line = fc.constantFrom('', '\u4e00\u3001\u7532', '\u4e09\u3001\u4e59', '\u57f9\u8bad,\u5171', '\u57f9\u8bad\uff0c\u5171', '---', '\ud842\udfb7', '\u3000\u3000\u6b63\u6587');
const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 8 }).chain((lines) =>
  fc.tuple(fc.constant(lines), line).map(([ls, last]) => ls.map(([l, eol]) => l + eol).join('') + last),
);

describe('changedLineEdits', () => {
  it('one edit per changed line when the line count stays, and only those lines', () => {
    const edits = changedLineEdits('\u4e00\u3001\u7532\r\n\u4e09\u3001\u4e59\r\n\u6b63\u6587', '\u4e00\u3001\u7532\r\n\u4e8c\u3001\u4e59\r\n\u6b63\u6587');
    assert.deepEqual(edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: '\u4e8c\u3001\u4e59' }]);
  });

  it('a deleted line is one edit over that line, keeping the lines around it', () => {
    const edits = changedLineEdits('\u7532\n---\n\u4e59\n', '\u7532\n\u4e59\n');
    assert.deepEqual(edits, [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, newText: '' }]);
  });

  it('applying the edits to the old text gives the new text (generated texts, any line ends)', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        assert.equal(applyEdits(before, changedLineEdits(before, after)), after);
      }),
      { numRuns: 3000 },
    );
  });
});
