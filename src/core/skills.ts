// Turns what people write under `Skills:` into canonical skills: split a frontmatter value into items,
// merge synonyms (built-in vocabulary plus the user's own), and give each skill one grouping key.

import { isStructured } from "./frontmatter-fields";
import { compareNames } from "./tally";
import { BUILTIN_SKILLS, LANGUAGE_SKILLS } from "./skill-vocabulary";
import { displayText, unquotedLink, withoutSmartQuotes } from "./wikilink";
import { lower, squish } from "./text";
import { isArray, isString } from "./is";
import { entriesOf, freeze, keysOf } from "./objects";

export interface SkillRef {
  key: string;
  name: string;
  known: boolean;
}

/** Dashes people type between words; they group like '-'. */
const SEPARATORS = /[\s\-_\u2010-\u2015\u2212]+/g;

/** Grouping key: NFKC, trimmed, case-folded; runs of whitespace, '-' and '_' folded to one space. Keeps '.', '+', '#', '/' so C, C++, C#, .NET, Node.js, CI/CD stay distinct. */
export function skillKey(text: string): string {
  // Most skills are plain words: lower case is all their key needs.
  if (isPlainSkill(text)) return plainSkillKey(text);
  // NFKC leaves ASCII as it is.
  // eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included
  const folded = /^[\u0000-\u007f]*$/.test(text) ? lower(text) : lower(text.normalize("NFKC")).normalize("NFKC");
  return folded.replace(SEPARATORS, " ").trim();
}

/** skillKey of text that isPlainSkill. */
function plainSkillKey(text: string): string {
  return hasSeparator(text) ? lower(text).replace(SEPARATORS, " ").trim() : lower(text);
}

/**
 * A skill written the plain way ("Deep Learning", "C++", "Node.js"): printable ASCII that starts
 * with a letter or digit, does not end in a space, has no double space and none of `,` `;` `[` `(`.
 * Such text is one item as it stands: splitting, trimming, unquoting and collapsing leave it as
 * it is, so the slow paths can be skipped (a property test holds them to the same answers).
 */
export function isPlainSkill(text: string): boolean {
  const n = text.length;
  if (n === 0 || !isAsciiWordChar(text.charCodeAt(0)) || text.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || c === 44 /* , */ || c === 59 /* ; */ || c === 91 /* [ */ || c === 40 /* ( */ || (c === 32 && previous === 32)) return false;
    previous = c;
  }
  return true;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A '-' or '_', which a key turns into a space (plain text has no other separator but single spaces). */
function hasSeparator(text: string): boolean {
  return text.includes("-") || text.includes("_");
}

/** Appends the skills whose key `out` does not hold yet; a posting lists few, so a scan does. */
function addDistinct(out: SkillRef[], skills: readonly SkillRef[]): SkillRef[] {
  if (out.length + skills.length > 32) {
    const keys = new Set(out.map((s) => s.key));
    for (const skill of skills) {
      if (keys.has(skill.key)) continue;
      keys.add(skill.key);
      out.push(skill);
    }
    return out;
  }
  // Index loops: this runs for every skill of every posting on a full load.
  for (let i = 0; i < skills.length; i++) {
    const skill = skills[i] as SkillRef;
    let seen = false;
    for (let j = 0; j < out.length; j++) {
      if ((out[j] as SkillRef).key === skill.key) {
        seen = true;
        break;
      }
    }
    if (!seen) out.push(skill);
  }
  return out;
}

/** SkillCanon.parse's working list; parse calls nothing that parses again, so one list serves. */
const gathered: SkillRef[] = [];

/** The key with its spaces removed: a fallback so "Type Script" or "Mongo DB" still find their skill. */
function compactKey(key: string): string {
  return key.includes(" ") ? key.replace(/ /g, "") : key;
}

/** Emoji and symbols written before a skill: "🐍 Python", "✅ Docker". */
const LEADING_MARKS = /^(?:[\p{ExtPict}\p{So}\uFE0F\u200D]+\s*)+/u;
/** A version after a skill's name: "Java 17", "C++17", "Python 3.11", "Python 3.x", "React 18+". */
const VERSION_AFTER = /^(.+?[^\s\d.])\s*v?\d+(?:\.(?:\d+|x))*\+?$/i; // a name of two characters at least: "C1" is a level

/** A level before a skill: "Fluent German", "Native Spanish", "Basic SQL". */
const LEVEL_BEFORE = /^(?:fluent|native|business|basic|conversational|professional|working|advanced|intermediate|beginner|good|excellent|strong)\s+(?=\S)/i;
/** A language's level after it: "German B2", "English C1", "Spanish - native". */
/** Any skill's level after a colon or a dash: "Python: advanced", "SQL - intermediate" (not "Cloud Native"). */
const SKILL_LEVEL_AFTER = /\s*(?::|\s[-–])\s*(?:advanced|intermediate|expert|beginner|basic|proficient|strong|good|excellent)$/i;
const LEVEL_AFTER = / ?(?:[-–,:] ?)?(?:[abc][12](?:\+|\/[abc][12])?|native|fluent|(?:business|conversational) level|language|avanzado|intermedio|básico|nativo|fluido|fluente|avançado|intermediário|courant|avancé|natif|bilingue|fließend|verhandlungssicher|gut|sehr gut|vloeiend|flytande|flydende|biegły|zaawansowany|avanzato|madrelingua)$/i;

/** A skill has at least one letter or digit; bare punctuation ("-", "#", "+") is not one. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MAX_DEPTH = 16;

/** Raw skill strings out of a frontmatter value: a YAML list, a comma/semicolon/newline-separated string, "[[Link]]" / "[[path|Alias]]" items (shown as their display text; a comma inside [[...]] does not split), a list in round brackets after a skill as more items ("AWS (EC2, S3)"; a comma in other round brackets does not split), numbers as text; null, booleans, empty strings and nested objects are skipped; a leading '#' tag marker is dropped ("#ruby-on-rails" -> "ruby-on-rails") but "C#" keeps its '#'. Trimmed; surrounding quotes and list bullets ("- ", "• ", "* ") removed. Never throws, whatever the input (cyclic objects, huge strings, 10,000 items). */
export function splitSkills(value: unknown): string[] {
  return splitSkillsMarked(value).items;
}

/**
 * splitSkills, with each item marked when it came from a list in brackets after a skill ("EC2" in
 * "AWS (EC2, S3)"). Such a list may name skills or only qualify the one before it ("English (C1,
 * fluent)"), so the canon keeps a marked item only when it knows the skill.
 */
export function splitSkillsMarked(value: unknown): Marked {
  const out: Marked = { items: [], inBrackets: [] };
  try {
    collect(value, out, 0, new Set<unknown>());
  } catch {
    // A hostile value (a throwing getter, a revoked proxy): keep what was read before it.
  }
  return out;
}

export interface Marked {
  items: string[];
  /** Parallel to items: true for an item from a list in brackets. */
  inBrackets: boolean[];
}

function collect(value: unknown, out: Marked, depth: number, seen: Set<unknown>): void {
  if (isString(value)) {
    if (isPlainSkill(value)) push(out, value, false);
    // Zero-width spaces and other invisible marks pasted from the web are no part of a skill.
    // Japanese and Chinese commas ("Java、Spring Boot") part items like ",".
    else splitText(unbracket(value.replace(INVISIBLE, "").replace(WIDE_COMMAS, ",").replace(/\uff1b/g, ";")), out);
  } else if (typeof value === "number") {
    if (Number.isFinite(value)) pushItem(String(value), out, false);
  } else if (typeof value === "bigint") {
    pushItem(value.toString(), out, false);
  } else if (isArray(value)) {
    // YAML reads an unquoted `- [[Skills/Go|Go]]` as a list inside the list: it is the link it was.
    const link = unquotedLink(value);
    if (link !== null) {
      pushItem(link, out, false);
      return;
    }
    // Other nested lists are flattened.
    if (depth >= MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    const items: readonly unknown[] = value;
    const n = items.length;
    for (let i = 0; i < n; i++) {
      try {
        collect(items[i], out, depth + 1, seen);
      } catch {
        // Skip an item that cannot be read.
      }
    }
  } else if (depth > 0) {
    // Kept only when the canon knows the skill.
    // "- Python: advanced"; a key of spaces alone is no name.
    const name = namedWithLevel(value)?.trim();
    if (name) push(out, name, true);
  }
  // null, undefined, booleans, other objects, dates, functions and symbols hold no skill.
}

/**
 * The name in "- Python: advanced", a skill written with its level as one property under a list's
 * dash; undefined for any other value, such as a group's name over its list ("- Frontend: [React, Vue]").
 */
export function namedWithLevel(value: unknown): string | undefined {
  if (!isStructured(value)) return undefined;
  const keys = keysOf(value);
  const level = value[keys[0] ?? ""];
  return keys.length === 1 && (level === null || typeof level !== "object") ? keys[0] : undefined;
}

/**
 * What splitSkills gives for text whose pieces, split on `,` `;` and line breaks and trimmed, are
 * each empty or plain ("Python, Docker, AWS"): those pieces, the empty ones left out. Null for any
 * other text, which needs the general split (links, quotes, bullets, tags, brackets).
 */
function plainPieces(text: string): string[] | null {
  const out: string[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 44;
    // A bracket may hold a list of its own ("AWS (EC2, S3)"): the general split reads it.
    if (c === 40 /* ( */) return null;
    if (c !== 44 /* , */ && c !== 59 /* ; */ && c !== 10 /* \n */ && c !== 13 /* \r */) continue;
    const piece = text.slice(start, i).trim();
    start = i + 1;
    if (piece === "") continue;
    if (!isPlainSkill(piece)) return null;
    out.push(piece);
  }
  return out;
}

/** A flow list that reached us as one string ("[Go, Rust]") loses its brackets; a "[[link]]" keeps them. */
function unbracket(text: string): string {
  const t = withoutSmartQuotes(text.trim()); // “Kotlin, Java”, as a phone writes a quoted list
  const opens = t.startsWith("[") && (!t.startsWith("[[") || t.startsWith("[[["));
  const closes = t.endsWith("]") && (!t.endsWith("]]") || t.endsWith("]]]"));
  if (opens && closes) return t.slice(1, -1);
  return t;
}

/**
 * Splits on ',', ';' and line breaks, except inside a closed `[[...]]` link, and pushes each piece.
 * A bracket closed on the same line with no list in it stays in its piece ("TypeScript (strong)");
 * one that holds a list gives its items: "AWS (EC2, S3)" gives AWS, then EC2 and S3, marked as
 * bracketed. One pass, whatever the text: each "(" looks ahead no further than the next bracket
 * or line end.
 */
function splitText(text: string, out: Marked): void {
  const lastClose = text.lastIndexOf("]]");
  let start = 0;
  let inLink = false;
  let inList = false;
  let afterList = false;
  // "(Python, Go)" with no skill before it is a list like any other, not notes on a skill.
  let listHasHead = false;
  const piece = (end: number): void => {
    const t = text.slice(start, end);
    if (inList) pushBracketed(t, out, listHasHead);
    else pushItem(afterList ? t.replace(CONJUNCTION, "") : t, out, false);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inLink) {
      if (ch === 93 /* ] */ && text.charCodeAt(i + 1) === 93) {
        inLink = false;
        i++;
      }
    } else if (ch === 91 /* [ */ && text.charCodeAt(i + 1) === 91 && i + 1 < lastClose) {
      inLink = true;
      i++;
    } else if (inList) {
      if (ch === 44 /* , */ || ch === 59 /* ; */ || ch === 41 /* ) */) {
        piece(i);
        start = i + 1;
        if (ch === 41) {
          inList = false;
          afterList = true;
        }
      }
    } else if (ch === 40 /* ( */) {
      const close = closingBracket(text, i);
      if (close < 0) continue;
      if (!/[,;]/.test(text.slice(i + 1, close))) {
        // "TypeScript (strong)", "Go (Golang)", "AWS (EC2)" at a piece's end: a note on the skill or
        // one more skill, marked, so the canon keeps it only when it knows it. Elsewhere it stays.
        // Not a Markdown link's address: "[Go](https://go.dev)".
        if (text.charCodeAt(i - 1) !== 93 /* ] */ && endsPiece(text, close + 1) && /[\p{L}\p{N}]/u.test(text.slice(start, i))) {
          piece(i);
          pushBracketed(text.slice(i + 1, close), out, true);
          start = close + 1;
        }
        i = close;
        continue;
      }
      listHasHead = /[\p{L}\p{N}]/u.test(text.slice(start, i));
      piece(i);
      start = i + 1;
      inList = true;
    } else if (ch === 44 /* , */ || ch === 59 /* ; */ || ch === 10 /* \n */ || ch === 13 /* \r */) {
      piece(i);
      start = i + 1;
      afterList = false;
    }
  }
  piece(text.length);
}

/** True when only spaces stand between `from` and the end of the piece (a separator or the text's end). */
function endsPiece(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 /* , */ || c === 59 /* ; */ || c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The index of the ")" that closes the "(" at `open` on its line, with no other bracket between; -1 if none. */
function closingBracket(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 41 /* ) */) return i;
    if (c === 40 /* ( */ || c === 10 || c === 13) return -1;
  }
  return -1;
}

/** "and NoSQL" after "SQL (Postgres, MySQL)": the joining word is not part of the skill. */
const CONJUNCTION = /^\s*(?:(?:and|or|plus)\s+|[&/|]\s*)/i;
const LEADING_AND = /^\s*(?:and|or|&)\s+(?=\S)/i;
const BULLETS = / ?• ?| [·▪|] |^[·▪] /;
const WORD_JOINS = / (?:and|&|\+|und|et|y|e|och|og|en) /i;
const SLASH = / ?\/ ?/;
/** Words that open a list in brackets or close it: "(e.g. EC2, S3)", "(such as Django, Flask)", "(…, etc.)". */
const LIST_OPENER = /^(?:e\.?\s?g\.?,?|i\.?\s?e\.?,?|incl\.?|including|such as|like|esp\.?|especially)\s+/i;
const LIST_END = /^(?:etc\.?|and more|and so on|e\.?\s?g\.?|i\.?\s?e\.?)$/i;

/** One item of a list in brackets: an item with no letter ("11" in "C++ (11, 14)") or "etc." is none. */
function pushBracketed(raw: string, out: Marked, afterSkill: boolean): void {
  // "(AWS, GCP or Azure)": the last two are joined by a word, not a comma.
  for (const part of raw.trim().replace(LIST_OPENER, "").split(/\s+(?:or|and|&)\s+/i)) {
    const t = part.replace(CONJUNCTION, "").trim();
    if (t !== "" && !LIST_END.test(t) && /\p{L}/u.test(t)) pushItem(t, out, afterSkill);
  }
}

function push(out: Marked, text: string, inBrackets: boolean): void {
  out.items.push(text);
  out.inBrackets.push(inBrackets);
}

/**
 * Zero-width spaces, word joiners, soft hyphens, byte-order marks, and direction marks and isolates
 * (pasted with Hebrew or Arabic text: "‏Node.js" is Node.js); not joiners inside emoji or Persian
 * words, nor an override, which changes how the text reads and is shown as written.
 */
const INVISIBLE = /[\u00ad\u200b\u200e\u200f\u2060\u2066-\u2069\ufeff]/g;
const WIDE_COMMAS = /[\u3001\uff0c]/g;
const BULLET = /^(?:[-*+]\s+|[•·▪‣◦]\s*)/;
const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ["`", "`"],
  ["\u201C", "\u201D"],
  ["\u2018", "\u2019"],
  ["\u00AB", "\u00BB"],
];
const TAG = /^#[^\s#]/;

/** The first characters that a bullet, a quote or a tag marker starts with: only those need peeling. */
function mayPeel(c: number): boolean {
  return (
    c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */ || c === 35 /* # */ ||
    c === 34 /* " */ || c === 39 /* ' */ || c === 96 /* ` */ || c === 0x201c || c === 0x2018 || c === 0xab ||
    c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x2023 || c === 0x25e6
  );
}

function pushItem(piece: string, out: Marked, inBrackets: boolean): void {
  let text = piece.trim();
  // Most pieces ("Docker", "[[GraphQL]]") start with none of them: nothing below would change them.
  if (text !== "" && !mayPeel(text.charCodeAt(0))) {
    finishItem(text, out, inBrackets);
    return;
  }
  // Bullets and quotes can wrap each other ("- 'Go'"); peel a few layers.
  for (let round = 0; round < 4; round++) {
    const before = text;
    text = text.replace(BULLET, "").trim();
    for (const [open, close] of QUOTES) {
      if (text.length >= open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
        text = text.slice(open.length, text.length - close.length).trim();
        break;
      }
    }
    if (text === before) break;
  }
  // LinkedIn's "+8 more" after the skills it shows.
  if (text === "" || /^\+?\s*\d+ more$/i.test(text)) return;

  // "#ruby #ruby-on-rails": a run of tags is one skill per tag.
  if (TAG.test(text)) {
    const words = text.split(/\s+/);
    if (words.length > 1 && words.every((w) => TAG.test(w))) {
      for (const w of words) finishItem(w.slice(1), out, inBrackets);
      return;
    }
    text = text.slice(1);
  }
  finishItem(text, out, inBrackets);
}

function finishItem(text: string, out: Marked, inBrackets: boolean): void {
  // "[[Backend/Go|Go]]" and "[Go](https://go.dev)" read as the text a reader sees.
  const shown = text.includes("[[") || text.includes("](") ? skillLinkText(text) : text.trim();
  // A piece that starts with an ASCII letter or digit has a word character: no pattern needed.
  if (shown !== "" && (isAsciiWordChar(shown.charCodeAt(0)) || WORD_CHAR.test(shown))) push(out, shown, inBrackets);
}

/**
 * The text of a link in a skills list. "[[CI/CD]]" and "[[C#]]" name a skill of the vocabulary
 * whole, where a link to a note would read as its file name ("CD") or drop its heading ("C").
 */
function skillLinkText(text: string): string {
  const inner = /^\s*\[\[([^\]|]+)\]\]\s*$/.exec(text)?.[1]?.trim();
  if (inner !== undefined && /[/#]/.test(inner) && builtinLookup().exact.has(skillKey(inner))) return inner;
  return displayText(text);
}

/** One canonical skill in the lookup tables; frozen, so answers can hand it out and callers cannot change it. */
type Entry = Readonly<SkillRef>;

interface Lookup {
  exact: ReadonlyMap<string, Entry>;
  /** Space-free keys that point at exactly one skill; ambiguous ones hold null. */
  compact: ReadonlyMap<string, Entry | null>;
}

function ref(name: string): Entry {
  return freeze({ key: skillKey(name), name, known: true });
}

function addCompact(compact: Map<string, Entry | null>, key: string, entry: Entry): void {
  const c = compactKey(key);
  if (c === "") return;
  const had = compact.get(c);
  if (had === undefined) compact.set(c, entry);
  else if (had !== null && had.key !== entry.key) compact.set(c, null);
}

let builtin: Lookup | null = null;

/** The built-in vocabulary as lookup tables, built once and never changed afterwards. */
function builtinLookup(): Lookup {
  if (builtin) return builtin;
  const exact = new Map<string, Entry>();
  const compact = new Map<string, Entry | null>();
  // Names first, so no alias can shadow a skill's own name.
  for (const e of BUILTIN_SKILLS) {
    const entry = ref(e.name);
    if (!exact.has(entry.key)) exact.set(entry.key, entry);
  }
  for (const e of BUILTIN_SKILLS) {
    const entry = exact.get(skillKey(e.name));
    if (!entry) continue;
    for (const alias of e.aliases) {
      const k = skillKey(alias);
      if (k !== "" && !exact.has(k)) exact.set(k, entry);
    }
  }
  for (const [k, entry] of exact) addCompact(compact, k, entry);
  builtin = { exact, compact };
  return builtin;
}

function collapse(text: string): string {
  return isPlainSkill(text) ? text : squish(text.trim());
}

export class SkillCanon {
  private readonly user: Lookup;
  private readonly userNames: readonly string[];
  private sortedNames: readonly string[] | null = null;

  /** userSynonyms maps what a user writes to the canonical name they want, e.g. { "postgres": "PostgreSQL", "gql": "GraphQL", "Pajamas": "Pajamas Design System" }. User entries win over the built-in vocabulary; a target not in the vocabulary becomes a new canonical skill. */
  /** Built on first use, so making a canon (as the plugin does on load) costs nothing up front. */
  private get vocab(): Lookup {
    return builtinLookup();
  }

  constructor(userSynonyms?: Readonly<Record<string, string>>) {
    // What each user key points at, as written.
    const targets = new Map<string, string>();
    for (const [from, to] of safeEntries(userSynonyms)) {
      const k = skillKey(from);
      const target = collapse(to);
      // A target must be a skill itself: one with no letter or digit (a control character, "-") is ignored.
      if (k === "" || skillKey(target) === "" || !WORD_CHAR.test(target)) continue;
      targets.set(k, target);
    }

    const exact = new Map<string, Entry>();
    const names = new Map<string, string>();
    const resolve = (start: string): Entry => {
      // Follow the user's own chain (a -> b, b -> c) to its end, then prefer the vocabulary's spelling.
      let target = start;
      const visited = new Set<string>();
      for (;;) {
        const k = skillKey(target);
        visited.add(k);
        const next = targets.get(k);
        if (next === undefined || visited.has(skillKey(next))) break;
        target = next;
      }
      // A target spelled like a vocabulary skill's name is that skill; any other target (even one of
      // the vocabulary's aliases) is the name the user wants shown.
      const known = this.vocab.exact.get(skillKey(target));
      if (known && known.key === skillKey(target)) return known;
      return ref(target);
    };
    for (const [k, target] of targets) {
      const entry = resolve(target);
      exact.set(k, entry);
      names.set(entry.key, entry.name);
    }
    // A target the user named is also what its own spelling means, unless the user said otherwise.
    for (const entry of [...exact.values()]) {
      if (!exact.has(entry.key)) exact.set(entry.key, entry);
    }
    const compact = new Map<string, Entry | null>();
    for (const [k, entry] of exact) addCompact(compact, k, entry);
    this.user = { exact, compact };
    this.userNames = [...names.values()];
  }

  /** The canonical skill for one raw string: known skills get the vocabulary's spelling and known=true; unknown ones keep the raw text (trimmed, inner whitespace collapsed) with known=false. key = skillKey(name of the canonical) so two spellings of one skill share a key. null for an empty string. */
  canonical(raw: string): SkillRef | null {
    if (!isString(raw)) return null;
    // Vaults repeat the same few hundred spellings; answers are frozen, so they can be shared.
    const cached = this.answers.get(raw);
    if (cached !== undefined) return cached;
    const answer = this.lookup(raw);
    if (this.answers.size > 50_000) this.answers.clear();
    this.answers.set(raw, answer);
    return answer;
  }

  private readonly answers = new Map<string, SkillRef | null>();

  /** The key canonical(raw) gives, without remembering an answer: for note names, which are mostly not skills. */
  keyOf(raw: string): string | null {
    const cached = this.answers.get(raw);
    if (cached !== undefined) return cached === null ? null : cached.key;
    // The same answer canonical() gives, whether or not it was asked first.
    const text = collapse(raw);
    const key = this.textKey(text);
    if (key === null) return null;
    return (this.find(key) ?? this.marked(text))?.key ?? key;
  }

  /** The skill key of collapsed text; null when the text holds no skill. */
  private textKey(text: string): string | null {
    // A skill has a letter: "5" in a list of skills, or a note named "2024-03-05", holds none.
    if (!/\p{L}/u.test(text)) return null;
    // Plain text (most skills and note names) has a letter or digit, and its key is its lower case.
    if (isPlainSkill(text)) return plainSkillKey(text);
    if (text === "" || !WORD_CHAR.test(text)) return null;
    const key = skillKey(text);
    return key === "" ? null : key;
  }

  private find(key: string): Entry | undefined {
    // Most people add no synonyms: their empty tables are not asked.
    const user = this.user.exact.size > 0 ? this.user : null;
    const exact = user?.exact.get(key) ?? this.vocab.exact.get(key);
    if (exact) return exact;
    const compact = compactKey(key);
    return user?.compact.get(compact) ?? this.vocab.compact.get(compact) ?? undefined;
  }

  private lookup(raw: string): SkillRef | null {
    const text = collapse(raw);
    const key = this.textKey(text);
    if (key === null) return null;
    // The table's own entry is frozen and says just this: every spelling of a known skill shares it.
    const found = this.find(key) ?? this.marked(text);
    if (found) return found;
    return freeze({ key, name: text, known: false });
  }

  /**
   * True when `raw` reads as a skill by its own spelling or a synonym of it, or as no known skill
   * at all; false for a known skill with a version or an emoji ("Java 17", "🐍 Python"), whose
   * canonical name leaves out something the user wrote.
   */
  readsAsWritten(raw: string): boolean {
    const text = collapse(raw);
    const key = this.textKey(text);
    return key === null || this.find(key) !== undefined || this.marked(text) === undefined;
  }

  /**
   * A known skill with a mark before it or a version after it: "🐍 Python", "Java 17", "C++17",
   * "Python 3.x", "React 18+". Asked only when the whole text is no known skill, so "Web3" and "S3"
   * keep their own names, and only a known skill is taken: "Layer 2" stays as written.
   */
  private marked(text: string): Entry | undefined {
    const bare = text.replace(LEADING_MARKS, "");
    if (bare !== text) {
      const key = this.textKey(bare);
      const found = key === null ? undefined : this.find(key);
      if (found) return found;
    }
    // "Fluent German", "Basic SQL", "Python.", "Python: advanced": a known skill with a level before it,
    // a closing full stop or a level after a colon or dash; "German B2", "Spanish - native": a language
    // with its level after it ("Cloud Native" is no level).
    const flat = squish(bare).trim();
    const before = flat.replace(LEVEL_BEFORE, "").replace(/\.$/, "");
    const after = flat.replace(LEVEL_AFTER, "");
    for (const [level, languagesOnly] of [[before, false], [flat.replace(SKILL_LEVEL_AFTER, ""), false], [after, true]] as const) {
      if (level === flat || level === "") continue;
      const key = this.textKey(level);
      const found = key === null ? undefined : this.find(key);
      if (found && (!languagesOnly || LANGUAGE_SKILLS.has(found.name))) return found;
    }
    const base = VERSION_AFTER.exec(bare)?.[1];
    if (base === undefined) return undefined;
    const key = this.textKey(base);
    return key === null ? undefined : this.find(key);
  }

  /** splitSkills + canonical, de-duplicated by key keeping the first occurrence's order. */
  parse(value: unknown): SkillRef[] {
    // A posting without skills is common: nothing to split.
    if (value === undefined || value === null) return [];
    // A list of strings splits item by item, as splitSkills does; each item's answer is remembered.
    if (isString(value)) return addDistinct([], this.itemSkills(value));
    if (isArray(value) && value.length <= 1_000) {
      // Gathered in one reused list and copied out at its exact length: the index keeps the copy,
      // and a list grown push by push would leave spare room and a discarded backing store.
      const out = gathered;
      out.length = 0;
      try {
        let i = 0;
        for (; i < value.length; i++) {
          const item: unknown = value[i];
          if (!isString(item)) break;
          addDistinct(out, this.itemSkills(item));
        }
        if (i === value.length) return out.slice();
      } catch {
        // A hostile list (a throwing getter): splitSkills reads what it can.
      }
    }
    return addDistinct([], this.canonicalMarked(splitSkillsMarked(value)));
  }

  /** The skills in one string value or list item, in order, before de-duplication across items. */
  private itemSkills(text: string): readonly SkillRef[] {
    const cached = this.items.get(text);
    if (cached !== undefined) return cached;
    // Most items are one skill written plainly, or plain skills between commas: their pieces are
    // the whole split. Not frozen: freezing an array costs more than the rest of a miss, and these
    // lists never leave the canon.
    const plain = plainPieces(text);
    const skills: readonly SkillRef[] = plain ? this.canonicalAll(plain) : this.canonicalMarked(splitSkillsMarked(text));
    if (this.items.size > 50_000) this.items.clear();
    this.items.set(text, skills);
    return skills;
  }

  private readonly items = new Map<string, readonly SkillRef[]>();

  /** The canonical skill of each raw string that holds one, in order. */
  private canonicalAll(raws: readonly string[]): SkillRef[] {
    const out: SkillRef[] = [];
    for (const raw of raws) this.pushCanonical(out, raw, false);
    return out;
  }

  /** canonicalAll, keeping an item from a list in brackets only when it is a skill the canon knows. */
  private canonicalMarked({ items, inBrackets }: Marked): SkillRef[] {
    const out: SkillRef[] = [];
    for (let i = 0; i < items.length; i++) this.pushCanonical(out, items[i] as string, inBrackets[i] === true);
    return out;
  }

  /**
   * Adds the skill in `raw`; an unknown one only when `knownOnly` is false. Two known skills joined
   * by a slash are both added ("Python/Django", "AI/ML", "C / C++"); "CI/CD" is one skill already.
   */
  private pushCanonical(out: SkillRef[], raw: string, knownOnly: boolean): void {
    // "Python, Django, and PostgreSQL": the last item of a list written out in words.
    const item = LEADING_AND.test(raw) ? raw.replace(LEADING_AND, "") : raw;
    const skill = this.canonical(item);
    if (!skill) return;
    if (!skill.known) {
      // The patterns below read the item with its spaces squeezed, so that a long run of them costs
      // one pass, not one per space.
      const flat = item.includes("  ") || /[\t\n\r]/.test(item) ? squish(item) : item;
      // "• React • Redux • TypeScript": bullets always part items ("·" only between spaces: "Intel·ligència" is a word).
      // So do slashes between spaces where a part is of several words ("Event planning / Budgeting /
      // Vendor management"); "TCP / IP" and "CI / CD / Docker" are left to the known-parts rule below.
      const bullets = BULLETS.test(flat);
      const slashed = bullets ? [] : flat.split(" / ");
      if (bullets || (slashed.length > 1 && slashed.some((p) => p.trim().includes(" ")))) {
        for (const part of bullets ? flat.split(BULLETS) : slashed) this.pushCanonical(out, part, knownOnly);
        return;
      }
      // "Python and Terraform", "Python & Django", "CI/CD and Docker", then "Python/Django": parted
      // only when each part is a skill the canon knows ("Research and Development" stays whole).
      for (const joins of [WORD_JOINS, SLASH]) {
        if (!joins.test(flat)) continue;
        const parts = flat.split(joins).map((p) => this.canonical(p));
        if (parts.length > 1 && parts.every((p) => p?.known === true)) {
          for (const p of parts) if (p) out.push(p);
          return;
        }
      }
    }
    if (skill.known || !knownOnly) out.push(skill);
  }

  /** Every canonical name the canon knows (vocabulary plus user synonym targets), sorted case-insensitively. */
  names(): string[] {
    if (!this.sortedNames) {
      const byKey = new Map<string, string>();
      const add = (name: string): void => {
        const skill = this.canonical(name);
        if (skill && skill.known && !byKey.has(skill.key)) byKey.set(skill.key, skill.name);
      };
      for (const e of BUILTIN_SKILLS) add(e.name);
      for (const name of this.userNames) add(name);
      this.sortedNames = [...byKey.values()].sort(compareNames);
    }
    return [...this.sortedNames];
  }
}

/** The string pairs of a settings object, ignoring anything else a hand-edited file might hold. */
function safeEntries(value: Readonly<Record<string, string>> | undefined): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (value === null || typeof value !== "object") return pairs;
  try {
    for (const [from, to] of entriesOf(value)) {
      if (isString(to)) pairs.push([from, to]);
    }
  } catch {
    // An unreadable settings object means no user synonyms.
  }
  return pairs;
}
