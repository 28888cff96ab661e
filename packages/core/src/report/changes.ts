import type { OfficialCategory } from "../status/types";
import type { ReportModel, ReportTask } from "./model";

export interface TaskChange {
  code: string;
  category: { from: OfficialCategory; to: OfficialCategory } | null;
  percent: { from: number | null; to: number | null } | null;
  /** The lead's generated results changed (an edit of that block is now stale). */
  resultsChanged: boolean;
  contributionsChanged: boolean;
  added: boolean;
}

export interface CompilationChanges {
  /** Agencies whose report counts now and did not before (accepted since). */
  agenciesAdded: string[];
  /** Agencies that counted before and no longer do (a report returned after acceptance, or reassigned). */
  agenciesRemoved: string[];
  tasks: TaskChange[];
  difficulties: { from: number; to: number };
  proposals: { from: number; to: number };
}

const itemCount = (groups: ReportModel["difficulties"]) => groups.reduce((n, g) => n + g.items.length, 0);
const tasksOf = (model: ReportModel) =>
  new Map(model.sections.flatMap((s) => s.tasks.map((t) => [t.code, t])));
const contributionKey = (t: ReportTask) =>
  JSON.stringify(t.contributions.map((c) => [c.organizationId, c.text]));

/**
 * What a re-compilation changed, to show the compiler before they look again at their edits. Compares two
 * compiled models (generated text, not the narrative over it).
 */
export function compareCompilations(previous: ReportModel, next: ReportModel): CompilationChanges {
  const missingBefore = new Map(previous.missing.map((m) => [m.organizationId, m.organization]));
  const missingNow = new Map(next.missing.map((m) => [m.organizationId, m.organization]));
  const before = tasksOf(previous);
  const tasks: TaskChange[] = [];
  for (const task of tasksOf(next).values()) {
    const old = before.get(task.code);
    const change: TaskChange = {
      code: task.code,
      category: old && old.category !== task.category ? { from: old.category, to: task.category } : null,
      percent: old && old.percent !== task.percent ? { from: old.percent, to: task.percent } : null,
      resultsChanged: !!old && old.results.generated !== task.results.generated,
      contributionsChanged: !!old && contributionKey(old) !== contributionKey(task),
      added: !old,
    };
    if (
      change.added ||
      change.category ||
      change.percent ||
      change.resultsChanged ||
      change.contributionsChanged
    )
      tasks.push(change);
  }
  return {
    agenciesAdded: [...missingBefore].filter(([id]) => !missingNow.has(id)).map(([, name]) => name),
    agenciesRemoved: [...missingNow].filter(([id]) => !missingBefore.has(id)).map(([, name]) => name),
    tasks,
    difficulties: { from: itemCount(previous.difficulties), to: itemCount(next.difficulties) },
    proposals: { from: itemCount(previous.proposals), to: itemCount(next.proposals) },
  };
}

export function hasChanges(changes: CompilationChanges): boolean {
  return (
    changes.agenciesAdded.length > 0 ||
    changes.agenciesRemoved.length > 0 ||
    changes.tasks.length > 0 ||
    changes.difficulties.from !== changes.difficulties.to ||
    changes.proposals.from !== changes.proposals.to
  );
}
