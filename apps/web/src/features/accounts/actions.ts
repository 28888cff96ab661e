"use server";

import { AppError } from "@plan-tracker/core";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { checkLoginThrottle, recordLoginAttempt, throttleDelay } from "@/features/auth/throttle";
import { authedAction, publicAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { prisma } from "@/server/db";
import { changePassword } from "./change-password";
import { linkBase } from "./link-base";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema } from "./schema";

const PASSWORD_FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;
type PasswordField = (typeof PASSWORD_FIELDS)[number];

/**
 * Field errors are keys under accounts.errors; the form says `accountErrorKey(error)` above them.
 * Passwords are never sent back: the browser keeps nothing typed there. Success redirects.
 */
export type PasswordFormState = ActionState<never, PasswordField>;

/** A field the domain refused (the current password is wrong, the new one weak). */
const fieldRefusal = (field: PasswordField, key: string) =>
  new AppError("VALIDATION", { message: `password: ${key}`, details: { fieldErrors: { [field]: [key] } } });

export const changePasswordAction = authedAction(
  {
    name: "user.passwordChange",
    input: (_prev: PasswordFormState, form: FormData) => ({
      currentPassword: form.get("currentPassword"),
      newPassword: form.get("newPassword"),
      confirmPassword: form.get("confirmPassword"),
    }),
    schema: changePasswordSchema,
    fields: PASSWORD_FIELDS,
  },
  async ({ actor, input, request }): Promise<never> => {
    const context = await request();
    // The current password is guessable here as on the sign-in page: the same throttle, the same counters.
    const throttle = await checkLoginThrottle(actor.email, context.ip);
    if (!throttle.allowed)
      throw new AppError("RATE_LIMITED", { details: { minutes: throttle.retryAfterMinutes } });
    await throttleDelay(throttle);
    const outcome = await changePassword(prisma, actor, input, context);
    if (outcome.status === "wrong_current") {
      await recordLoginAttempt(actor.email, context.ip, false);
      throw fieldRefusal("currentPassword", "wrongCurrent");
    }
    if (outcome.status === "weak") throw fieldRefusal("newPassword", outcome.problem);

    // Every session, this one included, is now refused. The user has just proved the password twice over,
    // so this browser signs in again at once with the new one instead of asking for it a third time.
    try {
      await signIn("credentials", {
        email: outcome.email,
        password: input.newPassword,
        redirectTo: "/settings/password?changed=1",
      });
    } catch (error) {
      if (error instanceof AuthError) redirect("/sign-in?changed=1");
      throw error; // the redirect signIn throws on success
    }
    redirect("/sign-in?changed=1");
  },
);

/** Sent (the same answer whether the account exists or not), or refused; the typed email comes back. */
export type ForgotPasswordState = ActionState<{ status: "sent"; email: string }, "email", { email: string }>;

const typedEmail = (_prev: ForgotPasswordState, form: FormData) => ({
  email: String(form.get("email") ?? "").slice(0, 320),
});

export const forgotPasswordAction = publicAction(
  {
    name: "user.passwordResetRequest",
    input: typedEmail,
    schema: forgotPasswordSchema,
    fields: ["email"],
    values: typedEmail,
  },
  async ({ input, request }) => {
    const outcome = await requestPasswordReset(prisma, input.email, {
      ...(await request()),
      baseUrl: await linkBase(),
    });
    if (outcome.status === "rate_limited")
      throw new AppError("RATE_LIMITED", { details: { minutes: outcome.minutes } });
    return { status: "sent" as const, email: input.email };
  },
);

/**
 * A link that turned out unknown (NOT_FOUND), or used or expired meanwhile (another tab, the clock:
 * CONFLICT), is refused with that `reason`; the form then says so instead of asking for a password.
 */
export type ResetPasswordState = ActionState<never, "token" | "newPassword" | "confirmPassword">;

export const resetPasswordAction = publicAction(
  {
    name: "user.passwordReset",
    input: (_prev: ResetPasswordState, form: FormData) => ({
      token: form.get("token"),
      newPassword: form.get("newPassword"),
      confirmPassword: form.get("confirmPassword"),
    }),
    schema: resetPasswordSchema,
    fields: ["token", "newPassword", "confirmPassword"],
    reasons: ["unknown", "used", "expired"],
  },
  async ({ input, request }): Promise<never> => {
    const outcome = await resetPassword(prisma, input, await request());
    if (outcome.status === "invalid")
      throw new AppError(outcome.state === "unknown" ? "NOT_FOUND" : "CONFLICT", {
        message: `reset link ${outcome.state}`,
        details: { reason: outcome.state },
      });
    if (outcome.status === "weak") throw fieldRefusal("newPassword", outcome.problem);
    redirect(outcome.locked ? "/sign-in?reset=locked" : "/sign-in?reset=1");
  },
);
