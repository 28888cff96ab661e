import type { Rng } from "./rng";

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** A day ("yyyy-MM-dd") drawn from `from` to `to`, both included. */
export function dayBetween(rng: Rng, from: string, to: string): string {
  const first = dayNumber(from);
  const last = Math.max(first, dayNumber(to));
  return new Date(rng.int(first, last) * DAY_MS).toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative: earlier). */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}
