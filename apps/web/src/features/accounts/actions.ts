"use server";

import { toAppError } from "@plan-tracker/core";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { checkLoginThrottle, recordLoginAttempt } from "@/features/auth/throttle";
import { auditRequestContext } from "@/server/audit";
import { prisma } from "@/server/db";
import { getActor } from "@/server/session";
import { changePassword } from "./change-password";
import { linkBase } from "./link-base";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { changePasswordSchema, forgotPasswordSchema, resetPasswordSchema } from "./schema";

type PasswordField = "currentPassword" | "newPassword" | "confirmPassword";

/** Message keys under accounts.errors. Passwords are never sent back: the browser keeps nothing typed there. */
export interface PasswordFormState {
  error?: string;
  minutes?: number;
  fieldErrors?: Partial<Record<PasswordField, string>>;
}

function fieldErrorsOf(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const fieldErrors: Partial<Record<PasswordField, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0] as PasswordField;
    if (!fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  return fieldErrors;
}

function unexpected(error: unknown, what: string): PasswordFormState {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") console.error(`${what} failed`, appError.cause ?? appError);
  return { error: appError.code === "UNAVAILABLE" ? "unavailable" : "unexpected" };
}

export async function changePasswordAction(
  _prev: PasswordFormState,
  form: FormData,
): Promise<PasswordFormState> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in?expired=1");
  const parsed = changePasswordSchema.safeParse({
    currentPassword: form.get("currentPassword"),
    newPassword: form.get("newPassword"),
    confirmPassword: form.get("confirmPassword"),
  });
  if (!parsed.success) return { error: "fix_fields", fieldErrors: fieldErrorsOf(parsed.error.issues) };

  const context = await auditRequestContext();
  // The current password is guessable here as on the sign-in page: the same throttle, the same counters.
  const throttle = await checkLoginThrottle(actor.email, context.ip);
  if (!throttle.allowed) return { error: "rate_limited", minutes: throttle.retryAfterMinutes ?? 15 };

  let outcome: Awaited<ReturnType<typeof changePassword>>;
  try {
    outcome = await changePassword(prisma, actor, parsed.data, context);
  } catch (error) {
    return unexpected(error, "user.passwordChange");
  }
  if (outcome.status === "wrong_current") {
    await recordLoginAttempt(actor.email, context.ip, false);
    return { error: "fix_fields", fieldErrors: { currentPassword: "wrongCurrent" } };
  }
  if (outcome.status === "weak")
    return { error: "fix_fields", fieldErrors: { newPassword: outcome.problem } };

  // Every session, this one included, is now refused. The user has just proved the password twice over,
  // so this browser signs in again at once with the new one instead of asking for it a third time.
  try {
    await signIn("credentials", {
      email: outcome.email,
      password: parsed.data.newPassword,
      redirectTo: "/settings/password?changed=1",
    });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in?changed=1");
    throw error; // the redirect signIn throws on success
  }
  return {};
}

export interface ForgotPasswordState {
  status?: "sent" | "error";
  error?: string;
  minutes?: number;
  email?: string;
}

export async function forgotPasswordAction(
  _prev: ForgotPasswordState,
  form: FormData,
): Promise<ForgotPasswordState> {
  const email = String(form.get("email") ?? "").slice(0, 320);
  const parsed = forgotPasswordSchema.safeParse({ email });
  if (!parsed.success)
    return { status: "error", error: parsed.error.issues[0]?.message ?? "invalidEmail", email };
  try {
    const context = await auditRequestContext();
    const outcome = await requestPasswordReset(prisma, parsed.data.email, {
      ...context,
      baseUrl: await linkBase(),
    });
    if (outcome.status === "rate_limited")
      return { status: "error", error: "rate_limited", minutes: outcome.minutes, email };
    return { status: "sent", email: parsed.data.email };
  } catch (error) {
    return { status: "error", ...unexpected(error, "user.passwordResetRequest"), email };
  }
}

export interface ResetPasswordState extends PasswordFormState {
  /** The link turned out used or expired meanwhile (another tab, the clock). */
  invalid?: "expired" | "used" | "unknown";
}

export async function resetPasswordAction(
  _prev: ResetPasswordState,
  form: FormData,
): Promise<ResetPasswordState> {
  const parsed = resetPasswordSchema.safeParse({
    token: form.get("token"),
    newPassword: form.get("newPassword"),
    confirmPassword: form.get("confirmPassword"),
  });
  if (!parsed.success) {
    if (parsed.error.issues.some((i) => i.path[0] === "token")) return { invalid: "unknown" };
    return { error: "fix_fields", fieldErrors: fieldErrorsOf(parsed.error.issues) };
  }
  let outcome: Awaited<ReturnType<typeof resetPassword>>;
  try {
    outcome = await resetPassword(prisma, parsed.data, await auditRequestContext());
  } catch (error) {
    return unexpected(error, "user.passwordReset");
  }
  if (outcome.status === "invalid") return { invalid: outcome.state };
  if (outcome.status === "weak")
    return { error: "fix_fields", fieldErrors: { newPassword: outcome.problem } };
  redirect(outcome.locked ? "/sign-in?reset=locked" : "/sign-in?reset=1");
}
