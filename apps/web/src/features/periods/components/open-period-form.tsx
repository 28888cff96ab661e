"use client";

import { type CycleRule, defaultCycleDates } from "@plan-tracker/core";
import { type PeriodKey, periodName, type ReportingCycle } from "@plan-tracker/core/reporting/period-key";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Alert, alertClass } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { type OpenPeriodState, openPeriodAction } from "../actions";
import { PERIOD_DATE_FIELDS, type PeriodDateField } from "../schema";

type Dates = Record<PeriodDateField, string>;

/** "2026-11-25" → "25/11/2026", as the form shows days. */
function vnDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-");
  return `${d}/${m}/${y}`;
}

const SLOTS: Record<ReportingCycle, number> = { ANNUAL: 1, SEMIANNUAL: 2, QUARTERLY: 4, MONTHLY: 12 };

/** "MONTHLY-11" ↔ the period key of a year. */
const slotOf = (key: { cycle: ReportingCycle; index: number }) => `${key.cycle}-${key.index}`;
function keyOf(year: number, slot: string): PeriodKey {
  const [cycle, index] = slot.split("-") as [ReportingCycle, string];
  return { cycle, year, index: Number(index) };
}

/** Every period of a year under the plan's cycles, in the plan's order of cycles. */
function slotsOf(cycles: readonly ReportingCycle[]): { cycle: ReportingCycle; index: number }[] {
  return cycles.flatMap((cycle) => Array.from({ length: SLOTS[cycle] }, (_, i) => ({ cycle, index: i + 1 })));
}

function defaultsFor(year: number, slot: string, rule: CycleRule): Dates | null {
  try {
    const dates = defaultCycleDates(keyOf(year, slot), rule);
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
 * Opens a period: the year's, or (for a plan reporting monthly, quarterly or six-monthly) one period of the
 * year. Dates are prefilled from the plan's rule and the decree's data windows (core's defaultCycleDates)
 * and follow the year and period until the user edits one.
 * When another period is open, the form gives way to a note saying what to do first.
 */
export function OpenPeriodForm({
  planId,
  suggestedYear,
  suggestedSlot = "ANNUAL-1",
  cycles = ["ANNUAL"],
  rule,
  openPeriod,
}: {
  planId: string;
  suggestedYear: number;
  /** The period of the year to suggest ("MONTHLY-12"). */
  suggestedSlot?: string;
  /** The plan's reporting cycles. */
  cycles?: readonly ReportingCycle[];
  rule: CycleRule;
  /** The plan's open period's name in a sentence, if any: only one period is open at a time. */
  openPeriod: string | null;
}) {
  const t = useTranslations("periods");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState<OpenPeriodState, FormData>(openPeriodAction, {
    status: "idle",
  });
  const [year, setYear] = useState(String(suggestedYear));
  const [slot, setSlot] = useState(suggestedSlot);
  const [dates, setDates] = useState<Dates>(() => defaultsFor(suggestedYear, suggestedSlot, rule) as Dates);
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
    setSlot(suggestedSlot);
    const defaults = defaultsFor(suggestedYear, suggestedSlot, {
      reportDueDay,
      reportDueMonth,
      agencyDeadlineOffsetDays,
    });
    if (defaults) setDates(defaults);
  }, [suggestedYear, suggestedSlot, reportDueDay, reportDueMonth, agencyDeadlineOffsetDays]);

  function change(nextYear: string, nextSlot: string) {
    const previous = /^\d{4}$/.test(year) ? defaultsFor(Number(year), slot, rule) : null;
    setYear(nextYear);
    setSlot(nextSlot);
    if (!/^\d{4}$/.test(nextYear)) return;
    const next = defaultsFor(Number(nextYear), nextSlot, rule);
    // Dates follow the period as long as they are the previous period's defaults (nothing typed by hand).
    if (next && sameDates(previous, dates)) setDates(next);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  }

  const message = (key: string | undefined) =>
    key ? t(`errors.${key}` as "errors.invalid", stringParams(error?.params)) : undefined;
  const defaultsOfYear = /^\d{4}$/.test(year) ? defaultsFor(Number(year), slot, rule) : null;
  const yearOnly = cycles.length === 1 && cycles[0] === "ANNUAL";
  const shownYear = /^\d{4}$/.test(year) ? Number(year) : suggestedYear;

  return (
    <div className="flex flex-col gap-4">
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={state.status === "opened" ? "font-semibold text-emerald-900" : "sr-only"}
      >
        {state.status === "opened" ? t("open.opened", { period: state.period }) : ""}
      </p>
      {openPeriod !== null ? (
        <p className={alertClass("warning")}>{t("open.blocked", { period: openPeriod })}</p>
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
                onChange={(e) => change(e.target.value, slot)}
                inputMode="numeric"
                maxLength={4}
                autoComplete="off"
                required
                error={message(error?.fieldErrors?.year)}
              />
              {yearOnly ? null : (
                <SelectField
                  id="period-slot"
                  name="slot"
                  label={t("open.slot")}
                  value={slot}
                  onChange={(e) => change(year, e.target.value)}
                  error={message(error?.fieldErrors?.slot)}
                >
                  {slotsOf(cycles).map((s) => (
                    <option key={slotOf(s)} value={slotOf(s)}>
                      {periodName({ ...s, year: shownYear })}
                    </option>
                  ))}
                </SelectField>
              )}
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
                  {t("open.useDefaults", { period: periodName(keyOf(shownYear, slot)) })}
                </Button>
              ) : null}
            </div>
          </form>
        </>
      )}
    </div>
  );
}
