/**
 * Organization names → the directory. Documents write the same agency many ways: full name, "Sở TN&MT",
 * "Sở TNMT", "Sở TN và MT", "STNMT", "Uỷ ban" for "Ủy ban", with or without the province. Names are reduced
 * to a key (accent- and case-insensitive, abbreviations expanded) and compared whole; a name the directory
 * lacks becomes a proposed new organization, never a forced match.
 */

import { searchKey } from "@plan-tracker/core";
import { type AgencyKind, guessKind, KNOWN_AGENCIES } from "./known-agencies";

/** The shape of the seed's organizations (prisma/seed/data/organizations.ts); extra fields are ignored. */
export interface DirectoryOrganization {
  code: string;
  name: string;
  shortName?: string;
  aliases?: string[];
  kind?: string;
}

export type MatchVia = "name" | "alias" | "abbreviation" | "province" | "fuzzy";

export type OrganizationMatch =
  | { code: string; name: string; confidence: number; via: MatchVia }
  | {
      code: null;
      proposed: { name: string; kind: AgencyKind };
      confidence: number;
      via: "known" | "pattern";
    };

/** Abbreviations of administrative Vietnamese, on folded tokens. */
const ABBREVIATIONS: Record<string, string> = {
  ubnd: "uy ban nhan dan",
  hdnd: "hoi dong nhan dan",
  "tn&mt": "tai nguyen va moi truong",
  tnmt: "tai nguyen va moi truong",
  "nn&ptnt": "nong nghiep va phat trien nong thon",
  nnptnt: "nong nghiep va phat trien nong thon",
  "nn&mt": "nong nghiep va moi truong",
  nnmt: "nong nghiep va moi truong",
  "kh&dt": "ke hoach va dau tu",
  khdt: "ke hoach va dau tu",
  gtvt: "giao thong van tai",
  "tt&tt": "thong tin va truyen thong",
  tttt: "thong tin va truyen thong",
  "kh&cn": "khoa hoc va cong nghe",
  khcn: "khoa hoc va cong nghe",
  "gd&dt": "giao duc va dao tao",
  gddt: "giao duc va dao tao",
  "ld-tb&xh": "lao dong - thuong binh va xa hoi",
  ldtbxh: "lao dong - thuong binh va xa hoi",
  "vh,tt&dl": "van hoa, the thao va du lich",
  vhttdl: "van hoa, the thao va du lich",
  bchqs: "bo chi huy quan su",
  chqs: "chi huy quan su",
  bdbp: "bo doi bien phong",
  mttq: "mat tran to quoc",
  tp: "thanh pho",
  tx: "thi xa",
  vp: "van phong",
};

/** "BCH Quân sự" is Bộ Chỉ huy; "BCH" alone is ambiguous (Ban Chỉ huy, Ban Chấp hành). */
const PHRASES: [RegExp, string][] = [
  [/\bbch quan su\b/g, "bo chi huy quan su"],
  [/\bbo chqs\b/g, "bo chi huy quan su"],
];

/** Accent-insensitive comparison key with abbreviations expanded: "Sở TN&MT" → "so tai nguyen va moi truong". */
export function organizationKey(name: string): string {
  const joined = name
    .normalize("NFC")
    .replace(/(?<!\p{L})([A-ZĐ]{1,6})\s+và\s+([A-ZĐ]{1,6})(?!\p{L})/gu, "$1&$2")
    .replace(/\s*&\s*/g, "&");
  let key = searchKey(joined)
    .split(" ")
    .map((token) => expandToken(token.replace(/^[("“]+|[)"”.,;:]+$/g, "")))
    .join(" ");
  for (const [re, replacement] of PHRASES) key = key.replace(re, replacement);
  return key.replace(/\s+/g, " ").trim();
}

function expandToken(token: string): string {
  const direct = ABBREVIATIONS[token];
  if (direct) return direct;
  // Glued forms: "stnmt" (Sở TNMT), "btnmt" (Bộ TNMT), "skhdt".
  const head = token[0];
  const rest = ABBREVIATIONS[token.slice(1)];
  if (rest && token.length > 3 && (head === "s" || head === "b"))
    return `${head === "s" ? "so" : "bo"} ${rest}`;
  return token;
}

interface Entry {
  org: DirectoryOrganization;
  via: MatchVia;
}

interface Index {
  /** Spellings as listed (accents and case folded only). */
  literal: Map<string, Entry>;
  /** Keys with abbreviations expanded. */
  expanded: Map<string, Entry>;
}

const indexes = new WeakMap<readonly DirectoryOrganization[], Index>();

function directoryIndex(directory: readonly DirectoryOrganization[]): Index {
  let index = indexes.get(directory);
  if (index) return index;
  index = { literal: new Map(), expanded: new Map() };
  for (const org of directory) {
    const forms: [string, MatchVia][] = [[org.name, "name"]];
    if (org.shortName) forms.push([org.shortName, "alias"]);
    for (const alias of org.aliases ?? []) forms.push([alias, "alias"]);
    for (const [form, via] of forms) {
      // The first organization to claim a key keeps it: full names are listed before aliases.
      const literal = searchKey(form);
      if (!index.literal.has(literal)) index.literal.set(literal, { org, via });
      const key = organizationKey(form);
      if (!index.expanded.has(key)) index.expanded.set(key, { org, via });
    }
  }
  indexes.set(directory, index);
  return index;
}

/** Place names the directory itself uses ("kien giang"): only these may be dropped to match. */
function directoryPlaces(directory: readonly DirectoryOrganization[]): Set<string> {
  const places = new Set<string>();
  for (const org of directory) {
    const m = / tinh (.+)$/.exec(organizationKey(org.name));
    if (m) places.add(m[1] as string);
  }
  return places;
}

const CONFIDENCE: Record<MatchVia, number> = {
  name: 1,
  alias: 0.95,
  abbreviation: 0.9,
  province: 0.85,
  fuzzy: 0.7,
};

export function matchOrganization(
  name: string,
  directory: readonly DirectoryOrganization[],
): OrganizationMatch {
  const index = directoryIndex(directory);
  const literal = index.literal.get(searchKey(name));
  if (literal)
    return {
      code: literal.org.code,
      name: literal.org.name,
      confidence: CONFIDENCE[literal.via],
      via: literal.via,
    };
  const key = organizationKey(name);
  const expanded = index.expanded.get(key);
  if (expanded) {
    return {
      code: expanded.org.code,
      name: expanded.org.name,
      confidence: CONFIDENCE.abbreviation,
      via: "abbreviation",
    };
  }
  // "Sở Tài nguyên và Môi trường tỉnh Kiên Giang" or "… tỉnh": the directory's own province only.
  for (const place of directoryPlaces(directory)) {
    for (const trimmed of [
      key.replace(new RegExp(` ${place}$`), ""),
      key.replace(new RegExp(` tinh ${place}$`), ""),
    ]) {
      const hit = trimmed !== key ? index.expanded.get(trimmed) : undefined;
      if (hit)
        return { code: hit.org.code, name: hit.org.name, confidence: CONFIDENCE.province, via: "province" };
    }
  }
  const fuzzy = closest(key, index.expanded);
  if (fuzzy)
    return { code: fuzzy.org.code, name: fuzzy.org.name, confidence: CONFIDENCE.fuzzy, via: "fuzzy" };
  return proposeOrganization(name);
}

/** Same words in another order or one word more or less ("Sở Giao thông - Vận tải"). */
function closest(key: string, index: Map<string, Entry>): Entry | null {
  const words = new Set(key.split(" ").filter((w) => w.length > 1 && w !== "va" && w !== "-"));
  if (words.size < 3) return null;
  let best: Entry | null = null;
  let bestScore = 0;
  for (const [candidate, entry] of index) {
    const other = new Set(candidate.split(" ").filter((w) => w.length > 1 && w !== "va" && w !== "-"));
    let common = 0;
    for (const w of words) if (other.has(w)) common++;
    const score = (2 * common) / (words.size + other.size);
    if (score > bestScore) {
      bestScore = score;
      best = entry;
    }
  }
  return bestScore >= 0.9 ? best : null;
}

export function proposeOrganization(name: string): OrganizationMatch {
  const key = organizationKey(name);
  const known = KNOWN_AGENCIES.find(
    (a) =>
      organizationKey(a.name) === key || (a.aliases ?? []).some((alias) => organizationKey(alias) === key),
  );
  if (known) return { code: null, proposed: { name, kind: known.kind }, confidence: 0.5, via: "known" };
  const prefix = KNOWN_AGENCIES.find((a) => key.startsWith(`${organizationKey(a.name)} `));
  return {
    code: null,
    proposed: { name, kind: prefix?.kind ?? guessKind(name) },
    confidence: 0.4,
    via: "pattern",
  };
}
