/**
 * Checks the hand-made seed data of Kế hoạch 182/KH-UBND against the source document itself, read at test time,
 * so that a retyped word, a lost diacritic or a dropped paragraph fails here rather than in a printed report.
 * Both sides are normalised the same way: markdown markers removed, all whitespace collapsed to one space.
 */

import { describe, expect, it } from "vitest";
import { organizations } from "./organizations";
import { plan182 } from "./plan-182";
import { readPlan182Source } from "./plan-182/source-file";
import { reorganizations } from "./reorganizations";
import type { SeedOrganization, SeedSection, SeedTask } from "./types";

function normalise(text: string): string {
  return text
    .replace(/\*\*/g, "")
    .replace(/^[ \t]*#+[ \t]*/gm, "")
    .replace(/\s+/g, " ")
    .trim();
}

const doc = normalise(readPlan182Source());
const { sections, tasks } = plan182;
const orgByCode = new Map(organizations.map((o) => [o.code, o]));

/** The section a task belongs to: the one whose code is the longest prefix of the task's code. */
function sectionOf(task: SeedTask): SeedSection | undefined {
  const parts = task.code.split(".");
  for (let n = parts.length; n > 0; n--) {
    const found = sections.find((s) => s.code === parts.slice(0, n).join("."));
    if (found) return found;
  }
  return undefined;
}

function taskText(task: SeedTask): string {
  return normalise([task.label, task.heading, task.content].filter((x) => x !== null).join(" "));
}

function expectInDoc(text: string, what: string): void {
  expect(text.trim(), `${what} is empty`).not.toBe("");
  expect(doc, `${what} not found verbatim in the source: «${text}»`).toContain(normalise(text));
}

describe("Kế hoạch 182/KH-UBND: data against the source document", () => {
  it("rebuilds the whole document, in order, from the data and the fixed masthead and signature lines", () => {
    const pieces: string[] = [
      "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc",
      `Số: ${plan182.number} /KH-UBND`,
      "Kiên Giang, ngày 27 tháng 11 năm 2020",
      "KẾ HOẠCH",
      plan182.title,
      plan182.preamble,
    ];
    const walk = (parentCode: string | null): void => {
      const children = sections.filter((s) => s.parentCode === parentCode).sort((a, b) => a.order - b.order);
      for (const section of children) {
        pieces.push(`${section.number} ${section.heading}`, section.body);
        for (const task of tasks.filter((t) => sectionOf(t) === section)) pieces.push(taskText(task));
        walk(section.code);
      }
    };
    walk(null);
    pieces.push(plan182.closing, "Nơi nhận:", ...plan182.recipients.map((r) => `- ${r}`));
    pieces.push(...plan182.signerTitle.split(" / "), plan182.signerName);
    expect(normalise(pieces.join(" "))).toBe(doc);
  });

  it("has the document's identity as printed", () => {
    expect(plan182.symbol).toBe("182/KH-UBND");
    expect(doc).toContain(`Số: ${plan182.number} /${plan182.symbol.split("/")[1]}`);
    expect(plan182.issuedOn).toBe("2020-11-27");
    expect(doc).toContain(`${plan182.place}, ngày 27 tháng 11 năm 2020`);
    expect(plan182.issuerCode).toBe("UBND-KG");
    expect(plan182.focalCode).toBe("STNMT");
    expect(plan182.signerTitle).toBe("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
    expectInDoc(plan182.signerName, "signer");
    for (const line of plan182.signerTitle.split(" / ")) expectInDoc(line, "signer title line");
  });

  it("keeps title, preamble, closing and every recipient line verbatim", () => {
    expectInDoc(plan182.title, "title");
    expectInDoc(plan182.preamble, "preamble");
    expectInDoc(plan182.closing, "closing");
    expect(plan182.recipients).toHaveLength(6);
    for (const r of plan182.recipients) expectInDoc(`- ${r}`, "recipient");
  });

  it("takes the reporting rule from III.1 and its due day from that sentence", () => {
    expectInDoc(plan182.reportingRuleText, "reporting rule");
    const iii1 = tasks.find((t) => t.code === "III.1");
    expect(normalise(iii1?.content ?? "")).toContain(normalise(plan182.reportingRuleText));
    const due = `${String(plan182.reportDueDay).padStart(2, "0")} tháng ${plan182.reportDueMonth} hàng năm`;
    expect(plan182.reportingRuleText).toContain(due);
    expect([plan182.reportDueDay, plan182.reportDueMonth]).toEqual([5, 12]);
  });

  it("spans 2021 - 2025, a horizon the text itself prints", () => {
    expect([plan182.validFromYear, plan182.validToYear]).toEqual([2021, 2025]);
    expect(doc).toContain(`giai đoạn ${plan182.validFromYear} - ${plan182.validToYear}`);
  });

  it("lists the basis documents with titles as printed", () => {
    expect(plan182.basisDocuments.map((b) => b.symbol)).toEqual([
      "211-KH/TU",
      "56-KL/TW",
      "24-NQ/TW",
      "39-CTr/TU",
      "2623/QĐ-TTg",
      "967/QĐ-BXD",
    ]);
    for (const b of plan182.basisDocuments) {
      expectInDoc(b.title, `title of ${b.symbol}`);
      expect(doc, `${b.symbol} is not cited`).toContain(b.symbol);
      if (b.issuedOn) expect(b.issuedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // 39-CTr/TU is dated differently in two places; both are kept where they are printed.
    expect(doc).toContain("39-CTr/TU ngày 28/8/2013");
    expect(doc).toContain("39-CTr/TU ngày 27-8-2013");
  });
});

describe("Kế hoạch 182/KH-UBND: sections", () => {
  it("has the seven sections of the plan's tree", () => {
    expect(sections.map((s) => s.code)).toEqual(["I", "II", "II.1", "II.2", "II.3", "II.4", "III"]);
  });

  it("keeps numbering, headings and bodies as printed", () => {
    for (const s of sections) {
      const last = s.code.split(".").at(-1);
      expect(s.number).toBe(`${last}.`);
      expectInDoc(`${s.number} ${s.heading}`, `heading of ${s.code}`);
      expect(s.heading).not.toMatch(/\*|#/);
      if (s.body) expectInDoc(s.body, `body of ${s.code}`);
    }
    const aims = sections.find((s) => s.code === "I")?.body.split("\n\n") ?? [];
    expect(aims.map((a) => a.slice(0, 2))).toEqual(["1.", "2.", "3.", "4."]);
  });

  it("has a consistent tree", () => {
    for (const s of sections) {
      const parent = s.code.includes(".") ? s.code.split(".").slice(0, -1).join(".") : null;
      expect(s.parentCode).toBe(parent);
    }
    const keys = sections.map((s) => `${s.parentCode}/${s.order}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("Kế hoạch 182/KH-UBND: tasks", () => {
  it("has exactly these tasks, in document order", () => {
    expect(tasks.map((t) => t.code)).toEqual([
      "II.1.a",
      "II.1.b",
      "II.2.a",
      "II.2.b",
      "II.2.c",
      "II.3",
      "II.4.a",
      "II.4.b",
      "II.4.c",
      "II.4.d",
      "II.4.đ",
      "II.4.e",
      "III.1",
      "III.2",
      "III.3",
      "III.4",
      "III.5",
    ]);
    let from = 0;
    for (const t of tasks) {
      const at = doc.indexOf(taskText(t), from);
      expect(at, `${t.code} is missing or out of order`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
  });

  it("labels each task as printed", () => {
    for (const t of tasks) {
      const last = t.code.split(".").at(-1) ?? "";
      if (t.code === "II.3") expect(t.label).toBeNull();
      else if (t.code.startsWith("III.")) expect(t.label).toBe(`${last}.`);
      else expect(t.label).toBe(`${last})`);
      expect(sectionOf(t), `${t.code} has no section`).toBeDefined();
    }
  });

  it("keeps every heading, content, lead text, coordinator phrase and time phrase verbatim", () => {
    for (const t of tasks) {
      if (t.heading !== null) expectInDoc(t.heading, `heading of ${t.code}`);
      expectInDoc(t.content, `content of ${t.code}`);
      const own = normalise(`${t.heading ?? ""} ${t.content}`);
      expect(own, `leadText of ${t.code}`).toContain(normalise(t.leadText));
      for (const g of t.genericCoordinators) {
        expectInDoc(g.phrase, `coordinator phrase of ${t.code}`);
        expect(own, `coordinator phrase of ${t.code}`).toContain(normalise(g.phrase));
      }
      if (t.genericLead) expect(own).toContain(normalise(t.genericLead.phrase));
      for (const time of t.timeTexts) {
        expectInDoc(time, `time phrase of ${t.code}`);
        expect(normalise(t.content), `time phrase of ${t.code}`).toContain(normalise(time));
      }
    }
  });

  it("names each task's lead as expected", () => {
    // Hand-checked: [lead, implied]. null = addressed to a generic set (III.4).
    const expected: Record<string, [string | null, boolean]> = {
      "II.1.a": ["STTTT", false],
      "II.1.b": ["SKHDT", false],
      "II.2.a": ["SKHDT", false],
      "II.2.b": ["STNMT", true],
      "II.2.c": ["BCH-PCTT", true],
      "II.3": ["STNMT", true],
      "II.4.a": ["STNMT", false],
      "II.4.b": ["SNNPTNT", false],
      "II.4.c": ["SCT", false],
      "II.4.d": ["SGTVT", false],
      "II.4.đ": ["SXD", false],
      "II.4.e": ["BCHQS", true],
      "III.1": ["STNMT", false],
      "III.2": ["SKHDT", false],
      "III.3": ["STC", false],
      "III.4": [null, true],
      "III.5": ["STNMT", true],
    };
    expect(Object.fromEntries(tasks.map((t) => [t.code, [t.leadCode, t.leadImplied]]))).toEqual(expected);
    for (const t of tasks) {
      expect(t.leadText.includes("chủ trì"), `${t.code}: leadImplied must match "chủ trì"`).toBe(
        !t.leadImplied,
      );
      expect(t.leadCode === null, `${t.code}: genericLead only without leadCode`).toBe(
        t.genericLead !== undefined,
      );
      if (t.leadCode) {
        const lead = orgByCode.get(t.leadCode);
        expect(lead, `${t.code}: lead ${t.leadCode} unknown`).toBeDefined();
      }
    }
  });

  it("names the coordinators the text names", () => {
    const expected: Record<string, string[]> = {
      "II.4.đ": ["BXD", "CPTDT"],
      "III.1": ["SKHDT"],
      "III.2": ["STC"],
      "III.3": ["SKHDT"],
    };
    for (const t of tasks) {
      expect(t.coordinatorCodes, t.code).toEqual(expected[t.code] ?? []);
      expect(t.coordinatorCodes, `${t.code}: lead listed as coordinator`).not.toContain(t.leadCode);
    }
  });

  it("classifies kinds: the yearly report is recurring, the rest are standing duties", () => {
    for (const t of tasks) {
      expect(t.kind, t.code).toBe(t.code === "III.1" ? "RECURRING" : "CONTINUOUS");
      if (t.kind === "RECURRING") expect(t.timeTexts.join(" ")).toContain("hàng năm");
      if (t.dueDate) expect(t.kind).toBe("ONE_OFF");
      if (t.periodStartYear !== undefined) {
        expect(t.timeTexts).toContain(`giai đoạn ${t.periodStartYear} - ${t.periodEndYear}`);
      }
    }
  });
});

describe("Kế hoạch 182/KH-UBND: action items", () => {
  const items = tasks.flatMap((t) => t.actionItems.map((i) => ({ task: t, item: i })));

  it("splits tasks into the expected number of items", () => {
    const expected: Record<string, number> = {
      "II.1.a": 2,
      "II.1.b": 2,
      "II.2.a": 2,
      "II.2.b": 3,
      "II.2.c": 0,
      "II.3": 11,
      "II.4.a": 34,
      "II.4.b": 19,
      "II.4.c": 6,
      "II.4.d": 2,
      "II.4.đ": 4,
      "II.4.e": 3,
      "III.1": 5,
      "III.2": 3,
      "III.3": 2,
      "III.4": 2,
      "III.5": 0,
    };
    expect(Object.fromEntries(tasks.map((t) => [t.code, t.actionItems.length]))).toEqual(expected);
    expect(tasks.find((t) => t.code === "II.4.a")?.actionItems.length).toBeGreaterThan(30);
  });

  it("names the II.4.a projects one by one", () => {
    const contents = tasks.find((t) => t.code === "II.4.a")?.actionItems.map((i) => i.content) ?? [];
    for (const project of [
      "Dự án xây dựng hệ thống hồ sơ địa chính và cơ sở dữ liệu đất đai",
      "Dự án về cơ sở dữ liệu tài nguyên và môi trường",
      "Xây dựng Chương trình quản lý tổng hợp tài nguyên vùng bờ tỉnh Kiên Giang",
      "Dự án thiết lập hành lang bảo vệ bờ biển",
    ]) {
      expect(contents).toContain(project);
    }
  });

  it("keeps every item verbatim, inside its own task and in the task's order", () => {
    for (const t of tasks) {
      const own = normalise(t.content);
      let from = 0;
      for (const i of t.actionItems) {
        expectInDoc(i.content, `item ${i.code}`);
        const at = own.indexOf(normalise(i.content), from);
        expect(at, `item ${i.code} is not in ${t.code} or out of order`).toBeGreaterThanOrEqual(0);
        from = at + 1;
        expect(i.content, `item ${i.code} keeps a trailing separator or bullet`).not.toMatch(/^- |[.;,:]$/);
        if (i.timeText) {
          expectInDoc(i.timeText, `time phrase of ${i.code}`);
          expect(i.content).toContain(i.timeText);
          expect(t.timeTexts, `${t.code} lacks the time phrase of ${i.code}`).toContain(i.timeText);
        }
      }
    }
  });

  it("numbers items uniquely as <task code>.<n> in document order", () => {
    const codes = items.map(({ item }) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const t of tasks) {
      expect(t.actionItems.map((i) => i.code)).toEqual(t.actionItems.map((_, n) => `${t.code}.${n + 1}`));
    }
  });
});

describe("Organization directory", () => {
  const DISTRICTS_2020: Record<string, string> = {
    "UBND-RACHGIA": "Ủy ban nhân dân thành phố Rạch Giá",
    "UBND-HATIEN": "Ủy ban nhân dân thành phố Hà Tiên",
    "UBND-PHUQUOC-H": "Ủy ban nhân dân huyện Phú Quốc",
    "UBND-KIENLUONG": "Ủy ban nhân dân huyện Kiên Lương",
    "UBND-HONDAT": "Ủy ban nhân dân huyện Hòn Đất",
    "UBND-TANHIEP": "Ủy ban nhân dân huyện Tân Hiệp",
    "UBND-CHAUTHANH": "Ủy ban nhân dân huyện Châu Thành",
    "UBND-GIONGRIENG": "Ủy ban nhân dân huyện Giồng Riềng",
    "UBND-GOQUAO": "Ủy ban nhân dân huyện Gò Quao",
    "UBND-ANBIEN": "Ủy ban nhân dân huyện An Biên",
    "UBND-ANMINH": "Ủy ban nhân dân huyện An Minh",
    "UBND-VINHTHUAN": "Ủy ban nhân dân huyện Vĩnh Thuận",
    "UBND-UMINHTHUONG": "Ủy ban nhân dân huyện U Minh Thượng",
    "UBND-GIANGTHANH": "Ủy ban nhân dân huyện Giang Thành",
    "UBND-KIENHAI": "Ủy ban nhân dân huyện Kiên Hải",
  };

  const validOn = (o: SeedOrganization, day: string): boolean =>
    (o.validFrom === undefined || o.validFrom <= day) && (o.validTo === undefined || day <= o.validTo);
  const districtsOn = (day: string) =>
    organizations.filter((o) => o.kind === "DISTRICT_PC" && validOn(o, day));

  it("has unique, upper-case ASCII codes and unique short names", () => {
    const codes = organizations.map((o) => o.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/);
    const shortNames = organizations.map((o) => o.shortName);
    expect(new Set(shortNames).size).toBe(shortNames.length);
  });

  it("resolves every code the plan and the directory refer to", () => {
    const referenced = [
      plan182.issuerCode,
      plan182.focalCode,
      ...tasks.flatMap((t) => [t.leadCode, ...t.coordinatorCodes]),
      ...organizations.map((o) => o.parentCode),
      ...reorganizations.flatMap((r) => r.links.flatMap((l) => [l.from, l.to])),
    ].filter((c): c is string => typeof c === "string");
    for (const code of referenced) expect(orgByCode.has(code), `unknown organization ${code}`).toBe(true);
  });

  it("has the 15 district-level units of Kiên Giang on 27/11/2020, under UBND tỉnh", () => {
    const on = districtsOn("2020-11-27");
    expect(Object.fromEntries(on.map((o) => [o.code, o.name]))).toEqual(DISTRICTS_2020);
    for (const o of on) expect(o.parentCode).toBe("UBND-KG");
    expect(on.filter((o) => o.name.includes(" thành phố "))).toHaveLength(2);
  });

  it("replaces huyện Phú Quốc by thành phố Phú Quốc without a gap or overlap", () => {
    const district = orgByCode.get("UBND-PHUQUOC-H");
    const city = orgByCode.get("UBND-PHUQUOC-TP");
    const event = reorganizations.find((r) => r.code === "KG-2021-PHUQUOC");
    expect(event?.links).toEqual([{ from: "UBND-PHUQUOC-H", to: "UBND-PHUQUOC-TP" }]);
    expect(event?.effectiveOn).toBe(city?.validFrom);
    expect(city?.name).toBe("Ủy ban nhân dân thành phố Phú Quốc");
    const dayAfter = new Date(`${district?.validTo}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    expect(city?.validFrom).toBe(dayAfter.toISOString().slice(0, 10));
    expect(districtsOn("2021-06-01")).toHaveLength(15);
  });

  it("has the leads' official names and the short names used in tables", () => {
    const expected: Record<string, [string, string]> = {
      "UBND-KG": ["Ủy ban nhân dân tỉnh Kiên Giang", "UBND tỉnh"],
      STNMT: ["Sở Tài nguyên và Môi trường", "Sở TN&MT"],
      SKHDT: ["Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"],
      SNNPTNT: ["Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"],
      STTTT: ["Sở Thông tin và Truyền thông", "Sở TT&TT"],
      SCT: ["Sở Công Thương", "Sở Công Thương"],
      SGTVT: ["Sở Giao thông vận tải", "Sở GTVT"],
      SXD: ["Sở Xây dựng", "Sở Xây dựng"],
      STC: ["Sở Tài chính", "Sở Tài chính"],
      BCHQS: ["Bộ Chỉ huy Quân sự tỉnh Kiên Giang", "BCH Quân sự tỉnh"],
      "BCH-PCTT": [
        "Ban Chỉ huy Phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh Kiên Giang",
        "BCH PCTT-TKCN&PTDS tỉnh",
      ],
      BXD: ["Bộ Xây dựng", "Bộ Xây dựng"],
      CPTDT: ["Cục Phát triển đô thị", "Cục PTĐT"],
    };
    for (const [code, [name, shortName]] of Object.entries(expected)) {
      expect([orgByCode.get(code)?.name, orgByCode.get(code)?.shortName], code).toEqual([name, shortName]);
    }
    expect(orgByCode.get("STNMT")?.aliases).toEqual(
      expect.arrayContaining(["Sở TNMT", "Sở Tài nguyên & Môi trường", "STNMT"]),
    );
  });

  it("finds in the plan's text every organization the plan names by its full name", () => {
    for (const code of ["STNMT", "SKHDT", "SNNPTNT", "STTTT", "SCT", "SGTVT", "SXD", "STC", "BXD", "CPTDT"]) {
      expect(doc).toContain(orgByCode.get(code)?.name);
    }
    for (const phrase of [
      "Bộ Chỉ huy Quân sự tỉnh",
      "Ban Chỉ huy Phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh",
      "Bộ Chính trị",
      "Ban Bí thư",
      "Ban Chấp hành Trung ương",
      "Thủ tướng Chính phủ",
      "Bộ Tài nguyên và Môi trường",
    ]) {
      const named = organizations.some((o) => o.name.startsWith(phrase) || o.aliases.includes(phrase));
      expect(named, phrase).toBe(true);
    }
  });

  // Words of these names that always carry diacritics; met bare, the text has lost them.
  const STRIPPED = new Set(
    (
      "uy nhan dan tinh kien bo chinh tri chap hanh uong dang cong san viet bi thu tuong phu nguyen moi truong " +
      "xay dung cuc phat trien do thi hoi dong van phong so ke hoach dau tu nong nghiep thon thong truyen " +
      "thuong chi quan su chong thien tim kiem cuu nan thanh pho rach gia ha tien huyen quoc luong hon dat tan " +
      "hiep chau giong rieng go bien vinh thuan hai xa"
    ).split(" "),
  );
  const strippedWords = (text: string): string[] =>
    text.split(/[^\p{L}]+/u).filter((w) => STRIPPED.has(w.toLowerCase()));

  it("spots a name that lost its diacritics", () => {
    expect(strippedWords("Uy ban nhan dan huyen Hon Dat")).toEqual([
      "Uy",
      "nhan",
      "dan",
      "huyen",
      "Hon",
      "Dat",
    ]);
    expect(strippedWords("Ủy ban nhân dân huyện Hòn Đất; thiên tai; Thông tin")).toEqual([]);
  });

  it("writes every name, short name and alias with its Vietnamese diacritics, in NFC", () => {
    for (const o of organizations) {
      expect(o.name, `${o.code} name has no diacritics`).toMatch(/[^ -~]/);
      for (const text of [o.name, o.shortName, ...o.aliases]) {
        expect(strippedWords(text), `${o.code}: «${text}»`).toEqual([]);
      }
      // Notes are prose, where bare words such as "do" or "quan" are correct: only the encoding is checked.
      for (const text of [o.name, o.shortName, ...o.aliases, o.note ?? ""]) {
        expect(text.normalize("NFC"), `${o.code}: «${text}» is not NFC`).toBe(text);
      }
    }
  });

  it("has no alias that points to two organizations", () => {
    const seen = new Map<string, string>();
    for (const o of organizations) {
      for (const key of [o.name, o.shortName, ...o.aliases].map((s) => s.toLowerCase())) {
        const other = seen.get(key);
        expect(other === undefined || other === o.code, `«${key}» names ${other} and ${o.code}`).toBe(true);
        seen.set(key, o.code);
      }
    }
  });
});
