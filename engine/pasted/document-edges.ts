/**
 * Where in a document an assistant's frame that holds no needle is looked for: its edges, where an
 * answer opens and closes (docs/domain.md §9). ai-residue reads such lines there; placeholder leaves
 * a slot inside a frame sentence on such a line to ai-residue.
 */
import { CLOSING_NEEDLES, EDGE_NOTE, EDGE_START, opensWithTipsLabel } from './assistant-frame';

/** How many non-blank lines other than frame at each edge of a document an assistant's opening or closing words may pass. */
export const EDGE_LINES = 3;
/**
 * How many a closing needle (请随时告诉我, 欢迎继续提问) may pass: the report's sign-off, date or a
 * short list of attachments can follow the assistant's last words.
 */
export const CLOSING_LINES = 8;

/** The closing needles as one pattern: one pass over a long edge line instead of one a needle. */
const CLOSING_NEEDLE = new RegExp(CLOSING_NEEDLES.join('|'));

/**
 * Whether a line that holds no needle may hold frame: one of the first or last EDGE_LINES lines of
 * report text (`atEdge`) when it opens like an answer's first or last words, or a closing needle, a
 * tips label or a note on the text (EDGE_NOTE) within CLOSING_LINES of the end (`nearEnd`) too.
 */
export function mayHoldEdgeFrame(text: string, atEdge: boolean, nearEnd: boolean): boolean {
  return (atEdge && EDGE_START.test(text)) || ((atEdge || nearEnd) && (CLOSING_NEEDLE.test(text) || opensWithTipsLabel(text) || EDGE_NOTE.test(text)));
}
