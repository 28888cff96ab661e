import { describe, expect, it } from "vitest";
import { lunarToSolar, solarToLunar, tetDay } from "./lunar";

const iso = ({ year, month, day }: { year: number; month: number; day: number }) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

// Mùng 1 Tết as published in Vietnam (lịch vạn niên / Government announcements).
const TET_VN: Record<number, string> = {
  1985: "1985-01-21",
  2007: "2007-02-17",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  // The new moon of 2/2/2030 is at 23:07 in Vietnam, 00:07 on 3/2 in China.
  2030: "2030-02-02",
};

// Giỗ Tổ Hùng Vương, 10/3 lunar.
const GIO_TO: Record<number, string> = {
  2019: "2019-04-14",
  2020: "2020-04-02",
  2021: "2021-04-21",
  2022: "2022-04-10",
  2023: "2023-04-29",
  2024: "2024-04-18",
  2025: "2025-04-07",
  2026: "2026-04-26",
};

describe("the Vietnamese lunar calendar", () => {
  it.each(Object.entries(TET_VN))("Tết %s falls on %s", (year, day) => {
    expect(iso(tetDay(Number(year)))).toBe(day);
  });

  it("differs from China's where Vietnam's zone (UTC+7) moves the new moon to the day before", () => {
    expect(iso(tetDay(2007, 8))).toBe("2007-02-18");
    expect(iso(tetDay(1985, 8))).toBe("1985-02-20");
    expect(iso(tetDay(2030, 8))).toBe("2030-02-03");
  });

  it.each(Object.entries(GIO_TO))("Giỗ Tổ %s falls on %s", (year, day) => {
    const solar = lunarToSolar({ day: 10, month: 3, year: Number(year), leap: false });
    expect(solar && iso(solar)).toBe(day);
  });

  it("knows leap months (2023 had a leap 2nd month, 2020 a leap 4th)", () => {
    expect(solarToLunar({ year: 2023, month: 3, day: 22 })).toEqual({
      day: 1,
      month: 2,
      year: 2023,
      leap: true,
    });
    expect(solarToLunar({ year: 2020, month: 5, day: 23 })).toEqual({
      day: 1,
      month: 4,
      year: 2020,
      leap: true,
    });
    expect(lunarToSolar({ day: 1, month: 5, year: 2023, leap: true })).toBeNull();
  });

  it("round-trips every day of 1900-2100 day by day", () => {
    for (let t = Date.UTC(1900, 1, 1); t < Date.UTC(2100, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const solar = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const lunar = solarToLunar(solar);
      expect(lunar.day).toBeGreaterThanOrEqual(1);
      expect(lunar.day).toBeLessThanOrEqual(30);
      expect(lunarToSolar(lunar)).toEqual(solar);
    }
    // 73,000 days, with three expectations each: about 2 s alone, longer beside the other packages' tests.
  }, 30_000);

  it("puts the day before Tết in the old year (30 or 29 Tết)", () => {
    const eve2025 = solarToLunar({ year: 2025, month: 1, day: 28 });
    expect(eve2025).toMatchObject({ month: 12, year: 2024, day: 29 });
    const eve2026 = solarToLunar({ year: 2026, month: 2, day: 16 });
    expect(eve2026).toMatchObject({ month: 12, year: 2025 });
  });
});
