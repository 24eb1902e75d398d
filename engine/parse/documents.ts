/**
 * Splits a file into documents (篇1/篇2…, or a second titled report after the first) and finds
 * each document's title line (docs/domain.md §6).
 */
import { COLON, COMMA, GREATER, SENTENCE_END } from '../chars';
import { detectTypes, type TitleRule } from './doc-type';
import type { Marker } from './markers';
import { isBlank, type Line } from './text';

export interface DocumentSlice {
  startLine: number;
  endLine: number;
  titleLine: number | null;
}

/** A line that starts a new document: "…范文 篇2", "篇3", "第二篇". */
const PIECE_LINE = /(?:^|[\s\u3000])(?:篇\s*[0-9一二三四五六七八九十]+|第[0-9一二三四五六七八九十]+篇)[\s\u3000]*$/;

/** Lines that are never a title: web breadcrumbs, site banners, timestamps. */
const NOT_TITLE = new RegExp(
  `当前位置|您的位置|首页\\s*[${GREATER}]|[${GREATER}].*[${GREATER}]|^\\s*(?:时间|日期|来源|作者|浏览|阅读|大小|页数|ID)\\s*[${COLON}]|\\d{4}-\\d{2}-\\d{2}|欢迎|网站|分享|下载|上一篇|下一篇`,
);

/** Sentence punctuation, two commas, or a colon at the end (以下是……：introduces, a title never does). */
const SENTENCE_PUNCT = new RegExp(`[${SENTENCE_END}]|[${COMMA}].*[${COMMA}]|[${COLON}]\\s*$`);

/** A line longer than this (untrimmed) is a paragraph, never a title; checked before trimming copies it. */
const TITLE_LINE_MAX = 120;
/** A title, trimmed, has at least this many characters ("工作总结") … */
const TITLE_MIN = 4;
/** … and at most this many. */
const TITLE_MAX = 60;
/** A title stands within this many lines of its document's start (site banners may come first). */
const TITLE_SEARCH_LINES = 15;
/** A 篇N line longer than this is a sentence that happens to end with 篇, not a piece label. */
const PIECE_LINE_MAX = 80;
/** A second pasted report's list starts within this many lines of its title. */
const SECOND_TITLE_LIST_WITHIN = 30;

function titleCandidate(text: string): boolean {
  if (text.length > TITLE_LINE_MAX) return false;
  const t = text.trim();
  return t.length >= TITLE_MIN && t.length <= TITLE_MAX && !NOT_TITLE.test(t) && !SENTENCE_PUNCT.test(t);
}

/** Title of a document: the first early line that names a report type, else the first short line. */
function findTitle(lines: Line[], from: number, to: number, firstMarkerLine: number, titleRules: readonly TitleRule[]): number | null {
  const limit = Math.min(to, firstMarkerLine - 1, from + TITLE_SEARCH_LINES);
  let fallback: number | null = null;
  for (let i = from; i <= limit; i++) {
    const text = lines[i]!.masked;
    if (isBlank(text) || !titleCandidate(text)) continue;
    if (detectTypes(text, titleRules)[0] !== 'unknown') return i;
    if (fallback === null && !/[网站库]$/.test(text.trim())) fallback = i;
  }
  return fallback;
}

export function splitDocuments(lines: Line[], markerAt: Array<Marker | null>, titleRules: readonly TitleRule[]): DocumentSlice[] {
  const starts: number[] = [0];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.masked;
    if (markerAt[i] || text.length > PIECE_LINE_MAX || text.indexOf('篇') < 0 || !PIECE_LINE.test(text)) continue;
    const last = starts[starts.length - 1]!;
    // A preamble with no structure (site banner, breadcrumb) belongs to the first piece.
    if (last === 0 && !hasMarker(markerAt, 0, i)) starts[starts.length - 1] = i;
    else if (i > last) starts.push(i);
  }
  if (starts.length === 1) splitOnRepeatedTitles(lines, markerAt, starts, titleRules);
  const docs: DocumentSlice[] = [];
  for (let d = 0; d < starts.length; d++) {
    const startLine = d === 0 ? 0 : starts[d]!;
    const endLine = d + 1 < starts.length ? starts[d + 1]! - 1 : lines.length - 1;
    const titleFrom = starts[d]!;
    const firstMarker = nextMarker(markerAt, titleFrom, endLine);
    docs.push({ startLine, endLine, titleLine: findTitle(lines, titleFrom, endLine, firstMarker, titleRules) });
  }
  return docs;
}

/**
 * A second report pasted after the first: a title-like line naming a report type, after the
 * first document's structure has begun, followed by a list that restarts at the first family.
 */
function splitOnRepeatedTitles(lines: Line[], markerAt: Array<Marker | null>, starts: number[], titleRules: readonly TitleRule[]): void {
  let firstFamilyLine = -1;
  for (let i = 0; i < lines.length; i++) {
    if (markerAt[i]) {
      firstFamilyLine = i;
      break;
    }
  }
  if (firstFamilyLine < 0) return;
  const firstFamily = markerAt[firstFamilyLine]!.family;
  for (let i = firstFamilyLine + 1; i < lines.length; i++) {
    const text = lines[i]!.masked;
    if (markerAt[i] || isBlank(text) || !titleCandidate(text) || detectTypes(text, titleRules)[0] === 'unknown') continue;
    const next = nextMarker(markerAt, i + 1, Math.min(lines.length - 1, i + SECOND_TITLE_LIST_WITHIN));
    const m = next < lines.length ? markerAt[next] : null;
    if (m && m.family === firstFamily && m.value === 1) starts.push(i);
  }
}

function hasMarker(markerAt: Array<Marker | null>, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (markerAt[i]) return true;
  return false;
}

function nextMarker(markerAt: Array<Marker | null>, from: number, to: number): number {
  for (let i = from; i <= to; i++) if (markerAt[i]) return i;
  return markerAt.length;
}
