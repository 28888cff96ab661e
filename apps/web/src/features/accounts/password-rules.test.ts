import { describe, expect, it } from "vitest";
import { newPasswordField, passwordProblem } from "./password-rules";

const email = "nguyen.van.a@kiengiang.example";

describe("new password rules", () => {
  it("needs 10 to 200 characters", () => {
    expect(newPasswordField.safeParse("").error?.issues[0]?.message).toBe("passwordRequired");
    expect(newPasswordField.safeParse("Ngắn-123").error?.issues[0]?.message).toBe("passwordTooShort");
    expect(newPasswordField.safeParse("x".repeat(201)).error?.issues[0]?.message).toBe("passwordTooLong");
    expect(newPasswordField.safeParse("Sông Hậu mùa nước nổi").success).toBe(true);
  });

  it("refuses the email, its name part, common and near-constant passwords", () => {
    expect(passwordProblem(email.toUpperCase(), email)).toBe("passwordLikeEmail");
    expect(passwordProblem("nguyen.van.a2026", email)).toBe("passwordLikeEmail");
    expect(passwordProblem("Matkhau123", email)).toBe("passwordCommon");
    expect(passwordProblem("aaaaaaaaaaaa", email)).toBe("passwordTooSimple");
    expect(passwordProblem("ab1ab1ab1ab1", email)).toBe("passwordTooSimple");
    expect(passwordProblem("Sông Hậu mùa nước nổi", email)).toBeNull();
  });
});
