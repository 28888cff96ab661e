"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { SelectField, TextareaField } from "@/components/ui/field";
import { createDirectiveAction } from "../actions";
import { DIRECTIVE_MAX } from "../schema";
import { useDirectiveAction } from "./use-directive-action";

/** A leader writes a directive on a task (to its lead or a named coordinator) or to an agency. */
export function DirectiveForm({
  planId,
  taskId,
  organizations,
}: {
  planId: string;
  taskId?: string;
  organizations: { id: string; shortName: string }[];
}) {
  const t = useTranslations("directives");
  const tErrors = useTranslations("errors");
  const [body, setBody] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [organizationId, setOrganizationId] = useState(organizations[0]?.id ?? "");
  const { state, pending, onSubmit, alertRef } = useDirectiveAction(createDirectiveAction, () => {
    setBody("");
    setDueDate("");
  });
  const id = useId();
  const failure = state.status === "error" ? state : null;
  const fieldError = (field: string) => {
    const key = failure?.fieldErrors?.[field];
    return key ? t(`errors.${key}` as "errors.body") : undefined;
  };
  const generic = failure && !failure.fieldErrors ? failure : null;
  return (
    <form method="post" noValidate onSubmit={onSubmit} className="flex flex-col gap-3">
      {generic ? (
        <Alert ref={alertRef} tabIndex={-1}>
          {generic.error === "CONFLICT" ? t("errors.state") : tErrors(generic.error)}
        </Alert>
      ) : null}
      {state.status === "done" ? <Alert variant="success">{t("created")}</Alert> : null}
      <input type="hidden" name="planId" value={planId} />
      {taskId ? <input type="hidden" name="taskId" value={taskId} /> : null}
      <SelectField
        id={`${id}-org`}
        name="organizationId"
        label={t("organization")}
        error={fieldError("organizationId")}
        value={organizationId}
        onChange={(e) => setOrganizationId(e.target.value)}
        selectClassName="max-w-md"
      >
        {organizations.map((o, i) => (
          <option key={o.id} value={o.id}>
            {o.shortName}
            {taskId && i === 0 ? ` (${t("taskLead")})` : ""}
          </option>
        ))}
      </SelectField>
      <TextareaField
        id={`${id}-body`}
        name="body"
        label={t("body")}
        hint={t("bodyHint")}
        error={fieldError("body")}
        rows={4}
        maxLength={DIRECTIVE_MAX}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <DateField
        id={`${id}-due`}
        name="dueDate"
        label={t("dueDate")}
        error={fieldError("dueDate")}
        value={dueDate}
        onValueChange={(day) => setDueDate(day ?? "")}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
