// Reads Obsidian wikilinks out of frontmatter values: `"[[Acme]]"`, `"[[orgs/Acme|Acme Corp]]"`,
// `"[[Acme#History]]"`. A value is shown as the text a reader sees, never with brackets.
import { isArray, isString } from "./is";

const WIKILINK = /^\s*!?\[\[([^\]]*)\]\]\s*$/;

/** The parts of one `[[target#heading|alias]]` link, or null when `value` is not exactly one link. */
export function parseWikilink(value: string): { target: string; alias: string | null } | null {
  const m = WIKILINK.exec(value);
  if (!m) return null;
  return linkParts(m[1] ?? "");
}

/** What is between a wikilink's brackets, as its target and its alias (null when there is none, or it is empty). */
export function linkParts(inner: string): { target: string; alias: string | null } {
  const bar = inner.indexOf("|");
  const target = (bar >= 0 ? inner.slice(0, bar) : inner).trim();
  const alias = bar >= 0 ? inner.slice(bar + 1).trim() : "";
  return { target, alias: alias === "" ? null : alias };
}

/** What a reader sees for a link target: its file name without folders, `.md` or `#heading`. */
export function linkTargetTitle(target: string): string {
  const noHeading = target.split("#")[0] ?? "";
  const name = noHeading.split("/").pop() ?? "";
  const title = name.replace(/\.md$/i, "").trim();
  return title === "" ? target.trim() : title;
}

/** A Markdown link that is the whole value: `[Acme](https://acme.example)`, its text and its address. */
const MARKDOWN_LINK = /^\s*\[([^\]]*)\]\(\s*<?([^)>\s]*)>?\s*\)\s*$/;

/** The address of a value that is one Markdown link, else null. */
export function markdownLinkAddress(value: string): string | null {
  return value.includes("](") ? (MARKDOWN_LINK.exec(value)?.[2] ?? null) : null;
}

/** A frontmatter string with any `[[link]]` replaced by its display text, and a Markdown link by its text. */
export function displayText(value: string): string {
  // Most values hold no bracket at all: one scan says so.
  const bracket = value.indexOf("[");
  if (bracket < 0) return trimmed(value);
  if (!value.includes("[[", bracket)) {
    const md = value.includes("](", bracket) ? MARKDOWN_LINK.exec(value) : null;
    return md ? trimmed(md[1] ?? "") || trimmed(md[2] ?? "") : trimmed(value);
  }
  const link = parseWikilink(value);
  if (link) return link.alias ?? linkTargetTitle(link.target);
  return value.replace(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (_all, target: string, alias?: string) =>
    alias !== undefined && alias.trim() !== "" ? alias.trim() : linkTargetTitle(target),
  ).trim();
}

/**
 * A link written without quotes: YAML reads `[[orgs/Acme|Acme]]` as a list holding a list that
 * holds the text between the brackets. That text, as the link it was (`[[orgs/Acme|Acme]]`), or
 * null for any other value.
 */
export function unquotedLink(value: unknown): string | null {
  if (!isArray(value) || value.length !== 1) return null;
  const inner: unknown = value[0];
  if (!isArray(inner) || inner.length !== 1 || !isString(inner[0])) return null;
  return `[[${inner[0]}]]`;
}

/**
 * value.trim(), and without the typographic quotes a phone puts around a whole value (`Company: “N26”`,
 * which YAML keeps as text). Skips the work for the usual text, with printable ASCII at both ends.
 */
export function trimmed(value: string): string {
  const n = value.length;
  if (n === 0) return value;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(n - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return value;
  // A zero-width space at an end (a value of nothing but one, pasted from the web) is no text, nor
  // are the others; joiners stay, as emoji and Persian words hold them.
  const t = value.trim();
  return withoutSmartQuotes(/^[\u200b\u2060]|[\u200b\u2060]$/.test(t) ? t.replace(/[\u200b\u2060]/g, "").trim() : t);
}

/** Text between one pair of typographic quotes, with no quote of that kind inside (`“McDonald’s”` is McDonald’s). */
const SMART_QUOTED = /^(?:[“„«»「『]([^“”„«»「」『』]*)[”“»«」』]|[‘‚]([^‘’‚]*)[’‘])$/;

export function withoutSmartQuotes(text: string): string {
  const m = text.length >= 2 ? SMART_QUOTED.exec(text) : null;
  return m ? (m[1] ?? m[2] ?? "").trim() : text;
}
