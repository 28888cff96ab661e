"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field, SelectField } from "@/components/ui/field";
import { addCalendarDayAction, type CalendarDayState } from "../actions";

export function AddCalendarDayForm({ year }: { year: number }) {
  const t = useTranslations("calendarAdmin");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<CalendarDayState, FormData>(addCalendarDayAction, {
    status: "idle",
  });
  const values = state.status === "error" ? state.values : undefined;
  const fieldError = (f: "date" | "kind" | "name") =>
    state.status === "error" && state.fieldErrors?.[f]
      ? t(`errors.${state.fieldErrors[f]}` as never)
      : undefined;
  return (
    // The key resets the typed values once saved, and keeps them after an error.
    <form
      key={state.status === "saved" ? state.date : "form"}
      action={action}
      className="flex flex-col gap-4"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <DateField
          id="calendar-date"
          name="date"
          label={t("date")}
          required
          min={`${year - 1}-01-01`}
          defaultValue={values?.date ?? ""}
          error={fieldError("date")}
        />
        <SelectField
          id="calendar-kind"
          name="kind"
          label={t("kind")}
          defaultValue={values?.kind ?? "DAY_OFF"}
        >
          <option value="DAY_OFF">{t("kinds.DAY_OFF")}</option>
          <option value="WORKING_DAY">{t("kinds.WORKING_DAY")}</option>
        </SelectField>
        <Field
          id="calendar-name"
          name="name"
          label={t("name")}
          required
          maxLength={200}
          placeholder={t("namePlaceholder")}
          defaultValue={values?.name ?? ""}
          error={fieldError("name")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("add")}
        </Button>
        <p role="status" className="text-sm">
          {state.status === "saved" ? t("saved", { date: state.date }) : null}
          {state.status === "error" && !state.fieldErrors ? (
            <span className="text-red-700">{te(state.error)}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
