/**
 * The order findings are reported in: by line, then column, then rule id, and each rule's own order
 * among equals. A long report has thousands of findings of many object shapes; a comparison sort
 * that reads their ranges on every comparison was a measurable share of a whole lint, so the
 * positions are read once into numbers and the sort runs on those: a counting sort by line, then
 * an insertion sort within each line, which rarely holds more than a few findings.
 */
import type { Finding } from './types';

/** Above this many findings on one line, the line is sorted by a comparison sort instead. */
const INSERTION_LIMIT = 32;

/** Ranks of rule ids in string order, for ids compared often (every rule's id). */
export function rankIds(ids: Iterable<string>): Map<string, number> {
  return new Map([...new Set(ids)].sort().map((id, rank) => [id, rank]));
}

/** Findings collected with their sort keys, read once as they are added. */
export class FindingCollector {
  readonly findings: Finding[] = [];
  /**
   * Line, column and rank of each finding, three numbers a finding. A typed array grown by
   * doubling: a text with a finding on every line has tens of thousands of keys, and three growing
   * arrays of numbers on the JavaScript heap added a share of garbage-collection work to each lint.
   */
  private keys = new Int32Array(3 * 256);
  private lastLine = 0;

  /** `rank` orders rule ids the way string comparison does (rankIds). */
  add(finding: Finding, line: number, column: number, rank: number): void {
    const at = 3 * this.findings.length;
    if (at === this.keys.length) {
      const grown = new Int32Array(2 * this.keys.length);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.findings.push(finding);
    this.keys[at] = line;
    this.keys[at + 1] = column;
    this.keys[at + 2] = rank;
    if (line > this.lastLine) this.lastLine = line;
  }

  sorted(): Finding[] {
    const { findings, keys } = this;
    const n = findings.length;
    const lineOf = (i: number): number => keys[3 * i]!;
    const columnOf = (i: number): number => keys[3 * i + 1]!;
    const rankOf = (i: number): number => keys[3 * i + 2]!;
    // Where each line's findings start in the output, then every finding placed in its line's
    // slots in the order it came: a stable counting sort.
    const start = new Int32Array(this.lastLine + 2);
    for (let i = 0; i < n; i++) start[lineOf(i) + 1]!++;
    for (let l = 0; l <= this.lastLine; l++) start[l + 1]! += start[l]!;
    const next = start.slice(0, this.lastLine + 1);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[next[lineOf(i)]!++] = i;
    const after = (a: number, b: number): boolean => columnOf(a) > columnOf(b) || (columnOf(a) === columnOf(b) && rankOf(a) > rankOf(b));
    for (let l = 0; l <= this.lastLine; l++) {
      const from = start[l]!;
      const to = start[l + 1]!;
      if (to - from > INSERTION_LIMIT) {
        // Array sort is stable, so equal keys keep the order they were reported in.
        const part = Array.from(order.subarray(from, to)).sort((a, b) => columnOf(a) - columnOf(b) || rankOf(a) - rankOf(b));
        order.set(part, from);
        continue;
      }
      for (let k = from + 1; k < to; k++) {
        const v = order[k]!;
        let j = k - 1;
        while (j >= from && after(order[j]!, v)) {
          order[j + 1] = order[j]!;
          j--;
        }
        order[j + 1] = v;
      }
    }
    const out: Finding[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = findings[order[i]!]!;
    return out;
  }
}

/** `findings` in report order, as a new array. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const ranks = rankIds(findings.map((f) => f.ruleId));
  const collector = new FindingCollector();
  for (const f of findings) collector.add(f, f.range.start.line, f.range.start.character, ranks.get(f.ruleId)!);
  return collector.sorted();
}
