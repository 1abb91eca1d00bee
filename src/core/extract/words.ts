// Small text tools the extractor's readers share: word sets, word characters, clean lines, input limits.

import type { SkillCanon } from "../skills";
import { displayText } from "../wikilink";
import { lower, squish, upper } from "../text";

export interface ExtractOptions {
  canon: SkillCanon;
  /** Skills already used in the user's vault (raw names); found in the text too, as whole words. */
  vaultSkills?: readonly string[];
  defaultCurrency: string;
}

/** Longer input is read up to here; nobody pastes ten million characters of one job. */
export const MAX_INPUT = 10_000_000;

/** Title, company and location are read from the start of the text: a job's header is never this deep. */
export const HEAD_CHARS = 200_000;

export const HEAD_LINES = 600;

export function safely<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

const EMOJI = /\p{ExtPict}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u20E3|\u200D/gu;

/** A piece of Markdown/HTML as a reader sees it: no tags, link targets, emphasis or emoji. */
export function cleanInline(s: string): string {
  return squish(s
    .replace(/<[^<>\n]{0,300}>/g, " ")
    .replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, "$1")
    .replace(/\[\[[^\]\n]{0,300}\]\]/g, (m) => displayText(m))
    .replace(/\*\*|__|`|~~/g, "")
    // "*Kellett Haulage Ltd* – Immingham", "*Location:* Pune": single-star emphasis (WhatsApp's bold).
    .replace(/(^|[\s(])[*_]([^*_\s][^*_\n]{0,200}?)[*_](?=[\s.,:;!?)–—-]|$)/g, "$1$2")
    .replace(EMOJI, " "))
    .trim();
}

export const BULLET_START = /^\s*(?:[-*+•·▪‣◦▸►▶➤→]|\d{1,2}[.)])\s+/;

/**
 * A list's item for the skills, which also starts with a tick or a pointing emoji ("✅ First Aid & CPR",
 * as posters write them). Not for titles: "👉 Backend Developer" heads a post.
 */
export const ITEM_START = /^\s*(?:[-*+•·▪‣◦▸►▶➤→✓]\s|\d{1,2}[.)]\s|✅|✔|☑|🔹|🔸|👉|・)/;

export function cleanLine(raw: string): string {
  let s = cleanInline(raw);
  s = s.replace(/^(?:#{1,6}\s*|>\s*|[-*+•·▪‣◦▸►▶➤→]\s+|\d{1,2}[.)]\s+)+/, "");
  s = s.replace(/^[*_\s]+|[*_\s]+$/g, "");
  return s.trim();
}

export function words(list: string): Set<string> {
  return new Set(list.split("|"));
}

/** 0 = not yet known, 1 = letter/digit/underscore, 2 = other; for the Basic Multilingual Plane. */
const wordTable = new Uint8Array(65536);

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Kana, kanji and hangul: a Latin word written against them, with no space ("Pythonでの開発", "MySQLなど"), ends there. */
export function isCjkCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
}

/** A character's script, as far as cjkEdge needs it: other, hiragana, katakana, kanji, hangul. */
function script(c: number): number {
  return c < 0x3040 ? 0 : c < 0x30a0 ? 1 : c < 0x3100 ? 2 : c < 0xac00 ? 3 : 4;
}

/** Korean particles that end a noun ("접근성에 대한"), when a space or a sign follows them. */
const PARTICLES = "은는이가을를에의와과로도";

/**
 * Where a word of one script meets the next in text without spaces: Japanese "バックエンド開発"
 * (katakana, then kanji), "マイクロサービスの" (then hiragana), "Goでの"; Korean "접근성에 …" before
 * its particle. `a` is the code before the edge, at `j` the text goes on.
 */
export function cjkEdge(a: number, s: string, j: number): boolean {
  const b = s.charCodeAt(j);
  return isCjkCode(b) && (script(a) !== script(b) || (script(a) === 4 && PARTICLES.includes(s.charAt(j)) && !isCjkCode(s.charCodeAt(j + 1))));
}

export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = wordTable[c] ?? 0;
  if (v === 0) {
    v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordTable[c] = v;
  }
  return v === 1;
}

export function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isWordCode(s.charCodeAt(i));
}

export function titleCaseWords(s: string): string {
  return lower(s).replace(/(^|[\s(/-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + upper(ch));
}

export function capitalize(s: string): string {
  return upper(s.charAt(0)) + s.slice(1);
}

/**
 * A site's name written as its address under a country's domain ("JOBS.bg", "eJobs.ro", "jobup.ch"): a
 * page's header, not the employer. Names like "Booking.com", "Scale.ai" and "Fly.io" are left alone.
 */
export const SITE_DOMAIN = /^[\p{L}\d-]+\.(?!ai$|io$|co$)[a-z]{2}$/iu;

/** `text` as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The first spelling in `text` of `pattern` (case aside) as a word of its own that `caseOf` would
 * change: how the text itself writes a name ("GitLab" for "gitlab", "Owlbear Forge" for "OWLBEAR FORGE").
 */
export function ownSpelling(text: string, pattern: string, caseOf: (s: string) => string): string | undefined {
  for (const m of text.matchAll(new RegExp(`(?:^|[^\\p{L}\\p{N}])(${pattern})(?![\\p{L}\\p{N}])`, "giu"))) {
    const found = m[1] ?? "";
    if (found !== caseOf(found)) return found;
  }
  return undefined;
}

/** The kinds of employment a posting names ("Full-time", "Contract"), as a pattern's alternatives. */
export const EMPLOYMENT_KINDS = "full[- ]time|part[- ]time|contract|permanent|temporary|freelance|internship";
