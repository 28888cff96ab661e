import { describe, expect, it } from "vitest";
import { accountInviteEmail, passwordResetEmail } from "./account-templates";

const link = "http://127.0.0.1:3311/reset-password/abc_DEF-123";

describe("account emails", () => {
  it("reset: Vietnamese subject, escaped name, the link in text and HTML, the validity", () => {
    const mail = passwordResetEmail({ name: 'Lê <Văn> "A"', link, validMinutes: 60 });
    expect(mail.subject).toBe("[Theo dõi Kế hoạch] Đặt lại mật khẩu");
    expect(mail.text).toContain(`Đặt lại mật khẩu: ${link}`);
    expect(mail.text).toContain("hết hạn sau 1 giờ");
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain("Lê &lt;Văn&gt; &quot;A&quot;");
    expect(mail.html).not.toContain("<Văn>");
  });

  it("invite: says three days", () => {
    const mail = accountInviteEmail({ name: "Trần B", link, validMinutes: 3 * 24 * 60 });
    expect(mail.text).toContain("hết hạn sau 3 ngày");
    expect(mail.text).toContain(`Đặt mật khẩu: ${link}`);
  });
});
