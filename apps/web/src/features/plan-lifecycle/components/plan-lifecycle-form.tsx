"use client";

import { PLAN_LIFECYCLE_STATUSES, type PlanStatus } from "@plan-tracker/core";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field, SelectField } from "@/components/ui/field";
import { type ChangePlanStatusState, changePlanStatusAction } from "../actions";

export interface PlanLifecycleValues {
  status: PlanStatus;
  /** ISO day. */
  endedOn: string | null;
  replacedById: string | null;
  replacedByText: string;
}

/**
 * The plan's status, for whoever manages the plan: in force, expired (with the day), or replaced (with the
 * day and the replacing document: a plan of the tracker, or its number and date as written). What was
 * typed stays in the form when the server refuses it.
 */
export function PlanLifecycleForm({
  planId,
  current,
  otherPlans,
}: {
  planId: string;
  current: PlanLifecycleValues;
  otherPlans: { id: string; symbol: string; title: string }[];
}) {
  const t = useTranslations("plans.lifecycle");
  const tStatus = useTranslations("plans.statuses");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState<ChangePlanStatusState, FormData>(changePlanStatusAction, {
    status: "idle",
  });
  const refused = state.status === "error" ? state : null;
  const [status, setStatus] = useState<string>(refused?.values?.status || current.status);
  const fieldError = (field: "status" | "endedOn" | "replacedById" | "replacedByText") => {
    const key = refused?.fieldErrors?.[field];
    return key ? t(`errors.${key}` as "errors.invalid") : undefined;
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const outOfForce = status !== "ACTIVE";
  return (
    <section
      aria-labelledby="plan-lifecycle-title"
      className="no-print rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="plan-lifecycle-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("help")}</p>
      <form className="mt-3 flex flex-col gap-3" onSubmit={onSubmit} noValidate>
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="from" value={current.status} />
        <SelectField
          id="plan-status"
          name="status"
          label={t("status")}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          error={fieldError("status")}
          className="max-w-xs"
        >
          {PLAN_LIFECYCLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tStatus(s)}
            </option>
          ))}
        </SelectField>
        {outOfForce ? (
          <DateField
            id="plan-ended-on"
            name="endedOn"
            label={t("endedOn")}
            defaultValue={refused?.values?.endedOn || current.endedOn}
            error={fieldError("endedOn")}
            required
          />
        ) : null}
        {status === "REPLACED" ? (
          <>
            <SelectField
              id="plan-replaced-by"
              name="replacedById"
              label={t("replacedById")}
              defaultValue={refused?.values?.replacedById ?? current.replacedById ?? ""}
              error={fieldError("replacedById")}
              selectClassName="w-full"
            >
              <option value="">{t("noReplacement")}</option>
              {otherPlans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.symbol}: {p.title.length > 80 ? `${p.title.slice(0, 80)}…` : p.title}
                </option>
              ))}
            </SelectField>
            <Field
              id="plan-replaced-by-text"
              name="replacedByText"
              label={t("replacedByText")}
              hint={t("replacedByTextHint")}
              defaultValue={refused?.values?.replacedByText ?? current.replacedByText}
              error={fieldError("replacedByText")}
              maxLength={300}
            />
          </>
        ) : null}
        <div>
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="mt-2">
        {state.status === "saved" ? (
          <Alert variant="success">{t("saved", { status: tStatus(state.planStatus as PlanStatus) })}</Alert>
        ) : null}
        {refused ? (
          <Alert variant="error">
            {refused.reason ? t(`errors.${refused.reason}` as "errors.invalid") : tErrors(refused.error)}
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
