import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

describe("excerpt", () => {
  it("keeps a short text whole, with its whitespace folded", () => {
    expect(excerpt("Sở Tài chính  chủ trì,\n\nphối hợp")).toBe("Sở Tài chính chủ trì, phối hợp");
  });
  it("cuts a long text at the last word boundary before the limit", () => {
    expect(excerpt("Giao Sở Tài nguyên và Môi trường là cơ quan đầu mối", 30)).toBe(
      "Giao Sở Tài nguyên và Môi…",
    );
  });
  it("cuts a text without spaces at the limit", () => {
    expect(excerpt("a".repeat(50), 10)).toBe(`${"a".repeat(10)}…`);
  });
});
