/** The character tests that stand in for regex classes on hot paths must agree with the classes. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DIGIT, isDigitCode, isLatinCode, isWhiteSpace, isXLetterCode, LATIN, X_LETTER } from '../../engine/chars';

function disagreements(test: (c: number) => boolean, re: RegExp): number[] {
  const out: number[] = [];
  for (let c = 0; c <= 0xffff; c++) if (test(c) !== re.test(String.fromCharCode(c))) out.push(c);
  return out;
}

describe('character tests', () => {
  it('agree with their regex classes on every UTF-16 code', () => {
    assert.deepEqual(disagreements(isDigitCode, new RegExp(`^[${DIGIT}]$`)), []);
    assert.deepEqual(disagreements(isLatinCode, new RegExp(`^[${LATIN}]$`)), []);
    assert.deepEqual(disagreements(isXLetterCode, new RegExp(`^[${X_LETTER}]$`)), []);
    assert.deepEqual(disagreements(isWhiteSpace, /^\s$/), []);
  });

  it('say no past either end of a string (NaN)', () => {
    for (const test of [isDigitCode, isLatinCode, isXLetterCode, isWhiteSpace]) assert.equal(test('a1'.charCodeAt(5)), false);
  });
});
