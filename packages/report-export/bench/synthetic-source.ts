import type { ReportSource, SourceSubmission, SourceTask, SourceUpdate } from "@plan-tracker/core";

/**
 * A plan far larger than 182/KH-UBND, for timing: `taskCount` tasks in sections of 50, 60 agencies each
 * leading some tasks and coordinating two others, every agency but five accepted, with Vietnamese text of
 * realistic length in results, difficulties and proposals. Deterministic: the same count gives the same
 * source.
 */
export function syntheticSource(taskCount: number, year = 2026): ReportSource {
  const agencies = Array.from({ length: 60 }, (_, i) => ({
    id: `org-${i}`,
    name: i < 20 ? `Sở chuyên ngành số ${i + 1} tỉnh Kiên Giang` : `Ủy ban nhân dân huyện thứ ${i - 19}`,
    order: i,
  }));
  const sectionCount = Math.ceil(taskCount / 50);
  const sections = Array.from({ length: sectionCount }, (_, s) => ({
    code: `II.${s + 1}`,
    title: `Nhóm nhiệm vụ số ${s + 1} về ứng phó biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường`,
  }));
  const kinds = ["ONE_OFF", "RECURRING", "CONTINUOUS"] as const;
  const tasks: SourceTask[] = Array.from({ length: taskCount }, (_, t) => {
    const lead = agencies[t % agencies.length] as (typeof agencies)[number];
    const c1 = agencies[(t + 7) % agencies.length] as (typeof agencies)[number];
    const c2 = agencies[(t + 23) % agencies.length] as (typeof agencies)[number];
    const kind = kinds[t % 3] ?? "ONE_OFF";
    return {
      id: `task-${t}`,
      code: `II.${Math.floor(t / 50) + 1}.${(t % 50) + 1}`,
      sectionCode: `II.${Math.floor(t / 50) + 1}`,
      content: `Tổ chức thực hiện nhiệm vụ số ${t + 1}: tăng cường kiểm soát, ngăn ngừa, giải quyết ô nhiễm môi trường; rà soát các cơ sở có nguy cơ gây ô nhiễm môi trường cao để chủ động giải quyết khi có sự cố xảy ra; tăng cường kiểm soát ô nhiễm môi trường sông, biển.`,
      kind,
      dueDate: kind === "ONE_OFF" ? `${year - (t % 2)}-${String((t % 12) + 1).padStart(2, "0")}-28` : null,
      lead: { id: lead.id, name: lead.name },
      leadText: lead.name,
      coordinators: [c1.name, c2.name],
      reporters: [
        { organizationId: lead.id, role: "lead" as const },
        { organizationId: c1.id, role: "coordinate" as const },
        { organizationId: c2.id, role: "coordinate" as const },
      ],
    };
  });
  const statuses = ["IN_PROGRESS", "COMPLETED", "DONE_THIS_YEAR", "BLOCKED", "NOT_STARTED"] as const;
  const submissions: SourceSubmission[] = agencies.map((agency, a) => {
    if (a >= 55) return { organizationId: agency.id, state: a % 2 ? "RETURNED" : "DRAFT", updates: [] };
    const updates: SourceUpdate[] = tasks.flatMap((task, t) =>
      task.reporters
        .filter((r) => r.organizationId === agency.id)
        .map((r) => ({
          taskCode: task.code,
          actionItemCode: null,
          role: r.role,
          status: statuses[(t + a) % statuses.length] ?? "IN_PROGRESS",
          percent: ((t * 7 + a) % 10) * 10,
          completedOn: null,
          results: `Năm ${year}, ${agency.name} đã triển khai ${t % 17} đợt kiểm tra, xử lý ${t % 9} cơ sở vi phạm, tổ chức ${t % 5} hội nghị tuyên truyền với ${t * 13} lượt người tham dự; hoàn thành ${(t * 7) % 100}% khối lượng công việc năm.`,
          difficulties:
            t % 4 === 0 ? "Kinh phí bố trí cho nhiệm vụ còn hạn chế; thiếu nhân lực chuyên môn." : "",
          proposals:
            t % 6 === 0 ? "Đề nghị Ủy ban nhân dân tỉnh bố trí bổ sung kinh phí sự nghiệp môi trường." : "",
        })),
    );
    return { organizationId: agency.id, state: "ACCEPTED", updates };
  });
  return {
    plan: {
      id: "plan-bench",
      number: "999/KH-UBND",
      issuedAt: "2020-11-27",
      issuer: "Ủy ban nhân dân tỉnh Kiên Giang",
      title: "Kế hoạch tổng hợp dùng để đo hiệu năng xuất báo cáo",
      place: "Kiên Giang",
      focal: { name: "Sở Tài nguyên và Môi trường", shortName: "Sở TN&MT", code: "STNMT" },
      parentAgency: "Ủy ban nhân dân tỉnh Kiên Giang",
    },
    period: {
      id: "period-bench",
      year,
      cutoffDate: `${year}-11-15`,
      agencyDeadline: `${year}-11-25`,
      reportDueDate: `${year}-12-05`,
    },
    sections,
    tasks,
    expected: agencies,
    submissions,
  };
}
