"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { RateLimitedSignIn, signIn, signOut } from "@/auth";
import { signInSchema } from "./schema";

export interface SignInState {
  /** Message key under signIn.errors. */
  error?: string;
  minutes?: number;
  email?: string;
}

/** Only same-site paths: an attacker's callbackUrl must not turn sign-in into an open redirect. */
function safeCallback(url: string | undefined): string {
  return url?.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({
    email: form.get("email"),
    password: form.get("password"),
    callbackUrl: form.get("callbackUrl") ?? undefined,
  });
  const email = String(form.get("email") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "invalid_credentials", email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(parsed.data.callbackUrl),
    });
    return {};
  } catch (error) {
    if (error instanceof RateLimitedSignIn)
      return { error: "rate_limited", minutes: error.retryAfterMinutes, email };
    if (error instanceof CredentialsSignin) {
      const minutes = Number((error as { retryAfterMinutes?: number }).retryAfterMinutes);
      return error.code === "rate_limited"
        ? { error: "rate_limited", minutes: Number.isFinite(minutes) ? minutes : 15, email }
        : { error: "invalid_credentials", email };
    }
    if (error instanceof AuthError) {
      console.error("sign-in failed", error.type);
      return { error: "unexpected", email };
    }
    // signIn redirects by throwing; let Next.js handle it.
    throw error;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
