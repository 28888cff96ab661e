import { afterEach, describe, expect, it } from "vitest";
import { agencyReminderEmail } from "./templates";

const base = {
  agencyName: 'Sở <Tài chính> & "Kế hoạch"',
  planNumber: "182/KH-UBND",
  year: 2026,
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
