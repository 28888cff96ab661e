"use client";

import { useTranslations } from "next-intl";
import type { FormFields } from "./form-state";

export interface IndicatorInfo {
  id: string;
  name: string;
  unit: string;
  target: number | null;
  targetYear: number | null;
}

type Values = FormFields["indicatorValues"];

/** Chỉ tiêu: the value reached for each measurable target of the task (empty: not reported). */
export function IndicatorFields({
  indicators,
  value,
  onChange,
  disabled,
}: {
  indicators: IndicatorInfo[];
  value: Values;
  onChange: (next: Values) => void;
  disabled: boolean;
}) {
  const t = useTranslations("update");
  if (indicators.length === 0) return null;
  const set = (indicatorId: string, raw: string) => {
    const rest = value.filter((v) => v.indicatorId !== indicatorId);
    const number = Number(raw.replace(/\./g, "").replace(",", "."));
    onChange(
      raw.trim() === "" || !Number.isFinite(number)
        ? rest
        : [...rest, { indicatorId, value: number, note: "" }],
    );
  };
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-semibold text-slate-800">{t("indicators")}</legend>
      {indicators.map((indicator) => {
        const current = value.find((v) => v.indicatorId === indicator.id);
        return (
          <div key={indicator.id} className="flex flex-wrap items-end gap-2">
            <label htmlFor={`indicator-${indicator.id}`} className="flex flex-col gap-1 text-sm">
              <span className="font-semibold">
                {indicator.name} ({indicator.unit})
              </span>
              {indicator.target !== null ? (
                <span className="text-xs text-slate-700">
                  {t("indicatorTarget", {
                    target: indicator.target,
                    unit: indicator.unit,
                    year: indicator.targetYear ?? "",
                  })}
                </span>
              ) : null}
              <input
                id={`indicator-${indicator.id}`}
                inputMode="decimal"
                className="w-40 rounded-md border border-slate-400 px-3 py-2 disabled:bg-slate-100"
                defaultValue={current ? String(current.value).replace(".", ",") : ""}
                disabled={disabled}
                onChange={(e) => set(indicator.id, e.target.value)}
              />
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
