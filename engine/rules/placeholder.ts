import { findCustomSlots, compilePatterns } from '../re2-patterns';
import { LETTER_FINDER } from '../placeholder/letters';
import { isPastedRule } from '../pasted/markdown-syntax';
import { webResidueKind } from '../pasted/web-page';
import { ADDRESS_NEEDLES, FRAME_NEEDLES, frameSpans } from '../pasted/assistant-frame';
import { mayHoldEdgeFrame } from '../pasted/document-edges';
import { BLANK_FINDER, ELLIPSIS_FINDER, INSTRUCTION_FINDER, PAIR_FINDER } from '../placeholder/pairs-and-blanks';
import { SYMBOL_FINDER } from '../placeholder/symbols';
import { DATE_BLANK_FINDER } from '../placeholder/date-blanks';
import type { Slot } from '../placeholder/types';
import { stringListOption, type Rule } from '../rule';
import { markLines, type LineSearch } from '../search';
import { range } from '../types';
import { zh } from '../zh-message';

const FORM_TEXT: Record<Slot['form'], string> = {
  letters: '字母占位',
  symbols: '符号占位',
  mou: '“某某”占位',
  circles: '“○○”占位',
  'empty-pair': '空的括号或引号',
  blank: '空白下划线',
  date: '空白日期',
  instruction: '待填写提示',
  ellipsis: '省略号占位',
  custom: '自定义占位',
};

/** Where on the line the allowed words stand: a slot inside one is ordinary text. */
function allowedSpans(text: string, allow: string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const word of allow) {
    if (!word) continue;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) spans.push([i, i + word.length]);
  }
  return spans;
}

/**
 * A line may hold an assistant's frame sentence only if it holds one of its needles, or looks like
 * an answer's first or last words or a note on the text (mayHoldEdgeFrame, as if at a document's
 * edge: a finding of this rule depends on its line alone): only such lines are split into sentences.
 */
const FRAME_NEEDLE = new RegExp([...FRAME_NEEDLES, ...ADDRESS_NEEDLES].join('|'));
/**
 * Only lines this short are read for frame: an assistant's words stand on lines of their own, and
 * reading the long paragraphs that hold slots for its needles cost a tenth of the rule.
 */
const FRAME_LINE_MAX = 200;
const mayHoldFrame = (text: string): boolean => text.length <= FRAME_LINE_MAX && (FRAME_NEEDLE.test(text) || mayHoldEdgeFrame(text, true, true));

const FINDERS = [LETTER_FINDER, SYMBOL_FINDER, PAIR_FINDER, BLANK_FINDER, INSTRUCTION_FINDER, ELLIPSIS_FINDER, DATE_BLANK_FINDER];
const EVERY_FINDER = (1 << FINDERS.length) - 1;
const BLANK_BIT = 1 << FINDERS.indexOf(BLANK_FINDER);

/**
 * One search per finder, its bit in a line's mark: markLines tells, for each line, the finders that
 * may find a slot on it. Testing every line with each finder's regexes made this the engine's most
 * expensive rule, and most lines that hold one kind of slot hold no other.
 */
const FINDER_SEARCHES: LineSearch[] = FINDERS.map((f, k) => ({ needles: f.needles, accept: f.accept, regex: f.search, bit: 1 << k }));

const rule: Rule = {
  id: 'placeholder',
  category: 'placeholder',
  defaultSeverity: 'error',
  description: '未填写的模板占位符(XX年、###万元、某某、《》、____)/ An unfilled template slot',
  options: {
    allow: { type: 'string-array', default: [], description: '视为正常文字的词语,如“X光机” (words that are ordinary text)' },
    patterns: {
      type: 'pattern-array',
      default: [],
      description: '额外的占位符正则(RE2 语法,线性时间)/ extra placeholder patterns (RE2 syntax, linear time)',
    },
  },
  configAliases: { allow: 'allow', placeholderPatterns: 'patterns' },
  token: 'slot',
  scope: 'line',
  check(ctx) {
    const allow = stringListOption(ctx.options, 'allow');
    const { matchers } = compilePatterns(stringListOption(ctx.options, 'patterns'));
    const slots: Slot[] = [];
    // A user pattern can match anything, so with one every line is read by every finder.
    const marks = matchers.length ? null : markLines(ctx.model, FINDER_SEARCHES);
    for (const line of ctx.model.lines) {
      const finders = marks ? marks[line.index]! : EVERY_FINDER;
      if (!finders) continue;
      // A rule of ___ pasted from a chat assistant is markdown-artifact's, not a line to write on.
      if (finders & BLANK_BIT && isPastedRule(line.text)) continue;
      const text = line.masked;
      slots.length = 0;
      for (let k = 0; k < FINDERS.length; k++) if (finders & (1 << k)) FINDERS[k]!.find(text, slots);
      if (matchers.length) for (const s of findCustomSlots(text, matchers)) slots.push({ ...s, form: 'custom' });
      if (!slots.length) continue;
      // 来源：某某区教育局 发布时间：…: a line of the web page goes whole (residue's), slots and all.
      if (webResidueKind(line.text, false)) continue;
      if (slots.length > 1) slots.sort((a, b) => a.start - b.start || b.end - a.end);
      const allowed = allow.length ? allowedSpans(text, allow) : [];
      // 好的，以下是为【单位名称】撰写的……: the assistant's sentence goes whole (ai-residue's), its slot with it.
      if (mayHoldFrame(text)) for (const span of frameSpans(text)) allowed.push([span.start, span.end]);
      let lastEnd = -1;
      for (const slot of slots) {
        if (slot.start < lastEnd) continue;
        if (allowed.some(([s, e]) => s <= slot.start && slot.end <= e)) continue;
        lastEnd = slot.end;
        const found = line.text.slice(slot.start, slot.end);
        ctx.report({
          range: range(line.index, slot.start, slot.end),
          message: zh`模板占位符未填写(${FORM_TEXT[slot.form]}):“${found}”`,
          data: { form: slot.form, text: found },
        });
      }
    }
  },
};

export default rule;
