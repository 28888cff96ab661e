import { describe, expect, it } from "vitest";
import { findTimePhrases, summariseTime } from "./time";

const one = (text: string) => findTimePhrases(text)[0];

describe("findTimePhrases", () => {
  it("reads yearly deadlines without a year as recurring", () => {
    expect(one("tổng hợp, báo cáo trước ngày 15/12 hàng năm")).toMatchObject({
      text: "trước ngày 15/12 hàng năm",
      kind: "RECURRING",
      dueDay: 15,
      dueMonth: 12,
      frequency: "ANNUAL",
    });
    expect(one("Định kỳ trước ngày 05 tháng 12 hàng năm tổng hợp")).toMatchObject({
      text: "Định kỳ trước ngày 05 tháng 12 hàng năm",
      dueDay: 5,
    });
    expect(one("định kỳ hàng năm (trước ngày 10/12) hoặc đột xuất")).toMatchObject({
      text: "định kỳ hàng năm (trước ngày 10/12)",
      dueMonth: 12,
    });
  });

  it("reads dated deadlines as one-off, with the due date from the document's own numbers", () => {
    expect(one("hoàn thành trước ngày 30/6/2021")).toMatchObject({ kind: "ONE_OFF", dueDate: "2021-06-30" });
    expect(one("báo cáo trong Quý I/2021")).toMatchObject({
      text: "trong Quý I/2021",
      dueDate: "2021-03-31",
    });
    expect(one("trình Chính phủ trong quý III năm 2012.")).toMatchObject({ dueDate: "2012-09-30" });
    expect(one("Xong trong tháng 5/2026")).toMatchObject({ dueDate: "2026-05-31" });
    expect(one("trong đó năm 2020 phải hoàn thành các dự án")).toMatchObject({
      text: "năm 2020 phải hoàn thành",
      dueDate: "2020-12-31",
    });
    expect(one("Trong năm 2026")).toMatchObject({ dueDate: "2026-12-31" });
    expect(one("xong trong tháng 2/2024")).toMatchObject({ dueDate: "2024-02-29" });
  });

  it("reads periods and standing duties", () => {
    expect(one("giai đoạn 2021 - 2025")).toMatchObject({
      kind: "CONTINUOUS",
      periodStartYear: 2021,
      periodEndYear: 2025,
    });
    expect(one("thường xuyên thanh tra")).toMatchObject({ text: "thường xuyên", kind: "CONTINUOUS" });
    expect(one("Hàng năm")).toMatchObject({ kind: "RECURRING", frequency: "ANNUAL" });
  });

  it("leaves out what is not a time phrase", () => {
    expect(findTimePhrases("cho các nhiệm vụ chi thường xuyên để triển khai")).toEqual([]);
    expect(findTimePhrases("Nghị định số 29/2008/NĐ-CP ngày 14 tháng 3 năm 2008 của Chính phủ")).toEqual([]);
    expect(findTimePhrases("kịp thời ứng cứu khi có yêu cầu")).toEqual([]);
    expect(
      findTimePhrases("Đề án … giai đoạn 2013 - 2020 theo Quyết định số 2623/QĐ-TTg ngày 31/12/2013"),
    ).toEqual([]);
  });

  it("keeps spans pointing into the text", () => {
    const text = "Rà soát quy hoạch trong Quý I/2021.";
    const [p] = findTimePhrases(text, 100);
    expect(p?.span).toEqual({ start: 100 + text.indexOf("trong"), end: 100 + text.indexOf(".") });
  });
});

describe("summariseTime", () => {
  it("keeps a task with a period or 'thường xuyên' standing even if one clause has a date", () => {
    const phrases = findTimePhrases(
      "năm 2020 phải hoàn thành các dự án; giai đoạn 2021 - 2025; giai đoạn 2016 - 2020",
    );
    const summary = summariseTime(phrases);
    expect(summary.kind).toBe("CONTINUOUS");
    expect(summary.deadline).not.toHaveProperty("periodStartYear");
    expect(summary.deadline).not.toHaveProperty("dueDate");
  });

  it("makes a dated task one-off with its latest date, and a single period the task's", () => {
    expect(summariseTime(findTimePhrases("trong Quý I/2021; trước ngày 30/6/2021"))).toMatchObject({
      kind: "ONE_OFF",
      deadline: { dueDate: "2021-06-30", text: "trong Quý I/2021; trước ngày 30/6/2021" },
    });
    expect(summariseTime(findTimePhrases("cho giai đoạn 2020 - 2025;")).deadline).toMatchObject({
      periodStartYear: 2020,
      periodEndYear: 2025,
    });
    expect(summariseTime([])).toEqual({ kind: "CONTINUOUS", deadline: null });
  });
});
