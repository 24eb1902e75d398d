/**
 * Character-class fragments (for use inside [...]) covering both half-width and full-width forms.
 * Written as escapes on purpose: full-width punctuation such as U+FF08 looks like its ASCII twin
 * and is easily normalised away by editors and tools, which would silently break a pattern.
 */
export const OPEN_PAREN = '(\\uFF08';
export const CLOSE_PAREN = ')\\uFF09';
export const COMMA = ',\\uFF0C';
export const COLON = ':\\uFF1A';
export const SEMICOLON = ';\\uFF1B';
export const DOT = '.\\uFF0E';
/** Sentence-ending punctuation: 。 ; ! ? in both widths. */
export const SENTENCE_END = '。;\\uFF1B!\\uFF01?\\uFF1F';
export const GREATER = '>\\uFF1E';
export const X_LETTER = 'Xx\\uFF38\\uFF58';
export const DIGIT = '0-9\\uFF10-\\uFF19';
export const LATIN = 'A-Za-z\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
export const OPEN_SQUARE = '\\[\\uFF3B';
export const CLOSE_SQUARE = '\\]\\uFF3D';
export const STRAIGHT_QUOTE = '"\\uFF02';
export const STRAIGHT_APOS = "'\\uFF07";

/** DIGIT, as a test of one UTF-16 code (NaN, as charCodeAt gives past either end, is none). */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** LATIN, as a test of one UTF-16 code. */
export function isLatinCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xff41 && c <= 0xff5a) || (c >= 0xff21 && c <= 0xff3a);
}

/** X_LETTER, as a test of one UTF-16 code. */
export function isXLetterCode(c: number): boolean {
  return c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xff58;
}

/** What `\s` matches and String.prototype.trim removes, U+3000 and U+FEFF among them. */
export function isWhiteSpace(c: number): boolean {
  if (c > 0x3000) return c === 0xfeff;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f;
}

/** The first column in [from, to) of `s` that is not white space, or `to`. Trims without copying. */
export function skipWhiteSpace(s: string, from = 0, to = s.length): number {
  while (from < to && isWhiteSpace(s.charCodeAt(from))) from++;
  return from;
}

/** The column just after the last character in [from, to) of `s` that is not white space, or `from`. */
export function skipWhiteSpaceBack(s: string, from: number, to: number): number {
  while (to > from && isWhiteSpace(s.charCodeAt(to - 1))) to--;
  return to;
}

/** The half-width marks GB/T 15834 writes full-width in Chinese: , : ; ( ) ! ? */
const HALF_WIDTH_PUNCTUATION = /[,:;()!?]/g;

/** The full-width twin of a half-width , : ; ( ) ! ? (they all lie 0xFEE0 below it); any other code as it is. */
export function fullWidthPunctuationCode(c: number): number {
  return c === 0x2c || c === 0x3a || c === 0x3b || c === 0x28 || c === 0x29 || c === 0x21 || c === 0x3f ? c + 0xfee0 : c;
}

/** `text` with its half-width , : ; ( ) ! ? full-width. */
export function withFullWidthPunctuation(text: string): string {
  return text.replace(HALF_WIDTH_PUNCTUATION, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
