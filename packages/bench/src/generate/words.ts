import type { Rng } from "./rng";

/**
 * Vietnamese administrative phrases, combined at random: the synthetic plans read like provincial plans
 * (and exercise accent-insensitive search and long-text rendering) without copying any real document.
 */

export const PLAN_TOPICS = [
  "phát triển kinh tế biển",
  "chuyển đổi số tỉnh",
  "bảo vệ môi trường và ứng phó biến đổi khí hậu",
  "phát triển nông nghiệp công nghệ cao",
  "cải cách hành chính",
  "phòng, chống thiên tai",
  "phát triển du lịch bền vững",
  "nâng cao chất lượng nguồn nhân lực",
  "xây dựng nông thôn mới",
  "bảo đảm an sinh xã hội",
  "quản lý tài nguyên nước",
  "phát triển hạ tầng giao thông",
  "chăm sóc sức khỏe nhân dân",
  "phát triển kinh tế tập thể, hợp tác xã",
  "bảo tồn đa dạng sinh học",
  "phòng, chống sạt lở bờ sông, bờ biển",
  "thu hút đầu tư",
  "phát triển văn hóa, thể thao",
  "bảo đảm trật tự an toàn giao thông",
  "quản lý chất thải rắn sinh hoạt",
];

export const SECTION_HEADINGS = [
  "MỤC ĐÍCH, YÊU CẦU",
  "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
  "TỔ CHỨC THỰC HIỆN",
  "KINH PHÍ THỰC HIỆN",
];

export const SUBSECTION_HEADINGS = [
  "Công tác tuyên truyền, nâng cao nhận thức",
  "Hoàn thiện cơ chế, chính sách",
  "Đầu tư kết cấu hạ tầng",
  "Ứng dụng khoa học, công nghệ",
  "Phát triển nguồn nhân lực",
  "Hợp tác quốc tế và huy động nguồn lực",
  "Kiểm tra, giám sát việc thực hiện",
  "Nâng cao năng lực quản lý nhà nước",
];

const VERBS = [
  "Tổ chức triển khai",
  "Rà soát, điều chỉnh",
  "Xây dựng và ban hành",
  "Tăng cường công tác",
  "Đẩy mạnh",
  "Nghiên cứu, đề xuất",
  "Hướng dẫn, kiểm tra",
  "Phối hợp thực hiện",
  "Tham mưu UBND tỉnh",
  "Đầu tư nâng cấp",
];

const OBJECTS = [
  "hệ thống quan trắc tài nguyên nước",
  "quy hoạch sử dụng đất cấp huyện",
  "cơ sở dữ liệu đất đai",
  "các công trình thủy lợi phục vụ sản xuất",
  "mô hình sinh kế thích ứng biến đổi khí hậu",
  "đê biển và rừng phòng hộ ven biển",
  "dịch vụ công trực tuyến toàn trình",
  "hạ tầng số tại các xã đảo",
  "chuỗi giá trị lúa gạo chất lượng cao",
  "khu neo đậu tránh trú bão cho tàu cá",
  "trạm cấp nước sạch nông thôn",
  "bãi chôn lấp chất thải hợp vệ sinh",
  "tuyến đường giao thông nông thôn",
  "trường học đạt chuẩn quốc gia",
  "trạm y tế xã",
];

const OUTCOMES = [
  "đã hoàn thành {n} hạng mục theo kế hoạch",
  "giải ngân đạt {n}% kế hoạch vốn được giao",
  "tổ chức {n} lớp tập huấn cho cán bộ cơ sở",
  "ban hành {n} văn bản hướng dẫn",
  "kiểm tra {n} cơ sở, xử lý vi phạm theo quy định",
  "hỗ trợ {n} hộ dân chuyển đổi sinh kế",
  "tiếp nhận và giải quyết {n} hồ sơ đúng hạn",
  "trồng mới {n} ha rừng phòng hộ",
];

const DIFFICULTIES = [
  "Kinh phí bố trí còn hạn chế, chưa đáp ứng nhu cầu.",
  "Công tác giải phóng mặt bằng còn chậm do vướng mắc về bồi thường.",
  "Nhân lực chuyên môn ở cấp xã còn thiếu và kiêm nhiệm nhiều việc.",
  "Thời tiết diễn biến bất thường ảnh hưởng tiến độ thi công.",
  "Một số văn bản hướng dẫn của Trung ương chưa được ban hành.",
];

const PROPOSALS = [
  "Đề nghị UBND tỉnh bổ sung kinh phí trong năm tiếp theo.",
  "Kiến nghị Bộ, ngành Trung ương sớm ban hành hướng dẫn.",
  "Đề nghị Sở Tài chính thẩm định, bố trí vốn đối ứng.",
  "Đề xuất gia hạn thời gian thực hiện đến quý IV.",
];

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"];
const MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Quốc", "Thanh", "Hữu", "Thu"];
const GIVEN = [
  "An",
  "Bình",
  "Châu",
  "Dũng",
  "Giang",
  "Hạnh",
  "Khoa",
  "Lan",
  "Mai",
  "Nam",
  "Phúc",
  "Quyên",
  "Sơn",
  "Tâm",
  "Uyên",
  "Vy",
];

export const DISTRICT_NAMES = [
  "Hòn Đất",
  "Tân Hiệp",
  "Châu Thành",
  "Giồng Riềng",
  "Gò Quao",
  "An Biên",
  "An Minh",
  "Vĩnh Thuận",
  "U Minh Thượng",
  "Giang Thành",
  "Kiên Lương",
  "Kiên Hải",
  "Phú Quốc",
  "Hà Tiên",
  "Rạch Giá",
];

export const DEPARTMENT_NAMES = [
  "Ban Quản lý dự án",
  "Trung tâm Khuyến nông",
  "Chi cục Thủy lợi",
  "Chi cục Kiểm lâm",
  "Trung tâm Công nghệ thông tin",
  "Ban Quản lý các khu kinh tế",
  "Chi cục Bảo vệ môi trường",
  "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
  "Chi cục Thủy sản",
  "Trung tâm Xúc tiến đầu tư",
  "Ban Dân tộc",
  "Chi cục Tiêu chuẩn Đo lường Chất lượng",
];

export function personName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(MIDDLE)} ${rng.pick(GIVEN)}`;
}

export function taskContent(rng: Rng, topic: string): string {
  const parts = [`${rng.pick(VERBS)} ${rng.pick(OBJECTS)}`];
  if (rng.chance(0.6)) parts.push(`gắn với ${topic}`);
  if (rng.chance(0.5)) parts.push(`trên địa bàn huyện ${rng.pick(DISTRICT_NAMES)}`);
  return `${parts.join(" ")}.`;
}

/** Results of a period, each line opening with its name ("Năm 2026", "Quý IV/2026", "Tháng 11/2026"). */
export function resultsText(rng: Rng, periodName: string): string {
  const count = rng.int(1, 3);
  const lines: string[] = [];
  for (let i = 0; i < count; i++)
    lines.push(`- ${periodName}, ${rng.pick(OUTCOMES).replace("{n}", String(rng.int(2, 95)))}.`);
  return lines.join("\n");
}

export function difficultiesText(rng: Rng): string {
  return rng.pick(DIFFICULTIES);
}

export function proposalsText(rng: Rng): string {
  return rng.pick(PROPOSALS);
}
