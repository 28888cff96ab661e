/**
 * A plan in the database in the reviewed-plan shape, so a revised document can be compared with it field
 * by field. Each task says whether anything has been reported on it (progress on the task or its action
 * items, comments, directives): such a task is never deleted by a re-import.
 */

import type { ReviewedPlan, ReviewedSection, ReviewedTask } from "./reviewed-plan";
import { isoOf, type Tx } from "./rows";

export interface ExistingTask extends ReviewedTask {
  id: string;
  hasProgress: boolean;
  retired: boolean;
  /** Action item code → whether progress was reported on it. */
  itemProgress: Record<string, boolean>;
}
export interface ExistingSection extends ReviewedSection {
  id: string;
}
export interface ExistingPlan extends Omit<ReviewedPlan, "tasks" | "sections" | "newOrganizations"> {
  id: string;
  sections: ExistingSection[];
  tasks: ExistingTask[];
}

export async function loadExistingPlan(tx: Tx, planId: string): Promise<ExistingPlan | null> {
  const plan = await tx.plan.findUnique({
    where: { id: planId },
    include: {
      issuer: { select: { code: true } },
      focalOrganization: { select: { code: true } },
      basisDocuments: { orderBy: { order: "asc" } },
      sections: { orderBy: [{ depth: "asc" }, { order: "asc" }] },
    },
  });
  if (!plan) return null;
  const tasks = await tx.task.findMany({
    where: { planId },
    orderBy: { order: "asc" },
    include: {
      section: { select: { code: true } },
      leadOrganization: { select: { code: true } },
      coordinators: { select: { organization: { select: { code: true } } } },
      genericCoordinators: { select: { phrase: true, scope: true }, orderBy: { id: "asc" } },
      actionItems: {
        orderBy: { order: "asc" },
        include: { _count: { select: { progressUpdates: true } } },
      },
      _count: { select: { progressUpdates: true, comments: true, directives: true } },
    },
  });
  const sectionCode = new Map(plan.sections.map((s) => [s.id, s.code]));
  return {
    id: plan.id,
    symbol: plan.symbol,
    documentType: plan.documentType,
    issuedOn: isoOf(plan.issuedOn),
    place: plan.place,
    issuerCode: plan.issuer.code,
    signerName: plan.signerName,
    signerTitle: plan.signerTitle,
    title: plan.title,
    preamble: plan.preamble,
    closing: plan.closing,
    recipients: plan.recipients,
    focalCode: plan.focalOrganization.code,
    validFromYear: plan.validFromYear,
    validToYear: plan.validToYear,
    reportingCycles: plan.reportingCycles,
    reportDueDay: plan.reportDueDay,
    reportDueMonth: plan.reportDueMonth,
    reportingRuleText: plan.reportingRuleText,
    basisDocuments: plan.basisDocuments.map((d) => ({
      symbol: d.symbol,
      issuedOn: isoOf(d.issuedOn),
      issuerName: d.issuerName,
      title: d.title,
    })),
    sections: plan.sections.map((s) => ({
      id: s.id,
      code: s.code,
      number: s.number,
      heading: s.heading,
      body: s.body,
      parentCode: s.parentId ? (sectionCode.get(s.parentId) ?? null) : null,
      order: s.order,
    })),
    tasks: tasks.map((t) => {
      const itemProgress = Object.fromEntries(
        t.actionItems.map((i) => [i.code, i._count.progressUpdates > 0]),
      );
      return {
        id: t.id,
        code: t.code,
        label: t.label,
        heading: t.heading,
        content: t.content,
        sectionCode: t.section.code,
        leadCode: t.leadOrganization?.code ?? null,
        leadImplied: t.leadImplied,
        leadText: t.leadText,
        leadScope: t.leadScope,
        leadScopePhrase: t.leadScopePhrase,
        coordinatorCodes: t.coordinators.map((c) => c.organization.code),
        genericCoordinators: t.genericCoordinators,
        kind: t.kind,
        timeTexts: t.timeTexts,
        dueDate: isoOf(t.dueDate),
        periodStartYear: t.periodStartYear,
        periodEndYear: t.periodEndYear,
        actionItems: t.actionItems.map((i) => ({ code: i.code, content: i.content, timeText: i.timeText })),
        confidence: 1,
        span: null,
        hasProgress:
          t._count.progressUpdates + t._count.comments + t._count.directives > 0 ||
          Object.values(itemProgress).some(Boolean),
        retired: t.retiredAt !== null,
        itemProgress,
      };
    }),
    sourceText: plan.sourceText ?? "",
  };
}
