/**
 * Empty pairs (《》 “” 【】 () …, or holding only spaces) and blanks or instructions (____,
 * 【此处填写…】, [请填写], (待补充), TODO/TBD/FIXME).
 */
import { isTaskCheckbox } from '../pasted/markdown-syntax';
import { matchesOf } from '../search';
import { FIGURE_UNIT, type Slot, type SlotFinder } from './types';
import { CLOSE_PAREN, CLOSE_SQUARE, OPEN_PAREN, OPEN_SQUARE, STRAIGHT_APOS, STRAIGHT_QUOTE } from '../chars';

const S = '[ \\t\\u3000]*';
const EMPTY_PAIR = new RegExp(
  [`《${S}》`, `“${S}”`, `‘${S}’`, `「${S}」`, `『${S}』`, `【${S}】`, `〔${S}〕`, `[${OPEN_PAREN}]${S}[${CLOSE_PAREN}]`, `[${OPEN_SQUARE}]${S}[${CLOSE_SQUARE}]`, `[${STRAIGHT_QUOTE}]${S}[${STRAIGHT_QUOTE}]`, `[${STRAIGHT_APOS}]${S}[${STRAIGHT_APOS}]`].join('|'),
  'g',
);
/**
 * A line holds an empty pair only if this matches it: any opening mark, spaces, any closing mark.
 * Looser than EMPTY_PAIR but much faster to run over a whole text, as every match starts with
 * one character class.
 */
const EMPTY_PAIR_SEARCH = new RegExp(`[《“‘「『【〔${OPEN_PAREN}${OPEN_SQUARE}${STRAIGHT_QUOTE}${STRAIGHT_APOS}]${S}[》”’」』】〕${CLOSE_PAREN}${CLOSE_SQUARE}${STRAIGHT_QUOTE}${STRAIGHT_APOS}]`, 'g');
const MAY_HOLD_EMPTY_PAIR = new RegExp(EMPTY_PAIR_SEARCH.source);
const CODE_BEFORE = /[A-Za-z0-9_$]/;

/**
 * Three or more of _ and ＿; two full-width ones (＿＿万元) are a blank too, where two ASCII ones may
 * be Markdown, unless a unit, % or a part of a date follows them (增长__%, __万元, __人, ____年__月__日),
 * which no emphasis does.
 */
const BEFORE_UNIT = '(?=[%\uFF05万亿元人个家次项名件户所场篇份台套年月日号时])';
const BLANK = new RegExp(`[_＿]{3,}|＿＿|(?<!_)__${BEFORE_UNIT}`, 'g');
/** Any three of _ and ＿, widths mixed or not, two ＿, or two _ before a unit: the start of every BLANK. */
const BLANK_SEARCH = new RegExp(`[_＿]{3}|＿＿|__${BEFORE_UNIT}`, 'g');
const MAY_HOLD_BLANK = new RegExp(BLANK_SEARCH.source);
/**
 * What a slot left for the writer names (chat assistants leave 【具体数据】, [单位名称], {{单位}}):
 * the kind of thing to fill in, or the instruction to fill it.
 */
const SLOT_WORDS = '填写|补充|填入|输入|插入|替换|具体|名称|姓名|人名|职务|职称|数据|数字|数量|金额|人数|比例|百分比|时间|日期|年份|地点|地址|案例|事例|例子|XX|xx|某';
/**
 * An instruction in round brackets, as templates and chat assistants leave them: (待补充), (数据需核实),
 * (此处可补充具体案例), (根据实际情况填写), (可补充具体数据), (插入图表), (可根据需要增减内容), (如有其他亮点可补充:
 * the verb ends the bracket; 如有需要可补充人员 is an aside).
 * Without a lead-in that speaks
 * to the writer, the verb must name a slot (补充 + 协议 is a supplementary agreement, a report's own word),
 * and 可/需/应 alone need a slot noun too ((需补充材料的，请于5日内补齐) is an ordinary aside).
 * 请根据实际情况填写 is the assistant's frame, ai-residue's.
 */
const LEAD = '(?:此处|这里|请|如有[，,]?请?|(?:可以?)?(?:根据|结合)(?:实际(?:情况)?|需要))';
const MAY = '(?:可以?|需要?|应|宜)';
const FILL = '(?:填写|填入|补充|插入|添加|替换为?|增减|增删|删减|列举|举例|说明|写|填)';
const SLOT_NOUN = '(?:具体|相关|实际|真实)?(?:数据|数字|数量|金额|人数|比例|时间|日期|案例|事例|名称|单位|内容|做法|成效|图表|图片|照片|表格|姓名)';
/** A template's brief for what to write there: (列出2-3个主要问题), (简述本年度主要工作). */
const OUTLINE_VERB = '(?:列出|列举|简述|简要(?:说明|描述|介绍|概括)|概述|描述)';
const WAITING = '(?:待补充|待填写|待完善|待核实|待确认|待更新|需核实|需确认|请核实)';
/** Every INSTRUCTION match ends with one of these or holds one: lines without are not read further. */
const INSTRUCTION_HINT = new RegExp(`[】〕}>＞〉${CLOSE_SQUARE}${CLOSE_PAREN}]|TODO|TBD|FIXME|${WAITING}`);
const PAREN_INSTRUCTION =
  `[${OPEN_PAREN}]${S}(?:${WAITING}|待定|${LEAD}${MAY}?${FILL}[^${CLOSE_PAREN}]{0,20}|${MAY}?(?:填写|填入|补充|插入|替换为?)${SLOT_NOUN}[^${CLOSE_PAREN}]{0,6}|填写|填入|补充|插入|` +
  `[^${CLOSE_PAREN}\\n]{1,8}?${WAITING}|如有[^${CLOSE_PAREN}\\n]{1,8}?(?:可以?|请)(?:补充|添加|列举|填写)|${OUTLINE_VERB}(?!如下|于后)[^${CLOSE_PAREN}\\n]{1,20}|具体(?:数据|数字|数量|金额|人数|时间|日期|案例|事例|名称|单位|内容|做法|成效)[^${CLOSE_PAREN}见]{0,6})${S}[${CLOSE_PAREN}]`;
/**
 * A waiting word without brackets, after the figures or the particulars it waits for, ending its
 * clause: 数据待核实。 具体问题待补充。 The word alone is the slot. 事故原因待核实 and 待核实后另行上报 are a
 * report's own words.
 */
const UNBRACKETED_WAITING = `(?<=(?:数据|数字|金额|人数|比例|百分比|具体(?:数据|数字|金额|人数|案例|事例|问题|内容|措施|做法|成效))(?:均|暂|尚|仍)?)${WAITING}(?=[。；;，,！!、]|$)`;
/** Brackets a report uses for its own words: 【附件】, 〔2025〕 (a document number), (试行). */
/** A few characters inside a bracket, none of them its closing one: [附件A]，数据见[图1] is two pairs, not one. */
const shortInside = (close: string): string => `[^${close}\\n]{0,16}?`;
const INSTRUCTION = new RegExp(
  [
    `【${shortInside('】')}(?:${SLOT_WORDS})${shortInside('】')}】`,
    `[${OPEN_SQUARE}]${shortInside(CLOSE_SQUARE)}(?:${SLOT_WORDS})${shortInside(CLOSE_SQUARE)}[${CLOSE_SQUARE}]`,
    // [客户A], [项目B]: a sample's stand-in, a noun with a letter for the name ([附件A] names an annex).
    `[${OPEN_SQUARE}](?![附图表])[\\u4e00-\\u9fff]{1,6}[A-Z][${CLOSE_SQUARE}](?![(（])`,
    '\\{\\{[^{}\\n]{1,20}\\}\\}',
    // {姓名}, {具体数字}: a single pair of braces around a slot word (braces have no use in Chinese prose).
    `\\{(?=[^{}\\n]{0,16}?[\\u4e00-\\u9fff])${shortInside('{}')}(?:${SLOT_WORDS})${shortInside('{}')}\\}`,
    // <具体人数>, <单位名称>: an angle-bracket slot, with Chinese in it (<p> and a<b且b>c are not).
    `[<＜〈](?=[^>＞〉\\n]{0,16}?[\\u4e00-\\u9fff])${shortInside('>＞〉')}(?:${SLOT_WORDS})${shortInside('>＞〉')}[>＞〉]`,
    `〔${S}(?:待补充|待填写|待完善|待定|待核实|待确认|待更新|此处[^〕]{0,20})${S}〕`,
    PAREN_INSTRUCTION,
    // (姓名) (联系电话) (单位名称): a bare slot noun; (单位) (时间) (人数) head table columns too.
    `[${OPEN_PAREN}]${S}(?:姓名|名字|人名|单位名称|部门名称|项目名称|联系电话|电话|手机号码?|日期|金额|地点|职务)${S}[${CLOSE_PAREN}]`,
    // 接待群众（数量）人次, 增长（百分比）%: a bare count noun where the figure goes, right before its unit.
    `[${OPEN_PAREN}]${S}(?:数量|数字|人数|次数|比例|百分比|年份)${S}[${CLOSE_PAREN}]${BEFORE_UNIT}`,
    '\\b(?:TODO|TBD|FIXME)\\b',
    UNBRACKETED_WAITING,
  ].join('|'),
  'g',
);

/** What after an empty pair says the text speaks of the brackets: 【】中, （）里, [ ]内. */
const MENTIONED_AFTER = /[中里内]/;

export function findPairSlots(text: string, out: Slot[] = []): Slot[] {
  if (!MAY_HOLD_EMPTY_PAIR.test(text)) return out;
  for (const m of matchesOf(EMPTY_PAIR, text)) {
    const start = m.index!;
    // func() and a[] are code, not slots.
    if (/^[(\[]/.test(m[0]) && CODE_BEFORE.test(text.charAt(start - 1))) continue;
    // 请将【】中的内容替换为实际信息: the brackets named, not a slot left in them.
    if (MENTIONED_AFTER.test(text.charAt(start + m[0].length))) continue;
    // - [ ] 完成年度考核: a Markdown task list's checkbox, markdown-artifact's.
    if (isTaskCheckbox(text, start)) continue;
    out.push({ start, end: start + m[0].length, form: 'empty-pair' });
  }
  return out;
}

export function findBlankSlots(text: string, out: Slot[] = []): Slot[] {
  if (MAY_HOLD_BLANK.test(text)) for (const m of matchesOf(BLANK, text)) out.push({ start: m.index!, end: m.index! + m[0].length, form: 'blank' });
  return out;
}

/**
 * An ellipsis standing for the whole of an item a template leaves to write: 一是……；二是……, 主要做法：…….
 * An elision in a quotation (指出：“……”) or after words (读书、征文等活动……) is prose. One where a
 * figure goes, right before its unit (共开展……场, 覆盖……人次), is a slot too: prose after an
 * elision starts a new clause (……人们, ……所以), not a count.
 */
const ELLIPSIS_SLOT = new RegExp(
  `(?<=(?:[一二三四五六七八九十]是|[：:])[ \\t\\u3000]*)(?:…{2,}|\\.{3,})(?=[ \\t\\u3000]*(?:[；;。，,]|$))|(?<=[\\u4e00-\\u9fff])(?:…{2,}|\\.{3,})(?=${FIGURE_UNIT}|人(?:[。，,；;、）)]|$))`,
  'g',
);

export function findEllipsisSlots(text: string, out: Slot[] = []): Slot[] {
  for (const m of matchesOf(ELLIPSIS_SLOT, text)) out.push({ start: m.index!, end: m.index! + m[0].length, form: 'ellipsis' });
  return out;
}

/** 【时间】：2025年3月 is a label with its content after it, not a slot. */
const LABEL_AFTER = /^[ \t\u3000]*[：:]/;

export function findInstructionSlots(text: string, out: Slot[] = []): Slot[] {
  if (INSTRUCTION_HINT.test(text)) {
    for (const m of matchesOf(INSTRUCTION, text)) {
      const end = m.index! + m[0].length;
      // 【时间】：2025年3月 and 【编辑：李某】 are labels with their content, not slots.
      if (/^[【\[［]/.test(m[0]) && (LABEL_AFTER.test(text.slice(end, end + 4)) || /[：:]/.test(m[0]))) continue;
      out.push({ start: m.index!, end, form: 'instruction' });
    }
  }
  return out;
}

export const PAIR_FINDER: SlotFinder = { find: findPairSlots, search: EMPTY_PAIR_SEARCH };
export const BLANK_FINDER: SlotFinder = { find: findBlankSlots, search: BLANK_SEARCH };
/**
 * Every INSTRUCTION alternative starts with a bracket and one of these lead words, or with a TODO-like
 * word, or holds a waiting word ((数据需核实)); this finds the lines of them all in one pass.
 */
export const INSTRUCTION_FINDER: SlotFinder = { find: findInstructionSlots, search: new RegExp(`[【\\[［〔<＜〈]|\\{|[（(][ \\t\\u3000]*(?:待|此处|这里|请|列出|列举|简述|简要|概述|描述|如有|根据实际|结合实际|根据需要|结合需要|可|需|应|宜|填|补|插|替换|具体|姓名|名字|人名|单位名称|部门名称|项目名称|联系电话|电话|手机号|日期|金额|地点|职务|数量|数字|人数|次数|比例|百分比|年份)|${WAITING}|TODO|TBD|FIXME`, 'g') };
/** Every ELLIPSIS_SLOT match holds one of the needles. */
export const ELLIPSIS_FINDER: SlotFinder = { find: findEllipsisSlots, needles: ['……', '...'] };
