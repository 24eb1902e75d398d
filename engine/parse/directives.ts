/**
 * Inline comments that steer zh-report in Markdown (plain text has no comment syntax; there the
 * config's allow-lists and per-file overrides do this job):
 *   <!-- zh-report-disable-next-line [rule …] -->
 *   <!-- zh-report-disable [rule …] --> … <!-- zh-report-enable [rule …] -->
 *   <!-- zh-report type: plan -->
 */
import type { Line } from './text';

export interface Directives {
  type: string | null;
  /** Whether findings of `ruleId` on `line` are silenced. */
  suppressed(line: number, ruleId: string): boolean;
}

const DIRECTIVE = /<!--\s*zh-report(?:-(disable-next-line|disable|enable)\b([^>]*?)|\s+type\s*[:\uFF1A]\s*([\w-]+))\s*-->/g;

const NONE: Directives = { type: null, suppressed: () => false };

interface Span {
  from: number;
  to: number;
  rules: string[] | null;
}

export function readDirectives(lines: Line[], markdown: boolean): Directives {
  if (!markdown) return NONE;
  let type: string | null = null;
  const spans: Span[] = [];
  const open = new Map<string, number>();
  for (const line of lines) {
    if (line.text.indexOf('zh-report') < 0) continue;
    for (const m of line.text.matchAll(DIRECTIVE)) {
      if (m[3]) {
        type ??= m[3];
        continue;
      }
      const rules = m[2]!.trim() ? m[2]!.trim().split(/[\s,]+/) : null;
      const key = rules ? rules.join(',') : '*';
      if (m[1] === 'disable-next-line') spans.push({ from: line.index + 1, to: line.index + 1, rules });
      else if (m[1] === 'disable') open.set(key, line.index);
      else {
        const keys = rules ? [key] : [...open.keys()];
        for (const k of keys) {
          const from = open.get(k);
          if (from === undefined) continue;
          spans.push({ from, to: line.index, rules: k === '*' ? null : k.split(',') });
          open.delete(k);
        }
      }
    }
  }
  for (const [k, from] of open) spans.push({ from, to: lines.length, rules: k === '*' ? null : k.split(',') });
  if (!spans.length) return { type, suppressed: () => false };
  return {
    type,
    suppressed: (line, ruleId) => spans.some((s) => line >= s.from && line <= s.to && (!s.rules || s.rules.includes(ruleId))),
  };
}
