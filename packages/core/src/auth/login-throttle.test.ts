import { describe, expect, it } from "vitest";
import {
  DEFAULT_THROTTLE,
  signInThrottleDecision,
  type ThrottleDecision,
  throttleDecision,
} from "./login-throttle";

const now = new Date("2026-12-05T03:00:00Z");
/** `n` failures, the first `firstMinutesAgo` minutes ago and one more every `stepMinutes` after it. */
const failures = (n: number, firstMinutesAgo: number, stepMinutes = 1): Date[] =>
  Array.from({ length: n }, (_, i) => new Date(now.getTime() - (firstMinutesAgo - i * stepMinutes) * 60_000));

describe("throttleDecision", () => {
  it.each<[string, Date[], Date[], ThrottleDecision]>([
    ["no failures", [], [], { allowed: true }],
    ["4 account failures", failures(4, 10), [], { allowed: true }],
    // 5 failures at -10..-6 min: the oldest leaves the window at +5 min.
    ["5 account failures", failures(5, 10), [], { allowed: false, retryAfterMinutes: 5 }],
    // 7 failures at -10..-4: 3 must leave, the third (-8) leaves at +7.
    ["7 account failures", failures(7, 10), [], { allowed: false, retryAfterMinutes: 7 }],
    ["5 failures all just now", failures(5, 0, 0), [], { allowed: false, retryAfterMinutes: 15 }],
    ["5 failures, oldest exactly 15 min ago: it has left", failures(5, 15), [], { allowed: true }],
    // Oldest 14.5 min ago: leaves in 30 s, rounded up to 1 minute.
    ["5 failures, oldest about to leave", failures(5, 14.5), [], { allowed: false, retryAfterMinutes: 1 }],
    ["old failures only", failures(10, 60), [], { allowed: true }],
    ["19 address failures", [], failures(19, 14, 0.5), { allowed: true }],
    // 20 at -14, -13.5, ...: the oldest leaves at +1.
    ["20 address failures", [], failures(20, 14, 0.5), { allowed: false, retryAfterMinutes: 1 }],
    ["20 address failures just now", [], failures(20, 0, 0), { allowed: false, retryAfterMinutes: 15 }],
    // Both limits hit: the longer wait wins.
    ["both limits", failures(5, 12), failures(20, 2, 0), { allowed: false, retryAfterMinutes: 13 }],
    [
      "future-stamped failures count as now",
      failures(5, -3, 0),
      [],
      { allowed: false, retryAfterMinutes: 15 },
    ],
  ])("%s", (_name, failuresForAccount, failuresForAddress, expected) => {
    expect(throttleDecision({ failuresForAccount, failuresForAddress, now }, DEFAULT_THROTTLE)).toEqual(
      expected,
    );
  });

  it("does not depend on the order of the failures", () => {
    const shuffled = [...failures(7, 10)].reverse();
    expect(throttleDecision({ failuresForAccount: shuffled, failuresForAddress: [], now })).toEqual({
      allowed: false,
      retryAfterMinutes: 7,
    });
  });

  it("honours another configuration", () => {
    const config = { maxPerAccount: 3, maxPerAddress: 10, windowMinutes: 60 };
    expect(
      throttleDecision({ failuresForAccount: failures(3, 30), failuresForAddress: [], now }, config),
    ).toEqual({
      allowed: false,
      retryAfterMinutes: 30,
    });
  });
});

describe("signInThrottleDecision", () => {
  const decide = (pair: Date[], account: Date[], address: Date[]) =>
    signInThrottleDecision({
      failuresForPair: pair,
      failuresForAccount: account,
      failuresForAddress: address,
      now,
    });

  it("blocks an address that keeps guessing one account, for that account", () => {
    expect(decide(failures(5, 10), failures(5, 10), failures(5, 10))).toEqual({
      allowed: false,
      retryAfterMinutes: 5,
    });
    expect(decide(failures(4, 10), failures(4, 10), failures(4, 10))).toEqual({ allowed: true, delayMs: 0 });
  });

  it("blocks an address that tries many accounts", () => {
    expect(decide([], [], failures(20, 14, 0.5))).toEqual({ allowed: false, retryAfterMinutes: 1 });
  });

  it("never locks an account attacked from many addresses: it slows every attempt, doubling to 10 s", () => {
    // The owner from their own address, with no failure of their own, gets in after a pause.
    expect(decide([], failures(5, 10), [])).toEqual({ allowed: true, delayMs: 1000 });
    expect(decide([], failures(6, 10), [])).toEqual({ allowed: true, delayMs: 2000 });
    expect(decide([], failures(8, 10), [])).toEqual({ allowed: true, delayMs: 8000 });
    expect(decide([], failures(50, 14, 0.2), [])).toEqual({ allowed: true, delayMs: 10_000 });
    // Failures older than the window no longer slow anyone.
    expect(decide([], failures(50, 60), [])).toEqual({ allowed: true, delayMs: 0 });
  });
});
