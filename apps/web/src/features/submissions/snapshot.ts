import { createHash } from "node:crypto";
import { REPORTED_STATUSES, type ReportedStatus } from "@plan-tracker/core";
import { canonicalJson } from "@plan-tracker/core/reporting/canonical-json";
import { periodLabel, type ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import { z } from "zod";

/**
 * Names the shape of a snapshot's content, so a reader can tell versions apart. Version 1 is the demo
 * seed's leaner shape (prisma/seed/demo-progress/snapshot.ts), read through `asSubmissionContent`.
 */
export const SNAPSHOT_SCHEMA = "plan-tracker/submission-snapshot@2";
export const SNAPSHOT_SCHEMA_V1 = "plan-tracker/submission-snapshot@1";

/**
 * The agency's report as it is sent: every update of the agency in the period with its cited documents,
 * indicator values and evidence metadata, the cover summary and the expected tasks left without an
 * update. Plain JSON (dates as ISO strings, decimals as strings), with names copied in, so a snapshot
 * reads the same after agencies, users or tasks are renamed. Built from the live data for the draft view
 * and frozen as it is at submission.
 */
export interface SubmissionContent {
  /** Always version 2 when written; version 1 only as read back from the demo seed's snapshots. */
  schema: typeof SNAPSHOT_SCHEMA | typeof SNAPSHOT_SCHEMA_V1;
  period: { id: string; year: number; planId: string; planSymbol: string };
  organization: { id: string; code: string; name: string; shortName: string };
  coverSummary: string;
  updates: SubmittedUpdate[];
  /** Tasks the agency leads or coordinates without any update from it ("chưa cập nhật"). */
  missingTasks: { taskId: string; code: string; title: string; role: ReporterRole }[];
}

export type ReporterRole = "lead" | "coordinate";
export type ResultScope = "PERIOD" | "CUMULATIVE";

export interface SubmittedUpdate {
  id: string;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  role: ReporterRole;
  /** "task" for the task itself, otherwise the action item's id. */
  subjectKey: string;
  actionItem: { id: string; code: string; content: string } | null;
  status: ReportedStatus;
  percent: number | null;
  /** ISO date. */
  completedOn: string | null;
  results: string;
  /** Absent in snapshots written before results had a scope: this period's. */
  resultScope?: ResultScope;
  /** The period the text was carried from, when the agency sent it without reviewing it ("tháng 11/2026"). */
  carriedFrom?: string;
  difficulties: string;
  proposals: string;
  version: number;
  /** ISO instant. */
  updatedAt: string;
  updatedBy: { id: string; name: string };
  citedDocuments: {
    order: number;
    symbol: string;
    issuedOn: string | null;
    issuer: string;
    summary: string;
  }[];
  indicatorValues: { indicatorId: string; name: string; unit: string; value: string; note: string }[];
  attachments: { id: string; fileName: string; mimeType: string; size: number; sha256: string }[];
}

/** SHA-256 (lower-case hex) of the canonical JSON of a value: what `SubmissionSnapshot.sha256` holds. */
export function contentChecksum(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}

/** Whether a stored snapshot still matches its checksum (content read back from the jsonb column). */
export function verifySnapshot(snapshot: { content: unknown; sha256: string }): boolean {
  return contentChecksum(snapshot.content) === snapshot.sha256;
}

/**
 * What the approver signs off: the updates and the tasks left without one, not the cover summary (sent
 * with the same form). The submit form carries the digest of what the page showed; a submission whose
 * live content no longer matches it is refused, so nobody sends text they have not seen.
 */
export function reviewDigest(content: Pick<SubmissionContent, "updates" | "missingTasks">): string {
  return contentChecksum({ updates: content.updates, missingTasks: content.missingTasks });
}

/** The digest of a cover summary text, so a save can tell whether someone else changed it meanwhile. */
export function coverDigest(coverSummary: string): string {
  return createHash("sha256").update(coverSummary, "utf8").digest("hex");
}

// --- Building the content from database rows (plain inputs, so it is tested without a database) ---

export interface UpdateRow {
  id: string;
  taskId: string;
  subjectKey: string;
  status: ReportedStatus;
  percent: number | null;
  completedOn: Date | null;
  results: string;
  resultScope: ResultScope;
  carriedFrom: { period: { cycle: ReportingCycle; year: number; index: number } } | null;
  difficulties: string;
  proposals: string;
  version: number;
  updatedAt: Date;
  updatedBy: { id: string; name: string };
  task: { code: string; heading: string | null; content: string; order: number };
  actionItem: { id: string; code: string; content: string; order: number } | null;
  citedDocuments: {
    order: number;
    symbol: string;
    issuedOn: Date | null;
    issuer: string;
    summary: string;
  }[];
  indicatorValues: {
    indicatorId: string;
    value: { toString(): string };
    note: string;
    indicator: { name: string; unit: string; order: number };
  }[];
  attachments: {
    id: string;
    fileName: string;
    mimeType: string;
    size: number;
    sha256: string;
    createdAt: Date;
  }[];
}

export interface ExpectedTask {
  id: string;
  code: string;
  heading: string | null;
  content: string;
  order: number;
  role: ReporterRole;
}

export interface ContentInput {
  period: SubmissionContent["period"];
  organization: SubmissionContent["organization"];
  coverSummary: string;
  /** The tasks the agency is expected to report on, with its role in each. */
  expectedTasks: readonly ExpectedTask[];
  updates: readonly UpdateRow[];
}

const TITLE_LENGTH = 160;

/** A task's title: its heading, or the start of its verbatim content. */
export function taskTitle(task: { heading: string | null; content: string }): string {
  if (task.heading?.trim()) return task.heading.trim();
  const text = task.content.replace(/\s+/g, " ").trim();
  return text.length > TITLE_LENGTH ? `${text.slice(0, TITLE_LENGTH - 1)}…` : text;
}

const isoDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The content, in a fixed order whatever order the rows came in: tasks in plan order, the task's own
 * update before its action items (in their order), then by id.
 */
export function buildSubmissionContent(input: ContentInput): SubmissionContent {
  const roleOf = new Map(input.expectedTasks.map((t) => [t.id, t.role]));
  const updates = [...input.updates].sort(
    (a, b) =>
      a.task.order - b.task.order ||
      byCodeUnits(a.task.code, b.task.code) ||
      (a.actionItem?.order ?? -1) - (b.actionItem?.order ?? -1) ||
      byCodeUnits(a.id, b.id),
  );
  const updatedTasks = new Set(updates.map((u) => u.taskId));
  return {
    schema: SNAPSHOT_SCHEMA,
    period: input.period,
    organization: input.organization,
    coverSummary: input.coverSummary,
    updates: updates.map((u) => ({
      id: u.id,
      taskId: u.taskId,
      taskCode: u.task.code,
      taskTitle: taskTitle(u.task),
      // An update on a task the agency is no longer assigned to (plan corrected) still counts as its own.
      role: roleOf.get(u.taskId) ?? "coordinate",
      subjectKey: u.subjectKey,
      actionItem: u.actionItem
        ? { id: u.actionItem.id, code: u.actionItem.code, content: u.actionItem.content }
        : null,
      status: u.status,
      percent: u.percent,
      completedOn: isoDay(u.completedOn),
      results: u.results,
      resultScope: u.resultScope,
      ...(u.carriedFrom ? { carriedFrom: periodLabel(u.carriedFrom.period) } : {}),
      difficulties: u.difficulties,
      proposals: u.proposals,
      version: u.version,
      updatedAt: u.updatedAt.toISOString(),
      updatedBy: { id: u.updatedBy.id, name: u.updatedBy.name },
      citedDocuments: [...u.citedDocuments]
        .sort((a, b) => a.order - b.order)
        .map((d) => ({
          order: d.order,
          symbol: d.symbol,
          issuedOn: isoDay(d.issuedOn),
          issuer: d.issuer,
          summary: d.summary,
        })),
      indicatorValues: [...u.indicatorValues]
        .sort((a, b) => a.indicator.order - b.indicator.order || byCodeUnits(a.indicatorId, b.indicatorId))
        .map((v) => ({
          indicatorId: v.indicatorId,
          name: v.indicator.name,
          unit: v.indicator.unit,
          value: v.value.toString(),
          note: v.note,
        })),
      attachments: [...u.attachments]
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || byCodeUnits(a.id, b.id))
        .map((f) => ({
          id: f.id,
          fileName: f.fileName,
          mimeType: f.mimeType,
          size: f.size,
          sha256: f.sha256,
        })),
    })),
    missingTasks: [...input.expectedTasks]
      .filter((t) => !updatedTasks.has(t.id))
      .sort((a, b) => a.order - b.order || byCodeUnits(a.code, b.code))
      .map((t) => ({ taskId: t.id, code: t.code, title: taskTitle(t), role: t.role })),
  };
}

/**
 * Reads a stored snapshot's content back for display. Snapshots are kept forever, so every shape ever
 * written is read: version 2 as is; version 1 (the demo seed's: no titles, editors, indicators,
 * evidence or missing tasks) with those left empty, which the views leave out.
 */
export function asSubmissionContent(value: unknown): SubmissionContent {
  const current = submissionContentSchema.safeParse(value);
  if (current.success) return current.data;
  const v1 = snapshotV1Schema.safeParse(value);
  if (v1.success) return fromV1(v1.data);
  throw new TypeError(`Not a submission snapshot of a known schema: ${z.prettifyError(current.error)}`);
}

const isoDateOrNull = z.string().nullable();

/** Version 2, as `buildSubmissionContent` writes it (checked against SubmissionContent by its annotation). */
export const submissionContentSchema: z.ZodType<SubmissionContent> = z.object({
  schema: z.literal(SNAPSHOT_SCHEMA),
  period: z.object({ id: z.string(), year: z.number(), planId: z.string(), planSymbol: z.string() }),
  organization: z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string() }),
  coverSummary: z.string(),
  updates: z.array(
    z.object({
      id: z.string(),
      taskId: z.string(),
      taskCode: z.string(),
      taskTitle: z.string(),
      role: z.enum(["lead", "coordinate"]),
      subjectKey: z.string(),
      actionItem: z.object({ id: z.string(), code: z.string(), content: z.string() }).nullable(),
      status: z.enum(REPORTED_STATUSES),
      percent: z.number().nullable(),
      completedOn: isoDateOrNull,
      results: z.string(),
      resultScope: z.enum(["PERIOD", "CUMULATIVE"]).optional(),
      carriedFrom: z.string().optional(),
      difficulties: z.string(),
      proposals: z.string(),
      version: z.number(),
      updatedAt: z.string(),
      updatedBy: z.object({ id: z.string(), name: z.string() }),
      citedDocuments: z.array(
        z.object({
          order: z.number(),
          symbol: z.string(),
          issuedOn: isoDateOrNull,
          issuer: z.string(),
          summary: z.string(),
        }),
      ),
      indicatorValues: z.array(
        z.object({
          indicatorId: z.string(),
          name: z.string(),
          unit: z.string(),
          value: z.string(),
          note: z.string(),
        }),
      ),
      attachments: z.array(
        z.object({
          id: z.string(),
          fileName: z.string(),
          mimeType: z.string(),
          size: z.number(),
          sha256: z.string(),
        }),
      ),
    }),
  ),
  missingTasks: z.array(
    z.object({
      taskId: z.string(),
      code: z.string(),
      title: z.string(),
      role: z.enum(["lead", "coordinate"]),
    }),
  ),
});

/** Version 1, the demo seed's leaner shape (prisma/seed/demo-progress/snapshot.ts). */
const snapshotV1Schema = z.object({
  schema: z.literal(SNAPSHOT_SCHEMA_V1),
  plan: z.object({ symbol: z.string().optional() }).optional(),
  period: z.object({ year: z.number().optional() }).optional(),
  organization: z
    .object({ id: z.string().optional(), code: z.string().optional(), name: z.string().optional() })
    .optional(),
  coverSummary: z.string().optional(),
  submittedAt: z.string().optional(),
  updates: z.array(
    z.object({
      id: z.string(),
      taskCode: z.string(),
      actionItemCode: z.string().nullable(),
      role: z.enum(["lead", "coordinator"]),
      status: z.enum(REPORTED_STATUSES),
      percent: z.number().nullable(),
      completedOn: isoDateOrNull,
      results: z.string().optional(),
      difficulties: z.string().optional(),
      proposals: z.string().optional(),
      version: z.number().optional(),
      citedDocuments: z
        .array(
          z.object({
            symbol: z.string(),
            issuedOn: isoDateOrNull,
            issuer: z.string().optional(),
            summary: z.string().optional(),
          }),
        )
        .optional(),
    }),
  ),
});

type SnapshotV1 = z.infer<typeof snapshotV1Schema>;

function fromV1(v1: SnapshotV1): SubmissionContent {
  return {
    schema: SNAPSHOT_SCHEMA_V1,
    period: { id: "", year: v1.period?.year ?? 0, planId: "", planSymbol: v1.plan?.symbol ?? "" },
    organization: {
      id: v1.organization?.id ?? "",
      code: v1.organization?.code ?? "",
      name: v1.organization?.name ?? "",
      shortName: v1.organization?.name ?? "",
    },
    coverSummary: v1.coverSummary ?? "",
    updates: v1.updates.map((u) => ({
      id: u.id,
      taskId: "",
      taskCode: u.taskCode,
      taskTitle: "",
      role: u.role === "lead" ? "lead" : "coordinate",
      subjectKey: u.actionItemCode ?? "task",
      actionItem: u.actionItemCode ? { id: "", code: u.actionItemCode, content: "" } : null,
      status: u.status,
      percent: u.percent,
      completedOn: u.completedOn,
      results: u.results ?? "",
      difficulties: u.difficulties ?? "",
      proposals: u.proposals ?? "",
      version: u.version ?? 1,
      updatedAt: v1.submittedAt ?? "",
      updatedBy: { id: "", name: "" },
      citedDocuments: (u.citedDocuments ?? []).map((d, order) => ({
        order,
        symbol: d.symbol,
        issuedOn: d.issuedOn,
        issuer: d.issuer ?? "",
        summary: d.summary ?? "",
      })),
      indicatorValues: [],
      attachments: [],
    })),
    missingTasks: [],
  };
}
