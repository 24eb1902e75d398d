import { deleteLine } from '../line-edits';
import type { ReportDocument, ReportModel } from '../model';
import type { Rule } from '../rule';
import { isBlank } from '../text';
import { range, type Range } from '../types';

const MIN_CHARS = 20;
/** A sentence runs to 。!?; (either width) or the end of the line. */
const SENTENCE = /[^。!?;\uFF01\uFF1F\uFF1B]+[。!?;\uFF01\uFF1F\uFF1B]*/g;

const SPACE = /[\s\u3000]/;
const SPACES = /[\s\u3000]+/g;

/** Characters other than white space; a string shorter than MIN_CHARS code units is never long enough. */
function longEnough(s: string): boolean {
  if (s.length < MIN_CHARS) return false;
  // Most white space is the paragraph's indentation; inner spaces are rare.
  const t = s.trim();
  if (t.length < MIN_CHARS) return false;
  if (!SPACE.test(t)) return true;
  let n = 0;
  for (const ch of t) if (!SPACE.test(ch) && ++n >= MIN_CHARS) return true;
  return false;
}

function normalize(s: string): string {
  const t = s.trim();
  return SPACE.test(t) ? t.replace(SPACES, '') : t;
}

/**
 * Sentences of 20 characters or more that occur twice in one document, and paragraphs pasted twice.
 * Linear: each sentence is looked up once in a map of those seen before.
 */
function* duplicates(model: ReportModel, doc: ReportDocument): Generator<{ range: Range; first: Range; whole: boolean; line: number }> {
  const paragraphs = new Map<string, Range>();
  const sentences = new Map<string, Range>();
  for (let i = doc.startLine; i <= doc.endLine; i++) {
    const line = model.lines[i]!;
    if (isBlank(line.masked)) continue;
    const text = line.masked;
    const whole = normalize(text);
    const lineRange = range(i, text.length - text.trimStart().length, text.trimEnd().length);
    if (longEnough(text)) {
      const seen = paragraphs.get(whole);
      if (seen) {
        yield { range: lineRange, first: seen, whole: true, line: i };
        continue;
      }
      paragraphs.set(whole, lineRange);
    }
    for (const m of text.matchAll(SENTENCE)) {
      const sentence = m[0];
      if (!longEnough(sentence)) continue;
      const key = normalize(sentence);
      const start = m.index! + (sentence.length - sentence.trimStart().length);
      const r = range(i, start, m.index! + sentence.trimEnd().length);
      const seen = sentences.get(key);
      if (seen) yield { range: r, first: seen, whole: false, line: i };
      else sentences.set(key, r);
    }
  }
}

const rule: Rule = {
  id: 'duplicate-text',
  category: 'content',
  defaultSeverity: 'warning',
  description: '同一文档中重复的句子(20 字以上)或重复粘贴的段落 / A sentence or paragraph that occurs twice',
  options: {},
  check(ctx) {
    for (const doc of ctx.model.documents) {
      for (const d of duplicates(ctx.model, doc)) {
        const where = `第 ${d.first.start.line + 1} 行`;
        ctx.report({
          range: d.range,
          message: d.whole ? `这一段与${where}的段落完全相同,可能重复粘贴` : `这句话与${where}的句子重复`,
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
    }
  },
};

export default rule;
