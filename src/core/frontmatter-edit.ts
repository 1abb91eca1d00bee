// Changes one scalar property in a note's frontmatter in place, leaving every other byte of the note
// as it was: comments, key order, quoting, blank lines, line endings and the body.
import { isMap, isScalar, parse, parseDocument } from "yaml";
import { fieldKey } from "./frontmatter-fields";
import { findFrontmatter, parseFrontmatterYaml } from "./note-reader";

export type FrontmatterEdit =
  /** The new file text. */
  | { kind: "edited"; text: string }
  /** The property already has exactly this value. */
  | { kind: "unchanged" }
  /**
   * The property exists but is not a one-line scalar (list, block scalar, flow collection, multi-line
   * scalar, anchor, alias or tag), or no key matches (`key` null). `key` is the key as written in the
   * note. The caller falls back to a full rewrite of the YAML.
   */
  | { kind: "not-simple"; key: string | null }
  /** The `---` block does not parse: the file must be left alone. */
  | { kind: "invalid-yaml" }
  | { kind: "no-frontmatter" };

const YAML_OPTIONS = { maxAliasCount: 100, prettyErrors: false, logLevel: "error" } as const;

/**
 * Sets the first top-level key matching any of `keys` (compared with fieldKey) to the string `value`.
 * Candidates are tried in the order given and, for each, keys in the note's order, so the key edited is
 * the one `FieldReader.get(...keys)` reads. Never throws.
 */
export function setFrontmatterString(text: string, keys: readonly string[], value: string): FrontmatterEdit {
  let found: string | null = null;
  try {
    const block = findFrontmatter(text);
    if (!block) return { kind: "no-frontmatter" };
    const before = parseFrontmatterYaml(block.yaml);
    if (!before) return { kind: "invalid-yaml" };
    found = matchKey(before, keys);
    if (found === null) return { kind: "not-simple", key: null };
    if (before[found] === value) return { kind: "unchanged" };

    const yamlStart = text.indexOf("\n", text.startsWith("\uFEFF") ? 1 : 0) + 1;
    if (yamlStart <= 0 || text.slice(yamlStart, yamlStart + block.yaml.length) !== block.yaml) {
      return { kind: "not-simple", key: found };
    }
    const splice = locateValue(block.yaml, found, value);
    if (!splice) return { kind: "not-simple", key: found };
    const start = yamlStart + splice.start;
    const edited = text.slice(0, start) + splice.replacement + text.slice(yamlStart + splice.end);
    return readsBack(text, edited, before, found, value) ? { kind: "edited", text: edited } : { kind: "not-simple", key: found };
  } catch {
    return { kind: "not-simple", key: found };
  }
}

/** The key FieldReader would read for the first present candidate; null when none is present. */
function matchKey(frontmatter: Record<string, unknown>, keys: readonly string[]): string | null {
  const present = Object.keys(frontmatter);
  for (const candidate of keys) {
    const wanted = fieldKey(candidate);
    const hit = present.find((k) => fieldKey(k) === wanted);
    if (hit !== undefined) return hit;
  }
  return null;
}

interface Splice {
  /** Offsets in the raw YAML (between the fences) of the bytes to replace. */
  start: number;
  end: number;
  replacement: string;
}

const TRAILER = /^(?:[ \t]+#.*|[ \t]*)$/;

/** Where the value of `key` sits on its line and what replaces it; null when it is not a one-line scalar. */
function locateValue(rawYaml: string, key: string, value: string): Splice | null {
  // Parse exactly what parseFrontmatterYaml parses, then map offsets back to the raw text.
  const yaml = rawYaml.replace(/\r\n?/g, "\n");
  const doc = parseDocument(yaml, YAML_OPTIONS);
  if (doc.errors.length > 0) return null;
  const map = doc.contents;
  if (!isMap(map) || map.flow) return null;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (!pair || !isScalar(pair.key) || !pair.key.range) return null;

  // The `:` after the key, on the key's own line.
  let colon = pair.key.range[1];
  while (yaml[colon] === " " || yaml[colon] === "\t") colon++;
  if (yaml[colon] !== ":") return null;
  if (yaml.slice(pair.key.range[0], colon).includes("\n")) return null;
  const lineEnd = endOfLine(yaml, colon);

  const node = pair.value;
  let start: number;
  let end: number;
  let style: "plain" | "single" | "double";
  if (node === null) {
    // `Stage:` with no value node at all.
    start = end = colon + 1;
    style = "plain";
  } else {
    if (!isScalar(node) || node.anchor || node.tag || !node.range) return null;
    const [from, to] = node.range;
    if (node.type === "PLAIN" && from === to) {
      start = end = colon + 1;
      style = "plain";
    } else {
      if (from <= colon || to > lineEnd || !/^[ \t]+$/.test(yaml.slice(colon + 1, from))) return null;
      if (node.type === "PLAIN") style = "plain";
      else if (node.type === "QUOTE_SINGLE") style = "single";
      else if (node.type === "QUOTE_DOUBLE") style = "double";
      else return null;
      start = from;
      end = to;
    }
  }
  const trailer = yaml.slice(end, lineEnd);
  if (!TRAILER.test(trailer)) return null;

  let replacement = render(value, style);
  if (start === colon + 1) {
    // An empty value: `Stage:` becomes `Stage: v`, `Stage: # c` becomes `Stage: v # c`.
    const gap = trailer.startsWith("\t") ? "\t" : " ";
    const comment = trailer.trimStart();
    if (comment === "") {
      replacement = gap + replacement;
      end = lineEnd;
    } else {
      // Take the first blank of the gap before the comment; keep the others, or one if it was the only one.
      replacement = gap + replacement + (trailer.length - comment.length === 1 ? " " : "");
      end = start + 1;
    }
  }
  const raw = rawOffsets(rawYaml);
  const rawStart = raw[start];
  const rawEnd = raw[end];
  if (rawStart === undefined || rawEnd === undefined) return null;
  return { start: rawStart, end: rawEnd, replacement };
}

function endOfLine(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i < 0 ? text.length : i;
}

/** For each offset in the text with line breaks folded to `\n`, the offset in the raw text. */
function rawOffsets(raw: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    out.push(i);
    if (raw[i] === "\r" && raw[i + 1] === "\n") i++;
  }
  out.push(raw.length);
  return out;
}

/** `value` as a YAML scalar: bare when that reads back as the same string, else double-quoted. */
export function yamlScalar(value: string): string {
  return render(value, "plain");
}

/** How `value` is written in the given style, falling back to double quotes when that style can't hold it. */
function render(value: string, style: "plain" | "single" | "double"): string {
  if (style === "plain" && isSafePlain(value)) return value;
  if (style === "single" && !hasSpecialChar(value)) return `'${value.replace(/'/g, "''")}'`;
  return `"${escapeDouble(value)}"`;
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NON_STRING_WORD = /^(?:y|yes|n|no|true|false|on|off|null|~|=|<<|[-+]?\.(?:inf|nan))$/i;
/** Numbers of any base, floats, dates and times, YAML 1.1 or 1.2. */
const NUMBER_LIKE = /^[-+]?\.?\d/;

/** True when `value` written bare after `key: ` reads back as exactly that string. */
function isSafePlain(value: string): boolean {
  if (value === "" || hasSpecialChar(value)) return false;
  if (/^\s|\s$/.test(value)) return false;
  if (INDICATOR_START.test(value) || NON_STRING_WORD.test(value) || NUMBER_LIKE.test(value)) return false;
  if (/:(?:\s|$)/.test(value) || /\s#/.test(value)) return false;
  try {
    const back: unknown = parse(`k: ${value}\n`, YAML_OPTIONS);
    return typeof back === "object" && back !== null && (back as Record<string, unknown>)["k"] === value;
  } catch {
    return false;
  }
}

/** Characters a quoted scalar writes as escapes: controls, line and paragraph separators, BOM, lone surrogates. */
function specialAt(value: string, i: number): { escape: string } | null {
  const c = value.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = value.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? null : { escape: unicodeEscape(c) };
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const previous = i > 0 ? value.charCodeAt(i - 1) : 0;
    return previous >= 0xd800 && previous <= 0xdbff ? null : { escape: unicodeEscape(c) };
  }
  if (c === 0x0a) return { escape: "\\n" };
  if (c === 0x0d) return { escape: "\\r" };
  if (c === 0x09) return { escape: "\\t" };
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) {
    return { escape: unicodeEscape(c) };
  }
  return null;
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function hasSpecialChar(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (specialAt(value, i)) return true;
  }
  return false;
}

function escapeDouble(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? "";
    const special = specialAt(value, i);
    if (special) out += special.escape;
    else if (ch === "\\" || ch === '"') out += `\\${ch}`;
    else out += ch;
  }
  return out;
}

/** The safety net: the edited note reads back with `key` set to `value` and everything else as before. */
function readsBack(
  text: string,
  edited: string,
  before: Record<string, unknown>,
  key: string,
  value: string,
): boolean {
  const oldBlock = findFrontmatter(text);
  const block = findFrontmatter(edited);
  if (!oldBlock || !block) return false;
  if (edited.slice(block.bodyStart) !== text.slice(oldBlock.bodyStart)) return false;
  const after = parseFrontmatterYaml(block.yaml);
  if (!after) return false;
  const beforeKeys = Object.keys(before);
  const afterKeys = Object.keys(after);
  if (beforeKeys.length !== afterKeys.length || beforeKeys.some((k, i) => afterKeys[i] !== k)) return false;
  if (after[key] !== value) return false;
  return beforeKeys.every((k) => k === key || deepEqual(before[k], after[k]));
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime());
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra);
  const kb = Object.keys(rb);
  return ka.length === kb.length && ka.every((k, i) => kb[i] === k && deepEqual(ra[k], rb[k]));
}
