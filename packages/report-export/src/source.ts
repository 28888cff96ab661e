import {
  AppError,
  type CoordinatorScope,
  compareSectionCodes,
  expectedReporters,
  type OrganizationKind,
  REPORTED_STATUSES,
  type ReportedStatus,
  type ReportSource,
  type SourceSubmission,
  type SourceUpdate,
  type TaskKind,
} from "@plan-tracker/core";
import {
  nextPeriodKey,
  periodKeyOf,
  periodLabel,
  periodNameInSentence,
} from "@plan-tracker/core/reporting/period-key";
import type { PrismaClient } from "@plan-tracker/db";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Departments before districts, as reports list agencies; then by name. */
const KIND_ORDER: readonly OrganizationKind[] = [
  "PROVINCIAL_PC",
  "PARTY",
  "COMMITTEE",
  "DEPARTMENT",
  "MILITARY",
  "CENTRAL",
  "DISTRICT_PC",
  "OTHER",
];

export type ReportPeriodRef = { periodId: string } | { planSymbol: string; year: number };

/** The period a report is about, by id or by plan symbol ("182/KH-UBND") and year; NOT_FOUND otherwise. */
export async function findReportPeriod(db: PrismaClient, ref: ReportPeriodRef): Promise<string> {
  if ("periodId" in ref) return ref.periodId;
  const period = await db.reportingPeriod.findFirst({
    // A year names its ANNUAL period; the year's months or quarters are opened by their own ids.
    where: { year: ref.year, cycle: "ANNUAL", plan: { symbol: ref.planSymbol } },
    select: { id: true },
  });
  if (!period) throw new AppError("NOT_FOUND");
  return period.id;
}

const periodSelect = {
  id: true,
  year: true,
  cycle: true,
  index: true,
  cutoffDate: true,
  agencyDeadline: true,
  reportDueDate: true,
  plan: {
    select: {
      id: true,
      symbol: true,
      issuedOn: true,
      title: true,
      place: true,
      issuer: { select: { name: true } },
      focalOrganization: { select: { name: true, shortName: true, code: true } },
    },
  },
} as const;

/**
 * Everything `compileReport` reads for one period, in six queries whatever the plan's size: the period
 * and plan, the sections and tasks with their assignments, the directory, each agency's report with
 * its latest snapshot, and for a yearly report the year's shorter reports already issued (read only when the report was accepted: compilation uses what the compiler accepted,
 * frozen, never a live draft).
 */
export async function loadReportSource(db: PrismaClient, periodId: string): Promise<ReportSource> {
  const period = await db.reportingPeriod.findUnique({ where: { id: periodId }, select: periodSelect });
  if (!period) throw new AppError("NOT_FOUND");
  const { plan } = period;

  const [sectionRows, organizations, submissions, earlier] = await Promise.all([
    db.section.findMany({
      where: { planId: plan.id },
      select: {
        code: true,
        heading: true,
        tasks: {
          // A task retired by a re-import keeps its history but is no longer reported on.
          where: { retiredAt: null },
          orderBy: { order: "asc" },
          select: {
            id: true,
            code: true,
            content: true,
            kind: true,
            dueDate: true,
            leadOrganizationId: true,
            leadOrganization: { select: { id: true, name: true } },
            leadText: true,
            leadScope: true,
            coordinators: { select: { organization: { select: { id: true, name: true } } } },
            genericCoordinators: { select: { phrase: true, scope: true } },
          },
        },
      },
    }),
    db.organization.findMany({
      select: { id: true, name: true, kind: true, validFrom: true, validTo: true },
    }),
    db.agencySubmission.findMany({
      where: { periodId },
      select: {
        organizationId: true,
        state: true,
        snapshots: { orderBy: { sequence: "desc" }, take: 1, select: { content: true } },
      },
    }),
    // A yearly report stands on the year's shorter reports already issued (monthly, quarterly, six-monthly).
    period.cycle === "ANNUAL"
      ? db.consolidatedReport.findMany({
          where: {
            state: { in: ["FINAL", "SENT"] },
            period: { planId: plan.id, year: period.year, cycle: { not: "ANNUAL" } },
          },
          orderBy: { period: { cutoffDate: "asc" } },
          select: {
            number: true,
            symbol: true,
            documentDate: true,
            period: { select: { cycle: true, year: true, index: true } },
          },
        })
      : Promise.resolve([]),
  ]);

  // `order` counts among siblings only: the document order is the order of the codes.
  const sections = sectionRows.sort((a, b) => compareSectionCodes(a.code, b.code));
  const cutoff = isoDay(period.cutoffDate);
  const directory = organizations.map((o) => ({
    id: o.id,
    kind: o.kind as OrganizationKind,
    validFrom: o.validFrom ? isoDay(o.validFrom) : null,
    validTo: o.validTo ? isoDay(o.validTo) : null,
  }));
  const expectedIds = new Set<string>();
  const tasks = sections.flatMap((section) =>
    section.tasks.map((task) => {
      const { leads, coordinators } = expectedReporters(
        {
          leadOrganizationId: task.leadOrganizationId,
          leadScope: task.leadScope as CoordinatorScope | null,
          coordinatorIds: task.coordinators.map((c) => c.organization.id),
          coordinatorScopes: task.genericCoordinators.map((g) => g.scope as CoordinatorScope),
        },
        directory,
        cutoff,
      );
      for (const id of [...leads, ...coordinators]) expectedIds.add(id);
      return {
        id: task.id,
        code: task.code,
        sectionCode: section.code,
        content: task.content,
        kind: task.kind as TaskKind,
        dueDate: task.dueDate ? isoDay(task.dueDate) : null,
        lead: task.leadOrganization,
        leadText: task.leadText,
        coordinators: [
          ...task.coordinators.map((c) => c.organization.name),
          ...task.genericCoordinators.map((g) => g.phrase),
        ],
        reporters: [
          ...leads.map((organizationId) => ({ organizationId, role: "lead" as const })),
          ...coordinators.map((organizationId) => ({ organizationId, role: "coordinate" as const })),
        ],
      };
    }),
  );

  const rank = (kind: string) => {
    const i = KIND_ORDER.indexOf(kind as OrganizationKind);
    return i < 0 ? KIND_ORDER.length : i;
  };
  // Agencies that reported without being assigned (plan corrected since) are still attributed.
  for (const s of submissions) if (s.state === "ACCEPTED") expectedIds.add(s.organizationId);
  const expected = organizations
    .filter((o) => expectedIds.has(o.id))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name, "vi"))
    .map((o, order) => ({ id: o.id, name: o.name, order }));

  return {
    plan: {
      id: plan.id,
      number: plan.symbol,
      issuedAt: isoDay(plan.issuedOn),
      issuer: plan.issuer.name,
      title: plan.title,
      place: plan.place,
      focal: plan.focalOrganization,
      parentAgency: plan.issuer.name,
    },
    period: {
      id: period.id,
      year: period.year,
      label: periodLabel(period),
      nextLabel: periodNameInSentence(nextPeriodKey(periodKeyOf(period))),
      cutoffDate: isoDay(period.cutoffDate),
      agencyDeadline: isoDay(period.agencyDeadline),
      reportDueDate: isoDay(period.reportDueDate),
    },
    earlierReports: earlier.map((r) => ({
      period: periodLabel(r.period),
      number: r.number,
      symbol: r.symbol,
      date: r.documentDate ? isoDay(r.documentDate) : null,
    })),
    sections: sections
      .filter((s) => s.tasks.length > 0)
      .map((s) => ({ code: s.code, title: s.heading.replace(/\s*:\s*$/, "") })),
    tasks,
    expected,
    submissions: submissions.map(
      (s): SourceSubmission => ({
        organizationId: s.organizationId,
        state: s.state,
        updates: s.state === "ACCEPTED" ? snapshotUpdates(s.snapshots[0]?.content) : [],
      }),
    ),
  };
}

const text = (v: unknown) => (typeof v === "string" ? v : "");
const isStatus = (v: unknown): v is ReportedStatus => REPORTED_STATUSES.includes(v as ReportedStatus);

/**
 * The updates of a stored snapshot, in either shape written so far: version 2 (the application's, with
 * `actionItem: { code }` and role "coordinate") and version 1 (the demo seed's, with `actionItemCode` and
 * role "coordinator"). Anything unreadable is skipped rather than guessed.
 */
export function snapshotUpdates(content: unknown): SourceUpdate[] {
  const updates = (content as { updates?: unknown } | null)?.updates;
  if (!Array.isArray(updates)) return [];
  return updates.flatMap((raw): SourceUpdate[] => {
    const u = raw as Record<string, unknown>;
    if (typeof u.taskCode !== "string" || !isStatus(u.status)) return [];
    const item = u.actionItem as { code?: unknown } | null | undefined;
    const actionItemCode =
      typeof item?.code === "string"
        ? item.code
        : typeof u.actionItemCode === "string"
          ? u.actionItemCode
          : null;
    return [
      {
        taskCode: u.taskCode,
        actionItemCode,
        role: u.role === "lead" ? "lead" : "coordinate",
        status: u.status,
        percent: typeof u.percent === "number" ? u.percent : null,
        completedOn: typeof u.completedOn === "string" ? u.completedOn.slice(0, 10) : null,
        results: text(u.results),
        ...(u.resultScope === "CUMULATIVE" ? { resultScope: "CUMULATIVE" as const } : {}),
        difficulties: text(u.difficulties),
        proposals: text(u.proposals),
      },
    ];
  });
}
