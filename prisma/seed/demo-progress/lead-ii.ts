import type { LeadScript } from "./types";
import { n, statsPhrase } from "./words";

/** Leads' accounts of the tasks of part II other than II.4.a and II.4.b, items in the plan's order. */
export const leadII: Record<string, LeadScript> = {
  "II.1.a": {
    items: [
      {
        kind: "duty",
        text: ({ rng }) =>
          `Chỉ đạo báo Kiên Giang, Đài Phát thanh và Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh đăng, phát ${rng.int(140, 280)} tin, bài quán triệt Nghị quyết 24-NQ/TW, Kết luận 56-KL/TW và Chương trình 39-CTr/TU.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Phát sóng ${rng.int(24, 52)} chuyên mục, phóng sự về biến đổi khí hậu, thời tiết cực đoan; đài truyền thanh cơ sở tiếp sóng tại ${rng.int(118, 144)}/144 xã, phường, thị trấn.`,
      },
    ],
    summary: ({ year, rng }) =>
      `Sở Thông tin và Truyền thông ban hành kế hoạch tuyên truyền năm ${year}; các cơ quan báo chí đăng, phát ${rng.int(190, 340)} tin, bài, phóng sự về ứng phó biến đổi khí hậu, quản lý tài nguyên và bảo vệ môi trường.`,
  },
  "II.1.b": {
    items: [
      {
        kind: "duty",
        text: ({ year }) =>
          `Lồng ghép nội dung phòng, chống thiên tai và ứng phó biến đổi khí hậu vào Kế hoạch phát triển kinh tế - xã hội năm ${year + 1} trình HĐND tỉnh.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Sàng lọc ${rng.int(35, 80)} dự án đầu tư theo tiêu chí môi trường; đề nghị ${rng.int(2, 7)} dự án điều chỉnh công nghệ xử lý chất thải trước khi chấp thuận chủ trương.`,
      },
    ],
    summary: ({ year, rng }) =>
      `Năm ${year}, Sở Kế hoạch và Đầu tư lồng ghép yêu cầu phòng, chống thiên tai và ứng phó biến đổi khí hậu trong kế hoạch phát triển kinh tế - xã hội; sàng lọc ${rng.int(35, 80)} dự án theo tiêu chí môi trường.`,
  },
  "II.2.a": {
    items: [
      {
        kind: "project",
        start: 30,
        doneYear: 2023,
        doneOn: "11-02",
        text: ({ done, percent }) =>
          done
            ? "Quy hoạch tỉnh Kiên Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được Thủ tướng Chính phủ phê duyệt (năm 2023) và công bố."
            : `Phối hợp đơn vị tư vấn hoàn thiện hồ sơ Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050; ước đạt ${percent}%.`,
      },
      {
        kind: "project",
        start: 10,
        doneYear: 2027,
        doneOn: "06-30",
        text: ({ percent }) =>
          `Hướng dẫn rà soát, điều chỉnh quy hoạch, kế hoạch của các ngành, địa phương phù hợp quy hoạch tỉnh: đã điều chỉnh ${Math.round((percent * 26) / 100)}/26 quy hoạch, kế hoạch.`,
      },
    ],
    summary: ({ year }) =>
      year >= 2023
        ? "Quy hoạch tỉnh đã được phê duyệt; Sở Kế hoạch và Đầu tư hướng dẫn các ngành, địa phương rà soát, điều chỉnh quy hoạch, kế hoạch cho phù hợp."
        : "Sở Kế hoạch và Đầu tư tập trung hoàn thiện hồ sơ Quy hoạch tỉnh thời kỳ 2021 - 2030 trình cấp có thẩm quyền.",
  },
  "II.2.b": {
    items: [
      {
        kind: "duty",
        text: ({ rng }) =>
          `Phối hợp các tổ chức quốc tế triển khai ${rng.int(2, 5)} dự án thích ứng với biến đổi khí hậu vùng ven biển (vốn ODA, viện trợ không hoàn lại).`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Lựa chọn ${rng.int(6, 12)} nhiệm vụ ứng phó biến đổi khí hậu theo tiêu chí ưu tiên, có sự tham gia của cộng đồng dân cư.`,
      },
      {
        kind: "project",
        start: 10,
        doneYear: 2028,
        doneOn: "06-30",
        text: ({ percent }) =>
          `${Math.round(percent / 3)} doanh nghiệp tham gia mô hình giảm phát thải, trồng rừng ngập mặn; ước đạt ${percent}% mục tiêu kêu gọi khối tư nhân.`,
      },
    ],
    summary: ({ year, rng }) =>
      `Năm ${year}, tiếp nhận ${rng.int(2, 5)} dự án hợp tác quốc tế về thích ứng biến đổi khí hậu; khuyến khích doanh nghiệp tham gia bảo vệ môi trường, trồng rừng ngập mặn.`,
  },
  "II.2.c": {
    taskStatus: () => ({ status: "DONE_THIS_YEAR", percent: 100 }),
    summary: ({ year, rng }) =>
      `Năm ${year} xảy ra ${rng.int(9, 26)} đợt thiên tai (giông lốc, sạt lở, triều cường); đã hỗ trợ kịp thời ${n(rng.int(180, 950))} hộ bị thiệt hại với kinh phí ${n(rng.int(18, 96) / 10, 1)} tỷ đồng.`,
  },
  "II.3": {
    items: [
      {
        kind: "duty",
        text: ({ rng }) =>
          `Tham mưu UBND tỉnh ban hành ${rng.int(3, 8)} văn bản quy phạm pháp luật về tài nguyên và môi trường.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Tổ chức ${rng.int(4, 9)} lớp bồi dưỡng nghiệp vụ cho ${rng.int(260, 540)} lượt cán bộ tài nguyên và môi trường cấp huyện, xã.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Thanh tra trách nhiệm công vụ tại ${rng.int(3, 6)} phòng Tài nguyên và Môi trường cấp huyện; kiến nghị chấn chỉnh ${rng.int(4, 12)} nội dung.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Chấn chỉnh kỷ luật, kỷ cương hành chính; ${n(rng.int(970, 998) / 10, 1)}% hồ sơ thủ tục hành chính được giải quyết đúng hạn.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Thanh tra, kiểm tra ${rng.int(60, 120)} tổ chức, cá nhân; xử phạt vi phạm hành chính ${rng.int(14, 38)} trường hợp, ${n(rng.int(600, 2400))} triệu đồng.`,
      },
      {
        kind: "project",
        start: 10,
        doneYear: 2028,
        doneOn: "06-30",
        text: ({ percent }) =>
          `Phân loại chất thải rắn sinh hoạt tại nguồn được triển khai tại ${Math.max(1, Math.round((percent * 15) / 100))}/15 huyện, thành phố.`,
      },
      {
        kind: "project",
        start: 60,
        doneYear: 2030,
        doneOn: "06-30",
        text: ({ percent }) =>
          `Tỷ lệ thu gom chất thải rắn sinh hoạt đô thị đạt ${Math.min(98, 60 + Math.round(percent / 3))}%, nông thôn đạt ${Math.min(85, 30 + Math.round(percent / 2))}%; tỷ lệ chôn lấp giảm dần.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Thu gom, xử lý ${n(rng.int(420, 690))} tấn chất thải y tế nguy hại; 100% bệnh viện tuyến tỉnh có hệ thống xử lý nước thải đạt chuẩn.`,
      },
      {
        kind: "blocked",
        from: 2025,
        start: 20,
        text: ({ blocked, percent }) =>
          blocked
            ? "Dự thảo chính sách khuyến khích doanh nghiệp đầu tư xử lý chất thải rắn, nước thải chưa trình được HĐND tỉnh."
            : `Xây dựng dự thảo chính sách khuyến khích doanh nghiệp đầu tư xử lý chất thải; ước đạt ${percent}%.`,
        difficulties: () =>
          "Chưa có hướng dẫn của Trung ương về cơ chế giá dịch vụ xử lý chất thải rắn sinh hoạt; chưa xác định được nguồn ngân sách hỗ trợ.",
        proposals: () =>
          "Đề nghị UBND tỉnh cho phép lồng ghép chính sách vào Nghị quyết của HĐND tỉnh về ưu đãi đầu tư; Sở Tài chính thẩm định phương án giá dịch vụ.",
      },
      {
        kind: "project",
        start: 30,
        doneYear: 2024,
        doneOn: "08-30",
        text: ({ done, percent }) =>
          done
            ? "Đã cải tạo, đóng cửa bãi chôn lấp tạm tại thành phố Rạch Giá (năm 2024); không còn phát sinh khiếu nại của người dân."
            : `Xử lý ô nhiễm tại khu xử lý rác thải: đã xử lý ${Math.round(percent / 20)}/5 điểm; ước đạt ${percent}%.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Thẩm định ${rng.int(6, 15)} phương án cải tạo, phục hồi môi trường trong khai thác khoáng sản; thu ký quỹ ${n(rng.int(15, 62) / 10, 1)} tỷ đồng.`,
      },
    ],
    summary: ({ year, stats }) =>
      `Năm ${year}, Sở Tài nguyên và Môi trường triển khai ${stats.total} nội dung: ${statsPhrase(stats)}.`,
  },
  "II.4.c": {
    items: [
      {
        kind: "duty",
        text: ({ rng }) =>
          `Thu hút ${rng.int(2, 7)} dự án công nghiệp sạch, công nghiệp chế biến sâu thân thiện môi trường.`,
      },
      {
        kind: "project",
        start: 30,
        doneYear: 2028,
        doneOn: "06-30",
        text: ({ percent }) =>
          `Hạ tầng Khu công nghiệp Thạnh Lộc và các cụm công nghiệp: khối lượng đạt ${percent}%.`,
      },
      {
        kind: "project",
        start: 40,
        doneYear: 2024,
        doneOn: "10-10",
        text: ({ done, percent }) =>
          done
            ? "Hệ thống xử lý nước thải tập trung Khu công nghiệp Thạnh Lộc (giai đoạn 1, 2.000 m³/ngày đêm) đã vận hành (năm 2024)."
            : `Xây dựng hệ thống xử lý nước thải tập trung Khu công nghiệp Thạnh Lộc: ước đạt ${percent}%.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Hỗ trợ ${rng.int(4, 12)} doanh nghiệp đánh giá sản xuất sạch hơn, cải tiến thiết bị.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Thực hiện Kế hoạch sử dụng năng lượng tiết kiệm và hiệu quả; tiết kiệm ${n(rng.int(12, 24) / 10, 1)}% tổng năng lượng tiêu thụ.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Hỗ trợ ${rng.int(3, 9)} doanh nghiệp kiểm toán năng lượng, áp dụng giải pháp tiết kiệm.`,
      },
    ],
    summary: ({ year, stats }) =>
      `Năm ${year}, Sở Công Thương triển khai ${stats.total} nội dung, hoàn thành ${stats.completed}; phát triển công nghiệp theo hướng sạch, tiết kiệm năng lượng.`,
  },
  "II.4.d": {
    items: [
      {
        kind: "duty",
        text: ({ rng }) =>
          `Chuẩn bị ${n(rng.int(1200, 2600))} m³ đá hộc, ${rng.int(400, 900)} rọ thép và ${rng.int(20, 45)} phương tiện thủy, bộ tại các hạt quản lý đường bộ, điểm xung yếu.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Tham gia ứng cứu, di dời ${n(rng.int(150, 900))} người và ${rng.int(20, 80)} phương tiện trong ${rng.int(2, 6)} đợt triều cường, giông lốc.`,
      },
    ],
    summary: ({ year }) =>
      `Năm ${year}, giao thông trên các tuyến quốc lộ, tỉnh lộ và tuyến thủy ra đảo được bảo đảm thông suốt trong mùa mưa bão.`,
  },
  "II.4.đ": {
    items: [
      {
        kind: "duty",
        text: ({ rng }) =>
          `Rà soát ${rng.int(6, 14)} đồ án quy hoạch đô thị, điểm dân cư; xác định khu vực chịu ảnh hưởng của biến đổi khí hậu, nước biển dâng.`,
      },
      {
        kind: "blocked",
        from: 2022,
        start: 20,
        text: () =>
          "Chưa triển khai được cơ sở dữ liệu và bản đồ cảnh báo rủi ro đô thị (Atlas đô thị và khí hậu) cho thành phố Rạch Giá, thành phố Hà Tiên.",
        difficulties: () =>
          "Đề án phát triển các đô thị ứng phó với biến đổi khí hậu giai đoạn 2013 - 2020 đã kết thúc; Bộ Xây dựng chưa bố trí kinh phí lập Atlas đô thị và khí hậu.",
        proposals: () =>
          "Đề nghị UBND tỉnh đề nghị Bộ Xây dựng đưa nội dung vào Đề án giai đoạn 2021 - 2030, hoặc cho phép tỉnh bố trí ngân sách địa phương thực hiện.",
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Lồng ghép nội dung thích ứng với biến đổi khí hậu trong ${rng.int(5, 13)} đồ án quy hoạch đô thị, quy hoạch xây dựng được thẩm định.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Trồng mới ${n(rng.int(2400, 6800))} cây xanh đô thị; ban hành danh mục cây trồng khuyến khích tại các đô thị.`,
      },
    ],
    blockedFrom: 2024,
    difficulties: () =>
      "Chưa có kinh phí lập Atlas đô thị và khí hậu cho Rạch Giá, Hà Tiên; nội dung phụ thuộc vào Bộ Xây dựng.",
    proposals: () =>
      "Đề nghị UBND tỉnh có văn bản đề nghị Bộ Xây dựng hỗ trợ kinh phí, hoặc cho phép điều chỉnh nội dung sang nguồn ngân sách tỉnh.",
    summary: ({ year }) =>
      `Năm ${year}, Sở Xây dựng lồng ghép thích ứng biến đổi khí hậu trong công tác quy hoạch; nội dung Atlas đô thị và khí hậu chưa thực hiện được do chưa có kinh phí.`,
  },
  "II.4.e": {
    items: [
      {
        kind: "duty",
        text: ({ rng }) =>
          `Tuyên truyền, giáo dục về phòng, chống thiên tai cho ${n(rng.int(3500, 8200))} lượt cán bộ, chiến sĩ, dân quân và Nhân dân.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Sẵn sàng ${n(rng.int(1800, 3200))} cán bộ, chiến sĩ và ${rng.int(60, 140)} phương tiện; diễn tập phòng thủ dân sự tại ${rng.int(1, 3)} huyện.`,
      },
      {
        kind: "duty",
        text: ({ rng }) =>
          `Phối hợp tham gia ${rng.int(4, 12)} đợt ứng phó thiên tai, sự cố; huy động ${n(rng.int(900, 2600))} lượt người.`,
      },
    ],
    summary: ({ year }) =>
      `Năm ${year}, Bộ Chỉ huy Quân sự tỉnh duy trì lực lượng, phương tiện sẵn sàng ứng phó thiên tai, sự cố; phối hợp chặt chẽ với các ngành, địa phương.`,
  },
};
