"use server";

import { AppError } from "@plan-tracker/core";
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import { RateLimitedSignIn, signIn, signOut } from "@/auth";
import { publicAction, publicFormAction } from "@/server/action-client";
import type { ActionState } from "@/server/action-result";
import { signInSchema } from "./schema";

/**
 * A refusal's `reason` (or, for a field the form's check refused, that field's message) is a key under
 * signIn.errors; the typed email comes back in `values`. Success redirects.
 */
export type SignInState = ActionState<never, "email" | "password", { email: string }>;

/** Only same-site paths: an attacker's callbackUrl must not turn sign-in into an open redirect. */
function safeCallback(url: string | undefined): string {
  return url?.startsWith("/") && !url.startsWith("//") ? url : "/";
}

const refused = (code: "RATE_LIMITED" | "UNAUTHENTICATED" | "INTERNAL", reason: string, minutes?: number) =>
  new AppError(code, { message: `sign-in: ${reason}`, details: { reason, ...(minutes ? { minutes } : {}) } });

export const signInAction = publicAction(
  {
    name: "auth.signIn",
    input: (_prev: SignInState, form: FormData) => ({
      email: form.get("email"),
      password: form.get("password"),
      callbackUrl: form.get("callbackUrl") ?? undefined,
    }),
    schema: signInSchema,
    fields: ["email", "password"],
    values: (_prev, form) => ({ email: String(form.get("email") ?? "") }),
    reasons: ["rate_limited", "invalid_credentials", "unexpected"],
  },
  async ({ input }): Promise<never> => {
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeCallback(input.callbackUrl),
      });
    } catch (error) {
      if (error instanceof RateLimitedSignIn)
        throw refused("RATE_LIMITED", "rate_limited", error.retryAfterMinutes);
      if (error instanceof CredentialsSignin) {
        const minutes = Number((error as { retryAfterMinutes?: number }).retryAfterMinutes);
        throw error.code === "rate_limited"
          ? refused("RATE_LIMITED", "rate_limited", Number.isFinite(minutes) ? minutes : 15)
          : refused("UNAUTHENTICATED", "invalid_credentials");
      }
      if (error instanceof AuthError) throw refused("INTERNAL", "unexpected");
      // signIn redirects by throwing; the action client lets Next.js handle it.
      throw error;
    }
    throw new Error("signIn returned without redirecting");
  },
);

export const signOutAction = publicFormAction(
  { name: "auth.signOut", input: () => ({}), schema: z.object({}) },
  async () => {
    await signOut({ redirectTo: "/sign-in" });
  },
);
