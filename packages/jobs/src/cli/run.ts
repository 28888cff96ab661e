/**
 * Usage: pnpm jobs:run [--now 2026-12-01T08:00:00+07:00] [--only periods|reminders|send|housekeeping]
 *
 * Runs the scheduled work once, now, outside the queue: the period schedule (opening the periods due),
 * the reminder pass, then (when SMTP is configured)
 * delivery of the outbox; the nightly housekeeping (deleting expired short-lived rows) only when asked. `--now` moves the clock for tests and demonstrations; the worker never reads it.
 * Targets DATABASE_URL, or the embedded database when it is unset (stop the app first: one process only).
 */
import { createDatabase } from "@plan-tracker/db";
import { runHousekeeping } from "../housekeeping/run";
import { sendPendingEmails } from "../mail/send";
import { createMailer, smtpConfigFromEnv } from "../mail/transport";
import { runPeriodSchedule } from "../periods/run";
import { runReminders } from "../reminders/run";

function argument(name: string): string | undefined {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<number> {
  const nowText = argument("now");
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`--now không phải thời điểm hợp lệ: ${nowText} (ví dụ 2026-12-01T08:00:00+07:00)`);
    return 2;
  }
  const only = argument("only");
  if (only && !["periods", "reminders", "send", "housekeeping"].includes(only)) {
    console.error("--only nhận periods, reminders, send hoặc housekeeping");
    return 2;
  }
  const db = createDatabase();
  try {
    if (only === "housekeeping") {
      console.log(JSON.stringify({ job: "housekeeping", ...(await runHousekeeping(db.prisma, now)) }));
      return 0;
    }
    if (!only || only === "periods") {
      const p = await runPeriodSchedule(db.prisma, now);
      console.log(JSON.stringify({ job: "periods", ...p }));
      if (only) return 0;
    }
    if (only !== "send") {
      const r = await runReminders(db.prisma, now);
      console.log(
        JSON.stringify({
          job: "reminders",
          day: r.day,
          occurrences: r.occurrences,
          notifications: r.notifications,
          emails: r.emails,
        }),
      );
    }
    if (only !== "reminders") {
      const smtp = smtpConfigFromEnv();
      if (smtp) {
        const mailer = createMailer(smtp);
        try {
          const s = await sendPendingEmails(db.prisma, mailer, now);
          console.log(JSON.stringify({ job: "send", ...s }));
        } finally {
          mailer.close();
        }
      } else if (only === "send") {
        console.error("Chưa cấu hình SMTP (SMTP_URL hoặc SMTP_HOST): thư được giữ trong hộp thư đi.");
        return 1;
      }
    }
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
