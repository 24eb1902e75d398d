/** A placeholder found on one line: columns of exactly the slot to fill. */
export interface Slot {
  start: number;
  end: number;
  form: 'letters' | 'symbols' | 'mou' | 'circles' | 'empty-pair' | 'blank' | 'instruction' | 'ellipsis' | 'custom';
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
}
