/** Public types of the zh-report engine. Positions are 0-based lines and UTF-16 columns, as in LSP. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Category = 'numbering' | 'placeholder' | 'section' | 'residue' | 'content' | 'consistency' | 'style';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedInformation {
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  range: Range;
  data?: Record<string, unknown>;
  fixes?: Fix[];
  related?: RelatedInformation[];
}

/** A built-in type id, or a custom type's id from the config. */
export type DocType = 'summary' | 'plan' | 'duty' | 'research' | 'unknown' | (string & {});

export function range(line: number, start: number, end: number, endLine = line): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}
