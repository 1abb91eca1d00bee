// Reads fields out of frontmatter the forgiving way people write it: keys match whatever their
// case, and `_`, `-` and spaces are the same (`Job_Posting` = `job posting` = `job-posting`).
import { hasOwn } from "./flat-yaml";
import { displayText, unquotedLink } from "./wikilink";
import { lower } from "./text";
import { isArray, isString } from "./is";
import { keysOf } from "./objects";

/** The form every key is compared in. */
const fieldKeys = new Map<string, string>();

export function fieldKey(key: string): string {
  // The same few keys come back in every note; remember their form (a bounded cache).
  const known = fieldKeys.get(key);
  if (known !== undefined) return known;
  // Invisible marks pasted with a key ("Company" after a zero-width space), the emoji Notion puts
  // before a property's name ("🏢 Company"), a question mark after a checkbox's ("Remote?") and the
  // accents of Latin letters ("Société" is "Societe"; other scripts keep their marks) are no part
  // of it. Words may be parted by spaces, `_` or `-`, or not at all: "Company Name", "company_name",
  // "companyName" and "Companyname" are one key, as are "LinkedIn" and "LINKEDIN". A spreadsheet's
  // bound in brackets joins the name: "Salary (Min)" is "salarymin".
  const k = lower(
    key
      .normalize("NFKD")
      .replace(/([a-z])[\u0300-\u036f]+/gi, "$1")
      .normalize("NFC")
      .replace(/(\S)\s*\(\s*(min|max)[\w.]*\s*\)\s*$/i, "$1$2")
      .replace(/[\p{Cf}\p{ExtPict}\uFE0F?\s_-]/gu, ""),
  );
  if (fieldKeys.size > 5_000) fieldKeys.clear();
  fieldKeys.set(key, k);
  return k;
}

/**
 * The key, as the note writes it, whose value FieldReader.get(...names) reads ("Status" for ["Stage",
 * "status"]): the first of `names` with a value, else the first it has; undefined when it has none.
 */
export function keyIn(frontmatter: Record<string, unknown>, names: readonly string[]): string | undefined {
  const keys = keysOf(frontmatter);
  let present: string | undefined;
  for (const name of names) {
    const k = fieldKey(name);
    for (const key of keys) {
      if (fieldKey(key) !== k) continue;
      if (!blank(frontmatter[key])) return key;
      present ??= key;
    }
  }
  return present;
}

/**
 * No value at all: nothing, empty or blank text, an empty list. A template leaves `Stage:` empty
 * beside the `status: Applied` a person writes; the value is what counts.
 */
export function blank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (isString(value)) return value.trim() === "";
  return isArray(value) && value.length === 0;
}

/** A frontmatter object indexed by normalized key; the first of two keys that normalize alike wins. */
export class FieldReader {
  private readonly values = new Map<string, unknown>();

  constructor(frontmatter: Record<string, unknown>) {
    // for-in visits own keys in the order Object.entries does, without building the pairs.
    for (const key in frontmatter) {
      if (!hasOwn(frontmatter, key)) continue;
      const k = fieldKey(key);
      if (!this.values.has(k) || (blank(this.values.get(k)) && !blank(frontmatter[key]))) this.values.set(k, frontmatter[key]);
    }
  }

  has(...names: string[]): boolean {
    return names.some((n) => this.values.has(fieldKey(n)));
  }

  /** The value of the first of `names` that has one; else of the first that is present (an empty one, or null). */
  get(...names: string[]): unknown {
    let present: { value: unknown } | undefined;
    for (const n of names) {
      const k = fieldKey(n);
      if (!this.values.has(k)) continue;
      const value = this.values.get(k);
      if (!blank(value)) return value;
      present ??= { value };
    }
    return present?.value;
  }
}

/**
 * Reads a fixed set of fields out of many frontmatters, each field by a list of names in order of
 * preference, with the answers FieldReader.get gives; each key spelling is normalized once, not
 * once per note, and no per-note map is built. Not reentrant: values hold the last note read.
 */
export class FieldPlan {
  /** For each normalized name: field, rank pairs (a name can serve two fields). */
  private readonly byName = new Map<string, number[]>();
  /** For each key as written: field, rank pairs, learned on first sight. */
  private readonly byKey = new Map<string, readonly number[]>();
  private readonly values: unknown[];
  private readonly ranks: number[];
  /** For a field written twice, the value under the name not read. */
  readonly others: unknown[] = [];

  constructor(fields: readonly (readonly string[])[]) {
    fields.forEach((names, field) => {
      names.forEach((name, rank) => {
        const k = fieldKey(name);
        let pairs = this.byName.get(k);
        if (!pairs) this.byName.set(k, (pairs = []));
        // Only a name's first place in a field's list counts, as in FieldReader.get.
        for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === field) return;
        pairs.push(field, rank);
      });
    });
    this.values = fields.map(() => undefined);
    this.ranks = fields.map(() => NaN);
  }

  /** Fields (as bits) written twice under one name with different values, in the last note read. */
  twice = 0;

  /** Reads one frontmatter; then value(f) and has(f) answer for it. */
  read(frontmatter: Record<string, unknown>): void {
    const { values, ranks } = this;
    for (let f = 0; f < ranks.length; f++) {
      ranks[f] = Infinity;
      values[f] = undefined;
    }
    this.twice = 0;
    for (const key in frontmatter) {
      if (!hasOwn(frontmatter, key)) continue;
      let pairs = this.byKey.get(key);
      if (pairs === undefined) {
        pairs = this.byName.get(fieldKey(key)) ?? NO_PAIRS;
        if (this.byKey.size > 5_000) this.byKey.clear();
        this.byKey.set(key, pairs);
      }
      for (let i = 0; i < pairs.length; i += 2) {
        const field = pairs[i] as number;
        const rank = pairs[i + 1] as number;
        const now = ranks[field] as number;
        const value = frontmatter[key];
        if (now === Infinity) {
          ranks[field] = rank;
          values[field] = value;
          continue;
        }
        // A key with a value wins over an empty one; then the better name; of two keys that
        // normalize alike, the first one written.
        const empty = blank(value);
        if (empty !== blank(values[field])) {
          if (!empty) {
            ranks[field] = rank;
            values[field] = value;
          }
        } else if (rank < now) {
          ranks[field] = rank;
          values[field] = value;
        } else if (rank === now && field < 31 && !deepEqual(value, values[field])) {
          // "Company: Acme" and "company: Globex": the second is not read, and the user should know.
          this.twice |= 1 << field;
          this.others[field] = value;
        }
      }
    }
  }

  /** True when the field's name was written twice, in two spellings, with different values. */
  writtenTwice(field: number): boolean {
    return (this.twice & (1 << field)) !== 0;
  }

  /** Which of the field's names was read: 0 for the first (the configured one); Infinity for none. */
  rank(field: number): number {
    return this.ranks[field] as number;
  }

  /** True when one of the field's names is present (present with null counts). */
  has(field: number): boolean {
    return (this.ranks[field] as number) < Infinity;
  }

  value(field: number): unknown {
    return this.values[field];
  }
}

const NO_PAIRS: readonly number[] = [];

/** Equal values, lists, objects and dates, by their content (and keys in the same order). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  }
  if (isArray(a) || isArray(b)) {
    return isArray(a) && isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = keysOf(ra);
  const kb = keysOf(rb);
  return ka.length === kb.length && ka.every((k, i) => kb[i] === k && deepEqual(ra[k], rb[k]));
}

/** How a value reads as text: links as their display text, lists joined, objects as nothing. */
export function textOf(value: unknown, depth = 0): string {
  if (isString(value)) return displayText(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (isArray(value) && depth < 2) {
    const link = unquotedLink(value);
    if (link !== null) return displayText(link);
    // Lists are usually one item (Location: [Remote]): no joined copy is needed for those.
    let out = "";
    for (const v of value as unknown[]) {
      const t = textOf(v, depth + 1);
      if (t !== "") out = out === "" ? t : `${out}, ${t}`;
    }
    return out;
  }
  return "";
}

/** True for a value that is an object (not a list) and so cannot be read as text. */
export function isStructured(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !isArray(value) && !(value instanceof Date);
}

/** The first text of a value: a list gives its first non-empty item. */
export function firstText(value: unknown): string {
  if (isArray(value) && unquotedLink(value) === null) {
    for (const v of value) {
      const t = textOf(v, 1);
      if (t !== "") return t;
    }
    return "";
  }
  return textOf(value);
}
