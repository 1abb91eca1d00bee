// Changes one scalar property in a note's frontmatter in place, leaving every other byte of the note
// as it was: comments, key order, quoting, blank lines, line endings and the body.
import { deepEqual, fieldKey, keyIn } from "./frontmatter-fields";
import { lower, upper, unixLines } from "./text";
import { findTopLevelKey, resolvePlain, type ParseYaml } from "./flat-yaml";
import { findFrontmatter, parseFrontmatterYaml, type FrontmatterBlock } from "./note-reader";
import { isString } from "./is";
import { keysOf } from "./objects";

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

/** The answer that sends the caller to a full rewrite of the YAML. */
export const notSimple = (key: string | null): FrontmatterEdit => ({ kind: "not-simple", key });

/** The answer that gives the note's text as edited. */
export const asEdit = (text: string): FrontmatterEdit => ({ kind: "edited", text });

/** A note's frontmatter opened for an edit: its block, its values and where its YAML starts in the text. */
export function openFrontmatter(text: string, parseYaml: ParseYaml): { block: FrontmatterBlock; before: Record<string, unknown>; yamlStart: number } | FrontmatterEdit {
  const block = findFrontmatter(text);
  if (!block) return { kind: "no-frontmatter" };
  const before = parseFrontmatterYaml(block.yaml, parseYaml);
  if (!before) return { kind: "invalid-yaml" };
  return { block, before, yamlStart: text.indexOf("\n", text.startsWith("\uFEFF") ? 1 : 0) + 1 };
}

/**
 * Sets the first top-level key matching any of `keys` (compared with fieldKey) to the string `value`.
 * Candidates are tried in the order given and, for each, keys in the note's order, so the key edited is
 * the one `FieldReader.get(...keys)` reads. With `add`, a note with none of them gets `keys[0]` as a
 * new last line of its frontmatter. Never throws.
 */
export function setFrontmatterString(text: string, keys: readonly string[], value: string, parseYaml: ParseYaml, add = false): FrontmatterEdit {
  let found: string | null = null;
  try {
    const opened = openFrontmatter(text, parseYaml);
    if ("kind" in opened) return opened;
    const { block, before, yamlStart } = opened;
    found = keyIn(before, keys) ?? null;
    const inPlace = yamlStart > 0 && text.slice(yamlStart, yamlStart + block.yaml.length) === block.yaml;
    const key = keys[0];
    if (found === null && add && inPlace && key !== undefined) {
      const yamlEnd = yamlStart + block.yaml.length;
      const eol = lineBreakOf(text);
      const lastEndsLine = yamlEnd === yamlStart || text[yamlEnd - 1] === "\n";
      const line = `${lastEndsLine ? "" : eol}${yamlScalar(key)}: ${yamlText(value)}${eol}`;
      const edited = text.slice(0, yamlEnd) + line + text.slice(yamlEnd);
      return readsBackAs(text, edited, before, key, value, parseYaml) ? asEdit(edited) : notSimple(null);
    }
    if (found === null) return notSimple(null);
    if (before[found] === value) return { kind: "unchanged" };
    if (!inPlace) return notSimple(found);
    // The same value written again in another spelling ("Stage: Applied", "stage: applied") moves with it.
    const old = before[found];
    const foundKey = fieldKey(found);
    const twins = isString(old) ? keysOf(before).filter((k) => k !== found && fieldKey(k) === foundKey && isString(before[k]) && lower(before[k]) === lower(old)) : [];
    let yaml = block.yaml;
    for (const k of [found, ...twins]) {
      const splice = locateValue(yaml, k, value);
      if (!splice) return notSimple(found);
      yaml = yaml.slice(0, splice.start) + splice.replacement + yaml.slice(splice.end);
    }
    const edited = text.slice(0, yamlStart) + yaml + text.slice(yamlStart + block.yaml.length);
    return readsBackAs(text, edited, before, found, value, parseYaml, twins) ? asEdit(edited) : notSimple(found);
  } catch {
    return notSimple(found);
  }
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
  // Work on the text with line breaks folded to `\n`, then map offsets back to the raw text.
  const yaml = unixLines(rawYaml);
  const entry = findTopLevelKey(yaml, key);
  if (!entry || entry.value === undefined) return null;
  const colon = entry.colon;
  const lineEnd = entry.end;
  let start = colon;
  let end = colon;
  let style: "plain" | "single" | "double" = "plain";
  if (entry.scalar) {
    ({ start, end, style } = entry.scalar);
  }
  const trailer = yaml.slice(end, lineEnd);
  if (!TRAILER.test(trailer)) return null;

  // A property edited in place is quoted when it looks like a date, which some YAML parsers read as one.
  let replacement = yamlScalarAs(value, style === "plain" && TIMESTAMP.test(value) ? "double" : style);
  if (!entry.scalar) {
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
  return yamlScalarAs(value, "plain");
}

/** The line break a note uses, judged by its first line: "\r\n" or "\n". */
export function lineBreakOf(text: string): string {
  const firstBreak = text.indexOf("\n");
  return firstBreak > 0 && text[firstBreak - 1] === "\r" ? "\r\n" : "\n";
}

/** The comment that ends a YAML line whose value is empty or a simple list (" # note"), with its blanks; "" for none. */
export function lineComment(line: string): string {
  return /[ \t]+#[^"'\]]*$/.exec(line)?.[0] ?? "";
}

/** `value` as yamlScalar writes it, but double-quoted when a YAML 1.1 parser would read it as a date ("2026-10-01"). */
export function yamlText(value: string): string {
  return yamlScalarAs(value, TIMESTAMP.test(value) ? "double" : "plain");
}

/** How `value` is written in the given style, falling back to double quotes when that style can't hold it. */
export function yamlScalarAs(value: string, style: "plain" | "single" | "double"): string {
  if (style === "plain" && isSafePlain(value)) return value;
  if (style === "single" && !hasSpecialChar(value)) return `'${value.replace(/'/g, "''")}'`;
  return `"${escapeDouble(value)}"`;
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const NON_STRING_WORD = /^(?:y|yes|n|no|true|false|on|off|null|~|=|<<|[-+]?\.(?:inf|nan))$/i;
/** Numbers of any base and floats, YAML 1.1 or 1.2, start like this. */
const NUMBER_LIKE = /^[-+]?\.?\d/;
/** A date or date and time, which YAML 1.1 parsers read as a timestamp. */
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;
/** Numbers only YAML 1.1 parsers read: with `_`, binary, sexagesimal. */
const YAML11_NUMBER = /^[-+]?(?:[0-9_.:]+|0b[01_]+|0x[0-9a-fA-F_]+|[0-9_.]+[eE][-+]?[0-9]+)$/;

/** True when `value` written bare after `key: ` reads back as exactly that string. */
function isSafePlain(value: string): boolean {
  if (value === "" || hasSpecialChar(value)) return false;
  if (/^\s|\s$/.test(value)) return false;
  if (INDICATOR_START.test(value) || NON_STRING_WORD.test(value) || (NUMBER_LIKE.test(value) && !readsAsText(value))) return false;
  return !/:(?:\s|$)/.test(value) && !/\s#/.test(value);
}

/** True when a value that starts like a number is still text to a YAML 1.2 and a YAML 1.1 parser: "01JAZ…", "2026-11-23 Offer". */
function readsAsText(value: string): boolean {
  return resolvePlain(value) === value && !YAML11_NUMBER.test(value);
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
  return `\\u${upper(code.toString(16)).padStart(4, "0")}`;
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

/**
 * The safety net: the edited note has the same body, `key` and the keys of `alsoSet` read as
 * `expected` (`key` written last when it was not there before), and every other key reads as
 * before, in the same order.
 */
export function readsBackAs(text: string, edited: string, before: Record<string, unknown>, key: string, expected: unknown, parseYaml: ParseYaml, alsoSet: readonly string[] = []): boolean {
  const oldBlock = findFrontmatter(text);
  const block = findFrontmatter(edited);
  if (!oldBlock || !block || edited.slice(block.bodyStart) !== text.slice(oldBlock.bodyStart)) return false;
  const after = parseFrontmatterYaml(block.yaml, parseYaml);
  if (!after) return false;
  const keys = keysOf(before);
  if (!keys.includes(key)) keys.push(key);
  const afterKeys = keysOf(after);
  const set = [key, ...alsoSet];
  return keys.length === afterKeys.length && keys.every((k, i) => afterKeys[i] === k && deepEqual(set.includes(k) ? expected : before[k], after[k]));
}

