/**
 * Native string search over the whole text, for rules that look for a few rare characters or
 * words: indexOf over the text is far cheaper than testing every line with a regex. The search
 * reads the raw text, so a hit may lie in something masked (a URL, Markdown code); rules read the
 * masked line, or check it, before reporting.
 */
import type { ReportModel } from './model';
import { lineAtOffset } from './text';

/**
 * Marks the line of each hit `find(from)` returns (an offset, or -1 for none), searching again from
 * the start of the next line: a line is marked once however many hits it holds. Marking sets `bit`
 * in the line's mark, so that one array can say which of several searches hit a line.
 */
function markHits(model: ReportModel, find: (from: number) => number, marks: Uint8Array, bit: number): Uint8Array {
  const { lines } = model;
  for (let p = find(0); p >= 0; ) {
    const line = lineAtOffset(lines, p);
    marks[line]! |= bit;
    const next = lines[line + 1];
    if (!next) break;
    p = find(next.start);
  }
  return marks;
}

/** Marks (sets `bit` in the mark of) each line whose text contains any of `needles`; returns `marks`. */
export function markLinesContaining(model: ReportModel, needles: readonly string[], marks: Uint8Array = new Uint8Array(model.lines.length), bit = 1): Uint8Array {
  for (const needle of needles) markHits(model, (from) => model.text.indexOf(needle, from), marks, bit);
  return marks;
}

/** Marks each line whose text has a match of the global regex `re`; returns `marks`. */
export function markLinesMatching(model: ReportModel, re: RegExp, marks: Uint8Array = new Uint8Array(model.lines.length), bit = 1): Uint8Array {
  return markHits(
    model,
    (from) => {
      re.lastIndex = from;
      return re.exec(model.text)?.index ?? -1;
    },
    marks,
    bit,
  );
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
