/**
 * Writing tips a chat assistant puts after the report it wrote (写作小贴士： then 1. 数据要具体…), see
 * docs/domain.md §9. The list is about the report, not part of it: the parse leaves its numbers out of
 * the report's numbering, and ai-residue reports it.
 */

import { isBlank } from './text';

/** Markdown, bullets, brackets and emoji before a line's words. */
export const LEAD_SYNTAX = /^(?:[\s\u3000*#>\-•（(【\[]|\p{Extended_Pictographic}\uFE0F?)+/u;

/** A tips heading, its leading syntax taken off: 小贴士： 写作建议： 写作小贴士, 小提示**： (bold closed before the colon) */
const TIPS_HEADING = /^(?:(?:写作|撰写|修改|使用)?小(?:贴士|提示|技巧)|(?:写作|撰写|使用)(?:建议|提示|技巧|说明|要点))[*\s\u3000]*[：:]?[*\s\u3000]*$/;
/** Longer than this, a line is no heading of tips or notes: most lines are passed over on their length alone. */
const BLOCK_HEADING_MAX = 24;

/** Whether `line`, short enough and its leading syntax (💡 **, #, -) taken off, matches `heading`. */
export function isBlockHeading(line: string, heading: RegExp): boolean {
  return line.length <= BLOCK_HEADING_MAX && heading.test(line.replace(LEAD_SYNTAX, ''));
}

/** An item of a list: a bullet, an emoji or an arabic number (1. 1、 (1)) first, in a block quote (> 1. …) too. */
const LIST_ITEM = /^[\s\u3000>]*(?:[-*•·]\s*|\p{Extended_Pictographic}|\d{1,2}[.．、)）]|[（(]\d{1,2}[）)])/u;

/** Whether `text`, its leading syntax already taken off, is a tips heading. */
export function isTipsHeadingText(text: string): boolean {
  return TIPS_HEADING.test(text);
}

/** Every line of a text is asked: the length first, which passes over nearly all of them. */
function isTipsHeading(line: string): boolean {
  return line.length <= BLOCK_HEADING_MAX && (line.includes('小') || line.includes('写作') || line.includes('撰写') || line.includes('使用')) && isBlockHeading(line, TIPS_HEADING);
}

export interface TipsBlock {
  heading: number;
  items: number[];
}

/** The list items right under line `heading` (blank lines between them allowed), in line order. */
export function listItemsUnder(lines: ReadonlyArray<{ masked: string }>, heading: number): number[] {
  const items: number[] = [];
  for (let j = heading + 1; j < lines.length; j++) {
    const text = lines[j]!.masked;
    if (isBlank(text)) continue;
    if (!LIST_ITEM.test(text)) break;
    items.push(j);
  }
  return items;
}

/** Each line that `isHeading` accepts, with the list items under it, in line order. */
export function listBlocks(lines: ReadonlyArray<{ masked: string }>, isHeading: (text: string) => boolean): TipsBlock[] {
  const out: TipsBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isHeading(lines[i]!.masked)) continue;
    const block: TipsBlock = { heading: i, items: listItemsUnder(lines, i) };
    if (block.items.length) i = block.items[block.items.length - 1]!;
    out.push(block);
  }
  return out;
}

/** Each tips block: its heading line, then its list items, in line order. */
export function tipsBlocks(lines: ReadonlyArray<{ masked: string }>): TipsBlock[] {
  return listBlocks(lines, isTipsHeading);
}
