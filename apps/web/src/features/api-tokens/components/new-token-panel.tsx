"use client";

import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** The new token, shown once: selected and focused so it can be copied at once. */
export function NewTokenPanel({ name, token }: { name: string; token: string }) {
  const t = useTranslations("tokens");
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function copyToken() {
    try {
      await navigator.clipboard.writeText(token);
      setCopy("copied");
    } catch {
      inputRef.current?.select();
      setCopy("failed");
    }
  }

  return (
    <section
      aria-labelledby="new-token-title"
      className="flex flex-col gap-3 rounded-md border border-emerald-300 bg-emerald-50 p-4"
    >
      <h3 id="new-token-title" className="font-semibold text-emerald-900 wrap-anywhere">
        {t("createdNotice", { name })}
      </h3>
      <p className="text-sm text-slate-800">{t("created")}</p>
      <div className="flex flex-wrap items-end gap-2">
        <Field
          ref={inputRef}
          id="new-token"
          label={t("tokenLabel")}
          readOnly
          value={token}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1"
          controlClassName="w-full font-mono"
        />
        <Button variant="secondary" onClick={copyToken}>
          {copy === "copied" ? (
            <Check aria-hidden className="size-4" />
          ) : (
            <Copy aria-hidden className="size-4" />
          )}
          {t("copy")}
        </Button>
      </div>
      <p role="status" className="min-h-5 text-sm text-slate-800">
        {copy === "copied" ? t("copied") : copy === "failed" ? t("copyFailed") : ""}
      </p>
      <div className="text-sm text-slate-800">
        <p>{t("usage")}</p>
        <code className="mt-1 block overflow-x-auto rounded bg-white px-2 py-1 font-mono text-xs">
          Authorization: Bearer pt_…
        </code>
      </div>
    </section>
  );
}
