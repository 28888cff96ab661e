"use client";

import { formatTime } from "@plan-tracker/core";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, ConfirmDialogCancel } from "@/components/ui/confirm-dialog";
import { TextareaField } from "@/components/ui/field";
import { type SaveCoverState, type SubmitReportState, saveCoverAction, submitReportAction } from "../actions";
import { COVER_SUMMARY_MAX } from "../schema";

export interface SubmissionFormProps {
  periodId: string;
  organizationId: string;
  coverSummary: string;
  coverBase: string;
  reviewedDigest: string;
  canSubmit: boolean;
  focalName: string;
  updateCount: number;
  missingCount: number;
}

/**
 * The cover summary (saved as a draft by staff and approver) and, for whoever may submit, "Gửi báo cáo"
 * behind a confirmation. Both send the same form: the text typed, the digest of the summary it started
 * from, and the digest of the updates the page showed.
 */
export function SubmissionForm(props: SubmissionFormProps) {
  const t = useTranslations("submission");
  const tErrors = useTranslations("errors");
  const [saveState, save, saving] = useActionState<SaveCoverState, FormData>(saveCoverAction, {
    status: "idle",
  });
  const [submitState, submit, submitting] = useActionState<SubmitReportState, FormData>(submitReportAction, {
    status: "idle",
  });
  const [confirming, setConfirming] = useState(false);
  // Controlled: nothing typed is lost to a refusal or to the page refreshing after a save.
  const [text, setText] = useState(props.coverSummary);
  // Which action spoke last, so an older message of the other does not linger.
  const [last, setLast] = useState<"save" | "submit" | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const pending = saving || submitting;

  const state = last === "submit" ? submitState : last === "save" ? saveState : null;
  const failure = state?.status === "error" ? state : null;

  useEffect(() => {
    if (failure) {
      if (failure.fieldErrors?.coverSummary) document.getElementById("cover-summary")?.focus();
      else alertRef.current?.focus();
    }
  }, [failure]);

  const message = (() => {
    if (!failure) return null;
    if (failure.reason) return t(`errors.${failure.reason}`);
    const field = failure.fieldErrors?.coverSummary;
    if (field) return null;
    return tErrors(failure.error);
  })();
  const fieldError = failure?.fieldErrors?.coverSummary
    ? t(`errors.${failure.fieldErrors.coverSummary}` as "errors.coverTooLong")
    : undefined;

  // A successful submit redirects: the page itself then says so.
  const status =
    last === "save" && saveState.status === "saved"
      ? t("cover.saved", { time: formatTime(new Date(saveState.at)) })
      : "";

  function confirmSubmit() {
    const form = formRef.current;
    if (!form) return;
    setLast("submit");
    setConfirming(false);
    const data = new FormData(form);
    startTransition(() => submit(data));
  }

  return (
    <div className="flex flex-col gap-4">
      {message ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {message}
        </Alert>
      ) : null}
      <form
        ref={formRef}
        method="post"
        onSubmit={(event) => {
          event.preventDefault();
          setLast("save");
          const data = new FormData(event.currentTarget);
          startTransition(() => save(data));
        }}
        className="flex flex-col gap-3"
        noValidate
      >
        <input type="hidden" name="periodId" value={props.periodId} />
        <input type="hidden" name="organizationId" value={props.organizationId} />
        <input type="hidden" name="coverBase" value={props.coverBase} />
        <input type="hidden" name="reviewedDigest" value={props.reviewedDigest} />
        <TextareaField
          id="cover-summary"
          name="coverSummary"
          label={t("cover.label")}
          hint={t("cover.help")}
          error={fieldError}
          rows={6}
          maxLength={COVER_SUMMARY_MAX}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" disabled={pending}>
            {saving ? t("cover.saving") : t("cover.save")}
          </Button>
          {props.canSubmit ? (
            <Button disabled={pending} onClick={() => setConfirming(true)}>
              {submitting ? t("cover.submitting") : t("cover.submit")}
            </Button>
          ) : null}
        </div>
        {!props.canSubmit ? <p className="text-sm text-slate-700">{t("cover.staffNote")}</p> : null}
      </form>
      <p role="status" className={status ? "text-sm font-semibold text-emerald-900" : "sr-only"}>
        {status}
      </p>

      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        wide
        title={t("confirm.title", { focal: props.focalName })}
        description={
          <>
            <p>{t("confirm.body", { updates: props.updateCount })}</p>
            {props.missingCount ? (
              <p className="font-semibold text-amber-900">
                {t("confirm.missing", { count: props.missingCount })}
              </p>
            ) : null}
            <p>{t("confirm.lock")}</p>
          </>
        }
        actions={
          <div className="flex justify-end gap-2">
            <ConfirmDialogCancel>{t("confirm.cancel")}</ConfirmDialogCancel>
            <Button onClick={confirmSubmit}>{t("confirm.confirm")}</Button>
          </div>
        }
      />
    </div>
  );
}
