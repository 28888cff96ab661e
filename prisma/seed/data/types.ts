/**
 * Shapes of the hand-checked seed data. The seed script turns these into rows; the tests compare them
 * with the source document (plan-182/source.md).
 */

export type OrgKind =
  | "PROVINCIAL_PC" // UBND tỉnh
  | "PARTY" // Tỉnh ủy, Ban Bí thư, Bộ Chính trị (issuers of basis documents)
  | "DEPARTMENT" // Sở, ban, ngành cấp tỉnh
  | "DISTRICT_PC" // UBND huyện / thành phố
  | "MILITARY" // Bộ Chỉ huy Quân sự tỉnh
  | "COMMITTEE" // Ban Chỉ huy PCTT-TKCN và PTDS tỉnh, ban chỉ đạo
  | "CENTRAL" // Bộ, cục trung ương (Bộ Xây dựng, Cục Phát triển đô thị…)
  | "OTHER";

export interface SeedOrganization {
  /** Stable code, upper case ASCII: "STNMT", "SKHDT", "UBND-RACHGIA". */
  code: string;
  /** Full official name with diacritics: "Sở Tài nguyên và Môi trường". */
  name: string;
  /** Short name used in tables: "Sở TN&MT". */
  shortName: string;
  kind: OrgKind;
  parentCode?: string;
  /** ISO dates (yyyy-MM-dd); absent means "no known bound". */
  validFrom?: string;
  validTo?: string;
  /** Other spellings met in documents (abbreviations, older names), for matching. */
  aliases: string[];
  /** Free note, e.g. "Trở thành thành phố Phú Quốc từ 01/02/2021 (Nghị quyết 1109/NQ-UBTVQH14)". */
  note?: string;
}

/** A reorganization event with its legal basis; links go from predecessor codes to successor codes. */
export interface SeedReorganization {
  code: string;
  kind: "MERGE" | "SPLIT" | "RENAME" | "ABOLISH" | "TRANSFER";
  /** ISO day the successors begin. */
  effectiveOn: string;
  title: string;
  basis: { number: string; date?: string; issuer: string };
  /** `to` absent: abolished with nobody after it. */
  links: { from: string; to?: string; function?: string }[];
  note?: string;
}

/** Generic coordinator phrases, kept verbatim and resolvable to a set of organizations by scope. */
export type CoordinatorScope =
  | "DEPARTMENTS" // các sở, ngành / các sở, ban ngành
  | "DISTRICTS" // địa phương / UBND các huyện, thành phố
  | "DEPARTMENTS_AND_DISTRICTS" // các sở ngành, địa phương
  | "RELATED_UNITS"; // các đơn vị có liên quan

export interface SeedGenericCoordinator {
  /** Exactly as printed: "các sở, ngành và địa phương". */
  phrase: string;
  scope: CoordinatorScope;
}

export type TaskKind = "ONE_OFF" | "RECURRING" | "CONTINUOUS";

export interface SeedActionItem {
  /** "II.4.a.1", numbered in document order inside the task. */
  code: string;
  /** Verbatim text of the distinct action (a sentence or clause of the task's text). */
  content: string;
  /** Verbatim time phrase if the item carries one: "năm 2020 phải hoàn thành", "giai đoạn 2021 - 2025". */
  timeText?: string;
}

export interface SeedTask {
  /** "II.1.a", "II.3" (no letter), "II.4.đ", "III.1". */
  code: string;
  /** As printed: "a)", "đ)", or null for unlettered tasks. */
  label: string | null;
  /** The heading line as printed, e.g. "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các sở ngành, địa phương:" (null if none). */
  heading: string | null;
  /** Verbatim task text (all its paragraphs, joined with "\n\n"; without the heading). */
  content: string;
  /**
   * Organization code of the lead (chủ trì). Null only when the text assigns the work to a generic set
   * ("Thủ trưởng các sở, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố"): then genericLead says
   * which set, and each member answers for itself.
   */
  leadCode: string | null;
  genericLead?: SeedGenericCoordinator;
  /** True when the text does not say "chủ trì" but the lead is implied (unit named alone, or first with "phối hợp với"). */
  leadImplied: boolean;
  /** The verbatim words naming the lead: "Sở Thông tin và Truyền thông chủ trì". */
  leadText: string;
  /** Codes of coordinating organizations named explicitly. */
  coordinatorCodes: string[];
  /** Generic coordinator phrases, verbatim. */
  genericCoordinators: SeedGenericCoordinator[];
  kind: TaskKind;
  /** Verbatim time phrases found in the task ("hàng năm", "giai đoạn 2020 - 2025", "thường xuyên"). */
  timeTexts: string[];
  /** ISO date when the task is one-off with a due date derivable from the text. */
  dueDate?: string;
  periodStartYear?: number;
  periodEndYear?: number;
  actionItems: SeedActionItem[];
}

export interface SeedSection {
  /** "I", "II", "II.1", "II.4", "III". */
  code: string;
  /** Numbering as printed: "I.", "1.", "4.". */
  number: string;
  /** Heading verbatim without the number: "MỤC ĐÍCH, YÊU CẦU", "Một số nhiệm vụ cụ thể cấp bách:". */
  heading: string;
  /** Verbatim body text that is not a task (e.g. the four numbered aims of I), paragraphs joined with "\n\n". */
  body: string;
  parentCode: string | null;
  /** Order among siblings, from 1. */
  order: number;
}

export interface SeedBasisDocument {
  /** "211-KH/TU", "56-KL/TW", "Nghị quyết Trung ương 7 khóa XI", "24-NQ/TW". */
  symbol: string;
  /** ISO date if printed. */
  issuedOn?: string;
  issuerName: string;
  /** Verbatim description as printed in the plan. */
  title: string;
}

export interface SeedPlan {
  number: string; // "182"
  symbol: string; // "182/KH-UBND"
  documentType: "KE_HOACH";
  issuedOn: string; // "2020-11-27"
  place: string; // "Kiên Giang"
  issuerCode: string; // "UBND-KG"
  signerName: string;
  signerTitle: string; // "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" as printed
  title: string; // verbatim title
  preamble: string; // verbatim opening paragraph
  closing: string; // verbatim "Trên đây là Kế hoạch…" paragraph
  recipients: string[]; // "Nơi nhận" lines verbatim
  focalCode: string; // "STNMT"
  validFromYear: number;
  validToYear: number;
  reportDueDay: number; // 5
  reportDueMonth: number; // 12
  reportingRuleText: string; // verbatim sentence of III.1 about the annual report
  basisDocuments: SeedBasisDocument[];
  sections: SeedSection[];
  tasks: SeedTask[];
}
