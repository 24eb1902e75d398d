import { stringListOption, type Rule } from '../rule';
import { matchesOf, unmaskedAt } from '../search';
import { range } from '../types';
import { zh } from '../zh-message';

/** A pinyin syllable: optional initial, then a final. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ui|ve|er|a|o|e|i|u|v)';
const PINYIN = new RegExp(`^(?:${SYLLABLE})+$`);
/**
 * A lowercase Latin run followed by a Chinese character; the rule also wants one before it (dang建
 * after 加强). A lookbehind here would stop the regex engine from skipping ahead to the next
 * letter, which made this the slowest rule, so the character before is checked by hand.
 */
const RUN = /[a-z]{2,8}(?=[\u4e00-\u9fff])/g;
const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/**
 * A short pinyin run standing in for a character (dang建 in seed 002: a word typed in pinyin to
 * dodge a filter, or an input-method slip). Acronyms (GDP, AI, WiFi), mixed case, digits, x/xx
 * (placeholders) and words that are not pinyin (app, pdf) are left alone.
 */
const rule: Rule = {
  id: 'latin-in-cjk',
  category: 'style',
  defaultSeverity: 'information',
  description: '汉字中夹着拼音(dang建)/ A pinyin run where a Chinese character was replaced',
  options: {
    allow: { type: 'string-array', default: [], description: '不提示的字母串 / runs never reported' },
  },
  scope: 'line',
  check(ctx) {
    const allow = new Set(stringListOption(ctx.options, 'allow'));
    // One search over the whole text: a run never crosses a line break.
    const text = ctx.model.text;
    for (const m of matchesOf(RUN, text)) {
      const run = m[0];
      if (!isCjk(text.charCodeAt(m.index! - 1)) || /^x+$/.test(run) || allow.has(run) || !PINYIN.test(run)) continue;
      // The run and the characters around it must be prose, not part of a URL or code.
      const at = unmaskedAt(ctx.model, m.index! - 1, text.slice(m.index! - 1, m.index! + run.length + 1));
      if (!at) continue;
      const start = at.column + 1;
      ctx.report({
        range: range(at.line, start, start + run.length),
        message: zh`汉字中夹着拼音“${run}”,可能是漏改的字`,
        data: { run },
      });
    }
  },
};

export default rule;
