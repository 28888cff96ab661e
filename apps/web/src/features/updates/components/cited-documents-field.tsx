"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/field";
import type { FormFields } from "./form-state";

type Doc = FormFields["citedDocuments"][number];

/** Văn bản liên quan: number/symbol, date, issuer, summary, as rows the user adds and removes. */
export function CitedDocumentsField({
  value,
  onChange,
  disabled,
  errors,
}: {
  value: Doc[];
  onChange: (next: Doc[]) => void;
  disabled: boolean;
  errors: Record<string, string[]>;
}) {
  const t = useTranslations("update");
  const set = (index: number, patch: Partial<Doc>) =>
    onChange(value.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-semibold text-slate-800">{t("citedDocuments")}</legend>
      <p className="text-sm text-slate-700">{t("citedHelp")}</p>
      {value.map((doc, index) => {
        const n = index + 1;
        const id = `doc-${index}`;
        const rowError = errors[`citedDocuments.${index}.symbol`]?.[0];
        return (
          // min-w-0: a fieldset is at least as wide as its content by default, a div was not.
          <fieldset
            key={index}
            aria-label={t("documentRow", { index: n })}
            className="grid min-w-0 gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_10rem_1fr_auto]"
          >
            <Field
              id={`${id}-symbol`}
              size="sm"
              label={t("citedSymbol")}
              value={doc.symbol}
              disabled={disabled}
              onChange={(e) => set(index, { symbol: e.target.value })}
              aria-invalid={rowError ? true : undefined}
            />
            <DateField
              id={`${id}-date`}
              size="sm"
              label={t("citedIssuedOn")}
              value={doc.issuedOn}
              disabled={disabled}
              onValueChange={(day) => set(index, { issuedOn: day })}
              controlClassName="w-full"
            />
            <Field
              id={`${id}-issuer`}
              size="sm"
              label={t("citedIssuer")}
              value={doc.issuer}
              disabled={disabled}
              onChange={(e) => set(index, { issuer: e.target.value })}
            />
            <div className="flex items-end">
              <Button
                variant="danger"
                disabled={disabled}
                onClick={() => onChange(value.filter((_, i) => i !== index))}
                aria-label={t("removeDocument", { index: n })}
              >
                ✕
              </Button>
            </div>
            <Field
              id={`${id}-summary`}
              size="sm"
              label={t("citedSummary")}
              value={doc.summary}
              disabled={disabled}
              onChange={(e) => set(index, { summary: e.target.value })}
              className="sm:col-span-4"
            />
            {rowError ? (
              <p className="text-sm text-red-700 sm:col-span-4">
                {t(`errors.${rowError}` as "errors.dateInvalid")}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <div>
        <Button
          variant="secondary"
          disabled={disabled}
          onClick={() => onChange([...value, { symbol: "", issuedOn: null, issuer: "", summary: "" }])}
        >
          + {t("addDocument")}
        </Button>
      </div>
    </fieldset>
  );
}
