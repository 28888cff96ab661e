"use client";

import type { TextBlock } from "@plan-tracker/core";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/field";
import { type BlockActionState, saveBlockAction } from "../actions";
import { BLOCK_TEXT_MAX } from "../schema";
import { Paragraphs } from "./paragraphs";

interface Props {
  periodId: string;
  version: number;
  block: TextBlock;
  /** What the block is, for the editor's label ("Kết quả nhiệm vụ II.1.a"). */
  name: string;
  canEdit: boolean;
  empty?: string;
}

const draftKey = (periodId: string, key: string) => `plan-tracker:report:${periodId}:${key}`;

/**
 * One editable part of the report. What the compiler types is kept in the browser until the server has it,
 * so a refused save (someone else saved first, the session expired) or a closed tab loses nothing.
 */
export function BlockEditor({ periodId, version, block, name, canEdit, empty }: Props) {
  const t = useTranslations("report");
  const tErrors = useTranslations("errors");
  const [state, save, saving] = useActionState<BlockActionState, FormData>(saveBlockAction, {
    status: "idle",
  });
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(block.text);
  const [restored, setRestored] = useState(false);
  const areaId = useId();
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const storageKey = draftKey(periodId, block.key);

  useEffect(() => {
    const draft = window.localStorage.getItem(storageKey);
    if (draft !== null && draft !== block.text) {
      setText(draft);
      setEditing(true);
      setRestored(true);
    }
  }, [storageKey, block.text]);

  useEffect(() => {
    if (state.status === "saved") {
      window.localStorage.removeItem(storageKey);
      setEditing(false);
      setRestored(false);
    }
  }, [state, storageKey]);

  useEffect(() => {
    if (editing) areaRef.current?.focus();
  }, [editing]);

  const failure = state.status === "error" ? state : null;
  const message = failure
    ? failure.reason
      ? t(`errors.${failure.reason}`)
      : failure.fieldErrors?.text
        ? t(`errors.${failure.fieldErrors.text}` as "errors.tooLong")
        : tErrors(failure.error)
    : null;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        {block.edited ? <Badge tone="info">{t("block.edited")}</Badge> : null}
        {block.stale ? (
          <Badge tone="warning">
            <span aria-hidden="true">⚠&nbsp;</span>
            {t("block.stale")}
          </Badge>
        ) : null}
      </div>
      {editing ? (
        <form action={save} className="flex flex-col gap-2">
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="key" value={block.key} />
          {restored ? <p className="text-sm text-brand-900">{t("block.restored")}</p> : null}
          <TextareaField
            id={areaId}
            ref={areaRef}
            name="text"
            label={t("block.label", { name })}
            error={message ?? undefined}
            announceError
            value={text}
            maxLength={BLOCK_TEXT_MAX}
            rows={Math.min(16, Math.max(4, text.split("\n").length + 1))}
            onChange={(e) => {
              setText(e.target.value);
              window.localStorage.setItem(storageKey, e.target.value);
            }}
            controlClassName="leading-relaxed"
          />
          {block.edited ? (
            <details className="text-sm text-slate-700">
              <summary className="cursor-pointer">{t("block.showGenerated")}</summary>
              <div className="mt-2 rounded border border-slate-200 bg-slate-50 p-2">
                <Paragraphs text={block.generated} empty={empty} />
              </div>
            </details>
          ) : null}
          <div className="flex gap-2">
            <Button type="submit" disabled={saving}>
              {saving ? t("block.saving") : t("block.save")}
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                window.localStorage.removeItem(storageKey);
                setText(block.text);
                setEditing(false);
                setRestored(false);
              }}
            >
              {t("block.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <Paragraphs text={block.text} empty={empty} />
          {canEdit ? (
            <div className="flex items-center gap-3">
              <Button
                variant="secondary"
                className="self-start px-3 py-1"
                aria-label={`${t("block.edit")}: ${name}`}
                onClick={() => {
                  setText(block.text);
                  setEditing(true);
                }}
              >
                {t("block.edit")}
              </Button>
              {state.status === "saved" ? (
                <span role="status" className="text-sm text-emerald-800">
                  {t("block.saved")}
                </span>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
