import type { ContributionScript } from "./types";
import { n } from "./words";

const isDistrict = (kind: string) => kind === "DISTRICT_PC";

/** Coordinators' contributions (phối hợp), by task: a district and a department say different things. */
export const contributions: Record<string, ContributionScript> = {
  "II.1.a": ({ org, rng }) =>
    isDistrict(org.kind)
      ? `Tuyên truyền qua hệ thống truyền thanh cơ sở tại ${rng.int(8, 12)}/12 xã, phường, thị trấn; treo ${rng.int(40, 160)} băng rôn, khẩu hiệu.`
      : `Đăng ${rng.int(10, 45)} tin, bài tuyên truyền trên trang thông tin điện tử của ${org.shortName}.`,
  "II.1.b": ({ org, rng }) =>
    `${org.shortName} lồng ghép yêu cầu phòng, chống thiên tai vào ${rng.int(1, 4)} quy hoạch, kế hoạch của ${isDistrict(org.kind) ? "địa phương" : "ngành"}.`,
  "II.2.a": ({ org }) =>
    `${org.shortName} rà soát quy hoạch, kế hoạch của ${isDistrict(org.kind) ? "địa phương" : "ngành"} bảo đảm phù hợp quy hoạch tỉnh; gửi ý kiến đúng hạn.`,
  "II.2.b": ({ org, rng }) =>
    `${org.shortName} phối hợp khảo sát, đề xuất ${rng.int(1, 3)} dự án kêu gọi tài trợ quốc tế về thích ứng biến đổi khí hậu.`,
  "II.3": ({ org, rng }) =>
    isDistrict(org.kind)
      ? `Kiểm tra ${rng.int(8, 30)} cơ sở; triển khai thí điểm phân loại rác tại nguồn ở ${rng.int(1, 4)} phường, xã.`
      : `Góp ý ${rng.int(2, 6)} dự thảo văn bản quy phạm pháp luật về tài nguyên và môi trường.`,
  "II.4.a": ({ org, rng }) =>
    isDistrict(org.kind)
      ? `Phối hợp Sở TN&MT chỉnh lý hồ sơ địa chính; ra quân làm sạch môi trường ${rng.int(4, 12)} đợt, thu gom ${n(rng.int(8, 60))} tấn rác thải.`
      : `Phối hợp Sở TN&MT kiểm tra ${rng.int(3, 15)} cơ sở thuộc lĩnh vực quản lý; cung cấp dữ liệu cho cơ sở dữ liệu tài nguyên và môi trường.`,
  "II.4.b": ({ org, rng }) =>
    isDistrict(org.kind)
      ? `Rà soát ${rng.int(2, 9)} điểm sạt lở trên địa bàn; vận động ${rng.int(20, 120)} hộ dân di dời khỏi khu vực nguy hiểm.`
      : `Phối hợp Sở NN&PTNT thẩm định ${rng.int(1, 5)} dự án thủy lợi, đê, kè thuộc kế hoạch đầu tư công.`,
  "II.4.c": ({ org, rng }) =>
    `${org.shortName} phối hợp hỗ trợ ${rng.int(1, 6)} doanh nghiệp trên ${isDistrict(org.kind) ? "địa bàn" : "lĩnh vực quản lý"} áp dụng giải pháp tiết kiệm năng lượng.`,
  "II.4.d": ({ org, rng }) =>
    `${org.shortName} chuẩn bị ${rng.int(2, 12)} phương tiện, vật tư sẵn sàng phối hợp bảo đảm giao thông khi có thiên tai.`,
  "II.4.đ": ({ org, rng }) =>
    isDistrict(org.kind)
      ? `Rà soát ${rng.int(1, 4)} khu dân cư chịu ảnh hưởng nước biển dâng; trồng ${n(rng.int(300, 1500))} cây xanh đô thị.`
      : `Góp ý lồng ghép thích ứng biến đổi khí hậu vào ${rng.int(1, 4)} đồ án quy hoạch xây dựng.`,
  "II.4.e": ({ org, rng }) =>
    `${org.shortName} phối hợp Bộ Chỉ huy Quân sự tỉnh tham gia ${rng.int(1, 4)} đợt diễn tập, ứng phó thiên tai.`,
  "III.1": ({ org, year }) =>
    `${org.shortName} gửi báo cáo kết quả thực hiện Kế hoạch năm ${year} đến Sở TN&MT tổng hợp.`,
  "III.2": ({ org, rng }) =>
    `${org.shortName} đề xuất ${rng.int(1, 4)} dự án đưa vào danh mục kêu gọi đầu tư ngoài ngân sách.`,
  "III.3": ({ org }) =>
    `${org.shortName} lập dự toán kinh phí thực hiện các nhiệm vụ của Kế hoạch gửi Sở Tài chính thẩm định.`,
  "III.5": ({ org, rng }) =>
    `${org.shortName} gửi ${rng.int(1, 3)} kiến nghị về khó khăn, vướng mắc trong quá trình thực hiện đến Sở TN&MT.`,
};
