import type { LeadScript } from "./types";
import { n, symbolSuffix } from "./words";

/** Leads' accounts of part III (organization of implementation). */
export const leadIII: Record<string, LeadScript> = {
  "III.1": {
    items: [
      {
        kind: "duty",
        text: ({ year }) =>
          `Tham mưu UBND tỉnh chỉ đạo các sở, ngành, địa phương triển khai Kế hoạch năm ${year}; theo dõi, đôn đốc tiến độ hằng quý.`,
      },
      {
        kind: "duty",
        text: ({ year, isOpenYear }) =>
          isOpenYear
            ? `Đang tổng hợp báo cáo năm ${year}; một số cơ quan chưa gửi báo cáo đúng hạn (25/11/${year}), đã đôn đốc bằng văn bản.`
            : `Đã tổng hợp, báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm ${year} trước ngày 05/12/${year}.`,
      },
      {
        kind: "duty",
        text: ({ year }) =>
          year === 2023
            ? "Phối hợp Sở Kế hoạch và Đầu tư tổ chức sơ kết 3 năm thực hiện Kế hoạch (2021 - 2023)."
            : year === 2025
              ? "Phối hợp Sở Kế hoạch và Đầu tư tổ chức tổng kết giai đoạn 2021 - 2025, đề xuất nhiệm vụ giai đoạn 2026 - 2030."
              : "Phối hợp Sở Kế hoạch và Đầu tư theo dõi, chuẩn bị nội dung sơ kết, tổng kết Kế hoạch.",
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Kịp thời báo cáo UBND tỉnh ${rng.int(2, 6)} vấn đề vướng mắc phát sinh trong quá trình thực hiện.`,
      },
      {
        kind: "duty",
        text: ({ year }) =>
          year >= 2025
            ? "Đề xuất cập nhật nội dung Kế hoạch cho giai đoạn sau năm 2025."
            : "Chưa phát sinh đề xuất sửa đổi nội dung Kế hoạch.",
      },
    ],
    summary: ({ year, isOpenYear, rng }) =>
      isOpenYear
        ? `Sở Tài nguyên và Môi trường đã ban hành văn bản đề nghị các cơ quan báo cáo năm ${year} (hạn gửi 25/11/${year}); đang tổng hợp báo cáo UBND tỉnh trước ngày 05/12/${year}.`
        : `Đã tổng hợp báo cáo của ${rng.int(24, 27)} cơ quan, đơn vị; báo cáo UBND tỉnh kết quả thực hiện Kế hoạch năm ${year} đúng hạn.`,
  },
  "III.2": {
    items: [
      {
        kind: "duty",
        text: ({ rng }) =>
          `Kêu gọi đầu tư ${rng.int(4, 11)} dự án ngoài ngân sách (xử lý chất thải rắn, năng lượng tái tạo); ${rng.int(1, 4)} dự án được chấp thuận chủ trương đầu tư.`,
      },
      {
        kind: "project",
        start: 20,
        doneYear: 2024,
        doneOn: "07-12",
        text: ({ done, percent }) =>
          done
            ? "UBND tỉnh đã ban hành Quy định về cơ chế, chính sách thực hiện nhiệm vụ của Kế hoạch (năm 2024)."
            : `Xây dựng dự thảo Quy định về cơ chế, chính sách thực hiện Kế hoạch; ước đạt ${percent}%.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Phối hợp Sở Tài chính tổng hợp ${rng.int(8, 19)} dự án vào kế hoạch đầu tư công trung hạn, phù hợp khả năng ngân sách.`,
      },
    ],
    summary: ({ year, stats }) =>
      `Năm ${year}, Sở Kế hoạch và Đầu tư triển khai ${stats.total} nội dung, hoàn thành ${stats.completed}; tiếp tục kêu gọi đầu tư ngoài ngân sách cho lĩnh vực môi trường.`,
  },
  "III.3": {
    items: [
      {
        kind: "duty",
        text: ({ rng }) =>
          `Bố trí ${n(rng.int(180, 320))} tỷ đồng kinh phí sự nghiệp môi trường; hướng dẫn các đơn vị lập dự toán chi thường xuyên.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Phối hợp Sở Kế hoạch và Đầu tư tham mưu bố trí ${n(rng.int(15, 60))} tỷ đồng vốn đối ứng cho các dự án ODA.`,
      },
    ],
    summary: ({ year }) =>
      `Năm ${year}, Sở Tài chính bố trí, hướng dẫn kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách.`,
  },
  "III.4": {
    taskStatus: ({ rng, isOpenYear }) =>
      rng.chance(isOpenYear ? 0.35 : 0.15)
        ? { status: "IN_PROGRESS", percent: rng.int(6, 9) * 10 }
        : { status: "DONE_THIS_YEAR", percent: 100 },
    summary: ({ year, org, rng }) =>
      org.kind === "DISTRICT_PC"
        ? `${org.name} ban hành Kế hoạch số ${rng.int(20, 260)}/KH-UBND thực hiện trên địa bàn năm ${year}; lồng ghép vào kế hoạch phát triển kinh tế - xã hội của địa phương; ${rng.int(7, 12)}/12 xã, phường, thị trấn đã triển khai.`
        : `${org.name} ban hành Kế hoạch số ${rng.int(20, 260)}/KH-${symbolSuffix(org.code)} thực hiện năm ${year}; lồng ghép ${rng.int(3, 9)} nhiệm vụ vào chương trình công tác của ngành.`,
  },
  "III.5": {
    taskStatus: () => ({ status: "DONE_THIS_YEAR", percent: 100 }),
    summary: ({ rng }) =>
      `Tổng hợp ${rng.int(8, 21)} kiến nghị của các sở, ngành, địa phương về khó khăn, vướng mắc; tham mưu UBND tỉnh xử lý ${rng.int(5, 12)} kiến nghị.`,
  },
};
