"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
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
          <CheckboxField key={row.kind} name={row.kind} defaultChecked={row.email} label={row.label} />
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
