import { describe, expect, it } from "vitest";
import { sampleModel } from "../testing/sample-model";
import { escapeHtml } from "./escape";
import { renderReportHtml } from "./render-html";

const model = sampleModel();
const html = renderReportHtml(model);

describe("renderReportHtml", () => {
  it("is a complete document in Vietnamese with its styles inline and no script or external resource", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });

  it("escapes agency text: markup prints as text and '&' as an entity", () => {
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; phát 5.000 tờ rơi");
    expect(html).toContain("&lt;b&gt;đậm&lt;/b&gt;");
    expect(html).toContain("thu gom &amp; xử lý");
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("escapes every model text, header and signer included", () => {
    const hostile = renderReportHtml(
      sampleModel({
        header: { ...model.header, summary: "<img src=x onerror=alert(1)>", place: "<i>x</i>" },
        signer: { authority: "", title: "GIÁM ĐỐC", name: "<script>bad()</script>" },
        recipients: ["<b>x</b>"],
      }),
    );
    expect(hostile).not.toContain("<img");
    expect(hostile).not.toContain("<script");
    expect(hostile).not.toContain("<i>x</i>");
    expect(hostile).not.toContain("<b>x</b>");
  });

  it("prints A4 pages with the decree's margins, Times New Roman, page numbers from page 2 and a landscape annex", () => {
    expect(html).toContain("@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;");
    expect(html).toContain("@top-center { content: counter(page);");
    expect(html).toContain("@page :first { @top-center { content: none; } }");
    expect(html).toContain("@page annex { size: A4 landscape; }");
    expect(html).toContain('font-family: "Times New Roman"');
  });

  it("has the header block, title, parts, signature and an annex row per task", () => {
    for (const text of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 123/BC-STNMT",
      "Kiên Giang, ngày 05 tháng 12 năm 2026",
      '<h1 class="doc-type">BÁO CÁO</h1>',
      "<h2>V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027</h2>",
      "Nơi nhận:",
      "<li>- Lưu: VT.</li>",
      "KT. GIÁM ĐỐC",
      "<h2>PHỤ LỤC</h2>",
    ]) {
      expect(html).toContain(text);
    }
    const annex = html.slice(html.indexOf('<section class="annex"'));
    expect((annex.match(/<tr>/g) ?? []).length).toBe(1 + model.annex.length);
  });
});
