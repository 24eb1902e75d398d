/**
 * Reading a total, a part and the share stated for them out of one sentence (docs/domain.md §5):
 * 258人参加……253人通过……通过率为95%; 全年受理申请3200件，办结3040件，办结率92%;
 * 全区860所学校中，农村学校301所，占比40%; 共开展培训150场，其中线上培训45场，占比35%.
 * Only an unambiguous pairing counts: one part, and one total before it in the part's unit.
 */

export const UNITS = '人次|人|名|位|个|所|项|家|户|件|次|篇|份|台|辆|套|场|起|批|条|门|处|座|间|栋|村|校|园|亩|公里|千米|吨|元';

/** The counter a unit counts in: 名 and 位 count people as 人 does (招聘教师120名，其中研究生36人). */
export function counterOf(unit: string): string {
  return unit === '名' || unit === '位' ? '人' : unit;
}
/** A count: 3200件, 1.2万人, 860所. */
const COUNT = new RegExp(`(\\d+(?:\\.\\d+)?)(万|亿)?(${UNITS})`, 'g');
/**
 * A stated share: 办结率92%, 占比40%, 占全区学校的比重为35%, 合格率达到95%. Group 1 is the word
 * (率 with its stem, 占比, 占…比重), group 2 the figure.
 */
export const RATE = /((?:[\u4e00-\u9fff]{1,4}率)|占比|比例|比重|占[^，,。；;%\d]{0,12}?(?:的?(?:比重|比例))?|完成了?(?:年度|全年)?(?:计划|目标|任务)+数?的)(?:为|是|达|达到|约为|约|仅为|已达|超过)?\s*(\d+(?:\.\d+)?)\s*[%\uFF05]/g;

/** What before a count says it is the whole: 共, 全年, 全区, 受理, 参加 (参加考试258人)…; after it: 参加 (258人参加), or …中 (860所学校中). */
const TOTAL_BEFORE = /(?:共|总计|合计|累计|总数|总量|全年|全区|全市|全县|全镇|全省|全乡|全校|全系统|受理|收到|接收|接待|申报|报名|应考|应到|参加|参与|参训|参赛|参考|发放|排查|检查|抽查|走访|调查|调研|登记|在册|在校|在岗|在编|现有|拥有)/;
const TOTAL_AFTER = /^[^，,。；;\d]{0,3}(?:参加|参与|报名|参考|应考|申报|参评|受检|接受)|^[^，,。；;\d]{0,6}中(?:[，,]|$)/;
/**
 * What opens a clause whose count is planned, the whole a completion rate is of, which the part may
 * pass: 计划新建公厕50座，实际建成42座，完成计划的84%; 年度目标任务100万元，实际完成120万元，完成率120%.
 */
const PLAN_BEFORE = /^\s*(?:年度|全年|今年|本年度?)?(?:计划|目标|任务|预算)/;
/** What says a count is the part: 其中, or the outcome it counts (通过, 合格, 办结…). */
export const PART_BEFORE = /其中/;
const OUTCOMES = '通过|合格|及格|达标|获奖|优秀|完成|满意|验收|办结|结案|解决|整改|录取|就业|上线|签约|回复|落实|采纳|化解|参保|接种|入园|入学|覆盖|到位|销号|清零|脱贫|检出|查出|治愈|回收|收回|答复|建成|开通|配备';
const PART_OUTCOME = new RegExp(`(?:${OUTCOMES})`);

export interface Count {
  value: number;
  /** The figure as written, scale included: 2600亿, 1.2万, 45. */
  written: string;
  unit: string;
  /** The unit without its scale: 人次 for 1.8万人次 and for 6200人次, which are counted alike. */
  baseUnit: string;
  /** How far the figure may be from what was counted, from the digits written (see roundingOf). */
  error: number;
  /** The clause's text before the count, and after it. */
  before: string;
  after: string;
}

export function countsIn(text: string): Count[] {
  const out: Count[] = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    const clauseStart = Math.max(text.lastIndexOf('，', m.index), text.lastIndexOf(',', m.index), text.lastIndexOf('；', m.index)) + 1;
    const afterEnd = m.index + m[0].length;
    const rest = text.slice(afterEnd);
    const clauseEnd = rest.search(/[，,；;。]/);
    const scale = scaleOf(m[2]);
    // A percentage is no count: 95%人 does not occur, but 12.5%件… guard the digits before %.
    if (text.charAt(m.index - 1) === '.') continue;
    out.push({ value: Number(m[1]) * scale, written: m[1]! + (m[2] ?? ''), unit: (m[2] ?? '') + m[3]!, baseUnit: counterOf(m[3]!), error: roundingOf(m[1]!, scale), before: text.slice(clauseStart, m.index), after: clauseEnd < 0 ? rest : rest.slice(0, clauseEnd) });
  }
  return out;
}

export interface Pairing {
  total: Count;
  part: Count;
  /** Other counts the share may be of: a share is wrong only if it agrees with none of them either. */
  others: Count[];
}

/**
 * The total and the part a share is stated for, from the counts before it in its sentence; null
 * unless exactly one count reads as the total and one as the part, in one unit, part ≤ total.
 */
export function pairFor(counts: Count[], rateWord: string): Pairing | null {
  const stem = rateWord.endsWith('率') ? rateWord.slice(-3, -1) : '';
  const planned = (c: Count): boolean => rateWord.startsWith('完成') && PLAN_BEFORE.test(c.before);
  const totals = counts.filter((c) => planned(c) || TOTAL_BEFORE.test(c.before) || TOTAL_AFTER.test(c.after));
  // A rate with a stem (合格率) is of the count that did the stem's deed: after 培训教师300人，其中骨干
  // 教师120人, a 合格率 is not 120's share, for 其中 names a group, not an outcome. 占比 has no stem.
  const partWord = (c: Count): boolean => {
    const words = c.before + c.after;
    if (PART_OUTCOME.test(words) || (stem.length === 2 && words.includes(stem))) return true;
    return stem.length !== 2 && PART_BEFORE.test(c.before);
  };
  // A count right before a 其中 count in its unit is that one's whole, whatever its own words say:
  // 签约居民1.8万人，其中重点人群9000人 (签约 would otherwise make 1.8万 a part too).
  const wholeOfNext = (c: Count, i: number): boolean => {
    const next = counts[i + 1];
    return next !== undefined && PART_BEFORE.test(next.before) && next.baseUnit === c.baseUnit && c.value >= next.value;
  };
  let parts = counts.filter((c, i) => !totals.includes(c) && !wholeOfNext(c, i) && partWord(c));
  // 占比 after a count with no word of its own: that count is the part (农村学校301所，占比40%).
  // After another count than the part found (其中女党员45名，少数民族党员12名，占比10%), it may
  // be that one's share: the pairing is not sure.
  const last = counts[counts.length - 1];
  const shareOfLast = /^占/.test(rateWord) && last !== undefined && !totals.includes(last);
  if (!parts.length && shareOfLast) parts = [last];
  if (parts.length !== 1 || (shareOfLast && parts[0] !== last)) return null;
  const part = parts[0]!;
  // The total is counted in the part's unit (1.8万人次 and 6200人次 alike): 45所学校…在岗教师2280人，其中青年教师684人 pairs 684 with 2280.
  const sameUnit = totals.filter((t) => t.baseUnit === part.baseUnit && counts.indexOf(t) < counts.indexOf(part));
  // 出院病人3.2万人次，其中手术病人1.1万人次: the count right before a 其中 part is its whole, with a
  // total word or without; a 全年 total earlier in the sentence may still be what the share is of.
  const before = counts[counts.indexOf(part) - 1];
  const whole = before && PART_BEFORE.test(part.before) && before.baseUnit === part.baseUnit && before.value >= part.value && !sameUnit.includes(before) ? before : undefined;
  if (whole) return { total: whole, part, others: sameUnit.filter((t) => t.value > 0 && part.value <= t.value) };
  if (sameUnit.length !== 1) return null;
  const total = sameUnit[0]!;
  if (total.value <= 0 || (part.value > total.value && !planned(total))) return null;
  return { total, part, others: [] };
}

/** What 万 and 亿 (or no scale) multiply a figure by. */
export function scaleOf(scale: string | undefined): number {
  return scale === '万' ? 1e4 : scale === '亿' ? 1e8 : 1;
}

/** How many digits a figure as written has after its decimal point: 2 for 98.15, 0 for 92. */
function decimalsOf(digits: string): number {
  return digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
}

/**
 * Half a unit of the last digit written, in the count's own terms: 3.2万 stands for anything from
 * 3.15万 to 3.25万, and a share or growth computed from it is as uncertain. A whole number without
 * 万 or 亿 (3200件) is a count, exact.
 */
export function roundingOf(digits: string, scale: number): number {
  const decimals = decimalsOf(digits);
  return decimals === 0 && scale === 1 ? 0 : 0.5 * 10 ** -decimals * scale;
}

/** Whether a stated percentage lies in [low, high], the range the rounded figures allow, to its own precision. */
export function agreesWithin(stated: string, low: number, high: number): boolean {
  const decimals = decimalsOf(stated);
  const value = Number(stated);
  return value >= low - 10 ** -decimals / 2 - 1e-9 && value <= high + 10 ** -decimals / 2 + 1e-9;
}

/** The range of part / whole × 100 when each may be off by its rounding. */
export function shareRange(part: number, partError: number, whole: number, wholeError: number): [number, number] {
  return [((part - partError) / (whole + wholeError)) * 100, ((part + partError) / Math.max(whole - wholeError, Number.MIN_VALUE)) * 100];
}

/** Whether a stated share agrees with the computed one to its own precision, rounded or cut. */
export function agrees(stated: string, actual: number): boolean {
  const unit = 10 ** -decimalsOf(stated);
  const value = Number(stated);
  if (Math.abs(actual - value) <= unit / 2 + 1e-9) return true;
  // 98.19% written 98.1%: cut, not rounded.
  return Math.floor(actual / unit + 1e-9) * unit === value || Math.abs(Math.floor(actual / unit + 1e-9) * unit - value) < 1e-9;
}
