/**
 * Sequence analysis shared by the numbering rules and the renumber fixes. A run is the items of one
 * marker family under one parent. Runs of a family at one level form a chain across parents; the
 * chain is either restarting (each run starts at 1) or continuous (each run carries on from the
 * previous run's last number, as seed 003 篇3 does with 1–46 across (一)–(十)). The first run that
 * shows which, decides; a run that does the other thing is a switch.
 */
import type { Family } from '../parse/markers';
import { memo, type ReportDocument, type ReportModel } from '../parse/model';
import type { HeadingNode } from '../parse/tree';
import { isBlank } from '../parse/text';

export type IssueKind = 'gap' | 'duplicate' | 'order' | 'start' | 'switch';

export interface SequenceIssue {
  kind: IssueKind;
  node: HeadingNode;
  expected: number;
  /** For switch issues: the convention of the chain. */
  mode: ChainMode;
  run: Run;
  /** For an order issue that is one of a swapped pair (1. 3. 2.): the item it swapped places with. */
  swappedWith?: HeadingNode;
}

export type ChainMode = 'restart' | 'continuous';

export interface Run {
  family: Family;
  parent: HeadingNode | null;
  items: HeadingNode[];
  chain: Chain;
}

export interface Chain {
  key: string;
  runs: Run[];
  mode: ChainMode;
  /** The value each item should carry, in restart or continuous mode as the chain is. */
  targets: Map<HeadingNode, number>;
}

export interface DocumentAnalysis {
  doc: ReportDocument;
  chains: Chain[];
  issues: SequenceIssue[];
}

/** The numbering analysis of every document, computed once per model. */
export function analyzeNumbering(model: ReportModel): DocumentAnalysis[] {
  return memo(model, analyzeDocuments);
}

function analyzeDocuments(model: ReportModel): DocumentAnalysis[] {
  const leadIn = (line: number): boolean => isLeadInBefore(model, line);
  return model.documents.map((doc) => analyzeDocument(doc, leadIn));
}

/** A line of prose that ends by announcing a list: 学校还组织了以下社会实践： (or :). */
const LEAD_IN_END = /[\uFF1A:][\s\u3000]*$/;

/** Whether the last non-blank line before `line` is prose that introduces a list (LEAD_IN_END), not a heading. */
function isLeadInBefore(model: ReportModel, line: number): boolean {
  for (let i = line - 1; i >= 0; i--) {
    const text = model.lines[i]!.masked;
    if (isBlank(text)) continue;
    return !model.markerAt[i] && LEAD_IN_END.test(text);
  }
  return false;
}

/**
 * A parent's items of one family, split where a list starts again at its first number after a
 * lead-in line (……开展了以下几项活动：1. 2. 3.，同时还组织了以下社会实践：1. 2.): a second list
 * under the same heading, not 1. out of order after 3. (docs/domain.md §2).
 */
function listsOf(items: HeadingNode[], leadIn: (line: number) => boolean): HeadingNode[][] {
  const lists: HeadingNode[][] = [[items[0]!]];
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    if (item.marker.value === 1 && leadIn(item.line)) lists.push([item]);
    else lists[lists.length - 1]!.push(item);
  }
  return lists;
}

function analyzeDocument(doc: ReportDocument, leadIn: (line: number) => boolean): DocumentAnalysis {
  const runsByParent = new Map<HeadingNode | null, Map<Family, HeadingNode[]>>();
  for (const node of doc.headings) {
    let byFamily = runsByParent.get(node.parent);
    if (!byFamily) runsByParent.set(node.parent, (byFamily = new Map()));
    const items = byFamily.get(node.marker.family);
    if (items) items.push(node);
    else byFamily.set(node.marker.family, [node]);
  }
  const chains = new Map<string, Chain>();
  // Map iteration follows first insertion, so runs come in document order of their first item.
  for (const [parent, byFamily] of runsByParent) {
    for (const [family, allItems] of byFamily) {
      // A list after a lead-in is a chain of its own: it neither decides nor breaks how the
      // family's runs under other parents carry their numbers on.
      listsOf(allItems, leadIn).forEach((items, k) => {
        const key = `${family}@${items[0]!.level}@${parent ? parent.level : -1}` + (k > 0 ? `@${items[0]!.line}` : '');
        let chain = chains.get(key);
        if (!chain) chains.set(key, (chain = { key, runs: [], mode: 'restart', targets: new Map() }));
        chain.runs.push({ family, parent, items, chain });
      });
    }
  }
  const issues: SequenceIssue[] = [];
  for (const chain of chains.values()) {
    chain.runs.sort((a, b) => a.items[0]!.line - b.items[0]!.line);
    chain.mode = chainMode(chain);
    checkChain(chain, issues);
  }
  issues.sort((a, b) => a.node.line - b.node.line);
  return { doc, chains: [...chains.values()], issues };
}

function firstValue(run: Run): number | null {
  return run.items[0]!.marker.value;
}

function lastValue(run: Run): number | null {
  return run.items[run.items.length - 1]!.marker.value;
}

function chainMode(chain: Chain): ChainMode {
  for (let i = 1; i < chain.runs.length; i++) {
    const first = firstValue(chain.runs[i]!);
    const prevLast = lastValue(chain.runs[i - 1]!);
    if (first === null || prevLast === null) continue;
    if (first === 1) return 'restart';
    if (first === prevLast + 1) return 'continuous';
  }
  return 'restart';
}

function checkChain(chain: Chain, issues: SequenceIssue[]): void {
  let targetEnd = 0;
  for (let r = 0; r < chain.runs.length; r++) {
    const run = chain.runs[r]!;
    const continuing = chain.mode === 'continuous' && r > 0;
    const prev = r > 0 ? chain.runs[r - 1]! : null;
    let target = continuing ? targetEnd + 1 : 1;
    for (const item of run.items) chain.targets.set(item, target++);
    targetEnd = target - 1;
    checkRunStart(run, prev, chain.mode, issues);
    checkRunBody(run, chain.mode, issues);
  }
}

function checkRunStart(run: Run, prev: Run | null, mode: ChainMode, issues: SequenceIssue[]): void {
  const first = firstValue(run);
  if (first === null) return;
  const node = run.items[0]!;
  const prevLast = prev ? lastValue(prev) : null;
  const add = (kind: IssueKind, expected: number): void => void issues.push({ kind, node, expected, mode, run });
  if (!prev || prevLast === null) {
    if (first !== 1) add('start', 1);
    return;
  }
  if (mode === 'restart') {
    if (first === 1) return;
    add(first === prevLast + 1 ? 'switch' : 'start', 1);
    return;
  }
  const expected = prevLast + 1;
  if (first === expected) return;
  if (first === 1) add('switch', expected);
  else if (first > expected) add('gap', expected);
  else add(first === prevLast ? 'duplicate' : 'order', expected);
}

/**
 * Walks a run with an expected counter. A swap (1 3 2 4) is one order finding, not a gap and an
 * order; a duplicate that stands for the next number (1 2 2 4) is one duplicate finding.
 */
function checkRunBody(run: Run, mode: ChainMode, issues: SequenceIssue[]): void {
  const values = run.items.map((n) => n.marker.value);
  let expected = values[0] ?? 1;
  let prev: number | null = values[0] ?? null;
  /** Where the lower half of a swapped pair stands, once the higher half was seen. */
  let swapAt = -1;
  for (let j = 1; j < values.length; j++) {
    expected += 1;
    const v = values[j];
    const node = run.items[j]!;
    const add = (kind: IssueKind): void => void issues.push({ kind, node, expected, mode, run });
    if (v === null || v === undefined) {
      prev = expected;
      continue;
    }
    const next = values[j + 1];
    if (v === expected) {
      // fine
    } else if (prev !== null && v === prev) {
      add('duplicate');
      if (next !== v + 2) expected -= 1;
    } else if (prev !== null && v < prev) {
      if (swapAt === j) issues.push({ kind: 'order', node, expected, mode, run, swappedWith: run.items[j - 1]! });
      else add('order');
      expected = Math.max(prev, v);
    } else if (v === expected + 1 && next === expected) {
      // A swap: reported on the lower number that follows.
      expected = v;
      swapAt = j + 1;
    } else if (v > expected) {
      add('gap');
      expected = v;
    } else if (prev !== null && v === prev + 1) {
      // Catching up after an earlier out-of-order item: consistent with its predecessor.
      expected = v;
    } else {
      add('order');
    }
    prev = v;
  }
}

export const KIND_RULE: Record<IssueKind, string> = {
  gap: 'numbering-gap',
  duplicate: 'numbering-duplicate',
  order: 'numbering-order',
  start: 'numbering-start',
  switch: 'numbering-start',
};
