/** Chinese numerals as used in report numbering (一 … 九十九, with 〇/零 and 两 accepted on input). */

/** Digit values by UTF-16 code. */
const DIGITS = new Map<number, number>([...'〇零一二两三四五六七八九'].map((ch, i) => [ch.charCodeAt(0), [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][i]!]));
const TEN = 0x5341; // 十
const HUNDRED = 0x767e; // 百
const DIGIT_CHARS = '一二三四五六七八九';

export const CHINESE_NUMERAL_CLASS = '〇零一二两三四五六七八九十百';

/** Value of a numeral such as 十二 or 二十三 or 一百零五; null when it is not a well-formed numeral. */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0;
  let current = 0;
  let sawDigit = false;
  // By code, not for…of: iterating a string makes a string of every character.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digit = DIGITS.get(c);
    if (digit !== undefined) {
      current = digit;
      sawDigit = true;
    } else if (c === TEN) {
      total += (sawDigit ? current : 1) * 10;
      current = 0;
      sawDigit = false;
    } else if (c === HUNDRED) {
      if (!sawDigit) return null;
      total += current * 100;
      current = 0;
      sawDigit = false;
    } else {
      return null;
    }
  }
  return total + current;
}

export function formatChineseNumeral(n: number): string {
  if (n <= 0 || !Number.isInteger(n)) return String(n);
  if (n < 10) return DIGIT_CHARS[n - 1]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return (tens === 1 ? '' : DIGIT_CHARS[tens - 1]) + '十' + (ones ? DIGIT_CHARS[ones - 1] : '');
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (rest === 0) return DIGIT_CHARS[hundreds - 1] + '百';
  const tail = rest < 10 ? '零' + DIGIT_CHARS[rest - 1] : rest < 20 ? '一' + formatChineseNumeral(rest) : formatChineseNumeral(rest);
  return DIGIT_CHARS[hundreds - 1] + '百' + tail;
}

const CIRCLED_RANGES: Array<[number, number, number]> = [
  // [first code point, last code point, value of the first]
  [0x2460, 0x2473, 1], // ①–⑳
  [0x3251, 0x325f, 21], // ㉑–㉟
  [0x32b1, 0x32bf, 36], // ㊱–㊿
];

/** The value of a circled number (① … ㊿) given its code point, or null. */
export function circledValue(cp: number): number | null {
  for (const [first, last, base] of CIRCLED_RANGES) {
    if (cp >= first && cp <= last) return base + cp - first;
  }
  return null;
}

export function formatCircled(n: number): string {
  for (const [first, last, base] of CIRCLED_RANGES) {
    if (n >= base && n <= base + last - first) return String.fromCodePoint(first + n - base);
  }
  return `(${n})`;
}
