/**
 * word/document.xml → report text, one line per paragraph, the way Word shows it with every tracked
 * change accepted: insertions kept, deletions dropped, fields showing their result, hidden text
 * left out, automatic numbering rendered, and each table cell one line. A heading that ends in a
 * hidden paragraph mark (Word's style separator) runs into the next paragraph, so the two are one
 * line. Headers, footers, footnotes, comments and text boxes are not part of it.
 */
import type { Numbering, NumberingRef } from './numbering';
import { parseXml } from './xml';

export interface ReadLines {
  lines: string[];
  /** The 1-based number of the first Word paragraph in each line (table cell paragraphs count). */
  paragraphOf: number[];
}

/** Elements whose content a reader of the page does not see as body text. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:txbxContent', 'mc:Fallback', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference']);

interface ParagraphState {
  text: string;
  style: string | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
  /** The paragraph mark is deleted (tracked) or hidden as a style separator: it joins the next paragraph. */
  joinsNext: boolean;
  number: number;
}

export function readDocument(xml: string, numbering: Numbering, styleNumbering: Map<string, NumberingRef>): ReadLines {
  const lines: string[] = [];
  const paragraphOf: number[] = [];
  let paragraphs = 0;
  let skipDepth = 0;
  let p: ParagraphState | null = null;
  let inPPr = false;
  let inParagraphMarkRPr = false;
  let markHidden = false;
  let markSpecVanish = false;
  let inRun = false;
  let runHidden = false;
  let inText = false;
  /** Open complex fields: true once past their separator (their result shows). */
  const fields: boolean[] = [];
  /** Open table cells, innermost last: their paragraphs' text, joined into one line. */
  const cells: Array<{ parts: string[]; number: number }> = [];
  /** A paragraph waiting to be joined by the next. */
  let pending: { text: string; number: number } | null = null;

  const visible = (): boolean => skipDepth === 0 && !runHidden && fields.every((pastSeparator) => pastSeparator);

  const emit = (text: string, number: number): void => {
    if (pending) {
      text = pending.text + text;
      number = pending.number;
      pending = null;
    }
    if (cells.length) {
      const cell = cells[cells.length - 1]!;
      cell.parts.push(text);
      return;
    }
    lines.push(text);
    paragraphOf.push(number);
  };

  const endParagraph = (): void => {
    if (!p) return;
    const ref: NumberingRef | undefined = p.numId !== undefined ? { numId: p.numId, ilvl: p.ilvl } : p.style !== undefined ? styleNumbering.get(p.style) : undefined;
    const label = ref ? numbering.next(ref.ilvl === undefined && p.ilvl !== undefined ? { ...ref, ilvl: p.ilvl } : ref, p.style) : null;
    const text = (label ?? '') + p.text;
    if (p.joinsNext) pending = { text: (pending?.text ?? '') + text, number: pending?.number ?? p.number };
    else emit(text, p.number);
    p = null;
  };

  parseXml(xml, {
    open(name, a, selfClosing) {
      // A deleted paragraph mark: accepting the deletion joins this paragraph to the next.
      if (name === 'w:del' && inParagraphMarkRPr && p) p.joinsNext = true;
      // Every open tag gets a close event, self-closing ones too, so every one counts.
      if (skipDepth > 0 || SKIPPED.has(name)) {
        skipDepth++;
        return;
      }
      switch (name) {
        case 'w:p':
          p = { text: '', style: undefined, numId: undefined, ilvl: undefined, joinsNext: false, number: ++paragraphs };
          if (selfClosing) endParagraph();
          break;
        case 'w:pPr':
          inPPr = true;
          markHidden = markSpecVanish = false;
          break;
        case 'w:rPr':
          if (inPPr) inParagraphMarkRPr = true;
          break;
        case 'w:pStyle':
          if (inPPr && p) p.style = a['w:val'];
          break;
        case 'w:numId':
          if (inPPr && p) p.numId = a['w:val'] ?? '0';
          break;
        case 'w:ilvl':
          if (inPPr && p) p.ilvl = Number(a['w:val'] ?? 0);
          break;
        case 'w:r':
          inRun = true;
          runHidden = false;
          break;
        case 'w:vanish':
          if (inParagraphMarkRPr) markHidden = a['w:val'] !== 'false' && a['w:val'] !== '0';
          else if (inRun) runHidden = a['w:val'] !== 'false' && a['w:val'] !== '0';
          break;
        case 'w:specVanish':
          if (inParagraphMarkRPr) markSpecVanish = true;
          break;
        case 'w:t':
          inText = !selfClosing;
          break;
        case 'w:tab':
          if (!inPPr && p && visible()) p.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          if (p && visible() && a['w:type'] !== 'page' && a['w:type'] !== 'column') p.text += ' ';
          break;
        case 'w:noBreakHyphen':
          if (p && visible()) p.text += '-';
          break;
        case 'w:fldChar':
          if (a['w:fldCharType'] === 'begin') fields.push(false);
          else if (a['w:fldCharType'] === 'separate' && fields.length) fields[fields.length - 1] = true;
          else if (a['w:fldCharType'] === 'end') fields.pop();
          break;
        case 'w:tc':
          endParagraph();
          cells.push({ parts: [], number: paragraphs + 1 });
          break;
      }
    },
    close(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      switch (name) {
        case 'w:rPr':
          inParagraphMarkRPr = false;
          break;
        case 'w:pPr':
          inPPr = false;
          if (p && markHidden && markSpecVanish) p.joinsNext = true;
          break;
        case 'w:r':
          inRun = false;
          runHidden = false;
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:p':
          endParagraph();
          break;
        case 'w:tc': {
          endParagraph();
          const cell = cells.pop();
          if (cell) emit(cell.parts.filter((t) => t.trim()).join(' '), cell.number);
          break;
        }
      }
    },
    text(t) {
      if (inText && p && visible()) p.text += t;
    },
  });
  if (pending) {
    const last: { text: string; number: number } = pending;
    pending = null;
    emit(last.text, last.number);
  }
  return { lines, paragraphOf };
}
