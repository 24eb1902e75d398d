/** Edits that remove text: a whole line with its line break, or a span on one line. */
import type { ReportModel } from './parse/model';
import { range, type TextEdit } from './types';

export function deleteLine(model: ReportModel, line: number): TextEdit {
  const last = model.lines.length - 1;
  if (line < last) return { range: range(line, 0, 0, line + 1), newText: '' };
  if (line === 0) return { range: range(0, 0, model.lines[0]!.text.length), newText: '' };
  const prev = model.lines[line - 1]!.text.length;
  return { range: { start: { line: line - 1, character: prev }, end: { line, character: model.lines[line]!.text.length } }, newText: '' };
}
