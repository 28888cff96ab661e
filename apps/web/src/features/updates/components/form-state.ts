import type { UpdateFields } from "../schema";
import type { UpdateView } from "../update-view";

/** The editable part of an update as the form holds it. */
export type FormFields = UpdateFields;

export const EMPTY_FIELDS: FormFields = {
  status: "NOT_STARTED",
  percent: null,
  completedOn: null,
  results: "",
  resultScope: "PERIOD",
  difficulties: "",
  proposals: "",
  citedDocuments: [],
  indicatorValues: [],
};

export function fieldsOf(view: UpdateView | null): FormFields {
  if (!view) return EMPTY_FIELDS;
  return {
    status: view.status,
    percent: view.percent,
    completedOn: view.completedOn,
    results: view.results,
    resultScope: view.resultScope,
    difficulties: view.difficulties,
    proposals: view.proposals,
    citedDocuments: view.citedDocuments,
    indicatorValues: view.indicatorValues,
  };
}

export function sameFields(a: FormFields, b: FormFields): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What the browser keeps of unsaved text, so nothing typed is lost to an expired session or a lost network. */
export interface LocalDraft {
  fields: FormFields;
  baseVersion: number;
  savedAt: string;
}

export function localDraftKey(ids: {
  periodId: string;
  taskId: string;
  actionItemId: string | null;
  organizationId: string;
}) {
  return `plan-tracker:update:${ids.periodId}:${ids.organizationId}:${ids.taskId}:${ids.actionItemId ?? "task"}`;
}

export function readLocalDraft(key: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(key: string, draft: LocalDraft | null): void {
  try {
    if (draft) window.localStorage.setItem(key, JSON.stringify(draft));
    else window.localStorage.removeItem(key);
  } catch {
    // Storage full or disabled: the server save still runs; there is nothing better to do here.
  }
}
