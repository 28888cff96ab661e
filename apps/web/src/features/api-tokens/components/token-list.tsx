"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmDialog, ConfirmDialogCancel } from "@/components/ui/confirm-dialog";
import { type RevokeApiTokenState, revokeApiTokenAction } from "../actions";
import type { ApiTokenStatus } from "../token";

/** A token as the list shows it: dates already formatted on the server (Vietnam time). */
export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  status: ApiTokenStatus;
}

const STATUS_TONE = { active: "success", revoked: "neutral", expired: "warning" } as const;

export function TokenList({ tokens }: { tokens: TokenRow[] }) {
  const t = useTranslations("tokens");
  const tErrors = useTranslations("errors");
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const [state, action, pending] = useActionState<RevokeApiTokenState, FormData>(revokeApiTokenAction, {
    status: "idle",
  });
  const statusRef = useRef<HTMLParagraphElement>(null);
  // The token a failure belongs to, so another token's dialog does not show it.
  const [submittedFor, setSubmittedFor] = useState<string | null>(null);
  const justRevoked = useRef(false);
  // The dialog has no Radix trigger (one dialog serves every row): focus goes back to the row's button.
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (state.status === "revoked") {
      justRevoked.current = true;
      setTarget(null);
    }
  }, [state]);

  return (
    <div className="flex flex-col gap-3">
      {/* Always in the page (a live region must exist before its text changes); visible once it speaks. */}
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={state.status === "revoked" ? "text-sm font-semibold text-emerald-900" : "sr-only"}
      >
        {state.status === "revoked" ? t("revokedNotice", { name: state.name }) : ""}
      </p>
      {tokens.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("list")}</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("name")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("prefix")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("createdAt")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("lastUsed")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("expiresAt")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("status")}
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-t border-slate-100 align-middle">
                  <th scope="row" className="max-w-72 px-3 py-2 text-left font-semibold wrap-anywhere">
                    {token.name}
                  </th>
                  <td className="px-3 py-2 font-mono whitespace-nowrap">{token.prefix}…</td>
                  <td className="px-3 py-2 whitespace-nowrap">{token.createdAt}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{token.lastUsedAt ?? t("neverUsed")}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{token.expiresAt ?? t("never")}</td>
                  <td className="px-3 py-2">
                    <Badge tone={STATUS_TONE[token.status]}>{t(token.status)}</Badge>
                  </td>
                  <td className="px-3 py-2 text-right">
                    {token.status === "active" ? (
                      <Button
                        variant="danger"
                        className="px-3 py-1"
                        aria-label={t("revokeLabel", { name: token.name })}
                        onClick={(event) => {
                          opener.current = event.currentTarget;
                          setTarget({ id: token.id, name: token.name });
                        }}
                      >
                        {t("revoke")}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <ConfirmDialog
        open={target !== null}
        onOpenChange={(open) => (open ? null : setTarget(null))}
        // The row's button is gone once the token is revoked: land on the confirmation instead.
        focusOnClose={() => {
          if (!justRevoked.current) return opener.current;
          justRevoked.current = false;
          return statusRef.current;
        }}
        title={t("revokeTitle", { name: target?.name ?? "" })}
        description={t("revokeBody")}
        error={state.status === "error" && submittedFor === target?.id ? tErrors(state.error) : null}
        actions={
          <form
            action={action}
            onSubmit={() => setSubmittedFor(target?.id ?? null)}
            className="flex justify-end gap-2"
          >
            <input type="hidden" name="tokenId" value={target?.id ?? ""} />
            <ConfirmDialogCancel>{t("cancel")}</ConfirmDialogCancel>
            <button type="submit" disabled={pending} className={buttonClass("destructive")}>
              {pending ? t("revoking") : t("revokeConfirm")}
            </button>
          </form>
        }
      />
    </div>
  );
}
