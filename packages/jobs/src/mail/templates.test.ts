import { afterEach, describe, expect, it } from "vitest";
import { agencyReminderEmail, periodScheduleEmail } from "./templates";

const base = {
  agencyName: 'Sở <Tài chính> & "Kế hoạch"',
  planNumber: "182/KH-UBND",
  period: "năm 2026",
  agencyDeadline: new Date("2026-11-30T00:00:00+07:00"),
  link: "/periods/p1/agencies/o1",
};

afterEach(() => {
  delete process.env.APP_URL;
});

describe("agencyReminderEmail", () => {
  it("writes Vietnamese subject and text with the deadline and an absolute link", () => {
    const mail = agencyReminderEmail({ ...base, late: false, workingDaysLeft: 3 });
    expect(mail.subject).toBe("[Nhắc việc] Báo cáo năm 2026 Kế hoạch 182/KH-UBND – hạn 30/11/2026");
    expect(mail.text).toContain("còn 3 ngày làm việc");
    expect(mail.text).toContain("http://localhost:3000/periods/p1/agencies/o1");
  });

  it("says late when late and uses APP_URL", () => {
    process.env.APP_URL = "https://kehoach.kiengiang.gov.vn/";
    const mail = agencyReminderEmail({ ...base, late: true });
    expect(mail.subject.startsWith("[Quá hạn]")).toBe(true);
    expect(mail.text).toContain("đã qua");
    expect(mail.html).toContain('href="https://kehoach.kiengiang.gov.vn/periods/p1/agencies/o1"');
  });

  it("escapes every interpolated text in the HTML", () => {
    const mail = agencyReminderEmail({ ...base, late: false, link: '/x"><script>alert(1)</script>' });
    expect(mail.html).not.toContain("<Tài chính>");
    expect(mail.html).toContain("Sở &lt;Tài chính&gt; &amp; &quot;Kế hoạch&quot;");
    expect(mail.html).not.toContain("<script>");
    expect(mail.text).toContain('Sở <Tài chính> & "Kế hoạch"');
  });
});

describe("periodScheduleEmail", () => {
  it("names the period and its dates when the schedule opened it", () => {
    const mail = periodScheduleEmail({
      planSymbol: "68/KH-UBND",
      period: "tháng 12/2026",
      link: "/plans/p1/periods",
      outcome: {
        opened: true,
        agencyDeadline: new Date("2026-12-16T00:00:00+07:00"),
        reportDueDate: new Date("2026-12-21T00:00:00+07:00"),
      },
    });
    expect(mail.subject).toBe("[Thông báo] Đã mở kỳ báo cáo tháng 12/2026 Kế hoạch 68/KH-UBND");
    expect(mail.text).toContain("hạn các cơ quan gửi báo cáo 16/12/2026, hạn báo cáo UBND tỉnh 21/12/2026");
  });

  it("says which open period holds the new one back", () => {
    const mail = periodScheduleEmail({
      planSymbol: "68/KH-UBND",
      period: "tháng 12/2026",
      link: "/plans/p1/periods",
      outcome: { opened: false, openPeriod: "tháng 11/2026" },
    });
    expect(mail.subject).toBe("[Cần xử lý] Chưa mở được kỳ báo cáo tháng 12/2026 Kế hoạch 68/KH-UBND");
    expect(mail.text).toContain("kỳ tháng 11/2026 vẫn đang mở");
  });
});
