import { stringListOption, type Rule } from '../rule';
import { range } from '../types';

/** A pinyin syllable: optional initial, then a final. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ui|ve|er|a|o|e|i|u|v)';
const PINYIN = new RegExp(`^(?:${SYLLABLE})+$`);
/** A lowercase Latin run squeezed between Chinese characters: dang建, 加强dangjian工作. */
const RUN = /(?<=[\u4e00-\u9fff])[a-z]{2,8}(?=[\u4e00-\u9fff])/g;

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
  check(ctx) {
    const allow = new Set(stringListOption(ctx.options, 'allow'));
    for (const line of ctx.model.lines) {
      const text = line.masked;
      if (!/[a-z]/.test(text)) continue;
      for (const m of text.matchAll(RUN)) {
        const run = m[0];
        if (/^x+$/.test(run) || allow.has(run) || !PINYIN.test(run)) continue;
        ctx.report({
          range: range(line.index, m.index!, m.index! + run.length),
          message: `汉字中夹着拼音“${run}”,可能是漏改的字`,
          data: { run },
        });
      }
    }
  },
};

export default rule;
