"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
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
            <Field
              id={`indicator-${indicator.id}`}
              label={`${indicator.name} (${indicator.unit})`}
              hint={
                indicator.target !== null
                  ? t("indicatorTarget", {
                      target: indicator.target,
                      unit: indicator.unit,
                      year: indicator.targetYear ?? "",
                    })
                  : undefined
              }
              inputMode="decimal"
              controlClassName="w-40"
              defaultValue={current ? String(current.value).replace(".", ",") : ""}
              disabled={disabled}
              onChange={(e) => set(indicator.id, e.target.value)}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
