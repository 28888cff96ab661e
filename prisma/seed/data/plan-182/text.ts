/** Joins a text's paragraphs the way SeedTask.content and SeedSection.body expect: one blank line between. */
export function paragraphs(...texts: string[]): string {
  return texts.join("\n\n");
}
