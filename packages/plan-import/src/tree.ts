/**
 * Numbered paragraphs → a tree. Styles nest by order of first appearance, as Vietnamese administrative
 * documents use them: "I." above "1." above "a)" in a plan, but "1." above "a)" in a directive with no
 * Roman sections. A style already open closes everything under it ("II." after "1.4.a)" is a sibling of
 * "I."); "1.2." always sits under the open "1.". Bullets never open a node: they stay paragraphs of the
 * node above, and become its items.
 */

import type { DocLine } from "./input/lines";
import { isStructuralMarker, type Marker, readMarker } from "./numbering";

export interface TreeNode {
  code: string;
  marker: Marker;
  /** Line of the numbered paragraph. */
  line: number;
  /** The paragraph after the marker. */
  text: string;
  parent: TreeNode | null;
  children: TreeNode[];
  /** The list this node is in: its parent's children, or the roots. */
  siblings: TreeNode[];
  /** Lines directly under this node (not under a child), in order: plain paragraphs and bullets. */
  own: number[];
  /** Last line of the subtree (inclusive). */
  lastLine: number;
  order: number;
}

export interface Tree {
  roots: TreeNode[];
  nodes: TreeNode[];
  /** Lines before the first numbered paragraph. */
  leading: number[];
  warnings: string[];
}

function styleKey(marker: Marker): string {
  return marker.style === "decimal" ? `decimal${marker.depth}` : marker.style;
}

export function buildTree(lines: DocLine[], indexes: number[]): Tree {
  const roots: TreeNode[] = [];
  const nodes: TreeNode[] = [];
  const leading: number[] = [];
  const warnings: string[] = [];
  const stack: TreeNode[] = [];
  for (const index of indexes) {
    const line = lines[index] as DocLine;
    const marker = readMarker(line.text);
    if (!isStructuralMarker(marker)) {
      const top = stack[stack.length - 1];
      if (top) top.own.push(index);
      else leading.push(index);
      for (const open of stack) open.lastLine = index;
      continue;
    }
    const key = styleKey(marker);
    const at = stack.findIndex((n) => styleKey(n.marker) === key);
    if (at >= 0) stack.length = at;
    else if (marker.style === "decimal" && marker.depth > 1) {
      // "1.2." belongs under the open "1." even if a lettered item was open below it.
      const parentAt = stack.findIndex(
        (n) => n.marker.style === "decimal" && n.marker.depth === marker.depth - 1,
      );
      if (parentAt >= 0) stack.length = parentAt + 1;
    }
    const parent = stack[stack.length - 1] ?? null;
    const siblings = parent ? parent.children : roots;
    const ordinal =
      marker.style === "decimal" && marker.depth > 1
        ? (marker.ordinal.split(".").pop() as string)
        : marker.ordinal;
    const node: TreeNode = {
      code: parent ? `${parent.code}.${ordinal}` : ordinal,
      marker,
      line: index,
      text: line.text.slice(marker.length),
      parent,
      children: [],
      siblings,
      own: [],
      lastLine: index,
      order: siblings.length + 1,
    };
    checkSequence(siblings[siblings.length - 1], node, warnings);
    siblings.push(node);
    nodes.push(node);
    for (const open of stack) open.lastLine = index;
    stack.push(node);
  }
  return { roots, nodes, leading, warnings };
}

const LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
const PLAIN_LETTERS = "abcdđeghiklmnopqrstuvxy";

/** A gap or a repeat in the numbering usually means a paragraph was misread; say so for the review. */
function checkSequence(previous: TreeNode | undefined, node: TreeNode, warnings: string[]): void {
  const ord = node.code.split(".").pop() as string;
  const prev = previous?.code.split(".").pop();
  let expected: string | undefined;
  if (node.marker.style === "letter") {
    const alphabet =
      prev && LETTERS.indexOf(prev) >= 0 && !PLAIN_LETTERS.includes(prev) ? LETTERS : PLAIN_LETTERS;
    expected = prev === undefined ? "a" : alphabet[alphabet.indexOf(prev) + 1];
    if (prev && LETTERS.indexOf(ord) === LETTERS.indexOf(prev) + 1) return;
  } else if (node.marker.style === "decimal" || node.marker.style === "article") {
    expected = String(prev === undefined ? 1 : Number(prev.replace("Đ", "")) + 1);
    if (node.marker.style === "article") expected = `Đ${expected}`;
  } else if (node.marker.style === "roman") {
    return;
  }
  if (expected !== undefined && ord !== expected) {
    warnings.push(
      `Đánh số không liên tục: «${node.marker.label}» sau «${previous?.marker.label ?? "(đầu mục)"}».`,
    );
  }
}
