"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type SaveUpdateActionResult, saveUpdateAction } from "../actions";
import type { UpdateView } from "../update-view";
import { type FormFields, fieldsOf, localDraftKey, sameFields, writeLocalDraft } from "./form-state";

export type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "unauthenticated" }
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  | { kind: "error"; code: string }
  | { kind: "conflict"; current: UpdateView };

export interface UpdateIds {
  periodId: string;
  taskId: string;
  actionItemId: string | null;
  organizationId: string;
}

const DEBOUNCE_MS = 1500;

/**
 * Saves as the user types (debounced) and keeps every unsaved keystroke in localStorage until the
 * server has it. A stale version stops autosaving and hands both texts to the conflict view.
 */
export function useAutosave(
  idsIn: UpdateIds,
  initial: UpdateView | null,
  fields: FormFields,
  enabled: boolean,
) {
  const { periodId, taskId, actionItemId, organizationId } = idsIn;
  const ids = useMemo(
    () => ({ periodId, taskId, actionItemId, organizationId }),
    [periodId, taskId, actionItemId, organizationId],
  );
  const key = localDraftKey(ids);
  const [saved, setSaved] = useState<UpdateView | null>(initial);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const stateRef = useRef(state);
  stateRef.current = state;
  const baseVersion = useRef(initial?.version ?? 0);
  const savedFields = useRef<FormFields>(fieldsOf(initial));
  const inFlight = useRef(false);
  const latest = useRef(fields);
  latest.current = fields;

  /** `confirm`: save unchanged text too (the agency keeps what was carried forward as this period's). */
  const save = useCallback(
    async (options: { confirm?: boolean } = {}) => {
      if (!enabled || inFlight.current) return;
      const snapshot = latest.current;
      if (!options.confirm && sameFields(snapshot, savedFields.current) && baseVersion.current > 0) return;
      inFlight.current = true;
      setState({ kind: "saving" });
      let result: SaveUpdateActionResult;
      try {
        result = await saveUpdateAction({ ...ids, ...snapshot, expectedVersion: baseVersion.current });
      } catch {
        inFlight.current = false;
        setState({ kind: "offline" });
        return;
      }
      inFlight.current = false;
      if (result.status === "saved") {
        baseVersion.current = result.update.version;
        savedFields.current = snapshot;
        setSaved(result.update);
        if (sameFields(snapshot, latest.current)) {
          writeLocalDraft(key, null);
          setState({ kind: "saved", at: result.update.updatedAt });
        } else {
          setState({ kind: "dirty" });
        }
      } else if (result.status === "conflict") {
        setState({ kind: "conflict", current: result.current });
      } else if (result.error === "VALIDATION" && result.fieldErrors) {
        const fieldErrors: Record<string, string[]> = {};
        for (const [path, message] of Object.entries(result.fieldErrors))
          if (message) fieldErrors[path] = [message];
        setState({ kind: "invalid", fieldErrors });
      } else if (result.error === "UNAUTHENTICATED") {
        setState({ kind: "unauthenticated" });
      } else {
        setState({ kind: "error", code: result.error });
      }
    },
    [enabled, ids, key],
  );

  // Every change: keep it locally at once, save it to the server after a pause in typing.
  useEffect(() => {
    if (!enabled || sameFields(fields, savedFields.current)) return;
    writeLocalDraft(key, { fields, baseVersion: baseVersion.current, savedAt: new Date().toISOString() });
    const kind = stateRef.current.kind;
    if (kind !== "conflict" && kind !== "unauthenticated" && kind !== "dirty") setState({ kind: "dirty" });
    const timer = setTimeout(() => {
      if (stateRef.current.kind !== "conflict") void save();
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [fields, enabled, key, save]);

  // Back online: retry what could not be sent.
  useEffect(() => {
    const retry = () => {
      if (stateRef.current.kind === "offline") void save();
    };
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [save]);

  // Leaving with unsaved text: the browser asks first (the text is also in localStorage).
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      const kind = stateRef.current.kind;
      if (
        kind === "dirty" ||
        kind === "saving" ||
        kind === "offline" ||
        kind === "conflict" ||
        kind === "unauthenticated"
      ) {
        event.preventDefault();
      }
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  /** Conflict resolved by keeping mine: the next save is based on the version the other person saved. */
  const keepMine = useCallback(
    (current: UpdateView) => {
      baseVersion.current = current.version;
      savedFields.current = fieldsOf(current);
      setSaved(current);
      setState({ kind: "dirty" });
      setTimeout(() => void save(), 0);
    },
    [save],
  );

  /** Conflict resolved by taking theirs: the caller puts the saved text in the form. */
  const takeTheirs = useCallback(
    (current: UpdateView) => {
      baseVersion.current = current.version;
      savedFields.current = fieldsOf(current);
      setSaved(current);
      writeLocalDraft(key, null);
      setState({ kind: "saved", at: current.updatedAt });
    },
    [key],
  );

  return { state, saved, save, keepMine, takeTheirs, baseVersion };
}
