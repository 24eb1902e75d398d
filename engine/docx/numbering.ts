/**
 * Word's automatic numbering (numbering.xml), rendered into text the way Word shows it, so that a
 * checker sees 一、 （一） 1. where Word shows them. A level has a start, a number format, a text
 * pattern (“%1、”, “（%2）”) and a restart rule; a w:num points to an abstract definition and may
 * override levels or their start. Counters are kept per abstract definition, except for a w:num
 * with overrides, which counts on its own: Word continues a list across the numIds that share one
 * definition, and restarts it where an override says so.
 */
import { formatChineseNumeral, formatCircled } from '../chinese-numerals';
import { parseXml } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** w:lvlRestart: 0 never restarts; n restarts after level n (1-based) is used; undefined after any higher level. */
  restart: number | undefined;
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  /** A paragraph style that carries this level (w:pStyle in the level). */
  style: string | undefined;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) (out += s), (n -= v);
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: A … Z, AA … ZZ, AAA …
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter's value in a w:numFmt. Formats zh-report does not know show as decimals. */
export function formatNumber(format: string, n: number): string {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return formatCircled(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return formatChineseNumeral(n);
    case 'chineseLegalSimplified':
      return formatChineseNumeral(n).replace(/[一二三四五六七八九十百零]/g, (c) => (c === '十' ? '拾' : c === '百' ? '佰' : LEGAL_DIGITS['零一二三四五六七八九'.indexOf(c)]!));
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10]!;
    case 'ideographZodiac':
      return DIZHI[(n - 1) % 12]!;
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/[0-9]/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    default:
      return String(n);
  }
}

/** Where a numbered paragraph asks for a number: its own w:numPr, or its style's. */
export interface NumberingRef {
  numId: string;
  ilvl: number | undefined;
}

/** Each paragraph style's numbering reference, following w:basedOn. */
export function styleNumbering(stylesXml: string | undefined): Map<string, NumberingRef> {
  const direct = new Map<string, Partial<NumberingRef>>();
  const basedOn = new Map<string, string>();
  if (!stylesXml) return new Map();
  let style: string | null = null;
  let inPPr = false;
  parseXml(stylesXml, {
    open(name, a) {
      if (name === 'w:style') {
        style = a['w:type'] === 'paragraph' || a['w:type'] === undefined ? (a['w:styleId'] ?? null) : null;
        inPPr = false;
      } else if (style && name === 'w:pPr') inPPr = true;
      else if (style && name === 'w:basedOn') basedOn.set(style, a['w:val'] ?? '');
      else if (style && inPPr && name === 'w:numId') direct.set(style, { ...direct.get(style), numId: a['w:val'] ?? '0' });
      else if (style && inPPr && name === 'w:ilvl') direct.set(style, { ...direct.get(style), ilvl: Number(a['w:val'] ?? 0) });
    },
    close(name) {
      if (name === 'w:pPr') inPPr = false;
      else if (name === 'w:style') style = null;
    },
    text() {},
  });
  const out = new Map<string, NumberingRef>();
  const resolve = (id: string, seen = new Set<string>()): Partial<NumberingRef> => {
    if (seen.has(id)) return {};
    seen.add(id);
    const own = direct.get(id) ?? {};
    const parent = basedOn.get(id);
    return parent ? { ...resolve(parent, seen), ...own } : own;
  };
  for (const id of new Set([...direct.keys(), ...basedOn.keys()])) {
    const ref = resolve(id);
    if (ref.numId !== undefined) out.set(id, { numId: ref.numId, ilvl: ref.ilvl });
  }
  return out;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  constructor(numberingXml: string | undefined) {
    if (numberingXml) this.read(numberingXml);
  }

  private read(xml: string): void {
    let abstract: Map<number, Level> | null = null;
    let num: Num | null = null;
    let level: Level | null = null;
    let levelIndex = 0;
    let override: { start?: number; level?: Level } | null = null;
    const newLevel = (): Level => ({ start: 1, format: 'decimal', text: '', restart: undefined, legal: false, suffix: 'tab', style: undefined });
    parseXml(xml, {
      open: (name, a) => {
        switch (name) {
          case 'w:abstractNum':
            abstract = new Map();
            this.abstracts.set(a['w:abstractNumId'] ?? '', abstract);
            break;
          case 'w:num':
            num = { abstractId: '', overrides: new Map() };
            this.nums.set(a['w:numId'] ?? '', num);
            break;
          case 'w:abstractNumId':
            if (num) num.abstractId = a['w:val'] ?? '';
            break;
          case 'w:lvlOverride':
            override = {};
            if (num) num.overrides.set(Number(a['w:ilvl'] ?? 0), override);
            break;
          case 'w:startOverride':
            if (override) override.start = Number(a['w:val'] ?? 1);
            break;
          case 'w:lvl':
            level = newLevel();
            levelIndex = Number(a['w:ilvl'] ?? 0);
            if (override) override.level = level;
            else abstract?.set(levelIndex, level);
            break;
          default:
            if (!level) break;
            if (name === 'w:start') level.start = Number(a['w:val'] ?? 1);
            else if (name === 'w:numFmt') level.format = a['w:val'] ?? 'decimal';
            else if (name === 'w:lvlText') level.text = a['w:val'] ?? '';
            else if (name === 'w:lvlRestart') level.restart = Number(a['w:val'] ?? 0);
            else if (name === 'w:isLgl') level.legal = a['w:val'] !== 'false' && a['w:val'] !== '0';
            else if (name === 'w:suff') level.suffix = a['w:val'] === 'space' || a['w:val'] === 'nothing' ? a['w:val'] : 'tab';
            else if (name === 'w:pStyle') level.style = a['w:val'];
        }
      },
      close: (name) => {
        if (name === 'w:lvl') level = null;
        else if (name === 'w:lvlOverride') override = null;
        else if (name === 'w:abstractNum') abstract = null;
        else if (name === 'w:num') num = null;
      },
      text: () => {},
    });
  }

  private levelOf(num: Num, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? this.abstracts.get(num.abstractId)?.get(ilvl);
  }

  /** The level a style stands for, when the style names a list but not its level. */
  private levelForStyle(num: Num, style: string | undefined): number {
    if (!style) return 0;
    for (const [ilvl, l] of this.abstracts.get(num.abstractId) ?? []) if (l.style === style) return ilvl;
    return 0;
  }

  /**
   * The number text of the next paragraph in list `numId` at level `ilvl` (with the suffix Word
   * puts after it), advancing the counters; null for numId 0, an unknown list or a missing level.
   */
  next(ref: NumberingRef, style?: string): string | null {
    const num = this.nums.get(ref.numId);
    if (!num || ref.numId === '0') return null;
    const ilvl = ref.ilvl ?? this.levelForStyle(num, style);
    const level = this.levelOf(num, ilvl);
    if (!level) return null;
    const key = num.overrides.size ? `num:${ref.numId}` : `abstract:${num.abstractId}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    const startOf = (l: number): number => num.overrides.get(l)?.start ?? this.levelOf(num, l)?.start ?? 1;
    counts[ilvl] = (counts[ilvl] ?? startOf(ilvl) - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = this.levelOf(num, deeper)?.restart;
      if (restart === undefined || (restart > 0 && ilvl <= restart - 1)) counts[deeper] = undefined;
    }
    if (level.format === 'bullet') return level.text ? level.text + ' ' : null;
    const text = level.text.replace(/%([1-9])/g, (_m, k: string) => {
      const l = Number(k) - 1;
      const value = counts![l] ?? startOf(l);
      return formatNumber(level.legal ? 'decimal' : (this.levelOf(num, l)?.format ?? 'decimal'), value);
    });
    if (!text) return null;
    return text + suffixAfter(text, level.suffix);
  }
}

/**
 * What stands between the number and the paragraph's text. A tab after 一、 （一） or ① shows as a
 * gap that typed reports do not have, so it is left out; after a bare number or letter it becomes
 * a space, so that 1 and the text do not run together.
 */
function suffixAfter(text: string, suffix: Level['suffix']): string {
  if (suffix === 'nothing') return '';
  if (suffix === 'space') return ' ';
  return /[A-Za-z0-9\uff10-\uff19一二三四五六七八九十百千零〇]$/.test(text) ? ' ' : '';
}
