import { describe, expect, it } from "vitest";
import { compareCompilations, hasChanges } from "./changes";
import { combineOutcome, compileReport } from "./compile";
import { reportModelSchema } from "./model";
import { applyNarrative, editBlock, readNarrative, textBlocks } from "./narrative";
import { withSettings } from "./settings";
import type { ReportSource, SourceUpdate } from "./source";

const update = (over: Partial<SourceUpdate> & Pick<SourceUpdate, "taskCode">): SourceUpdate => ({
  actionItemCode: null,
  role: "lead",
  status: "IN_PROGRESS",
  percent: 50,
  completedOn: null,
  results: "",
  difficulties: "",
  proposals: "",
  ...over,
});

/**
 * Two sections, four tasks, four agencies: TNMT leads II.1.a (completed on time) and II.1.b (one-off, due
 * 30/06/2026, still in progress: overdue at the cut-off), NNPTNT leads II.2.a (recurring), KHDT leads III.1
 * but its report was returned. Rạch Giá coordinates II.1.a and never started a report.
 */
function source(): ReportSource {
  return {
    plan: {
      id: "plan",
      number: "182/KH-UBND",
      issuedAt: "2020-11-27",
      issuer: "Ủy ban nhân dân tỉnh Kiên Giang",
      title: "Thực hiện Kết luận số 56-KL/TW về bảo vệ môi trường",
      place: "Kiên Giang",
      focal: { name: "Sở Tài nguyên và Môi trường", shortName: "Sở TN&MT", code: "STNMT" },
      parentAgency: "Ủy ban nhân dân tỉnh Kiên Giang",
    },
    period: {
      id: "p2026",
      year: 2026,
      cutoffDate: "2026-11-15",
      agencyDeadline: "2026-11-25",
      reportDueDate: "2026-12-05",
    },
    sections: [
      { code: "II.1", title: "Ứng phó với biến đổi khí hậu" },
      { code: "II.2", title: "Quản lý tài nguyên" },
      { code: "III", title: "Tổ chức thực hiện" },
    ],
    tasks: [
      task("II.1.a", "II.1", "tnmt", "ONE_OFF", "2026-10-31", [
        ["tnmt", "lead"],
        ["rachgia", "coordinate"],
        ["nnptnt", "coordinate"],
      ]),
      task("II.1.b", "II.1", "tnmt", "ONE_OFF", "2026-06-30", [["tnmt", "lead"]]),
      task("II.2.a", "II.2", "nnptnt", "CONTINUOUS", null, [["nnptnt", "lead"]]),
      task("III.1", "III", "khdt", "RECURRING", null, [["khdt", "lead"]]),
    ],
    expected: [
      { id: "tnmt", name: "Sở Tài nguyên và Môi trường", order: 1 },
      { id: "khdt", name: "Sở Kế hoạch và Đầu tư", order: 2 },
      { id: "nnptnt", name: "Sở Nông nghiệp và Phát triển nông thôn", order: 3 },
      { id: "rachgia", name: "UBND thành phố Rạch Giá", order: 4 },
    ],
    submissions: [
      {
        organizationId: "tnmt",
        state: "ACCEPTED",
        updates: [
          update({
            taskCode: "II.1.a",
            status: "COMPLETED",
            completedOn: "2026-09-30",
            results: "Đã ban hành kế hoạch ứng phó.",
            difficulties: "Thiếu kinh phí.",
          }),
          update({
            taskCode: "II.1.b",
            percent: 40,
            results: "Đang khảo sát.",
            proposals: "Bổ sung biên chế.",
          }),
        ],
      },
      {
        organizationId: "nnptnt",
        state: "ACCEPTED",
        updates: [
          update({ taskCode: "II.2.a", status: "DONE_THIS_YEAR", results: "Trồng 200 ha rừng." }),
          update({ taskCode: "II.1.a", role: "coordinate", results: "Phối hợp rà soát đê biển." }),
        ],
      },
      { organizationId: "khdt", state: "RETURNED", updates: [] },
    ],
  };
}

function task(
  code: string,
  sectionCode: string,
  lead: string,
  kind: "ONE_OFF" | "RECURRING" | "CONTINUOUS",
  dueDate: string | null,
  reporters: [string, "lead" | "coordinate"][],
) {
  return {
    id: `t-${code}`,
    code,
    sectionCode,
    content: `Nội dung nhiệm vụ ${code}`,
    kind,
    dueDate,
    lead: { id: lead, name: lead },
    leadText: "",
    coordinators: reporters.filter(([, r]) => r === "coordinate").map(([id]) => id),
    reporters: reporters.map(([organizationId, role]) => ({ organizationId, role })),
  };
}

const now = new Date("2026-11-28T03:00:00Z");

describe("compileReport", () => {
  const model = compileReport(source(), { now });

  it("counts tasks by official category, judged at the cut-off day", () => {
    expect(model.overview.taskCount).toBe(4);
    expect(model.overview.byCategory).toEqual({
      COMPLETED_ON_TIME: 1, // II.1.a done 30/09, due 31/10
      COMPLETED_LATE: 0,
      IN_PROGRESS_ON_TIME: 0,
      OVERDUE: 1, // II.1.b due 30/06, in progress on 15/11
      RECURRING: 2, // II.2.a continuous; III.1 recurring, unreported
    });
    expect(model.overview.notReported).toBe(1);
    expect(model.overview.agencies).toEqual({ expected: 4, submitted: 2, accepted: 2 });
    // 100 (completed), 40, 100 (done this year); III.1 without data counts 0 once others have data
    expect(model.overview.percent).toBe(60);
  });

  it("counts by section", () => {
    expect(model.overview.bySection.map((s) => [s.code, s.taskCount, s.percent])).toEqual([
      ["II.1", 2, 70],
      ["II.2", 1, 100],
      ["III", 1, null],
    ]);
    expect(model.sections[0]?.summary.text).toBe(
      "Có 2 nhiệm vụ: 1 hoàn thành đúng hạn; 1 quá hạn chưa hoàn thành.",
    );
  });

  it("gives each task its lead's results and the coordinators' contributions, attributed", () => {
    const a = model.sections[0]?.tasks[0];
    expect(a?.results.text).toBe("Đã ban hành kế hoạch ứng phó.");
    expect(a?.contributions).toEqual([
      {
        organizationId: "nnptnt",
        organization: "Sở Nông nghiệp và Phát triển nông thôn",
        role: "coordinate",
        taskCode: "II.1.a",
        text: "Phối hợp rà soát đê biển.",
      },
    ]);
    expect(a?.missingFrom).toEqual(["UBND thành phố Rạch Giá"]);
    const iii = model.sections[2]?.tasks[0];
    expect(iii?.status).toBeNull();
    expect(iii?.results.text).toBe("");
    expect(iii?.missingFrom).toEqual(["Sở Kế hoạch và Đầu tư"]);
  });

  it("says which results are cumulative (lũy kế) and which the period's own", () => {
    const src = source();
    const lead = src.submissions
      .flatMap((s) => s.updates)
      .find((u) => u.taskCode === "II.1.a" && u.role === "lead");
    if (!lead) throw new Error("fixture has II.1.a's lead update");
    lead.resultScope = "CUMULATIVE";
    const a = compileReport(src, { now }).sections[0]?.tasks[0];
    expect(a?.results.text).toBe("Lũy kế đến ngày 15/11/2026: Đã ban hành kế hoạch ứng phó.");
    expect(a?.contributions[0]?.text).toBe("Phối hợp rà soát đê biển.");
  });

  it("cites the year's shorter reports already issued in a yearly report's introduction", () => {
    const two = compileReport(
      {
        ...source(),
        earlierReports: [
          { period: "6 tháng đầu năm 2026", number: "85", symbol: "BC-STNMT", date: "2026-06-22" },
          { period: "quý III/2026", number: "", symbol: "", date: null },
        ],
      },
      { now },
    );
    expect(two.introduction.text).toContain(
      "; trên cơ sở Báo cáo số 85/BC-STNMT ngày 22/06/2026 (6 tháng đầu năm 2026); báo cáo quý III/2026 và báo cáo của các cơ quan, đơn vị, Sở Tài nguyên và Môi trường báo cáo kết quả thực hiện năm 2026 như sau:",
    );
    const months = Array.from({ length: 11 }, (_, i) => ({
      period: `tháng ${i + 1}/2026`,
      number: String(i + 1),
      symbol: "BC-STNMT",
      date: null,
    }));
    expect(compileReport({ ...source(), earlierReports: months }, { now }).introduction.text).toContain(
      "trên cơ sở 11 báo cáo định kỳ đã ban hành trong năm (tháng 1/2026 đến tháng 11/2026) và báo cáo của các cơ quan",
    );
    expect(model.introduction.text).not.toContain("trên cơ sở");
  });

  it("groups difficulties and proposals by section, attributed to the agency and task", () => {
    expect(model.difficulties).toEqual([
      {
        code: "II.1",
        title: "Ứng phó với biến đổi khí hậu",
        items: [
          {
            organizationId: "tnmt",
            organization: "Sở Tài nguyên và Môi trường",
            role: "lead",
            taskCode: "II.1.a",
            text: "Thiếu kinh phí.",
          },
        ],
      },
    ]);
    expect(model.proposals.map((g) => [g.code, g.items.map((i) => [i.taskCode, i.text])])).toEqual([
      ["II.1", [["II.1.b", "Bổ sung biên chế."]]],
    ]);
  });

  it("flags the agencies whose report was not accepted, with their state", () => {
    expect(model.missing.map((m) => [m.organization, m.state, m.taskCodes])).toEqual([
      ["Sở Kế hoạch và Đầu tư", "RETURNED", ["III.1"]],
      ["UBND thành phố Rạch Giá", null, ["II.1.a"]],
    ]);
  });

  it("prints the header and annex", () => {
    expect(model.header).toMatchObject({
      parentAgency: "UBND TỈNH KIÊN GIANG",
      agency: "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
      symbol: "BC-STNMT",
      number: "",
      date: null,
      summary:
        "Kết quả thực hiện Kế hoạch số 182/KH-UBND ngày 27/11/2020 của Ủy ban nhân dân tỉnh Kiên Giang năm 2026",
    });
    expect(model.annex.map((r) => [r.code, r.category, r.percent])).toEqual([
      ["II.1.a", "COMPLETED_ON_TIME", 100],
      ["II.1.b", "OVERDUE", 40],
      ["II.2.a", "RECURRING", 100],
      ["III.1", "RECURRING", null],
    ]);
    expect(model.annex[0]?.results).toBe(
      "Đã ban hành kế hoạch ứng phó.\nSở Nông nghiệp và Phát triển nông thôn: Phối hợp rà soát đê biển.",
    );
    expect(model.nextYear.text).toContain("- Hoàn thành nhiệm vụ II.1.b");
    expect(model.recipients.at(-1)).toBe("Lưu: VT.");
  });

  it("is a pure function of its source", () => {
    expect(compileReport(source(), { now })).toEqual(model);
  });

  it("reads back through reportModelSchema as it was compiled (the jsonb round trip), and refuses other shapes", () => {
    const stored = JSON.parse(JSON.stringify(model)) as unknown;
    expect(reportModelSchema.parse(stored)).toEqual(model);
    expect(reportModelSchema.safeParse({ ...model, schema: "plan-tracker/report-model@0" }).success).toBe(
      false,
    );
    expect(reportModelSchema.safeParse({ ...model, sections: [{ code: "II.1" }] }).success).toBe(false);
  });
});

describe("combineOutcome", () => {
  it("reads the task-level update before action items", () => {
    expect(
      combineOutcome([
        update({ taskCode: "x", status: "COMPLETED", completedOn: "2026-03-01" }),
        update({ taskCode: "x", actionItemCode: "a", status: "BLOCKED" }),
      ]),
    ).toEqual({ status: "COMPLETED", percent: 100, completedOn: "2026-03-01" });
  });
  it("combines action items: blocked wins, completed only when all are, the last completion date", () => {
    const items = [
      update({ taskCode: "x", actionItemCode: "a", status: "COMPLETED", completedOn: "2026-02-01" }),
      update({ taskCode: "x", actionItemCode: "b", status: "COMPLETED", completedOn: "2026-04-01" }),
    ];
    expect(combineOutcome(items)).toEqual({ status: "COMPLETED", percent: 100, completedOn: "2026-04-01" });
    expect(
      combineOutcome([
        ...items,
        update({ taskCode: "x", actionItemCode: "c", status: "BLOCKED", percent: 10 }),
      ]),
    ).toEqual({ status: "BLOCKED", percent: 70, completedOn: null });
    expect(combineOutcome([])).toBeNull();
  });
});

describe("narrative edits across re-compilation", () => {
  const first = compileReport(source(), { now });
  const at = new Date("2026-11-28T04:00:00Z");

  it("prints the compiler's text and keeps it when compilation proposes something else", () => {
    let narrative = readNarrative({});
    narrative = editBlock(narrative, first, "task:II.1.a:results", "Văn bản đã biên tập.", {
      userId: "u",
      at,
    });
    narrative = editBlock(narrative, first, "nextYear", "- Việc 1\n- Việc 2", { userId: "u", at });
    const printed = applyNarrative(first, narrative);
    expect(printed.sections[0]?.tasks[0]?.results).toMatchObject({
      text: "Văn bản đã biên tập.",
      edited: true,
      stale: false,
    });
    expect(printed.annex[0]?.results.startsWith("Văn bản đã biên tập.")).toBe(true);

    // Sở KH&ĐT's report is accepted later, and Sở TN&MT's text for II.1.a changed in a new snapshot.
    const later = source();
    later.submissions[2] = {
      organizationId: "khdt",
      state: "ACCEPTED",
      updates: [
        update({
          taskCode: "III.1",
          status: "DONE_THIS_YEAR",
          results: "Đã báo cáo.",
          difficulties: "Chậm số liệu.",
        }),
      ],
    };
    const tnmt = later.submissions[0];
    if (tnmt?.updates[0]) tnmt.updates[0].results = "Đã ban hành và triển khai kế hoạch.";
    const second = compileReport(later, { now });
    const reprinted = applyNarrative(second, narrative);
    expect(reprinted.sections[0]?.tasks[0]?.results).toMatchObject({
      text: "Văn bản đã biên tập.",
      edited: true,
      stale: true,
    });
    expect(reprinted.nextYear).toMatchObject({ text: "- Việc 1\n- Việc 2", edited: true, stale: false });

    const changes = compareCompilations(first, second);
    expect(hasChanges(changes)).toBe(true);
    expect(changes.agenciesAdded).toEqual(["Sở Kế hoạch và Đầu tư"]);
    expect(changes.agenciesRemoved).toEqual([]);
    expect(changes.tasks.map((t) => [t.code, t.resultsChanged, t.percent])).toEqual([
      ["II.1.a", true, null],
      ["III.1", true, { from: null, to: 100 }],
    ]);
    expect(changes.difficulties).toEqual({ from: 1, to: 2 });
    expect(compareCompilations(second, second).tasks).toEqual([]);
  });

  it("drops an edit that equals the generated text, and refuses unknown blocks", () => {
    const narrative = editBlock({ blocks: {} }, first, "introduction", ` ${first.introduction.generated} `, {
      userId: "u",
      at,
    });
    expect(narrative.blocks).toEqual({});
    expect(() => editBlock(narrative, first, "nope", "x", { userId: "u", at })).toThrow(RangeError);
    expect(textBlocks(first).map((b) => b.key)).toContain("section:II.1:summary");
  });
});

describe("withSettings", () => {
  it("puts the number, date, signer and recipients on a compiled model", () => {
    const model = compileReport(source(), { now });
    const printed = withSettings(model, {
      number: "245",
      date: "2026-12-03",
      signer: { authority: "", title: "GIÁM ĐỐC", name: "Nguyễn Văn A" },
      recipients: ["UBND tỉnh;", "Lưu: VT, CCBVMT."],
    });
    expect(printed.header).toMatchObject({ number: "245", date: "2026-12-03", symbol: "BC-STNMT" });
    expect(printed.signer).toEqual({ authority: "", title: "GIÁM ĐỐC", name: "Nguyễn Văn A" });
    expect(printed.recipients).toEqual(["UBND tỉnh;", "Lưu: VT, CCBVMT."]);
    expect(withSettings(model, { recipients: [] }).recipients).toEqual(model.recipients);
    expect(model.header.number).toBe("");
  });
});
