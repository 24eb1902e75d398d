import type { TextEdit } from 'vscode-languageserver/node';

/** Numbering fixes never add or remove lines, so the repair is expressed as one edit per changed line. */
export function changedLineEdits(before: string, after: string): TextEdit[] {
  const split = /\r\n|\n|\r/;
  const a = before.split(split);
  const b = after.split(split);
  if (a.length !== b.length) {
    const lines = a.length;
    return [{ range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, newText: after }];
  }
  const edits: TextEdit[] = [];
  a.forEach((line, i) => {
    if (line !== b[i]) edits.push({ range: { start: { line: i, character: 0 }, end: { line: i, character: line.length } }, newText: b[i]! });
  });
  return edits;
}
