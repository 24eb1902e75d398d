/** Character classes for judging punctuation in Chinese prose (punctuation-width). */

/** Chinese characters and the marks that stand among them. */
export function isChinese(c: number): boolean {
  return (
    isIdeograph(c) ||
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2018 && c <= 0x201d) ||
    c === 0x2026 ||
    c === 0x2014
  );
}

export function isIdeograph(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xdbff);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

export function isWordChar(c: number): boolean {
  return isDigit(c) || isLatinLetter(c) || c === 0x5f;
}

/** The code of the nearest character that is not a space, stepping from i by `step`; NaN past either end. */
export function neighbour(s: string, i: number, step: 1 | -1): number {
  while (i >= 0 && i < s.length && isSpace(s.charCodeAt(i))) i += step;
  return s.charCodeAt(i);
}

/** A-Z or a-z: setting bit 0x20 folds A-Z onto a-z, and one unsigned comparison tests the range (NaN gives false). */
export function isLatinLetter(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26;
}
