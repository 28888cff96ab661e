/**
 * Which forwarding headers to believe. `TRUSTED_PROXY` is the number of reverse proxies (load balancer,
 * nginx…) between the Internet and this server, each appending the address it saw to X-Forwarded-For.
 * 0 (the default) means the server faces clients directly: every X-Forwarded-* header a client sends is
 * a forgery and is dropped before Next.js sees it (see forwarded-header-guard.ts), so the address is the
 * socket's. With N proxies the client is the N-th address from the right: entries further left were
 * written by the client and are ignored. Pure (no Next.js imports) so the proxy, auth and tests share it.
 */

export const MAX_TRUSTED_HOPS = 10;

export type HeaderReader = { get(name: string): string | null };

/** Parses TRUSTED_PROXY: unset/empty/"0"/"false" → 0; "true" → 1; an integer 0..10. Throws on anything else. */
export function parseTrustedProxy(raw: string | undefined): number {
  const value = raw?.trim().toLowerCase() ?? "";
  if (value === "" || value === "false" || value === "no" || value === "off") return 0;
  if (value === "true" || value === "yes") return 1;
  if (!/^\d{1,2}$/.test(value) || Number(value) > MAX_TRUSTED_HOPS) {
    throw new Error(
      `TRUSTED_PROXY must be the number of reverse proxies in front of the server (0 to ${MAX_TRUSTED_HOPS}), got "${raw}".`,
    );
  }
  return Number(value);
}

let cached: { raw: string | undefined; hops: number } | undefined;

/** The configured hop count, parsed once per value of the environment variable. */
export function trustedHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY;
  if (!cached || cached.raw !== raw) cached = { raw, hops: parseTrustedProxy(raw) };
  return cached.hops;
}

function listOf(header: string | null): string[] {
  return (header ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/**
 * The client's address. With no trusted proxy, X-Forwarded-For holds only what Next.js wrote from the
 * socket (the guard removed the client's), and its last entry is that socket address either way.
 */
export function clientAddressFrom(headers: HeaderReader, hops: number): string {
  const chain = listOf(headers.get("x-forwarded-for"));
  if (chain.length === 0) return "unknown";
  // A chain shorter than the proxies we expect means a request reached us around them: the leftmost is
  // the nearest thing to the client we have, and it is not client-chosen beyond what the proxy allowed.
  const index = Math.max(0, chain.length - Math.max(1, hops));
  return chain[index] ?? "unknown";
}

/** Whether the browser's connection was HTTPS: directly, or as the nearest trusted proxy reports it. */
export function isHttpsRequest(headers: HeaderReader, url: URL | string, hops: number): boolean {
  const protocol = typeof url === "string" ? new URL(url).protocol : url.protocol;
  if (protocol === "https:") return true;
  if (hops === 0) return false;
  const reported = listOf(headers.get("x-forwarded-proto")).at(-1)?.toLowerCase();
  return reported === "https";
}
