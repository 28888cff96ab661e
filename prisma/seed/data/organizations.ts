/**
 * Every organization Kế hoạch 182/KH-UBND names (as lead, coordinator, issuer of a cited document or recipient),
 * plus the district-level people's committees that "Ủy ban nhân dân các huyện, thành phố" resolves to.
 *
 * The directory is the province as it stood when the plan was signed (27/11/2020), with the one change that
 * fell inside the plan's first reporting year (huyện Phú Quốc → thành phố Phú Quốc). The 2025 reorganisation
 * (ministries and departments merged from 01/3/2025; tỉnh Kiên Giang merged into tỉnh An Giang and district
 * level abolished from 01/7/2025) is deliberately not encoded as validTo/successors yet: it ends every agency
 * of this plan, and how reporting carries over to the successors is a product decision still open.
 *
 * Aliases are spellings met in Vietnamese administrative documents (abbreviations, "&" for "và", the older
 * tone placement "Uỷ", older names), for matching free text. Matching is expected to be case-insensitive;
 * aliases without diacritics are not listed (fold diacritics in the matcher instead).
 */

import type { SeedOrganization } from "./types";

const PROVINCE = "UBND-KG";

/** A district-level people's committee of Kiên Giang: "thành phố" or "huyện" followed by the place name. */
function districtPc(
  code: string,
  level: "thành phố" | "huyện",
  place: string,
  extra: Partial<SeedOrganization> = {},
): SeedOrganization {
  const short = level === "thành phố" ? `UBND TP ${place}` : `UBND huyện ${place}`;
  const aliases =
    level === "thành phố"
      ? [`UBND thành phố ${place}`, `UBND TP. ${place}`, `Uỷ ban nhân dân thành phố ${place}`]
      : [`UBND H. ${place}`, `Uỷ ban nhân dân huyện ${place}`];
  return {
    code,
    name: `Ủy ban nhân dân ${level} ${place}`,
    shortName: short,
    kind: "DISTRICT_PC",
    parentCode: PROVINCE,
    ...extra,
    aliases: [...aliases, ...(extra.aliases ?? [])],
  };
}

export const organizations: SeedOrganization[] = [
  // --- Issuer ---
  {
    code: PROVINCE,
    name: "Ủy ban nhân dân tỉnh Kiên Giang",
    shortName: "UBND tỉnh",
    kind: "PROVINCIAL_PC",
    aliases: ["UBND tỉnh Kiên Giang", "Ủy ban nhân dân tỉnh", "Uỷ ban nhân dân tỉnh Kiên Giang"],
  },

  // --- Party bodies: issuers of the documents the plan implements ---
  {
    code: "TU-KG",
    name: "Tỉnh ủy Kiên Giang",
    shortName: "Tỉnh ủy",
    kind: "PARTY",
    aliases: ["Tỉnh uỷ Kiên Giang", "Tỉnh uỷ", "Ban Chấp hành Đảng bộ tỉnh Kiên Giang"],
  },
  {
    code: "BO-CHINH-TRI",
    name: "Bộ Chính trị",
    shortName: "Bộ Chính trị",
    kind: "PARTY",
    aliases: ["Bộ Chính trị Ban Chấp hành Trung ương Đảng"],
  },
  {
    code: "BCH-TW",
    name: "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam",
    shortName: "BCH Trung ương",
    kind: "PARTY",
    aliases: ["Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng", "BCH Trung ương Đảng", "BCHTW"],
  },
  {
    code: "BAN-BI-THU",
    name: "Ban Bí thư Trung ương Đảng",
    shortName: "Ban Bí thư",
    kind: "PARTY",
    aliases: ["Ban Bí thư", "Ban Bí thư Trung ương"],
    note: "Được nêu trong phần mở đầu của Kế hoạch 182/KH-UBND như cơ quan ban hành Kết luận số 56-KL/TW; thực tế Kết luận này do Bộ Chính trị ban hành.",
  },

  // --- Central government ---
  {
    code: "TTG",
    name: "Thủ tướng Chính phủ",
    shortName: "Thủ tướng Chính phủ",
    kind: "CENTRAL",
    aliases: ["Thủ tướng", "TTg"],
  },
  {
    code: "BTNMT",
    name: "Bộ Tài nguyên và Môi trường",
    shortName: "Bộ TN&MT",
    kind: "CENTRAL",
    aliases: ["Bộ TNMT", "Bộ Tài nguyên & Môi trường", "Bộ TN và MT", "BTNMT"],
  },
  {
    code: "BXD",
    name: "Bộ Xây dựng",
    shortName: "Bộ Xây dựng",
    kind: "CENTRAL",
    aliases: ["Bộ XD", "BXD"],
  },
  {
    code: "CPTDT",
    name: "Cục Phát triển đô thị",
    shortName: "Cục PTĐT",
    kind: "CENTRAL",
    parentCode: "BXD",
    aliases: ["Cục Phát triển đô thị - Bộ Xây dựng", "Cục Phát triển Đô thị", "Cục PTĐT - Bộ Xây dựng"],
  },

  // --- Provincial bodies other than departments (named in "Nơi nhận") ---
  {
    code: "HDND-KG",
    name: "Hội đồng nhân dân tỉnh Kiên Giang",
    shortName: "HĐND tỉnh",
    kind: "OTHER",
    aliases: ["HĐND tỉnh Kiên Giang", "Hội đồng nhân dân tỉnh"],
  },
  {
    code: "VP-UBND",
    name: "Văn phòng Ủy ban nhân dân tỉnh Kiên Giang",
    shortName: "Văn phòng UBND tỉnh",
    kind: "DEPARTMENT",
    parentCode: PROVINCE,
    aliases: ["Văn phòng UBND tỉnh", "VP UBND tỉnh", "Văn phòng Uỷ ban nhân dân tỉnh Kiên Giang"],
    note: "Nơi nhận của Kế hoạch ghi «LĐVP, P.KT, P.TH» (lãnh đạo và các phòng của Văn phòng).",
  },

  // --- Provincial departments (leads and coordinators) ---
  {
    code: "STNMT",
    name: "Sở Tài nguyên và Môi trường",
    shortName: "Sở TN&MT",
    kind: "DEPARTMENT",
    parentCode: PROVINCE,
    aliases: [
      "Sở TNMT",
      "Sở Tài nguyên & Môi trường",
      "Sở TN và MT",
      "STNMT",
      "Sở Tài nguyên và Môi trường tỉnh Kiên Giang",
    ],
    note: "Cơ quan đầu mối của Kế hoạch 182/KH-UBND.",
  },
  {
    code: "SKHDT",
    name: "Sở Kế hoạch và Đầu tư",
    shortName: "Sở KH&ĐT",
    kind: "DEPARTMENT",
    parentCode: PROVINCE,
    aliases: ["Sở KHĐT", "Sở Kế hoạch & Đầu tư", "Sở KH và ĐT", "SKHĐT", "SKHDT"],
  },
  {
    code: "SNNPTNT",
    name: "Sở Nông nghiệp và Phát triển nông thôn",
    shortName: "Sở NN&PTNT",
    kind: "DEPARTMENT",
    parentCode: PROVINCE,
    aliases: ["Sở NNPTNT", "Sở Nông nghiệp & Phát triển nông thôn", "Sở NN và PTNT", "SNNPTNT"],
  },
  {
    code: "STTTT",
    name: "Sở Thông tin và Truyền thông",
    shortName: "Sở TT&TT",
    kind: "DEPARTMENT",
    parentCode: PROVINCE,
    aliases: ["Sở TTTT", "Sở Thông tin & Truyền thông", "Sở TT và TT", "STTTT"],
  },
  {
    code: "SCT",
    name: "Sở Công Thương",
    shortName: "Sở Công Thương",
    kind: "DEPARTMENT",
    parentCode: PROVINCE,
    // The official name capitalises "Thương"; documents often write it in lower case.
    aliases: ["Sở Công thương", "SCT"],
  },
  {
    code: "SGTVT",
    name: "Sở Giao thông vận tải",
    shortName: "Sở GTVT",
    kind: "DEPARTMENT",
    parentCode: PROVINCE,
    aliases: ["Sở Giao thông Vận tải", "SGTVT"],
  },
  {
    code: "SXD",
    name: "Sở Xây dựng",
    shortName: "Sở Xây dựng",
    kind: "DEPARTMENT",
    parentCode: PROVINCE,
    aliases: ["Sở XD", "SXD"],
  },
  {
    code: "STC",
    name: "Sở Tài chính",
    shortName: "Sở Tài chính",
    kind: "DEPARTMENT",
    parentCode: PROVINCE,
    aliases: ["STC"],
  },
  {
    // Parent is the province for the directory tree: the command answers to Quân khu 9 in the military chain,
    // but takes part in the plan as one of the province's agencies, directed by UBND tỉnh.
    code: "BCHQS",
    name: "Bộ Chỉ huy Quân sự tỉnh Kiên Giang",
    shortName: "BCH Quân sự tỉnh",
    kind: "MILITARY",
    parentCode: PROVINCE,
    aliases: ["Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy quân sự tỉnh", "Bộ CHQS tỉnh", "BCHQS tỉnh"],
  },
  {
    code: "BCH-PCTT",
    name: "Ban Chỉ huy Phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh Kiên Giang",
    shortName: "BCH PCTT-TKCN&PTDS tỉnh",
    kind: "COMMITTEE",
    parentCode: PROVINCE,
    aliases: [
      "Ban Chỉ huy Phòng chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh",
      "Ban Chỉ huy PCTT-TKCN và PTDS tỉnh",
      "Ban Chỉ huy PCTT, TKCN và PTDS tỉnh",
      "BCH PCTT-TKCN&PTDS",
      // Name before civil defence was added to the committee's remit.
      "Ban Chỉ huy PCTT và TKCN tỉnh",
    ],
  },

  // --- District level on 27/11/2020: 2 thành phố + 13 huyện = 15 units ---
  districtPc("UBND-RACHGIA", "thành phố", "Rạch Giá"),
  districtPc("UBND-HATIEN", "thành phố", "Hà Tiên", {
    validFrom: "2018-11-01",
    aliases: ["UBND thị xã Hà Tiên"],
    note: "Thị xã Hà Tiên trở thành thành phố Hà Tiên từ 01/11/2018 (Nghị quyết 573/NQ-UBTVQH14).",
  }),
  // Sources disagree on the effective date: 01/01/2021 (Wikipedia's entries for the new wards, news of that day,
  // the city's reorganisation reported in January 2021) against 01/3/2021 (news of the day the resolution was
  // passed). 01/01/2021 has the most support; confirm from the resolution's last article before relying on it.
  districtPc("UBND-PHUQUOC-H", "huyện", "Phú Quốc", {
    validTo: "2020-12-31",
    note: "Trở thành thành phố Phú Quốc từ 01/01/2021 (Nghị quyết 1109/NQ-UBTVQH14 ngày 09/12/2020).",
  }),
  districtPc("UBND-PHUQUOC-TP", "thành phố", "Phú Quốc", {
    validFrom: "2021-01-01",
    note: "Thành lập trên cơ sở nguyên trạng huyện Phú Quốc (Nghị quyết 1109/NQ-UBTVQH14 ngày 09/12/2020).",
  }),
  districtPc("UBND-KIENLUONG", "huyện", "Kiên Lương"),
  districtPc("UBND-HONDAT", "huyện", "Hòn Đất"),
  districtPc("UBND-TANHIEP", "huyện", "Tân Hiệp"),
  districtPc("UBND-CHAUTHANH", "huyện", "Châu Thành"),
  districtPc("UBND-GIONGRIENG", "huyện", "Giồng Riềng"),
  districtPc("UBND-GOQUAO", "huyện", "Gò Quao"),
  districtPc("UBND-ANBIEN", "huyện", "An Biên"),
  districtPc("UBND-ANMINH", "huyện", "An Minh"),
  districtPc("UBND-VINHTHUAN", "huyện", "Vĩnh Thuận"),
  districtPc("UBND-UMINHTHUONG", "huyện", "U Minh Thượng"),
  districtPc("UBND-GIANGTHANH", "huyện", "Giang Thành"),
  districtPc("UBND-KIENHAI", "huyện", "Kiên Hải"),
];
