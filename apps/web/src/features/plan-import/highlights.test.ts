import { describe, expect, it } from "vitest";
import { type Highlight, sourcePieces } from "./highlights";

describe("sourcePieces", () => {
  it("cuts the source at highlights and task starts, losing no character", () => {
    const source = "1. Sở A chủ trì việc X hàng năm. 2. Sở B làm Y.";
    const highlights: Highlight[] = [
      { start: 3, end: 7, kind: "lead", taskCode: "1" },
      { start: 23, end: 31, kind: "deadline", taskCode: "1" },
    ];
    const pieces = sourcePieces(source, highlights, [
      { code: "1", start: 0 },
      { code: "2", start: 33 },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(source);
    expect(pieces[0]).toMatchObject({ text: "1. ", anchor: "1", highlight: null });
    expect(pieces[1]).toMatchObject({ text: "Sở A", highlight: { kind: "lead" } });
    expect(pieces.find((p) => p.anchor === "2")?.text).toBe("2. Sở B làm Y.");
  });
});
