"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { type SaveChoicesState, saveEmailChoicesAction } from "../actions";

export interface ChoiceRow {
  kind: string;
  label: string;
  email: boolean;
}

export function EmailChoicesForm({ rows }: { rows: ChoiceRow[] }) {
  const t = useTranslations("notificationSettings");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<SaveChoicesState, FormData>(saveEmailChoicesAction, {
    status: "idle",
  });
  return (
    <form action={action} className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t("legend")}</legend>
        {rows.map((row) => (
          <label key={row.kind} className="flex items-start gap-3 text-base">
            <input
              type="checkbox"
              name={row.kind}
              defaultChecked={row.email}
              className="mt-1 size-5 shrink-0 accent-brand-600"
            />
            <span>{row.label}</span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm">
          {state.status === "saved" ? t("saved") : null}
          {state.status === "error" ? <span className="text-red-700">{te(state.error)}</span> : null}
        </p>
      </div>
    </form>
  );
}
