// Tasks of II.1, II.2 and II.3 of Kế hoạch 182/KH-UBND. Conventions: see ./index.ts.

import type { SeedTask } from "../types";
import { paragraphs } from "./text";

export const tasksII1to3: SeedTask[] = [
  {
    code: "II.1.a",
    label: "a)",
    heading: "Sở Thông tin và Truyền thông chủ trì, phối hợp với các Sở ngành, địa phương:",
    content:
      "Tập trung tuyên truyền quán triệt sâu rộng Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương, Kết luận số 56-KL/TW của Bộ Chính trị và Chương trình hành động số 39-CTr/TU ngày 27-8-2013 của Tỉnh ủy trong hệ thống chính trị các cấp và quần chúng Nhân dân. Tuyên truyền về tác động của biến đổi khí hậu, thời tiết cực đoan, ô nhiễm môi trường đối với sức khỏe, đời sống của Nhân dân và sự phát triển bền vững kinh tế - xã hội của tỉnh, từ đó nâng cao nhận thức, ý thức trách nhiệm, xây dựng cộng đồng ứng phó hiệu quả với biến đổi khí hậu.",
    leadCode: "STTTT",
    leadImplied: false,
    leadText: "Sở Thông tin và Truyền thông chủ trì",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các Sở ngành, địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [
      {
        code: "II.1.a.1",
        content:
          "Tập trung tuyên truyền quán triệt sâu rộng Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương, Kết luận số 56-KL/TW của Bộ Chính trị và Chương trình hành động số 39-CTr/TU ngày 27-8-2013 của Tỉnh ủy trong hệ thống chính trị các cấp và quần chúng Nhân dân",
      },
      {
        code: "II.1.a.2",
        content:
          "Tuyên truyền về tác động của biến đổi khí hậu, thời tiết cực đoan, ô nhiễm môi trường đối với sức khỏe, đời sống của Nhân dân và sự phát triển bền vững kinh tế - xã hội của tỉnh, từ đó nâng cao nhận thức, ý thức trách nhiệm, xây dựng cộng đồng ứng phó hiệu quả với biến đổi khí hậu",
      },
    ],
  },
  {
    code: "II.1.b",
    label: "b)",
    heading: "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở ngành, địa phương:",
    content:
      "Tổ chức thực hiện việc lồng ghép yêu cầu về phòng, chống thiên tai, yếu tố ứng phó với biến đổi khí hậu vào công tác lập quy hoạch, kế hoạch phát triển kinh tế - xã hội tỉnh. Thực hiện sàng lọc, lựa chọn đầu tư dựa trên các tiêu chí về môi trường, công tác xã hội hóa trong lĩnh vực bảo vệ môi trường, chủ động ứng phó với biến đổi khí hậu.",
    leadCode: "SKHDT",
    leadImplied: false,
    leadText: "Sở Kế hoạch và Đầu tư chủ trì",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các sở ngành, địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [
      {
        code: "II.1.b.1",
        content:
          "Tổ chức thực hiện việc lồng ghép yêu cầu về phòng, chống thiên tai, yếu tố ứng phó với biến đổi khí hậu vào công tác lập quy hoạch, kế hoạch phát triển kinh tế - xã hội tỉnh",
      },
      {
        code: "II.1.b.2",
        content:
          "Thực hiện sàng lọc, lựa chọn đầu tư dựa trên các tiêu chí về môi trường, công tác xã hội hóa trong lĩnh vực bảo vệ môi trường, chủ động ứng phó với biến đổi khí hậu",
      },
    ],
  },
  {
    code: "II.2.a",
    label: "a)",
    heading: "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở ngành, địa phương:",
    content:
      "triển khai xây dựng quy hoạch, kế hoạch phát triển kinh tế - xã hội phù hợp cho giai đoạn 2020 - 2025; rà soát, điều chỉnh quy hoạch, kế hoạch phát triển của các ngành và địa phương phù hợp với quy hoạch tỉnh.",
    leadCode: "SKHDT",
    leadImplied: false,
    leadText: "Sở Kế hoạch và Đầu tư chủ trì",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các sở ngành, địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: ["giai đoạn 2020 - 2025"],
    periodStartYear: 2020,
    periodEndYear: 2025,
    actionItems: [
      {
        code: "II.2.a.1",
        content:
          "triển khai xây dựng quy hoạch, kế hoạch phát triển kinh tế - xã hội phù hợp cho giai đoạn 2020 - 2025",
        timeText: "giai đoạn 2020 - 2025",
      },
      {
        code: "II.2.a.2",
        content:
          "rà soát, điều chỉnh quy hoạch, kế hoạch phát triển của các ngành và địa phương phù hợp với quy hoạch tỉnh",
      },
    ],
  },
  // No "chủ trì": Sở TN&MT is named first, with "phối hợp với các sở, ngành và địa phương", so it leads.
  {
    code: "II.2.b",
    label: "b)",
    heading: "Sở Tài nguyên và Môi trường phối hợp với các sở, ngành và địa phương:",
    content:
      "tăng cường, nâng cao hiệu quả hợp tác quốc tế, tranh thủ các nguồn lực cộng đồng quốc tế trong việc chủ động ứng phó với biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường; đổi mới việc xây dựng và tổ chức thực hiện các nhiệm vụ ứng phó với biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường, khuyến khích sự tham gia của khối tư nhân vào hoạt động ứng phó với biến đổi khí hậu.",
    leadCode: "STNMT",
    leadImplied: true,
    leadText: "Sở Tài nguyên và Môi trường",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các sở, ngành và địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [
      {
        code: "II.2.b.1",
        content:
          "tăng cường, nâng cao hiệu quả hợp tác quốc tế, tranh thủ các nguồn lực cộng đồng quốc tế trong việc chủ động ứng phó với biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường",
      },
      {
        code: "II.2.b.2",
        content:
          "đổi mới việc xây dựng và tổ chức thực hiện các nhiệm vụ ứng phó với biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường",
      },
      {
        code: "II.2.b.3",
        content: "khuyến khích sự tham gia của khối tư nhân vào hoạt động ứng phó với biến đổi khí hậu",
      },
    ],
  },
  // The committee is named alone as the heading, so it leads. A single short duty: no action items.
  {
    code: "II.2.c",
    label: "c)",
    heading: "Ban Chỉ huy Phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh:",
    content: "quan tâm kịp thời ứng cứu đối với những thiệt hại do thiên tai gây ra;",
    leadCode: "BCH-PCTT",
    leadImplied: true,
    leadText: "Ban Chỉ huy Phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh",
    coordinatorCodes: [],
    genericCoordinators: [],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [],
  },
  // Unlettered: the whole body of II.3 is one task. No "chủ trì": Sở TN&MT is named first, with "phối hợp
  // với", so it leads; the second paragraph names no unit and stays with it.
  {
    code: "II.3",
    label: null,
    heading: null,
    content: paragraphs(
      "Sở Tài nguyên và Môi trường phối hợp với các sở, ngành và địa phương rà soát, cập nhật, tham mưu Ủy ban nhân dân tỉnh hoàn thiện các văn bản quy phạm pháp luật của tỉnh về ứng phó biến đổi khí hậu, quản lý tài nguyên, bảo vệ môi trường; thường xuyên bồi dưỡng nâng cao trình độ nghiệp vụ; thanh tra, xử lý trách nhiệm công vụ. Tăng cường kỷ luật, kỷ cương trong chỉ đạo, quản lý, điều hành và ý thức chấp hành của các cấp, các ngành; thường xuyên thanh tra, kiểm tra, xử lý nghiêm các hành vi vi phạm pháp luật về tài nguyên và môi trường.",
      "Quan tâm triển khai thực hiện phân loại chất thải tại nguồn, nhất là rác thải sinh hoạt. Tăng cường năng lực thu gom, thúc đẩy tái sử dụng, tái chế chất thải, hạn chế tối đa việc chôn lấp rác; tập trung xử lý chất độc hại, chất thải y tế. Xây dựng chính sách phù hợp để khuyến khích mạnh mẽ hơn các doanh nghiệp đầu tư xử lý chất thải rắn, nước thải. Xử lý triệt để tình trạng ô nhiễm tại khu vực xử lý rác thải, không để người dân sinh sống khu vực lân cận bức xúc, khiếu kiện do ô nhiễm rác thải gây ra. Triển khai thực hiện tốt công tác cải tạo, phục hồi môi trường và thực hiện ký quỹ phục hồi môi trường.",
    ),
    leadCode: "STNMT",
    leadImplied: true,
    leadText: "Sở Tài nguyên và Môi trường",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các sở, ngành và địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: ["thường xuyên"],
    actionItems: [
      {
        code: "II.3.1",
        content:
          "rà soát, cập nhật, tham mưu Ủy ban nhân dân tỉnh hoàn thiện các văn bản quy phạm pháp luật của tỉnh về ứng phó biến đổi khí hậu, quản lý tài nguyên, bảo vệ môi trường",
      },
      {
        code: "II.3.2",
        content: "thường xuyên bồi dưỡng nâng cao trình độ nghiệp vụ",
        timeText: "thường xuyên",
      },
      { code: "II.3.3", content: "thanh tra, xử lý trách nhiệm công vụ" },
      {
        code: "II.3.4",
        content:
          "Tăng cường kỷ luật, kỷ cương trong chỉ đạo, quản lý, điều hành và ý thức chấp hành của các cấp, các ngành",
      },
      {
        code: "II.3.5",
        content:
          "thường xuyên thanh tra, kiểm tra, xử lý nghiêm các hành vi vi phạm pháp luật về tài nguyên và môi trường",
        timeText: "thường xuyên",
      },
      {
        code: "II.3.6",
        content: "Quan tâm triển khai thực hiện phân loại chất thải tại nguồn, nhất là rác thải sinh hoạt",
      },
      {
        code: "II.3.7",
        content:
          "Tăng cường năng lực thu gom, thúc đẩy tái sử dụng, tái chế chất thải, hạn chế tối đa việc chôn lấp rác",
      },
      { code: "II.3.8", content: "tập trung xử lý chất độc hại, chất thải y tế" },
      {
        code: "II.3.9",
        content:
          "Xây dựng chính sách phù hợp để khuyến khích mạnh mẽ hơn các doanh nghiệp đầu tư xử lý chất thải rắn, nước thải",
      },
      {
        code: "II.3.10",
        content:
          "Xử lý triệt để tình trạng ô nhiễm tại khu vực xử lý rác thải, không để người dân sinh sống khu vực lân cận bức xúc, khiếu kiện do ô nhiễm rác thải gây ra",
      },
      {
        code: "II.3.11",
        content:
          "Triển khai thực hiện tốt công tác cải tạo, phục hồi môi trường và thực hiện ký quỹ phục hồi môi trường",
      },
    ],
  },
];
