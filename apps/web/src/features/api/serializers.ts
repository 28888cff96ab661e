import type { OrganizationRow, PlanDetailRow, PlanSummaryRow } from "./data";
import type { ApiOrganization, ApiTask, PlanDetail, PlanSummary } from "./schemas";

/** Database rows -> API objects (typed by the response schemas). Pure: no I/O, no Next.js. */

/**
 * A `@db.Date` column holds a calendar day as UTC midnight: its UTC parts are the day, whatever the
 * server's time zone.
 */
export function calendarDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function calendarDayOrNull(d: Date | null): string | null {
  return d ? calendarDay(d) : null;
}

export function serializePlanSummary(row: PlanSummaryRow): PlanSummary {
  return {
    id: row.id,
    symbol: row.symbol,
    title: row.title,
    issuedOn: calendarDay(row.issuedOn),
    status: row.status,
    validFromYear: row.validFromYear,
    validToYear: row.validToYear,
    focalOrganizationCode: row.focalOrganization.code,
    taskCount: row._count.tasks,
  };
}

export function serializePlanDetail(row: PlanDetailRow): PlanDetail {
  const sectionCodes = new Map(row.sections.map((s) => [s.id, s.code]));
  const sectionCode = (sectionId: string): string => {
    const found = sectionCodes.get(sectionId);
    // Sections and tasks are read in one statement from one plan: a miss is a broken invariant.
    if (found === undefined) throw new Error(`Section ${sectionId} is not in plan ${row.id}`);
    return found;
  };
  return {
    id: row.id,
    number: row.number,
    symbol: row.symbol,
    documentType: row.documentType,
    title: row.title,
    issuedOn: calendarDay(row.issuedOn),
    place: row.place,
    issuerCode: row.issuer.code,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    focalOrganizationCode: row.focalOrganization.code,
    validFromYear: row.validFromYear,
    validToYear: row.validToYear,
    status: row.status,
    reportingRule: {
      dueDay: row.reportDueDay,
      dueMonth: row.reportDueMonth,
      agencyDeadlineOffsetDays: row.agencyDeadlineOffsetDays,
      text: row.reportingRuleText,
    },
    preamble: row.preamble,
    closing: row.closing,
    recipients: row.recipients,
    basisDocuments: row.basisDocuments.map((d) => ({
      order: d.order,
      symbol: d.symbol,
      issuedOn: calendarDayOrNull(d.issuedOn),
      issuerName: d.issuerName,
      title: d.title,
    })),
    sections: row.sections.map((s) => ({
      code: s.code,
      number: s.number,
      heading: s.heading,
      body: s.body,
      parentCode: s.parentId ? sectionCode(s.parentId) : null,
      order: s.order,
      depth: s.depth,
    })),
    tasks: row.tasks.map((t) => serializeTask(t, sectionCode(t.sectionId))),
  };
}

function serializeTask(t: PlanDetailRow["tasks"][number], sectionCode: string): ApiTask {
  const hasPeriod = t.periodStartYear !== null || t.periodEndYear !== null;
  return {
    id: t.id,
    code: t.code,
    sectionCode,
    label: t.label,
    heading: t.heading,
    content: t.content,
    kind: t.kind,
    timeTexts: t.timeTexts,
    dueDate: calendarDayOrNull(t.dueDate),
    period: hasPeriod ? { startYear: t.periodStartYear, endYear: t.periodEndYear } : null,
    lead: {
      organizationCode: t.leadOrganization?.code ?? null,
      implied: t.leadImplied,
      text: t.leadText,
      scope: t.leadScope,
      scopePhrase: t.leadScopePhrase,
    },
    coordinatorCodes: t.coordinators.map((c) => c.organization.code).sort(),
    genericCoordinators: t.genericCoordinators.map((g) => ({ phrase: g.phrase, scope: g.scope })),
    actionItems: t.actionItems.map((a) => ({
      id: a.id,
      code: a.code,
      content: a.content,
      timeText: a.timeText,
      dueDate: calendarDayOrNull(a.dueDate),
    })),
  };
}

export function serializeOrganization(row: OrganizationRow): ApiOrganization {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    parentCode: row.parent?.code ?? null,
    validFrom: calendarDayOrNull(row.validFrom),
    validTo: calendarDayOrNull(row.validTo),
    successorCodes: row.succeededBy.flatMap((l) => (l.successor ? [l.successor.code] : [])),
    aliases: row.aliases,
  };
}
