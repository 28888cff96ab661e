import type { ReportedStatus } from "./types";

export type RollUpChild = { percent: number | null; weight?: number };

const clampPercent = (percent: number): number => Math.min(100, Math.max(0, percent));

/**
 * Weighted mean of children's percents (weight 1 by default).
 * - All children without data (or no children) -> null: "no data" is not "0%".
 * - Once any child has data, a child without data counts as 0%: a parent is only as far along as its
 *   reports show, so not reporting never raises a section's or the plan's figure.
 * - Percents are clamped to 0-100; children with weight 0 are left out; no positive weight -> null.
 * The result is not rounded: round when formatting.
 */
export function rollUpPercent(children: readonly RollUpChild[]): number | null {
  let weightSum = 0;
  let weighted = 0;
  let anyData = false;
  for (const { percent, weight = 1 } of children) {
    if (!(weight >= 0) || !Number.isFinite(weight)) throw new RangeError(`Invalid weight: ${weight}`);
    if (weight === 0) continue;
    weightSum += weight;
    if (percent !== null && Number.isFinite(percent)) {
      anyData = true;
      weighted += weight * clampPercent(percent);
    }
  }
  if (!anyData || weightSum === 0) return null;
  return weighted / weightSum;
}

/**
 * The percent an update stands for: COMPLETED and DONE_THIS_YEAR are 100 whatever was typed,
 * NOT_STARTED is 0; IN_PROGRESS and BLOCKED (and no status) keep the reported percent, clamped.
 */
export function percentForStatus(
  status: ReportedStatus | null | undefined,
  percent: number | null,
): number | null {
  switch (status) {
    case "COMPLETED":
    case "DONE_THIS_YEAR":
      return 100;
    case "NOT_STARTED":
      return 0;
    default:
      return percent === null || !Number.isFinite(percent) ? null : clampPercent(percent);
  }
}

export type RollUpNode = {
  id: string;
  /** null, or an id not among the nodes, makes a root. */
  parentId: string | null;
  /** The node's own reported percent; used only when none of its children has data. */
  percent: number | null;
  /** Its weight within its parent; 1 by default (siblings count equally). */
  weight?: number;
};

/**
 * Percent of every node of a plan tree (plan -> sections -> tasks -> action items), bottom up:
 * a leaf keeps its own percent; a parent gets `rollUpPercent` of its children, or its own percent when
 * no child has data (a task whose lead reported on the task as a whole). Throws on a cycle.
 */
export function rollUpTree(nodes: readonly RollUpNode[]): Map<string, number | null> {
  const byId = new Map<string, RollUpNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) throw new Error(`Duplicate node id: ${node.id}`);
    byId.set(node.id, node);
  }
  const children = new Map<string, RollUpNode[]>();
  for (const node of nodes) {
    if (node.parentId === null || !byId.has(node.parentId)) continue;
    const siblings = children.get(node.parentId);
    if (siblings) siblings.push(node);
    else children.set(node.parentId, [node]);
  }

  const result = new Map<string, number | null>();
  const onPath = new Set<string>();
  // Iterative post-order walk: a degenerate deep chain must not exhaust the call stack.
  for (const start of nodes) {
    if (result.has(start.id)) continue;
    const stack: { node: RollUpNode; expanded: boolean }[] = [{ node: start, expanded: false }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      const kids = children.get(frame.node.id) ?? [];
      if (!frame.expanded) {
        frame.expanded = true;
        onPath.add(frame.node.id);
        for (const kid of kids) {
          if (onPath.has(kid.id)) throw new Error(`Cycle in plan tree at node ${kid.id}`);
          if (!result.has(kid.id)) stack.push({ node: kid, expanded: false });
        }
        continue;
      }
      stack.pop();
      onPath.delete(frame.node.id);
      const fromChildren =
        kids.length === 0
          ? null
          : rollUpPercent(kids.map((kid) => ({ percent: result.get(kid.id) ?? null, weight: kid.weight })));
      const own = percentForStatus(null, frame.node.percent);
      result.set(frame.node.id, fromChildren ?? own);
    }
  }
  return result;
}
