/**
 * Reorganizations of the agencies in the directory (organizations.ts), each with its legal basis, seeded as
 * ReorganizationEvent rows (docs/reorganization.md). Agencies are never renamed in place: the predecessor
 * ends the day before (its validTo), the successor begins on the effective day (its validFrom).
 */
import type { SeedReorganization } from "./types";

export const reorganizations: SeedReorganization[] = [
  {
    code: "KG-2021-PHUQUOC",
    kind: "RENAME",
    effectiveOn: "2021-01-01",
    title: "Thành lập thành phố Phú Quốc trên cơ sở nguyên trạng huyện Phú Quốc",
    basis: {
      number: "Nghị quyết số 1109/NQ-UBTVQH14",
      date: "2020-12-09",
      issuer: "Ủy ban Thường vụ Quốc hội",
    },
    links: [{ from: "UBND-PHUQUOC-H", to: "UBND-PHUQUOC-TP" }],
  },
];
