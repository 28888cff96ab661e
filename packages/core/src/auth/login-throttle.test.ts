import { describe, expect, it } from "vitest";
import { DEFAULT_THROTTLE, type ThrottleDecision, throttleDecision } from "./login-throttle";

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
