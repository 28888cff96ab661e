"use client";

import { defaultPeriodDates, type ReportingRule } from "@plan-tracker/core";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Alert, alertClass } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { type OpenPeriodState, openPeriodAction } from "../actions";
import { PERIOD_DATE_FIELDS, type PeriodDateField } from "../schema";

type Dates = Record<PeriodDateField, string>;

/** "2026-11-25" → "25/11/2026", as the form shows days. */
function vnDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-");
  return `${d}/${m}/${y}`;
}

function defaultsFor(year: number, rule: ReportingRule): Dates | null {
  try {
    const dates = defaultPeriodDates(year, rule);
    return {
      cutoffDate: vnDay(dates.cutoffDate),
      agencyDeadline: vnDay(dates.agencyDeadline),
      reportDueDate: vnDay(dates.reportDueDate),
    };
  } catch {
    return null;
  }
}

const sameDates = (a: Dates | null, b: Dates) => a !== null && PERIOD_DATE_FIELDS.every((f) => a[f] === b[f]);

const stringParams = (params: Record<string, string | number | undefined> | undefined) =>
  Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, String(v ?? "")]));

/**
 * Opens the period of a year. Dates are prefilled from the plan's rule (due date, agency deadline the
 * plan's offset before it, cut-off ten days before that) and follow the year until the user edits one.
 * When another period is open, the form gives way to a note saying what to do first.
 */
export function OpenPeriodForm({
  planId,
  suggestedYear,
  rule,
  openYear,
}: {
  planId: string;
  suggestedYear: number;
  rule: ReportingRule;
  /** The plan's open period's year, if any: only one period is open at a time. */
  openYear: number | null;
}) {
  const t = useTranslations("periods");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState<OpenPeriodState, FormData>(openPeriodAction, {
    status: "idle",
  });
  const [year, setYear] = useState(String(suggestedYear));
  const [dates, setDates] = useState<Dates>(() => defaultsFor(suggestedYear, rule) as Dates);
  const alertRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const error = state.status === "error" ? state : null;

  // After a refusal, focus the first field at fault, or the message; after success, the notice.
  useEffect(() => {
    if (state.status === "opened") {
      statusRef.current?.focus();
      return;
    }
    if (!error) return;
    const field = (["year", ...PERIOD_DATE_FIELDS] as const).find((f) => error.fieldErrors?.[f]);
    if (field) document.getElementById(`period-${field}`)?.focus();
    else alertRef.current?.focus();
  }, [state, error]);

  // A new year suggested by the server (after a period was opened) restarts the form from its defaults.
  const { reportDueDay, reportDueMonth, agencyDeadlineOffsetDays } = rule;
  useEffect(() => {
    setYear(String(suggestedYear));
    const defaults = defaultsFor(suggestedYear, { reportDueDay, reportDueMonth, agencyDeadlineOffsetDays });
    if (defaults) setDates(defaults);
  }, [suggestedYear, reportDueDay, reportDueMonth, agencyDeadlineOffsetDays]);

  function changeYear(value: string) {
    const previous = /^\d{4}$/.test(year) ? defaultsFor(Number(year), rule) : null;
    setYear(value);
    if (!/^\d{4}$/.test(value)) return;
    const next = defaultsFor(Number(value), rule);
    // Dates follow the year as long as they are the previous year's defaults (nothing typed by hand).
    if (next && sameDates(previous, dates)) setDates(next);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  const message = (key: string | undefined) =>
    key ? t(`errors.${key}` as "errors.invalid", stringParams(error?.params)) : undefined;
  const defaultsOfYear = /^\d{4}$/.test(year) ? defaultsFor(Number(year), rule) : null;

  return (
    <div className="flex flex-col gap-4">
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={state.status === "opened" ? "font-semibold text-emerald-900" : "sr-only"}
      >
        {state.status === "opened" ? t("open.opened", { year: String(state.year) }) : ""}
      </p>
      {openYear !== null ? (
        <p className={alertClass("warning")}>{t("open.blocked", { year: String(openYear) })}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("open.intro")}</p>
          {error && !Object.keys(error.fieldErrors ?? {}).length ? (
            <Alert ref={alertRef} tabIndex={-1}>
              {error.reason ? message(error.reason) : tErrors(error.error)}
            </Alert>
          ) : null}
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            <input type="hidden" name="planId" value={planId} />
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <Field
                id="period-year"
                name="year"
                label={t("open.year")}
                value={year}
                onChange={(e) => changeYear(e.target.value)}
                inputMode="numeric"
                maxLength={4}
                autoComplete="off"
                required
                error={message(error?.fieldErrors?.year)}
              />
              {PERIOD_DATE_FIELDS.map((field) => (
                <Field
                  key={field}
                  id={`period-${field}`}
                  name={field}
                  label={t(field)}
                  hint={t("open.dateHint")}
                  value={dates[field]}
                  onChange={(e) => {
                    const value = e.target.value;
                    setDates((d) => ({ ...d, [field]: value }));
                  }}
                  placeholder="dd/mm/yyyy"
                  maxLength={10}
                  autoComplete="off"
                  required
                  error={message(error?.fieldErrors?.[field])}
                />
              ))}
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={pending}>
                {pending ? t("open.submitting") : t("open.submit")}
              </Button>
              {defaultsOfYear && !sameDates(defaultsOfYear, dates) ? (
                <Button variant="secondary" onClick={() => setDates(defaultsOfYear)}>
                  {t("open.useDefaults", { year })}
                </Button>
              ) : null}
            </div>
          </form>
        </>
      )}
    </div>
  );
}
