import { MINUTE_MS } from "../dates/vn-time";

export type ThrottleInput = {
  /** Times of recent failed sign-ins for the account (the email typed), from any address. */
  failuresForAccount: readonly Date[];
  /** Times of recent failed sign-ins from the client's address, for any account. */
  failuresForAddress: readonly Date[];
  now: Date;
};

export type ThrottleConfig = { maxPerAccount: number; maxPerAddress: number; windowMinutes: number };

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/** Five tries per account and twenty per address within 15 minutes. */
export const DEFAULT_THROTTLE: ThrottleConfig = { maxPerAccount: 5, maxPerAddress: 20, windowMinutes: 15 };

/** Milliseconds until fewer than `max` failures remain in the sliding window, or 0 when that is already so. */
function waitMs(failures: readonly Date[], max: number, now: number, windowMs: number): number {
  // A failure stamped in the future (clock skew between nodes) counts as happening now.
  const inWindow = failures
    .map((d) => Math.min(d.getTime(), now))
    .filter((t) => t > now - windowMs)
    .sort((a, b) => a - b);
  if (inWindow.length < max) return 0;
  // The attempt is allowed again once all but max - 1 failures have left the window.
  const release = inWindow[inWindow.length - max] as number;
  return release + windowMs - now;
}

/**
 * Whether a sign-in attempt may proceed. A sliding window over failed attempts, limited per account
 * (guessing one password) and per address (trying many accounts). Blocks with the whole minutes to
 * wait, at least 1, for the message "Vui lòng thử lại sau {minutes} phút". Counting only failures means
 * a correct password after a few typos is never locked out before the limit.
 */
export function throttleDecision(
  input: ThrottleInput,
  config: ThrottleConfig = DEFAULT_THROTTLE,
): ThrottleDecision {
  const now = input.now.getTime();
  const windowMs = config.windowMinutes * MINUTE_MS;
  const wait = Math.max(
    waitMs(input.failuresForAccount, config.maxPerAccount, now, windowMs),
    waitMs(input.failuresForAddress, config.maxPerAddress, now, windowMs),
  );
  if (wait <= 0) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(wait / MINUTE_MS)) };
}
