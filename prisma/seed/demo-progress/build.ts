import {
  type CoordinatorScope,
  expectedReporters,
  type OrganizationKind,
  percentForStatus,
  type ReportedStatus,
  type TaskKind,
  toIsoDate,
} from "@plan-tracker/core";
import { contributions } from "./contributions";
import { leadII } from "./lead-ii";
import { leadII4a } from "./lead-ii-4-a";
import { leadII4b } from "./lead-ii-4-b";
import { leadIII } from "./lead-iii";
import { rngFor } from "./rng";
import { DEMO_AGENCIES, type DemoSubmissionState, OPEN_YEAR_PLAN, REPORTING_KINDS, vnTime } from "./scenario";
import {
  DEMO_FIRST_YEAR,
  DEMO_OPEN_YEAR,
  DEMO_TAG,
  type DemoCitation,
  type DemoOrg,
  type DemoReport,
  type ItemScript,
  type LeadScript,
  type TaskStats,
  type YearContext,
} from "./types";
import { citeDate, symbolSuffix, yearPlan } from "./words";

export const LEAD_SCRIPTS: Record<string, LeadScript> = {
  ...leadII,
  "II.4.a": leadII4a,
  "II.4.b": leadII4b,
  ...leadIII,
};

export interface PlanShape {
  tasks: {
    id: string;
    code: string;
    kind: TaskKind;
    leadOrganizationId: string | null;
    leadScope: CoordinatorScope | null;
    coordinatorIds: string[];
    coordinatorScopes: CoordinatorScope[];
    actionItems: { id: string; code: string }[];
  }[];
  organizations: (DemoOrg & {
    id: string;
    kind: OrganizationKind;
    validFrom: string | null;
    validTo: string | null;
  })[];
}

export interface PeriodShape {
  id: string;
  year: number;
  cutoffDate: string;
  agencyDeadline: string;
  reportDueDate: string;
  openedAt: Date;
}

export interface DemoPeople {
  compilerId: string;
  staffByOrg: ReadonlyMap<string, string>;
  approverByOrg: ReadonlyMap<string, string>;
}

export interface BuiltUpdate extends DemoReport {
  periodId: string;
  taskId: string;
  taskCode: string;
  actionItemId: string | null;
  actionItemCode: string | null;
  organizationId: string;
  role: "lead" | "coordinator";
  version: number;
  authorId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface BuiltSubmission {
  periodId: string;
  organizationId: string;
  state: DemoSubmissionState;
  coverSummary: string;
  submittedById: string | null;
  submittedAt: Date | null;
  reviewedById: string | null;
  reviewedAt: Date | null;
  returnReason: string | null;
  lastActivityAt: Date;
  createdAt: Date;
  /** Submitted at least once: the snapshot of its updates was taken then. */
  snapshot: boolean;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const roundTo5 = (value: number) => Math.round(value / 5) * 5;
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const VN_OFFSET = 7 * HOUR;

/** 07:30 in Vietnam on the day of `instant`, plus `minutes`. */
function vnWorkingTime(instant: number, minutes: number): number {
  const vnMidnight = Math.floor((instant + VN_OFFSET) / DAY) * DAY - VN_OFFSET;
  return vnMidnight + 7.5 * HOUR + minutes * 60_000;
}

/** An action item's report in a year, from its script. */
export function itemReport(script: ItemScript, c: YearContext): DemoReport {
  const { year } = c;
  const elapsed = year - DEMO_FIRST_YEAR + 1;
  switch (script.kind) {
    case "duty":
      if (c.isOpenYear && (script.openYearInProgress || c.rng.chance(0.3)))
        return { status: "IN_PROGRESS", percent: c.rng.int(14, 19) * 5, results: script.text(c) };
      return {
        status: "DONE_THIS_YEAR",
        percent: 100,
        results: script.text(c),
        ...(script.cited ? { cited: script.cited(c) } : {}),
      };
    case "project": {
      const done = year >= script.doneYear;
      const span = script.doneYear - DEMO_FIRST_YEAR + 1;
      const percent = done
        ? 100
        : Math.min(95, roundTo5(script.start + ((100 - script.start) * (elapsed - 1)) / Math.max(1, span)));
      return {
        status: done ? "COMPLETED" : "IN_PROGRESS",
        percent,
        completedOn: done ? `${script.doneYear}-${script.doneOn}` : null,
        results: script.text({ ...c, percent, done }),
        ...(script.cited ? { cited: script.cited({ ...c, done }) } : {}),
      };
    }
    case "blocked": {
      const blocked = year >= script.from;
      const percent = script.start + 5 * (Math.min(year, script.from) - DEMO_FIRST_YEAR);
      return blocked
        ? {
            status: "BLOCKED",
            percent,
            results: script.text({ ...c, percent, blocked }),
            difficulties: script.difficulties(c),
            proposals: script.proposals(c),
          }
        : { status: "IN_PROGRESS", percent, results: script.text({ ...c, percent, blocked }) };
    }
  }
}

function statsOf(reports: readonly DemoReport[]): TaskStats {
  const count = (...s: ReportedStatus[]) => reports.filter((r) => s.includes(r.status)).length;
  return {
    total: reports.length,
    completed: count("COMPLETED", "DONE_THIS_YEAR"),
    blocked: count("BLOCKED"),
    inProgress: count("IN_PROGRESS", "NOT_STARTED"),
  };
}

/** The lead's report on the task itself, summarizing its items' reports. */
export function taskReport(
  script: LeadScript,
  org: DemoOrg,
  items: readonly DemoReport[],
  c: YearContext,
): DemoReport {
  const stats = statsOf(items);
  const summary = `${DEMO_TAG} ${script.summary({ ...c, org, stats })}`;
  const cited: DemoCitation[] = c.rng.chance(0.7) ? [yearPlan(org, c.year, c.rng)] : [];
  if (items.length === 0) {
    const own = script.taskStatus?.(c) ?? { status: "DONE_THIS_YEAR" as const, percent: 100 };
    return { ...own, results: summary, cited };
  }
  const percent = Math.round(
    items.reduce((sum, r) => sum + (percentForStatus(r.status, r.percent) ?? 0), 0) / items.length,
  );
  const blocked = script.blockedFrom !== undefined && c.year >= script.blockedFrom;
  const allCompleted = items.every((r) => r.status === "COMPLETED");
  const status: ReportedStatus = blocked
    ? "BLOCKED"
    : allCompleted
      ? "COMPLETED"
      : stats.completed === stats.total
        ? "DONE_THIS_YEAR"
        : "IN_PROGRESS";
  const troubled = blocked || stats.blocked > 0;
  const difficulties = troubled ? script.difficulties?.(c) : undefined;
  const proposals = troubled ? script.proposals?.(c) : undefined;
  return {
    status,
    percent,
    completedOn: allCompleted
      ? items
          .map((r) => r.completedOn ?? "")
          .sort()
          .at(-1) || null
      : null,
    results: summary,
    ...(difficulties ? { difficulties } : {}),
    ...(proposals ? { proposals } : {}),
    cited,
  };
}

/**
 * Every update and submission of one demo period, deterministic: the same plan and period always give the
 * same rows (ids aside). The caller writes them.
 */
export function buildPeriod(
  plan: PlanShape,
  period: PeriodShape,
  people: DemoPeople,
): { updates: BuiltUpdate[]; submissions: BuiltSubmission[] } {
  const isOpenYear = period.year === DEMO_OPEN_YEAR;
  const orgById = new Map(plan.organizations.map((o) => [o.id, o]));
  // Sorted by code: the rows must not depend on the order the database returned the organizations in.
  const reporting = plan.organizations.filter((o) => REPORTING_KINDS.includes(o.kind)).sort(byCode);
  const ctx = (key: string): YearContext => ({ year: period.year, isOpenYear, rng: rngFor(key) });
  const reports: (Omit<BuiltUpdate, "version" | "authorId" | "createdAt" | "updatedAt"> & {
    orgCode: string;
  })[] = [];

  for (const task of plan.tasks) {
    const who = expectedReporters(task, reporting, period.cutoffDate);
    const script = LEAD_SCRIPTS[task.code];
    if (script) {
      for (const leadId of who.leads) {
        const org = orgById.get(leadId);
        if (!org) continue;
        const itemScripts = script.items ?? [];
        const items = task.actionItems.slice(0, itemScripts.length).map((item, i) => ({
          item,
          report: itemReport(itemScripts[i] as ItemScript, ctx(`${period.year}:${item.code}:${org.code}`)),
        }));
        const base = { periodId: period.id, taskId: task.id, taskCode: task.code, organizationId: org.id };
        reports.push({
          ...base,
          ...taskReport(
            script,
            org,
            items.map((i) => i.report),
            ctx(`${period.year}:${task.code}:${org.code}`),
          ),
          actionItemId: null,
          actionItemCode: null,
          role: "lead",
          orgCode: org.code,
        });
        for (const { item, report } of items)
          reports.push({
            ...base,
            ...report,
            results: `${DEMO_TAG} ${report.results}`,
            actionItemId: item.id,
            actionItemCode: item.code,
            role: "lead",
            orgCode: org.code,
          });
      }
    }
    const contribution = contributions[task.code];
    if (!contribution) continue;
    const rng = rngFor(`${period.year}:${task.code}:coordinators`);
    // Named coordinators may be central bodies (Bộ Xây dựng), which do not report to the province.
    const candidates = who.coordinators
      .map((id) => orgById.get(id))
      .filter((o): o is NonNullable<typeof o> => o !== undefined && REPORTING_KINDS.includes(o.kind))
      .sort(byCode);
    const chosen = candidates.filter((o) => DEMO_AGENCIES.includes(o.code) && rng.chance(0.5));
    const others = candidates.filter((o) => !DEMO_AGENCIES.includes(o.code));
    const count = rng.int(1, 2);
    for (let i = 0; i < count && others.length; i++)
      chosen.push(...others.splice(rng.int(0, others.length - 1), 1));
    const lead = task.leadOrganizationId ? (orgById.get(task.leadOrganizationId) ?? null) : null;
    for (const org of chosen) {
      const c = ctx(`${period.year}:${task.code}:${org.code}:contribution`);
      const inProgress = c.rng.chance(isOpenYear ? 0.35 : 0.15);
      reports.push({
        periodId: period.id,
        taskId: task.id,
        taskCode: task.code,
        organizationId: org.id,
        actionItemId: null,
        actionItemCode: null,
        role: "coordinator",
        orgCode: org.code,
        status: inProgress ? "IN_PROGRESS" : "DONE_THIS_YEAR",
        percent: inProgress ? c.rng.int(10, 18) * 5 : 100,
        results: `${DEMO_TAG} ${contribution({ ...c, org, lead })}`,
      });
    }
  }

  const byOrg = new Map<string, typeof reports>();
  for (const r of reports) {
    const plan2026 = isOpenYear ? OPEN_YEAR_PLAN[r.orgCode] : undefined;
    if (isOpenYear && !plan2026) continue;
    if (plan2026?.onlyTasks && !plan2026.onlyTasks.includes(r.taskCode)) continue;
    const list = byOrg.get(r.organizationId);
    if (list) list.push(r);
    else byOrg.set(r.organizationId, [r]);
  }

  const updates: BuiltUpdate[] = [];
  const submissions: BuiltSubmission[] = [];
  for (const [organizationId, list] of byOrg) {
    const org = orgById.get(organizationId) as DemoOrg;
    const rng = rngFor(`${period.year}:${org.code}:submission`);
    const submission = submissionFor(period, org, list, people, rng);
    submissions.push({ ...submission, organizationId, periodId: period.id });
    const authorId = people.staffByOrg.get(org.code) ?? people.compilerId;
    const until = (submission.submittedAt ?? submission.lastActivityAt).getTime();
    for (const r of list) {
      const { orgCode: _orgCode, ...rest } = r;
      // Written in office hours (07:30-17:00 in Vietnam), days before the report went out.
      const day = Math.max(period.openedAt.getTime() + DAY, until - rng.int(2, 20) * DAY);
      const created = vnWorkingTime(day, rng.int(0, 570));
      const edited = vnWorkingTime(created + rng.int(0, 3) * DAY, rng.int(0, 570));
      const updated = Math.max(created, Math.min(until - HOUR, edited));
      updates.push({
        ...rest,
        version: rng.int(1, 3),
        authorId,
        createdAt: new Date(created),
        updatedAt: new Date(updated),
      });
    }
  }
  return { updates, submissions };
}

function submissionFor(
  period: PeriodShape,
  org: DemoOrg,
  reports: readonly { role: string; taskCode: string; actionItemId: string | null; status: ReportedStatus }[],
  people: DemoPeople,
  rng: ReturnType<typeof rngFor>,
): Omit<BuiltSubmission, "organizationId" | "periodId"> {
  const led = new Set(reports.filter((r) => r.role === "lead").map((r) => r.taskCode));
  const coordinated = new Set(reports.filter((r) => r.role === "coordinator").map((r) => r.taskCode));
  const troubles = reports.filter((r) => r.status === "BLOCKED").length;
  const onBehalf = !people.approverByOrg.has(org.code);
  const paperNo = `${rng.int(40, 420)}/BC-${symbolSuffix(org.code)}`;
  const plan = period.year === DEMO_OPEN_YEAR ? OPEN_YEAR_PLAN[org.code] : undefined;
  const state: DemoSubmissionState = plan?.state ?? "ACCEPTED";

  let submittedAt: Date | null = null;
  let reviewedAt: Date | null = null;
  if (plan) {
    submittedAt = plan.submittedAt ? vnTime(plan.submittedAt) : null;
    reviewedAt = plan.reviewedAt ? vnTime(plan.reviewedAt) : null;
  } else {
    // Most agencies send in the days before the deadline; about one in seven a few days late.
    const offset = rng.chance(0.15) ? rng.int(1, 3) : -rng.int(0, 9);
    const day = new Date(`${period.agencyDeadline}T00:00:00+07:00`).getTime() + offset * DAY;
    submittedAt = new Date(day + rng.int(8, 16) * HOUR + rng.int(0, 59) * 60_000);
    const due = new Date(`${period.reportDueDate}T00:00:00+07:00`).getTime();
    reviewedAt = new Date(Math.min(due - 14 * HOUR, submittedAt.getTime() + rng.int(1, 3) * DAY));
  }
  const draftAt = plan?.lastActivityAt ? vnTime(plan.lastActivityAt) : null;
  const lastActivityAt = reviewedAt ?? submittedAt ?? draftAt ?? period.openedAt;

  const parts = [
    `${DEMO_TAG} ${state === "DRAFT" ? "(Bản nháp) " : ""}${org.name} báo cáo kết quả thực hiện Kế hoạch số 182/KH-UBND năm ${period.year}:`,
    led.size ? `chủ trì ${led.size} nhiệm vụ` : null,
    coordinated.size ? `phối hợp ${coordinated.size} nhiệm vụ` : null,
  ].filter(Boolean);
  let cover = `${parts[0]} ${parts.slice(1).join(", ")}.`;
  if (troubles) cover += ` Có ${troubles} nội dung gặp vướng mắc, kèm đề xuất, kiến nghị.`;
  if (state === "DRAFT") cover += " Đang hoàn thiện các nhiệm vụ còn lại trước khi trình lãnh đạo ký.";
  if (onBehalf && submittedAt)
    cover += ` (Sở TN&MT nhập từ Báo cáo số ${paperNo} ngày ${citeDate(toIsoDate(submittedAt))} gửi bằng văn bản.)`;

  return {
    state,
    coverSummary: cover,
    submittedById: submittedAt ? (people.approverByOrg.get(org.code) ?? people.compilerId) : null,
    submittedAt,
    reviewedById: reviewedAt ? people.compilerId : null,
    reviewedAt,
    returnReason: plan?.returnReason ?? null,
    lastActivityAt,
    createdAt: new Date(Math.min(lastActivityAt.getTime(), period.openedAt.getTime() + rng.int(2, 12) * DAY)),
    snapshot: submittedAt !== null,
  };
}
