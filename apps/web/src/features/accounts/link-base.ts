import "server-only";
import { headers } from "next/headers";
import { isHttpsRequest, trustedHops } from "@/server/trusted-proxy";

const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Where emailed links point: APP_URL when set. Without it, only a request to this machine itself (the
 * quick start, the browser tests) may supply the origin: a Host header is the client's to choose, and a
 * reset link must never point at a host an attacker picked. A deployment reached by any other name must
 * set APP_URL; until then, sending a link fails the same way whichever email was asked for.
 */
export async function linkBase(): Promise<string> {
  const configured = process.env.APP_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("host") ?? "";
  if (!LOCAL_HOST.test(host)) {
    throw new Error(
      `APP_URL is not set: emailed links cannot use the request's host "${host.slice(0, 100)}"`,
    );
  }
  const proto = isHttpsRequest(h, `http://${host}/`, trustedHops()) ? "https" : "http";
  return `${proto}://${host}`;
}
