/**
 * The list of attachments after a report's body (GB/T 9704: 附件：1. …, then 2. … under it, see
 * docs/domain.md §2). Its numbers name the attachments, not the report's parts: the parse leaves
 * them out of the numbering, as it does a chat assistant's tips list.
 */
import { skipWhiteSpace } from '../chars';
import { listItemsUnder } from './tips';

const ATTACHMENT_NOTE = /^[\s\u3000]*附件[：:]/;
const FU = '附'.charCodeAt(0);

/** The lines of every attachment list: the items under a line that opens with 附件：. */
export function attachmentItems(lines: ReadonlyArray<{ masked: string }>): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.masked;
    // Most lines do not start with 附: one character read passes over them.
    if (text.charCodeAt(skipWhiteSpace(text)) !== FU || !ATTACHMENT_NOTE.test(text)) continue;
    const items = listItemsUnder(lines, i);
    out.push(...items);
    if (items.length) i = items[items.length - 1]!;
  }
  return out;
}
