import { type EmailParts, renderEmail } from "./html";

const FOOTER =
  "Email này được gửi tự động từ hệ thống Theo dõi Kế hoạch của UBND tỉnh Kiên Giang. Nếu bạn không yêu cầu, hãy bỏ qua email này: mật khẩu của bạn không thay đổi.";

export interface PasswordLinkInput {
  name: string;
  /** Absolute link to /reset-password/<token> (the token is in it: never log this email's text). */
  link: string;
  /** How long the link works, in minutes. */
  validMinutes: number;
}

function validity(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `${minutes / (24 * 60)} ngày`;
  if (minutes % 60 === 0) return `${minutes / 60} giờ`;
  return `${minutes} phút`;
}

/** "Forgot password" or an administrator's "send a reset link": one link, single use, short-lived. */
export function passwordResetEmail(input: PasswordLinkInput): EmailParts {
  return renderEmail({
    subject: "[Theo dõi Kế hoạch] Đặt lại mật khẩu",
    greeting: `Kính gửi ${input.name},`,
    paragraphs: [
      "Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn.",
      `Liên kết dưới đây chỉ dùng được một lần và hết hạn sau ${validity(input.validMinutes)}. Sau khi đặt mật khẩu mới, mọi phiên đăng nhập cũ sẽ bị đăng xuất và mọi mã truy cập API của tài khoản bị thu hồi.`,
    ],
    link: { href: input.link, label: "Đặt lại mật khẩu" },
    footer: FOOTER,
  });
}

/** A new account made by an administrator: the person sets their own password (nobody else knows it). */
export function accountInviteEmail(input: PasswordLinkInput): EmailParts {
  return renderEmail({
    subject: "[Theo dõi Kế hoạch] Tài khoản của bạn đã được tạo",
    greeting: `Kính gửi ${input.name},`,
    paragraphs: [
      "Quản trị hệ thống đã tạo cho bạn một tài khoản trên hệ thống Theo dõi Kế hoạch của UBND tỉnh Kiên Giang.",
      `Hãy đặt mật khẩu của bạn qua liên kết dưới đây. Liên kết chỉ dùng được một lần và hết hạn sau ${validity(input.validMinutes)}; khi hết hạn, hãy dùng "Quên mật khẩu?" ở trang đăng nhập.`,
    ],
    link: { href: input.link, label: "Đặt mật khẩu" },
    footer: FOOTER,
  });
}
