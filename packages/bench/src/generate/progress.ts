import { createHash } from "node:crypto";
import type { WorkingCalendar } from "@plan-tracker/core/calendar/working-calendar";
import { canonicalJson } from "@plan-tracker/core/reporting/canonical-json";
import { periodName, periodNameInSentence } from "@plan-tracker/core/reporting/period-key";
import { percentForStatus } from "@plan-tracker/core/status/roll-up";
import type { Insert } from "./bulk";
import { addDays, dayBetween } from "./days";
import type { NewId } from "./ids";
import type { People } from "./organizations";
import { type GeneratedPeriod, planPeriods } from "./periods";
import type { GeneratedPlan, GeneratedTask } from "./plans";
import type { Rng } from "./rng";
import { AS_OF_DAY, FIRST_YEAR, OPEN_YEAR } from "./shape";
import { difficultiesText, proposalsText, resultsText } from "./words";

/** Share of the expected updates already written in the open period. */
const OPEN_PERIOD_FILLED = 0.7;

/**
 * Each plan's periods (planPeriods: one OPEN, the rest FINALIZED or CLOSED), an update by each of a task's
 * reporters (lead and coordinators) in every period (70 % of them in the open one) written in the
 * period's data window, and per period and reporting agency its report in a state (past periods mostly
 * accepted; the open one drafting, submitted, returned, accepted) with the checksummed snapshot of what it
 * sent. Returns the number of periods per cycle.
 */
export async function writeProgress(
  insert: Insert,
  {
    plans,
    tasks,
    people,
    calendar,
    rng,
    id,
    now,
  }: {
    plans: GeneratedPlan[];
    tasks: GeneratedTask[];
    people: People;
    calendar: WorkingCalendar;
    rng: Rng;
    id: NewId;
    now: string;
  },
): Promise<Record<string, number>> {
  const periodRows: unknown[][] = [];
  const updateRows: unknown[][] = [];
  const submissionRows: unknown[][] = [];
  const snapshotRows: unknown[][] = [];
  const periodsByCycle: Record<string, number> = {};
  const orgById = new Map(people.orgs.map((o) => [o.id, o]));
  const tasksOf = new Map<string, GeneratedTask[]>();
  for (const t of tasks) tasksOf.set(t.planId, [...(tasksOf.get(t.planId) ?? []), t]);

  for (const plan of plans) {
    const periods = planPeriods(plan.profile.cycles, plan.profile, calendar, {
      firstYear: FIRST_YEAR,
      openYear: OPEN_YEAR,
      asOf: AS_OF_DAY,
    });
    for (const period of periods) {
      const { key, dates, state } = period;
      periodsByCycle[key.cycle] = (periodsByCycle[key.cycle] ?? 0) + 1;
      const periodId = id("r");
      const open = state === "OPEN";
      periodRows.push([
        periodId,
        plan.id,
        key.year,
        key.cycle,
        key.index,
        dates.cutoffDate,
        dates.agencyDeadline,
        dates.reportDueDate,
        state,
        `${period.window.from}T02:00:00.000Z`,
        open ? null : `${addDays(dates.reportDueDate, 5)}T09:00:00.000Z`,
        now,
        now,
      ]);
      // Updates are written in the period's data window, up to the agencies' deadline (the data set's day for the open one).
      const lastDay = open ? addDays(AS_OF_DAY, -1) : dates.agencyDeadline;
      const byOrg = new Map<string, Record<string, unknown>[]>();
      for (const task of tasksOf.get(plan.id) ?? []) {
        for (const organizationId of [task.lead, ...task.coordinators]) {
          if (open && !rng.chance(OPEN_PERIOD_FILLED)) continue;
          const update = buildUpdate(rng, period, lastDay, task, organizationId);
          const author = rng.pick(people.staffOf.get(organizationId) ?? []);
          const updateId = id("x");
          const at = `${dayBetween(rng, period.window.from, lastDay)}T03:00:00.000Z`;
          updateRows.push([
            updateId,
            periodId,
            task.id,
            organizationId,
            update.status,
            update.percent,
            update.completedOn,
            update.results,
            update.difficulties,
            update.proposals,
            update.version,
            author,
            author,
            at,
            at,
          ]);
          const list = byOrg.get(organizationId) ?? [];
          list.push({
            id: updateId,
            taskCode: task.code,
            actionItemCode: null,
            role: task.lead === organizationId ? "lead" : "coordinator",
            ...update,
            citedDocuments: [],
          });
          byOrg.set(organizationId, list);
        }
      }
      const cover = `Báo cáo kết quả thực hiện ${periodNameInSentence(key)}.`;
      for (const [organizationId, updates] of byOrg) {
        const submissionState = submissionStateFor(rng, open);
        const submissionId = id("b");
        const submitted = submissionState !== "DRAFT";
        const submittedDay = open
          ? `${OPEN_YEAR}-12-0${rng.int(1, 4)}`
          : dayBetween(rng, addDays(dates.agencyDeadline, -6), dates.agencyDeadline);
        const submittedAt = `${submittedDay}T08:00:00.000Z`;
        const submitter = people.approverOf.get(organizationId) ?? null;
        const reviewed = submissionState === "ACCEPTED" || submissionState === "RETURNED";
        submissionRows.push([
          submissionId,
          periodId,
          organizationId,
          submissionState,
          submitted ? cover : "",
          submitted ? submitter : null,
          submitted ? submittedAt : null,
          reviewed ? people.approverOf.get(plan.focal) : null,
          reviewed ? `${addDays(submittedDay, open ? 1 : 2)}T08:00:00.000Z` : null,
          submissionState === "RETURNED" ? "Đề nghị bổ sung số liệu giải ngân và minh chứng." : null,
          submitted ? submittedAt : now,
          submitted ? 2 : 1,
          now,
          now,
        ]);
        if (!submitted) continue;
        const org = orgById.get(organizationId);
        if (!org) throw new Error(`No organization ${organizationId}`);
        // The demo seed's snapshot shape (plan-tracker/submission-snapshot@1), which names the year only.
        const content = {
          schema: "plan-tracker/submission-snapshot@1",
          plan: { symbol: plan.symbol },
          period: { year: key.year },
          organization: { id: org.id, code: org.code, name: org.name },
          coverSummary: cover,
          submittedAt,
          updates,
        };
        const json = canonicalJson(content);
        snapshotRows.push([
          id("n"),
          submissionId,
          1,
          submitter,
          submittedAt,
          json,
          createHash("sha256").update(json, "utf8").digest("hex"),
        ]);
      }
    }
  }
  await insert(
    "ReportingPeriod",
    [
      ["id", "text"],
      ["planId", "text"],
      ["year", "int"],
      ["cycle", `"ReportingFrequency"`],
      ["index", "int"],
      ["cutoffDate", "date"],
      ["agencyDeadline", "date"],
      ["reportDueDate", "date"],
      ["state", `"PeriodState"`],
      ["openedAt", "timestamp(3)"],
      ["closedAt", "timestamp(3)"],
      ["createdAt", "timestamp(3)"],
      ["updatedAt", "timestamp(3)"],
    ],
    periodRows,
  );
  await insert(
    "ProgressUpdate",
    [
      ["id", "text"],
      ["periodId", "text"],
      ["taskId", "text"],
      ["organizationId", "text"],
      ["status", `"ReportedStatus"`],
      ["percent", "int"],
      ["completedOn", "date"],
      ["results", "text"],
      ["difficulties", "text"],
      ["proposals", "text"],
      ["version", "int"],
      ["authorId", "text"],
      ["updatedById", "text"],
      ["createdAt", "timestamp(3)"],
      ["updatedAt", "timestamp(3)"],
    ],
    updateRows,
  );
  await insert(
    "AgencySubmission",
    [
      ["id", "text"],
      ["periodId", "text"],
      ["organizationId", "text"],
      ["state", `"SubmissionState"`],
      ["coverSummary", "text"],
      ["submittedById", "text"],
      ["submittedAt", "timestamp(3)"],
      ["reviewedById", "text"],
      ["reviewedAt", "timestamp(3)"],
      ["returnReason", "text"],
      ["lastActivityAt", "timestamp(3)"],
      ["version", "int"],
      ["createdAt", "timestamp(3)"],
      ["updatedAt", "timestamp(3)"],
    ],
    submissionRows,
  );
  await insert(
    "SubmissionSnapshot",
    [
      ["id", "text"],
      ["submissionId", "text"],
      ["sequence", "int"],
      ["submittedById", "text"],
      ["submittedAt", "timestamp(3)"],
      ["content", "jsonb"],
      ["sha256", "text"],
    ],
    snapshotRows,
  );
  return periodsByCycle;
}

type Status = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "DONE_THIS_YEAR" | "BLOCKED";

function buildUpdate(
  rng: Rng,
  period: GeneratedPeriod,
  lastDay: string,
  task: GeneratedTask,
  organizationId: string,
) {
  const age = OPEN_YEAR - period.key.year;
  const roll = rng.next();
  const status: Status =
    roll < 0.05
      ? "BLOCKED"
      : roll < 0.12 + 0.02 * age
        ? "NOT_STARTED"
        : roll < 0.45
          ? "IN_PROGRESS"
          : roll < 0.6
            ? "COMPLETED"
            : "DONE_THIS_YEAR";
  const lead = task.lead === organizationId;
  return {
    status,
    percent: percentForStatus(status, rng.int(5, 95)),
    completedOn: status === "COMPLETED" ? dayBetween(rng, period.window.from, lastDay) : null,
    results:
      status === "NOT_STARTED"
        ? ""
        : resultsText(rng, periodName(period.key)) + (lead ? "" : "\n- Phối hợp với cơ quan chủ trì."),
    difficulties: status === "BLOCKED" || rng.chance(0.2) ? difficultiesText(rng) : "",
    proposals: rng.chance(0.15) ? proposalsText(rng) : "",
    version: rng.int(1, 4),
  };
}

/** Past periods: nearly all accepted. The open one: every state, most agencies still drafting. */
function submissionStateFor(rng: Rng, open: boolean): "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED" {
  const roll = rng.next();
  if (!open) return roll < 0.95 ? "ACCEPTED" : roll < 0.98 ? "SUBMITTED" : "RETURNED";
  return roll < 0.7 ? "DRAFT" : roll < 0.82 ? "SUBMITTED" : roll < 0.9 ? "RETURNED" : "ACCEPTED";
}
