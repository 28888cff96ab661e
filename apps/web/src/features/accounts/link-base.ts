import "server-only";
import { headers } from "next/headers";

/**
 * Where emailed links point: APP_URL when set (production must set it: a request's Host header is the
 * client's to choose, and a reset link must never point at a host an attacker picked), otherwise the
 * origin the request came to (the quick start and the browser tests, whatever port they use).
 */
export async function linkBase(): Promise<string> {
  const configured = process.env.APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
