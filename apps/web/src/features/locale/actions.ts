"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/i18n/request";
import { publicFormAction } from "@/server/action-client";

/** Any other value is Vietnamese: the switch refuses nothing. */
const localeSchema = z.object({ locale: z.enum(["vi", "en"]).catch("vi") });

export const setLocaleAction = publicFormAction(
  { name: "locale.set", input: (form: FormData) => ({ locale: form.get("locale") }), schema: localeSchema },
  async ({ input }) => {
    (await cookies()).set(LOCALE_COOKIE, input.locale, {
      path: "/",
      maxAge: 365 * 24 * 3600,
      sameSite: "lax",
    });
  },
);
