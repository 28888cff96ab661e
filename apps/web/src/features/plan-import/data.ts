import "server-only";
import { type ParsedPlan, parsedPlanSchema } from "@plan-tracker/plan-import";
import { type ReviewedPlan, readStoredReviewedPlan } from "@plan-tracker/plan-import/persist";
import { notFound } from "next/navigation";
import { prisma } from "@/server/db";
import type { SessionActor } from "@/server/session";
import { requireActor } from "@/server/session";
import { canImportPlans } from "./access";

/** The signed-in actor if they may import plans; otherwise the page answers 404. */
export async function requirePlanImporter(): Promise<SessionActor> {
  const actor = await requireActor();
  if (!canImportPlans(actor)) notFound();
  return actor;
}

export interface DirectoryEntry {
  code: string;
  name: string;
  shortName: string;
  aliases: string[];
  kind: string;
}

/** The organization directory the parser matches names against and the review screen offers. */
export async function loadDirectory(): Promise<DirectoryEntry[]> {
  return prisma.organization.findMany({
    select: { code: true, name: true, shortName: true, aliases: true, kind: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
}

export interface ImportDraft {
  id: string;
  planId: string | null;
  fileName: string | null;
  parsed: ParsedPlan;
  reviewed: ReviewedPlan;
  consumedAt: Date | null;
  createdAt: Date;
}

/** A draft is private to the person who uploaded it. */
export async function getDraft(actor: SessionActor, draftId: string): Promise<ImportDraft | null> {
  if (!/^[a-z0-9]{10,40}$/.test(draftId)) return null;
  const row = await prisma.planImportDraft.findUnique({ where: { id: draftId } });
  if (!row || row.createdById !== actor.userId) return null;
  return {
    id: row.id,
    planId: row.planId,
    fileName: row.fileName,
    parsed: parsedPlanSchema.parse(row.parsed),
    reviewed: readStoredReviewedPlan(row.reviewed),
    consumedAt: row.consumedAt,
    createdAt: row.createdAt,
  };
}
