// Fills a note template's {{placeholders}}. In the frontmatter, each value is written as a YAML
// scalar (quoted and escaped where it must be), never pasted into YAML text, and the result is
// parsed back and compared with what it must hold, so quotes, colons, `[[`, `#` or newlines in what
// the user typed always come out as valid YAML holding exactly those characters.
import { formatDatePattern as formatDate } from "./date-format";
import { blockScalar, hasOwn, type ParseYaml } from "./flat-yaml";
import { lineComment, yamlScalar, yamlScalarAs } from "./frontmatter-edit";
import { blank, deepEqual, fieldKey, isStructured } from "./frontmatter-fields";
import { topKeyOf } from "./frontmatter-list";
import { findFrontmatter } from "./note-reader";
import { lower, upper, unixLines } from "./text";
import { isArray, isString } from "./is";
import { entriesOf, keysOf } from "./objects";

export type TemplateValue = string | readonly string[];

export interface TemplateInput {
  values: Readonly<Record<string, TemplateValue>>;
  /** What {{date}}, {{date:FORMAT}} and {{time}} mean. */
  now: Date;
  /**
   * Properties to add to the frontmatter when the template has no key for them, or leaves the key
   * empty; a list the template gives without a placeholder gains the items it lacks.
   */
  extraFrontmatter?: Readonly<Record<string, unknown>>;
  /** Keys of extraFrontmatter whose list items the note must hold even when the template's list has a placeholder (a roadmap's aliases). */
  requiredItems?: readonly string[];
  /** Other names a key of extraFrontmatter goes by: a template's `status` or `role` is where Stage or title goes. */
  otherNames?: Readonly<Record<string, readonly string[]>>;
}

export class TemplateError extends Error {}

const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)(?::([^}]*))?\s*\}\}/g;

/**
 * Obsidian's own templates take moment.js formats ({{date:YYYY-MM-DD}}), so a pattern that uses
 * moment's year or day tokens is translated to date-fns tokens; date-fns patterns pass unchanged.
 */
export function toDateFnsPattern(pattern: string): string {
  if (!/YYYY|YY|DD|dddd|Do/.test(pattern)) return pattern;
  let out = "";
  const re = /\[([^\]]*)\]|YYYY|YY|dddd|ddd|Do|DD|D|A/g;
  let last = 0;
  for (const m of pattern.matchAll(re)) {
    out += pattern.slice(last, m.index);
    const t = m[0];
    if (m[1] !== undefined) out += `'${m[1].replace(/'/g, "''")}'`;
    else out += { YYYY: "yyyy", YY: "yy", dddd: "EEEE", ddd: "EEE", Do: "do", DD: "dd", D: "d", A: "a" }[t] ?? t;
    last = (m.index ?? 0) + t.length;
  }
  return out + pattern.slice(last);
}

function dateText(now: Date, pattern: string | undefined, fallback: string): string {
  if (pattern === undefined || blank(pattern)) return formatDate(now, fallback);
  try {
    return formatDate(now, toDateFnsPattern(pattern.trim()));
  } catch {
    return formatDate(now, fallback);
  }
}

/** The text of one placeholder, or null when the template names something we do not fill. */
function resolve(name: string, arg: string | undefined, input: TemplateInput, listJoin: string): string | null {
  const folded = lower(name);
  if (folded === "date") return dateText(input.now, arg, "yyyy-MM-dd");
  if (folded === "time") return dateText(input.now, arg, "HH:mm");
  const v = valueOf(input, name);
  if (v === undefined) return null;
  return isString(v) ? v : v.join(listJoin);
}

/** The value a placeholder names, in any case: {{Company}} and {{TITLE}} are {{company}} and {{title}}, as templates are typed by hand. */
function valueOf(input: TemplateInput, name: string): TemplateValue | undefined {
  const values = input.values;
  if (hasOwn(values, name)) return values[name];
  const folded = lower(name);
  const key = keysOf(values).find((k) => lower(k) === folded);
  return key === undefined ? undefined : values[key];
}

/** Replaces placeholders in plain text (the note body): lists become one item per line. */
export function fillText(text: string, input: TemplateInput): string {
  return text.replace(PLACEHOLDER, (all, name: string, arg: string | undefined) => resolve(name, arg, input, "\n") ?? all);
}

/** A marker prefix that appears nowhere in the template or the values, so no value is ever filled twice. */
function markerPrefix(yaml: string, input: TemplateInput): string {
  const texts = [yaml, ...Object.values(input.values).flatMap((v) => (isString(v) ? [v] : [...v]))];
  for (let n = 0; ; n++) {
    const prefix = `JHTOKEN${upper(n.toString(36))}N`;
    if (!texts.some((t) => t.includes(prefix))) return prefix;
  }
}

/** The template's frontmatter with its placeholders filled, as YAML text ending in a line break (or empty). */
function fillYaml(rawYaml: string, input: TemplateInput, parseYaml: ParseYaml): string {
  const yaml = unixLines(rawYaml);
  // Placeholders become plain tokens first, so `Skills: {{skills}}` parses as a scalar, not a map.
  const prefix = markerPrefix(yaml, input);
  const tokenRe = new RegExp(`${prefix}(\\d+)X`, "g");
  const wholeRe = new RegExp(`^${prefix}(\\d+)X$`);
  const tokens: { name: string; arg: string | undefined; raw: string }[] = [];
  const tokenized = yaml.replace(PLACEHOLDER, (raw, name: string, arg: string | undefined) => {
    tokens.push({ name, arg, raw });
    return `${prefix}${tokens.length - 1}X`;
  });
  let parsed: unknown;
  try {
    parsed = blank(tokenized) ? null : parseYaml(tokenized);
  } catch {
    parsed = false; // as invalid as YAML that is no mapping
  }
  if (parsed !== null && parsed !== undefined && !isStructured(parsed)) {
    throw new TemplateError("The template's frontmatter is not valid YAML.");
  }
  const fill = (text: string, listJoin: string): string =>
    text.replace(tokenRe, (all, i: string) => {
      const t = tokens[Number(i)];
      return t ? (resolve(t.name, t.arg, input, listJoin) ?? t.raw) : all;
    });
  /** The list a value stands for when it is exactly one list placeholder. */
  const listOf = (text: string): readonly string[] | null => {
    const whole = wholeRe.exec(text);
    const t = whole ? tokens[Number(whole[1])] : undefined;
    const v = t ? valueOf(input, t.name) : undefined;
    return v !== undefined && !isString(v) ? v : null;
  };

  // What the frontmatter must read as: the template's values with placeholders filled.
  const fillValue = (v: unknown): unknown => {
    if (isString(v)) return fill(v, ", ");
    if (isArray(v)) return v.map(fillValue);
    if (isStructured(v)) return fillMap(v);
    return v;
  };
  const fillMap = (m: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of entriesOf(m)) {
      const list = isString(v) ? listOf(v) : null;
      out[fill(k, ", ")] = list ? [...list] : fillValue(v);
    }
    return out;
  };
  const expected = isStructured(parsed) ? fillMap(parsed) : {};
  const extras: Record<string, unknown> = {};
  // A key the template leaves empty ("Company:", "Skills: []") takes the form's value, and a list it
  // fills gains the items it lacks (a roadmap template's `aliases: [roadmap]` gains "C#").
  const taken: Record<string, unknown> = {};
  const own = new Map(keysOf(expected).map((k) => [fieldKey(k), k]));
  // A key whose value holds a placeholder ("Skills:\n  - {{skills}}") already says where the form's value goes.
  const anyToken = new RegExp(`${prefix}\\d+X`);
  const placed = new Set(isStructured(parsed) ? entriesOf(parsed).filter(([, v]) => anyToken.test(JSON.stringify(v) ?? "")).map(([k]) => fill(k, ", ")) : []);
  for (const [k, v] of entriesOf(input.extraFrontmatter ?? {})) {
    const key = [k, ...(input.otherNames?.[k] ?? [])].map((name) => own.get(fieldKey(name))).find((name) => name !== undefined);
    if (key === undefined) {
      extras[k] = v;
      continue;
    }
    const required = input.requiredItems?.some((r) => fieldKey(r) === fieldKey(k)) ?? false;
    const value = placed.has(key) && !required ? undefined : formValueFor(expected[key], v);
    if (value !== undefined) taken[key] = expected[key] = value;
  }
  Object.assign(expected, extras);
  if (keysOf(expected).length === 0) return "";

  // The template's own text, kept line by line, with each filled value written as YAML.
  // A comment takes the values too, on one line, so a line break in a value cannot end the comment.
  const inComment = (text: string): string => fill(text, ", ").replace(/[\r\n\u0085\u2028\u2029]+/g, " ");
  let text = fillLines(tokenized, fill, listOf, inComment);
  for (const [key, value] of entriesOf(taken)) if (text !== null) text = withValue(text, key, value);
  if (text !== null) {
    const withExtras = text + emitMap(extras, "");
    try {
      if (deepEqual(parseYaml(withExtras), expected)) return withExtras;
    } catch {
      // Written out in full below.
    }
  }
  return emitMap(expected, "");
}


/** What the form gives a key the template has: its value when the template's is empty, a list's missing items, or nothing. */
function formValueFor(template: unknown, form: unknown): unknown {
  if (isEmptyValue(form)) return undefined;
  // `Company: "[[]]"` asks for a link: the company goes inside it.
  if (isString(template) && EMPTY_LINK.test(template) && isString(form) && !/[[\]|]/.test(form)) return `[[${form}]]`;
  if (isEmptyValue(template)) return form;
  if (isArray(template) && isArray(form)) {
    const had: readonly unknown[] = template;
    const same = (a: unknown, b: unknown): boolean => (isString(a) && isString(b) ? lower(a) === lower(b) : deepEqual(a, b));
    const missing = (form as readonly unknown[]).filter((f) => !had.some((t) => same(t, f)));
    return missing.length > 0 ? [...had, ...missing] : undefined;
  }
  return undefined;
}

/** A link with nothing in it, `"[[]]"`: a template's way of asking for a link. */
const EMPTY_LINK = /^\s*\[\[\s*\]\]\s*$/;

/** Empty in a template: nothing, blank text, an empty link (`"[[]]"`) or a list of those. */
function isEmptyValue(v: unknown): boolean {
  return blank(v) || (isString(v) ? EMPTY_LINK.test(v) : isArray(v) && v.every(isEmptyValue));
}

/**
 * The YAML text with the top-level `key`'s line (and its list items or indented lines) written
 * anew, keeping the comment at the end of that line and the comment lines under it; null when the
 * key is not found.
 */
function withValue(yaml: string, key: string, value: unknown): string | null {
  const lines = yaml.split("\n");
  const at = lines.findIndex((l) => topKeyOf(l) === key);
  if (at < 0) return null;
  let end = at + 1;
  while (end < lines.length && /^(?:[ \t]+\S|-(?:\s|$))/.test(lines[end] ?? "")) end++;
  const comment = lineComment(lines[at] ?? "");
  const comments = lines.slice(at + 1, end).filter((l) => /^[ \t]*#/.test(l));
  const written = emitMap({ [key]: value }, "").replace(/\n$/, "").split("\n");
  written[0] = `${written[0] ?? ""}${comment}`;
  return [...lines.slice(0, at), ...written, ...comments, ...lines.slice(end)].join("\n");
}

const MAP_LINE = /^( *)([\p{L}_][\p{L}\p{N}_ .()/-]*?)( *:)(?:( +)(.*))?$/u;
const ITEM_LINE = /^( *- +)(.*)$/;

/**
 * Fills each line that holds a placeholder: a `key: value` or `- value` line whose value is one
 * scalar gets the filled value written in the same quoting (or quoted when it must be), and a value
 * that is exactly a list placeholder becomes a list. Null when a placeholder sits anywhere else
 * (flow collections, block scalars, keys), so the caller writes the whole frontmatter out.
 */
function fillLines(
  tokenized: string,
  fill: (text: string, listJoin: string) => string,
  listOf: (text: string) => readonly string[] | null,
  inComment: (text: string) => string,
): string | null {
  const has = (t: string): boolean => inComment(t) !== t;
  const out: string[] = [];
  for (const line of tokenized.split("\n")) {
    if (!has(line) || /^ *#/.test(line)) {
      out.push(inComment(line));
      continue;
    }
    const map = MAP_LINE.exec(line);
    const item = map ? null : ITEM_LINE.exec(line);
    let head: string;
    let rest: string;
    let indent: string;
    if (map) {
      if (has(map[2] ?? "") || map[5] === undefined) return null;
      indent = map[1] ?? "";
      head = `${indent}${map[2] ?? ""}${map[3] ?? ""}${map[4] ?? ""}`;
      rest = map[5];
    } else if (item) {
      indent = "";
      head = item[1] ?? "";
      rest = item[2] ?? "";
    } else {
      return null;
    }
    const scalar = blockScalar(rest, 0);
    if (!scalar || !isString(scalar.value)) return null;
    const { end, style } = scalar.span;
    const trailer = inComment(rest.slice(end));
    const list = map ? listOf(scalar.value) : null;
    if (map && list && style === "plain") {
      const key = head.trimEnd();
      if (list.length === 0) out.push(`${key} []${trailer}`);
      else out.push(`${key}${trailer}`, ...list.map((v) => `${indent}  - ${yamlScalar(v)}`));
      continue;
    }
    const filled = fill(scalar.value, ", ");
    const written = yamlScalarAs(filled, style);
    out.push(`${head}${written}${trailer}`);
  }
  const text = out.join("\n").replace(/\n*$/, "");
  return text === "" ? "" : `${text}\n`;
}

/** The whole frontmatter written out: block maps and lists, scalars quoted where they must be. */
function emitMap(map: Record<string, unknown>, indent: string): string {
  let out = "";
  for (const [k, v] of entriesOf(map)) out += `${indent}${yamlScalar(k)}:${emitValue(v, indent)}`;
  return out;
}

function emitValue(v: unknown, indent: string): string {
  if (isArray(v)) {
    if (v.length === 0) return " []\n";
    return "\n" + v.map((item) => `${indent}  -${emitValue(item, `${indent}  `).replace(/^\n {2}/, " ")}`).join("");
  }
  if (isStructured(v)) return keysOf(v).length === 0 ? " {}\n" : `\n${emitMap(v, `${indent}  `)}`;
  return ` ${emitScalar(v)}\n`;
}

function emitScalar(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "number") return Number.isNaN(v) ? ".nan" : v === Infinity ? ".inf" : v === -Infinity ? "-.inf" : String(v);
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return yamlScalar(v.toISOString());
  return yamlScalar(isString(v) ? v : JSON.stringify(v));
}

/** The note a template makes. Throws TemplateError when the template's own frontmatter is invalid. */
export function renderTemplate(template: string, input: TemplateInput, parseYaml: ParseYaml): string {
  const block = findFrontmatter(template);
  const body = block ? template.slice(block.bodyStart) : template;
  const extra = input.extraFrontmatter && keysOf(input.extraFrontmatter).length > 0;
  if (!block && !extra) return fillText(template, input);
  const yaml = fillYaml(block ? block.yaml : "", input, parseYaml);
  return `---\n${yaml}---\n${fillText(body.replace(/^\uFEFF/, ""), input)}`;
}
