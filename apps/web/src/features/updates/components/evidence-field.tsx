"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/ui/field";
import { removeEvidenceAction, uploadEvidenceAction } from "@/features/attachments/actions";
import type { UploadProblem } from "@/features/attachments/upload-evidence";
import type { AttachmentView } from "../update-view";

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Tài liệu kiểm chứng: upload (type sniffed on the server), list, download, remove. */
export function EvidenceField({
  updateId,
  initial,
  disabled,
  maxUploadMb,
}: {
  updateId: string | null;
  initial: AttachmentView[];
  disabled: boolean;
  maxUploadMb: number;
}) {
  const t = useTranslations("update");
  const tErrors = useTranslations("errors");
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  async function upload() {
    const file = fileInput.current?.files?.[0];
    if (!file || !updateId) return;
    if (file.size > maxUploadMb * 1024 * 1024) {
      setMessage(t("uploadErrors.tooLarge", { maxMb: maxUploadMb }));
      return;
    }
    setBusy(true);
    setMessage(null);
    const form = new FormData();
    form.set("updateId", updateId);
    form.set("file", file);
    try {
      const result = await uploadEvidenceAction(form);
      if (result.status === "uploaded") {
        setFiles((list) => [...list, result.attachment]);
        if (fileInput.current) fileInput.current.value = "";
      } else if (result.reason) {
        setMessage(t(`uploadErrors.${result.reason as UploadProblem}`, { maxMb: maxUploadMb }));
      } else {
        setMessage(tErrors(result.error));
      }
    } catch {
      setMessage(tErrors("INTERNAL"));
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string) {
    const result = await removeEvidenceAction(id);
    if (result.status === "removed") setFiles((list) => list.filter((f) => f.id !== id));
    else setMessage(tErrors(result.error));
  }

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-semibold text-slate-800">{t("evidence")}</legend>
      <p id={`${inputId}-help`} className="text-sm text-slate-700">
        {t("evidenceHelp", { maxMb: maxUploadMb })}
      </p>
      {files.length === 0 ? <p className="text-sm text-slate-600">{t("noEvidence")}</p> : null}
      <ul className="flex flex-col gap-1" data-testid="evidence-list">
        {files.map((f) => (
          <li key={f.id} className="flex flex-wrap items-center gap-3 text-sm">
            <a
              href={`/files/${f.id}`}
              className="font-medium text-brand-700 underline"
              aria-label={t("download", { name: f.fileName })}
            >
              {f.fileName}
            </a>
            <span className="text-slate-600">{formatSize(f.size)}</span>
            {!disabled ? (
              <button
                type="button"
                className="text-red-700 underline"
                onClick={() => void remove(f.id)}
                aria-label={t("removeFile", { name: f.fileName })}
              >
                ✕
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {!disabled ? (
        <div className="flex flex-wrap items-end gap-2">
          <FileField
            ref={fileInput}
            id={inputId}
            label={t("chooseFile")}
            accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-describedby={`${inputId}-help`}
            disabled={!updateId || busy}
          />
          <Button variant="secondary" onClick={() => void upload()} disabled={!updateId || busy}>
            {busy ? t("uploading") : t("upload")}
          </Button>
          {!updateId ? <p className="text-sm text-slate-700">{t("uploadErrors.saveFirst")}</p> : null}
        </div>
      ) : null}
      {message ? (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      ) : null}
    </fieldset>
  );
}
