// Counts things grouped by a key and remembers how each was spelled, so a group shows the
// spelling most people used (ties: the one that sorts first, so the result never depends on
// the order notes arrived in).
import { lower } from "./text";

interface Group {
  count: number;
  spellings: Map<string, number>;
}

export class Tally {
  private readonly groups = new Map<string, Group>();

  add(key: string, spelling: string, by = 1): void {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { count: 0, spellings: new Map() }));
    g.count += by;
    const n = (g.spellings.get(spelling) ?? 0) + by;
    if (n <= 0) g.spellings.delete(spelling);
    else g.spellings.set(spelling, n);
    if (g.count <= 0) this.groups.delete(key);
  }

  remove(key: string, spelling: string): void {
    this.add(key, spelling, -1);
  }

  count(key: string): number {
    return this.groups.get(key)?.count ?? 0;
  }

  keys(): IterableIterator<string> {
    return this.groups.keys();
  }

  /** The most used spelling of a group; "" for an unknown key. */
  name(key: string): string {
    const g = this.groups.get(key);
    return g ? mostUsed(g.spellings) : "";
  }
}

/** The spelling with the highest count; on a tie, the one that sorts first ("" for none). */
export function mostUsed(spellings: ReadonlyMap<string, number>): string {
  let best = "";
  let bestN = -1;
  for (const [s, n] of spellings) {
    if (n > bestN || (n === bestN && s < best)) {
      best = s;
      bestN = n;
    }
  }
  return best;
}

/** Names in the order a person expects: case aside first, then by case, so the order never depends on arrival. */
export function compareNames(a: string, b: string): number {
  const la = lower(a);
  const lb = lower(b);
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
