/** Ids of generated rows: "bx", a letter for the table and a base-36 counter (the same on every run). */
export function createIds(): (kind: string) => string {
  let counter = 0;
  return (kind) => `bx${kind}${(counter++).toString(36).padStart(7, "0")}`;
}

export type NewId = ReturnType<typeof createIds>;
