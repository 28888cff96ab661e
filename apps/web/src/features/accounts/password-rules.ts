import { z } from "zod";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/**
 * Passwords everyone tries first. Length alone lets these through, and they are the guesses that work
 * against a throttled sign-in (NIST SP 800-63B: refuse known-compromised values, no composition rules).
 */
const COMMON = new Set([
  "1234567890",
  "12345678910",
  "0123456789",
  "1111111111",
  "qwertyuiop",
  "password123",
  "password1234",
  "matkhau123",
  "matkhau1234",
  "abc1234567",
  "abcd123456",
  "admin12345",
  "123456789a",
  "a123456789",
  "kiengiang123",
  "kiengiang2026",
  "demo@2026",
]);

/** A new password's own rules (the rules that need the account's email are in `passwordProblem`). */
export const newPasswordField = z
  .string({ error: "passwordRequired" })
  .min(1, { error: "passwordRequired" })
  .min(PASSWORD_MIN, { error: "passwordTooShort" })
  .max(PASSWORD_MAX, { error: "passwordTooLong" });

/**
 * What is wrong with a new password for this account, as a message key under accounts.errors, or null.
 * Checked on the server once the account is known (the form cannot be trusted to know the email).
 */
export function passwordProblem(password: string, email: string): string | null {
  const lower = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  const local = mail.split("@")[0] ?? "";
  if (lower === mail || (local.length >= 4 && lower.includes(local))) return "passwordLikeEmail";
  if (COMMON.has(lower)) return "passwordCommon";
  // One character repeated ("aaaaaaaaaa") or fewer than four distinct ones.
  if (new Set(lower).size < 4) return "passwordTooSimple";
  return null;
}
