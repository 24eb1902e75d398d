/**
 * Two more ways a report states a ratio next to both of its figures (docs/domain.md §5):
 * - a share of a named whole: 完成投资8.6亿元，占年度计划10亿元的86%; 新增就业4500人，完成年度目标
 *   任务5000人的90%. The whole is the count right before 的…%, the part the nearest count before
 *   it in the same unit;
 * - a growth rate from two stated figures: 接诊12.6万人次，较上年的11.2万人次增长12.5%;
 * - a growth rate from a figure and its change: 登记社会组织1540家，较上年增加140家，增长10% (last
 *   year's count is the difference).
 * Each yields what was stated and what the figures give; agreeing is figures.ts's agrees().
 */
import { agrees, agreesWithin, countsIn, counterOf, roundingOf, scaleOf, shareRange, UNITS } from './figures';

export interface StatedRatio {
  /** Column of the stated figure in the sentence, and the end of its % sign. */
  start: number;
  end: number;
  stated: string;
  actual: number;
  /** How the actual figure was reached, for the message: 8.6亿/10亿, （12.6万-11.2万）/11.2万. */
  working: string;
  kind: 'share' | 'growth';
  /** Whether the stated figure agrees with the figures, given how they were rounded. */
  agrees: boolean;
}

const NUMBER = '(\\d+(?:\\.\\d+)?)(万|亿)?';
const PERCENT = '(\\d+(?:\\.\\d+)?)\\s*[%\\uFF05]';

/** 占年度计划10亿元的86%: a verb that makes the count a whole, the count, then 的 and the share. */
const SHARE_OF_WHOLE = new RegExp(`(?:占|为|是|完成|达到|相当于)[^，,。；;\\d%]{0,12}?${NUMBER}(${UNITS})的(?:比重为?|比例为?)?\\s*${PERCENT}`, 'g');

/** 较上年的11.2万人次增长12.5%: this year's count, the comparison word, last year's, the change. */
const GROWTH = new RegExp(
  `${NUMBER}(${UNITS})[^，,。；;\\d%]{0,6}?[，,]?\\s*(?:较|比)(?:上年|去年|上年同期|去年同期|同期|上一年|20\\d\\d年)(?:同期)?的?${NUMBER}(${UNITS})(?:相比)?[，,]?(增长|增加|提高|上升|下降|减少|降低)了?\\s*${PERCENT}`,
  'g',
);

/** A count's digits and its 万 or 亿, in groups named `${name}Digits` and `${name}Scale`. */
const namedNumber = (name: string): string => `(?<${name}Digits>\\d+(?:\\.\\d+)?)(?<${name}Scale>万|亿)?`;
const SINCE_LAST_YEAR = '(?:较|比)(?:上年|去年|上年同期|去年同期|同期|上一年|20\\d\\d年)(?:同期)?';
const CHANGE = `(?<changeWord>增加|增长|净增|减少|下降|净减)了?${namedNumber('change')}(?<changeUnit>${UNITS})`;
const RATE = `(?<rateWord>增长|增加|提高|上升|下降|减少|降低)了?\\s*(?<rate>(?<stated>\\d+(?:\\.\\d+)?)\\s*[%\\uFF05])`;
const NOW = `${namedNumber('now')}(?<nowUnit>${UNITS})[^，,。；;\\d%]{0,6}?[，,]?\\s*`;

/**
 * This year's count, the change in the same unit and its rate, in either order: 1540家，较上年增加
 * 140家，增长10%; 18.6亿元，同比增长12%，比上年增加3.2亿元. Named groups, so that one reading serves
 * both; the `d` flag gives the columns of the stated rate and its % sign.
 */
const CHANGES_AND_RATES = [
  new RegExp(`${NOW}${SINCE_LAST_YEAR}${CHANGE}[，,]?(?:同比)?${RATE}`, 'gd'),
  new RegExp(`${NOW}(?:同比|较上年|比上年|较去年|比去年)?${RATE}[，,]?\\s*${SINCE_LAST_YEAR}${CHANGE}`, 'gd'),
];
const DOWN = /下降|减少|降低|净减/;

export function sharesOfNamedWholes(sentence: string): StatedRatio[] {
  const out: StatedRatio[] = [];
  SHARE_OF_WHOLE.lastIndex = 0;
  for (let m = SHARE_OF_WHOLE.exec(sentence); m; m = SHARE_OF_WHOLE.exec(sentence)) {
    const total = Number(m[1]) * scaleOf(m[2]);
    const unit = counterOf(m[3]!);
    // The part: the nearest count before this clause's verb, in the whole's unit (亿元 and 万元 are one unit).
    const before = countsIn(sentence.slice(0, m.index));
    const part = before[before.length - 1];
    if (!part || part.baseUnit !== unit || total <= 0) continue;
    const stated = m[4]!;
    const start = m.index + m[0].lastIndexOf(stated);
    const actual = (part.value / total) * 100;
    const [low, high] = shareRange(part.value, part.error, total, roundingOf(m[1]!, scaleOf(m[2])));
    out.push({ start, end: m.index + m[0].length, stated, actual, working: `${part.written}/${m[1]}${m[2] ?? ''}`, kind: 'share', agrees: agrees(stated, actual) || agreesWithin(stated, low, high) });
  }
  return out;
}

/** The growth rates stated with this year's count and last year's, or this year's and the change. */
export function growthRates(sentence: string): StatedRatio[] {
  return [...ratesFromTwoYears(sentence), ...ratesFromChange(sentence)];
}

/** Two figures, each with how far its rounding lets it lie from what is written. */
interface Figures {
  a: number;
  aError: number;
  b: number;
  bError: number;
}

/**
 * The stated rate against `rate` of the figures: it agrees when it lies between the rates at the
 * corners of the figures' rounding (each figure at its smallest and its largest).
 */
function statedGrowth(at: { start: number; end: number }, stated: string, rate: (a: number, b: number) => number, f: Figures, working: string): StatedRatio {
  const { a, aError, b, bError } = f;
  const ends = [rate(a - aError, b + bError), rate(a + aError, b - bError), rate(a - aError, b - bError), rate(a + aError, b + bError)];
  const actual = rate(a, b);
  return {
    ...at,
    stated,
    actual,
    working,
    kind: 'growth',
    agrees: agrees(stated, actual) || agreesWithin(stated, Math.min(...ends), Math.max(...ends)),
  };
}

function ratesFromChange(sentence: string): StatedRatio[] {
  const out: StatedRatio[] = [];
  for (const re of CHANGES_AND_RATES) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const { nowDigits, nowScale, nowUnit, changeWord, changeDigits, changeScale, changeUnit, rateWord, stated } = m.groups as Record<string, string>;
      const [start, end] = m.indices!.groups!['rate']!;
      const down = DOWN.test(changeWord!);
      // 增加140家，下降5%: the two words disagree, and the sentence is not one ratio.
      if (counterOf(changeUnit!) !== counterOf(nowUnit!) || down !== DOWN.test(rateWord!)) continue;
      const now = Number(nowDigits) * scaleOf(nowScale);
      const change = Number(changeDigits) * scaleOf(changeScale);
      if (change <= 0 || (!down && now - change <= 0)) continue;
      const nowError = roundingOf(nowDigits!, scaleOf(nowScale));
      const changeError = roundingOf(changeDigits!, scaleOf(changeScale));
      const rate = (c: number, n: number): number => (c / (down ? n + c : n - c)) * 100;
      const c = `${changeDigits}${changeScale ?? ''}`;
      const n = `${nowDigits}${nowScale ?? ''}`;
      const figures = { a: change, aError: changeError, b: now, bError: nowError };
      out.push(statedGrowth({ start, end }, stated!, rate, figures, down ? `${c}/\uFF08${n}+${c}\uFF09` : `${c}/\uFF08${n}-${c}\uFF09`));
    }
  }
  return out;
}

function ratesFromTwoYears(sentence: string): StatedRatio[] {
  const out: StatedRatio[] = [];
  GROWTH.lastIndex = 0;
  for (let m = GROWTH.exec(sentence); m; m = GROWTH.exec(sentence)) {
    if (counterOf(m[3]!) !== counterOf(m[6]!)) continue;
    const now = Number(m[1]) * scaleOf(m[2]);
    const then = Number(m[4]) * scaleOf(m[5]);
    if (then <= 0) continue;
    const down = /下降|减少|降低/.test(m[7]!);
    const stated = m[8]!;
    const nowError = roundingOf(m[1]!, scaleOf(m[2]));
    const thenError = roundingOf(m[4]!, scaleOf(m[5]));
    const change = (n: number, t: number): number => ((down ? t - n : n - t) / t) * 100;
    const a = `${m[1]}${m[2] ?? ''}`;
    const b = `${m[4]}${m[5] ?? ''}`;
    const figures = { a: now, aError: nowError, b: then, bError: thenError };
    out.push(statedGrowth({ start: m.index + m[0].lastIndexOf(stated), end: m.index + m[0].length }, stated, change, figures, down ? `\uFF08${b}-${a}\uFF09/${b}` : `\uFF08${a}-${b}\uFF09/${b}`));
  }
  return out;
}
