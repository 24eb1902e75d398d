/**
 * Fixtures with their expected hits marked inline: ⟦…⟧ around the exact text a finding must cover.
 * The marks are removed before linting, and the expected ranges are computed in UTF-16 columns of
 * the clean text, so a fixture states both its hits and, by everything left unmarked, its non-hits.
 */
export interface ExpectedRange {
  line: number;
  start: number;
  end: number;
  /** From a {label,…} after the mark: one expected finding per label, matched against data.section. */
  label?: string;
}

export function readMarked(source: string): { text: string; expected: ExpectedRange[] } {
  let text = '';
  let line = 0;
  let col = 0;
  let open: { line: number; start: number } | null = null;
  const expected: ExpectedRange[] = [];
  const chars = Array.from(source);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '⟦') {
      if (open) throw new Error(`nested ⟦ at line ${line + 1}`);
      open = { line, start: col };
      continue;
    }
    if (ch === '⟧') {
      if (!open || open.line !== line) throw new Error(`unmatched ⟧ at line ${line + 1}`);
      if (chars[i + 1] === '{') {
        const close = chars.indexOf('}', i);
        const labels = chars.slice(i + 2, close).join('').split(',');
        for (const label of labels) expected.push({ line, start: open.start, end: col, label });
        i = close;
      } else {
        expected.push({ line, start: open.start, end: col });
      }
      open = null;
      continue;
    }
    text += ch;
    if (ch === '\n') {
      line++;
      col = 0;
    } else {
      col += ch.length;
    }
  }
  if (open) throw new Error(`unclosed ⟦ at line ${open.line + 1}`);
  return { text, expected };
}

export function key(r: ExpectedRange): string {
  return `${r.line + 1}:${r.start}-${r.end}${r.label ? ` ${r.label}` : ''}`;
}
