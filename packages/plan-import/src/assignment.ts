/**
 * Who leads a task and who coordinates. The rules, in the order they are tried, and how sure each is:
 *
 *  EXPLICIT 1.0            "X chủ trì …", "Giao X (là cơ quan đầu mối,) chủ trì …"
 *  EXPLICIT_CONTEXT 0.9    "Chủ trì, phối hợp …" under a heading naming X alone ("2. Thanh tra tỉnh")
 *  HEADING_UNIT 0.8        X named alone as the heading ("e) Bộ Chỉ huy Quân sự tỉnh:")
 *  FIRST_WITH_COORDINATION 0.7   "X phối hợp với Y …": X is named first, so X answers for the task
 *  GENERIC 0.7             a group leads ("Thủ trưởng các sở, ngành tỉnh; Chủ tịch UBND các huyện …")
 *  INHERITED 0.7           no unit in the item; the enclosing heading names one ("6. Bộ Nội vụ:" / "a) …")
 *  SUBJECT 0.6             X is the subject of another verb ("Công an tỉnh chỉ đạo …")
 *  COMPILER 0.6            "… các sở, ngành chủ động đề xuất, gửi X tổng hợp": X answers, the rest coordinate
 *
 * Coordinators are every unit or group after "phối hợp (chặt chẽ) (với)" anywhere in the task, the lead left out.
 */

import { fold } from "./fold";
import { unionScope } from "./generic-units";
import {
  type GenericMention,
  genericAt,
  type Mention,
  type MentionContext,
  mentionListAt,
  type NamedMention,
  namedAt,
} from "./org-mentions";
import type { GenericGroupRef, Lead, OrgRef } from "./schema";

export interface TextPiece {
  text: string;
  /** Offset of `text` in the source text. */
  start: number;
}

export interface AssignmentInput {
  /** The task's heading ("Sở X chủ trì, phối hợp với …:"), if it has one. */
  heading: TextPiece | null;
  paragraphs: TextPiece[];
  /** Enclosing headings, nearest first (a whole-section task puts its own section heading first). */
  context: TextPiece[];
}

export interface Assignment {
  lead: Lead | null;
  coordinators: OrgRef[];
  genericCoordinators: GenericGroupRef[];
  /** Units named as leads after the first ("Sở Công Thương; Sở Xây dựng"). */
  extraLeads: OrgRef[];
}

const CONFIDENCE: Record<Lead["rule"], number> = {
  EXPLICIT: 1,
  EXPLICIT_CONTEXT: 0.9,
  HEADING_UNIT: 0.8,
  FIRST_WITH_COORDINATION: 0.7,
  GENERIC: 0.7,
  INHERITED: 0.7,
  SUBJECT: 0.6,
  COMPILER: 0.6,
};

type Verb = "lead" | "coordinate" | "alone" | "other";

interface Clause {
  items: Mention[];
  verb: Verb;
  /** End of the words naming the lead, "chủ trì" included when printed. */
  textEnd: number;
  piece: TextPiece;
}

/** Words before the addressee: a bullet, "Giao", "Đề nghị", "Chủ tịch UBND tỉnh yêu cầu (và đề nghị)". */
export const PREFIX =
  /^(?:[-–•+]\s*)?(?:(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+tỉnh(?:\s+\p{Lu}\p{Ll}*)*\s+yêu cầu(?:\s+và đề nghị)?\s+)?(?:(?:Giao|Đề nghị|Yêu cầu)\s+)?/u;

export function assignWork(ctx: MentionContext, input: AssignmentInput): Assignment {
  const result = findLead(ctx, input);
  const { coordinators, generics } = findCoordinators(ctx, [input.heading, ...input.paragraphs], result.lead);
  for (const g of result.extraGenerics) if (!generics.some((x) => x.phrase === g.phrase)) generics.unshift(g);
  return { lead: result.lead, coordinators, genericCoordinators: generics, extraLeads: result.extraLeads };
}

function findLead(
  ctx: MentionContext,
  input: AssignmentInput,
): { lead: Lead | null; extraLeads: OrgRef[]; extraGenerics: GenericGroupRef[] } {
  const none = { extraLeads: [], extraGenerics: [] };
  const first = input.paragraphs[0];
  const opensWithChuTri = first !== undefined && /^chu tri\b/.test(fold(first.text.replace(PREFIX, "")));
  if (input.heading) {
    const c = readClause(ctx, input.heading);
    if (c) {
      if (c.verb === "alone" && opensWithChuTri) return fromClause(c, "EXPLICIT_CONTEXT");
      return fromClause(c, c.verb === "alone" ? "HEADING_UNIT" : ruleFor(c.verb));
    }
  } else if (first) {
    const c = readClause(ctx, first);
    if (c && c.verb !== "alone") return fromClause(c, ruleFor(c.verb));
  }
  const context = input.heading ? [input.heading, ...input.context] : input.context;
  if (opensWithChuTri) {
    for (const piece of context) {
      const c = readClause(ctx, piece);
      if (c?.verb === "alone") return fromClause(c, "EXPLICIT_CONTEXT");
    }
  }
  const compiler = first ? compilerLead(ctx, input.heading ?? first) : null;
  if (compiler) return { lead: compiler.lead, extraLeads: [], extraGenerics: compiler.generics };
  const responsibility = input.heading ? responsibilityOf(ctx, input.heading) : null;
  if (responsibility) return responsibility;
  for (const piece of context) {
    const c = readClause(ctx, piece);
    if (c?.verb === "alone") return fromClause(c, "INHERITED");
  }
  return { lead: null, ...none };
}

function ruleFor(verb: Verb): Lead["rule"] {
  return verb === "lead" ? "EXPLICIT" : verb === "coordinate" ? "FIRST_WITH_COORDINATION" : "SUBJECT";
}

/** Units at the start of a paragraph and what follows them: "chủ trì", "phối hợp", nothing, or another verb. */
function readClause(ctx: MentionContext, piece: TextPiece): Clause | null {
  const text = piece.text;
  const folded = fold(text);
  const pos = PREFIX.exec(text)?.[0].length ?? 0;
  const list = mentionListAt(ctx, text, folded, pos, { unknown: true });
  if (list.items.length === 0) return null;
  const after = folded.slice(list.end);
  // "X là cơ quan đầu mối, chủ trì" and "X là cơ quan đầu mối theo dõi …" both name X as the one answering.
  const lead =
    /^,? ?(?:la co quan (?:dau moi|thuong truc)[^,:]*, ?)?chu tri|^,? ?la co quan (?:dau moi|chu tri)\b/.exec(
      after,
    );
  if (lead) return { items: list.items, verb: "lead", textEnd: list.end + lead[0].length, piece };
  if (/^,? ?(?:chu dong )?phoi hop/.test(after))
    return { items: list.items, verb: "coordinate", textEnd: list.end, piece };
  // Named alone, or addressed before a colon ("Đề nghị Ủy ban MTTQ tỉnh và các cơ quan liên quan: …").
  if (/^\s*(:|$)/.test(after)) return { items: list.items, verb: "alone", textEnd: list.end, piece };
  if (/^ \p{Ll}/u.test(text.slice(list.end)))
    return { items: list.items, verb: "other", textEnd: list.end, piece };
  return null;
}

function fromClause(
  c: Clause,
  rule: Lead["rule"],
): { lead: Lead; extraLeads: OrgRef[]; extraGenerics: GenericGroupRef[] } {
  const named = c.items.filter((m): m is NamedMention => m.kind === "named");
  const generics = c.items.filter((m): m is GenericMention => m.kind === "generic");
  const implied = rule !== "EXPLICIT" && rule !== "EXPLICIT_CONTEXT";
  const start = (c.items[0] as Mention).start;
  if (named.length === 0) {
    const end = (c.items[c.items.length - 1] as Mention).end;
    const phrase = c.piece.text.slice(start, end);
    const generic = {
      phrase,
      scope: unionScope(generics.map((g) => g.scope)),
      span: span(c.piece, start, end),
    };
    const lead: Lead = {
      org: null,
      generic,
      text: phrase,
      implied: true,
      rule: "GENERIC",
      confidence: CONFIDENCE.GENERIC,
    };
    return { lead, extraLeads: [], extraGenerics: [] };
  }
  const main = named[0] as NamedMention;
  const textEnd = rule === "EXPLICIT" && c.items.length === 1 ? c.textEnd : main.end;
  const lead: Lead = {
    org: orgRef(c.piece, main),
    generic: null,
    text: c.piece.text.slice(main.start, textEnd),
    implied,
    rule,
    confidence: CONFIDENCE[rule],
  };
  return {
    lead,
    extraLeads: named.slice(1).map((m) => orgRef(c.piece, m)),
    // "Đề nghị Ủy ban MTTQ tỉnh và các cơ quan liên quan:": the groups named with the lead take part.
    extraGenerics: generics.map((g) => ({
      phrase: g.text,
      scope: g.scope,
      span: span(c.piece, g.start, g.end),
    })),
  };
}

/** "… các sở, ngành, địa phương chủ động đề xuất, gửi Sở Tài nguyên và Môi trường tổng hợp …". */
function compilerLead(
  ctx: MentionContext,
  piece: TextPiece,
): { lead: Lead; generics: GenericGroupRef[] } | null {
  const folded = fold(piece.text);
  const m = /\bgui (?=\S)/.exec(folded);
  if (!m) return null;
  const at = m.index + m[0].length;
  const named = namedAt(ctx, piece.text, folded, at);
  if (!named || !/^ (?:de )?tong hop/.test(folded.slice(named.end))) return null;
  const generics: GenericGroupRef[] = [];
  for (let i = 0; i < m.index; i++) {
    if (i > 0 && !/[ ,]/.test(piece.text[i - 1] as string)) continue;
    const g = genericAt(piece.text, folded, i);
    if (g) {
      generics.push({ phrase: g.text, scope: g.scope, span: span(piece, g.start, g.end) });
      i = g.end;
    }
  }
  const lead: Lead = {
    org: orgRef(piece, named),
    generic: null,
    text: named.text,
    implied: true,
    rule: "COMPILER",
    confidence: CONFIDENCE.COMPILER,
  };
  return { lead, generics: generics.slice(-1) };
}

/** "Trách nhiệm chung của các cơ quan, đơn vị": the heading says whose duties follow. */
function responsibilityOf(
  ctx: MentionContext,
  heading: TextPiece,
): { lead: Lead; extraLeads: OrgRef[]; extraGenerics: GenericGroupRef[] } | null {
  const m = /^(?:Trách nhiệm|Nhiệm vụ)(?: chung)? của /iu.exec(heading.text);
  if (!m) return null;
  const c = readClause(ctx, { text: heading.text.slice(m[0].length), start: heading.start + m[0].length });
  return c && c.verb === "alone" ? fromClause(c, "SUBJECT") : null;
}

function findCoordinators(
  ctx: MentionContext,
  pieces: (TextPiece | null)[],
  lead: Lead | null,
): { coordinators: OrgRef[]; generics: GenericGroupRef[] } {
  const coordinators: OrgRef[] = [];
  const generics: GenericGroupRef[] = [];
  for (const piece of pieces) {
    if (!piece) continue;
    const folded = fold(piece.text);
    const re = /phoi hop(?: chat che)?(?: voi| cung)? /g;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const list = mentionListAt(ctx, piece.text, folded, m.index + m[0].length, {
        bare: true,
        unknown: true,
      });
      for (const item of list.items) {
        if (item.kind === "generic") {
          if (!generics.some((g) => g.phrase === item.text)) {
            generics.push({ phrase: item.text, scope: item.scope, span: span(piece, item.start, item.end) });
          }
          continue;
        }
        const ref = orgRef(piece, item);
        const same = (o: OrgRef) => (o.code !== null ? o.code === ref.code : o.name === ref.name);
        if (lead?.org && same(lead.org)) continue;
        if (!coordinators.some(same)) coordinators.push(ref);
      }
    }
  }
  return { coordinators, generics };
}

function span(piece: TextPiece, start: number, end: number): { start: number; end: number } {
  return { start: piece.start + start, end: piece.start + end };
}

export function orgRef(piece: TextPiece, mention: NamedMention): OrgRef {
  const m = mention.match;
  return {
    name: mention.text,
    code: m.code,
    directoryName: m.code !== null ? m.name : null,
    proposed: m.code === null ? m.proposed : null,
    matchConfidence: m.confidence,
    span: span(piece, mention.start, mention.end),
  };
}
