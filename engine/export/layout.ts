/**
 * The GB/T 9704-2012 page as zh-report writes it, in Word's units, and the settings a user can
 * change (fonts differ between offices). Figures: docs/export.md.
 */

/** Twips (1/1440 inch) in one millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIPS_PER_MM);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
} as const;

/** 3号 (16 pt) body, in Word's half-points. */
export const BODY_SIZE = 32;
/** 2号 (22 pt) title. */
export const TITLE_SIZE = 44;
/** 4号 (14 pt) page numbers and table text. */
export const SMALL_SIZE = 28;
/**
 * 22 lines in the 225 mm text block: 579 twips a line, exact. (LibreOffice does not read Word's
 * document grid the way Word does; exact spacing gives 22 lines in both.)
 */
export const LINE = 579;
/**
 * Characters are condensed by 0.25 pt (in twentieths of a point) so that 28 fit the 156 mm line:
 * 28 × 15.75 pt = 155.6 mm in Word, WPS and LibreOffice alike.
 */
export const CHARACTER_SPACING = -5;
/** One body character's advance with that condensing: 15.75 pt. */
export const CHAR = 315;
/** One 4号 character, the space beside a page number. */
export const SMALL_CHAR = 280;
/** From the page's bottom edge to the footer's, so that the page number's dash line sits about 7 mm under the text block. */
export const FOOTER = mm(22);

export interface ExportFonts {
  /** 2号 title: 方正小标宋简体 where installed. */
  title: string;
  /** 3号 body and levels 3–4: 仿宋_GB2312 or 仿宋. */
  body: string;
  /** Level 1: 黑体. */
  heading1: string;
  /** Level 2: 楷体_GB2312 or 楷体. */
  heading2: string;
  /** Latin letters and digits in every text. */
  latin: string;
  /** Page numbers: 4号 半角 宋体. */
  pageNumber: string;
}

export interface ExportOptions {
  fonts: ExportFonts;
  /** Set level-3 headings in bold (common practice, not the standard). */
  level3Bold: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  fonts: { title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312', latin: 'Times New Roman', pageNumber: '宋体' },
  level3Bold: false,
};

/** Options as configured, over the defaults (unknown or empty values keep the default). */
export function exportOptions(configured: { fonts?: Partial<Record<keyof ExportFonts, unknown>>; level3Bold?: unknown } | undefined): ExportOptions {
  const fonts = { ...DEFAULT_EXPORT_OPTIONS.fonts };
  for (const key of Object.keys(fonts) as Array<keyof ExportFonts>) {
    const v = configured?.fonts?.[key];
    if (typeof v === 'string' && v.trim()) fonts[key] = v.trim();
  }
  return { fonts, level3Bold: typeof configured?.level3Bold === 'boolean' ? configured.level3Bold : DEFAULT_EXPORT_OPTIONS.level3Bold };
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000\u2014\u2026\u201c\u201d\u2018\u2019]|[\u{20000}-\u{3fffd}]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Width of a text in body characters: CJK and full-width forms take one, other characters half,
 * and each change between Chinese and Latin letters or digits a quarter (Word's and LibreOffice's
 * automatic spacing between them, on by default): 2025年12月30日 is 8¼ characters wide.
 */
export function widthInChars(text: string): number {
  let w = 0;
  let previous: 'wide' | 'latin' | 'other' = 'other';
  for (const ch of text) {
    const kind = WIDE.test(ch) ? 'wide' : LATIN_OR_DIGIT.test(ch) ? 'latin' : 'other';
    w += kind === 'wide' ? 1 : 0.5;
    if ((kind === 'wide' && previous === 'latin') || (kind === 'latin' && previous === 'wide')) w += 0.25;
    previous = kind;
  }
  return w;
}

/**
 * Right indents, in characters, of the signature's unit name and date (§7.3.5.2): the name ends
 * two characters from the right margin, the date starts two characters right of the name's start;
 * when the date is longer, the name moves left so that the date keeps two characters on its right.
 */
export function signatureIndents(unitWidth: number, dateWidth: number): { unit: number; date: number } {
  if (unitWidth === 0) return { unit: 0, date: 4 };
  let unit = 2;
  let date = unit + unitWidth - 2 - dateWidth;
  if (date < 2) {
    date = 2;
    unit = date + dateWidth + 2 - unitWidth;
  }
  return { unit, date };
}
