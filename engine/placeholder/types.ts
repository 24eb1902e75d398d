/** A placeholder found on one line: columns of exactly the slot to fill. */
export interface Slot {
  start: number;
  end: number;
  form: 'letters' | 'symbols' | 'mou' | 'circles' | 'empty-pair' | 'blank' | 'instruction' | 'custom';
}

export type Detector = (text: string) => Slot[];
