/**
 * Markdown syntax left in a plain-text report, as pasted from a chat assistant (docs/domain.md §9):
 * what each piece is, where it stands on the line, and what the line reads without it.
 */

import { EMPHASIS, isEmphasis, PASTED_HEADING_HASHES } from '../parse/text';

export type ArtifactKind = 'heading' | 'bold' | 'italic' | 'bullet' | 'list-symbol' | 'quote' | 'rule' | 'fence' | 'table' | 'table-rule' | 'code' | 'link' | 'emoji';

export interface Artifact {
  kind: ArtifactKind;
  start: number;
  end: number;
  /** The text that replaces [start, end): the words kept, the syntax gone. null deletes the whole line. */
  replacement: string | null;
}

/** A heading's # run and the spaces after it; glued to a numbered heading it needs none (###一、). */
const HEADING = new RegExp(`${PASTED_HEADING_HASHES.source}[ \\t]*`);
const CLOSING_HASHES = /[ \t]+#+[ \t]*$/;
/** A bullet, with a task list's checkbox after it when there is one (- [ ] 完成考核, - [x] 已完成). */
const BULLET = /^([ \t\u3000]*)([-*+][ \t]+)(\[[ xX]\][ \t]+)?(?=\S)/;

/**
 * Whether the [ at `open` starts the checkbox of a task list item, which the bullet's fix strips
 * with it: the placeholder rule leaves its [ ] and its x alone.
 */
export function isTaskCheckbox(text: string, open: number): boolean {
  const bullet = BULLET.exec(text);
  return bullet?.[3] !== undefined && bullet[1]!.length + bullet[2]!.length === open;
}
/** A list symbol pasted from a rendered page or a word processor (• 推进项目建设), with or without a space. */
const LIST_SYMBOL = /^([ \t\u3000]*)(•)([ \t\u3000]*)(?=\S)/;
const QUOTE = /^([ \t]*)(>+)([ \t]*)/;
/**
 * A whole line in single-asterisk italics (*本文由AI辅助生成，仅供参考。*), as an assistant sets off
 * its notes. Only whole lines: a lone * inside a line is a footnote mark.
 */
const ITALIC_LINE = /^\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*[ \t\u3000]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** The longest run of _ alone on a line that still reads as a pasted rule rather than a line to write on. */
const SHORT_UNDERSCORE_RULE = /^ {0,3}_{3,5}[ \t]*$/;

/**
 * Whether a line of Markdown rule syntax is a rule pasted from a chat assistant. A line of _ alone
 * may instead be a template's line to write on (______ under 审核意见：): a rule is short (___) or
 * spaced (_ _ _), a line to write on runs longer. markdown-artifact reports the rules; placeholder,
 * the lines to write on. Read from the line alone, so placeholder stays a line-local rule.
 */
export function isPastedRule(text: string): boolean {
  if (!THEMATIC_BREAK.test(text)) return false;
  return !text.includes('_') || SHORT_UNDERSCORE_RULE.test(text) || /_[ \t]+_/.test(text);
}
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_ROW = /^[ \t]*\|(.*\|)+[ \t]*$/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/;
const CODE = /(`+)([^`]+?)\1/g;
const LINK = /\[([^\]\n]+)\]\((?:https?:\/\/|www\.|\/|\.)[^)\s]*\)/g;
/**
 * Emoji used as bullets and markers (📌 ✅ 🔹 👉 ✨), with their variation selector and joined
 * sequences. ★ and ☆ are kept: reports rate things with stars.
 */
export const EMOJI = /(?![★☆©®™])\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*|[\u{1F1E6}-\u{1F1FF}]{2}/gu;
/**
 * Whether a UTF-16 code can begin an emoji: a surrogate of the emoji planes, a symbol of the
 * ranges that hold ✅ ✨ ⭐ ❗, or a keycap's digit. Wider than EMOJI; the line is read again.
 */
export function isEmojiStart(c: number): boolean {
  return (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || c === 0x203c || c === 0x2049 || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x25a0 && c <= 0x25ff);
}
/** Keycap digits 1️⃣ … as bullets, and 🔟. */
const KEYCAP = /[0-9#*]\uFE0F?\u20E3|\u{1F51F}/gu;

/**
 * What the fix puts for a keycap: its number, as a list's 1. where it opens the line (1️⃣ 完善网格化
 * 管理 becomes 1.完善网格化管理, so the numbering stays and is checked), the digit alone inside a
 * sentence; # and * keycaps go.
 */
function keycapReplacement(keycap: string, opensLine: boolean): string {
  const number = keycap === '\u{1F51F}' ? '10' : /^[0-9]/.test(keycap) ? keycap.charAt(0) : '';
  return number && opensLine ? `${number}.` : number;
}

function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

/** Whether the line is a table's separator row (|---|---|, ---|---). */
export function isTableRule(text: string): boolean {
  return text.includes('|') && TABLE_RULE.test(text);
}

/**
 * The Markdown artifacts on one line of a plain-text report, left to right, not overlapping.
 * `inTable`: the line stands by a table's separator row, so a row without outer pipes (项目 | 数量)
 * is a table row too. A line of _ that is not a pasted rule (isPastedRule) is a line to write
 * on, placeholder's.
 */
export function lineArtifacts(text: string, inTable = false): Artifact[] {
  if (FENCE.test(text)) return [{ kind: 'fence', start: 0, end: text.length, replacement: null }];
  // A line of _ to write on (the placeholder rule's) holds no other Markdown.
  if (THEMATIC_BREAK.test(text)) return isPastedRule(text) ? [{ kind: 'rule', start: 0, end: text.length, replacement: null }] : [];
  if (isTableRule(text)) return [{ kind: 'table-rule', start: 0, end: text.length, replacement: null }];
  const out: Artifact[] = [];
  if (TABLE_ROW.test(text) || (inTable && text.includes('|'))) {
    const cells = text.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
    out.push({ kind: 'table', start: 0, end: text.length, replacement: cells.join('\u3000') });
    return out;
  }
  let from = 0;
  const heading = HEADING.exec(text);
  if (heading) {
    out.push({ kind: 'heading', start: heading[1]!.length, end: heading[0].length, replacement: '' });
    from = heading[0].length;
    const closing = CLOSING_HASHES.exec(text);
    if (closing && closing.index >= from) out.push({ kind: 'heading', start: closing.index, end: text.length, replacement: '' });
  } else {
    const quote = QUOTE.exec(text);
    if (quote && quote[2]) {
      out.push({ kind: 'quote', start: quote[1]!.length, end: quote[0].length, replacement: '' });
      from = quote[0].length;
    }
    const afterQuote = text.slice(from);
    const bullet = BULLET.exec(afterQuote);
    const symbol = bullet ? null : LIST_SYMBOL.exec(afterQuote);
    const found = bullet ?? symbol;
    if (found) {
      out.push({ kind: bullet ? 'bullet' : 'list-symbol', start: from + found[1]!.length, end: from + found[0].length, replacement: '' });
      from += found[0].length;
    }
  }
  const rest = text.slice(from);
  const italic = ITALIC_LINE.exec(rest);
  if (italic) out.push({ kind: 'italic', start: from, end: from + italic[0].trimEnd().length, replacement: italic[1]! });
  for (const m of matches(EMPHASIS, rest)) {
    // Nested emphasis around the same words (____****第三****____) is one artifact: the fix takes
    // every layer at once, as --fix must reach a fixed point in a bounded number of rounds.
    let start = from + m.index;
    let end = start + m[0].length;
    if (!isEmphasis(text, start, end)) continue;
    while (start >= from + 2 && /^(\*\*|__)$/.test(text.slice(start - 2, start)) && text.slice(end, end + 2) === text.slice(start - 2, start)) {
      start -= 2;
      end += 2;
    }
    out.push({ kind: 'bold', start, end, replacement: m[2]! });
  }
  for (const m of matches(CODE, rest)) out.push({ kind: 'code', start: from + m.index, end: from + m.index + m[0].length, replacement: m[2]! });
  for (const m of matches(LINK, rest)) out.push({ kind: 'link', start: from + m.index, end: from + m.index + m[0].length, replacement: m[1]! });
  for (const re of [KEYCAP, EMOJI]) {
    for (const m of matches(re, text)) {
      // An emoji and the space after it go together.
      const end = m.index + m[0].length + (/[ \t]/.test(text.charAt(m.index + m[0].length)) ? 1 : 0);
      const opensLine = m.index >= from && text.slice(from, m.index).trim() === '';
      out.push({ kind: 'emoji', start: m.index, end, replacement: re === KEYCAP ? keycapReplacement(m[0], opensLine) : '' });
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Artifact[] = [];
  for (const a of out) if (!kept.length || a.start >= kept[kept.length - 1]!.end) kept.push(a);
  return kept;
}
