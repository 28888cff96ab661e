"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fieldErrorsOf } from "@/features/submissions/action-result";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { compilePeriodReport } from "./compile-report";
import { saveReportBlock, saveReportSettings } from "./edit-report";
import { type ReportFailure, reportFailure } from "./failure";
import { finalizeReport, markReportSent, reopenReport } from "./finalize-report";
import {
  compileReportSchema,
  finalizeReportSchema,
  markSentSchema,
  reopenReportSchema,
  saveBlockSchema,
  saveSettingsSchema,
} from "./schema";

export type ReportActionState = { status: "idle" } | { status: "saved"; at: number } | ReportFailure;
export type BlockActionState = ReportActionState & { text?: string };

const reportPath = (periodId: string) => `/periods/${periodId}/report`;
const entries = (form: FormData) => Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)]));

/** Compile or re-compile; the page then shows what changed. */
export async function compileReportAction(
  _prev: ReportActionState,
  form: FormData,
): Promise<ReportActionState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = compileReportSchema.safeParse(entries(form));
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  try {
    await compilePeriodReport(prisma, actor, parsed.data.periodId, await auditRequestContext());
  } catch (error) {
    return reportFailure(error, "report.compile");
  }
  redirect(`${reportPath(parsed.data.periodId)}?done=compiled`);
}

/** Saves one block; on any refusal the typed text comes back with the answer, so it is never lost. */
export async function saveBlockAction(_prev: BlockActionState, form: FormData): Promise<BlockActionState> {
  const raw = entries(form);
  const text = raw.text ?? "";
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED", text };
  const parsed = saveBlockSchema.safeParse(raw);
  if (!parsed.success)
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, ["text", "key"]),
      text,
    };
  try {
    await saveReportBlock(prisma, actor, parsed.data, await auditRequestContext());
  } catch (error) {
    return { ...reportFailure(error, "report.edit"), text };
  }
  revalidatePath(reportPath(parsed.data.periodId));
  return { status: "saved", at: Date.now(), text: parsed.data.text };
}

const SETTINGS_FIELDS = [
  "number",
  "documentDate",
  "signerAuthority",
  "signerTitle",
  "signerName",
  "recipients",
] as const;

export async function saveSettingsAction(
  _prev: ReportActionState,
  form: FormData,
): Promise<ReportActionState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = saveSettingsSchema.safeParse(entries(form));
  if (!parsed.success)
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, SETTINGS_FIELDS),
    };
  try {
    await saveReportSettings(prisma, actor, parsed.data, await auditRequestContext());
  } catch (error) {
    return reportFailure(error, "report.settings");
  }
  revalidatePath(reportPath(parsed.data.periodId));
  return { status: "saved", at: Date.now() };
}

export async function finalizeReportAction(
  _prev: ReportActionState,
  form: FormData,
): Promise<ReportActionState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = finalizeReportSchema.safeParse(entries(form));
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  try {
    await finalizeReport(prisma, actor, parsed.data, await auditRequestContext());
  } catch (error) {
    return reportFailure(error, "report.finalize");
  }
  redirect(`${reportPath(parsed.data.periodId)}?done=finalized`);
}

export async function markSentAction(_prev: ReportActionState, form: FormData): Promise<ReportActionState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = markSentSchema.safeParse(entries(form));
  if (!parsed.success)
    return {
      status: "error",
      error: "VALIDATION",
      fieldErrors: fieldErrorsOf(parsed.error, ["number", "sentOn"]),
    };
  try {
    await markReportSent(prisma, actor, parsed.data, await auditRequestContext());
  } catch (error) {
    return reportFailure(error, "report.markSent");
  }
  redirect(`${reportPath(parsed.data.periodId)}?done=sent`);
}

export async function reopenReportAction(
  _prev: ReportActionState,
  form: FormData,
): Promise<ReportActionState> {
  const actor = await getActor();
  if (!actor) return { status: "error", error: "UNAUTHENTICATED" };
  const parsed = reopenReportSchema.safeParse(entries(form));
  if (!parsed.success) return { status: "error", error: "VALIDATION" };
  try {
    await reopenReport(prisma, actor, parsed.data, await auditRequestContext());
  } catch (error) {
    return reportFailure(error, "report.reopen");
  }
  redirect(`${reportPath(parsed.data.periodId)}?done=reopened`);
}
