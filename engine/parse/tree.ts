/**
 * Builds a document's heading tree. Levels come from the order in which marker families first
 * appear (docs/domain.md §2), so a document that goes 一、 → 1. directly is fine. A list that restarts
 * at 1 inside an item and is followed by the outer list's next number (seed 003 篇2: 二、 … 一、…四、
 * … 三、) is an inner list, nested one step below the item it sits in; so is one restarting at 1
 * indented by spaces deeper than the item before it (a list pasted from Markdown).
 */
import type { Family, Marker } from './markers';

export interface HeadingNode {
  marker: Marker;
  /** Rank of the marker's family in the document's first-appearance order (0 = top). */
  rank: number;
  /** Position in the hierarchy; equals rank except for inner lists, which sit between ranks. */
  level: number;
  /** Number of ancestors. */
  depth: number;
  parent: HeadingNode | null;
  children: HeadingNode[];
  /** True for items of an inner list restarted inside an item of the same family. */
  nested: boolean;
  line: number;
  /** Last line of the section, trailing blank lines excluded. */
  endLine: number;
  /** The heading's text after the marker. */
  text: string;
}

const INNER_LIST_LOOKAHEAD = 400;
/** Spaces more than the outer item's that make a list restarting at 1 an inner list (Markdown nests by two or more). */
const MIN_NESTING_INDENT = 2;

/**
 * The hierarchy of families: in order of first appearance, except that a family first seen right
 * after a heading sits just below that heading's family. So 一、 1. 2. 二、 (一) 1. gives
 * 一、 > (一) > 1., not 一、 > 1. > (一).
 */
function familyHierarchy(markers: Marker[]): Family[] {
  const order: Family[] = [];
  let previous: Family | null = null;
  for (const m of markers) {
    if (!order.includes(m.family)) order.splice(previous === null ? order.length : order.indexOf(previous) + 1, 0, m.family);
    previous = m.family;
  }
  return order;
}

/** How a marker's line is laid out, where that tells an inner list from its outer one. */
export interface MarkerLayout {
  /** ASCII spaces before the marker. */
  indentOf?: (m: Marker) => number;
  /** The line's heading syntax even where it does not rank: its # count, another code for a bold opening, 0 for none. */
  headingSyntaxOf?: (m: Marker) => number;
}

/**
 * @param headingDepths For Markdown, the # count of each marker's line (0 when the line is not a
 * heading); # headings outrank body lines, and fewer #s outrank more.
 */
export function buildTree(
  markers: Marker[],
  headingTexts: string[],
  headingDepths: number[] = [],
  { indentOf = () => 0, headingSyntaxOf = () => 0 }: MarkerLayout = {},
): { roots: HeadingNode[]; nodes: HeadingNode[]; familyOrder: Family[] } {
  const familyOrder = familyHierarchy(markers);
  const familyRank = (f: Family): number => familyOrder.indexOf(f);
  const rankAt = (i: number): number => {
    const hashes = headingDepths[i] ?? 0;
    return headingDepths.length ? (hashes || 7) * 10 + familyRank(markers[i]!.family) : familyRank(markers[i]!.family);
  };

  const roots: HeadingNode[] = [];
  const nodes: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  /** Index of the marker that ends the current inner list, per family; -1 when none is open. */
  const innerUntil = new Map<Family, { end: number; parent: HeadingNode }>();

  for (let i = 0; i < markers.length; i++) {
    const marker = markers[i]!;
    const rank = rankAt(i);
    let inner = innerUntil.get(marker.family);
    if (inner && i >= inner.end) {
      innerUntil.delete(marker.family);
      inner = undefined;
    }
    let level = inner ? inner.parent.level + 0.5 : rank;
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    if (!inner && marker.value === 1) {
      const siblings = stack.length ? stack[stack.length - 1]!.children : roots;
      const previous = lastOfFamily(siblings, marker.family);
      const outerIndent = previous ? indentOf(previous.marker) : 0;
      // Only right after the item or inside it (nothing of its rank or above between), and never
      // for a Markdown # heading, whose indentation nests nothing.
      const last = nodes[nodes.length - 1];
      const follows = previous !== undefined && last !== undefined && (last === previous || isAncestor(previous, last));
      const indented = follows && !(headingDepths[i] ?? 0) && indentOf(marker) >= outerIndent + MIN_NESTING_INDENT;
      // A bare list under a `## 2.` or `**2. …**` heading of its own family, in a plain-text file
      // where that syntax does not rank (a chat assistant's answer pasted as it was): the syntax
      // tells the two lists apart.
      const underHeading = follows && headingSyntaxOf(previous!.marker) > 0 && headingSyntaxOf(marker) === 0;
      // An indented list ends at an item indented no deeper than the outer one, which must carry
      // the outer list on (3. after 2.); a list under a heading ends at the next marker written
      // like that heading, whatever its number (a gap there is the heading list's to report).
      const outerValue = previous?.marker.value ?? null;
      const outerSyntax = underHeading ? headingSyntaxOf(previous!.marker) : 0;
      const end = indented
        ? layoutListEnd(markers, i, rankAt, (m) => indentOf(m) <= outerIndent, (m) => outerValue !== null && m.value === outerValue + 1)
        : underHeading
          ? layoutListEnd(markers, i, rankAt, (m) => headingSyntaxOf(m) === outerSyntax, () => true)
          : outerValue
            ? innerListEnd(markers, i, outerValue, rankAt)
            : -1;
      if (previous && end > i) {
        innerUntil.set(marker.family, { end, parent: previous });
        level = previous.level + 0.5;
        stack.length = 0;
        for (let a: HeadingNode | null = previous; a; a = a.parent) stack.unshift(a);
      }
    }
    const parent = stack.length ? stack[stack.length - 1]! : null;
    const node: HeadingNode = {
      marker,
      rank,
      level,
      depth: parent ? parent.depth + 1 : 0,
      parent,
      children: [],
      nested: level !== rank,
      line: marker.line,
      endLine: marker.line,
      text: headingTexts[i]!,
    };
    (parent ? parent.children : roots).push(node);
    nodes.push(node);
    stack.push(node);
  }
  return { roots, nodes, familyOrder };
}

function isAncestor(a: HeadingNode, node: HeadingNode): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

function lastOfFamily(siblings: HeadingNode[], family: Family): HeadingNode | undefined {
  for (let k = siblings.length - 1; k >= 0; k--) if (siblings[k]!.marker.family === family) return siblings[k];
  return undefined;
}

/**
 * Index of the marker that resumes the outer list (value outer+1) after an inner list starting at
 * `start`, or -1 when the restart is not an inner list. The outer list must resume with a number
 * the inner list would not have produced next, else the two cannot be told apart.
 */
function innerListEnd(markers: Marker[], start: number, outer: number, rankAt: (i: number) => number): number {
  const family = markers[start]!.family;
  const rank = rankAt(start);
  let innerLast = 1;
  const stop = Math.min(markers.length, start + INNER_LIST_LOOKAHEAD);
  for (let k = start + 1; k < stop; k++) {
    const m = markers[k]!;
    if (rankAt(k) < rank) return -1;
    if (m.family !== family || m.value === null) continue;
    if (m.value === outer + 1 && m.value !== innerLast + 1) return k;
    if (m.value !== innerLast + 1) return -1;
    innerLast = m.value;
  }
  return -1;
}

/**
 * Index of the marker that ends an inner list its layout tells apart (see buildTree): the first
 * marker of its family laid out like the outer item (`isOuter`), or one of a family above it; the
 * document's end when none comes. -1 when that first outer-looking marker does not `resume` the
 * outer list: then the layout is not telling a nesting apart from a mistake.
 */
function layoutListEnd(markers: Marker[], start: number, rankAt: (i: number) => number, isOuter: (m: Marker) => boolean, resumes: (m: Marker) => boolean): number {
  const family = markers[start]!.family;
  const rank = rankAt(start);
  for (let k = start + 1; k < markers.length; k++) {
    if (rankAt(k) < rank) return k;
    if (markers[k]!.family === family && isOuter(markers[k]!)) return resumes(markers[k]!) ? k : -1;
  }
  return markers.length;
}

/** Sets each node's endLine: the line before the next heading at its level or above, blank lines trimmed. */
export function assignSectionEnds(nodes: HeadingNode[], docEndLine: number, isBlankLine: (line: number) => boolean): void {
  const open: HeadingNode[] = [];
  const close = (node: HeadingNode, nextLine: number): void => {
    let end = nextLine - 1;
    while (end > node.line && isBlankLine(end)) end--;
    node.endLine = Math.max(node.line, end);
  };
  for (const node of nodes) {
    while (open.length && open[open.length - 1]!.level >= node.level) close(open.pop()!, node.line);
    open.push(node);
  }
  while (open.length) close(open.pop()!, docEndLine + 1);
}
