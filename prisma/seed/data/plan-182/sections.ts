// Sections of Kế hoạch 182/KH-UBND: the plan's own tree, numbering and headings as printed.
// Only I has a body of its own (the four aims); the text under II.x and III is held by the tasks
// (II.3 is unlettered, so its whole body is task "II.3"). Conventions: see ./index.ts.

import type { SeedSection } from "../types";
import { paragraphs } from "./text";

export const sections: SeedSection[] = [
  {
    code: "I",
    number: "I.",
    heading: "MỤC ĐÍCH, YÊU CẦU",
    body: paragraphs(
      "1. Quán triệt đầy đủ, sâu sắc nội dung Kết luận số 56-KL/TW của Bộ Chính trị và Kế hoạch số 211-KH/TU của Tỉnh ủy nhằm nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức, người lao động và Nhân dân về ý nghĩa của việc chủ động ứng phó biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường.",
      "2. Tổ chức thực hiện quyết liệt Kết luận số 56-KL/TW của Bộ Chính trị, thực hiện đồng bộ Kế hoạch này với việc tiếp tục thực hiện Chương trình hành động số 39-CTr/TU ngày 28/8/2013 của Tỉnh ủy Kiên Giang thực hiện Nghị quyết Trung ương 7 (khóa XI) về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và môi trường nhằm làm chuyển biến, nâng cao hiệu quả ứng phó biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường.",
      "3. Tập trung nguồn lực từ ngân sách nhà nước và nguồn lực xã hội để đầu tư xây dựng các công trình ứng phó biến đổi khí hậu và bảo vệ môi trường.",
      "4. Chủ động ứng phó với biến đổi khí hậu, quản lý, bảo vệ tài nguyên và môi trường, phải gắn với nhiệm vụ chính trị của các cấp, các ngành, góp phần thực hiện thắng lợi mục tiêu phát triển kinh tế - xã hội của tỉnh.",
    ),
    parentCode: null,
    order: 1,
  },
  {
    code: "II",
    number: "II.",
    heading: "NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN",
    body: "",
    parentCode: null,
    order: 2,
  },
  {
    code: "II.1",
    number: "1.",
    heading:
      "Tăng cường hiệu quả quản lý nhà nước về tài nguyên và bảo vệ môi trường, nâng cao nhận thức và ý thức trách nhiệm về chủ động phòng, chống thiên tai, ứng phó với biến đổi khí hậu:",
    body: "",
    parentCode: "II",
    order: 1,
  },
  {
    code: "II.2",
    number: "2.",
    heading:
      "Tiếp tục thực hiện có hiệu quả chính sách pháp luật về ứng phó với biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường:",
    body: "",
    parentCode: "II",
    order: 2,
  },
  {
    code: "II.3",
    number: "3.",
    heading:
      "Nâng cao năng lực, hiệu quả quản lý nhà nước, xử lý vi phạm, chú trọng công tác thanh tra, kiểm tra, xử lý vi phạm:",
    body: "",
    parentCode: "II",
    order: 3,
  },
  {
    code: "II.4",
    number: "4.",
    heading: "Một số nhiệm vụ cụ thể cấp bách:",
    body: "",
    parentCode: "II",
    order: 4,
  },
  {
    code: "III",
    number: "III.",
    heading: "TỔ CHỨC THỰC HIỆN",
    body: "",
    parentCode: null,
    order: 3,
  },
];
