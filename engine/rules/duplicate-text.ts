import { isWhiteSpace, skipWhiteSpace, skipWhiteSpaceBack } from '../chars';
import { deleteLine } from '../line-edits';
import type { ReportModel } from '../parse/model';
import type { Rule } from '../rule';
import { SeenSpans } from '../seen-spans';
import { NextOf } from '../parse/text';
import { range, type Range } from '../types';
import { zh } from '../zh-message';

const MIN_CHARS = 20;
/** 。 ! ? ; in both widths end a sentence; a run of them belongs to the sentence before it. */
const TERMINATORS = ['。', '!', '?', ';', '\uFF01', '\uFF1F', '\uFF1B'];

/** Characters other than white space, counting 𠮷 as one; only computed for a repeat, to confirm it is long enough. */
function charCount(s: string): number {
  let n = 0;
  for (const ch of s) if (!isWhiteSpace(ch.charCodeAt(0))) n++;
  return n;
}

interface Hit {
  range: Range;
  first: Range;
  whole: boolean;
  line: number;
}

/** Reused from lint to lint: lint runs to completion before the next one starts. */
const lineTable = new SeenSpans();
const sentenceTable = new SeenSpans();

/**
 * Sentences of 20 characters or more that occur twice in one document, and lines pasted twice.
 * Sentence ends are found by native search and each span is remembered by a fingerprint, so the
 * work is linear and no string is built for a sentence that occurs once. White space at either end
 * of a sentence or line does not count.
 */
function duplicates(model: ReportModel): Hit[] {
  const hits: Hit[] = [];
  // Terminators are searched in the whole text once; a line with something masked (a URL, code)
  // is searched on its own, since a ? in a URL ends no sentence.
  const inText = new NextOf(model.text, TERMINATORS);
  /** Columns [from, to) of the masked line without white space at the ends, if they repeat a span in `seen`. */
  const repeat = (seen: SeenSpans, line: number, from: number, to: number): Hit | null => {
    const text = model.lines[line]!.masked;
    const start = skipWhiteSpace(text, from, to);
    const end = skipWhiteSpaceBack(text, start, to);
    if (end - start < MIN_CHARS) return null;
    const first = seen.findOrAdd(line, start, end);
    if (!first || charCount(text.slice(start, end)) < MIN_CHARS) return null;
    return { range: range(line, start, end), first, whole: seen === lineTable, line };
  };
  for (const doc of model.documents) {
    lineTable.reset(model.lines);
    sentenceTable.reset(model.lines);
    for (let i = doc.startLine; i <= doc.endLine; i++) {
      const line = model.lines[i]!;
      const length = line.masked.length;
      if (length < MIN_CHARS) continue;
      const paragraph = repeat(lineTable, i, 0, length);
      if (paragraph) {
        hits.push(paragraph);
        continue;
      }
      const unmasked = line.masked === line.text;
      const terminators = unmasked ? inText : new NextOf(line.masked, TERMINATORS);
      const base = unmasked ? line.start : 0;
      for (let cur = 0; cur < length; ) {
        const t = terminators.from(base + cur) - base;
        let end = Math.min(t + 1, length);
        // A run of terminators (。。 or ?!) ends one sentence.
        while (end < length && terminators.from(base + end) === base + end) end++;
        // Terminators at the start of a line belong to no sentence.
        const sentence = t > cur && end - cur >= MIN_CHARS ? repeat(sentenceTable, i, cur, end) : null;
        if (sentence) hits.push(sentence);
        cur = end;
      }
    }
  }
  lineTable.reset([]);
  sentenceTable.reset([]);
  return hits;
}

const rule: Rule = {
  id: 'duplicate-text',
  category: 'content',
  defaultSeverity: 'warning',
  description: '同一文档中重复的句子(20 字以上)或重复粘贴的段落 / A sentence or paragraph that occurs twice',
  options: {},
  fixSafety: 'review',
  check(ctx) {
    for (const d of duplicates(ctx.model)) {
      const where = `第 ${d.first.start.line + 1} 行`;
      ctx.report({
        range: d.range,
        message: d.whole ? zh`这一段与${where}的段落完全相同,可能重复粘贴` : zh`这句话与${where}的句子重复`,
        data: { firstLine: d.first.start.line + 1, paragraph: d.whole },
        related: [{ range: d.first, message: '第一次出现 (first occurrence)' }],
        fixes: [
          {
            title: d.whole ? '删除重复的段落 (Delete the repeated paragraph)' : '删除重复的句子 (Delete the repeated sentence)',
            edits: [d.whole ? deleteLine(ctx.model, d.line) : { range: d.range, newText: '' }],
          },
        ],
      });
    }
  },
};

export default rule;
