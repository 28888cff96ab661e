"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE } from "@/i18n/request";

const localeSchema = z.enum(["vi", "en"]);

export async function setLocaleAction(form: FormData): Promise<void> {
  const locale = localeSchema.catch("vi").parse(form.get("locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
}
