"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { FormFields } from "./form-state";

type Doc = FormFields["citedDocuments"][number];

const input = "rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm disabled:bg-slate-100";

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
            <label className="flex flex-col gap-1 text-xs font-semibold" htmlFor={`${id}-symbol`}>
              {t("citedSymbol")}
              <input
                id={`${id}-symbol`}
                className={input}
                value={doc.symbol}
                disabled={disabled}
                onChange={(e) => set(index, { symbol: e.target.value })}
                aria-invalid={rowError ? true : undefined}
              />
            </label>
            <label className="flex flex-col gap-1 text-xs font-semibold" htmlFor={`${id}-date`}>
              {t("citedIssuedOn")}
              <input
                id={`${id}-date`}
                type="date"
                className={input}
                value={doc.issuedOn ?? ""}
                disabled={disabled}
                onChange={(e) => set(index, { issuedOn: e.target.value || null })}
              />
            </label>
            <label className="flex flex-col gap-1 text-xs font-semibold" htmlFor={`${id}-issuer`}>
              {t("citedIssuer")}
              <input
                id={`${id}-issuer`}
                className={input}
                value={doc.issuer}
                disabled={disabled}
                onChange={(e) => set(index, { issuer: e.target.value })}
              />
            </label>
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
            <label
              className="flex flex-col gap-1 text-xs font-semibold sm:col-span-4"
              htmlFor={`${id}-summary`}
            >
              {t("citedSummary")}
              <input
                id={`${id}-summary`}
                className={input}
                value={doc.summary}
                disabled={disabled}
                onChange={(e) => set(index, { summary: e.target.value })}
              />
            </label>
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
