import { describe, expect, it } from "vitest";
import { LOCALES } from "../locale";
import { officialCategoryLabel, reportedStatusLabel, taskKindLabel } from "./labels";
import { DISPLAY_CATEGORIES, REPORTED_STATUSES, TASK_KINDS } from "./types";

describe("labels", () => {
  it("use the regime's Vietnamese wording", () => {
    expect(DISPLAY_CATEGORIES.map((c) => officialCategoryLabel[c].vi)).toEqual([
      "Hoàn thành đúng hạn",
      "Hoàn thành quá hạn",
      "Đang thực hiện trong hạn",
      "Quá hạn chưa hoàn thành",
      "Thực hiện thường xuyên",
      "Chưa báo cáo",
    ]);
    expect(REPORTED_STATUSES.map((s) => reportedStatusLabel[s].vi)).toEqual([
      "Chưa triển khai",
      "Đang thực hiện",
      "Hoàn thành",
      "Đã thực hiện trong năm",
      "Gặp vướng mắc",
    ]);
  });

  it("exist in every locale", () => {
    const maps = [
      [officialCategoryLabel, DISPLAY_CATEGORIES],
      [reportedStatusLabel, REPORTED_STATUSES],
      [taskKindLabel, TASK_KINDS],
    ] as const;
    for (const [labels, keys] of maps) {
      for (const key of keys) {
        for (const locale of LOCALES) {
          expect((labels as Record<string, Record<string, string>>)[key]?.[locale]).toBeTruthy();
        }
      }
    }
  });
});
