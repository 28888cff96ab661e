/**
 * Generic groups named instead of agencies: "các sở, ngành và địa phương", "Ủy ban nhân dân các huyện, thành
 * phố", "Thủ trưởng các sở, ngành tỉnh", "các đơn vị có liên quan". Read on folded text with a small grammar:
 * an optional title ("Thủ trưởng"), an optional "Ủy ban nhân dân", then "các"/"cấp" and a list of unit words
 * joined by ", " or " và ". A "và các …" or a named agency starts a new group, as the documents use them.
 */

import type { CoordinatorScope } from "./schema";

type UnitClass = "department" | "departmentWeak" | "district" | "related";

// Longest first, so "sở ngành" is one unit before "sở".
const UNITS: [string, UnitClass][] = (
  [
    ["co quan chuyen mon", "departmentWeak"],
    ["co quan chuc nang", "departmentWeak"],
    ["chinh quyen dia phuong", "district"],
    ["doan the chinh tri - xa hoi", "related"],
    ["to chuc chinh tri - xa hoi", "related"],
    ["so nganh", "department"],
    ["ban nganh", "department"],
    ["bo nganh", "department"],
    ["so", "department"],
    ["ban", "department"],
    ["nganh", "department"],
    ["bo", "department"],
    ["co quan", "departmentWeak"],
    ["dia phuong", "district"],
    ["huyen", "district"],
    ["thanh pho", "district"],
    ["thi xa", "district"],
    ["quan", "district"],
    ["xa", "district"],
    ["phuong", "district"],
    ["thi tran", "district"],
    ["tinh", "district"],
    ["cap", "district"],
    ["don vi", "related"],
    ["luc luong", "related"],
    ["to chuc", "related"],
    ["ca nhan", "related"],
    ["doanh nghiep", "related"],
    ["doan the", "related"],
    ["hoi", "related"],
  ] as [string, UnitClass][]
).sort((a, b) => b[0].length - a[0].length);

const QUALIFIERS = [
  " co lien quan",
  " lien quan",
  " khac",
  " cap tinh",
  " cap huyen",
  " cap xa",
  " thuoc uy ban nhan dan tinh",
  " thuoc ubnd tinh",
  " thuoc tinh",
  " truc thuoc trung uong",
  " truc thuoc",
  " cua tinh",
  " tinh",
  " chuc nang",
];

/** Units that may open a group without "các", right after "phối hợp với" ("sở, ngành liên quan"). */
const BARE_START = new Set([
  "so",
  "ban",
  "nganh",
  "bo",
  "so nganh",
  "ban nganh",
  "bo nganh",
  "co quan",
  "co quan chuc nang",
  "co quan chuyen mon",
  "don vi",
  "dia phuong",
  "chinh quyen dia phuong",
  "luc luong",
]);

/** Units that name a group by themselves even without "các" or a qualifier. */
const STANDS_ALONE = new Set(["chinh quyen dia phuong", "co quan chuc nang", "co quan chuyen mon"]);

const LEADERS = /^(thu truong|giam doc|chu tich|lanh dao|nguoi dung dau) /;
const PEOPLES_COMMITTEE = /^(uy ban nhan dan|ubnd) /;
const SEPARATORS = [", va ", " va ", ", ", "/"];

export interface GenericGroup {
  /** Offsets in the folded (and original) text. */
  start: number;
  end: number;
  scope: CoordinatorScope;
}

/**
 * A generic group starting exactly at `pos` of the folded text. `bare` allows a group without "các"
 * ("phối hợp với sở, ngành liên quan"), which only reads as a group right after "phối hợp với".
 */
export function readGenericGroup(folded: string, pos: number, bare = false): GenericGroup | null {
  let i = pos;
  const classes = new Set<UnitClass>();
  const leader = LEADERS.exec(folded.slice(i));
  if (leader) i += leader[0].length;
  const committee = PEOPLES_COMMITTEE.exec(folded.slice(i));
  if (committee) i += committee[0].length;
  // "Ủy ban nhân dân tỉnh" and "Chủ tịch UBND tỉnh" name one body; a group needs "các" (or "cấp xã").
  if (folded.startsWith("cac ", i)) i += 4;
  else if (folded.startsWith("cap ", i) && (committee || leader)) i += 4;
  else if (!bare || committee || leader) return null;
  const bareStart = i === pos;
  let units = 0;
  let qualified = false;
  let standing = false;
  for (;;) {
    const unit = unitAt(folded, i);
    if (!unit) break;
    if (bareStart && units === 0 && !BARE_START.has(unit[0])) return null;
    classes.add(unit[1]);
    i += unit[0].length;
    units++;
    standing ||= STANDS_ALONE.has(unit[0]);
    const qualifiedEnd = skipQualifiers(folded, i);
    qualified ||= qualifiedEnd > i;
    i = qualifiedEnd;
    const sep = SEPARATORS.find((s) => folded.startsWith(s, i));
    if (!sep || folded.startsWith("cac ", i + sep.length)) break;
    if (!unitAt(folded, i + sep.length)) break;
    i += sep.length;
  }
  if (units === 0) return null;
  // Without "các", one plain word is too weak a sign ("phối hợp ban hành", "phối hợp quản lý").
  if (bareStart && units === 1 && !qualified && !standing) return null;
  if (committee) classes.add("district");
  return { start: pos, end: i, scope: scopeOf(classes) };
}

function unitAt(folded: string, i: number): [string, UnitClass] | null {
  for (const unit of UNITS) {
    const end = i + unit[0].length;
    if (folded.startsWith(unit[0], i) && !/[\p{L}\p{N}]/u.test(folded[end] ?? " ")) return unit;
  }
  return null;
}

function skipQualifiers(folded: string, i: number): number {
  for (let changed = true; changed; ) {
    changed = false;
    for (const q of QUALIFIERS) {
      const end = i + q.length;
      if (folded.startsWith(q, i) && !/[\p{L}\p{N}]/u.test(folded[end] ?? " ")) {
        i = end;
        changed = true;
      }
    }
  }
  return i;
}

function scopeOf(classes: Set<UnitClass>): CoordinatorScope {
  const department = classes.has("department") || (classes.has("departmentWeak") && classes.has("district"));
  const district = classes.has("district");
  if (department && district) return "DEPARTMENTS_AND_DISTRICTS";
  if (department) return "DEPARTMENTS";
  if (district) return "DISTRICTS";
  return "RELATED_UNITS";
}

/** The widest scope covering several groups ("Thủ trưởng các sở, ngành tỉnh; Chủ tịch UBND các huyện"). */
export function unionScope(scopes: CoordinatorScope[]): CoordinatorScope {
  const has = (s: CoordinatorScope) => scopes.includes(s);
  const department = has("DEPARTMENTS") || has("DEPARTMENTS_AND_DISTRICTS");
  const district = has("DISTRICTS") || has("DEPARTMENTS_AND_DISTRICTS");
  if (department && district) return "DEPARTMENTS_AND_DISTRICTS";
  if (department) return "DEPARTMENTS";
  if (district) return "DISTRICTS";
  return "RELATED_UNITS";
}
