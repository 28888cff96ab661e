import { describe, expect, it } from "vitest";
import { buildTimeline, type TimelineAuditEvent, type TimelineSnapshot } from "./timeline";

const at = (iso: string) => new Date(iso);

const snapshots: TimelineSnapshot[] = [
  {
    sequence: 1,
    submittedAt: at("2032-11-20T02:00:00Z"),
    submittedByName: "Lê Minh Tài",
    sha256: "a".repeat(64),
  },
  {
    sequence: 2,
    submittedAt: at("2032-11-22T02:00:00Z"),
    submittedByName: "Lê Minh Tài",
    sha256: "b".repeat(64),
  },
];

const events: TimelineAuditEvent[] = [
  {
    action: "submission.submit",
    at: at("2032-11-20T02:00:00Z"),
    actorName: "Lê Minh Tài",
    after: { state: "SUBMITTED", sequence: 1 },
  },
  { action: "submission.saveCover", at: at("2032-11-20T01:00:00Z"), actorName: "Phạm Thu Nguyên", after: {} },
  {
    action: "submission.return",
    at: at("2032-11-21T08:00:00Z"),
    actorName: "Trần Thị Tổng Hợp",
    after: { state: "RETURNED", sequence: 1, returnReason: "Bổ sung số liệu quan trắc." },
  },
  {
    action: "submission.submit",
    at: at("2032-11-22T02:00:00Z"),
    actorName: "Lê Minh Tài",
    after: { state: "SUBMITTED", sequence: 2 },
  },
  {
    action: "submission.accept",
    at: at("2032-11-23T09:00:00Z"),
    actorName: "Trần Thị Tổng Hợp",
    after: { state: "ACCEPTED", sequence: 2 },
  },
];

describe("buildTimeline", () => {
  it("lists every state change oldest first, with who, when, the reason and the snapshot's checksum", () => {
    // Given newest first: the order of the input does not matter.
    expect(buildTimeline([...events].reverse(), snapshots)).toEqual([
      {
        kind: "SUBMITTED",
        at: "2032-11-20T02:00:00.000Z",
        actorName: "Lê Minh Tài",
        sequence: 1,
        sha256: "a".repeat(64),
      },
      {
        kind: "RETURNED",
        at: "2032-11-21T08:00:00.000Z",
        actorName: "Trần Thị Tổng Hợp",
        sequence: 1,
        reason: "Bổ sung số liệu quan trắc.",
      },
      {
        kind: "SUBMITTED",
        at: "2032-11-22T02:00:00.000Z",
        actorName: "Lê Minh Tài",
        sequence: 2,
        sha256: "b".repeat(64),
      },
      { kind: "ACCEPTED", at: "2032-11-23T09:00:00.000Z", actorName: "Trần Thị Tổng Hợp", sequence: 2 },
    ]);
  });

  it("leaves out events that change no state (cover summary saves) and unknown actions", () => {
    const kinds = buildTimeline(
      [...events, { action: "comment.create", at: at("2032-11-21T00:00:00Z"), actorName: "x", after: null }],
      snapshots,
    ).map((e) => e.kind);
    expect(kinds).toEqual(["SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"]);
  });

  it("shows a snapshot no audit event mentions as a submission, with its own time and author", () => {
    expect(buildTimeline([], snapshots.slice(0, 1))).toEqual([
      {
        kind: "SUBMITTED",
        at: "2032-11-20T02:00:00.000Z",
        actorName: "Lê Minh Tài",
        sequence: 1,
        sha256: "a".repeat(64),
      },
    ]);
  });

  it("puts a submission before a decision taken in the same instant", () => {
    const same = at("2032-11-20T02:00:00Z");
    const entries = buildTimeline(
      [
        { action: "submission.accept", at: same, actorName: "C", after: { sequence: 1 } },
        { action: "submission.submit", at: same, actorName: "A", after: { sequence: 1 } },
      ],
      [],
    );
    expect(entries.map((e) => e.kind)).toEqual(["SUBMITTED", "ACCEPTED"]);
  });

  it("tolerates events without details (deleted actor, malformed after)", () => {
    expect(
      buildTimeline(
        [{ action: "submission.return", at: at("2032-11-21T00:00:00Z"), actorName: null, after: "x" }],
        [],
      ),
    ).toEqual([{ kind: "RETURNED", at: "2032-11-21T00:00:00.000Z", actorName: null }]);
  });

  it("is empty for a report never sent", () => {
    expect(buildTimeline([], [])).toEqual([]);
  });

  it("shows the row's decision when no audit event records it (seeded reports), after the submission", () => {
    const current = {
      state: "RETURNED",
      reviewedAt: at("2032-11-21T08:00:00Z"),
      reviewedByName: "Trần Thị Tổng Hợp",
      returnReason: "Thiếu số liệu.",
    };
    expect(
      buildTimeline([], snapshots.slice(0, 1), current).map((e) => [e.kind, e.sequence, e.reason]),
    ).toEqual([
      ["SUBMITTED", 1, undefined],
      ["RETURNED", 1, "Thiếu số liệu."],
    ]);
    // Recorded by the audit log already: not twice.
    expect(buildTimeline(events.slice(0, 3), snapshots.slice(0, 1), current)).toHaveLength(2);
    // A draft or a submitted report has no decision to add.
    expect(buildTimeline([], snapshots.slice(0, 1), { ...current, state: "SUBMITTED" })).toHaveLength(1);
  });
});
