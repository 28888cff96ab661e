/** The job queues (pg-boss queue names), importable without loading pg-boss. */
export const QUEUES = {
  reminders: "reminders",
  periods: "period-schedule",
  outbox: "outbox-send",
  housekeeping: "housekeeping",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
