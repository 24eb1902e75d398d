/**
 * When a half-width mark belongs to English, not to Chinese prose: English lines that quote
 * Chinese, English clauses and asides. Fixes of punctuation-width apply unattended (--fix, fix on
 * save), so these err towards leaving a mark alone (docs/rules/punctuation-width.md).
 */
import { isChinese, isLatinLetter, isWordChar, neighbour } from './prose-chars';

/** A Latin word or a Markdown code span (`). */
export const startsEnglish = (c: number): boolean => isLatinLetter(c) || c === 0x60;

/**
 * Whether the mark at i closes an English clause rather than a Chinese one: Latin before it and,
 * after it, the space English typing puts there (`zh-report: 导出`, `inserted; 字数`), or a phrase
 * of three or more Latin words before it. A single term in Chinese prose (`导出为 Word;标题`) is not.
 */
export function endsEnglishClause(s: string, raw: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && s.charCodeAt(j) === 0x20) j--;
  if (!isLatinLetter(s.charCodeAt(j))) return false;
  if (raw.charCodeAt(i + 1) === 0x20) return true;
  let words = 0;
  let inWord = false;
  for (; j >= 0; j--) {
    const c = s.charCodeAt(j);
    if (isWordChar(c) || c === 0x2d || c === 0x27) {
      if (!inWord) words++;
      inWord = true;
    } else if (c === 0x20) inWord = false;
    else break;
  }
  return words >= 3;
}

/**
 * Whether a bracket pair stands in an English sentence: a Latin word, then a space, before the
 * opening mark, and nothing Chinese after the closing one (`numbering (一、 → (一)), learning`).
 */
export function inEnglishSentence(s: string, open: number, close: number): boolean {
  if (s.charCodeAt(open - 1) !== 0x20) return false;
  return isLatinLetter(neighbour(s, open - 1, -1)) && !isChinese(neighbour(s, close + 1, 1));
}

/** English function words: two of them make a line English prose that quotes Chinese, not Chinese prose. */
const FUNCTION_WORDS = /\b(?:the|The|a|an|and|or|of|in|on|at|to|for|with|as|by|is|are|be|it|its|not|from|that|this|which|when|under|into|such|but|if|than|each)\b/g;

/** How far past a wrong mark an English line's words must have begun. */
const ENGLISH_NEAR = 24;

/**
 * Whether the line, whose first wrong mark is at `at`, is English prose. English prose that quotes
 * a Chinese term has Latin words before the mark or right after it, and puts spaces between its
 * words; a line that fails either test is Chinese prose without reading it to its end. The
 * function-word search reads the whole line, and run at the first wrong mark of every line it was a
 * third of punctuation-width's time. `latinBefore` is what a caller that has already read the line
 * up to `at` knows: whether a Latin letter stands before it.
 */
export function isEnglishLine(s: string, at = s.length, latinBefore = hasLatinLetter(s, Math.min(at, s.length))): boolean {
  // With no Latin before the mark, a space beside a Latin letter can only stand after it: most
  // Chinese lines have none there, and one native search settles them (before it, a loop over the
  // next ENGLISH_NEAR characters was a fifth of punctuation-width's scan).
  if (!latinBefore && s.indexOf(' ', at + 1) < 0) return false;
  if (!(latinBefore || hasLatinLetter(s, Math.min(s.length, at + ENGLISH_NEAR), at + 1)) || !spaceBesideLatin(s)) return false;
  FUNCTION_WORDS.lastIndex = 0;
  return FUNCTION_WORDS.test(s) && FUNCTION_WORDS.test(s);
}

export function hasLatinLetter(s: string, to: number, from = 0): boolean {
  for (let i = from; i < to; i++) if (isLatinLetter(s.charCodeAt(i))) return true;
  return false;
}

function spaceBesideLatin(s: string): boolean {
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) if (isLatinLetter(s.charCodeAt(i - 1)) || isLatinLetter(s.charCodeAt(i + 1))) return true;
  return false;
}

/** Brackets around English words that mention a Chinese one: `(many offices use 仿宋)`, not `(含 VR 设备)`. */
export function isEnglishAside(s: string, from: number, to: number): boolean {
  let words = 0;
  let chinese = 0;
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isLatinLetter(c) && !isLatinLetter(s.charCodeAt(i - 1))) words++;
    else if (isChinese(c)) chinese++;
    else if (c === 0x20) spaces++;
  }
  // Spaces between the words: `(GDP、AI、WiFi)` is a Chinese list of terms.
  return words >= 3 && words > chinese && spaces >= 2;
}

