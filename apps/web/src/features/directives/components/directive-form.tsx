"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-org`} className="text-sm font-semibold">
          {t("organization")}
        </label>
        <select
          id={`${id}-org`}
          name="organizationId"
          value={organizationId}
          onChange={(e) => setOrganizationId(e.target.value)}
          aria-invalid={fieldError("organizationId") ? true : undefined}
          aria-describedby={fieldError("organizationId") ? `${id}-org-error` : undefined}
          className="max-w-md rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          {organizations.map((o, i) => (
            <option key={o.id} value={o.id}>
              {o.shortName}
              {taskId && i === 0 ? ` (${t("taskLead")})` : ""}
            </option>
          ))}
        </select>
        {fieldError("organizationId") ? (
          <p id={`${id}-org-error`} className="text-sm text-red-700">
            {fieldError("organizationId")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-body`} className="text-sm font-semibold">
          {t("body")}
        </label>
        <textarea
          id={`${id}-body`}
          name="body"
          rows={4}
          maxLength={DIRECTIVE_MAX}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-invalid={fieldError("body") ? true : undefined}
          aria-describedby={`${id}-body-help${fieldError("body") ? ` ${id}-body-error` : ""}`}
          className="w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        <p id={`${id}-body-help`} className="text-sm text-slate-700">
          {t("bodyHint")}
        </p>
        {fieldError("body") ? (
          <p id={`${id}-body-error`} className="text-sm text-red-700">
            {fieldError("body")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-due`} className="text-sm font-semibold">
          {t("dueDate")}
        </label>
        <input
          id={`${id}-due`}
          type="date"
          name="dueDate"
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          aria-invalid={fieldError("dueDate") ? true : undefined}
          aria-describedby={fieldError("dueDate") ? `${id}-due-error` : undefined}
          className="max-w-xs rounded-md border border-slate-400 bg-white px-3 py-2"
        />
        {fieldError("dueDate") ? (
          <p id={`${id}-due-error`} className="text-sm text-red-700">
            {fieldError("dueDate")}
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
