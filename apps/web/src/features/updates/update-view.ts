import { periodLabel } from "@plan-tracker/core/reporting/period-key";
import type { Prisma } from "@plan-tracker/db";
import type { UpdateFields } from "./schema";

/** The update's own columns that a save writes (and reads back with UPDATE … RETURNING). */
export const updateColumnsSelect = {
  id: true,
  version: true,
  status: true,
  percent: true,
  completedOn: true,
  results: true,
  resultScope: true,
  difficulties: true,
  proposals: true,
  updatedAt: true,
} as const satisfies Prisma.ProgressUpdateSelect;

/** The columns every read of an update selects, so views are built the same way everywhere. */
export const updateViewSelect = {
  ...updateColumnsSelect,
  organizationId: true,
  updatedBy: { select: { name: true } },
  carriedFrom: { select: { period: { select: { cycle: true, year: true, index: true } } } },
  citedDocuments: {
    orderBy: { order: "asc" },
    select: { symbol: true, issuedOn: true, issuer: true, summary: true },
  },
  indicatorValues: { select: { indicatorId: true, value: true, note: true } },
  attachments: {
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, createdAt: true },
  },
} satisfies Prisma.ProgressUpdateSelect;

type UpdateRow = Prisma.ProgressUpdateGetPayload<{ select: typeof updateViewSelect }>;

/** What an update is about, by code: the read API names tasks, items and agencies by their codes. */
export const updateIdentitySelect = {
  periodId: true,
  taskId: true,
  actionItemId: true,
  organizationId: true,
  task: { select: { code: true, order: true, leadOrganizationId: true } },
  actionItem: { select: { code: true, order: true } },
  organization: { select: { code: true } },
} satisfies Prisma.ProgressUpdateSelect;

export type UpdateIdentityRow = Prisma.ProgressUpdateGetPayload<{ select: typeof updateIdentitySelect }>;

/** A save reads back its view and its identity in the statement that writes it. */
export const savedUpdateSelect = {
  ...updateViewSelect,
  ...updateIdentitySelect,
} satisfies Prisma.ProgressUpdateSelect;

export interface AttachmentView {
  id: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

/** Plain JSON for the editor and the API (dates as ISO days, decimals as numbers). */
export interface UpdateView extends UpdateFields {
  id: string;
  version: number;
  organizationId: string;
  updatedAt: string;
  updatedByName: string;
  /** The period this text was carried from ("tháng 11/2026") until the agency saves it; else null. */
  carriedFrom: string | null;
  attachments: AttachmentView[];
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toUpdateView(row: UpdateRow): UpdateView {
  return {
    id: row.id,
    version: row.version,
    organizationId: row.organizationId,
    status: row.status,
    percent: row.percent,
    completedOn: isoDay(row.completedOn),
    results: row.results,
    resultScope: row.resultScope,
    difficulties: row.difficulties,
    proposals: row.proposals,
    citedDocuments: row.citedDocuments.map((d) => ({ ...d, issuedOn: isoDay(d.issuedOn) })),
    indicatorValues: row.indicatorValues.map((v) => ({
      indicatorId: v.indicatorId,
      value: Number(v.value),
      note: v.note,
    })),
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedBy.name,
    carriedFrom: row.carriedFrom ? periodLabel(row.carriedFrom.period) : null,
    attachments: row.attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
  };
}
