import type { PlanTask, PlanTree } from "./data";

export interface SectionNode {
  section: PlanTree["sections"][number];
  tasks: PlanTask[];
  children: SectionNode[];
}

/** Nests the flat section and task lists (as read in two queries) into the plan's own tree. */
export function buildSectionTree(plan: Pick<PlanTree, "sections" | "tasks">): SectionNode[] {
  const nodes = new Map(
    plan.sections.map((section) => [section.id, { section, tasks: [], children: [] } as SectionNode]),
  );
  const roots: SectionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.section.parentId ? nodes.get(node.section.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  for (const task of plan.tasks) nodes.get(task.sectionId)?.tasks.push(task);
  const byOrder = (a: SectionNode, b: SectionNode) => a.section.order - b.section.order;
  const sort = (list: SectionNode[]) => {
    list.sort(byOrder);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
