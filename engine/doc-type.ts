/** Document type detection from a title line (domain.md §1). */
import type { DocType } from './types';
import { CLOSE_PAREN, OPEN_PAREN } from './chars';

/** Suffixes that web template sites add to titles: 范文, 篇3, (精选), 6. */
const TITLE_NOISE = new RegExp(
  `(?:[\\s\\u3000]*(?:篇\\s*[0-9一二三四五六七八九十]+|范文(?:大全)?|精选|模板|[${OPEN_PAREN}][^${CLOSE_PAREN}]{0,12}[${CLOSE_PAREN}]|[0-9]+)[\\s\\u3000]*)+$`,
);

export function normalizeTitle(title: string): string {
  return title
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/^[《“"]+|[》”"]+$/g, '')
    .trim()
    .replace(TITLE_NOISE, '')
    .replace(/[》”"]+$/g, '')
    .trim();
}

const TYPE_KEYWORDS: Array<{ type: DocType; re: RegExp }> = [
  { type: 'duty', re: /述职/ },
  { type: 'research', re: /调研|调查报告|考察报告/ },
  { type: 'summary', re: /总结|小结|工作汇报|情况汇报|情况报告/ },
  { type: 'plan', re: /要点|计划|安排|方案|规划|打算|思路$/ },
];

/** The types a title names, in the order listed above; ['unknown'] when it names none. */
export function detectTypes(title: string | undefined): DocType[] {
  if (!title) return ['unknown'];
  const t = normalizeTitle(title);
  if (t.length === 0 || t.length > 60) return ['unknown'];
  const types: DocType[] = [];
  for (const { type, re } of TYPE_KEYWORDS) {
    if (re.test(t) && !types.includes(type)) types.push(type);
  }
  // 述职报告 often ends in 总结 wording; the duty type covers it.
  if (types.includes('duty')) return ['duty'];
  return types.length ? types : ['unknown'];
}
