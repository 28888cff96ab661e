/**
 * Kế hoạch số 182/KH-UBND ngày 27/11/2020 của UBND tỉnh Kiên Giang, hand-checked against
 * source.md beside this file; ../plan-182.test.ts re-reads the source and checks every string.
 *
 * Conventions, so that the next reader can extend or re-check the data the same way:
 * - Text is copied, never retyped: same words, diacritics and punctuation, including the source's own slips
 *   ("Ban Bí thư" as issuer of 56-KL/TW in the preamble; 39-CTr/TU dated 28/8/2013 in I.2 but 27-8-2013 in
 *   II.1.a; "xác định vị trí. Mức độ" in II.4.đ). Only the markdown markers (** and #) are dropped, whitespace
 *   is normalised, and a sentence split by a page break is joined with one space. Paragraphs are joined with
 *   a blank line (see ./text.ts).
 * - A task belongs to the section whose code is the longest prefix of its code (II.4.a → II.4, III.1 → III);
 *   II.3 is unlettered, so the whole body of section II.3 is the single task "II.3".
 * - Lead: "X chủ trì" is explicit. Where the text has no "chủ trì", the unit named alone as the heading
 *   (II.2.c, II.4.e) or named first with "phối hợp với" (II.2.b, II.3) leads, with leadImplied = true and
 *   leadText = the unit's name as printed. III.4 is addressed to every department head and district chairman:
 *   no single lead (genericLead). III.5: see the note on the task.
 * - Action items: one per distinct action. Split at sentence ends and semicolons; where one verb governs a list
 *   of named deliverables ("xây dựng Dự án …, Dự án …, Dự án …") each deliverable is an item and the shared
 *   verb stays in the task content. A clause is not split otherwise, nor where the part after a semicolon
 *   only continues the previous clause (II.4.b "…; lấn chiếm đất lâm nghiệp trái pháp luật"). Sentences that
 *   only introduce a list ("…, bao gồm:") are not items. Items drop the trailing "." or ";" and the bullet
 *   "- ". A task that is one short duty (II.2.c, III.5) has no items: an item repeating its task would count
 *   it twice when progress rolls up.
 * - Time phrases say when or how often: "thường xuyên", "Định kỳ … hàng năm", "giai đoạn 2021 - 2025",
 *   "năm 2020 phải hoàn thành", "trước khi đưa vào hoạt động", "Trong quá trình tổ chức thực hiện Kế hoạch
 *   này". Not "kịp thời" (promptly), not event conditions ("khi có yêu cầu"), not the periods in the names of
 *   cited programmes (II.4.đ "giai đoạn 2013 - 2020", "giai đoạn 2020 - 2030").
 * - Kind: RECURRING only for III.1, whose duty is the yearly report; every other task is a standing duty
 *   (CONTINUOUS). No task is ONE_OFF: the one dated deadline ("năm 2020 phải hoàn thành") covers a single item
 *   of II.4.b and is kept on that item.
 */

import type { SeedBasisDocument, SeedPlan } from "../types";
import { sections } from "./sections";
import { tasksII1to3 } from "./tasks-ii-1-3";
import { tasksII4 } from "./tasks-ii-4";
import { tasksIII } from "./tasks-iii";

// The plan implements the first four; 2623/QĐ-TTg and 967/QĐ-BXD are only cited in II.4.đ. Each title is the
// description printed at that document's fullest mention.
const basisDocuments: SeedBasisDocument[] = [
  {
    symbol: "211-KH/TU",
    issuedOn: "2020-06-11",
    issuerName: "Tỉnh ủy Kiên Giang",
    title:
      "Kế hoạch số 211-KH/TU ngày 11-6-2020 của Tỉnh ủy Kiên Giang về Kết luận số 56-KL/TW ngày 23-8-2019 của Bộ Chính trị về việc tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường",
  },
  {
    // Issued by Bộ Chính trị, as the title and the rest of the plan say; the preamble's "Ban Bí thư" is a slip.
    symbol: "56-KL/TW",
    issuedOn: "2019-08-23",
    issuerName: "Bộ Chính trị",
    title:
      "Kết luận số 56-KL/TW ngày 23-8-2019 của Bộ Chính trị về việc tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường",
  },
  {
    // "Nghị quyết Trung ương 7 khóa XI" is Nghị quyết số 24-NQ/TW ngày 03/6/2013 (so named in II.1.a). The
    // plan never prints its date; it is added here because reports cite the resolution by number and date.
    symbol: "24-NQ/TW",
    issuedOn: "2013-06-03",
    issuerName: "Ban Chấp hành Trung ương",
    title:
      "Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường",
  },
  {
    // I.2 prints 28/8/2013, II.1.a prints 27-8-2013; the fuller mention (I.2) is taken.
    symbol: "39-CTr/TU",
    issuedOn: "2013-08-28",
    issuerName: "Tỉnh ủy Kiên Giang",
    title:
      "Chương trình hành động số 39-CTr/TU ngày 28/8/2013 của Tỉnh ủy Kiên Giang thực hiện Nghị quyết Trung ương 7 (khóa XI) về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và môi trường",
  },
  {
    symbol: "2623/QĐ-TTg",
    issuedOn: "2013-12-31",
    issuerName: "Thủ tướng Chính phủ",
    title:
      "Đề án phát triển các đô thị Việt Nam ứng phó với biến đổi khí hậu giai đoạn 2013 - 2020 theo Quyết định số 2623/QĐ-TTg ngày 31/12/2013 của Thủ tướng Chính phủ",
  },
  {
    symbol: "967/QĐ-BXD",
    issuedOn: "2020-07-24",
    issuerName: "Bộ Xây dựng",
    title:
      "Quyết định số 967/QĐ-BXD ngày 24/7/2020 của Bộ Xây dựng về việc ban hành Kế hoạch hành động của Bộ Xây dựng thực hiện Thỏa thuận Paris về biến đổi khí hậu, giai đoạn 2020 - 2030",
  },
];

export const plan182: SeedPlan = {
  number: "182",
  // Printed "Số: 182 /KH-UBND": the space is the gap left for the number in the template, not part of it.
  symbol: "182/KH-UBND",
  documentType: "KE_HOACH",
  issuedOn: "2020-11-27",
  place: "Kiên Giang",
  issuerCode: "UBND-KG",
  signerName: "Nguyễn Thanh Nhân",
  // The three lines of the signature block as printed, joined with " / ".
  signerTitle: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
  title:
    "Thực hiện Kế hoạch số 211-KH/TU ngày 11-6-2020 của Tỉnh ủy Kiên Giang về Kết luận số 56-KL/TW ngày 23-8-2019 của Bộ Chính trị về việc tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường",
  preamble:
    "Thực hiện Kế hoạch số 211-KH/TU ngày 11-6-2020 của Tỉnh ủy Kiên Giang về Kết luận số 56-KL/TW ngày 23-8-2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường (viết tắt là Kết luận số 56-KL/TW của Bộ Chính trị), Ủy ban nhân dân tỉnh Kiên Giang ban hành Kế hoạch thực hiện như sau:",
  closing:
    "Trên đây là Kế hoạch của Ủy ban nhân dân tỉnh về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường trên địa bàn tỉnh. Ủy ban nhân dân tỉnh yêu cầu các sở, ban ngành tỉnh; Ủy ban nhân dân các huyện, thành phố và các đơn vị có liên quan nghiêm túc triển khai thực hiện tốt nội dung Kế hoạch đề ra./.",
  recipients: [
    "Bộ Tài nguyên và Môi trường;",
    "TT.Tỉnh ủy, TT.HĐND tỉnh;",
    "CT và các PCT. UBND tỉnh;",
    "Các sở, ban ngành cấp tỉnh;",
    "LĐVP, P.KT, P.TH;",
    "Lưu: VT, dtntnh.",
  ],
  focalCode: "STNMT",
  // In force from signing, but the text looks forward to 2025 ("giai đoạn 2020 - 2025", "giai đoạn 2021 - 2025")
  // and prints no end date (Kết luận 56-KL/TW sets none either). Its only 2020 content is the wrap-up of the
  // 2016 - 2020 investment plan (II.4.b), and a first "hàng năm" report would have been due on 05/12/2020, eight
  // days after signing; so the first reporting year is 2021 and the horizon 2021 - 2025.
  validFromYear: 2021,
  validToYear: 2025,
  reportDueDay: 5,
  reportDueMonth: 12,
  reportingRuleText:
    "Định kỳ trước ngày 05 tháng 12 hàng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh và phối hợp với Sở Kế hoạch và Đầu tư tham mưu tổ chức sơ, tổng kết việc triển khai thực hiện Kế hoạch này; kịp thời báo cáo những bất cập, vướng mắc nảy sinh; đề xuất, kiến nghị, sửa đổi nội dung (nếu có).",
  basisDocuments,
  sections,
  tasks: [...tasksII1to3, ...tasksII4, ...tasksIII],
};
