// Tasks of III "Tổ chức thực hiện" of Kế hoạch 182/KH-UBND: each numbered point assigns work.
// Conventions: see ./index.ts.

import type { SeedTask } from "../types";

export const tasksIII: SeedTask[] = [
  // RECURRING: its core duty is the yearly report due before 05/12 ("hàng năm").
  {
    code: "III.1",
    label: "1.",
    heading: null,
    content:
      "Giao Sở Tài nguyên và Môi trường là cơ quan đầu mối, chủ trì, phối hợp với các sở, ban ngành, Ủy ban nhân dân các huyện, thành phố và các đơn vị có liên quan tham mưu cho Ủy ban nhân dân tỉnh triển khai thực hiện tốt Kế hoạch này. Định kỳ trước ngày 05 tháng 12 hàng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh và phối hợp với Sở Kế hoạch và Đầu tư tham mưu tổ chức sơ, tổng kết việc triển khai thực hiện Kế hoạch này; kịp thời báo cáo những bất cập, vướng mắc nảy sinh; đề xuất, kiến nghị, sửa đổi nội dung (nếu có).",
    leadCode: "STNMT",
    leadImplied: false,
    leadText: "Sở Tài nguyên và Môi trường là cơ quan đầu mối, chủ trì",
    coordinatorCodes: ["SKHDT"],
    genericCoordinators: [
      { phrase: "các sở, ban ngành", scope: "DEPARTMENTS" },
      { phrase: "Ủy ban nhân dân các huyện, thành phố", scope: "DISTRICTS" },
      { phrase: "các đơn vị có liên quan", scope: "RELATED_UNITS" },
    ],
    kind: "RECURRING",
    timeTexts: ["Định kỳ trước ngày 05 tháng 12 hàng năm"],
    actionItems: [
      { code: "III.1.1", content: "tham mưu cho Ủy ban nhân dân tỉnh triển khai thực hiện tốt Kế hoạch này" },
      {
        code: "III.1.2",
        content: "Định kỳ trước ngày 05 tháng 12 hàng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh",
        timeText: "Định kỳ trước ngày 05 tháng 12 hàng năm",
      },
      {
        code: "III.1.3",
        content:
          "phối hợp với Sở Kế hoạch và Đầu tư tham mưu tổ chức sơ, tổng kết việc triển khai thực hiện Kế hoạch này",
      },
      { code: "III.1.4", content: "kịp thời báo cáo những bất cập, vướng mắc nảy sinh" },
      { code: "III.1.5", content: "đề xuất, kiến nghị, sửa đổi nội dung (nếu có)" },
    ],
  },
  {
    code: "III.2",
    label: "2.",
    heading: null,
    content:
      "Sở Kế hoạch và Đầu tư chủ trì phối hợp với các sở ngành, địa phương tổ chức thực hiện kêu gọi đầu tư các dự án đầu tư ngoài ngân sách trên địa bàn tỉnh; tham mưu Ủy ban nhân dân tỉnh ban hành Quy định về cơ chế chính sách thực hiện nhiệm vụ của Kế hoạch này. Phối hợp với Sở Tài chính rà soát, tổng hợp các dự án đầu tư vào kế hoạch đầu tư công trung hạn để thực hiện các nhiệm vụ phù hợp với khả năng ngân sách nhà nước và các quy định của pháp luật có liên quan.",
    leadCode: "SKHDT",
    leadImplied: false,
    leadText: "Sở Kế hoạch và Đầu tư chủ trì",
    coordinatorCodes: ["STC"],
    genericCoordinators: [{ phrase: "các sở ngành, địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [
      {
        code: "III.2.1",
        content: "tổ chức thực hiện kêu gọi đầu tư các dự án đầu tư ngoài ngân sách trên địa bàn tỉnh",
      },
      {
        code: "III.2.2",
        content:
          "tham mưu Ủy ban nhân dân tỉnh ban hành Quy định về cơ chế chính sách thực hiện nhiệm vụ của Kế hoạch này",
      },
      {
        code: "III.2.3",
        content:
          "Phối hợp với Sở Tài chính rà soát, tổng hợp các dự án đầu tư vào kế hoạch đầu tư công trung hạn để thực hiện các nhiệm vụ phù hợp với khả năng ngân sách nhà nước và các quy định của pháp luật có liên quan",
      },
    ],
  },
  // "chi thường xuyên" is a budget category (recurrent spending), not a frequency, so it is not a time
  // phrase.
  {
    code: "III.3",
    label: "3.",
    heading: null,
    content:
      "Sở Tài chính chủ trì, phối hợp với sở, ngành liên quan bố trí hoặc hướng dẫn bố trí kinh phí cho các nhiệm vụ chi thường xuyên để triển khai Kế hoạch theo quy định. Tùy theo khả năng cân đối của ngân sách, Sở Tài chính phối hợp Sở Kế hoạch và Đầu tư tham mưu Ủy ban nhân dân tỉnh bố trí vốn đối ứng để thực hiện Kế hoạch.",
    leadCode: "STC",
    leadImplied: false,
    leadText: "Sở Tài chính chủ trì",
    coordinatorCodes: ["SKHDT"],
    genericCoordinators: [{ phrase: "sở, ngành liên quan", scope: "DEPARTMENTS" }],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [
      {
        code: "III.3.1",
        content:
          "bố trí hoặc hướng dẫn bố trí kinh phí cho các nhiệm vụ chi thường xuyên để triển khai Kế hoạch theo quy định",
      },
      {
        code: "III.3.2",
        content:
          "Tùy theo khả năng cân đối của ngân sách, Sở Tài chính phối hợp Sở Kế hoạch và Đầu tư tham mưu Ủy ban nhân dân tỉnh bố trí vốn đối ứng để thực hiện Kế hoạch",
      },
    ],
  },
  // Addressed to every department head and district chairman: no single lead; each answers for itself.
  {
    code: "III.4",
    label: "4.",
    heading: null,
    content:
      "Thủ trưởng các sở, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố phối hợp triển khai thực hiện tốt Kế hoạch này, bảo đảm tính thống nhất, đồng bộ với việc thực hiện Kế hoạch phát triển kinh tế - xã hội của địa phương. Căn cứ mục tiêu, nhiệm vụ và giải pháp chung của Kế hoạch, có trách nhiệm rà soát, nghiên cứu, đề xuất việc xây dựng kế hoạch cụ thể đối với các ngành thuộc lĩnh vực, địa phương quản lý nêu tại Kế hoạch này; trình Ủy ban nhân dân tỉnh xem xét, quyết định.",
    leadCode: null,
    genericLead: {
      phrase: "Thủ trưởng các sở, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố",
      scope: "DEPARTMENTS_AND_DISTRICTS",
    },
    leadImplied: true,
    leadText: "Thủ trưởng các sở, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố",
    coordinatorCodes: [],
    genericCoordinators: [],
    kind: "CONTINUOUS",
    timeTexts: [],
    actionItems: [
      {
        code: "III.4.1",
        content:
          "phối hợp triển khai thực hiện tốt Kế hoạch này, bảo đảm tính thống nhất, đồng bộ với việc thực hiện Kế hoạch phát triển kinh tế - xã hội của địa phương",
      },
      {
        code: "III.4.2",
        content:
          "Căn cứ mục tiêu, nhiệm vụ và giải pháp chung của Kế hoạch, có trách nhiệm rà soát, nghiên cứu, đề xuất việc xây dựng kế hoạch cụ thể đối với các ngành thuộc lĩnh vực, địa phương quản lý nêu tại Kế hoạch này; trình Ủy ban nhân dân tỉnh xem xét, quyết định",
      },
    ],
  },
  // Agencies propose; Sở TN&MT compiles, studies and reports to UBND tỉnh, so it answers for the task
  // (implied lead) and the proposers are its coordinators. A single duty: no action items.
  {
    code: "III.5",
    label: "5.",
    heading: null,
    content:
      "Trong quá trình tổ chức thực hiện Kế hoạch này, nếu có khó khăn, vướng mắc hoặc có nội dung không còn phù hợp với tình hình thực tế, các sở, ngành, địa phương chủ động đề xuất, gửi Sở Tài nguyên và Môi trường tổng hợp, nghiên cứu, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định.",
    leadCode: "STNMT",
    leadImplied: true,
    leadText: "Sở Tài nguyên và Môi trường",
    coordinatorCodes: [],
    genericCoordinators: [{ phrase: "các sở, ngành, địa phương", scope: "DEPARTMENTS_AND_DISTRICTS" }],
    kind: "CONTINUOUS",
    timeTexts: ["Trong quá trình tổ chức thực hiện Kế hoạch này"],
    actionItems: [],
  },
];
