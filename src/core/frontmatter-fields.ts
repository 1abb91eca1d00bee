// Reads fields out of frontmatter the forgiving way people write it: keys match whatever their
// case, and `_`, `-` and spaces are the same (`Job_Posting` = `job posting` = `job-posting`).
import { displayText } from "./wikilink";

/** The form every key is compared in. */
const fieldKeys = new Map<string, string>();

export function fieldKey(key: string): string {
  // The same few keys come back in every note; remember their form (a bounded cache).
  const known = fieldKeys.get(key);
  if (known !== undefined) return known;
  const k = key.normalize("NFKC").trim().toLowerCase().replace(/[\s_-]+/g, "_");
  if (fieldKeys.size > 5_000) fieldKeys.clear();
  fieldKeys.set(key, k);
  return k;
}

/** A frontmatter object indexed by normalized key; the first of two keys that normalize alike wins. */
export class FieldReader {
  private readonly values = new Map<string, unknown>();

  constructor(frontmatter: Record<string, unknown>) {
    // for-in visits own keys in the order Object.entries does, without building the pairs.
    for (const key in frontmatter) {
      if (!Object.prototype.hasOwnProperty.call(frontmatter, key)) continue;
      const k = fieldKey(key);
      if (!this.values.has(k)) this.values.set(k, frontmatter[key]);
    }
  }

  has(...names: string[]): boolean {
    return names.some((n) => this.values.has(fieldKey(n)));
  }

  /** The value of the first of `names` that is present (present with null counts). */
  get(...names: string[]): unknown {
    for (const n of names) {
      const k = fieldKey(n);
      if (this.values.has(k)) return this.values.get(k);
    }
    return undefined;
  }
}

/** How a value reads as text: links as their display text, lists joined, objects as nothing. */
export function textOf(value: unknown, depth = 0): string {
  if (typeof value === "string") return displayText(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (Array.isArray(value) && depth < 2) {
    return value
      .map((v) => textOf(v, depth + 1))
      .filter((s) => s !== "")
      .join(", ");
  }
  return "";
}

/** True for a value that is an object (not a list) and so cannot be read as text. */
export function isStructured(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The first text of a value: a list gives its first non-empty item. */
export function firstText(value: unknown): string {
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v, 1);
      if (t !== "") return t;
    }
    return "";
  }
  return textOf(value);
}
