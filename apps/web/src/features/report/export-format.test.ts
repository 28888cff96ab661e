import { describe, expect, it } from "vitest";
import { exportFormatOf } from "./export-format";

describe("exportFormatOf", () => {
  it("knows the four formats", () => {
    for (const f of ["html", "docx", "xlsx", "pdf"]) expect(exportFormatOf(f)).toBe(f);
  });

  it("refuses an object's inherited names and anything else", () => {
    for (const f of [
      "toString",
      "constructor",
      "__proto__",
      "hasOwnProperty",
      "valueOf",
      "DOCX",
      "",
      "docx ",
    ])
      expect(exportFormatOf(f)).toBeNull();
  });
});
