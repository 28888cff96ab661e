import type { ItemScript, LeadScript } from "./types";
import { n, statsPhrase } from "./words";

/** Sở NN&PTNT on II.4.b: 19 action items, in the order of the plan. */
const items: ItemScript[] = [
  {
    kind: "duty",
    text: ({ rng }) =>
      `Triển khai Đề án tái cơ cấu ngành nông nghiệp; giá trị sản xuất nông, lâm, thủy sản tăng ${n(rng.int(21, 38) / 10, 1)}% so với năm trước.`,
  },
  {
    kind: "project",
    start: 20,
    doneYear: 2025,
    doneOn: "10-30",
    text: ({ done, percent }) =>
      done
        ? "Hoàn thành các chỉ tiêu Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025; 100% xã đạt chuẩn nông thôn mới."
        : `Lũy kế ${Math.round((percent * 116) / 100)}/116 xã đạt chuẩn nông thôn mới; ước đạt ${percent}% chỉ tiêu giai đoạn.`,
  },
  {
    kind: "project",
    start: 85,
    doneYear: 2021,
    doneOn: "06-30",
    text: ({ year }) =>
      year === 2021
        ? "Hoàn thành 9 công trình chuyển tiếp thuộc kế hoạch đầu tư công giai đoạn 2016 - 2020 (tháng 6/2021)."
        : "Đã hoàn thành các công trình thuộc kế hoạch đầu tư công giai đoạn 2016 - 2020 (năm 2021); đang quyết toán 2 công trình.",
  },
  {
    kind: "project",
    start: 60,
    doneYear: 2022,
    doneOn: "09-15",
    text: ({ done, percent }) =>
      done
        ? "Đã hoàn thiện hồ sơ, thủ tục cho các dự án khởi công mới của kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025."
        : `Hoàn thiện hồ sơ thủ tục các dự án khởi công mới: ${Math.round(percent / 10)}/10 dự án; ước đạt ${percent}%.`,
  },
  {
    kind: "project",
    start: 30,
    doneYear: 2023,
    doneOn: "11-02",
    text: ({ done, percent }) =>
      done
        ? "Quy hoạch ngành nông nghiệp đã được tích hợp vào Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050."
        : `Tích hợp quy hoạch ngành nông nghiệp vào quy hoạch tỉnh: ước đạt ${percent}%.`,
  },
  {
    kind: "project",
    start: 20,
    doneYear: 2027,
    doneOn: "06-30",
    text: ({ percent, rng }) =>
      `Đầu tư ${rng.int(5, 8)} công trình đê, kè, khu neo đậu tránh trú bão (Hòn Tre, Tô Châu, Xẻo Nhàu); khối lượng đạt ${percent}%.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Nghiên cứu giải pháp chống ngập cho vùng trũng Tứ giác Long Xuyên; vận hành ${rng.int(11, 19)} cống ngăn mặn, trữ ngọt theo lịch thời vụ.`,
  },
  {
    kind: "project",
    start: 10,
    doneYear: 2029,
    doneOn: "12-01",
    text: ({ percent }) =>
      `Tuyến đường giao thông kết hợp đê biển: hoàn thành ${Math.round(percent * 0.86)} km; phục hồi đai rừng ngập mặn phía ngoài đê.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Rà soát ${rng.int(28, 47)} điểm sạt lở ven sông, ven biển; xử lý khẩn cấp ${rng.int(3, 9)} điểm có đông dân cư, không để thiệt hại về người.`,
  },
  {
    kind: "blocked",
    from: 2021,
    start: 5,
    text: () => "Chưa xây dựng được kế hoạch di dân ra các đảo; đã khảo sát nhu cầu tại các xã đảo.",
    difficulties: () =>
      "Chưa có cơ chế, chính sách hỗ trợ di dân ra đảo; kinh phí xây dựng hạ tầng khu tái định cư trên đảo rất lớn.",
    proposals: () =>
      "Đề nghị UBND tỉnh kiến nghị Trung ương ban hành chính sách hỗ trợ di dân, định cư trên các đảo; Sở NN&PTNT sẽ lập đề án khi có hướng dẫn.",
  },
  {
    kind: "project",
    start: 10,
    doneYear: 2027,
    doneOn: "06-30",
    text: ({ percent }) =>
      `Lắp đặt ${Math.round(percent / 5)} trạm đo mặn tự động và hệ thống vận hành cống từ xa; ước đạt ${percent}%.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Khảo nghiệm ${rng.int(6, 14)} giống lúa chịu mặn, ngắn ngày; đưa ${rng.int(2, 5)} giống tôm, cá chịu mặn vào sản xuất thử.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Chuyển đổi ${n(rng.int(2100, 5400))} ha đất lúa kém hiệu quả sang mô hình lúa - tôm, cây ăn trái thích ứng với biến đổi khí hậu.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Bảo vệ ${n(rng.int(88000, 91000))} ha rừng hiện có; tỷ lệ che phủ rừng và cây phân tán đạt ${n(rng.int(118, 124) / 10, 1)}%.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Giao khoán bảo vệ ${n(rng.int(9000, 14000))} ha rừng cho ${n(rng.int(800, 1500))} hộ gia đình, tổ chức.`,
  },
  {
    kind: "duty",
    openYearInProgress: true,
    text: ({ rng, isOpenYear }) =>
      isOpenYear
        ? "Đang tổng hợp diện tích trồng rừng phòng hộ năm 2026 (mùa trồng kết thúc tháng 12)."
        : `Trồng mới ${n(rng.int(120, 380))} ha rừng phòng hộ ven biển, rừng phòng hộ đầu nguồn.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Phát hiện, xử lý ${rng.int(12, 35)} vụ vi phạm Luật Lâm nghiệp; thu hồi ${n(rng.int(5, 40))} ha đất lâm nghiệp bị lấn chiếm.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Không để xảy ra cháy rừng lớn; ${rng.int(2, 9)} vụ cháy nhỏ (${n(rng.int(3, 25) / 10, 1)} ha) được dập tắt kịp thời.`,
  },
  {
    kind: "project",
    start: 10,
    doneYear: 2028,
    doneOn: "06-30",
    text: ({ percent }) =>
      `Xây dựng phương án du lịch sinh thái, nghỉ dưỡng dưới tán rừng tại Vườn quốc gia U Minh Thượng và Phú Quốc; ước đạt ${percent}%.`,
  },
];

export const leadII4b: LeadScript = {
  items,
  summary: ({ year, stats, rng }) =>
    `Năm ${year}, Sở Nông nghiệp và Phát triển nông thôn triển khai ${stats.total} nội dung: ${statsPhrase(stats)}. Đầu tư, duy tu ${rng.int(12, 24)} công trình thủy lợi, đê, kè; bảo vệ và phát triển rừng ổn định.`,
  difficulties: () =>
    "Chưa có chính sách hỗ trợ di dân ra đảo; nguồn vốn cho công trình đê biển và khu neo đậu còn hạn chế.",
  proposals: () =>
    "Đề nghị UBND tỉnh kiến nghị Trung ương hỗ trợ vốn cho các công trình phòng, chống sạt lở và đê biển.",
};
