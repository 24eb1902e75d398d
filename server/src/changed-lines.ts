import type { TextEdit } from 'vscode-languageserver';

/** Each line's text and where the next line starts, for \n, \r\n and \r alike. */
interface Line {
  text: string;
  eol: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const eol = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = eol.exec(text); m; m = eol.exec(text)) {
    out.push({ text: text.slice(start, m.index), eol: m[0], start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), eol: '', start });
  return out;
}

const same = (x: Line, y: Line): boolean => x.text === y.text && x.eol === y.eol;

/**
 * The edits that turn `before` into `after`, as small as a line diff needs: one edit per changed
 * line when no line was added or removed (renumbering, punctuation), so that the cursor and the
 * undo stop stay where the writer was; otherwise one edit over the lines between the unchanged
 * head and tail (a deleted Markdown rule line, or changed line ends).
 */
export function changedLineEdits(before: string, after: string): TextEdit[] {
  const a = linesOf(before);
  const b = linesOf(after);
  if (a.length === b.length && a.every((line, i) => line.eol === b[i]!.eol)) {
    const edits: TextEdit[] = [];
    a.forEach((line, i) => {
      if (line.text !== b[i]!.text) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: line.text.length } }, newText: b[i]!.text });
    });
    return edits;
  }
  // At least one line on each side stays in the edit, so that both its ends exist.
  const most = Math.min(a.length, b.length) - 1;
  let head = 0;
  while (head < most && same(a[head]!, b[head]!)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && same(a[a.length - 1 - tail]!, b[b.length - 1 - tail]!)) tail++;
  // Replace whole lines from the first changed one up to the start of the unchanged tail.
  const endLine = a.length - tail;
  const end = endLine < a.length ? { line: endLine, character: 0 } : { line: a.length - 1, character: a[a.length - 1]!.text.length };
  const newEnd = b.length - tail < b.length ? b[b.length - tail]!.start : after.length;
  return [{ range: { start: { line: head, character: 0 }, end }, newText: after.slice(b[head]!.start, newEnd) }];
}
