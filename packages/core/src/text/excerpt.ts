/** The start of a long text, cut at a word boundary with an ellipsis (never mid-word, never mid-letter). */
export function excerpt(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(" ", max);
  return `${flat.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`;
}
