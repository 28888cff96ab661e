"use client";

import { formatNumber } from "@plan-tracker/core";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FileField, TextareaField } from "@/components/ui/field";
import { type UploadState, uploadPlanAction } from "../actions";
import type { UploadErrorCode } from "../schema";
import { uploadFailure } from "./error-keys";

export interface UploadFormProps {
  limitMb: number;
  /** Set for a re-import of this plan. */
  planId?: string;
}

/** A file or pasted text → the parse, stored as a draft; the action then opens the review. */
export function UploadForm({ limitMb, planId }: UploadFormProps) {
  const t = useTranslations("planImport");
  const [state, action, pending] = useActionState<UploadState, FormData>(uploadPlanAction, {
    status: "idle",
  });
  const [text, setText] = useState("");
  // Checked before sending: a file over the limit would otherwise be cut off by the server's body limit.
  const [local, setLocal] = useState<{ error: UploadErrorCode; sizeMb?: number } | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const failure = local ?? (state.status === "error" ? uploadFailure(state) : null);
  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);
  useEffect(() => {
    if (state.status === "error") setText(state.values?.text ?? "");
  }, [state]);

  const message = failure
    ? failure.error === "TOO_LARGE"
      ? failure.sizeMb !== undefined
        ? t("errors.TOO_LARGE", { size: formatMb(failure.sizeMb), limit: limitMb })
        : t("errors.TOO_LARGE_NO_SIZE", { limit: limitMb })
      : t(`errors.${failure.error}`)
    : null;

  return (
    <form
      action={action}
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
        const file = input?.files?.[0];
        if (!file && text.trim() === "") {
          event.preventDefault();
          setLocal({ error: "NO_INPUT" });
          return;
        }
        if (file && file.size > limitMb * 1024 * 1024) {
          event.preventDefault();
          setLocal({ error: "TOO_LARGE", sizeMb: Math.round((file.size / 1024 / 1024) * 10) / 10 });
          return;
        }
        setLocal(null);
      }}
    >
      {planId ? <input type="hidden" name="planId" value={planId} /> : null}
      {message ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {message}
        </Alert>
      ) : null}
      <FileField
        id="plan-file"
        name="file"
        label={t("fileLabel", { limit: limitMb })}
        hint={t("fileHelp")}
        accept=".docx,.txt,.md,.markdown,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={() => setLocal(null)}
      />
      <p className="text-sm font-semibold text-slate-700">{t("or")}</p>
      <TextareaField
        id="plan-text"
        name="text"
        label={t("textLabel")}
        hint={t("textHelp")}
        rows={12}
        value={text}
        onChange={(e) => setText(e.target.value)}
        controlClassName="font-serif"
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

function formatMb(value: number): string {
  return formatNumber(value, 1);
}
