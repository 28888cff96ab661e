/** Small text predicates shared by the readers and the rules. */

const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** NFC, one kind of space, no invisible characters, runs collapsed, trimmed. */
export function normaliseInline(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").replace(/ {2,}/g, " ").trim();
}

/** Lines that only draw a rule under a heading ("--------", "___", "* * *"). */
export function isDecoration(text: string): boolean {
  return /^[-_*=~.·•—–\s]{3,}$/.test(text) && !/\p{L}|\p{N}/u.test(text);
}

/** Ends a sentence or introduces a list: the next line cannot continue it as a wrapped line would. */
export function endsTerminal(text: string): boolean {
  return /[.;:!?…]["”’)»]*$/.test(text) || text.endsWith("./.");
}

export function startsLower(text: string): boolean {
  return /^["“(«]?\p{Ll}/u.test(text);
}

/** Upper-case line such as a masthead or a signature line: has letters and no lower-case letter. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Splits text into sentences at ". " followed by an upper-case letter, keeping each sentence's offset. */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[.!?…](?=\s+["“(]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const end = m.index + 1;
    out.push({ text: text.slice(start, end), start });
    start = end;
    while (text[start] === " " || text[start] === "\n") start++;
  }
  if (start < text.length) out.push({ text: text.slice(start), start });
  return out.filter((s) => s.text.trim() !== "");
}
