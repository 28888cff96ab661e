import { describe, expect, it } from "vitest";
import { TASK_TITLE_MAX, taskTitle } from "./task-title";

describe("taskTitle", () => {
  it("takes the first line of the text, not the assignment clause of the heading", () => {
    const task = {
      heading: "Sở Xây dựng chủ trì, phối hợp với các sở, ngành và địa phương:",
      content:
        "Nghiên cứu, ứng dụng các giải pháp ứng phó với biến đổi khí hậu, bao gồm:\n\n- Quy hoạch đô thị",
    };
    expect(taskTitle(task)).toBe("Nghiên cứu, ứng dụng các giải pháp ứng phó với biến đổi khí hậu, bao gồm:");
  });

  it("clips a long first line at a word, with an ellipsis", () => {
    const line = "đẩy mạnh công tác tuyên truyền ".repeat(10).trim();
    const title = taskTitle({ heading: null, content: `${line}\nđoạn sau` });
    expect(title.length).toBeLessThanOrEqual(TASK_TITLE_MAX + 1);
    expect(title.endsWith("…")).toBe(true);
    expect(line.startsWith(`${title.slice(0, -1)} `)).toBe(true);
  });

  it("skips leading blank lines and falls back to the heading when there is no text", () => {
    expect(taskTitle({ heading: null, content: "\n  \nTổ chức kiểm tra" })).toBe("Tổ chức kiểm tra");
    expect(taskTitle({ heading: "Bộ Chỉ huy Quân sự tỉnh:", content: "" })).toBe("Bộ Chỉ huy Quân sự tỉnh:");
  });
});
