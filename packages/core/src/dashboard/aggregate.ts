import { deriveDisplayCategory } from "../status/derive-category";
import { percentForStatus, rollUpPercent } from "../status/roll-up";
import {
  DISPLAY_CATEGORIES,
  type DisplayCategory,
  type ReportedStatus,
  type TaskKind,
} from "../status/types";

/** A task as the dashboard needs it (one row per task of the plan). */
export interface DashboardTask {
  id: string;
  code: string;
  kind: TaskKind;
  dueDate: Date | null;
  sectionId: string;
  leadOrganizationId: string | null;
}

/**
 * What the visible reports on one task say in one period, already aggregated in SQL: for a named lead its
 * own task-level update; for a generic lead ("UBND các huyện") every covered agency's, combined.
 */
export interface TaskYearReport {
  taskId: string;
  /** The period the reports are of (a year's, a quarter's, a month's…), and its year. */
  periodId: string;
  year: number;
  reports: number;
  completed: number;
  blocked: number;
  doneThisYear: number;
  notStarted: number;
  /** Mean of the reports' percents after `percentForStatus`; null when none gave one. */
  percent: number | null;
  /** Latest completion day among COMPLETED reports. */
  completedOn: Date | null;
}

export interface TaskStanding {
  taskId: string;
  category: DisplayCategory;
  percent: number | null;
  blocked: boolean;
  reported: boolean;
}

/**
 * The single status several reports on one task stand for: completed only when every report says so;
 * blocked as soon as one does (a blockage anywhere holds the task up); done-this-year when all did the
 * duty; not started when none began; in progress otherwise.
 */
export function combinedStatus(r: TaskYearReport): ReportedStatus | null {
  if (r.reports === 0) return null;
  if (r.completed === r.reports) return "COMPLETED";
  if (r.blocked > 0) return "BLOCKED";
  if (r.doneThisYear === r.reports) return "DONE_THIS_YEAR";
  if (r.notStarted === r.reports) return "NOT_STARTED";
  return "IN_PROGRESS";
}

/** Each task's category and percent in one year, judged at `asOf` (now, or the period's cut-off). */
export function standings(
  tasks: readonly DashboardTask[],
  reports: readonly TaskYearReport[],
  asOf: Date,
): TaskStanding[] {
  const byTask = new Map(reports.map((r) => [r.taskId, r]));
  return tasks.map((task) => {
    const report = byTask.get(task.id);
    const status = report ? combinedStatus(report) : null;
    const category = deriveDisplayCategory({
      kind: task.kind,
      dueDate: task.dueDate,
      reportedStatus: status,
      completedOn: report?.completedOn ?? null,
      asOf,
    });
    const percent = status === null ? null : (percentForStatus(status, report?.percent ?? null) ?? null);
    return { taskId: task.id, category, percent, blocked: status === "BLOCKED", reported: status !== null };
  });
}

export interface Tally {
  total: number;
  byCategory: Record<DisplayCategory, number>;
  /** Mean percent over the tasks (unreported ones count 0 once any has data); null without data. */
  percent: number | null;
  /** Overdue now, or completed after the due day. */
  late: number;
  blocked: number;
}

export function tally(items: readonly TaskStanding[]): Tally {
  const byCategory = Object.fromEntries(DISPLAY_CATEGORIES.map((c) => [c, 0])) as Record<
    DisplayCategory,
    number
  >;
  let blocked = 0;
  for (const item of items) {
    byCategory[item.category] += 1;
    if (item.blocked) blocked += 1;
  }
  return {
    total: items.length,
    byCategory,
    percent: rollUpPercent(items.map((i) => ({ percent: i.percent }))),
    late: byCategory.OVERDUE + byCategory.COMPLETED_LATE,
    blocked,
  };
}

/** Groups standings by a key of their task (section, lead agency) and tallies each group. */
export function tallyBy(
  tasks: readonly DashboardTask[],
  items: readonly TaskStanding[],
  keyOf: (task: DashboardTask) => string | null,
): Map<string, Tally> {
  const taskOf = new Map(tasks.map((t) => [t.id, t]));
  const groups = new Map<string, TaskStanding[]>();
  for (const item of items) {
    const task = taskOf.get(item.taskId);
    const key = task ? keyOf(task) : null;
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return new Map([...groups].map(([key, group]) => [key, tally(group)]));
}

export interface RankedAgency extends Tally {
  organizationId: string;
  name: string;
  rank: number;
}

/**
 * Lead agencies ranked: highest percent first, then fewer late, then fewer blocked, then by name; agencies
 * with no data last. Equal figures share a rank (1, 2, 2, 4).
 */
export function rankAgencies(
  tallies: ReadonlyMap<string, Tally>,
  nameOf: (organizationId: string) => string,
): RankedAgency[] {
  const rows = [...tallies].map(([organizationId, t]) => ({
    ...t,
    organizationId,
    name: nameOf(organizationId),
  }));
  const score = (r: (typeof rows)[number]) => r.percent ?? -1;
  rows.sort(
    (a, b) =>
      score(b) - score(a) || a.late - b.late || a.blocked - b.blocked || a.name.localeCompare(b.name, "vi"),
  );
  const ranked: RankedAgency[] = [];
  rows.forEach((row, index) => {
    const previous = ranked[index - 1];
    const tie =
      previous !== undefined &&
      score(previous) === score(row) &&
      previous.late === row.late &&
      previous.blocked === row.blocked;
    ranked.push({ ...row, rank: tie ? previous.rank : index + 1 });
  });
  return ranked;
}

/** The sections a dashboard groups by: every task counts under its top-level section. */
export function topSectionOf(
  sections: readonly { id: string; parentId: string | null }[],
): (sectionId: string) => string {
  const parentOf = new Map(sections.map((s) => [s.id, s.parentId]));
  const memo = new Map<string, string>();
  return (sectionId) => {
    const known = memo.get(sectionId);
    if (known) return known;
    let id = sectionId;
    const seen = new Set<string>();
    for (let parent = parentOf.get(id); parent && !seen.has(parent); parent = parentOf.get(id)) {
      seen.add(id);
      id = parent;
    }
    memo.set(sectionId, id);
    return id;
  };
}

/**
 * Submissions over the open period, per Vietnam day: how many agencies had sent (or had accepted) their
 * report by the end of each day with activity. `events` are the days of first submission.
 */
export function cumulativeByDay(
  days: readonly { day: string; submitted: number }[],
): { day: string; submitted: number; cumulative: number }[] {
  let running = 0;
  return [...days]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((d) => {
      running += d.submitted;
      return { ...d, cumulative: running };
    });
}

/**
 * Progress over successive periods (a month, a quarter, a year…): each period's tasks judged at its own
 * cut-off (now, while it runs) from that period's reports only. Periods in the order given (the caller's:
 * by cut-off).
 */
export function trendByPeriod(
  tasks: readonly DashboardTask[],
  reports: readonly TaskYearReport[],
  periods: readonly { periodId: string; asOf: Date }[],
): ({ periodId: string } & Tally)[] {
  const byPeriod = new Map<string, TaskYearReport[]>();
  for (const r of reports) {
    const list = byPeriod.get(r.periodId);
    if (list) list.push(r);
    else byPeriod.set(r.periodId, [r]);
  }
  return periods.map(({ periodId, asOf }) => ({
    periodId,
    ...tally(standings(tasks, byPeriod.get(periodId) ?? [], asOf)),
  }));
}
