// A number with its noun, as the dashboard, the notices and the report write counts.

/** "1 posting", "3 postings": the noun's English plural with an "s". */
export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
