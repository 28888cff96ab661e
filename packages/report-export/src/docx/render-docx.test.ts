import { describe, expect, it } from "vitest";
import { count, openDocx, paragraphs, paragraphWithText, sections, style, tables } from "../testing/docx-xml";
import { HOSTILE_TEXT, sampleModel } from "../testing/sample-model";
import { STYLE } from "./primitives";
import { renderReportDocx } from "./render-docx";

const model = sampleModel();
const docx = await openDocx(await renderReportDocx(model));
const doc = docx.document;

describe("renderReportDocx page setup (Decree 30/2020/NĐ-CP, Appendix I)", () => {
  const [first, annex] = sections(doc);

  it("prints the report on A4 portrait with margins 20/20/30/15 mm", () => {
    expect(sections(doc)).toHaveLength(2);
    expect(first).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(first).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it("puts the annex on a new landscape A4 section with the same margins", () => {
    expect(annex).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(annex).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  });

  it("numbers pages with a PAGE field centred in the header, not on the first page", () => {
    expect(first).toContain("<w:titlePg/>");
    const firstHeaderId = /<w:headerReference w:type="first" r:id="(\w+)"/.exec(first ?? "")?.[1];
    const defaultHeaderId = /<w:headerReference w:type="default" r:id="(\w+)"/.exec(first ?? "")?.[1];
    const target = (id: string | undefined) =>
      `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(docx.rels)?.[1]}`;
    const defaultHeader = docx.headers[target(defaultHeaderId)] ?? "";
    const firstHeader = docx.headers[target(firstHeaderId)] ?? "";
    expect(defaultHeader).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(defaultHeader).toContain('<w:jc w:val="center"/>');
    expect(defaultHeader).toContain('<w:sz w:val="26"/>');
    expect(firstHeader).not.toContain("PAGE");
    expect(annex).toMatch(/<w:headerReference w:type="default"/);
  });

  it("sets Times New Roman 14 pt as the document's default and no run to another font", () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? "";
    expect(defaults).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"/>',
    );
    expect(defaults).toContain('<w:sz w:val="28"/>');
    const fonts = [...`${doc}${docx.styles}`.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]);
    for (const attrs of fonts) {
      expect(attrs).toBe(
        'w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"',
      );
    }
  });
});

describe("renderReportDocx header block", () => {
  it("lays the header out as a borderless two-column table", () => {
    const header = tables(doc)[0] ?? "";
    expect(count(header, /<w:gridCol /g)).toBe(2);
    expect(header).toContain('<w:top w:val="none"');
    expect(header).not.toMatch(/w:val="single" w:color="000000" w:sz="4"/);
  });

  it("prints the governing body in regular capitals and the agency bold at 12–13 pt with a rule under it", () => {
    const parent = paragraphWithText(doc, "UBND TỈNH KIÊN GIANG");
    expect(parent.xml).not.toContain("<w:b/>");
    expect(parent.xml).toContain('<w:sz w:val="24"/>');
    const agency = paragraphWithText(doc, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
    expect(agency.xml).toContain("<w:b/>");
    const all = paragraphs(doc);
    const ruleUnder = all[all.indexOf(all.find((p) => p.text === agency.text) as never) + 1];
    expect(ruleUnder?.text).toBe("");
    expect(ruleUnder?.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it("prints the national title bold in capitals at 12 pt and the motto bold at 13 pt, not in capitals", () => {
    const title = paragraphWithText(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(title.xml).toContain("<w:b/>");
    expect(title.xml).toContain('<w:sz w:val="24"/>');
    expect(title.xml).toContain('<w:jc w:val="center"/>');
    const motto = paragraphWithText(doc, "Độc lập - Tự do - Hạnh phúc");
    expect(motto.xml).toContain("<w:b/>");
    expect(motto.xml).toContain('<w:sz w:val="26"/>');
    expect(motto.xml).not.toContain("<w:caps/>");
  });

  it("prints the number line and the italic place-date line", () => {
    expect(paragraphWithText(doc, "Số: 123/BC-STNMT").xml).toContain('<w:sz w:val="26"/>');
    const date = paragraphWithText(doc, "Kiên Giang, ngày 05 tháng 12 năm 2026");
    expect(date.xml).toContain("<w:i/>");
    expect(date.xml).toContain('<w:jc w:val="center"/>');
  });

  it("leaves blanks for a report not yet numbered or dated, and zero-pads day < 10 and months 1–2", async () => {
    const blank = await openDocx(
      await renderReportDocx(sampleModel({ header: { ...model.header, number: "", date: null } })),
    );
    paragraphWithText(blank.document, "Số:        /BC-STNMT");
    paragraphWithText(blank.document, "Kiên Giang, ngày      tháng      năm 2026");
    const february = await openDocx(
      await renderReportDocx(sampleModel({ header: { ...model.header, date: "2027-02-03" } })),
    );
    paragraphWithText(february.document, "Kiên Giang, ngày 03 tháng 02 năm 2027");
    const march = await openDocx(
      await renderReportDocx(sampleModel({ header: { ...model.header, date: "2027-03-15" } })),
    );
    paragraphWithText(march.document, "Kiên Giang, ngày 15 tháng 3 năm 2027");
  });

  it("centres 'BÁO CÁO' bold at 14 pt with the summary bold under it", () => {
    const all = paragraphs(doc);
    const index = all.findIndex((p) => p.text === "BÁO CÁO");
    expect(all[index]?.xml).toContain("<w:b/>");
    expect(all[index]?.xml).toContain('<w:sz w:val="28"/>');
    expect(all[index]?.xml).toContain('<w:jc w:val="center"/>');
    expect(all[index + 1]?.text).toBe(model.header.summary);
    expect(all[index + 1]?.xml).toContain("<w:b/>");
  });
});

describe("renderReportDocx body", () => {
  it("justifies body paragraphs at 14 pt with a 1 cm first-line indent and 6 pt after, through an editable style", () => {
    const intro = paragraphWithText(doc, model.introduction.text);
    expect(intro.xml).toContain(`<w:pStyle w:val="${STYLE.body}"/>`);
    const body = style(docx.styles, STYLE.body);
    expect(body).toContain('<w:name w:val="Nội dung báo cáo"/>');
    expect(body).toContain('<w:jc w:val="both"/>');
    expect(body).toContain('<w:ind w:firstLine="567"/>');
    expect(body).toMatch(/<w:spacing w:after="120"/);
    expect(body).toContain('<w:sz w:val="28"/>');
    expect(body).toContain('w:ascii="Times New Roman"');
  });

  it("prints tables at 11 pt through the cell style", () => {
    expect(style(docx.styles, STYLE.cell)).toContain('<w:sz w:val="22"/>');
    const annex = tables(doc).at(-1) ?? "";
    expect(annex).toContain(`<w:pStyle w:val="${STYLE.cell}"/>`);
  });

  it("has the five parts in order", () => {
    const texts = paragraphs(doc).map((p) => p.text);
    const heads = ["I. ", "II. ", "III. ", "IV. ", "V. "].map((h) => texts.findIndex((t) => t.startsWith(h)));
    expect(heads.every((i) => i > 0)).toBe(true);
    expect([...heads].sort((a, b) => a - b)).toEqual(heads);
    expect(texts).toContain("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027");
  });

  it("prints the counts by official category with their Vietnamese labels", () => {
    paragraphWithText(doc, "- Đang thực hiện trong hạn: 3 nhiệm vụ (38%);");
    paragraphWithText(doc, "- Thực hiện thường xuyên: 2 nhiệm vụ (25%).");
    paragraphWithText(
      doc,
      "Về báo cáo của các cơ quan: 8/9 cơ quan đã gửi báo cáo, trong đó 7 báo cáo đã được tiếp nhận.",
    );
  });

  it("prints each task with its code, its lead's results and attributed contributions, and flags missing reporters", () => {
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts.some((t) => t.startsWith("Nhiệm vụ II.4.a: Tiếp tục đẩy mạnh"))).toBe(true);
    expect(texts).toContain(
      "- Ủy ban nhân dân thành phố Phú Quốc (phối hợp): Thu gom, xử lý 185 tấn rác thải nhựa trôi dạt ven biển; kiểm tra 42 cơ sở kinh doanh du lịch về bảo vệ môi trường.",
    );
    expect(texts).toContain("Chưa có báo cáo được tiếp nhận: Ủy ban nhân dân thành phố Rạch Giá.");
    expect(texts).toContain("Chưa có báo cáo được tiếp nhận: Sở Nông nghiệp và Phát triển nông thôn.");
    // Agency text is kept as text, markup and ampersand included.
    expect(texts).toContain(`Kết quả thực hiện (Sở Thông tin và Truyền thông): ${HOSTILE_TEXT}`);
  });

  it("prints difficulties and proposals attributed, and next year's '- ' lines as dash items", () => {
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain(
      "- Ủy ban nhân dân thành phố Phú Quốc (nhiệm vụ II.4.a): Lượng rác thải nhựa trôi dạt vào mùa gió Tây Nam vượt năng lực thu gom & xử lý.",
    );
    expect(texts).toContain(
      "- Sở Kế hoạch và Đầu tư: Sớm ban hành quy định về cơ chế chính sách thực hiện nhiệm vụ của Kế hoạch.",
    );
    expect(texts).toContain("- Đẩy mạnh phân loại chất thải rắn sinh hoạt tại nguồn.");
  });
});

describe("renderReportDocx closing block and annex", () => {
  const all = tables(doc);

  it("lists recipients ('Nơi nhận:' bold italic 12 pt, lines 11 pt, ending '- Lưu: VT.')", () => {
    const title = paragraphWithText(doc, "Nơi nhận:");
    expect(title.xml).toContain("<w:b/>");
    expect(title.xml).toContain("<w:i/>");
    expect(title.xml).toContain('<w:sz w:val="24"/>');
    expect(paragraphWithText(doc, "- UBND tỉnh (b/c);").xml).toContain('<w:sz w:val="22"/>');
    expect(paragraphWithText(doc, "- Lưu: VT.").xml).toContain('<w:sz w:val="22"/>');
  });

  it("signs with 'KT. GIÁM ĐỐC' over 'PHÓ GIÁM ĐỐC' and the name, all bold, beside the recipients", () => {
    const closing = all[all.length - 2] ?? "";
    expect(closing).toContain("Nơi nhận:");
    const texts = paragraphs(closing).map((p) => p.text);
    const at = texts.indexOf("KT. GIÁM ĐỐC");
    expect(texts.slice(at, at + 3)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Bình"]);
    for (const line of ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Bình"]) {
      expect(paragraphWithText(doc, line).xml).toContain("<w:b/>");
    }
    expect(closing).toContain('<w:top w:val="none"');
  });

  it("prints the annex titled 'PHỤ LỤC' with a header row and one row per task", () => {
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts).toContain("PHỤ LỤC");
    expect(texts).toContain("(Kèm theo Báo cáo số 123/BC-STNMT ngày 05/12/2026)");
    const annex = all[all.length - 1] ?? "";
    expect(count(annex, /<w:tr>/g)).toBe(1 + model.annex.length);
    expect(annex).toContain("<w:tblHeader/>");
    const firstRow = [...annex.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)][1]?.[0] ?? "";
    expect(paragraphs(firstRow).map((p) => p.text)).toEqual([
      "1",
      "II.1.a",
      model.annex[0]?.content,
      "Sở Thông tin và Truyền thông",
      "Sở Tài nguyên và Môi trường, Ủy ban nhân dân thành phố Rạch Giá",
      "Thực hiện thường xuyên",
      "100",
      HOSTILE_TEXT,
    ]);
  });

  it("writes annex texts with line breaks, escaped, without characters XML cannot carry", async () => {
    const [first, ...rest] = model.annex;
    const odd = sampleModel({
      annex: [
        { ...(first as (typeof model.annex)[number]), results: "Dòng một & <hai>\nDòng\u0001 ba" },
        ...rest,
      ],
    });
    const xml = (await openDocx(await renderReportDocx(odd))).document;
    const annex = tables(xml).at(-1) ?? "";
    expect(count(annex, /<w:tr>/g)).toBe(1 + model.annex.length);
    expect(annex).toContain('Dòng một &amp; &lt;hai&gt;</w:t><w:br/><w:t xml:space="preserve">Dòng ba');
    expect(annex).not.toContain("\u0001");
    expect(annex).not.toContain("⟦annex-row⟧");
  });
});
