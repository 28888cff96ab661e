/**
 * Accent- and case-insensitive folding that keeps a 1:1 mapping between positions, so a match found in the
 * folded text is a span of the original. `searchKey` of @plan-tracker/core folds the same way but also
 * collapses whitespace, which would shift offsets; the inputs here are already whitespace-normalised.
 */

const cache = new Map<string, string>();

export function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch === "đ" || ch === "Đ" ? "d" : (ch.normalize("NFD")[0] ?? ch).toLowerCase();
  // A few characters lower-case to two code units (İ): keep them as they are rather than shift offsets.
  if (out.length !== 1) out = ch;
  cache.set(ch, out);
  return out;
}

export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += foldChar(text[i] as string);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `folded[start, end)` is not glued to a letter or digit on either side. */
export function atWordBoundary(folded: string, start: number, end: number): boolean {
  const before = start > 0 ? (folded[start - 1] as string) : " ";
  const after = end < folded.length ? (folded[end] as string) : " ";
  return !WORD_CHAR.test(before) && !WORD_CHAR.test(after);
}

/** Every occurrence of an already folded needle in folded text, at word boundaries. */
export function findFolded(folded: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) return found;
    if (atWordBoundary(folded, at, at + needle.length)) found.push(at);
    from = at + 1;
  }
}
