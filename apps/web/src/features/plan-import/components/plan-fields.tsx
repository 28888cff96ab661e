"use client";

import type { ReviewedPlan } from "@plan-tracker/plan-import/persist/reviewed-plan";
import { useTranslations } from "next-intl";
import { DateField } from "@/components/ui/date-field";
import { Field, NumberField, TextareaField } from "@/components/ui/field";
import { type OrgOption, OrgSelect } from "./org-select";

const label = "text-sm font-semibold text-slate-800";

/** The document's own details: number, date, title, issuer, focal agency and reporting rule. */
export function PlanFields({
  plan,
  options,
  onChange,
}: {
  plan: ReviewedPlan;
  options: OrgOption[];
  onChange: (plan: ReviewedPlan) => void;
}) {
  const t = useTranslations("planImport.review");
  const set = (patch: Partial<ReviewedPlan>) => onChange({ ...plan, ...patch });
  const int = (value: string) => (value.trim() === "" ? null : Number.parseInt(value, 10));
  return (
    <section
      aria-labelledby="plan-fields"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="plan-fields" className="text-lg font-semibold">
        {t("header")}
      </h2>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <Field
          id="plan-symbol"
          size="sm"
          label={t("symbol")}
          value={plan.symbol ?? ""}
          onChange={(e) => set({ symbol: e.target.value.trim() === "" ? null : e.target.value })}
        />
        <DateField
          id="plan-issued"
          size="sm"
          label={t("issuedOn")}
          value={plan.issuedOn}
          onValueChange={(day) => set({ issuedOn: day })}
        />
        <TextareaField
          id="plan-title"
          size="sm"
          label={t("documentTitle")}
          rows={2}
          value={plan.title}
          onChange={(e) => set({ title: e.target.value })}
          className="sm:col-span-2"
        />
        <OrgSelect
          id="plan-issuer"
          label={t("issuer")}
          value={plan.issuerCode}
          options={options}
          placeholder={t("choose")}
          newLabel={t("newOrgBadge")}
          onChange={(code) => set({ issuerCode: code })}
        />
        <OrgSelect
          id="plan-focal"
          label={t("focal")}
          value={plan.focalCode}
          options={options}
          placeholder={t("choose")}
          newLabel={t("newOrgBadge")}
          onChange={(code) => set({ focalCode: code })}
        />
        <fieldset className="flex flex-col gap-1">
          <legend className={label}>{t("reportDue")}</legend>
          <div className="flex items-center gap-2">
            <NumberField
              id="plan-due-day"
              size="sm"
              hideLabel
              label={t("reportDueDay")}
              min={1}
              max={31}
              value={plan.reportDueDay ?? ""}
              onChange={(e) => set({ reportDueDay: int(e.target.value) })}
              controlClassName="w-20"
            />
            <span aria-hidden="true">/</span>
            <NumberField
              id="plan-due-month"
              size="sm"
              hideLabel
              label={t("reportDueMonth")}
              min={1}
              max={12}
              value={plan.reportDueMonth ?? ""}
              onChange={(e) => set({ reportDueMonth: int(e.target.value) })}
              controlClassName="w-20"
            />
          </div>
        </fieldset>
        <div className="flex items-end gap-2">
          <NumberField
            id="plan-from"
            size="sm"
            label={t("validFrom")}
            min={1990}
            max={2100}
            value={plan.validFromYear}
            onChange={(e) => set({ validFromYear: int(e.target.value) ?? plan.validFromYear })}
            controlClassName="w-24"
          />
          <NumberField
            id="plan-to"
            size="sm"
            label={t("validTo")}
            min={1990}
            max={2100}
            value={plan.validToYear}
            onChange={(e) => set({ validToYear: int(e.target.value) ?? plan.validToYear })}
            controlClassName="w-24"
          />
        </div>
      </div>
    </section>
  );
}
