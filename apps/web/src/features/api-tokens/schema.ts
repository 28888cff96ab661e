import { z } from "zod";

export const TOKEN_NAME_MAX = 100;

/** Days until the token expires, or never. */
export const TOKEN_EXPIRY_CHOICES = ["30", "90", "365", "never"] as const;
export type TokenExpiryChoice = (typeof TOKEN_EXPIRY_CHOICES)[number];

/** The create form, checked again on the server. Error messages are keys under `tokens.errors`. */
export const createApiTokenSchema = z.object({
  name: z
    .string({ error: "nameRequired" })
    .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, { error: "nameRequired" }).max(TOKEN_NAME_MAX, { error: "nameTooLong" })),
  expiresIn: z.enum(TOKEN_EXPIRY_CHOICES, { error: "expiryInvalid" }),
});

export type CreateApiTokenInput = z.output<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({
  tokenId: z.string({ error: "tokenInvalid" }).regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "tokenInvalid" }),
});
