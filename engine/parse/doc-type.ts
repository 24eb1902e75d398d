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

/** Whether `keyword` stands in `title` other than as part of an office's name. */
function namesKind(title: string, keyword: string): boolean {
  for (let i = title.indexOf(keyword); i >= 0; i = title.indexOf(keyword, i + 1)) {
    if (!OFFICE_AFTER.test(title.slice(i + keyword.length, i + keyword.length + 5))) return true;
  }
  return false;
}

/** A survey's title that names its subject before 的: ……情况的调研报告. */
const SURVEY_OF = /的(?:专题)?(?:调研|调查|考察)(?:报告)?$/;

/** A normalised title longer than this is a sentence, not a title: it names no type. */
const TITLE_MAX = 60;

/** The types a title names, in catalogue order; ['unknown'] when it names none. */
export function detectTypes(title: string | undefined, rules: readonly TitleRule[] = BUILTIN_TYPES): string[] {
  if (!title) return ['unknown'];
  const t = normalizeTitle(title);
  if (t.length === 0 || t.length > TITLE_MAX) return ['unknown'];
  const types: string[] = [];
  for (const rule of rules) {
    const byKeyword = (rule.titleKeywords ?? []).some((k) => k !== '' && namesKind(t, k));
    const byPattern = !byKeyword && !!rule.titlePatterns?.length && compilePatterns(rule.titlePatterns).matchers.some((m) => m.matcher(t).find());
    if ((byKeyword || byPattern) && !types.includes(rule.id)) types.push(rule.id);
  }
  // A 述职报告 often has 总结 wording too; the duty type covers it.
  if (types.includes('duty')) return ['duty'];
  // 关于“十四五”规划实施情况的调研报告: what comes before 的 is the survey's subject, not a second kind.
  if (types.includes('research') && SURVEY_OF.test(t)) return ['research'];
  return types.length ? types : ['unknown'];
}
