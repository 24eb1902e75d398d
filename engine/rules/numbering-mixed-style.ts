import { isCommaDelimiter, isKeycapDelimiter, type Marker } from '../parse/markers';
import { restyle } from '../numbering/edits';
import type { Rule } from '../rule';
import { range } from '../types';
import { zh } from '../zh-message';

/** The most used style per family in a document; a tie goes to the style seen first. */
export function dominantStyles(markers: Marker[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const m of markers) {
    let byStyle = counts.get(m.family);
    if (!byStyle) counts.set(m.family, (byStyle = new Map()));
    byStyle.set(m.style, (byStyle.get(m.style) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [family, byStyle] of counts) {
    let best = '';
    let bestCount = -1;
    for (const [style, n] of byStyle) if (n > bestCount) [best, bestCount] = [style, n];
    out.set(family, best);
  }
  return out;
}

/** 一. and 第一、 and 1， are punctuation errors, not second styles; numbering-punctuation owns them. A keycap (1️⃣) is markdown-artifact's. */
function styleCounts(m: Marker): boolean {
  return !(m.family === 'cn' && m.style !== '、') && !(m.family === 'ordinal' && m.style === '、') && !(m.family === 'arabic' && (isCommaDelimiter(m.delimiter) || isKeycapDelimiter(m.delimiter)));
}

const rule: Rule = {
  id: 'numbering-mixed-style',
  category: 'numbering',
  defaultSeverity: 'information',
  description: '同一层级序号写法不一(1. 与 1、,半角与全角括号)/ One level written two ways in one document',
  options: {},
  fixSafety: 'safe',
  check(ctx) {
    for (const doc of ctx.model.documents) {
      const markers = doc.headings.map((n) => n.marker).filter(styleCounts);
      const dominant = dominantStyles(markers);
      for (const m of markers) {
        const style = dominant.get(m.family)!;
        if (m.style === style) continue;
        const edits = restyle(m, style);
        ctx.report({
          range: range(m.line, m.start, m.end),
          message: zh`同一层级序号写法不一:此处用“${m.open}${m.delimiter}${m.close}”,本文档多用“${style}”`,
          data: { style: m.style, dominant: style },
          fixes: edits.length ? [{ title: `统一为“${style}” (Use the dominant style)`, edits }] : undefined,
        });
      }
    }
  },
};

export default rule;
