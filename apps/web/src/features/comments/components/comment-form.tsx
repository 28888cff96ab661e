"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { type CreateCommentState, createCommentAction } from "../actions";
import { COMMENT_MAX, type CommentTargetKind } from "../schema";

/** Writes a comment on the thread's target; the thread refreshes when it is posted. */
export function CommentForm({ targetKind, targetId }: { targetKind: CommentTargetKind; targetId: string }) {
  const t = useTranslations("comments");
  const tErrors = useTranslations("errors");
  const [state, dispatch, pending] = useActionState<CreateCommentState, FormData>(createCommentAction, {
    status: "idle",
  });
  const [body, setBody] = useState("");
  const alertRef = useRef<HTMLDivElement>(null);
  const fieldId = `comment-body-${targetKind}-${targetId}`;
  const failure = state.status === "error" ? state : null;
  const fieldError = failure?.fieldErrors?.body
    ? t(`errors.${failure.fieldErrors.body}` as "errors.bodyRequired")
    : undefined;

  useEffect(() => {
    if (state.status === "created") setBody("");
    if (state.status === "error") {
      if (state.fieldErrors?.body) document.getElementById(fieldId)?.focus();
      else alertRef.current?.focus();
    }
  }, [state, fieldId]);

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
    >
      {failure && !fieldError ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {tErrors(failure.error)}
        </Alert>
      ) : null}
      <input type="hidden" name="targetKind" value={targetKind} />
      <input type="hidden" name="targetId" value={targetId} />
      <TextareaField
        id={fieldId}
        name="body"
        label={t("label")}
        hint={t("help")}
        error={fieldError}
        rows={3}
        maxLength={COMMENT_MAX}
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
        <p role="status" className="text-sm text-emerald-900">
          {state.status === "created" ? t("created") : ""}
        </p>
      </div>
    </form>
  );
}
