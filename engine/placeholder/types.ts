/** A placeholder found on one line: columns of exactly the slot to fill. */
export interface Slot {
  start: number;
  end: number;
  form: 'letters' | 'symbols' | 'mou' | 'circles' | 'empty-pair' | 'blank' | 'date' | 'instruction' | 'ellipsis' | 'custom';
}

/**
 * One kind of slot: how to find it on a line, and what a line must contain for it to be there at
 * all, so that the rule can find the few lines worth reading by native search over the whole text.
 */
export interface SlotFinder {
  /** Appends the slots on `text` (a masked line) to `out`. */
  find(text: string, out: Slot[]): Slot[];
  /** Strings of which a line holding a slot contains at least one; or */
  needles?: readonly string[];
  /** a global regex that matches on every line holding a slot. */
  search?: RegExp;
  /** Whether a needle's hit at `at` counts (see LineSearch.accept). */
  accept?: (text: string, at: number) => boolean;
}

/**
 * A unit a figure stands before (万元, 人次, 场, %), as a regex source: after a lone *, a run of ?
 * or an ellipsis, it shows the mark stands where the figure goes (约*万人次, 投入??万元, 共开展……场).
 * Narrower than the units a blank of underscores may precede: after those marks prose may go on
 * with 人们, 所以, 个别, 年轻 or 次日.
 */
export const FIGURE_UNIT = '(?:万|亿)?(?:元|人次|名|项|场|件|户|篇|份|台|套|倍|%|％)';
