import { describe, expect, it } from "vitest";
import { isoOf, nationalDayAdjacent, publicHolidays } from "./holidays";

describe("publicHolidays", () => {
  it("lays out 2026: 1/1, Tết 16-20/2, Giỗ Tổ 26/4, 30/4, 1/5, 1-2/9", () => {
    expect(publicHolidays(2026).map((h) => h.date)).toEqual([
      "2026-01-01",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
      "2026-04-26",
      "2026-04-30",
      "2026-05-01",
      "2026-09-01",
      "2026-09-02",
    ]);
  });

  it("starts Tết on 29 Tết when the 12th lunar month is short (Ất Tỵ 2025: 28/1)", () => {
    const tet = publicHolidays(2025).filter((h) => h.name.startsWith("Tết Nguyên đán"));
    expect(tet.map((h) => h.date)).toEqual([
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-02-01",
    ]);
  });

  it("has eleven days every year from 1900 to 2200 (Labour Code 2019 art. 112) but when two coincide", () => {
    for (let year = 1900; year <= 2200; year++) {
      const days = publicHolidays(year);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      expect(days.length).toBe(year === 1947 ? 10 : 11);
      expect(days.every((d) => d.date.startsWith(String(year)))).toBe(true);
    }
  });

  it("puts Quốc khánh's second day where the Government put it in 2021-2025", () => {
    const chosen = [2021, 2022, 2023, 2024, 2025].map((y) => isoOf(nationalDayAdjacent(y)));
    expect(chosen).toEqual(["2021-09-03", "2022-09-01", "2023-09-01", "2024-09-03", "2025-09-01"]);
  });

  it("gives one day both names when Giỗ Tổ falls on 30/4 (1947)", () => {
    expect(publicHolidays(1947).find((h) => h.date === "1947-04-30")?.name).toBe(
      "Giỗ Tổ Hùng Vương (10/3 Âm lịch); Ngày Chiến thắng (30/4)",
    );
  });
});
