// The pipeline of stages a posting moves through. Values are matched case-insensitively after
// trimming; a value that is not in the list is kept as written and sorts after the known ones.
import type { StageSetting } from "./settings";
import { withoutSmartQuotes } from "./wikilink";

export interface StageMatch {
  /** The configured spelling for a known stage; the trimmed value as written otherwise. */
  name: string;
  known: boolean;
  closed: boolean;
  /** Position in the pipeline; unknown stages get the length of the pipeline. */
  order: number;
}

export function stageKey(value: string): string {
  // Every posting asks for its stage's key, and vaults hold a handful of stages: remember them.
  const known = stageKeys.get(value);
  if (known !== undefined) return known;
  // "🟢 Interview", "Rejected ❌", "Rejected.", "Applied" with a zero-width space pasted from the web:
  // the stage's words decide, not its decoration.
  // A number in front ("3. Interview", "02 - Applied") only orders the stages in a board or a list.
  const words = withoutClosingMarks(withoutSmartQuotes(value.normalize("NFKC").replace(INVISIBLE, "").replace(DECORATION, " ").trim())).replace(ORDINAL, "");
  const key = (/[\p{L}\p{N}]/u.test(words) ? words : value.normalize("NFKC")).trim().replace(/\s+/g, " ").toLowerCase();
  if (stageKeys.size > 5_000) stageKeys.clear();
  stageKeys.set(value, key);
  return key;
}

const stageKeys = new Map<string, string>();

/** Emoji, their modifiers and variation selectors: a space, as they may part words. */
const DECORATION = /[0-9#*]\uFE0F?\u20E3|\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u{1F1E6}-\u{1F1FF}]|\uFE0E|\uFE0F|\u20E3/gu;
/** One or two digits and a separator before the stage's first letter. */
const ORDINAL = /^\s*\d{1,2}(?:\s*[.):\-–—]\s*|\s+)(?=\p{L})/u;
/** Invisible format characters (a zero-width space, a soft hyphen): nothing, as they sit inside words. */
const INVISIBLE = /\p{Cf}/gu;

/** The text without spaces and closing punctuation at its end; a loop, as a pattern would retry each run. */
function withoutClosingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && " \t\n\r\u00a0.!?,;:".includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

export class StagePipeline {
  private readonly byKey = new Map<string, StageMatch>();
  readonly stages: readonly StageSetting[];

  constructor(stages: readonly StageSetting[]) {
    this.stages = stages.map((s) => ({ name: s.name, closed: s.closed }));
    this.stages.forEach((s, order) => {
      const key = stageKey(s.name);
      if (!this.byKey.has(key)) this.byKey.set(key, { name: s.name, known: true, closed: s.closed, order });
    });
  }

  /** The first stage, where a posting without a stage starts. */
  get first(): string {
    return this.stages[0]?.name ?? "Research";
  }

  match(value: string): StageMatch {
    const known = this.byKey.get(stageKey(value));
    if (known) return known;
    const name = value.trim().replace(/\s+/g, " ");
    if (name === "") return this.match(this.first);
    return { name, known: false, closed: false, order: this.stages.length };
  }

  isClosed(name: string): boolean {
    return this.byKey.get(stageKey(name))?.closed ?? false;
  }

  names(): string[] {
    return this.stages.map((s) => s.name);
  }
}
