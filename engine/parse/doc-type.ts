/** Document type detection from a title line (docs/domain.md §1, §6). */
import { CLOSE_PAREN, OPEN_PAREN } from '../chars';
import { compilePatterns } from '../re2-patterns';
import { BUILTIN_TYPES } from '../catalog';

/**
 * Suffixes that web template sites add to titles: 范文, 篇3, (精选), 6. A number is taken whole
 * ((?![0-9])) and white space before each piece: a digit run that could be split between
 * repetitions made a title line with a long number (an account, an ID) backtrack for minutes.
 */
const TITLE_NOISE = new RegExp(
  `(?:[\\s\\u3000]*(?:篇\\s*[0-9一二三四五六七八九十]+(?![0-9一二三四五六七八九十])|范文(?:大全)?|精选|模板|[${OPEN_PAREN}][^${CLOSE_PAREN}]{0,12}[${CLOSE_PAREN}]|[0-9]+(?![0-9])))+[\\s\\u3000]*$`,
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

/** What detection needs of a type: its id, title keywords, and (custom types) RE2 title patterns. */
export interface TitleRule {
  id: string;
  titleKeywords: string[];
  titlePatterns?: string[];
}

/**
 * What after a keyword makes it part of an office's name, not the document's kind: 自然资源和规划局,
 * 城乡规划设计院, 计划财务处, 卫生和计划生育委员会. Their 总结 is a summary, not a plan.
 */
const OFFICE_AFTER = /^(?:财务|设计|建设|管理|发展|编制|信息|勘测)?(?:局|院|委员会|委|厅|馆|中心|处|科)|^生育/;

/** What joins two kinds in one title: 2025年工作总结及2026年工作计划, 总结暨调研报告, 总结、计划. */
const JOINED_AFTER = /^[^及暨和与并、，,]{0,2}(?:及|暨|和|与|并|以及|、|，|,)/;

/**
 * Where `keyword` last stands in `title` as the document's kind, and whether it stands joined to a
 * following kind there or anywhere; -1 when only in an office's name.
 */
function kindPlaces(title: string, keyword: string): { end: number; joined: boolean } {
  let end = -1;
  let joined = false;
  for (let i = title.indexOf(keyword); i >= 0; i = title.indexOf(keyword, i + 1)) {
    const after = title.slice(i + keyword.length, i + keyword.length + 5);
    if (OFFICE_AFTER.test(after)) continue;
    end = i + keyword.length;
    if (JOINED_AFTER.test(after)) joined = true;
  }
  return { end, joined };
}

/** A normalised title longer than this is a sentence, not a title: it names no type. */
const TITLE_MAX = 60;

/**
 * The types a title names, in catalogue order; ['unknown'] when it names none. The kind a title
 * names last is its head (……规划实施情况的调研报告 is a survey, 2026年调研工作计划 a plan); a kind named
 * earlier counts too only when joined to what follows (2025年工作总结及2026年工作计划).
 */
export function detectTypes(title: string | undefined, rules: readonly TitleRule[] = BUILTIN_TYPES): string[] {
  if (!title) return ['unknown'];
  const t = normalizeTitle(title);
  if (t.length === 0 || t.length > TITLE_MAX) return ['unknown'];
  const found: Array<{ id: string; end: number; joined: boolean }> = [];
  for (const rule of rules) {
    let end = -1;
    let joined = false;
    for (const k of rule.titleKeywords ?? []) {
      if (k === '') continue;
      const place = kindPlaces(t, k);
      end = Math.max(end, place.end);
      joined ||= place.joined;
    }
    // A custom type's RE2 pattern gives no place: it counts as joined.
    if (end < 0 && rule.titlePatterns?.length && compilePatterns(rule.titlePatterns).matchers.some((m) => m.matcher(t).find())) [end, joined] = [0, true];
    if (end >= 0 && !found.some((f) => f.id === rule.id)) found.push({ id: rule.id, end, joined });
  }
  const head = Math.max(...found.map((f) => f.end));
  const types = found.filter((f) => f.end === head || f.joined).map((f) => f.id);
  // A 述职报告 often has 总结 wording too; the duty type covers it.
  if (types.includes('duty')) return ['duty'];
  return types.length ? types : ['unknown'];
}
