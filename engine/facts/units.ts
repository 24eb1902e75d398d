/**
 * Names of issuing units: 东坪区教育局, 市第一人民医院, 东城街道办事处. A name is a distinguishing
 * part (place, ordinal, qualifier) before a kind word (教育局, 人民医院, 中学); two names of one
 * kind whose distinguishing parts differ are two units (docs/domain.md §10).
 */

/** Long and short forms of one unit: each long form is read as its short one. */
const ABBREVIATIONS: Array<[string, string]> = [
  ['市场监督管理局', '市场监管局'],
  ['人民政府', '政府'],
  ['卫生健康委员会', '卫健委'],
  ['卫生健康局', '卫健局'],
  ['卫生和计划生育委员会', '卫计委'],
  ['人力资源和社会保障局', '人社局'],
  ['发展和改革委员会', '发改委'],
  ['发展改革委', '发改委'],
  ['教育和体育局', '教体局'],
  ['教育体育局', '教体局'],
  ['文化和旅游局', '文旅局'],
  ['文化广电和旅游局', '文旅局'],
  ['住房和城乡建设局', '住建局'],
  ['农业农村局', '农业局'],
  ['人民医院', '医院'],
  ['中医医院', '中医院'],
  ['街道办事处', '街道'],
  ['中国共产党', '中共'],
  ['委员会', '委'],
];

/**
 * Kind words, as read after abbreviation. A unit whose kind is not here is not recognised: a
 * missed unit costs a finding, a guessed one costs a false alarm.
 */
const KINDS = [
  '教育局', '教体局', '卫健局', '卫健委', '卫计委', '人社局', '财政局', '公安局', '民政局', '司法局', '审计局', '统计局', '税务局',
  '交通运输局', '农业局', '水利局', '商务局', '文旅局', '自然资源局', '生态环境局', '住建局', '应急管理局', '市场监管局', '医保局',
  '医疗保障局', '退役军人事务局', '林业局', '城管局', '体育局', '科技局', '工信局', '发改委', '政府', '医院', '中医院', '卫生院',
  '妇幼保健院', '疾控中心', '疾病预防控制中心', '中学', '小学', '学校', '幼儿园', '职业中专', '街道', '社区', '村委', '法院',
  '检察院', '支行', '分行', '供电公司', '党委', '党工委', '纪委', '团委', '妇联', '总工会', '工会',
];

/** Kind words as written, long forms included, so that a name found in text ends where it is written to. */
const longestFirst = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const KIND_PATTERN = new RegExp(`(?:${longestFirst([...KINDS, ...ABBREVIATIONS.map(([long]) => long)])})`, 'g');
const KIND_AT_END = new RegExp(`(?:${longestFirst(KINDS)})$`);

const SHORT_FORM = new Map(ABBREVIATIONS);
/** Every long form, the longest first, so 卫生健康委员会 is read before its 委员会. */
const LONG_FORMS = new RegExp(longestFirst([...SHORT_FORM.keys()]), 'g');

export function normalizeUnit(name: string): string {
  return name.replace(/[\s\u3000]+/g, '').replace(LONG_FORMS, (long) => SHORT_FORM.get(long)!);
}

export interface UnitName {
  /** As written. */
  text: string;
  /** Offset in the string it was read from. */
  index: number;
  kind: string;
  /** What tells it from other units of its kind: 东坪区, 市第一. Empty for a bare 教育局. */
  distinguishing: string;
}

/** Words of a sentence that no place name or ordinal contains. */
const SENTENCE_WORDS = /的|了|是|来源|来自|属于|位于|隶属|关于|对于|由于|通过|经过|根据|按照|我们|本文|本人|以及|并且|其中|全体|所有|现有|共有|拥有|新建|建成|^(?:我|全|各|本|该)[省市州区县镇乡村校局院]/;

/** No unit name is longer: a longer text is a sentence. */
const NAME_MAX = 40;

/** Reads `text` (a whole signature line, say) as one unit name; null when it is not one. */
export function unitName(text: string, index = 0): UnitName | null {
  if (text.length > NAME_MAX) return null;
  // A signature may carry a seal note: 东坪区教育局（盖章）.
  const normalized = normalizeUnit(text).replace(/[（(](?:盖章|章|印章|公章)[）)]$/, '');
  const kind = KIND_AT_END.exec(normalized);
  if (!kind || !/^[\u3400-\u9fff\uf900-\ufaff\ud800-\udfff0-9（）()]+$/.test(normalized)) return null;
  const distinguishing = normalized.slice(0, kind.index);
  // 本文来源于区教育局 names 区教育局 as an object: words of a sentence are no part of a name.
  if (SENTENCE_WORDS.test(distinguishing)) return null;
  return { text, index, kind: kind[0], distinguishing };
}

/** Characters a unit name is made of (CJK, rare ones beyond the BMP included); anything else ends it. */
const NAME_CHAR = /[\u3400-\u9fff\uf900-\ufaff\ud800-\udfff]/;
/**
 * Words a name never starts with, though they are CJK: a title's 关于, a clause's 在, and verbs
 * (推进社区治理 names no 社区). What is left after one may be a bare kind word, which is never
 * another unit.
 */
const NOT_NAME_START = /^(?:关于|在|对|由|经|与|和|及|的|年|度|推进|推动|加强|深化|开展|建设|打造|服务|完善|提升|创建|引导|组织|带领|指导|支持|协助|联系|走访|帮助|加快|持续|不断|积极|进一步|做好|抓好|落实|实施|依托|发挥|强化|优化|规范|健全|构建|坚持|围绕|聚焦|以|为|向|到|从|把|将|被|让|使|给|各|我|该|其|所属|下属|辖区|全体|各级)/;

/**
 * Unit names in `s` that start at `from` or right after a non-name character: the first name
 * of a title, say. Each name runs from its start to the end of its kind word.
 */
export function unitNamesIn(s: string, from = 0, to = s.length): UnitName[] {
  const out: UnitName[] = [];
  let start = from;
  while (start < to && !NAME_CHAR.test(s[start]!)) start++;
  const segment = s.slice(start, to);
  KIND_PATTERN.lastIndex = 0;
  for (let m = KIND_PATTERN.exec(segment); m; m = KIND_PATTERN.exec(segment)) {
    const end = m.index + m[0].length;
    let begin = m.index;
    while (begin > 0 && NAME_CHAR.test(segment[begin - 1]!) && segment[begin - 1] !== '年') begin--;
    let text = segment.slice(begin, end);
    const lead = NOT_NAME_START.exec(text);
    if (lead) {
      text = text.slice(lead[0].length);
      begin += lead[0].length;
    }
    const name = unitName(text, start + begin);
    if (name) out.push(name);
  }
  return out;
}

/**
 * Whether two names of one kind are one unit: the same distinguishing part, or one a shorter
 * form of the other (市第一 and 东坪市第一, 东坪 and 东坪区, an empty one and anything).
 */
export function sameUnit(a: UnitName, b: UnitName, aliases: ReadonlyArray<ReadonlySet<string>> = []): boolean {
  if (a.kind !== b.kind) return true;
  const x = a.distinguishing;
  const y = b.distinguishing;
  if (x === y || !x || !y || x.endsWith(y) || y.endsWith(x) || x.startsWith(y) || y.startsWith(x)) return true;
  const na = normalizeUnit(a.text);
  const nb = normalizeUnit(b.text);
  return aliases.some((group) => group.has(na) && group.has(nb));
}

/** Whether two names can be compared at all: both of one kind. */
export const sameKind = (a: UnitName, b: UnitName): boolean => a.kind === b.kind;
