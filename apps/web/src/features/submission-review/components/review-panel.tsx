"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, ConfirmDialogCancel } from "@/components/ui/confirm-dialog";
import { TextareaField } from "@/components/ui/field";
import {
  type AcceptSubmissionState,
  acceptSubmissionAction,
  type ReturnSubmissionState,
  returnSubmissionAction,
} from "../actions";
import { RETURN_REASON_MAX } from "../schema";

export interface ReviewPanelProps {
  periodId: string;
  organizationId: string;
  organizationName: string;
  /** The snapshot the compiler is reading: the decision is about this one. */
  sequence: number;
}

/** Trả lại (with a required reason) or Tiếp nhận (after a confirmation) of a submitted report. */
export function ReviewPanel(props: ReviewPanelProps) {
  const t = useTranslations("review");
  const tSubmission = useTranslations("submission");
  const tErrors = useTranslations("errors");
  const [returnState, sendReturn, returning] = useActionState<ReturnSubmissionState, FormData>(
    returnSubmissionAction,
    { status: "idle" },
  );
  const [acceptState, sendAccept, accepting] = useActionState<AcceptSubmissionState, FormData>(
    acceptSubmissionAction,
    { status: "idle" },
  );
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [last, setLast] = useState<"return" | "accept" | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const pending = returning || accepting;

  const state = last === "return" ? returnState : last === "accept" ? acceptState : null;
  const failure = state?.status === "error" ? state : null;
  const reasonError =
    last === "return" && returnState.status === "error" && returnState.fieldErrors?.reason
      ? t(`errors.${returnState.fieldErrors.reason}` as "errors.reasonRequired")
      : undefined;
  const message =
    failure && !reasonError
      ? failure.reason
        ? tSubmission(`errors.${failure.reason}`)
        : tErrors(failure.error)
      : null;

  useEffect(() => {
    if (!failure) return;
    if (reasonError) document.getElementById("return-reason")?.focus();
    else alertRef.current?.focus();
  }, [failure, reasonError]);

  const hidden = (
    <>
      <input type="hidden" name="periodId" value={props.periodId} />
      <input type="hidden" name="organizationId" value={props.organizationId} />
      <input type="hidden" name="sequence" value={props.sequence} />
    </>
  );

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700">{t("decision.help")}</p>
      {message ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {message}
        </Alert>
      ) : null}
      <form
        method="post"
        noValidate
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          setLast("return");
          const data = new FormData(event.currentTarget);
          startTransition(() => sendReturn(data));
        }}
      >
        {hidden}
        <TextareaField
          id="return-reason"
          name="reason"
          label={t("decision.reason")}
          hint={t("decision.reasonHelp")}
          error={reasonError}
          rows={4}
          required
          maxLength={RETURN_REASON_MAX}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="danger" disabled={pending}>
            {returning ? t("decision.returning") : t("decision.return")}
          </Button>
          <Button disabled={pending} onClick={() => setConfirming(true)}>
            {accepting ? t("decision.accepting") : t("decision.accept")}
          </Button>
        </div>
      </form>

      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("decision.confirmTitle", { org: props.organizationName })}
        description={t("decision.confirmBody")}
        actions={
          <form
            method="post"
            className="flex justify-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              setLast("accept");
              setConfirming(false);
              const data = new FormData(event.currentTarget);
              startTransition(() => sendAccept(data));
            }}
          >
            {hidden}
            <ConfirmDialogCancel>{t("decision.cancel")}</ConfirmDialogCancel>
            <Button type="submit">{t("decision.accept")}</Button>
          </form>
        }
      />
    </div>
  );
}
