import { describe, expect, it } from "vitest";
import { formatDate } from "./format";
import { parseIsoDate, parseVnDate } from "./parse";
import { vnDate } from "./vn-time";

describe("parseVnDate", () => {
  it.each([
    ["05/12/2026", [2026, 12, 5]],
    ["5/12/2026", [2026, 12, 5]],
    [" 05/12/2026 ", [2026, 12, 5]],
    ["29/02/2024", [2024, 2, 29]],
    ["11-6-2020", [2020, 6, 11]],
    ["27.11.2020", [2020, 11, 27]],
    ["31/12/2026", [2026, 12, 31]],
  ] as const)("%j -> 00:00 on %j in Vietnam", (text, [year, month, day]) => {
    expect(parseVnDate(text)?.getTime()).toBe(vnDate(year, month, day).getTime());
  });

  it.each([
    "31/02/2026",
    "29/02/2026",
    "31/04/2026",
    "00/12/2026",
    "05/13/2026",
    "05/00/2026",
    "05/12/26",
    "05/12-2026", // mixed separators
    "2026-12-05", // ISO is parseIsoDate's job
    "05/12/2026 14:30",
    "5 tháng 12 năm 2026",
    "",
    "abc",
    "005/12/2026",
  ])("rejects %j", (text) => {
    expect(parseVnDate(text)).toBeNull();
  });

  it("round-trips with formatDate", () => {
    const d = vnDate(2026, 2, 5);
    expect(parseVnDate(formatDate(d))?.getTime()).toBe(d.getTime());
  });
});

describe("parseIsoDate", () => {
  it.each([
    ["2026-12-05", vnDate(2026, 12, 5)],
    ["2024-02-29", vnDate(2024, 2, 29)],
    ["2026-02-29", null],
    ["2026-12-5", null],
    ["05/12/2026", null],
    ["2026-12-05T00:00:00Z", null],
  ])("%j", (text, expected) => {
    expect(parseIsoDate(text)?.getTime() ?? null).toBe(expected?.getTime() ?? null);
  });
});
