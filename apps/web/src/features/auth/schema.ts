import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalidEmail" })),
  password: z.string().min(1, { error: "passwordRequired" }).max(200, { error: "passwordTooLong" }),
  callbackUrl: z.string().optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
