"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field, TextareaField } from "@/components/ui/field";
import {
  compileReportAction,
  finalizeReportAction,
  markSentAction,
  type ReportActionState,
  reopenReportAction,
  saveSettingsAction,
} from "../actions";

type Action = (prev: ReportActionState, form: FormData) => Promise<ReportActionState>;
const idle: ReportActionState = { status: "idle" };

function useReportAction(action: Action) {
  const t = useTranslations("report");
  const tErrors = useTranslations("errors");
  const [state, run, pending] = useActionState<ReportActionState, FormData>(action, idle);
  const failure = state.status === "error" ? state : null;
  const message = failure ? (failure.reason ? t(`errors.${failure.reason}`) : tErrors(failure.error)) : null;
  const fieldError = (field: string) => {
    const key = failure?.fieldErrors?.[field];
    return key ? t(`errors.${key}` as "errors.tooLong") : undefined;
  };
  return { state, run, pending, message, fieldError };
}

function ActionError({ message }: { message: string | null }) {
  return message ? <Alert>{message}</Alert> : null;
}

function Hidden({ periodId, version }: { periodId: string; version?: number }) {
  return (
    <>
      <input type="hidden" name="periodId" value={periodId} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
    </>
  );
}

export function CompileForm({ periodId, again }: { periodId: string; again: boolean }) {
  const t = useTranslations("report");
  const { run, pending, message } = useReportAction(compileReportAction);
  return (
    <form action={run} className="flex flex-col gap-2">
      <Hidden periodId={periodId} />
      <Button
        type="submit"
        disabled={pending}
        variant={again ? "secondary" : "primary"}
        className="self-start"
      >
        {pending ? t("compiling") : again ? t("recompile") : t("compile")}
      </Button>
      <ActionError message={message} />
    </form>
  );
}

export function FinalizeForm({
  periodId,
  version,
  warning,
}: {
  periodId: string;
  version: number;
  warning?: ReactNode;
}) {
  const t = useTranslations("report.finalize");
  const { run, pending, message } = useReportAction(finalizeReportAction);
  return (
    <form action={run} className="flex flex-col gap-2">
      <Hidden periodId={periodId} version={version} />
      <p className="text-sm text-slate-700">{t("help")}</p>
      {warning}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("pending") : t("submit")}
      </Button>
      <ActionError message={message} />
    </form>
  );
}

export function ReopenForm({ periodId, version }: { periodId: string; version: number }) {
  const t = useTranslations("report.reopen");
  const { run, pending, message } = useReportAction(reopenReportAction);
  return (
    <form action={run} className="flex flex-col gap-2">
      <Hidden periodId={periodId} version={version} />
      <p className="text-sm text-slate-700">{t("help")}</p>
      <Button type="submit" variant="secondary" disabled={pending} className="self-start">
        {t("submit")}
      </Button>
      <ActionError message={message} />
    </form>
  );
}

export function MarkSentForm(props: { periodId: string; version: number; number: string; today: string }) {
  const t = useTranslations("report.sent");
  const { run, pending, message, fieldError } = useReportAction(markSentAction);
  return (
    <form action={run} className="flex flex-col gap-3">
      <Hidden periodId={props.periodId} version={props.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id="sent-number"
          name="number"
          label={t("number")}
          defaultValue={props.number}
          inputMode="numeric"
          required
          error={fieldError("number")}
        />
        <DateField
          id="sent-on"
          name="sentOn"
          label={t("sentOn")}
          defaultValue={props.today}
          required
          error={fieldError("sentOn")}
        />
      </div>
      <Button type="submit" disabled={pending} className="self-start">
        {t("submit")}
      </Button>
      <ActionError message={message} />
    </form>
  );
}

export interface SettingsValues {
  number: string;
  documentDate: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  recipients: string;
}

export function SettingsForm({
  periodId,
  version,
  values,
}: {
  periodId: string;
  version: number;
  values: SettingsValues;
}) {
  const t = useTranslations("report.settings");
  const { state, run, pending, message, fieldError } = useReportAction(saveSettingsAction);
  const recipientsError = fieldError("recipients");
  return (
    <form action={run} className="flex flex-col gap-3">
      <Hidden periodId={periodId} version={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <Field
            id="report-number"
            name="number"
            label={t("number")}
            defaultValue={values.number}
            inputMode="numeric"
            error={fieldError("number")}
            aria-describedby="report-number-help"
          />
          <p id="report-number-help" className="text-xs text-slate-700">
            {t("numberHelp")}
          </p>
        </div>
        <DateField
          id="report-date"
          name="documentDate"
          label={t("documentDate")}
          defaultValue={values.documentDate}
          error={fieldError("documentDate")}
        />
        <Field
          id="report-authority"
          name="signerAuthority"
          label={t("signerAuthority")}
          defaultValue={values.signerAuthority}
          error={fieldError("signerAuthority")}
        />
        <Field
          id="report-title"
          name="signerTitle"
          label={t("signerTitle")}
          defaultValue={values.signerTitle}
          error={fieldError("signerTitle")}
        />
        <Field
          id="report-signer"
          name="signerName"
          label={t("signerName")}
          defaultValue={values.signerName}
          error={fieldError("signerName")}
          className="sm:col-span-2"
        />
      </div>
      <TextareaField
        id="report-recipients"
        name="recipients"
        label={t("recipients")}
        error={recipientsError}
        defaultValue={values.recipients}
        rows={6}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        {state.status === "saved" ? (
          <span role="status" className="text-sm text-emerald-800">
            {t("saved")}
          </span>
        ) : null}
      </div>
      <ActionError message={message} />
    </form>
  );
}
