import { z } from "zod";
import { newPasswordField, PASSWORD_MAX } from "./password-rules";

const emailField = z
  .string({ error: "emailRequired" })
  .trim()
  .toLowerCase()
  .min(1, { error: "emailRequired" })
  .max(320, { error: "invalidEmail" })
  .pipe(z.email({ error: "invalidEmail" }));

/** Both typed values must agree; the mismatch is reported on the confirmation field. */
const confirmed = <T extends { newPassword: string; confirmPassword: string }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  if (value.newPassword !== value.confirmPassword)
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "passwordMismatch" });
};

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "currentRequired" })
      .min(1, { error: "currentRequired" })
      .max(PASSWORD_MAX, { error: "passwordTooLong" }),
    newPassword: newPasswordField,
    confirmPassword: z.string({ error: "confirmRequired" }).min(1, { error: "confirmRequired" }),
  })
  .superRefine(confirmed)
  .superRefine((value, ctx) => {
    if (value.newPassword === value.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "passwordUnchanged" });
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const forgotPasswordSchema = z.object({ email: emailField });

/** 32 random bytes in base64url: 43 characters. Anything else is not one of ours. */
export const resetTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const resetPasswordSchema = z
  .object({
    token: resetTokenSchema,
    newPassword: newPasswordField,
    confirmPassword: z.string({ error: "confirmRequired" }).min(1, { error: "confirmRequired" }),
  })
  .superRefine(confirmed);
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export { emailField };
