/**
 * Deadlines and periods in task text: "trước ngày 15/12 hàng năm", "Định kỳ trước ngày 05 tháng 12 hàng
 * năm", "Quý I/2021", "trong quý III năm 2012", "Xong trong tháng 5/2026", "năm 2020 phải hoàn thành",
 * "giai đoạn 2021 - 2025", "thường xuyên", "hàng năm". Each phrase is kept verbatim with its span.
 *
 * Not time phrases: "kịp thời" (promptly), event conditions ("khi có yêu cầu"), dates of cited documents
 * ("ngày 27-8-2013"), the budget category "chi thường xuyên", and the periods in the names of cited
 * programmes ("Đề án … giai đoạn 2013 - 2020 theo Quyết định số 2623/QĐ-TTg").
 */

import type { Deadline, TimeKind, TimePhrase } from "./schema";

type Frequency = NonNullable<TimePhrase["frequency"]>;

const ROMAN_QUARTER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function endOfMonth(year: number, month: number): string | undefined {
  return iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

interface Rule {
  re: RegExp;
  build: (m: RegExpExecArray) => Omit<TimePhrase, "text" | "span"> | null;
}

const YEARLY = /(hàng|hằng)\s+năm|mỗi\s+năm/iu;

const RULES: Rule[] = [
  {
    // "Định kỳ trước ngày 05 tháng 12 hàng năm", "trước ngày 15/12 hàng năm", "trước ngày 01/01/2030"
    re: /(?:định kỳ\s+(?:(?:hàng|hằng) năm\s+)?\(?)?(?:trước|chậm nhất|không muộn hơn|xong trước|hoàn thành trước)(?:\s+ngày)\s+(\d{1,2})\s*(?:tháng\s*(\d{1,2})|[/.-]\s*(\d{1,2}))(?:\s*(?:năm\s*(\d{4})|[/.-]\s*(\d{4})))?\)?(?:\s+(?:hàng|hằng) năm)?/giu,
    build: (m) => {
      const day = Number(m[1]);
      const month = Number(m[2] ?? m[3]);
      const year = m[4] ?? m[5];
      if (year) return { kind: "ONE_OFF", dueDate: iso(Number(year), month, day) };
      return { kind: "RECURRING", dueDay: day, dueMonth: month, frequency: "ANNUAL" };
    },
  },
  {
    // "Quý I/2021", "Xong trong Quý II/2026", "trong quý III năm 2012"
    re: /(?:(?:xong|hoàn thành)\s+)?(?:trong\s+|trước\s+)?quý\s+(I{1,3}|IV|[1-4])\s*(?:\/|năm|,\s*năm)\s*(\d{4})/giu,
    build: (m) => {
      const q = ROMAN_QUARTER[(m[1] as string).toUpperCase()] ?? Number(m[1]);
      const year = Number(m[2]);
      const before = /trước\s+quý/iu.test(m[0]);
      const month = before ? (q - 1) * 3 : q * 3;
      if (month === 0) return { kind: "ONE_OFF", dueDate: iso(year - 1, 12, 31) };
      return { kind: "ONE_OFF", dueDate: endOfMonth(year, month) };
    },
  },
  {
    // "Xong trong tháng 5/2026", "thời gian thực hiện xong trong tháng 6/2026"
    // A bare "tháng 3 năm 2008" is usually the date of a cited document; a deadline says "trong", "trước"….
    re: /(?:(?:xong|hoàn thành)\s+)?(?:trong|trước|đến|cuối|vào)\s+tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/giu,
    build: (m) => ({ kind: "ONE_OFF", dueDate: endOfMonth(Number(m[2]), Number(m[1])) }),
  },
  {
    // "năm 2020 phải hoàn thành", "hoàn thành trong năm 2021", "Trong năm 2026", "Đến năm 2015, hoàn thành"
    re: /(?:(?:trong\s+)?năm\s+(\d{4})\s+phải\s+hoàn\s+thành|(?:hoàn thành|xong)\s+(trong|trước)\s+năm\s+(\d{4})|^trong\s+năm\s+(\d{4})|đến\s+năm\s+(\d{4}),?\s+hoàn\s+thành)/gimu,
    build: (m) => {
      const before = m[2]?.toLowerCase() === "trước";
      const year = Number(m[1] ?? m[3] ?? m[4] ?? m[5]);
      return { kind: "ONE_OFF", dueDate: before ? iso(year - 1, 12, 31) : iso(year, 12, 31) };
    },
  },
  {
    // "giai đoạn 2021 - 2025", "giai đoạn từ năm 2021 đến năm 2025"
    re: /giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?(\d{4})\s*(?:[-–—]|đến)\s*(?:năm\s+)?(\d{4})/giu,
    build: (m) => ({ kind: "CONTINUOUS", periodStartYear: Number(m[1]), periodEndYear: Number(m[2]) }),
  },
  {
    re: /(?:định kỳ\s+)?(?:hàng|hằng)\s+(năm|quý|tháng)|mỗi\s+năm|(?:định kỳ\s+)?(?:6|sáu)\s+tháng(?:\s+một lần)?|định kỳ/giu,
    build: (m) => ({ kind: "RECURRING", frequency: frequencyOf(m[0]) }),
  },
  { re: /thường xuyên/giu, build: () => ({ kind: "CONTINUOUS" }) },
  // Event-relative deadline: kept as text, no date ("trước khi đưa vào hoạt động").
  { re: /trước khi [^.;,:]+/giu, build: () => ({ kind: "ONE_OFF" }) },
  // "Trong quá trình tổ chức thực hiện Kế hoạch này": while the plan runs (not "… thực hiện rà soát").
  {
    re: /trong quá trình (?:tổ chức )?(?:triển khai )?thực hiện (?:Kế hoạch|Chỉ thị|Chương trình|Quyết định|Văn bản|Đề án)[^,.;]*/giu,
    build: () => ({ kind: "CONTINUOUS" }),
  },
];

function frequencyOf(text: string): Frequency | undefined {
  if (/quý/iu.test(text)) return "QUARTERLY";
  if (/(6|sáu)\s+tháng/iu.test(text)) return "SEMIANNUAL";
  if (/tháng/iu.test(text)) return "MONTHLY";
  if (YEARLY.test(text)) return "ANNUAL";
  return undefined;
}

/** Every time phrase of `text`, verbatim, in order; `offset` is added to the spans. */
export function findTimePhrases(text: string, offset = 0): TimePhrase[] {
  const found: TimePhrase[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (found.some((f) => start < f.span.end - offset && end > f.span.start - offset)) continue;
      if (excluded(text, start, end)) continue;
      const built = rule.build(m);
      if (!built) continue;
      const phrase: TimePhrase = {
        text: text.slice(start, end),
        span: { start: start + offset, end: end + offset },
        ...built,
      };
      for (const key of Object.keys(phrase) as (keyof TimePhrase)[])
        if (phrase[key] === undefined) delete phrase[key];
      found.push(phrase);
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

function excluded(text: string, start: number, end: number): boolean {
  const phrase = text.slice(start, end).toLowerCase();
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  if (phrase.startsWith("thường xuyên") && /chi\s+$/u.test(before)) return true;
  if (phrase.startsWith("giai đoạn") && citesDocument(text, start, end)) return true;
  return false;
}

/** The clause around a period names a cited document ("… theo Quyết định số 2623/QĐ-TTg …"). */
function citesDocument(text: string, start: number, end: number): boolean {
  const clauseStart = Math.max(
    text.lastIndexOf(";", start),
    text.lastIndexOf(". ", start),
    text.lastIndexOf("\n", start),
  );
  const stops = [text.indexOf(";", end), text.indexOf(". ", end), text.indexOf("\n", end)].filter(
    (i) => i >= 0,
  );
  const clauseEnd = stops.length > 0 ? Math.min(...stops) : text.length;
  return /\bsố\s+\d+\/[\p{Lu}Đ]/u.test(text.slice(clauseStart + 1, clauseEnd));
}

/**
 * The task's timing from its phrases. Recurring duties win; a one-off deadline makes the task one-off
 * only when nothing says it is a standing duty (a period or "thường xuyên"); a single period is the task's.
 */
export function summariseTime(phrases: TimePhrase[]): { kind: TimeKind; deadline: Deadline | null } {
  if (phrases.length === 0) return { kind: "CONTINUOUS", deadline: null };
  const recurring = phrases.find((p) => p.kind === "RECURRING");
  const periods = unique(
    phrases
      .filter((p) => p.periodStartYear !== undefined)
      .map((p) => `${p.periodStartYear}-${p.periodEndYear}`),
  );
  // "Trong quá trình thực hiện …" says when, not that the duty is standing; periods and "thường xuyên" do.
  const standing = periods.length > 0 || phrases.some((p) => /^thường xuyên/iu.test(p.text));
  const dated = phrases
    .filter((p) => p.kind === "ONE_OFF" && p.dueDate)
    .map((p) => p.dueDate as string)
    .sort();
  const kind: TimeKind = recurring ? "RECURRING" : dated.length > 0 && !standing ? "ONE_OFF" : "CONTINUOUS";
  const deadline: Deadline = { text: unique(phrases.map((p) => p.text)).join("; "), kind };
  if (kind === "ONE_OFF") deadline.dueDate = dated[dated.length - 1];
  const yearly = phrases.find((p) => p.dueDay !== undefined);
  if (yearly) {
    deadline.dueDay = yearly.dueDay;
    deadline.dueMonth = yearly.dueMonth;
  }
  if (recurring?.frequency) deadline.frequency = recurring.frequency;
  if (periods.length === 1) {
    const [start, end] = (periods[0] as string).split("-").map(Number);
    deadline.periodStartYear = start;
    deadline.periodEndYear = end;
  }
  return { kind, deadline };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
