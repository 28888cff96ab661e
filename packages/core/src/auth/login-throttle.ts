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

export type SignInThrottleInput = {
  /** Recent failed sign-ins for this account from this address. */
  failuresForPair: readonly Date[];
  /** Recent failed sign-ins for this account from any address. */
  failuresForAccount: readonly Date[];
  /** Recent failed sign-ins from this address, for any account. */
  failuresForAddress: readonly Date[];
  now: Date;
};

export type SignInThrottleConfig = {
  maxPerPair: number;
  maxPerAddress: number;
  windowMinutes: number;
  /** Account-wide failures from which each attempt waits before its password is checked. */
  slowAfter: number;
  baseDelayMs: number;
  maxDelayMs: number;
};

export type SignInThrottleDecision =
  | { allowed: true; delayMs: number }
  | { allowed: false; retryAfterMinutes: number };

/** Five tries per account from one address, twenty per address, in 15 minutes; from 5 account-wide, slow. */
export const SIGN_IN_THROTTLE: SignInThrottleConfig = {
  maxPerPair: 5,
  maxPerAddress: 20,
  windowMinutes: 15,
  slowAfter: 5,
  baseDelayMs: 1000,
  maxDelayMs: 10_000,
};

/**
 * Whether a sign-in may proceed, after OWASP's advice on lockout: an address that keeps guessing one
 * account is blocked for it (per account and address), an address that tries many accounts is blocked
 * (per address), but an account under attack from many addresses is never locked, since anyone could then
 * keep its owner out (the compiler on 4 December) with five requests every 15 minutes. Instead every attempt
 * on it waits a little longer, doubling from 1 s to at most 10 s, which its owner barely notices and which
 * caps a distributed guesser at a few attempts a minute.
 */
export function signInThrottleDecision(
  input: SignInThrottleInput,
  config: SignInThrottleConfig = SIGN_IN_THROTTLE,
): SignInThrottleDecision {
  const now = input.now.getTime();
  const windowMs = config.windowMinutes * MINUTE_MS;
  const wait = Math.max(
    waitMs(input.failuresForPair, config.maxPerPair, now, windowMs),
    waitMs(input.failuresForAddress, config.maxPerAddress, now, windowMs),
  );
  if (wait > 0) return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(wait / MINUTE_MS)) };
  const accountFailures = input.failuresForAccount.filter((d) => d.getTime() > now - windowMs).length;
  const over = accountFailures - config.slowAfter;
  const delayMs = over < 0 ? 0 : Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** over);
  return { allowed: true, delayMs };
}
