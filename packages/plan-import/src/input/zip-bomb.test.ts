import { crc32, createDeflateRaw } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document";
import { checkZipBounds } from "./zip-bounds";

interface ZipPart {
  name: string;
  deflated: Buffer;
  crc: number;
  size: number;
  /** What the headers claim; a hostile zip lies here. */
  declaredSize?: number;
}

/** Deflates `size` bytes of one repeated chunk without ever holding them: the output is ~1/1000 of it. */
async function deflateRepeated(chunk: Buffer, size: number): Promise<{ deflated: Buffer; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { deflated: Buffer.concat(out), crc };
}

function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const size = part.declaredSize ?? part.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc >>> 0, 16);
    central.writeUInt32LE(part.deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + part.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

async function bombDocx(options: { inflatedMb: number; lie: boolean }): Promise<Buffer> {
  const size = options.inflatedMb * 1024 * 1024;
  // Spaces inside the body: valid-looking XML padding that compresses about a thousand times.
  const body = await deflateRepeated(Buffer.alloc(1024 * 1024, " "), size);
  const types = Buffer.from(CONTENT_TYPES);
  const typesPart = await deflateRepeated(types, types.length);
  return zip([
    { name: "[Content_Types].xml", ...typesPart, size: types.length },
    {
      name: "word/document.xml",
      ...body,
      size,
      ...(options.lie ? { declaredSize: 2048 } : {}),
    },
  ]);
}

describe("a zip bomb named .docx", () => {
  it("is refused from its declared size, without inflating, with a Vietnamese message", async () => {
    const bomb = await bombDocx({ inflatedMb: 400, lie: false });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const result = await readDocument(bomb, { fileName: "ke-hoach.docx" });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({ ok: false, error: { code: "UNZIPPED_TOO_LARGE" } });
    if (!result.ok) expect(result.error.message).toMatch(/giải nén.*100 MB/);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("is refused when its headers lie about the size, after inflating at most the budget", async () => {
    const bomb = await bombDocx({ inflatedMb: 400, lie: true });
    const before = process.memoryUsage().rss;
    const result = await readDocument(bomb, { fileName: "ke-hoach.docx" });
    expect(result).toMatchObject({ ok: false, error: { code: "UNZIPPED_TOO_LARGE" } });
    // Streamed and counted, never held: far below the 100 MB budget, let alone the 400 MB it would inflate to.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("lets a real DOCX through", async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph("1. Sở Tài nguyên và Môi trường chủ trì thực hiện.")] }],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(await checkZipBounds(bytes)).toBe("ok");
    const result = await readDocument(bytes, { fileName: "ke-hoach.docx" });
    expect(result.ok).toBe(true);
  });

  it("treats a truncated zip as unreadable, not as a crash", async () => {
    const bomb = await bombDocx({ inflatedMb: 1, lie: false });
    const result = await readDocument(bomb.subarray(0, bomb.length - 30), { fileName: "x.docx" });
    expect(result).toMatchObject({ ok: false, error: { code: "UNREADABLE" } });
  });
});
