/** Bad input gets a typed error with a Vietnamese message the user can act on; nothing throws. */

import { organizations } from "@plan-tracker/prisma/data/organizations";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES, importPlan, importPlanText } from "./index";

const options = { directory: organizations };
const bytes = (text: string) => new TextEncoder().encode(text);

async function errorOf(input: Uint8Array, extra: { maxBytes?: number; fileName?: string } = {}) {
  const result = await importPlan(input, { ...options, ...extra });
  if (result.ok) throw new Error("expected an error");
  return result.error;
}

describe("bad input", () => {
  it("refuses an empty file, blank text and a DOCX without text", async () => {
    expect(await errorOf(new Uint8Array())).toMatchObject({
      code: "EMPTY",
      message: expect.stringMatching(/^Tệp trống/),
    });
    expect(await errorOf(bytes(" \n\t\n"))).toMatchObject({ code: "EMPTY" });
    const blank = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("")] }] }));
    expect(await errorOf(blank, { fileName: "ke-hoach.docx" })).toMatchObject({ code: "EMPTY" });
    const pasted = importPlanText("   ", options);
    expect(pasted.ok ? null : pasted.error.code).toBe("EMPTY");
  });

  it("says a PDF (scanned or not) is not supported yet, by content rather than by name", async () => {
    const pdf = bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n");
    const error = await errorOf(pdf, { fileName: "ke-hoach.docx" });
    expect(error.code).toBe("PDF_NOT_SUPPORTED");
    expect(error.message).toContain("Chưa hỗ trợ nhập từ tệp PDF");
    expect(error.message).toContain("DOCX");
  });

  it("refuses images, Word 97-2003 files, broken zips and binary data with their own messages", async () => {
    expect((await errorOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).code).toBe(
      "IMAGE_NOT_SUPPORTED",
    );
    expect(
      (await errorOf(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).message,
    ).toMatch(/\.doc \(Word 97-2003\)/);
    expect((await errorOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).code).toBe("UNREADABLE");
    expect((await errorOf(Uint8Array.from([1, 0, 2, 0, 3, 0]))).code).toBe("UNREADABLE");
    expect((await errorOf(Uint8Array.from([0xff, 0xfe, 0x41, 0xc3]))).code).toBe("UNREADABLE");
  });

  it("says a text with no numbered structure is not recognised as a plan", async () => {
    const letter =
      "Kính gửi anh chị,\n\nTrân trọng kính mời anh chị tham dự cuộc họp vào lúc 8 giờ ngày mai tại hội trường.\n\nTrân trọng.";
    const error = await errorOf(bytes(letter));
    expect(error.code).toBe("NOT_A_PLAN");
    expect(error.message).toMatch(/^Không nhận ra cấu trúc kế hoạch/);
    expect((await errorOf(bytes("I.\nII.\na) b) c)"))).code).toBe("NOT_A_PLAN");
  });

  it("refuses a file over the limit before reading it (20 MB by default, configurable)", async () => {
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
    const big = new Uint8Array(DEFAULT_MAX_BYTES + 1);
    const error = await errorOf(big);
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toContain("giới hạn là 20 MB");
    expect((await errorOf(bytes("I. MỤC ĐÍCH\n1. Một việc."), { maxBytes: 10 })).code).toBe("TOO_LARGE");
  });
});
