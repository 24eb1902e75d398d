/** Pure text edits for the numbering fixes: renumbering, punctuation and style. */
import { formatChineseNumeral, formatCircled } from '../chinese-numerals';
import { isCommaDelimiter, type Family, type Marker } from '../parse/markers';
import { range, type TextEdit } from '../types';
import type { Chain } from './analysis';
import type { Series } from './inline-series';
import { COMMA, DOT } from '../chars';
import { zh } from '../zh-message';

export function formatValue(family: Family, value: number, like: string): string {
  switch (family) {
    case 'arabic':
    case 'arabic-paren':
      // Keep full-width digits where the writer used them.
      return /[\uff10-\uff19]/.test(like) ? String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : String(value);
    case 'circled':
      return formatCircled(value);
    default:
      return formatChineseNumeral(value);
  }
}

/** A marker written with `value` as its number, delimiter included; a placeholder number (null) is kept as written. */
export function markerText(marker: Marker, value: number | null): string {
  const numeral = value === null ? marker.numeralText : formatValue(marker.family, value, marker.numeralText);
  if (marker.family === 'ordinal' || marker.family === 'ordinal-unit') return `第${numeral}${marker.unit}${marker.delimiter}`;
  return `${marker.open}${numeral}${marker.close}${marker.delimiter}`;
}

function numeralEdit(marker: Marker, value: number): TextEdit {
  return { range: range(marker.line, marker.numeral.start, marker.numeral.end), newText: formatValue(marker.family, value, marker.numeralText) };
}

/** Edits that give every item in the chain its target number; placeholders are left to the writer. */
export function renumberChain(chain: Chain): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [node, target] of chain.targets) {
    if (node.marker.value !== null && node.marker.value !== target) edits.push(numeralEdit(node.marker, target));
  }
  return edits;
}

/** Edits that number a series on from its first token's value, or from `from` (1 for a series that starts past its first item). */
export function renumberSeries(series: Series, from = series.tokens[0]!.value): TextEdit[] {
  const first = from;
  const edits: TextEdit[] = [];
  series.tokens.forEach((t, j) => {
    const target = first + j;
    if (t.value === target) return;
    const text =
      t.kind === 'qici' ? (['', '首先', '其次', '再次'][target] ?? null)
      : t.kind === 'paren' ? String(target)
      : t.kind === 'circled' ? (target >= 1 && target <= 20 ? String.fromCharCode(0x245f + target) : null)
      : formatChineseNumeral(target);
    if (text) edits.push({ range: range(t.line, t.start, t.end), newText: text });
  });
  return edits;
}

export interface PunctuationProblem {
  message: string;
  edits: TextEdit[];
}

/** What a bare Chinese numeral is wrongly followed by: a dot (一.) or a comma (一，, 一,). */
const WRONG_CN_DELIMITER = new RegExp(`^[${DOT}${COMMA}]$`);

/** GB/T 15834-2011 B.3: what is wrong with the punctuation after a marker, if anything; one fix for all of it. */
export function punctuationProblem(marker: Marker): PunctuationProblem | null {
  const line = marker.line;
  const messages: string[] = [];
  const edits: TextEdit[] = [];
  if (marker.family === 'cn' && WRONG_CN_DELIMITER.test(marker.delimiter) && marker.delimiterSpan) {
    messages.push(zh`汉字数字序号后应用顿号“、”,不用“${marker.delimiter}”`);
    edits.push({ range: range(line, marker.delimiterSpan.start, marker.delimiterSpan.end), newText: '、' });
  }
  // B.3: a bare Arabic numeral takes a dot; 1，加强学习 has a comma typed for it.
  if (marker.family === 'arabic' && isCommaDelimiter(marker.delimiter) && marker.delimiterSpan) {
    messages.push(zh`阿拉伯数字序号后应用“.”,不用“${marker.delimiter}”`);
    edits.push({ range: range(line, marker.delimiterSpan.start, marker.delimiterSpan.end), newText: '.' });
  }
  // B.3: 第一 and 首先 take a comma; 第一、 is the bare-numeral 、 borrowed by mistake.
  if (marker.family === 'ordinal' && marker.delimiter === '、' && marker.delimiterSpan) {
    messages.push(zh`“第${marker.numeralText}”这类序数词后应用逗号“,”,不用顿号“、”`);
    edits.push({ range: range(line, marker.delimiterSpan.start, marker.delimiterSpan.end), newText: '\uFF0C' });
  }
  if (marker.extra) {
    messages.push(
      marker.delimiter !== ''
        ? zh`序号后标点重复:“${marker.delimiter}${marker.extra.text}”只应保留一个`
        : zh`带括号或圈码的序号后不加标点:删除“${marker.extra.text}”`,
    );
    edits.push({ range: range(line, marker.extra.span.start, marker.extra.span.end), newText: '' });
  }
  return edits.length ? { message: messages.join('\uFF1B'), edits } : null;
}

/** Edits that rewrite a marker into another style of its family (delimiter or bracket pair). */
export function restyle(marker: Marker, style: string): TextEdit[] {
  if (marker.style === style) return [];
  const line = marker.line;
  if (marker.delimiterSpan) return [{ range: range(line, marker.delimiterSpan.start, marker.delimiterSpan.end), newText: style }];
  if (marker.open && marker.close && style.length === 2) {
    const closeAt = marker.numeral.end;
    return [
      { range: range(line, marker.start, marker.start + 1), newText: style[0]! },
      { range: range(line, closeAt, closeAt + 1), newText: style[1]! },
    ];
  }
  return [];
}
