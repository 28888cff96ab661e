"use client";

import { formatDateTime } from "@plan-tracker/core";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { NumberField, TextareaField } from "@/components/ui/field";
import { REPORTED_STATUSES, RESULT_SCOPES } from "../schema";
import type { UpdateView } from "../update-view";
import { CitedDocumentsField } from "./cited-documents-field";
import { ConflictView } from "./conflict-view";
import { EvidenceField } from "./evidence-field";
import {
  type FormFields,
  fieldsOf,
  type LocalDraft,
  localDraftKey,
  readLocalDraft,
  sameFields,
  writeLocalDraft,
} from "./form-state";
import { IndicatorFields, type IndicatorInfo } from "./indicator-fields";
import { type SaveState, type UpdateIds, useAutosave } from "./use-autosave";

interface Props {
  ids: UpdateIds;
  initial: UpdateView | null;
  canWrite: boolean;
  recurring: boolean;
  maxUploadMb: number;
  indicators: IndicatorInfo[];
}

const AUTO_PERCENT = new Set(["COMPLETED", "DONE_THIS_YEAR", "NOT_STARTED"]);
export function UpdateEditor({ ids, initial, canWrite, recurring, maxUploadMb, indicators }: Props) {
  const t = useTranslations("update");
  const tErrors = useTranslations("errors");
  const [fields, setFields] = useState<FormFields>(() => fieldsOf(initial));
  const [restorable, setRestorable] = useState<LocalDraft | null>(null);
  const autosave = useAutosave(ids, initial, fields, canWrite);
  const { state, saved } = autosave;
  const fieldErrors = state.kind === "invalid" ? state.fieldErrors : {};

  // Text typed earlier that never reached the server (expired session, lost network, closed tab).
  useEffect(() => {
    const draft = readLocalDraft(localDraftKey(ids));
    if (draft && canWrite && !sameFields(draft.fields, fieldsOf(initial))) setRestorable(draft);
    else if (draft) writeLocalDraft(localDraftKey(ids), null);
  }, [ids, initial, canWrite]);

  const set = <K extends keyof FormFields>(key: K, value: FormFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const error = (path: string) => {
    const key = fieldErrors[path]?.[0];
    return key ? t(`errors.${key}` as "errors.dateInvalid") : undefined;
  };

  return (
    <div className="flex flex-col gap-5">
      {restorable ? (
        <section
          role="alert"
          aria-labelledby="restore-title"
          className="rounded-lg border-2 border-brand-600 bg-brand-50 p-4"
        >
          <h2 id="restore-title" className="font-bold">
            {t("restore.title")}
          </h2>
          <p className="mt-1">{t("restore.body", { time: formatDateTime(new Date(restorable.savedAt)) })}</p>
          <div className="mt-2 flex gap-2">
            <Button
              onClick={() => {
                setFields(restorable.fields);
                setRestorable(null);
              }}
            >
              {t("restore.apply")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                writeLocalDraft(localDraftKey(ids), null);
                setRestorable(null);
              }}
            >
              {t("restore.discard")}
            </Button>
          </div>
        </section>
      ) : null}

      {state.kind === "conflict" ? (
        <ConflictView
          mine={fields}
          current={state.current}
          onKeepMine={() => autosave.keepMine(state.current)}
          onTakeTheirs={() => {
            autosave.takeTheirs(state.current);
            setFields(fieldsOf(state.current));
          }}
        />
      ) : null}

      {saved?.carriedFrom ? (
        <section
          aria-labelledby="carried-title"
          className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4"
          data-testid="carried-forward"
        >
          <h2 id="carried-title" className="font-bold">
            {t("carried.title", { period: saved.carriedFrom })}
          </h2>
          <p className="mt-1">{t("carried.body")}</p>
          {canWrite ? (
            <Button
              className="mt-2"
              variant="secondary"
              disabled={state.kind === "saving" || state.kind === "conflict"}
              onClick={() => void autosave.save({ confirm: true })}
            >
              {t("carried.keep")}
            </Button>
          ) : null}
        </section>
      ) : null}

      {!canWrite ? (
        <p role="status" className="rounded-md border border-slate-300 bg-slate-100 p-3 text-sm">
          {t("readOnly")}
        </p>
      ) : null}

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-semibold text-slate-800">{t("status")}</legend>
        {recurring ? <p className="text-sm text-slate-700">{t("statusHelpRecurring")}</p> : null}
        <div className="flex flex-wrap gap-2">
          {REPORTED_STATUSES.map((status) => (
            <label
              key={status}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="status"
                value={status}
                checked={fields.status === status}
                disabled={!canWrite}
                onChange={() =>
                  setFields((f) => ({
                    ...f,
                    status,
                    completedOn: status === "COMPLETED" ? f.completedOn : null,
                  }))
                }
              />
              {t(`statuses.${status}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          id="percent"
          label={t("percent")}
          hint={error("percent") ? undefined : t("percentAuto")}
          error={error("percent")}
          min={0}
          max={100}
          step={1}
          controlClassName="w-32"
          value={
            AUTO_PERCENT.has(fields.status)
              ? fields.status === "NOT_STARTED"
                ? 0
                : 100
              : (fields.percent ?? "")
          }
          disabled={!canWrite || AUTO_PERCENT.has(fields.status)}
          onChange={(e) => set("percent", e.target.value === "" ? null : Math.round(Number(e.target.value)))}
        />
        {fields.status === "COMPLETED" ? (
          <DateField
            id="completedOn"
            label={t("completedOn")}
            error={error("completedOn")}
            controlClassName="w-48"
            value={fields.completedOn}
            disabled={!canWrite}
            onValueChange={(day) => set("completedOn", day)}
          />
        ) : null}
      </div>

      {(["results", "difficulties", "proposals"] as const).map((field) => (
        <div key={field} className="flex flex-col gap-2">
          <TextareaField
            id={field}
            label={t(field)}
            hint={field === "results" ? t("resultsHelp") : undefined}
            error={error(field)}
            controlClassName="min-h-32 leading-relaxed"
            value={fields[field]}
            disabled={!canWrite}
            onChange={(e) => set(field, e.target.value)}
          />
          {field === "results" ? (
            <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <legend className="mb-1 font-semibold text-slate-800">{t("scope.legend")}</legend>
              {RESULT_SCOPES.map((scope) => (
                <label key={scope} className="flex cursor-pointer items-center gap-2">
                  <input
                    type="radio"
                    name="resultScope"
                    value={scope}
                    checked={fields.resultScope === scope}
                    disabled={!canWrite}
                    onChange={() => set("resultScope", scope)}
                  />
                  {t(`scope.${scope}`)}
                </label>
              ))}
            </fieldset>
          ) : null}
        </div>
      ))}

      <IndicatorFields
        indicators={indicators}
        value={fields.indicatorValues}
        onChange={(v) => set("indicatorValues", v)}
        disabled={!canWrite}
      />

      <CitedDocumentsField
        value={fields.citedDocuments}
        onChange={(v) => set("citedDocuments", v)}
        disabled={!canWrite}
        errors={fieldErrors}
      />

      <EvidenceField
        updateId={saved?.id ?? null}
        initial={initial?.attachments ?? []}
        disabled={!canWrite}
        maxUploadMb={maxUploadMb}
      />

      {canWrite ? (
        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 py-3">
          <Button
            onClick={() => void autosave.save()}
            disabled={state.kind === "saving" || state.kind === "conflict"}
          >
            {t("save")}
          </Button>
          <SaveStatus state={state} errorMessage={(code) => tErrors(code as "INTERNAL")} />
        </div>
      ) : null}
    </div>
  );
}

function SaveStatus({ state, errorMessage }: { state: SaveState; errorMessage: (code: string) => string }) {
  const t = useTranslations("update");
  const tone =
    state.kind === "saved"
      ? "text-emerald-800"
      : state.kind === "dirty" || state.kind === "saving" || state.kind === "idle"
        ? "text-slate-700"
        : "text-red-800";
  let text: string;
  switch (state.kind) {
    case "saved":
      text = t("saveStates.saved", { time: formatDateTime(new Date(state.at)) });
      break;
    case "error":
      text = t("saveStates.error", { message: errorMessage(state.code) });
      break;
    case "conflict":
      text = t("conflict.title");
      break;
    default:
      text = t(`saveStates.${state.kind}`);
  }
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium ${tone}`} data-testid="save-status">
      {text}
      {state.kind === "unauthenticated" ? (
        <>
          {" "}
          <a href="/sign-in" target="_blank" rel="noopener" className="underline">
            {t("signInAgain")}
          </a>
        </>
      ) : null}
    </p>
  );
}
