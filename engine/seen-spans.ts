/**
 * Spans of masked lines remembered by a cheap fingerprint (length and a few characters), so that
 * remembering a span costs the same for a long sentence as for a short one. A fingerprint is only a
 * hint: a span counts as seen when its text equals an earlier span's text. The table is open
 * addressing over typed arrays: a Map entry per sentence made duplicate-text the engine's most
 * expensive rule.
 */
import { fullWidthPunctuationCode, withFullWidthPunctuation } from './chars';
import type { Line } from './parse/text';
import { range, type Range } from './types';

/** Per entry: fingerprint, line, start column, end column, slot. */
const FIELDS = 5;
/**
 * Different texts with one fingerprint compared before a span goes to the overflow map instead:
 * sentences that differ only where the fingerprint does not look (第00012号…) would otherwise
 * make one long chain and the work quadratic.
 */
const MAX_SAME_PRINT = 4;

/**
 * Whether two spans read the same with their punctuation full-width: a span copied twice, once with
 * half-width punctuation (pasted from the web or a chat tool), is still one text.
 */
function sameWhenFolded(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = a.charCodeAt(aStart + k);
    const y = b.charCodeAt(bStart + k);
    if (x !== y && fullWidthPunctuationCode(x) !== fullWidthPunctuationCode(y)) return false;
  }
  return true;
}

export class SeenSpans {
  /** Entry index + 1 per slot, 0 when free; always at most half full. */
  private slots = new Int32Array(1024);
  private entries = new Int32Array(512 * FIELDS);
  private count = 0;
  private lines: readonly Line[] = [];
  private overflow = new Map<string, Range>();

  /**
   * Forgets every span and reads spans of `lines` from now on ([] lets go of the last text).
   * The table keeps its size, so one table serves lint after lint without allocating; clearing
   * costs the number of spans it held, not the table's size.
   */
  reset(lines: readonly Line[]): void {
    for (let k = 0; k < this.count; k++) this.slots[this.entries[k * FIELDS + 4]!] = 0;
    this.count = 0;
    this.lines = lines;
    if (this.overflow.size) this.overflow = new Map();
  }

  /**
   * The range of an earlier span with the same text as columns [start, end) of masked line
   * `line`; otherwise remembers this span and returns null. Spans are at least two characters long.
   */
  findOrAdd(line: number, start: number, end: number): Range | null {
    const text = this.lines[line]!.masked;
    const length = end - start;
    const print =
      Math.imul(length, 0x9e3779b1) ^
      fullWidthPunctuationCode(text.charCodeAt(start)) ^
      Math.imul(fullWidthPunctuationCode(text.charCodeAt(start + 1)), 0x85ebca6b) ^
      Math.imul(fullWidthPunctuationCode(text.charCodeAt(start + (length >> 1))), 0xc2b2ae35) ^
      Math.imul(fullWidthPunctuationCode(text.charCodeAt(end - 1)), 0x27d4eb2f);
    const e = this.entries;
    const mask = this.slots.length - 1;
    let slot = (print ^ (print >>> 15)) & mask;
    let samePrint = 0;
    for (let k = this.slots[slot]! - 1; k >= 0; slot = (slot + 1) & mask, k = this.slots[slot]! - 1) {
      const at = k * FIELDS;
      if (e[at] !== print || e[at + 3]! - e[at + 2]! !== length) continue;
      if (sameWhenFolded(this.lines[e[at + 1]!]!.masked, e[at + 2]!, text, start, length)) return range(e[at + 1]!, e[at + 2]!, e[at + 3]!);
      if (++samePrint >= MAX_SAME_PRINT) {
        const key = withFullWidthPunctuation(text.slice(start, end));
        const first = this.overflow.get(key);
        if (!first) this.overflow.set(key, range(line, start, end));
        return first ?? null;
      }
    }
    if ((this.count + 1) * 2 > this.slots.length) {
      this.grow();
      return this.findOrAdd(line, start, end);
    }
    const at = this.count * FIELDS;
    e[at] = print;
    e[at + 1] = line;
    e[at + 2] = start;
    e[at + 3] = end;
    e[at + 4] = slot;
    this.slots[slot] = ++this.count;
    return null;
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const entries = new Int32Array((size / 2) * FIELDS);
    entries.set(this.entries);
    this.entries = entries;
    this.slots = new Int32Array(size);
    for (let k = 0; k < this.count; k++) {
      const print = entries[k * FIELDS]!;
      let slot = (print ^ (print >>> 15)) & (size - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.slots[slot] = k + 1;
      entries[k * FIELDS + 4] = slot;
    }
  }
}
