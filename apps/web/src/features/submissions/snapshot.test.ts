import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  asSubmissionContent,
  buildSubmissionContent,
  type ContentInput,
  contentChecksum,
  coverDigest,
  reviewDigest,
  taskTitle,
  type UpdateRow,
  verifySnapshot,
} from "./snapshot";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

function row(overrides: Partial<UpdateRow> & Pick<UpdateRow, "id" | "taskId">): UpdateRow {
  return {
    subjectKey: "task",
    status: "IN_PROGRESS",
    percent: 40,
    completedOn: null,
    results: "Đã cập nhật dữ liệu",
    resultScope: "PERIOD",
    carriedFrom: null,
    difficulties: "",
    proposals: "",
    version: 3,
    updatedAt: new Date("2032-11-20T03:04:05.678Z"),
    updatedBy: { id: "u1", name: "Phạm Thu Nguyên" },
    task: { code: "II.4.a", heading: null, content: "Điều tra, đánh giá tài nguyên nước", order: 10 },
    actionItem: null,
    citedDocuments: [],
    indicatorValues: [],
    attachments: [],
    ...overrides,
  };
}

const base: ContentInput = {
  period: { id: "p1", year: 2032, planId: "plan", planSymbol: "182/KH-UBND" },
  organization: { id: "o1", code: "STNMT", name: "Sở Tài nguyên và Môi trường", shortName: "Sở TN&MT" },
  coverSummary: "Tóm tắt",
  expectedTasks: [
    {
      id: "t1",
      code: "II.4.a",
      heading: null,
      content: "Điều tra, đánh giá tài nguyên nước",
      order: 10,
      role: "lead",
    },
    { id: "t2", code: "II.4.b", heading: "Quan trắc", content: "…", order: 11, role: "coordinate" },
    { id: "t3", code: "III.1", heading: "Tuyên truyền", content: "…", order: 30, role: "lead" },
  ],
  updates: [],
};

describe("contentChecksum", () => {
  it("is the SHA-256 of the canonical JSON: key order does not matter, values do", () => {
    const a = { b: 1, a: { d: "đ", c: [1, 2] } };
    const b = { a: { c: [1, 2], d: "đ" }, b: 1 };
    expect(contentChecksum(a)).toBe(contentChecksum(b));
    expect(contentChecksum(a)).toBe(sha('{"a":{"c":[1,2],"d":"đ"},"b":1}'));
    expect(contentChecksum({ ...a, b: 2 })).not.toBe(contentChecksum(a));
    expect(contentChecksum({ a: { c: [2, 1], d: "đ" }, b: 1 })).not.toBe(contentChecksum(a));
  });

  it("survives a round trip through JSON (a jsonb column reorders keys)", () => {
    const content = buildSubmissionContent({
      ...base,
      updates: [row({ id: "x", taskId: "t1" })],
    });
    const stored = { content: JSON.parse(JSON.stringify(content)), sha256: contentChecksum(content) };
    expect(verifySnapshot(stored)).toBe(true);
    stored.content.updates[0].results = "Sửa lén";
    expect(verifySnapshot(stored)).toBe(false);
  });

  it("refuses what JSON cannot hold, rather than checksum something that will not read back", () => {
    expect(() => contentChecksum({ at: new Date() })).toThrow(TypeError);
    expect(() => contentChecksum({ n: Number.NaN })).toThrow(TypeError);
  });
});

describe("buildSubmissionContent", () => {
  const withUpdates = buildSubmissionContent({
    ...base,
    updates: [
      row({
        id: "u-item2",
        taskId: "t1",
        subjectKey: "i2",
        actionItem: { id: "i2", code: "II.4.a.2", content: "Nội dung 2", order: 2 },
      }),
      row({
        id: "u-task",
        taskId: "t1",
        completedOn: new Date("2032-06-30T00:00:00Z"),
        citedDocuments: [
          { order: 1, symbol: "CV 2", issuedOn: null, issuer: "", summary: "" },
          {
            order: 0,
            symbol: "CV 1",
            issuedOn: new Date("2032-03-05T00:00:00Z"),
            issuer: "STNMT",
            summary: "x",
          },
        ],
        indicatorValues: [
          {
            indicatorId: "ind",
            value: { toString: () => "8.5000" },
            note: "",
            indicator: { name: "Số huyện", unit: "huyện", order: 0 },
          },
        ],
        attachments: [
          {
            id: "f1",
            fileName: "bien-ban.pdf",
            mimeType: "application/pdf",
            size: 10,
            sha256: "a".repeat(64),
            createdAt: new Date("2032-01-01T00:00:00Z"),
          },
        ],
      }),
      row({
        id: "u-item1",
        taskId: "t1",
        subjectKey: "i1",
        actionItem: { id: "i1", code: "II.4.a.1", content: "Nội dung 1", order: 1 },
      }),
    ],
  });

  it("orders the task's own update before its action items, in their order", () => {
    expect(withUpdates.updates.map((u) => u.id)).toEqual(["u-task", "u-item1", "u-item2"]);
  });

  it("keeps plain JSON: ISO dates and instants, decimals as text, documents in their order", () => {
    const task = withUpdates.updates[0];
    expect(task).toMatchObject({
      completedOn: "2032-06-30",
      updatedAt: "2032-11-20T03:04:05.678Z",
      role: "lead",
      taskTitle: "Điều tra, đánh giá tài nguyên nước",
      indicatorValues: [{ value: "8.5000", name: "Số huyện", unit: "huyện" }],
      attachments: [{ id: "f1", fileName: "bien-ban.pdf", size: 10 }],
    });
    expect(task?.citedDocuments.map((d) => [d.symbol, d.issuedOn])).toEqual([
      ["CV 1", "2032-03-05"],
      ["CV 2", null],
    ]);
    expect(task?.attachments[0]).not.toHaveProperty("createdAt");
  });

  it("lists the expected tasks without any update of the agency", () => {
    expect(withUpdates.missingTasks).toEqual([
      { taskId: "t2", code: "II.4.b", title: "Quan trắc", role: "coordinate" },
      { taskId: "t3", code: "III.1", title: "Tuyên truyền", role: "lead" },
    ]);
  });

  it("is the same content whatever order the rows came in", () => {
    const reversed = buildSubmissionContent({
      ...base,
      expectedTasks: [...base.expectedTasks].reverse(),
      updates: [],
    });
    const straight = buildSubmissionContent({ ...base, updates: [] });
    expect(contentChecksum(reversed)).toBe(contentChecksum(straight));
  });
});

describe("digests", () => {
  it("the review digest covers the updates and missing tasks, not the cover summary", () => {
    const a = buildSubmissionContent({ ...base, updates: [row({ id: "x", taskId: "t1" })] });
    const b = { ...a, coverSummary: "Khác" };
    expect(reviewDigest(a)).toBe(reviewDigest(b));
    const c = buildSubmissionContent({ ...base, updates: [row({ id: "x", taskId: "t1", percent: 50 })] });
    expect(reviewDigest(c)).not.toBe(reviewDigest(a));
  });

  it("the cover digest is the SHA-256 of the text", () => {
    expect(coverDigest("")).toBe(sha(""));
    expect(coverDigest("Tóm tắt")).not.toBe(coverDigest("Tóm tắt "));
  });
});

describe("taskTitle", () => {
  it("uses the heading, else the start of the content on one line", () => {
    expect(taskTitle({ heading: " Quan trắc ", content: "x" })).toBe("Quan trắc");
    expect(taskTitle({ heading: null, content: "Một\n  hai" })).toBe("Một hai");
    const long = taskTitle({ heading: null, content: "a".repeat(400) });
    expect(long).toHaveLength(160);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("asSubmissionContent", () => {
  it("reads what it writes", () => {
    const content = buildSubmissionContent({ ...base, updates: [row({ id: "x", taskId: "t1" })] });
    expect(asSubmissionContent(JSON.parse(JSON.stringify(content)))).toEqual(content);
  });

  it("reads the demo seed's version 1 snapshots, leaving out what they did not record", () => {
    const v1 = {
      schema: "plan-tracker/submission-snapshot@1",
      plan: { symbol: "182/KH-UBND" },
      period: { year: 2025 },
      organization: { id: "o1", code: "STNMT", name: "Sở Tài nguyên và Môi trường" },
      coverSummary: "Tóm tắt",
      submittedAt: "2025-11-20T02:00:00.000Z",
      updates: [
        {
          id: "u1",
          taskCode: "II.4.a",
          actionItemCode: "II.4.a.3",
          role: "coordinator",
          status: "COMPLETED",
          percent: 100,
          completedOn: "2025-10-01",
          results: "Xong",
          difficulties: "",
          proposals: "",
          version: 2,
          citedDocuments: [{ symbol: "CV 1", issuedOn: null, issuer: "", summary: "" }],
        },
      ],
    };
    const content = asSubmissionContent(v1);
    expect(content.schema).toBe("plan-tracker/submission-snapshot@1");
    expect(content.updates[0]).toMatchObject({
      taskCode: "II.4.a",
      role: "coordinate",
      actionItem: { code: "II.4.a.3" },
      updatedBy: { name: "" },
      citedDocuments: [{ order: 0, symbol: "CV 1" }],
      indicatorValues: [],
      attachments: [],
    });
    expect(content.missingTasks).toEqual([]);
  });

  it("refuses anything else", () => {
    expect(() => asSubmissionContent({ updates: [] })).toThrow(TypeError);
    expect(() => asSubmissionContent(null)).toThrow(TypeError);
  });
});
