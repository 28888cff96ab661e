import "server-only";
import { AppError } from "@plan-tracker/core";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { bearerToken, hashApiToken } from "@/features/api-tokens/token";
import { clientAddressFrom, trustedHops } from "@/server/trusted-proxy";

/**
 * The API's limits (docs/api.md, the OpenAPI file): per token, what one integration may ask in a minute;
 * per address, more, since a province's offices may share one address behind their proxy. Counted in this
 * web node's memory: with N nodes behind a load balancer a caller gets up to N times as much, which bounds
 * a runaway script, not a distributed attack (that belongs to the proxy in front).
 */
export const API_RATE_LIMITS = {
  perToken: { points: perMinute("API_RATE_LIMIT_PER_TOKEN", 120), duration: 60 },
  perAddress: { points: perMinute("API_RATE_LIMIT_PER_ADDRESS", 600), duration: 60 },
} as const;

/** A limit per minute from the environment (the benchmark's load runs raise it), else the default. */
function perMinute(name: string, fallback: number): number {
  const configured = Number(process.env[name]);
  return Number.isInteger(configured) && configured > 0 ? configured : fallback;
}

export interface ApiLimiters {
  perToken: RateLimiterMemory;
  perAddress: RateLimiterMemory;
}

export function createApiLimiters(
  limits: {
    perToken: { points: number; duration: number };
    perAddress: { points: number; duration: number };
  } = API_RATE_LIMITS,
): ApiLimiters {
  return {
    perToken: new RateLimiterMemory({ keyPrefix: "api-token", ...limits.perToken }),
    perAddress: new RateLimiterMemory({ keyPrefix: "api-address", ...limits.perAddress }),
  };
}

const shared = createApiLimiters();

/**
 * Counts an API request against its address and, when it carries a bearer token, against the token (its
 * hash: a wrong token counts too). Over either limit: RATE_LIMITED (429) with the seconds to wait, which
 * the error answer sends as Retry-After.
 */
export async function consumeApiQuota(request: Request, limiters: ApiLimiters = shared): Promise<void> {
  const address = clientAddressFrom(request.headers, trustedHops());
  const authorization = request.headers.get("authorization");
  const token = authorization ? bearerToken(authorization) : null;
  try {
    await limiters.perAddress.consume(address);
    if (token) await limiters.perToken.consume(hashApiToken(token));
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    throw new AppError("RATE_LIMITED", {
      message: "API rate limit",
      details: { retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) },
    });
  }
}
