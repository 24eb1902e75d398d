/**
 * Native string search over the whole text, for rules that look for a few rare characters or
 * words: indexOf over the text is far cheaper than testing every line with a regex. The search
 * reads the raw text, so a hit may lie in something masked (a URL, Markdown code); rules read the
 * masked line, or check it, before reporting.
 */
import type { ReportModel } from './parse/model';
import { lineAtOffset, SEARCH_WINDOW } from './parse/text';

/**
 * One search over a whole text: for any of `needles`, and/or for matches of the global regex
 * `regex`, which must not match across a line break. A line with a hit gets `bit` set in its mark.
 */
export interface LineSearch {
  needles?: readonly string[] | undefined;
  /**
   * Whether a hit at `at` in `window` counts (the character after 第 is a numeral): a
   * needle and a check of its neighbours is many times cheaper than a regex that starts with a
   * character class, which V8 runs at every position of the text.
   */
  accept?: ((window: string, at: number) => boolean) | undefined;
  regex?: RegExp | undefined;
  bit?: number;
}

/**
 * Marks the lines where each search hits, so that one array can say which searches hit a line;
 * returns `marks`. The text is searched in windows of whole lines, every search in a window before
 * the next window (see SEARCH_WINDOW), and from the next line on after a hit: a line is marked
 * once however many hits it holds.
 */
export function markLines(model: ReportModel, searches: readonly LineSearch[], marks: Uint8Array = new Uint8Array(model.lines.length)): Uint8Array {
  const { text, lines } = model;
  for (let first = 0; first < lines.length; ) {
    const start = lines[first]!.start;
    // Lines [first, end) make the window: whole lines, so no hit straddles its edge.
    const end = start + SEARCH_WINDOW >= text.length ? lines.length : Math.max(first + 1, lineAtOffset(lines, start + SEARCH_WINDOW));
    const window = first === 0 && end === lines.length ? text : text.slice(start, end < lines.length ? lines[end]!.start : text.length);
    const markHits = (find: (from: number) => number, bit: number): void => {
      for (let p = find(0); p >= 0; ) {
        const line = lineAtOffset(lines, start + p);
        marks[line]! |= bit;
        if (line + 1 >= end) break;
        p = find(lines[line + 1]!.start - start);
      }
    };
    for (const { needles, accept, regex, bit = 1 } of searches) {
      const hit = (find: (from: number) => number): ((from: number) => number) =>
        accept
          ? (from) => {
              let p = find(from);
              while (p >= 0 && !accept(window, p)) p = find(p + 1);
              return p;
            }
          : find;
      for (const needle of needles ?? []) markHits(hit((from) => indexOfNeedle(window, needle, from)), bit);
      if (regex) {
        markHits(
          hit((from) => {
            regex.lastIndex = from;
            return regex.exec(window)?.index ?? -1;
          }),
          bit,
        );
      }
    }
    first = end;
  }
  return marks;
}

/**
 * How costly V8's search for a string starting with this character is, lower being cheaper: it
 * finds candidates with memchr on the character's highest byte. For most CJK ideographs that is the
 * high byte, shared by the 256 characters of its block (告 U+544A stops at every U+54xx); when the
 * low byte is higher and above the CJK blocks' high bytes (诉 U+8BC9), memchr stops only at the
 * rare characters that end in it. ASCII and characters whose highest byte is shared sit between.
 */
function searchCost(c: number): number {
  const high = c >> 8;
  const low = c & 0xff;
  if (low < high) return 2;
  return low >= 0xa0 ? 0 : 1;
}

/** Per needle, the part of it searched for: see indexOfNeedle. */
const anchors = new Map<string, string>();

function anchorOf(needle: string): string {
  let anchor = anchors.get(needle);
  if (anchor === undefined) {
    let k = 0;
    // The part searched for keeps at least two characters: a single common character (设 of 假设)
    // has so many hits that checking each costs more than the cheaper first byte saves.
    for (let i = 1; i <= needle.length - 2; i++) if (searchCost(needle.charCodeAt(i)) < searchCost(needle.charCodeAt(k))) k = i;
    anchors.set(needle, (anchor = needle.slice(k)));
  }
  return anchor;
}

/**
 * text.indexOf(needle, from), searching for the needle from its cheapest character on (searchCost)
 * and checking the characters before it at each hit: 告诉我 is found as 诉我, five times faster on a
 * report's text. Every rule's whole-text needles go through here.
 */
export function indexOfNeedle(text: string, needle: string, from: number): number {
  const anchor = anchorOf(needle);
  const k = needle.length - anchor.length;
  if (k === 0) return text.indexOf(needle, from);
  for (let p = text.indexOf(anchor, from + k); p >= 0; p = text.indexOf(anchor, p + 1)) if (text.startsWith(needle, p - k)) return p - k;
  return -1;
}

/** Marks (sets to 1) each line whose text contains any of `needles`; returns the marks. */
export function markLinesContaining(model: ReportModel, needles: readonly string[]): Uint8Array {
  return markLines(model, [{ needles }]);
}

/** The lines whose text contains any of `needles`, in order. */
export function linesContaining(model: ReportModel, needles: readonly string[]): number[] {
  const marks = markLinesContaining(model, needles);
  const out: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i]) out.push(i);
  return out;
}

/**
 * Where a match found in the raw text stands: its line and column, or null when part of it is
 * masked (the masked line does not read the same there).
 */
export function unmaskedAt(model: ReportModel, offset: number, found: string): { line: number; column: number } | null {
  const line = lineAtOffset(model.lines, offset);
  const column = offset - model.lines[line]!.start;
  return model.lines[line]!.masked.startsWith(found, column) ? { line, column } : null;
}

/**
 * Every match of the global regex `re` in `text`. An exec loop: String.matchAll's iterator costs
 * more than the matching itself on short texts.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}
