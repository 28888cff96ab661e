import { describe, expect, it } from "vitest";
import { readText } from "./input/read-text";
import { readMarker } from "./numbering";
import { buildTree } from "./tree";

describe("readMarker", () => {
  it.each([
    ["I. MỤC ĐÍCH, YÊU CẦU", "roman", "I."],
    ["III. TỔ CHỨC THỰC HIỆN", "roman", "III."],
    ["4. Một số nhiệm vụ", "decimal", "4."],
    ["2) Sở Tài chính", "decimal", "2)"],
    ["1.2. Công tác tuyên truyền", "decimal", "1.2."],
    ["2.1.1 Sở Xây dựng", "decimal", "2.1.1."],
    ["đ) Sở Xây dựng chủ trì", "letter", "đ)"],
    ["a) Chủ trì", "letter", "a)"],
    ["Điều 1. Ban hành", "article", "Điều 1."],
    ["- Tham mưu", "bullet", "-"],
    ["+ Chỉ đạo", "bullet", "+"],
  ])("%s", (text, style, label) => {
    expect(readMarker(text)).toMatchObject({ style, label });
  });

  it.each([
    "V/v tăng cường công tác",
    "Số: 182 /KH-UBND",
    "2020 phải hoàn thành",
    "1:5.000 tỷ lệ",
    "Tập trung",
    "5.000 tỷ đồng",
  ])("is not a marker: %s", (text) => {
    expect(readMarker(text)?.style === "bullet" ? null : readMarker(text)).toBeNull();
  });
});

describe("buildTree", () => {
  const tree = (text: string) => {
    const doc = readText(text);
    return buildTree(
      doc.lines,
      doc.lines.map((l) => l.index),
    );
  };

  it("nests styles by first appearance and gives codes like the seed (II.4.đ)", () => {
    const t = tree("I. A\n1. B\na) C\nđ) D\n- bullet\n2. E\nII. F\n1. G");
    expect(t.nodes.map((n) => n.code)).toEqual(["I", "I.1", "I.1.a", "I.1.đ", "I.2", "II", "II.1"]);
    expect(t.nodes[3]?.own).toHaveLength(1);
    expect(t.warnings).toEqual(["Đánh số không liên tục: «đ)» sau «a)»."]);
  });

  it("puts 1.1. under 1. even when a lettered item was open", () => {
    const t = tree("1. A\na) B\n1.1. C\n1.1.1. D\n2. E");
    expect(t.nodes.map((n) => n.code)).toEqual(["1", "1.a", "1.1", "1.1.1", "2"]);
  });

  it("walks the Vietnamese alphabet a, b, c, d, đ, e, g without a warning", () => {
    expect(tree("1. A\na) x\nb) x\nc) x\nd) x\nđ) x\ne) x\ng) x").warnings).toEqual([]);
  });
});
