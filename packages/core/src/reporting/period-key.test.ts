import { describe, expect, it } from "vitest";
import {
  formatPeriodKey,
  nextPeriodKey,
  parsePeriodKey,
  periodName,
  periodNameInSentence,
} from "./period-key";

describe("period keys", () => {
  it.each([
    ["2026", "ANNUAL", 1, "2026", "Năm 2026"],
    ["2026-H1", "SEMIANNUAL", 1, "2026-H1", "6 tháng đầu năm 2026"],
    ["2026-h2", "SEMIANNUAL", 2, "2026-H2", "6 tháng cuối năm 2026"],
    ["2026-Q4", "QUARTERLY", 4, "2026-Q4", "Quý IV/2026"],
    ["Q1/2027", "QUARTERLY", 1, "2027-Q1", "Quý I/2027"],
    ["2026-11", "MONTHLY", 11, "2026-11", "Tháng 11/2026"],
    ["2026-1", "MONTHLY", 1, "2026-01", "Tháng 1/2026"],
    ["12/2026", "MONTHLY", 12, "2026-12", "Tháng 12/2026"],
    [" 2026-q3 ", "QUARTERLY", 3, "2026-Q3", "Quý III/2026"],
  ])("%s is %s %i, key %s, named %s", (text, cycle, index, key, name) => {
    const parsed = parsePeriodKey(text);
    expect(parsed).toMatchObject({ cycle, index });
    expect(parsed && formatPeriodKey(parsed)).toBe(key);
    expect(parsed && periodName(parsed)).toBe(name);
  });

  it.each([
    "",
    "26",
    "2026-13",
    "2026-00",
    "2026-Q5",
    "2026-H3",
    "2026-Q0",
    "1999",
    "2026/11",
    "năm 2026",
    "2026-11-05",
  ])("refuses %j", (text) => {
    expect(parsePeriodKey(text)).toBeNull();
  });
});

describe("period names inside a sentence", () => {
  it.each([
    ["2026", "năm 2026"],
    ["2026-Q4", "quý IV/2026"],
    ["2026-11", "tháng 11/2026"],
    ["2026-H1", "6 tháng đầu năm 2026"],
  ])("kỳ báo cáo %s → kỳ báo cáo %s", (text, name) => {
    const key = parsePeriodKey(text);
    expect(key && periodNameInSentence(key)).toBe(name);
  });
});

describe("the next period", () => {
  it.each([
    ["2026", "2027"],
    ["2026-H1", "2026-H2"],
    ["2026-H2", "2027-H1"],
    ["2026-Q4", "2027-Q1"],
    ["2026-11", "2026-12"],
    ["2026-12", "2027-01"],
  ])("%s → %s", (text, next) => {
    const key = parsePeriodKey(text);
    expect(key && formatPeriodKey(nextPeriodKey(key))).toBe(next);
  });
});
