import { searchKey, userSearchKey } from "@plan-tracker/core/text/search-key";
import type { Insert } from "./bulk";
import type { NewId } from "./ids";
import type { Rng } from "./rng";
import { BENCH_EMAIL_DOMAIN, ORGANIZATIONS, STAFF_PER_ORGANIZATION } from "./shape";
import { DEPARTMENT_NAMES, DISTRICT_NAMES, personName } from "./words";

const FIELDS = [
  "Tài nguyên và Môi trường",
  "Nông nghiệp và Phát triển nông thôn",
  "Kinh tế - Hạ tầng",
  "Văn hóa và Thông tin",
  "Tài chính - Kế hoạch",
  "Lao động - Thương binh và Xã hội",
  "Y tế",
  "Giáo dục và Đào tạo",
];
export const PROVINCE_CODE = "UBND-KG";

export interface Org {
  id: string;
  code: string;
  name: string;
  kind: string;
}

/** The provincial departments (Sở) and the district people's committees: who carries out most plans. */
const PROVINCIAL_AGENCY_KINDS = ["DEPARTMENT", "DISTRICT_PC"];

export interface People {
  orgs: Org[];
  /** Every organization but the province: those that lead, coordinate and report. */
  reporters: Org[];
  /** The departments and district committees among them. */
  provincial: Org[];
  staffOf: Map<string, string[]>;
  approverOf: Map<string, string>;
  users: number;
}

/**
 * Organizations up to 150 beside the demo's (district offices and departments), each with an approver
 * and staff; every account shares `passwordHash` (the demo password's: one argon2 run, not 450).
 */
export async function writeOrganizations(
  insert: Insert,
  {
    existing,
    provinceId,
    passwordHash,
    rng,
    id,
    now,
  }: {
    existing: Org[];
    provinceId: string;
    passwordHash: string | null;
    rng: Rng;
    id: NewId;
    now: string;
  },
): Promise<People> {
  const orgs: Org[] = [...existing];
  const orgRows: unknown[][] = [];
  const unitNames = [
    ...DISTRICT_NAMES.flatMap((district) => FIELDS.map((field) => `Phòng ${field} huyện ${district}`)),
    ...DEPARTMENT_NAMES,
  ];
  for (let i = 0; orgs.length < ORGANIZATIONS; i++) {
    const name = unitNames[i % unitNames.length] as string;
    const kind = name.startsWith("Phòng") ? "OTHER" : "DEPARTMENT";
    const org = { id: id("o"), code: `BX-${String(i + 1).padStart(3, "0")}`, name, kind };
    orgs.push(org);
    orgRows.push([
      org.id,
      org.code,
      name,
      name.replace(" huyện ", " H. "),
      kind,
      provinceId,
      [],
      searchKey(name),
      now,
      now,
    ]);
  }
  await insert(
    "Organization",
    [
      ["id", "text"],
      ["code", "text"],
      ["name", "text"],
      ["shortName", "text"],
      ["kind", `"OrganizationKind"`],
      ["parentId", "text"],
      ["aliases", "text[]"],
      ["searchKey", "text"],
      ["createdAt", "timestamp(3)"],
      ["updatedAt", "timestamp(3)"],
    ],
    orgRows,
  );

  const userRows: unknown[][] = [];
  const memberRows: unknown[][] = [];
  const staffOf = new Map<string, string[]>();
  const approverOf = new Map<string, string>();
  for (const org of orgs) {
    const slug = org.code.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const people = [
      { role: "APPROVER", email: `lanhdao.${slug}@${BENCH_EMAIL_DOMAIN}` },
      ...Array.from({ length: STAFF_PER_ORGANIZATION }, (_, k) => ({
        role: "STAFF",
        email: `chuyenvien${k + 1}.${slug}@${BENCH_EMAIL_DOMAIN}`,
      })),
    ];
    for (const person of people) {
      const userId = id("u");
      const name = personName(rng);
      userRows.push([
        userId,
        person.email,
        name,
        userSearchKey({ name, email: person.email }),
        passwordHash,
        now,
        now,
        now,
      ]);
      memberRows.push([id("m"), userId, org.id, person.role, now]);
      if (person.role === "STAFF") staffOf.set(org.id, [...(staffOf.get(org.id) ?? []), userId]);
      else approverOf.set(org.id, userId);
    }
  }
  await insert(
    "User",
    [
      ["id", "text"],
      ["email", "text"],
      ["name", "text"],
      ["searchKey", "text"],
      ["passwordHash", "text"],
      ["sessionsValidFrom", "timestamp(3)"],
      ["createdAt", "timestamp(3)"],
      ["updatedAt", "timestamp(3)"],
    ],
    userRows,
  );
  await insert(
    "Membership",
    [
      ["id", "text"],
      ["userId", "text"],
      ["organizationId", "text"],
      ["role", `"Role"`],
      ["createdAt", "timestamp(3)"],
    ],
    memberRows,
  );
  const reporters = orgs.filter((o) => o.code !== PROVINCE_CODE);
  return {
    orgs,
    reporters,
    provincial: reporters.filter((o) => PROVINCIAL_AGENCY_KINDS.includes(o.kind)),
    staffOf,
    approverOf,
    users: userRows.length,
  };
}
