import { describe, expect, it } from "vitest";
import { percentForStatus, type RollUpChild, type RollUpNode, rollUpPercent, rollUpTree } from "./roll-up";
import type { ReportedStatus } from "./types";

describe("rollUpPercent", () => {
  it.each<[string, RollUpChild[], number | null]>([
    ["no children", [], null],
    ["all without data", [{ percent: null }, { percent: null }], null],
    ["plain mean", [{ percent: 100 }, { percent: 50 }, { percent: 0 }], 50],
    ["a child without data counts as 0", [{ percent: 90 }, { percent: null }, { percent: 30 }], 40],
    [
      "weighted: (3*100 + 1*20) / 4",
      [
        { percent: 100, weight: 3 },
        { percent: 20, weight: 1 },
      ],
      80,
    ],
    [
      "weighted with a null: (2*60 + 2*0 + 1*90) / 5",
      [{ percent: 60, weight: 2 }, { percent: null, weight: 2 }, { percent: 90 }],
      42,
    ],
    ["weight 0 is left out", [{ percent: 100 }, { percent: 0, weight: 0 }], 100],
    ["only weight-0 children", [{ percent: 100, weight: 0 }], null],
    ["clamped to 0-100", [{ percent: 150 }, { percent: -20 }], 50],
    ["a NaN percent is no data", [{ percent: Number.NaN }, { percent: 40 }], 20],
    ["thirds are not rounded", [{ percent: 100 }, { percent: 0 }, { percent: 0 }], 100 / 3],
  ])("%s", (_name, children, expected) => {
    const result = rollUpPercent(children);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(expected, 10);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects weight %d", (weight) => {
    expect(() => rollUpPercent([{ percent: 10, weight }])).toThrow(RangeError);
  });
});

describe("percentForStatus", () => {
  it.each<[ReportedStatus | null, number | null, number | null]>([
    ["COMPLETED", 80, 100],
    ["COMPLETED", null, 100],
    ["DONE_THIS_YEAR", null, 100],
    ["NOT_STARTED", 30, 0],
    ["NOT_STARTED", null, 0],
    ["IN_PROGRESS", 45.5, 45.5],
    ["IN_PROGRESS", null, null],
    ["IN_PROGRESS", 120, 100],
    ["BLOCKED", 20, 20],
    [null, 60, 60],
    [null, null, null],
  ])("%s with %s -> %s", (status, percent, expected) => {
    expect(percentForStatus(status, percent)).toBe(expected);
  });
});

describe("rollUpTree", () => {
  // plan
  // ├─ I (section)
  // │  ├─ I.1 (task, reported on as a whole: 60)
  // │  └─ I.2 (task, 2 action items: 100, 0)      -> 50
  // │                                             I = (60 + 50) / 2 = 55
  // ├─ II (section)
  // │  ├─ II.1 (task, items: 80, null, 40)         -> 40 (null counts as 0)
  // │  └─ II.2 (task, nothing reported)            -> null -> 0 within II
  // │                                             II = (40 + 0) / 2 = 20
  // └─ III (section, no tasks reported)             -> null
  //                                               plan = (55 + 20 + 0) / 3 = 25
  const nodes: RollUpNode[] = [
    { id: "plan", parentId: null, percent: null },
    { id: "I", parentId: "plan", percent: null },
    { id: "I.1", parentId: "I", percent: 60 },
    { id: "I.2", parentId: "I", percent: 10 }, // own figure ignored: its items have data
    { id: "I.2.a", parentId: "I.2", percent: 100 },
    { id: "I.2.b", parentId: "I.2", percent: 0 },
    { id: "II", parentId: "plan", percent: null },
    { id: "II.1", parentId: "II", percent: null },
    { id: "II.1.a", parentId: "II.1", percent: 80 },
    { id: "II.1.b", parentId: "II.1", percent: null },
    { id: "II.1.c", parentId: "II.1", percent: 40 },
    { id: "II.2", parentId: "II", percent: null },
    { id: "III", parentId: "plan", percent: null },
    { id: "III.1", parentId: "III", percent: null },
  ];

  it("rolls action items up to tasks, sections and the plan", () => {
    const result = rollUpTree(nodes);
    expect(Object.fromEntries(result)).toEqual({
      plan: 25,
      I: 55,
      "I.1": 60,
      "I.2": 50,
      "I.2.a": 100,
      "I.2.b": 0,
      II: 20,
      "II.1": 40,
      "II.1.a": 80,
      "II.1.b": null,
      "II.1.c": 40,
      "II.2": null,
      III: null,
      "III.1": null,
    });
  });

  it("does not depend on the order of the nodes", () => {
    const shuffled = [...nodes].reverse();
    expect(Object.fromEntries(rollUpTree(shuffled))).toEqual(Object.fromEntries(rollUpTree(nodes)));
  });

  it("falls back to the parent's own percent when no child has data", () => {
    const result = rollUpTree([
      { id: "t", parentId: null, percent: 70 },
      { id: "t.a", parentId: "t", percent: null },
    ]);
    expect(result.get("t")).toBe(70);
  });

  it("uses weights within a parent: (3*100 + 1*0) / 4", () => {
    const result = rollUpTree([
      { id: "plan", parentId: null, percent: null },
      { id: "big", parentId: "plan", percent: 100, weight: 3 },
      { id: "small", parentId: "plan", percent: 0 },
    ]);
    expect(result.get("plan")).toBe(75);
  });

  it("treats a node whose parent is missing as a root", () => {
    const result = rollUpTree([{ id: "orphan", parentId: "gone", percent: 30 }]);
    expect(result.get("orphan")).toBe(30);
  });

  it("throws on a cycle and on duplicate ids", () => {
    expect(() =>
      rollUpTree([
        { id: "a", parentId: "b", percent: 1 },
        { id: "b", parentId: "a", percent: 1 },
      ]),
    ).toThrow(/Cycle/);
    expect(() =>
      rollUpTree([
        { id: "a", parentId: null, percent: 1 },
        { id: "a", parentId: null, percent: 2 },
      ]),
    ).toThrow(/Duplicate/);
  });

  it("handles a deep chain without recursion", () => {
    const chain: RollUpNode[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `n${i}`,
      parentId: i === 0 ? null : `n${i - 1}`,
      percent: i === 19_999 ? 42 : null,
    }));
    expect(rollUpTree(chain).get("n0")).toBe(42);
  });
});
