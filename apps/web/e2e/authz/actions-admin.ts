/** The matrix's administrator actions: the working-day calendar, background jobs, user accounts. */

import { actionRow, stateForm, userOf } from "./actions-shared";
import { lit } from "./db";
import { only } from "./rules";
import {
  CALENDAR_DAY_REFUSED_ADD,
  CALENDAR_DAY_REFUSED_REMOVE,
  CALENDAR_DAY_TO_ADD,
  CALENDAR_DAY_TO_REMOVE,
  MATRIX_USERS,
} from "./setup";
import type { ActionRow, Case } from "./types";

/** The administrator changes a day of their own; refused callers address another, untouched one. */
const calendarDay = (c: Case, allowedDay: string, refusedDay: string) =>
  c.caller === "admin" ? allowedDay : refusedDay;
const calendarSnapshot = (day: string) => `SELECT date, kind FROM "CalendarDay" WHERE date = ${lit(day)}`;

export const adminToolRows: ActionRow[] = [
  actionRow("calendar-admin", "addCalendarDayAction", {
    page: () => "/admin/calendar",
    args: (c) =>
      stateForm({
        date: calendarDay(c, CALENDAR_DAY_TO_ADD, CALENDAR_DAY_REFUSED_ADD),
        kind: "DAY_OFF",
        name: "Ma trận phân quyền",
      }),
    allowed: only("admin"),
    snapshot: (c) => calendarSnapshot(calendarDay(c, CALENDAR_DAY_TO_ADD, CALENDAR_DAY_REFUSED_ADD)),
    allowedProbe: "call",
  }),
  actionRow("calendar-admin", "removeCalendarDayAction", {
    page: () => "/admin/calendar",
    args: (c) => stateForm({ date: calendarDay(c, CALENDAR_DAY_TO_REMOVE, CALENDAR_DAY_REFUSED_REMOVE) }),
    allowed: only("admin"),
    snapshot: (c) => calendarSnapshot(calendarDay(c, CALENDAR_DAY_TO_REMOVE, CALENDAR_DAY_REFUSED_REMOVE)),
    allowedProbe: "call",
  }),
  actionRow("jobs-admin", "runJobNowAction", {
    page: () => "/admin/jobs",
    args: () => stateForm({ queue: "outbox-send" }),
    allowed: only("admin"),
    // A queued run is recorded (jobs.run); the e2e server runs no worker, so the administrator is told so.
    snapshot: (c) =>
      `SELECT count(*) FROM "AuditEvent" WHERE action = 'jobs.run' AND "actorId" = ${lit(userOf(c))}`,
    allowedProbe: "call",
  }),
];

const NEW_USER_EMAIL = "ma-tran-nguoi-moi@kiengiang.example";
const newUser = (c: Case, email: string) =>
  stateForm({
    email,
    name: "Người mới của ma trận",
    organizationId: c.ids.orgs["UBND-GIANGTHANH"],
    role: "STAFF",
  });

export const userAdminRows: ActionRow[] = [
  actionRow("users-admin", "setUserLockAction", {
    page: () => "/admin/users",
    args: () => stateForm({ userId: MATRIX_USERS.refused.id, locked: "1" }),
    allowed: only("admin"),
    snapshot: () => `SELECT "lockedAt" FROM "User" WHERE id = ${lit(MATRIX_USERS.refused.id)}`,
    // Locking oneself: past the policy, refused for what it is (the reason "self").
    allowedProbe: (c) => stateForm({ userId: c.ids.users.admin, locked: "1" }),
    passedPolicyWhen: (answer) => (answer.value as { reason?: unknown } | undefined)?.reason === "self",
  }),
  actionRow("users-admin", "sendResetLinkAction", {
    page: () => "/admin/users",
    args: () => stateForm({ userId: MATRIX_USERS.refused.id }),
    allowed: only("admin"),
    snapshot: () =>
      `SELECT count(*) FROM "PasswordResetToken" WHERE "userId" = ${lit(MATRIX_USERS.refused.id)}`,
    allowedProbe: () => stateForm({ userId: MATRIX_USERS.allowed.id }),
  }),
  actionRow("users-admin", "createUserAction", {
    page: () => "/admin/users",
    args: (c) => newUser(c, NEW_USER_EMAIL),
    allowed: only("admin"),
    snapshot: () => `SELECT count(*) FROM "User" WHERE email = ${lit(NEW_USER_EMAIL)}`,
    // An address already taken: past the policy, refused as a duplicate (CONFLICT).
    allowedProbe: (c) => newUser(c, MATRIX_USERS.refused.email),
  }),
];
