import { searchKey } from "@plan-tracker/core";
import type { PrismaClient } from "@plan-tracker/db";
import type { SeedPlan } from "./data/types";
import { isoDate } from "./isodate";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Writes a plan, its sections, tasks, coordinators and action items in one transaction. Rows are keyed
 * by their codes, so re-running updates in place (progress already reported keeps its task ids).
 */
export async function seedPlan(
  prisma: PrismaClient,
  plan: SeedPlan,
  orgIds: Map<string, string>,
): Promise<string> {
  const org = (code: string) => {
    const id = orgIds.get(code);
    if (!id) throw new Error(`Mã cơ quan không có trong danh mục: ${code}`);
    return id;
  };
  return prisma.$transaction(
    async (tx) => {
      const planData = {
        number: plan.number,
        documentType: plan.documentType,
        place: plan.place,
        issuerId: org(plan.issuerCode),
        signerName: plan.signerName,
        signerTitle: plan.signerTitle,
        title: plan.title,
        preamble: plan.preamble,
        closing: plan.closing,
        recipients: plan.recipients,
        focalOrganizationId: org(plan.focalCode),
        validFromYear: plan.validFromYear,
        validToYear: plan.validToYear,
        reportDueDay: plan.reportDueDay,
        reportDueMonth: plan.reportDueMonth,
        reportingRuleText: plan.reportingRuleText,
        searchKey: searchKey(`${plan.symbol} ${plan.title}`),
      };
      const issuedOn = isoDate(plan.issuedOn);
      const { id: planId } = await tx.plan.upsert({
        where: { symbol_issuedOn: { symbol: plan.symbol, issuedOn } },
        create: { symbol: plan.symbol, issuedOn, ...planData },
        update: planData,
        select: { id: true },
      });

      await tx.planBasisDocument.deleteMany({ where: { planId } });
      await tx.planBasisDocument.createMany({
        data: plan.basisDocuments.map((d, i) => ({
          planId,
          order: i + 1,
          symbol: d.symbol,
          issuedOn: isoDate(d.issuedOn),
          issuerName: d.issuerName,
          title: d.title,
        })),
      });

      const sectionIds = await seedSections(tx, planId, plan);
      for (const [index, task] of plan.tasks.entries()) {
        const sectionCode = sectionCodeOf(task.code, sectionIds);
        const data = {
          sectionId: sectionIds.get(sectionCode) as string,
          label: task.label,
          heading: task.heading,
          content: task.content,
          order: index + 1,
          leadOrganizationId: task.leadCode ? org(task.leadCode) : null,
          leadImplied: task.leadImplied,
          leadText: task.leadText,
          leadScope: task.genericLead?.scope ?? null,
          leadScopePhrase: task.genericLead?.phrase ?? null,
          kind: task.kind,
          timeTexts: task.timeTexts,
          dueDate: isoDate(task.dueDate),
          periodStartYear: task.periodStartYear ?? null,
          periodEndYear: task.periodEndYear ?? null,
          searchKey: searchKey(`${task.code} ${task.heading ?? ""} ${task.content}`),
        };
        const { id: taskId } = await tx.task.upsert({
          where: { planId_code: { planId, code: task.code } },
          create: { planId, code: task.code, ...data },
          update: data,
          select: { id: true },
        });
        await tx.taskCoordinator.deleteMany({ where: { taskId } });
        await tx.taskCoordinator.createMany({
          data: [...new Set(task.coordinatorCodes)].map((code) => ({ taskId, organizationId: org(code) })),
        });
        await tx.taskGenericCoordinator.deleteMany({ where: { taskId } });
        await tx.taskGenericCoordinator.createMany({
          data: task.genericCoordinators.map((g) => ({ taskId, phrase: g.phrase, scope: g.scope })),
        });
        for (const [order, item] of task.actionItems.entries()) {
          const itemData = {
            content: item.content,
            order: order + 1,
            timeText: item.timeText ?? null,
            searchKey: searchKey(`${item.code} ${item.content}`),
          };
          await tx.actionItem.upsert({
            where: { taskId_code: { taskId, code: item.code } },
            create: { taskId, code: item.code, ...itemData },
            update: itemData,
          });
        }
        await tx.actionItem.deleteMany({
          where: {
            taskId,
            code: { notIn: task.actionItems.map((i) => i.code) },
            progressUpdates: { none: {} },
          },
        });
      }
      return planId;
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

async function seedSections(tx: Tx, planId: string, plan: SeedPlan): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // Parents first: the data lists sections in document order, parents before children.
  for (const section of plan.sections) {
    const parentId = section.parentCode ? ids.get(section.parentCode) : null;
    if (section.parentCode && !parentId)
      throw new Error(`Mục cha ${section.parentCode} phải đứng trước ${section.code}`);
    const data = {
      parentId: parentId ?? null,
      number: section.number,
      heading: section.heading,
      body: section.body,
      order: section.order,
      depth: section.code.split(".").length - 1,
      searchKey: searchKey(`${section.code} ${section.heading} ${section.body}`),
    };
    const { id } = await tx.section.upsert({
      where: { planId_code: { planId, code: section.code } },
      create: { planId, code: section.code, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(section.code, id);
  }
  return ids;
}

/** The deepest section whose code prefixes the task's code ("II.4.a" → "II.4"; "II.3" → "II.3"). */
function sectionCodeOf(taskCode: string, sections: Map<string, string>): string {
  const parts = taskCode.split(".");
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join(".");
    if (sections.has(candidate)) return candidate;
  }
  throw new Error(`Không tìm thấy mục chứa nhiệm vụ ${taskCode}`);
}
