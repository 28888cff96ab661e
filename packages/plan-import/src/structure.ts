/**
 * Which numbered nodes are sections and which assign work. Sections are the plan's own headings: nodes
 * with numbered children, and unlettered headings among such siblings ("3. Nâng cao năng lực …:" between
 * "2." and "4." that have lettered tasks), and Roman parts. Work is assigned in the leaves, except under
 * headings that state aims, funding or reporting ("MỤC ĐÍCH, YÊU CẦU", "KINH PHÍ", "CHẾ ĐỘ BÁO CÁO").
 */

import { fold } from "./fold";
import type { DocLine } from "./input/lines";
import type { ParsedSection } from "./schema";
import { endsTerminal } from "./text-utils";
import type { TreeNode } from "./tree";

const NOT_WORK =
  /^(muc dich|yeu cau|muc tieu|quan diem|kinh phi|nguon kinh phi|che do (thong tin,? )?bao cao|can cu|pham vi|doi tuong|tinh hinh|ket qua|danh gia|nguyen tac|y nghia|su can thiet|giai thich tu ngu|dieu khoan thi hanh|hieu luc)/;
const WORK = /nhiem vu|giai phap|to chuc thuc hien|phan cong|trach nhiem/;

/** A heading is a short paragraph that introduces what follows, not a sentence of work. */
export function isHeadingLike(node: TreeNode): boolean {
  if (node.children.length > 0) return true;
  if (node.own.length === 0) return false;
  return node.text.endsWith(":") || (!endsTerminal(node.text) && node.text.length <= 250);
}

/** True when no enclosing heading says the text under it states aims, funding or reporting. */
export function assignsWork(node: TreeNode): boolean {
  for (let n: TreeNode | null = node; n; n = n.parent) {
    if (!isHeadingLike(n)) continue;
    const heading = fold(n.text).replace(/[:.]$/, "");
    if (NOT_WORK.test(heading) && !WORK.test(heading)) return false;
  }
  return true;
}

export function isSection(node: TreeNode): boolean {
  if (node.children.length > 0) return true;
  if (!isHeadingLike(node)) return false;
  return node.marker.style === "roman" || node.siblings.some((s) => s.children.length > 0);
}

export function isTask(node: TreeNode): boolean {
  return node.children.length === 0 && assignsWork(node);
}

/**
 * Sections in document order, each with the text no child section or task holds (the four numbered aims
 * of "I. MỤC ĐÍCH, YÊU CẦU" are its body).
 */
export function buildSections(
  nodes: TreeNode[],
  lines: DocLine[],
  taskLines: Set<number>,
  /** Nodes holding a task table ("2.2. Nhiệm vụ cụ thể" then the table): sections of the table's tasks. */
  tableHolders: ReadonlySet<TreeNode> = new Set(),
): ParsedSection[] {
  const sections: ParsedSection[] = [];
  const section = (node: TreeNode) => isSection(node) || tableHolders.has(node);
  for (const node of nodes) {
    if (!section(node)) continue;
    const parent = node.parent;
    const siblings = node.siblings.filter(section);
    const body: string[] = [];
    collectBody(node, lines, taskLines, body, true);
    const last = lines[node.lastLine] as DocLine;
    sections.push({
      code: node.code,
      number: node.marker.label,
      heading: node.text,
      body: body.join("\n\n"),
      parentCode: parent?.code ?? null,
      order: siblings.indexOf(node) + 1,
      span: { start: (lines[node.line] as DocLine).start, end: last.end },
    });
  }
  return sections;
}

function collectBody(
  node: TreeNode,
  lines: DocLine[],
  taskLines: Set<number>,
  out: string[],
  top: boolean,
): void {
  if (!top) {
    if (isSection(node)) return;
    if (!taskLines.has(node.line)) out.push((lines[node.line] as DocLine).text);
  }
  for (const i of node.own) if (!taskLines.has(i)) out.push((lines[i] as DocLine).text);
  for (const child of node.children) collectBody(child, lines, taskLines, out, false);
}
