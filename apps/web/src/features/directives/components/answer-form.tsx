"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { answerDirectiveAction, closeDirectiveAction } from "../actions";
import { DIRECTIVE_MAX } from "../schema";
import { useDirectiveAction } from "./use-directive-action";

/** The agency's answer to a directive; the text stays in the field until it is saved. */
export function AnswerForm({ directiveId }: { directiveId: string }) {
  const t = useTranslations("directives");
  const tErrors = useTranslations("errors");
  const [response, setResponse] = useState("");
  const { state, pending, onSubmit, alertRef } = useDirectiveAction(answerDirectiveAction);
  const id = useId();
  const failure = state.status === "error" ? state : null;
  const fieldKey = failure?.fieldErrors?.response;
  return (
    <form method="post" noValidate onSubmit={onSubmit} className="mt-2 flex flex-col gap-2">
      {failure && !fieldKey ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {failure.error === "CONFLICT" ? t("errors.state") : tErrors(failure.error)}
        </Alert>
      ) : null}
      <input type="hidden" name="directiveId" value={directiveId} />
      <TextareaField
        id={`${id}-response`}
        name="response"
        label={t("response")}
        error={fieldKey ? t(`errors.${fieldKey}` as "errors.response") : undefined}
        rows={3}
        maxLength={DIRECTIVE_MAX}
        value={response}
        onChange={(e) => setResponse(e.target.value)}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("submitAnswer")}
        </Button>
      </div>
    </form>
  );
}

export function CloseDirectiveButton({ directiveId }: { directiveId: string }) {
  const t = useTranslations("directives");
  const tErrors = useTranslations("errors");
  const { state, pending, onSubmit, alertRef } = useDirectiveAction(closeDirectiveAction);
  const failure = state.status === "error" ? state : null;
  return (
    <form method="post" onSubmit={onSubmit} className="mt-2 flex flex-col gap-2">
      {failure ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {failure.error === "CONFLICT" ? t("errors.state") : tErrors(failure.error)}
        </Alert>
      ) : null}
      <input type="hidden" name="directiveId" value={directiveId} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("close")}
        </Button>
      </div>
    </form>
  );
}
