/**
 * The list of attachments after a report's body (GB/T 9704: 附件：1. …, then 2. … under it, see
 * docs/domain.md §2). Its numbers name the attachments, not the report's parts: the parse leaves
 * them out of the numbering, as it does a chat assistant's tips list.
 */
import { skipWhiteSpace } from '../chars';
import { listBlocks } from './tips';

const ATTACHMENT_NOTE = /^[\s\u3000]*附件[：:]/;
const FU = '附'.charCodeAt(0);

/** Whether a line opens with 附件：. Most lines do not start with 附: one character read passes over them. */
function isAttachmentNote(text: string): boolean {
  return text.charCodeAt(skipWhiteSpace(text)) === FU && ATTACHMENT_NOTE.test(text);
}

/** The lines of every attachment list: the items under a line that opens with 附件：. */
export function attachmentItems(lines: ReadonlyArray<{ masked: string }>): number[] {
  return listBlocks(lines, isAttachmentNote).flatMap((block) => block.items);
}
