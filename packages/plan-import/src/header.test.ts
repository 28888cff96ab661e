import { organizations } from "@plan-tracker/prisma/data/organizations";
import { describe, expect, it } from "vitest";
import { readableName, readHeader } from "./header";
import { readText } from "./input/read-text";

const header = (text: string) => {
  const doc = readText(text);
  return readHeader(
    doc,
    doc.lines.map((l) => l.index),
    organizations,
  );
};

describe("readHeader", () => {
  it("reads number, date, place and type as printed", () => {
    expect(
      header(
        "ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 182 /KH-UBND\nKiên Giang, ngày 27 tháng 11 năm 2020\nKẾ HOẠCH\nTiêu đề kế hoạch",
      ),
    ).toMatchObject({
      number: "182/KH-UBND",
      symbol: "KH-UBND",
      issuedAt: "2020-11-27",
      place: "Kiên Giang",
      documentType: "KE_HOACH",
      title: "Tiêu đề kế hoạch",
      issuer: { code: "UBND-KG" },
    });
  });

  it("reads a draft's blank number and day as null, keeping the symbol and the year", () => {
    expect(header("Số:           /KH-UBND\nLào Cai, ngày       tháng      năm 2026")).toMatchObject({
      number: null,
      symbol: "KH-UBND",
      issuedAt: null,
      issuedYear: 2026,
    });
  });

  it("reads party numbering and infers the type from the symbol when no type line is printed", () => {
    expect(header("TỈNH ỦY KIÊN GIANG\nSố 211-KH/TU\nRạch Giá, ngày 11 tháng 6 năm 2020")).toMatchObject({
      number: "211-KH/TU",
      documentType: "KE_HOACH",
      issuer: { code: "TU-KG" },
    });
    expect(header("Số: 5973/UBND-KT\nV/v tăng cường kiểm tra")).toMatchObject({
      documentType: "CONG_VAN",
      title: "tăng cường kiểm tra",
    });
  });

  it("rejects an impossible date rather than inventing one", () => {
    expect(header("Kiên Giang, ngày 31 tháng 02 năm 2021").issuedAt).toBeNull();
  });
});

describe("readableName", () => {
  it("turns masthead capitals into the name as written in running text", () => {
    expect(readableName("ỦY BAN NHÂN DÂN TỈNH LÀO CAI")).toBe("Ủy ban nhân dân tỉnh Lào Cai");
    expect(readableName("ỦY BAN NHÂN DÂN HUYỆN U MINH THƯỢNG")).toBe("Ủy ban nhân dân huyện U Minh Thượng");
  });
});
