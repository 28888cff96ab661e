import type { ItemScript, LeadScript } from "./types";
import { citeDate, n, provincialDecision, statsPhrase } from "./words";

/** Districts whose land database is complete, by year (II.4.a.14): the example the dashboards show. */
const LAND_DATABASE_DISTRICTS: Record<number, number> = {
  2021: 2,
  2022: 5,
  2023: 8,
  2024: 11,
  2025: 13,
  2026: 14,
};

/** Sở TN&MT on II.4.a: 34 action items, in the order of the plan. */
const items: ItemScript[] = [
  {
    kind: "duty",
    text: ({ rng }) =>
      `Tổ chức ${rng.int(18, 42)} hội nghị tuyên truyền, phổ biến pháp luật về bảo vệ môi trường cho ${n(rng.int(2400, 6800))} lượt người; hưởng ứng Ngày Môi trường thế giới, Tuần lễ Biển và Hải đảo Việt Nam.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Phát động phong trào chống rác thải nhựa tại ${rng.int(20, 38)} xã, phường ven biển; các đợt ra quân làm sạch bờ biển thu gom ${n(rng.int(35, 120))} tấn rác thải.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Kiểm soát ${rng.int(140, 260)} cơ sở có nguồn thải lớn; ${rng.int(18, 46)} cơ sở đã lắp đặt hệ thống quan trắc nước thải tự động, truyền dữ liệu về Sở.`,
  },
  {
    kind: "project",
    start: 60,
    doneYear: 2022,
    doneOn: "06-30",
    text: ({ done, percent, rng }) =>
      done
        ? `Đã hoàn thành rà soát, lập danh sách ${rng.int(64, 72)} cơ sở có nguy cơ gây ô nhiễm môi trường cao (năm 2022); danh sách được cập nhật hằng năm.`
        : `Đang rà soát các cơ sở có nguy cơ gây ô nhiễm môi trường cao; ước đạt ${percent}% khối lượng.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Quan trắc chất lượng nước sông Cái Lớn, sông Cái Bé và kênh Rạch Giá - Hà Tiên ${rng.int(4, 6)} đợt trong năm; chưa phát hiện sự cố ô nhiễm nghiêm trọng.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Hướng dẫn các địa phương xử lý ${rng.int(6, 19)} điểm ô nhiễm cục bộ do chất thải chăn nuôi, chế biến thủy sản.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Ban hành ${rng.int(5, 14)} văn bản hướng dẫn UBND cấp huyện thực hiện nhiệm vụ bảo vệ môi trường theo Luật Bảo vệ môi trường năm 2020.`,
  },
  {
    kind: "project",
    start: 10,
    doneYear: 2027,
    doneOn: "09-30",
    text: ({ percent }) =>
      `Điều tra, đánh giá, phân loại nguồn phát thải: đã thu thập dữ liệu tại ${Math.round((percent * 15) / 100)}/15 huyện, thành phố; ước đạt ${percent}%.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Thực hiện chương trình quan trắc môi trường tỉnh với ${rng.int(96, 128)} điểm quan trắc nước mặt, nước biển ven bờ, không khí và đất.`,
  },
  {
    kind: "project",
    start: 20,
    doneYear: 2026,
    doneOn: "09-30",
    text: ({ done, percent }) =>
      done
        ? "Đưa vào vận hành hệ thống cơ sở dữ liệu môi trường tỉnh, kết nối dữ liệu quan trắc tự động của 46 cơ sở."
        : `Xây dựng hệ thống dữ liệu, thông tin môi trường: hoàn thành ${percent}% khối lượng (chuẩn hóa dữ liệu quan trắc các năm).`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Thanh tra trách nhiệm tại ${rng.int(3, 7)} cơ quan, đơn vị; kiến nghị rút kinh nghiệm ${rng.int(2, 9)} tập thể, cá nhân.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Thanh tra, kiểm tra ${rng.int(48, 96)} tổ chức, cá nhân hoạt động khoáng sản, tài nguyên nước, sử dụng đất; xử phạt ${rng.int(9, 31)} trường hợp, ${n(rng.int(420, 1900))} triệu đồng.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Kiểm tra công tác bảo vệ môi trường tại ${rng.int(30, 64)} cơ sở có nguy cơ gây ô nhiễm cao; xử phạt ${rng.int(5, 17)} cơ sở vi phạm.`,
  },
  {
    kind: "project",
    start: 13,
    doneYear: 2027,
    doneOn: "06-30",
    text: ({ year }) => {
      const done = LAND_DATABASE_DISTRICTS[year] ?? 15;
      return `Đã hoàn thành cập nhật cơ sở dữ liệu đất đai cho ${done}/15 huyện, thành phố; ${
        done >= 14
          ? "huyện Kiên Hải đang chỉnh lý bản đồ địa chính, dự kiến hoàn thành năm 2027."
          : "đang triển khai tại các huyện còn lại."
      }`;
    },
  },
  {
    kind: "project",
    start: 15,
    doneYear: 2025,
    doneOn: "10-15",
    text: ({ done, percent }) =>
      done
        ? "Hoàn thành Dự án cơ sở dữ liệu tài nguyên và môi trường tỉnh (năm 2025); dữ liệu được chia sẻ qua nền tảng tích hợp của tỉnh."
        : `Dự án cơ sở dữ liệu tài nguyên và môi trường: hoàn thành ${percent}% khối lượng.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Cập nhật, theo dõi Kế hoạch hành động ứng phó với biến đổi khí hậu của tỉnh; ${rng.int(12, 21)} nhiệm vụ, dự án ưu tiên được theo dõi tiến độ.`,
  },
  {
    kind: "project",
    start: 50,
    doneYear: 2022,
    doneOn: "08-19",
    text: ({ done, percent }) =>
      done
        ? "Chương trình quản lý tổng hợp tài nguyên vùng bờ tỉnh Kiên Giang đã được UBND tỉnh phê duyệt (ngày 19/8/2022); đang tổ chức thực hiện."
        : `Xây dựng Chương trình quản lý tổng hợp tài nguyên vùng bờ: đã lấy ý kiến các sở, ngành, địa phương ven biển; ước đạt ${percent}%.`,
    cited: ({ done, rng }) =>
      done
        ? [
            provincialDecision(
              "2022-08-19",
              rng,
              "Phê duyệt Chương trình quản lý tổng hợp tài nguyên vùng bờ tỉnh Kiên Giang",
            ),
          ]
        : [],
  },
  {
    kind: "project",
    start: 20,
    doneYear: 2024,
    doneOn: "09-27",
    text: ({ done, percent }) =>
      done
        ? "Hoàn thành thiết lập, cắm mốc hành lang bảo vệ bờ biển trên địa bàn tỉnh (năm 2024)."
        : `Thiết lập hành lang bảo vệ bờ biển: đã cắm ${Math.round(percent * 3.2)} mốc; ước đạt ${percent}%.`,
  },
  {
    kind: "project",
    start: 8,
    doneYear: 2028,
    doneOn: "06-30",
    text: ({ percent }) =>
      `Lập hồ sơ tài nguyên hải đảo: đã hoàn thành hồ sơ cho ${Math.round((percent * 143) / 100)}/143 đảo.`,
  },
  {
    kind: "blocked",
    from: 2023,
    start: 10,
    text: ({ blocked, percent }) =>
      blocked
        ? `Dự án bản đồ địa hình đáy biển mới hoàn thành thiết kế kỹ thuật - dự toán (${percent}%); chưa triển khai đo đạc.`
        : `Đang lập thiết kế kỹ thuật - dự toán Dự án thành lập bản đồ địa hình đáy biển; ước đạt ${percent}%.`,
    difficulties: ({ rng }) =>
      `Dự án cần kinh phí lớn (ước ${rng.int(38, 56)} tỷ đồng) và thiết bị đo sâu chuyên dụng; ngân sách tỉnh chưa cân đối được.`,
    proposals: () =>
      "Đề nghị UBND tỉnh kiến nghị Bộ Tài nguyên và Môi trường đưa dự án vào chương trình điều tra cơ bản tài nguyên, môi trường biển của Trung ương.",
  },
  {
    kind: "project",
    start: 30,
    doneYear: 2023,
    doneOn: "06-30",
    text: ({ done, percent }) =>
      done
        ? "Đã hoàn thành Báo cáo hiện trạng môi trường biển và hải đảo tỉnh Kiên Giang (năm 2023)."
        : `Xây dựng báo cáo hiện trạng môi trường biển và hải đảo: đang tổng hợp số liệu, ước đạt ${percent}%.`,
  },
  {
    kind: "project",
    start: 70,
    doneYear: 2021,
    doneOn: "07-15",
    text: ({ done, year, rng }) =>
      done && year > 2021
        ? `Kế hoạch ứng phó sự cố tràn dầu (cập nhật năm 2021) đang được thực hiện; phối hợp diễn tập ứng phó sự cố tràn dầu tại ${rng.pick(["Hà Tiên", "Phú Quốc", "Rạch Giá"])}.`
        : "Đã cập nhật Kế hoạch ứng phó sự cố tràn dầu tỉnh Kiên Giang, trình UBND tỉnh phê duyệt (ngày 15/7/2021).",
    cited: ({ done, year, rng }) =>
      done && year === 2021
        ? [provincialDecision("2021-07-15", rng, "Phê duyệt Kế hoạch ứng phó sự cố tràn dầu tỉnh Kiên Giang")]
        : [],
  },
  {
    kind: "project",
    start: 20,
    doneYear: 2024,
    doneOn: "05-20",
    text: ({ done, percent }) =>
      done
        ? "Danh mục khoanh định và bản đồ phân vùng hạn chế khai thác nước dưới đất đã được phê duyệt (năm 2024)."
        : `Lập Danh mục, bản đồ phân vùng hạn chế khai thác nước dưới đất: ước đạt ${percent}%.`,
  },
  {
    kind: "project",
    start: 10,
    doneYear: 2026,
    doneOn: "08-14",
    text: ({ done, percent }) =>
      done
        ? `Kế hoạch điều tra cơ bản tài nguyên nước tỉnh đã được UBND tỉnh ban hành (ngày ${citeDate("2026-08-14")}).`
        : `Xây dựng Kế hoạch điều tra cơ bản tài nguyên nước: ước đạt ${percent}%.`,
  },
  {
    kind: "project",
    start: 25,
    doneYear: 2025,
    doneOn: "07-31",
    text: ({ done, percent }) =>
      done
        ? "Đã công bố khả năng tiếp nhận nước thải của các sông, kênh chính (năm 2025)."
        : `Đánh giá khả năng tiếp nhận nước thải của nguồn nước: đã đánh giá ${Math.round(percent / 8)} đoạn sông, kênh; ước đạt ${percent}%.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Triển khai giải pháp phục hồi nguồn nước tại ${rng.int(2, 6)} khu vực bị ô nhiễm, suy thoái; hạn chế cấp phép khai thác mới tại vùng cạn kiệt.`,
  },
  {
    kind: "blocked",
    from: 2024,
    start: 10,
    text: ({ blocked, percent }) =>
      blocked
        ? `Mạng lưới quan trắc động thái nước dưới đất mới có ${Math.max(3, Math.round(percent / 4))} giếng quan trắc; chưa được bố trí kinh phí mở rộng.`
        : `Đang lập dự án mạng lưới quan trắc động thái nước dưới đất; ước đạt ${percent}%.`,
    difficulties: ({ rng }) =>
      `Chưa được bố trí kinh phí đầu tư mạng lưới quan trắc (dự toán ${rng.int(14, 22)} tỷ đồng).`,
    proposals: () =>
      "Đề nghị Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu UBND tỉnh bố trí vốn trong kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030.",
  },
  {
    kind: "project",
    start: 10,
    doneYear: 2028,
    doneOn: "12-01",
    text: ({ percent }) =>
      `${Math.round((percent * 212) / 100)}/212 công trình khai thác nước thuộc diện phải lắp đặt đã kết nối dữ liệu giám sát tự động.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Phối hợp với các tỉnh An Giang, Cần Thơ, Hậu Giang trao đổi số liệu nguồn nước mùa khô; tham gia ${rng.int(1, 3)} hội nghị vùng về tài nguyên nước.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Cấp ${rng.int(40, 95)} giấy phép khai thác tài nguyên; thu tiền cấp quyền khai thác ${n(rng.int(120, 360) / 10, 1)} tỷ đồng.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Thẩm định nhu cầu sử dụng đất của ${rng.int(24, 60)} dự án; đề nghị thu hồi ${rng.int(1, 6)} dự án chậm triển khai.`,
  },
  {
    kind: "duty",
    text: ({ rng, year }) =>
      `Tham mưu hệ số điều chỉnh giá đất năm ${year}; định giá đất cụ thể cho ${rng.int(18, 44)} dự án bảo đảm hài hòa lợi ích.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Rà soát quỹ đất công; đưa ${rng.int(6, 18)} khu đất ra đấu giá quyền sử dụng đất, thu ${n(rng.int(150, 980))} tỷ đồng.`,
  },
  {
    kind: "duty",
    text: ({ rng }) =>
      `Kiểm tra ${rng.int(12, 26)} mỏ khoáng sản đang hoạt động; yêu cầu ${rng.int(1, 5)} mỏ hết hạn thực hiện đóng cửa mỏ.`,
  },
];

export const leadII4a: LeadScript = {
  items,
  summary: ({ year, stats, rng }) =>
    `Năm ${year}, Sở Tài nguyên và Môi trường triển khai ${stats.total} nội dung của nhiệm vụ: ${statsPhrase(stats)}. Đã hoàn thành cập nhật cơ sở dữ liệu đất đai cho ${LAND_DATABASE_DISTRICTS[year] ?? 15}/15 huyện, thành phố; thanh tra, kiểm tra ${rng.int(80, 150)} tổ chức, cá nhân.`,
  difficulties: ({ year }) =>
    year >= 2023
      ? "Kinh phí cho các dự án điều tra cơ bản (bản đồ địa hình đáy biển, mạng lưới quan trắc nước dưới đất) chưa được bố trí."
      : undefined,
  proposals: ({ year }) =>
    year >= 2023
      ? "Đề nghị UBND tỉnh ưu tiên bố trí vốn cho các dự án điều tra cơ bản tài nguyên và môi trường."
      : undefined,
};
