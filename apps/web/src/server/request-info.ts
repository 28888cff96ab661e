import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom, trustedHops } from "./trusted-proxy";

/** The client's address, as far as the trusted proxies (TRUSTED_PROXY) vouch for it; for throttling and audit. */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers(), trustedHops());
}

export async function userAgent(): Promise<string | null> {
  return (await headers()).get("user-agent");
}
