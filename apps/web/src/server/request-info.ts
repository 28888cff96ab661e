import "server-only";
import { headers } from "next/headers";

/** The client's address as the nearest proxy saw it (first X-Forwarded-For hop), for throttling and audit. */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get("user-agent");
}
