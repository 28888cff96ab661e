"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { sendResetLinkAction, setUserLockAction, type UserActionState } from "../actions";

/** Lock or unlock, and send a reset link, for one row; the outcome is announced beside the buttons. */
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
  const [lockState, lockAction, lockPending] = useActionState<UserActionState, FormData>(
    setUserLockAction,
    {},
  );
  const [resetState, resetAction, resetPending] = useActionState<UserActionState, FormData>(
    sendResetLinkAction,
    {},
  );
  const message = (state: UserActionState) => {
    if (state.done) return { ok: true, text: t(`results.${state.done}`, { who: state.who ?? name }) };
    if (!state.error) return null;
    const text = state.error === "selfLock" ? t("errors.selfLock") : tErrors(state.error as "FORBIDDEN");
    return { ok: false, text };
  };
  const shown = [message(lockState), message(resetState)].filter((m) => m !== null);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {isSelf && !locked ? null : (
          <form action={lockAction}>
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="locked" value={locked ? "0" : "1"} />
            <Button
              type="submit"
              variant={locked ? "secondary" : "danger"}
              disabled={lockPending}
              aria-label={locked ? t("unlockUser", { name }) : t("lockUser", { name })}
              className="px-3 py-1"
            >
              {locked ? t("unlock") : t("lock")}
            </Button>
          </form>
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
      <div role="status" className="text-sm">
        {shown.map((m) => (
          <p key={m.text} className={m.ok ? "text-green-800" : "text-red-700"}>
            {m.text}
          </p>
        ))}
      </div>
    </div>
  );
}
