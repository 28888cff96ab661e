import type { Actor, Role, SubmissionState } from "@plan-tracker/core";
import { describe, expect, it } from "vitest";
import type { ApiUpdateRow, PeriodWithFocalRow, SubmissionRow } from "./reporting-data";
import { agencySubmissionSchema, progressUpdateSchema, reportingPeriodSchema } from "./reporting-schemas";
import {
  attachmentDownloadUrl,
  readableSubmissions,
  readableUpdates,
  serializePeriod,
} from "./reporting-serializers";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const period: PeriodWithFocalRow = {
  id: "per1",
  planId: "plan1",
  year: 2032,
  cycle: "ANNUAL",
  index: 1,
  cutoffDate: day("2032-11-15"),
  agencyDeadline: day("2032-11-25"),
  reportDueDate: day("2032-12-05"),
  state: "OPEN",
  plan: { focalOrganizationId: "focal" },
};

/** An update row as the data module reads it; the task "lead" leads, "coord" contributes. */
function updateRow(
  organization: string,
  task: { code: string; order: number; lead?: string },
  item: { code: string; order: number } | null = null,
): ApiUpdateRow {
  return {
    id: `u-${organization}-${task.code}-${item?.code ?? "task"}`,
    version: 2,
    status: "IN_PROGRESS",
    percent: 40,
    completedOn: null,
    results: `Kết quả của ${organization}`,
    resultScope: "PERIOD",
    difficulties: "",
    proposals: "",
    updatedAt: new Date("2032-10-01T03:04:05Z"),
    organizationId: organization,
    updatedBy: { name: "Nguyễn Văn A" },
    carriedFrom: null,
    citedDocuments: [
      { symbol: "Công văn số 123/STNMT-MT", issuedOn: day("2032-03-05"), issuer: "Sở TN&MT", summary: "" },
    ],
    indicatorValues: [
      {
        indicatorId: "ind1",
        // A test double of Prisma.Decimal (the serializer only calls toString): a cast, not a JSON column.
        value: { toString: () => "12.5" } as unknown as ApiUpdateRow["indicatorValues"][0]["value"],
        note: "",
      },
    ],
    attachments: [
      {
        id: "att1",
        fileName: "bien-ban.pdf",
        mimeType: "application/pdf",
        size: 1234,
        sha256: "a".repeat(64),
        createdAt: new Date("2032-10-01T03:00:00Z"),
      },
    ],
    periodId: period.id,
    taskId: `task-${task.code}`,
    actionItemId: item ? `item-${item.code}` : null,
    task: { code: task.code, order: task.order, leadOrganizationId: task.lead ?? "lead" },
    actionItem: item,
    organization: { code: organization.toUpperCase() },
  };
}

const actor = (...memberships: [string, Role][]): Actor => ({
  userId: "u",
  memberships: memberships.map(([organizationId, role]) => ({ organizationId, role })),
});

const t1 = { code: "II.1.a", order: 1 };
const t2 = { code: "II.4.a", order: 5 };
const rows = [
  updateRow("coord", t2),
  updateRow("lead", t2, { code: "II.4.a.2", order: 2 }),
  updateRow("lead", t2),
  updateRow("lead", t1),
  updateRow("lead", t2, { code: "II.4.a.1", order: 1 }),
  updateRow("other", t1, null),
];
const submissions = (states: Record<string, SubmissionState>) =>
  Object.entries(states).map(([organizationId, state]) => ({ organizationId, state }));

const visible = (who: Actor, states: Record<string, SubmissionState>) =>
  readableUpdates(who, { period, updates: rows, submissions: submissions(states) }).map(
    (u) => `${u.organizationCode} ${u.actionItemCode ?? u.taskCode}`,
  );

describe("serializePeriod", () => {
  it("gives the three days as calendar days, whatever the server's time zone", () => {
    const body = serializePeriod(period);
    expect(reportingPeriodSchema.parse(body)).toEqual(body);
    expect(body).toEqual({
      id: "per1",
      planId: "plan1",
      year: 2032,
      cycle: "ANNUAL",
      key: "2032",
      name: "Năm 2032",
      cutoffDate: "2032-11-15",
      agencyDeadline: "2032-11-25",
      reportDueDate: "2032-12-05",
      state: "OPEN",
    });
    expect(body).not.toHaveProperty("plan");
  });
});

describe("readableUpdates", () => {
  it("shows an agency its own drafts only, in plan order (task before its items, then agency)", () => {
    expect(visible(actor(["lead", "STAFF"]), {})).toEqual([
      "LEAD II.1.a",
      "LEAD II.4.a",
      "LEAD II.4.a.1",
      "LEAD II.4.a.2",
    ]);
    expect(visible(actor(["coord", "APPROVER"]), { lead: "SUBMITTED" })).toEqual(["COORD II.4.a"]);
  });

  it("shows the focal compiler, leaders and administrators what was submitted, never a draft", () => {
    const states = { lead: "SUBMITTED", coord: "RETURNED", other: "ACCEPTED" } as const;
    const expected = ["LEAD II.1.a", "OTHER II.1.a", "LEAD II.4.a", "LEAD II.4.a.1", "LEAD II.4.a.2"];
    expect(visible(actor(["focal", "COMPILER"]), states)).toEqual(expected);
    expect(visible(actor(["province", "LEADER"]), states)).toEqual(expected);
    expect(visible(actor(["x", "ADMIN"]), states)).toEqual(expected);
    // The compiler of another plan's focal agency is not this plan's compiler.
    expect(visible(actor(["elsewhere", "COMPILER"]), states)).toEqual([]);
    // No submission row: the agency has only a draft.
    expect(visible(actor(["focal", "COMPILER"]), {})).toEqual([]);
  });

  it("shows the lead agency's staff the coordinators' submitted contributions", () => {
    expect(visible(actor(["lead", "STAFF"]), { coord: "DRAFT" })).not.toContain("COORD II.4.a");
    expect(visible(actor(["lead", "STAFF"]), { coord: "SUBMITTED" })).toContain("COORD II.4.a");
    // A viewer of the lead agency is not its staff.
    expect(visible(actor(["lead", "VIEWER"]), { coord: "SUBMITTED" })).toContain("LEAD II.4.a");
    expect(visible(actor(["lead", "VIEWER"]), { coord: "SUBMITTED" })).not.toContain("COORD II.4.a");
  });

  it("shows viewers accepted reports only", () => {
    expect(visible(actor(["v", "VIEWER"]), { lead: "SUBMITTED", other: "ACCEPTED" })).toEqual([
      "OTHER II.1.a",
    ]);
  });

  it("answers the contract: codes, ids to write back, ISO dates, numbers, download URLs", () => {
    const [first] = readableUpdates(actor(["lead", "STAFF"]), {
      period,
      updates: [rows[1] as ApiUpdateRow],
      submissions: submissions({ lead: "RETURNED" }),
    });
    expect(progressUpdateSchema.parse(first)).toEqual(first);
    expect(first).toEqual({
      id: "u-lead-II.4.a-II.4.a.2",
      periodId: "per1",
      taskId: "task-II.4.a",
      taskCode: "II.4.a",
      actionItemId: "item-II.4.a.2",
      actionItemCode: "II.4.a.2",
      organizationId: "lead",
      organizationCode: "LEAD",
      status: "IN_PROGRESS",
      percent: 40,
      completedOn: null,
      results: "Kết quả của lead",
      resultScope: "PERIOD",
      carriedFrom: null,
      difficulties: "",
      proposals: "",
      citedDocuments: [
        { symbol: "Công văn số 123/STNMT-MT", issuedOn: "2032-03-05", issuer: "Sở TN&MT", summary: "" },
      ],
      indicatorValues: [{ indicatorId: "ind1", value: 12.5, note: "" }],
      attachments: [
        {
          id: "att1",
          fileName: "bien-ban.pdf",
          mimeType: "application/pdf",
          size: 1234,
          sha256: "a".repeat(64),
          createdAt: "2032-10-01T03:00:00.000Z",
          downloadUrl: "/files/att1",
        },
      ],
      version: 2,
      updatedAt: "2032-10-01T03:04:05.000Z",
      updatedByName: "Nguyễn Văn A",
      submissionState: "RETURNED",
    });
  });
});

describe("readableSubmissions", () => {
  const submission = (organizationId: string, state: SubmissionState, snapshots = 0): SubmissionRow => ({
    id: `s-${organizationId}`,
    periodId: period.id,
    organizationId,
    state,
    submittedAt: state === "DRAFT" ? null : new Date("2032-11-20T02:00:00Z"),
    reviewedAt: state === "RETURNED" ? new Date("2032-11-21T02:00:00Z") : null,
    returnReason: state === "RETURNED" ? "Bổ sung số liệu" : null,
    organization: { code: organizationId.toUpperCase() },
    snapshots: snapshots
      ? [{ sequence: snapshots, sha256: "b".repeat(64), submittedAt: new Date("2032-11-20T02:00:00Z") }]
      : [],
  });
  const data = {
    period,
    submissions: [submission("a", "DRAFT"), submission("b", "SUBMITTED", 1), submission("c", "RETURNED", 2)],
  };

  it("shows an agency its own, and the focal agency those that reached it (returned included)", () => {
    expect(readableSubmissions(actor(["a", "STAFF"]), data).map((s) => s.organizationCode)).toEqual(["A"]);
    expect(readableSubmissions(actor(["focal", "COMPILER"]), data).map((s) => s.organizationCode)).toEqual([
      "B",
      "C",
    ]);
    expect(readableSubmissions(actor(["v", "VIEWER"]), data)).toEqual([]);
  });

  it("answers the contract with the latest snapshot's sequence and checksum", () => {
    const [returned] = readableSubmissions(actor(["c", "APPROVER"]), data);
    expect(agencySubmissionSchema.parse(returned)).toEqual(returned);
    expect(returned).toEqual({
      id: "s-c",
      periodId: "per1",
      organizationId: "c",
      organizationCode: "C",
      state: "RETURNED",
      submittedAt: "2032-11-20T02:00:00.000Z",
      reviewedAt: "2032-11-21T02:00:00.000Z",
      returnReason: "Bổ sung số liệu",
      latestSnapshot: { sequence: 2, sha256: "b".repeat(64), submittedAt: "2032-11-20T02:00:00.000Z" },
    });
    expect(readableSubmissions(actor(["a", "STAFF"]), data)[0]?.latestSnapshot).toBeNull();
  });
});

describe("attachmentDownloadUrl", () => {
  it("points at the authorized download route", () => {
    expect(attachmentDownloadUrl("clx1abc")).toBe("/files/clx1abc");
  });
});
