"use client";

import { CYCLE_NAMES, REPORTING_CYCLES, type ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField, Field } from "@/components/ui/field";
import { changeReportingRuleAction, type ReportingRuleState } from "../actions";
import { ruleStamp } from "../schema";

export interface RuleValues {
  reportingCycles: ReportingCycle[];
  reportDueDay: number;
  reportDueMonth: number;
  agencyDeadlineOffsetDays: number;
}

/**
 * The plan's reporting rule, for whoever manages the plan: which cycles it reports on, the day (and month,
 * for a yearly report) the focal agency reports to UBND tỉnh, and how many days earlier the agencies report.
 * What was typed stays in the form when the server refuses it.
 */
export function ReportingRuleForm({ planId, rule }: { planId: string; rule: RuleValues }) {
  const t = useTranslations("plans.rule");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState<ReportingRuleState, FormData>(changeReportingRuleAction, {
    status: "idle",
  });
  const refused = state.status === "error" ? state : null;
  const values = refused?.values;
  const fieldError = (field: "cycles" | "reportDueDay" | "reportDueMonth" | "agencyDeadlineOffsetDays") => {
    const key = refused?.fieldErrors?.[field];
    return key ? t(`errors.${key}` as "errors.invalid") : undefined;
  };
  const checked = new Set<string>(values?.cycles ?? rule.reportingCycles);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  const cyclesError = fieldError("cycles");
  return (
    <section
      aria-labelledby="reporting-rule-title"
      className="no-print rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="reporting-rule-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("help")}</p>
      <form className="mt-3 flex flex-col gap-3" onSubmit={onSubmit} noValidate>
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="from" value={ruleStamp(rule)} />
        <fieldset aria-describedby={cyclesError ? "rule-cycles-error" : undefined}>
          <legend className="text-sm font-semibold text-slate-800">{t("cycles")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {REPORTING_CYCLES.map((cycle) => (
              <CheckboxField
                key={`${cycle}-${state.status}`}
                id={`rule-cycle-${cycle}`}
                name="cycles"
                value={cycle}
                defaultChecked={checked.has(cycle)}
                label={CYCLE_NAMES[cycle]}
                size="sm"
              />
            ))}
          </div>
          {cyclesError ? (
            <p id="rule-cycles-error" className="mt-1 text-sm text-red-700">
              {cyclesError}
            </p>
          ) : null}
        </fieldset>
        <div className="flex flex-wrap gap-4">
          <Field
            id="rule-due-day"
            name="reportDueDay"
            label={t("reportDueDay")}
            hint={t("reportDueDayHint")}
            inputMode="numeric"
            maxLength={2}
            defaultValue={values?.reportDueDay ?? String(rule.reportDueDay)}
            error={fieldError("reportDueDay")}
            className="max-w-48"
          />
          <Field
            id="rule-due-month"
            name="reportDueMonth"
            label={t("reportDueMonth")}
            hint={t("reportDueMonthHint")}
            inputMode="numeric"
            maxLength={2}
            defaultValue={values?.reportDueMonth ?? String(rule.reportDueMonth)}
            error={fieldError("reportDueMonth")}
            className="max-w-48"
          />
          <Field
            id="rule-offset"
            name="agencyDeadlineOffsetDays"
            label={t("offset")}
            hint={t("offsetHint")}
            inputMode="numeric"
            maxLength={2}
            defaultValue={values?.agencyDeadlineOffsetDays ?? String(rule.agencyDeadlineOffsetDays)}
            error={fieldError("agencyDeadlineOffsetDays")}
            className="max-w-48"
          />
        </div>
        <div>
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
        </div>
      </form>
      <div aria-live="polite" className="mt-2">
        {state.status === "saved" ? <Alert variant="success">{t("saved")}</Alert> : null}
        {refused && !refused.fieldErrors ? (
          <Alert variant="error">
            {refused.reason ? t(`errors.${refused.reason}` as "errors.invalid") : tErrors(refused.error)}
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
