/** The matrix's actions on one's own session and account: sign-in, language, tokens, notifications, password. */

import {
  actionRow,
  form,
  notificationOf,
  ownOnly,
  publicRow,
  stateForm,
  tokenOf,
  userOf,
} from "./actions-shared";
import { lit } from "./db";
import { everyone } from "./rules";
import { notificationIdFor } from "./setup";
import type { ActionRow } from "./types";

export const signInRows: ActionRow[] = [
  publicRow("auth", "signInAction", {
    page: () => "/sign-in",
    // Anyone may try; signing in with one's own password succeeds (a redirect).
    args: (c) =>
      stateForm({ email: `${c.caller === "anonymous" ? "xem" : ""}`, password: "", callbackUrl: "/" }),
    allowedProbe:
      "sign-in.spec.ts and sign-in-errors.spec.ts drive it through the form; calling it here would count attempts against the shared 127.0.0.1 login throttle",
  }),
  publicRow("auth", "signOutAction", {
    page: () => "/",
    args: () => [],
    allowedProbe:
      "sign-in.spec.ts signs out through the header; here it would end the worker's shared session",
  }),
  publicRow("locale", "setLocaleAction", {
    page: () => "/sign-in",
    args: () => [form({ locale: "vi" })],
    allowedProbe: "call",
  }),
];

export const personalRows: ActionRow[] = [
  actionRow("api-tokens", "createApiTokenAction", {
    page: () => "/settings/tokens",
    args: (c) => stateForm({ name: `Ma trận ${c.caller}`, expiresIn: "30" }),
    allowed: everyone,
    snapshot: (c) => `SELECT count(*) FROM "ApiToken" WHERE name = ${lit(`Ma trận ${c.caller}`)}`,
    allowedProbe: "call",
  }),
  actionRow("api-tokens", "revokeApiTokenAction", {
    scoped: true,
    page: () => "/settings/tokens",
    args: (c) => stateForm({ tokenId: tokenOf(c) }),
    allowed: ownOnly,
    snapshot: (c) => `SELECT "revokedAt" FROM "ApiToken" WHERE id = ${lit(tokenOf(c))}`,
    allowedProbe: "call",
  }),
  ...(["markNotificationReadAction", "openNotificationAction"] as const).map((name) =>
    actionRow("notifications", name, {
      scoped: true,
      page: () => "/notifications",
      args: (c) => stateForm({ notificationId: notificationOf(c) }),
      allowed: ownOnly,
      snapshot: (c) => `SELECT "readAt" FROM "Notification" WHERE id = ${lit(notificationOf(c))}`,
      allowedProbe: "call",
      // Opened, it follows the notification's link ("/"); refused, it is answered NOT_FOUND.
    }),
  ),
  actionRow("notifications", "markAllNotificationsReadAction", {
    page: () => "/notifications",
    args: () => [],
    allowed: everyone,
    // Signed out it can only fail; the staff member's untouched matrix notification stays unread.
    snapshot: (c) =>
      `SELECT "readAt" FROM "Notification" WHERE id = ${lit(notificationIdFor(c.ids.users.staff, true))}`,
    allowedProbe:
      "it takes no argument, so it can only touch one's own inbox; running it would mark the demo users' notifications read under directives.spec.ts and reminders.spec.ts",
  }),
  actionRow("notification-settings", "saveEmailChoicesAction", {
    page: () => "/settings/notifications",
    args: () => stateForm({}),
    allowed: everyone,
    snapshot: (c) =>
      `SELECT kind, email FROM "NotificationPreference" WHERE "userId" = ${lit(userOf(c))} ORDER BY kind`,
    allowedProbe:
      "it only ever writes the caller's own preferences; saving here would turn off the demo users' reminder emails that reminders.spec.ts expects",
  }),
];

const NEW_PASSWORD = "Ma-tran@2026-moi";

export const passwordRows: ActionRow[] = [
  actionRow("accounts", "changePasswordAction", {
    page: () => "/settings/password",
    args: () =>
      stateForm({
        currentPassword: "Sai@2026-ma-tran",
        newPassword: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
      }),
    // One's own password only, so any signed-in caller; signed out, sent to sign in.
    allowed: everyone,
    snapshot: (c) => `SELECT "passwordHash", "sessionsValidFrom" FROM "User" WHERE id = ${lit(userOf(c))}`,
    // Confirmation differs: past the session check, refused by the form's own check (no password tried,
    // so nothing counts against the sign-in throttle the other specs share).
    allowedProbe: () =>
      stateForm({
        currentPassword: "Sai@2026-ma-tran",
        newPassword: NEW_PASSWORD,
        confirmPassword: "Ma-tran@2026-khac",
      }),
    passedPolicyWhen: (answer) =>
      (answer.value as { fieldErrors?: Record<string, unknown> } | undefined)?.fieldErrors
        ?.confirmPassword !== undefined,
  }),
  // It asks for a link to the address's own mailbox.
  publicRow("accounts", "forgotPasswordAction", {
    page: () => "/forgot-password",
    args: () => stateForm({ email: "khong-co-ai@kiengiang.example" }),
    allowedProbe:
      "public (it only ever mails the address typed); accounts.spec.ts drives it through the form, and each call here would count against the per-address reset-request limit of 127.0.0.1 that spec shares",
  }),
  // The emailed token is the authority. An unknown token is answered as such for everyone (NOT_FOUND,
  // the reason "unknown").
  publicRow("accounts", "resetPasswordAction", {
    page: () => "/reset-password/ma-tran",
    args: () =>
      stateForm({ token: "A".repeat(43), newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    allowedProbe: "call",
    passedPolicyWhen: (answer) => (answer.value as { reason?: unknown } | undefined)?.reason === "unknown",
  }),
];
