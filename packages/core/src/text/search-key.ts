// Combining marks left after NFD: Vietnamese tone marks and the breve/circumflex/horn vowel marks.
const COMBINING_MARKS = /\p{M}+/gu;
// "đ" is a letter of its own, not "d" plus a mark, so NFD leaves it alone.
const D_WITH_STROKE = /[đĐ]/g;
const WHITESPACE = /\s+/gu;

/**
 * Accent-insensitive search key for Vietnamese text: "Tài nguyên nước, Đắk Lắk" -> "tai nguyen nuoc, dak lak".
 * The same folding must be applied to stored text and to queries (the database side uses `unaccent` + lower).
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(D_WITH_STROKE, "d")
    .toLowerCase()
    .replace(WHITESPACE, " ")
    .trim();
}

/**
 * The stored search key of an account: its name and email, so the administrator's one search box finds
 * "Nguyễn Văn Đức" by "nguyen duc" and by part of the address. The migration that added the column fills
 * it the same way in SQL for accounts created before.
 */
export function userSearchKey(user: { name: string; email: string }): string {
  return searchKey(`${user.name} ${user.email}`);
}

/** The query's key split into tokens; an empty or blank query has none. */
export function searchTokens(query: string): string[] {
  const key = searchKey(query);
  return key === "" ? [] : key.split(" ");
}

/**
 * True when every token of the query occurs somewhere in the text, in any order, accent- and case-insensitively.
 * A blank query matches everything, so an empty search box filters nothing.
 */
export function matchesQuery(text: string, query: string): boolean {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return true;
  const key = searchKey(text);
  return tokens.every((token) => key.includes(token));
}
