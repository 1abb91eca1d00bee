// The settings tab edits lists as plain text, one entry per line; these turn that text into
// settings values and back, so what a user types round-trips exactly.
import type { StageSetting } from "./settings";
import { lower } from "./text";
import { entriesOf } from "./objects";

const CLOSED_MARK = /\s*\(closed\)\s*$/i;

/** `Research` / `Rejected (closed)` lines -> stages; blank lines and repeats are skipped. */
export function parseStageLines(text: string): StageSetting[] {
  const seen = new Set<string>();
  const out: StageSetting[] = [];
  for (const line of text.split(/\r?\n/)) {
    const closed = CLOSED_MARK.test(line);
    const name = line.replace(CLOSED_MARK, "").trim();
    if (name === "" || seen.has(lower(name))) continue;
    seen.add(lower(name));
    out.push({ name, closed });
  }
  return out;
}

export function formatStageLines(stages: readonly StageSetting[]): string {
  return stages.map((s) => (s.closed ? `${s.name} (closed)` : s.name)).join("\n");
}

/** `from = to` lines -> a map; lines without `=` or with an empty side are skipped. */
export function parsePairLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const eq = line.indexOf("=");
    if (eq < 0) continue;
    const from = line.slice(0, eq).trim();
    const to = line.slice(eq + 1).trim();
    if (from !== "" && to !== "") out[from] = to;
  }
  return out;
}

export function formatPairLines(pairs: Readonly<Record<string, string>>): string {
  return entriesOf(pairs)
    .map(([from, to]) => `${from} = ${to}`)
    .join("\n");
}
