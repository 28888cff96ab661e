"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { ConfirmDialog, ConfirmDialogCancel, ConfirmDialogTrigger } from "@/components/ui/confirm-dialog";
import { sendResetLinkAction, setUserLockAction, type UserActionState } from "../actions";

/**
 * Lock or unlock, and send a reset link, for one row; the outcome is announced beside the buttons. Locking
 * ends the person's sessions at once, so it asks first, naming them; unlocking does not.
 */
export function UserRowActions({
  userId,
  name,
  locked,
  isSelf,
}: {
  userId: string;
  name: string;
  locked: boolean;
  isSelf: boolean;
}) {
  const t = useTranslations("usersAdmin");
  const tErrors = useTranslations("errors");
  const [lockState, lockAction, lockPending] = useActionState<UserActionState, FormData>(setUserLockAction, {
    status: "idle",
  });
  const [resetState, resetAction, resetPending] = useActionState<UserActionState, FormData>(
    sendResetLinkAction,
    { status: "idle" },
  );
  const message = (state: UserActionState) => {
    if (state.status === "done")
      return { ok: true, text: t(`results.${state.done}`, { who: state.who || name }) };
    if (state.status !== "error") return null;
    const text = state.reason === "self" ? t("errors.selfLock") : tErrors(state.error);
    return { ok: false, text };
  };
  const shown = [message(lockState), message(resetState)].filter((m) => m !== null);
  const [confirming, setConfirming] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);
  // Set when the dialog's form is sent, so only its answer closes the dialog and moves focus.
  const sentFromDialog = useRef(false);

  // The answer closes the dialog. The lock button it came from is then the unlock button (or unchanged on a
  // refusal), so focus goes to the announced outcome rather than to a button that may be gone.
  useEffect(() => {
    if (sentFromDialog.current && lockState.status !== "idle") setConfirming(false);
  }, [lockState]);

  return (
    // The dialog stays mounted across the row's re-render as locked, so it closes (and hands focus back) itself.
    <ConfirmDialog
      open={confirming}
      onOpenChange={setConfirming}
      focusOnClose={() => {
        if (!sentFromDialog.current) return undefined;
        sentFromDialog.current = false;
        return statusRef.current;
      }}
      title={t("lockConfirm.title", { name })}
      description={t("lockConfirm.body", { name })}
      actions={
        <form
          action={lockAction}
          onSubmit={() => {
            sentFromDialog.current = true;
          }}
          className="flex justify-end gap-2"
        >
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="locked" value="1" />
          <ConfirmDialogCancel>{t("lockConfirm.cancel")}</ConfirmDialogCancel>
          <button type="submit" disabled={lockPending} className={buttonClass("destructive")}>
            {lockPending ? t("lockConfirm.working") : t("lockConfirm.confirm")}
          </button>
        </form>
      }
    >
      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap gap-2">
          {locked ? (
            <form action={lockAction}>
              <input type="hidden" name="userId" value={userId} />
              <input type="hidden" name="locked" value="0" />
              <Button
                type="submit"
                variant="secondary"
                disabled={lockPending}
                aria-label={t("unlockUser", { name })}
                className="px-3 py-1"
              >
                {t("unlock")}
              </Button>
            </form>
          ) : isSelf ? null : (
            <ConfirmDialogTrigger
              className={buttonClass("danger", "px-3 py-1")}
              aria-label={t("lockUser", { name })}
            >
              {t("lock")}
            </ConfirmDialogTrigger>
          )}
          <form action={resetAction}>
            <input type="hidden" name="userId" value={userId} />
            <Button
              type="submit"
              variant="secondary"
              disabled={resetPending}
              aria-label={t("sendResetUser", { name })}
              className="px-3 py-1"
            >
              {t("sendReset")}
            </Button>
          </form>
        </div>
        <div ref={statusRef} tabIndex={-1} role="status" className="text-sm">
          {shown.map((m) => (
            <p key={m.text} className={m.ok ? "text-green-800" : "text-red-700"}>
              {m.text}
            </p>
          ))}
        </div>
      </div>
    </ConfirmDialog>
  );
}
