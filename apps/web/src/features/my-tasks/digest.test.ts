import type { MyUpdateState } from "@plan-tracker/core";
import { describe, expect, it } from "vitest";
import { DIGEST_ROWS, DIGEST_THRESHOLD, digestRows, showsDigest } from "./digest";

const rows = (...states: MyUpdateState[]) => states.map((state, i) => ({ id: `t${i}`, state }));

describe("the digest of 'Việc của tôi'", () => {
  it("is shown only without a chosen plan and past the threshold", () => {
    const many = [{ rows: Array.from({ length: DIGEST_THRESHOLD + 1 }) }];
    const few = [{ rows: Array.from({ length: DIGEST_THRESHOLD }) }];
    expect(showsDigest(false, many)).toBe(true);
    expect(showsDigest(false, few)).toBe(false);
    expect(showsDigest(true, many)).toBe(false);
  });

  it("keeps a plan's first tasks to do, returned first, in the plan's order within a state", () => {
    const picked = digestRows(
      rows("ACCEPTED", "NOT_UPDATED", "SUBMITTED", "RETURNED", "DRAFT", "NOT_UPDATED", "NOT_UPDATED"),
    );
    expect(picked.map((r) => r.id)).toEqual(["t3", "t1", "t5", "t6", "t4"]);
    expect(picked).toHaveLength(DIGEST_ROWS);
  });
});
