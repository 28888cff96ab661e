"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/field";
import { applyReimportAction, type WriteState } from "../actions";
import { writeErrorKey } from "./error-keys";

/** Confirms a re-import: applies the differences shown above in one transaction. */
export function ApplyForm({
  draftId,
  newOrganizations,
  disabled,
}: {
  draftId: string;
  newOrganizations: string[];
  disabled: boolean;
}) {
  const t = useTranslations("planImport");
  const [state, action, pending] = useActionState<WriteState, FormData>(applyReimportAction, {
    status: "idle",
  });
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") alertRef.current?.focus();
  }, [state]);
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="draftId" value={draftId} />
      {state.status === "error" ? (
        <Alert ref={alertRef} tabIndex={-1}>
          <p>{t(`writeErrors.${writeErrorKey(state)}`)}</p>
          {state.messages?.length ? (
            <ul className="mt-1 list-disc pl-5">
              {state.messages.map((message, i) => (
                <li key={`${i}-${message}`}>{message}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {newOrganizations.length > 0 ? (
        <CheckboxField
          size="sm"
          name="createOrganizations"
          label={t("reimport.createOrganizations", { names: newOrganizations.join(", ") })}
        />
      ) : null}
      <div>
        <Button type="submit" disabled={pending || disabled}>
          {pending ? t("reimport.applying") : t("reimport.apply")}
        </Button>
      </div>
    </form>
  );
}
