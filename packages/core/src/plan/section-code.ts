const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(text: string): number | null {
  if (!/^[IVXLC]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i] as string] as number;
    const next = ROMAN[text[i + 1] as string] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

/** Orders one part of a plan code: Roman numerals, then numbers, then Vietnamese letters (d before đ). */
function partKey(part: string): [number, number, string] {
  const roman = romanValue(part);
  if (roman !== null) return [0, roman, ""];
  if (/^\d+$/.test(part)) return [1, Number(part), ""];
  const letter = LETTERS.indexOf(part);
  return letter >= 0 ? [2, letter, ""] : [3, 0, part];
}

/** Document order of codes such as "I", "II.4", "II.4.đ", "III.1": comparator for sort(). */
export function compareSectionCodes(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const ka = partKey(pa[i] as string);
    const kb = partKey(pb[i] as string);
    if (ka[0] !== kb[0]) return ka[0] - kb[0];
    if (ka[1] !== kb[1]) return ka[1] - kb[1];
    if (ka[2] !== kb[2]) return ka[2] < kb[2] ? -1 : 1;
  }
  return 0;
}
