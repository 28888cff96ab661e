/**
 * Names of Vietnamese agencies that plans commonly assign work to, for proposing a new organization when
 * the directory lacks one (a plan of another province, or a department renamed in the 2025 reorganisation).
 * Only names used country-wide; the province's own directory always wins over this list.
 */

export type AgencyKind =
  | "PROVINCIAL_PC"
  | "PARTY"
  | "DEPARTMENT"
  | "DISTRICT_PC"
  | "MILITARY"
  | "COMMITTEE"
  | "CENTRAL"
  | "OTHER";

export interface KnownAgency {
  name: string;
  kind: AgencyKind;
  aliases?: string[];
}

const departments = [
  "Sở Tài nguyên và Môi trường",
  "Sở Nông nghiệp và Phát triển nông thôn",
  "Sở Nông nghiệp và Môi trường",
  "Sở Kế hoạch và Đầu tư",
  "Sở Tài chính",
  "Sở Công Thương",
  "Sở Xây dựng",
  "Sở Giao thông vận tải",
  "Sở Nội vụ",
  "Sở Tư pháp",
  "Sở Y tế",
  "Sở Giáo dục và Đào tạo",
  "Sở Khoa học và Công nghệ",
  "Sở Thông tin và Truyền thông",
  "Sở Lao động - Thương binh và Xã hội",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Văn hóa và Thể thao",
  "Sở Du lịch",
  "Sở Ngoại vụ",
  "Sở Dân tộc và Tôn giáo",
  "Thanh tra tỉnh",
  "Văn phòng Ủy ban nhân dân tỉnh",
  "Ban Dân tộc tỉnh",
  "Ban Quản lý Khu kinh tế tỉnh",
  "Ban Quản lý các khu công nghiệp tỉnh",
];

const otherProvincial: KnownAgency[] = [
  { name: "Công an tỉnh", kind: "OTHER" },
  { name: "Thuế tỉnh", kind: "OTHER" },
  { name: "Cục Thuế tỉnh", kind: "OTHER" },
  { name: "Cục Hải quan tỉnh", kind: "OTHER" },
  { name: "Kho bạc Nhà nước tỉnh", kind: "OTHER" },
  { name: "Bảo hiểm xã hội tỉnh", kind: "OTHER" },
  { name: "Đài Phát thanh và Truyền hình tỉnh", kind: "OTHER" },
  { name: "Bộ Chỉ huy Quân sự tỉnh", kind: "MILITARY", aliases: ["Bộ CHQS tỉnh", "BCH Quân sự tỉnh"] },
  { name: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", kind: "MILITARY", aliases: ["Bộ CHBĐBP tỉnh"] },
  { name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", kind: "OTHER", aliases: ["Ủy ban MTTQ Việt Nam tỉnh"] },
  { name: "Tỉnh đoàn", kind: "OTHER" },
  { name: "Hội Nông dân tỉnh", kind: "OTHER" },
  { name: "Hội Liên hiệp Phụ nữ tỉnh", kind: "OTHER" },
  { name: "Liên đoàn Lao động tỉnh", kind: "OTHER" },
];

const ministries = [
  "Bộ Kế hoạch và Đầu tư",
  "Bộ Công Thương",
  "Bộ Tài nguyên và Môi trường",
  "Bộ Nông nghiệp và Phát triển nông thôn",
  "Bộ Nông nghiệp và Môi trường",
  "Bộ Xây dựng",
  "Bộ Tài chính",
  "Bộ Nội vụ",
  "Bộ Tư pháp",
  "Bộ Y tế",
  "Bộ Giáo dục và Đào tạo",
  "Bộ Khoa học và Công nghệ",
  "Bộ Thông tin và Truyền thông",
  "Bộ Giao thông vận tải",
  "Bộ Lao động - Thương binh và Xã hội",
  "Bộ Văn hóa, Thể thao và Du lịch",
  "Bộ Ngoại giao",
  "Bộ Quốc phòng",
  "Bộ Công an",
  "Bộ Dân tộc và Tôn giáo",
  "Văn phòng Chính phủ",
  "Thanh tra Chính phủ",
  "Ngân hàng Nhà nước Việt Nam",
  "Ủy ban Dân tộc",
  "Cục Địa chất và Khoáng sản Việt Nam",
];

export const KNOWN_AGENCIES: KnownAgency[] = [
  ...departments.map((name) => ({ name, kind: "DEPARTMENT" as const })),
  ...otherProvincial,
  ...ministries.map((name) => ({ name, kind: "CENTRAL" as const })),
];

/** First words of an agency's name, for recognising one the lists do not know ("Sở Ngoại vụ và Du lịch:"). */
export const AGENCY_HEAD_WORDS =
  /^(Sở|Bộ|Ban|Cục|Chi cục|Công an|Thuế|Thanh tra|Văn phòng|Ủy ban|Uỷ ban|UBND|Kho bạc|Ngân hàng|Đài|Báo|Trường|Viện|Trung tâm|Hội|Liên đoàn|Tỉnh đoàn|Cảng vụ|Bảo hiểm|Vườn quốc gia|Bệnh viện|Bộ Chỉ huy|Bộ đội)\s/u;

export function guessKind(name: string): AgencyKind {
  if (/^(Bộ Chỉ huy|Bộ đội)/u.test(name)) return "MILITARY";
  if (/^Bộ\s/u.test(name)) return "CENTRAL";
  if (/^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND) (huyện|thành phố|thị xã|xã|phường|quận)/u.test(name))
    return "DISTRICT_PC";
  if (/^(Ủy ban nhân dân|Uỷ ban nhân dân|UBND) tỉnh/u.test(name)) return "PROVINCIAL_PC";
  if (/^Ban Chỉ (huy|đạo)/u.test(name)) return "COMMITTEE";
  if (/^(Sở|Ban|Thanh tra|Văn phòng)\s/u.test(name)) return "DEPARTMENT";
  return "OTHER";
}
