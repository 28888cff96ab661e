/**
 * The history of an agency's report for a period: every state change with who and when, built from the
 * audit events of the AgencySubmission (the record of decisions, with the return reasons) and its
 * snapshots (the record of what was sent, with checksums). Pure, so it is tested without a database.
 */

export type TimelineKind = "SUBMITTED" | "RETURNED" | "ACCEPTED";

export interface TimelineEntry {
  kind: TimelineKind;
  /** ISO instant. */
  at: string;
  actorName: string | null;
  /**
   * The snapshot's sequence (1 for the first submission, 2 after a return…): the one sent for
   * SUBMITTED, the one decided on for RETURNED and ACCEPTED.
   */
  sequence?: number;
  /** For SUBMITTED: the snapshot's checksum. */
  sha256?: string;
  /** For RETURNED: the compiler's reason. */
  reason?: string;
}

export interface TimelineAuditEvent {
  action: string;
  at: Date;
  actorName: string | null;
  /** The event's `after` JSON as stored. */
  after: unknown;
}

export interface TimelineSnapshot {
  sequence: number;
  submittedAt: Date;
  submittedByName: string | null;
  sha256: string;
}

/** Audit actions of an AgencySubmission, as the workflow records them. */
export const SUBMISSION_AUDIT_ACTIONS = {
  submit: "submission.submit",
  return: "submission.return",
  accept: "submission.accept",
} as const;

const KIND_BY_ACTION: Readonly<Record<string, TimelineKind>> = {
  [SUBMISSION_AUDIT_ACTIONS.submit]: "SUBMITTED",
  [SUBMISSION_AUDIT_ACTIONS.return]: "RETURNED",
  [SUBMISSION_AUDIT_ACTIONS.accept]: "ACCEPTED",
};

function field<T extends "sequence" | "returnReason">(
  after: unknown,
  key: T,
): (T extends "sequence" ? number : string) | undefined {
  if (typeof after !== "object" || after === null) return undefined;
  const value = (after as Record<string, unknown>)[key];
  if (key === "sequence") return (typeof value === "number" ? value : undefined) as never;
  return (typeof value === "string" && value.trim() ? value : undefined) as never;
}

const ORDER: Readonly<Record<TimelineKind, number>> = { SUBMITTED: 0, RETURNED: 1, ACCEPTED: 1 };

/** The submission row's current decision, for rows whose decision no audit event records (demo seed). */
export interface CurrentDecision {
  state: string;
  reviewedAt: Date | null;
  reviewedByName: string | null;
  returnReason: string | null;
}

/**
 * Oldest first. Events other than submit/return/accept (cover summary saves) are left out. A snapshot
 * no submit event mentions (written before auditing, or by a data migration) still shows as a
 * submission, with its own time and author.
 */
export function buildTimeline(
  events: readonly TimelineAuditEvent[],
  snapshots: readonly TimelineSnapshot[],
  current?: CurrentDecision,
): TimelineEntry[] {
  const bySequence = new Map(snapshots.map((s) => [s.sequence, s]));
  const mentioned = new Set<number>();
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const kind = KIND_BY_ACTION[event.action];
    if (!kind) continue;
    const entry: TimelineEntry = { kind, at: event.at.toISOString(), actorName: event.actorName };
    const sequence = field(event.after, "sequence");
    if (sequence !== undefined) entry.sequence = sequence;
    if (kind === "SUBMITTED" && sequence !== undefined) {
      mentioned.add(sequence);
      const snapshot = bySequence.get(sequence);
      if (snapshot) entry.sha256 = snapshot.sha256;
    }
    if (kind === "RETURNED") {
      const reason = field(event.after, "returnReason");
      if (reason !== undefined) entry.reason = reason;
    }
    entries.push(entry);
  }
  for (const snapshot of snapshots) {
    if (mentioned.has(snapshot.sequence)) continue;
    entries.push({
      kind: "SUBMITTED",
      at: snapshot.submittedAt.toISOString(),
      actorName: snapshot.submittedByName,
      sequence: snapshot.sequence,
      sha256: snapshot.sha256,
    });
  }
  entries.sort(
    (a, b) =>
      (a.at < b.at ? -1 : a.at > b.at ? 1 : 0) ||
      (a.sequence ?? 0) - (b.sequence ?? 0) ||
      ORDER[a.kind] - ORDER[b.kind],
  );
  // A returned or accepted report whose decision is not in the audit log still shows it, last.
  const decided = current?.state === "RETURNED" || current?.state === "ACCEPTED" ? current.state : null;
  if (decided && current?.reviewedAt && entries.at(-1)?.kind !== decided) {
    const entry: TimelineEntry = {
      kind: decided,
      at: current.reviewedAt.toISOString(),
      actorName: current.reviewedByName,
    };
    const sequence = entries.filter((e) => e.kind === "SUBMITTED").at(-1)?.sequence;
    if (sequence !== undefined) entry.sequence = sequence;
    if (decided === "RETURNED" && current.returnReason) entry.reason = current.returnReason;
    entries.push(entry);
  }
  return entries;
}
