"use client";

import type { ReviewedPlan } from "@plan-tracker/plan-import/persist/reviewed-plan";
import { useTranslations } from "next-intl";
import { type OrgOption, OrgSelect } from "./org-select";

const input = "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900";
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
        <div className="flex flex-col gap-1">
          <label htmlFor="plan-symbol" className={label}>
            {t("symbol")}
          </label>
          <input
            id="plan-symbol"
            value={plan.symbol ?? ""}
            onChange={(e) => set({ symbol: e.target.value.trim() === "" ? null : e.target.value })}
            className={input}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="plan-issued" className={label}>
            {t("issuedOn")}
          </label>
          <input
            id="plan-issued"
            type="date"
            value={plan.issuedOn ?? ""}
            onChange={(e) => set({ issuedOn: e.target.value || null })}
            className={input}
          />
        </div>
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor="plan-title" className={label}>
            {t("documentTitle")}
          </label>
          <textarea
            id="plan-title"
            rows={2}
            value={plan.title}
            onChange={(e) => set({ title: e.target.value })}
            className={input}
          />
        </div>
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
            <label htmlFor="plan-due-day" className="sr-only">
              {t("reportDueDay")}
            </label>
            <input
              id="plan-due-day"
              type="number"
              min={1}
              max={31}
              value={plan.reportDueDay ?? ""}
              onChange={(e) => set({ reportDueDay: int(e.target.value) })}
              className={`${input} w-20`}
            />
            <span aria-hidden="true">/</span>
            <label htmlFor="plan-due-month" className="sr-only">
              {t("reportDueMonth")}
            </label>
            <input
              id="plan-due-month"
              type="number"
              min={1}
              max={12}
              value={plan.reportDueMonth ?? ""}
              onChange={(e) => set({ reportDueMonth: int(e.target.value) })}
              className={`${input} w-20`}
            />
          </div>
        </fieldset>
        <div className="flex items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="plan-from" className={label}>
              {t("validFrom")}
            </label>
            <input
              id="plan-from"
              type="number"
              min={1990}
              max={2100}
              value={plan.validFromYear}
              onChange={(e) => set({ validFromYear: int(e.target.value) ?? plan.validFromYear })}
              className={`${input} w-24`}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="plan-to" className={label}>
              {t("validTo")}
            </label>
            <input
              id="plan-to"
              type="number"
              min={1990}
              max={2100}
              value={plan.validToYear}
              onChange={(e) => set({ validToYear: int(e.target.value) ?? plan.validToYear })}
              className={`${input} w-24`}
            />
          </div>
        </div>
      </div>
    </section>
  );
}
