/**
 * 字数 as Word and WPS count Chinese text: every CJK character (ideographs, CJK and full-width
 * punctuation) counts 1, every run of other non-space characters (a Latin word, a number such as
 * 3.5%, H1N1) counts 1, and whitespace counts nothing.
 */

// Han ideographs (with extensions, as surrogate pairs), CJK symbols and punctuation, kana, hangul,
// full-width forms. U+3000 (the ideographic space) is whitespace, not a character.
const TOKEN = /[\u2E80-\u2FFF\u3001-\u303F\u3040-\u30FF\u3100-\u31FF\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u201C\u201D\u2018\u2019\u2026\u2014]|[\uD840-\uD87F][\uDC00-\uDFFF]|[^\s\u3000\u2E80-\u2FFF\u3001-\u303F\u3040-\u30FF\u3100-\u31FF\u3200-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u201C\u201D\u2018\u2019\u2026\u2014\uD840-\uD87F]+/g;

export function countWords(text: string): number {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text)) n++;
  return n;
}
