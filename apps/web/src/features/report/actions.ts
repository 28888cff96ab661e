"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction, formEntries } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { compilePeriodReport } from "./compile-report";
import { saveReportBlock, saveReportSettings } from "./edit-report";
import { REPORT_REFUSALS } from "./failure";
import { finalizeReport, markReportSent, reopenReport } from "./finalize-report";
import {
  compileReportSchema,
  finalizeReportSchema,
  markSentSchema,
  reopenReportSchema,
  saveBlockSchema,
  saveSettingsSchema,
} from "./schema";

export type ReportActionState = ActionState<{ status: "saved"; at: number }>;
/** A block's answers carry its text: on any refusal the typed text comes back, so it is never lost. */
export type BlockActionState = ActionState<
  { status: "saved"; at: number; text: string },
  string,
  { text: string }
>;

const reportPath = (periodId: string) => `/periods/${periodId}/report`;
const entries = (_prev: unknown, form: FormData) => formEntries(form);
const spec = { input: entries, reasons: REPORT_REFUSALS };

/** Compile or re-compile; the page then shows what changed. */
export const compileReportAction = authedAction(
  { ...spec, name: "report.compile", schema: compileReportSchema },
  async ({ actor, input, request }): Promise<never> => {
    await compilePeriodReport(prisma, actor, input.periodId, await request());
    redirect(`${reportPath(input.periodId)}?done=compiled`);
  },
);

/** Saves one block; on any refusal the typed text comes back with the answer, so it is never lost. */
export const saveBlockAction = authedAction(
  {
    ...spec,
    name: "report.edit",
    input: (_prev: BlockActionState, form: FormData) => formEntries(form),
    schema: saveBlockSchema,
    fields: ["text", "key"],
    values: (_prev, form) => ({ text: String(form.get("text") ?? "") }),
  },
  async ({ actor, input, request }) => {
    await saveReportBlock(prisma, actor, input, await request());
    revalidatePath(reportPath(input.periodId));
    return { status: "saved" as const, at: Date.now(), text: input.text };
  },
);

const SETTINGS_FIELDS = [
  "number",
  "documentDate",
  "signerAuthority",
  "signerTitle",
  "signerName",
  "recipients",
] as const;

export const saveSettingsAction = authedAction(
  { ...spec, name: "report.settings", schema: saveSettingsSchema, fields: SETTINGS_FIELDS },
  async ({ actor, input, request }) => {
    await saveReportSettings(prisma, actor, input, await request());
    revalidatePath(reportPath(input.periodId));
    return { status: "saved" as const, at: Date.now() };
  },
);

export const finalizeReportAction = authedAction(
  { ...spec, name: "report.finalize", schema: finalizeReportSchema },
  async ({ actor, input, request }): Promise<never> => {
    await finalizeReport(prisma, actor, input, await request());
    redirect(`${reportPath(input.periodId)}?done=finalized`);
  },
);

export const markSentAction = authedAction(
  { ...spec, name: "report.markSent", schema: markSentSchema, fields: ["number", "sentOn"] },
  async ({ actor, input, request }): Promise<never> => {
    await markReportSent(prisma, actor, input, await request());
    redirect(`${reportPath(input.periodId)}?done=sent`);
  },
);

export const reopenReportAction = authedAction(
  { ...spec, name: "report.reopen", schema: reopenReportSchema },
  async ({ actor, input, request }): Promise<never> => {
    await reopenReport(prisma, actor, input, await request());
    redirect(`${reportPath(input.periodId)}?done=reopened`);
  },
);
