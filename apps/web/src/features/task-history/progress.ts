import "server-only";
import type { DisplayCategory } from "@plan-tracker/core";
import { periodAsOf, standings } from "@plan-tracker/core/dashboard";
import { periodKeyOf, periodName, type ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";
import { taskPeriodReports } from "@/features/dashboard/queries";

export interface ProgressPeriod {
  id: string;
  year: number;
  cycle: ReportingCycle;
  index: number;
  state: string;
  cutoffDate: Date;
}

export interface TaskProgressPoint {
  periodId: string;
  name: string;
  category: DisplayCategory;
  percent: number | null;
  reported: boolean;
}

/**
 * A task's progress over its plan's periods, oldest first: in each, the task's standing from the reports
 * sent in that period, judged at the period's cut-off (now while it runs) by core's `standings`, the same
 * definition as the dashboard's, so both show the same figure for the same period. Two queries.
 */
export async function loadTaskProgress(
  db: PrismaClient,
  taskId: string,
  periods: readonly ProgressPeriod[],
  now: Date,
): Promise<TaskProgressPoint[]> {
  const [task, reports] = await Promise.all([
    db.task.findUniqueOrThrow({
      where: { id: taskId },
      select: { id: true, code: true, kind: true, dueDate: true, sectionId: true, leadOrganizationId: true },
    }),
    taskPeriodReports(db, taskId),
  ]);
  return [...periods]
    .sort((a, b) => a.cutoffDate.getTime() - b.cutoffDate.getTime())
    .flatMap((period) => {
      const standing = standings(
        [task],
        reports.filter((r) => r.periodId === period.id),
        periodAsOf(period, now),
      )[0];
      if (!standing) return [];
      return [
        {
          periodId: period.id,
          name: periodName(periodKeyOf(period)),
          category: standing.category,
          percent: standing.percent,
          reported: standing.reported,
        },
      ];
    });
}
