/**
 * Finding organizations inside running text: named agencies (the directory's names and aliases, then the
 * country-wide list of agencies) and generic groups, and the lists documents make of them ("phối hợp với
 * Sở X, Sở Y và các đơn vị có liên quan"). Matching runs on folded text so offsets stay those of the source.
 */

import { atWordBoundary, fold } from "./fold";
import { readGenericGroup } from "./generic-units";
import { AGENCY_HEAD_WORDS, KNOWN_AGENCIES } from "./known-agencies";
import { type DirectoryOrganization, matchOrganization, type OrganizationMatch } from "./organizations";
import type { CoordinatorScope } from "./schema";

export interface MentionContext {
  directory: readonly DirectoryOrganization[];
  /** Folded surface forms, longest first, grouped by their first word. */
  surfaces: Map<string, string[]>;
}

export interface NamedMention {
  kind: "named";
  start: number;
  end: number;
  text: string;
  match: OrganizationMatch;
}

export interface GenericMention {
  kind: "generic";
  start: number;
  end: number;
  text: string;
  scope: CoordinatorScope;
}

export type Mention = NamedMention | GenericMention;

export function createMentionContext(directory: readonly DirectoryOrganization[]): MentionContext {
  const forms = new Set<string>();
  for (const org of directory) {
    for (const form of [org.name, org.shortName, ...(org.aliases ?? [])]) if (form) forms.add(foldForm(form));
  }
  for (const agency of KNOWN_AGENCIES)
    for (const form of [agency.name, ...(agency.aliases ?? [])]) forms.add(foldForm(form));
  const surfaces = new Map<string, string[]>();
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const first = form.split(" ")[0] as string;
    const list = surfaces.get(first) ?? [];
    list.push(form);
    surfaces.set(first, list);
  }
  return { directory, surfaces };
}

function foldForm(form: string): string {
  return fold(form.normalize("NFC").replace(/\s+/g, " ").trim());
}

/** Names that end in an administrative level take the place name that follows: "… tỉnh Lào Cai". */
const ENDS_WITH_LEVEL = / (tinh|thanh pho|huyen|thi xa|xa|phuong)$/;
const PLACE_NAME = /^ (\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){0,3}(?![\p{L}])/u;

/** A named organization starting exactly at `pos`. */
export function namedAt(ctx: MentionContext, text: string, folded: string, pos: number): NamedMention | null {
  const first = /^[^\s,;:()]+/.exec(folded.slice(pos))?.[0];
  if (!first) return null;
  for (const form of ctx.surfaces.get(first) ?? []) {
    if (!folded.startsWith(form, pos) || !atWordBoundary(folded, pos, pos + form.length)) continue;
    let end = pos + form.length;
    if (ENDS_WITH_LEVEL.test(form)) {
      const place = PLACE_NAME.exec(text.slice(end));
      if (place) end += place[0].length;
    }
    const name = text.slice(pos, end);
    return { kind: "named", start: pos, end, text: name, match: matchOrganization(name, ctx.directory) };
  }
  return null;
}

/** Words after which a name the lists do not know has ended. */
const NAME_STOP =
  /^(?:[:,;(]| chu tri| phoi hop| la co quan| co trach nhiem| chiu trach nhiem| tham muu| thuc hien| to chuc| chu dong| theo doi| huong dan| chi dao| tang cuong| khan truong)/;

/** An agency the lists lack, named at `pos` ("Sở Ngoại vụ và Du lịch"): up to the first verb or punctuation. */
export function unknownAgencyAt(
  ctx: MentionContext,
  text: string,
  folded: string,
  pos: number,
): NamedMention | null {
  if (!AGENCY_HEAD_WORDS.test(text.slice(pos))) return null;
  let end = pos;
  while (end < text.length && !NAME_STOP.test(folded.slice(end))) end++;
  const name = text.slice(pos, end).trim();
  const words = name.split(" ");
  // "Sở Ngoại vụ", "Cục Quản lý thị trường": the word after the head is a capitalised name ("Ban hành" is a verb).
  if (words.length < 2 || words.length > 12 || !/^\p{Lu}/u.test(words[1] as string)) return null;
  return {
    kind: "named",
    start: pos,
    end: pos + name.length,
    text: name,
    match: matchOrganization(name, ctx.directory),
  };
}

export function genericAt(text: string, folded: string, pos: number, bare = false): GenericMention | null {
  const group = readGenericGroup(folded, pos, bare);
  if (!group) return null;
  return {
    kind: "generic",
    start: group.start,
    end: group.end,
    text: text.slice(group.start, group.end),
    scope: group.scope,
  };
}

const LIST_SEPARATORS = [", và ", " và ", "; ", ", ", " cùng "];

/**
 * A list of organizations and groups starting at `pos`: "Sở X, Sở Y và các đơn vị có liên quan". Stops at
 * the first word that is neither (usually the verb: "… tham mưu", "… rà soát").
 */
export function mentionListAt(
  ctx: MentionContext,
  text: string,
  folded: string,
  pos: number,
  options: { bare?: boolean; unknown?: boolean } = {},
): { items: Mention[]; end: number } {
  const items: Mention[] = [];
  let i = pos;
  for (;;) {
    const item =
      namedAt(ctx, text, folded, i) ??
      genericAt(text, folded, i, options.bare && items.length === 0) ??
      (options.unknown ? unknownAgencyAt(ctx, text, folded, i) : null);
    if (!item) break;
    items.push(item);
    i = item.end;
    const sep = LIST_SEPARATORS.find((s) => text.startsWith(s, i));
    if (!sep) break;
    const next = i + sep.length;
    if (
      !namedAt(ctx, text, folded, next) &&
      !genericAt(text, folded, next) &&
      !(options.unknown && unknownAgencyAt(ctx, text, folded, next))
    ) {
      break;
    }
    i = next;
  }
  return { items, end: items.length > 0 ? i : pos };
}

/** Every named organization in the text (for "gửi X tổng hợp", "(qua X)"). */
export function findNamed(ctx: MentionContext, text: string, folded: string): NamedMention[] {
  const out: NamedMention[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1] as string)) continue;
    const m = namedAt(ctx, text, folded, i);
    if (m) {
      out.push(m);
      i = m.end - 1;
    }
  }
  return out;
}
