// Fills a note template's {{placeholders}}. In the frontmatter, values go in through the YAML
// library, never pasted into YAML text, so quotes, colons, `[[`, `#` or newlines in what the user
// typed always come out as valid YAML holding exactly those characters.
import { format as formatDate } from "date-fns";
import { isMap, isScalar, parseDocument, visit, type Document, type Node } from "yaml";
import { fieldKey } from "./frontmatter-fields";
import { findFrontmatter } from "./note-reader";

export type TemplateValue = string | readonly string[];

export interface TemplateInput {
  values: Readonly<Record<string, TemplateValue>>;
  /** What {{date}}, {{date:FORMAT}} and {{time}} mean. */
  now: Date;
  /** Properties to add to the frontmatter when the template has no key for them. */
  extraFrontmatter?: Readonly<Record<string, unknown>>;
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
  if (pattern === undefined || pattern.trim() === "") return formatDate(now, fallback);
  try {
    return formatDate(now, toDateFnsPattern(pattern.trim()));
  } catch {
    return formatDate(now, fallback);
  }
}

/** The text of one placeholder, or null when the template names something we do not fill. */
function resolve(name: string, arg: string | undefined, input: TemplateInput, listJoin: string): string | null {
  if (name === "date") return dateText(input.now, arg, "yyyy-MM-dd");
  if (name === "time") return dateText(input.now, arg, "HH:mm");
  const v = input.values[name];
  if (v === undefined) return null;
  return typeof v === "string" ? v : v.join(listJoin);
}

/** Replaces placeholders in plain text (the note body): lists become one item per line. */
export function fillText(text: string, input: TemplateInput): string {
  return text.replace(PLACEHOLDER, (all, name: string, arg: string | undefined) => resolve(name, arg, input, "\n") ?? all);
}

/** A marker prefix that appears nowhere in the template or the values, so no value is ever filled twice. */
function markerPrefix(yaml: string, input: TemplateInput): string {
  const texts = [yaml, ...Object.values(input.values).flatMap((v) => (typeof v === "string" ? [v] : [...v]))];
  for (let n = 0; ; n++) {
    const prefix = `JHTOKEN${n.toString(36).toUpperCase()}N`;
    if (!texts.some((t) => t.includes(prefix))) return prefix;
  }
}

function fillYaml(yaml: string, input: TemplateInput): Document {
  // Placeholders become plain tokens first, so `Skills: {{skills}}` parses as a scalar, not a map.
  const prefix = markerPrefix(yaml, input);
  const tokenRe = new RegExp(`${prefix}(\\d+)X`, "g");
  const wholeRe = new RegExp(`^${prefix}(\\d+)X$`);
  const tokens: { name: string; arg: string | undefined; raw: string }[] = [];
  const tokenized = yaml.replace(PLACEHOLDER, (raw, name: string, arg: string | undefined) => {
    tokens.push({ name, arg, raw });
    return `${prefix}${tokens.length - 1}X`;
  });
  const doc = parseDocument(tokenized, { logLevel: "error" });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) {
    throw new TemplateError("The template's frontmatter is not valid YAML.");
  }
  const fill = (s: string, unknownAsRaw: boolean): string =>
    s.replace(tokenRe, (all, i: string) => {
      const t = tokens[Number(i)];
      if (!t) return all;
      return resolve(t.name, t.arg, input, ", ") ?? (unknownAsRaw ? t.raw : all);
    });
  visit(doc, {
    Scalar(key, node): Node | undefined {
      if (typeof node.value !== "string") return undefined;
      const whole = wholeRe.exec(node.value);
      const t = whole ? tokens[Number(whole[1])] : undefined;
      // A value that is just a list placeholder becomes a YAML list.
      if (key === "value" && t) {
        const v = input.values[t.name];
        if (v !== undefined && typeof v !== "string") return doc.createNode([...v]);
      }
      // In place, so the visitor does not read the filled text again.
      node.value = fill(node.value, true);
      return undefined;
    },
  });
  if (input.extraFrontmatter) {
    const present = new Set<string>();
    if (isMap(doc.contents)) for (const item of doc.contents.items) if (isScalar(item.key)) present.add(fieldKey(String(item.key.value)));
    for (const [k, v] of Object.entries(input.extraFrontmatter)) {
      if (!present.has(fieldKey(k))) doc.set(k, doc.createNode(v));
    }
  }
  // Markers left in comments go back to the placeholder as written.
  doc.commentBefore = doc.commentBefore ? fill(doc.commentBefore, true) : doc.commentBefore;
  restoreComments(doc, (c) => fill(c, true));
  return doc;
}

function restoreComments(doc: Document, fix: (comment: string) => string): void {
  visit(doc, (_key, node) => {
    if (node === null || typeof node !== "object") return undefined;
    const n = node as { comment?: string | null; commentBefore?: string | null };
    if (typeof n.comment === "string") n.comment = fix(n.comment);
    if (typeof n.commentBefore === "string") n.commentBefore = fix(n.commentBefore);
    return undefined;
  });
  if (typeof doc.comment === "string") doc.comment = fix(doc.comment);
}

/** The note a template makes. Throws TemplateError when the template's own frontmatter is invalid. */
export function renderTemplate(template: string, input: TemplateInput): string {
  const block = findFrontmatter(template);
  const body = block ? template.slice(block.bodyStart) : template;
  const extra = input.extraFrontmatter && Object.keys(input.extraFrontmatter).length > 0;
  if (!block && !extra) return fillText(template, input);
  const doc = fillYaml(block ? block.yaml : "", input);
  const yaml = doc.contents === null ? "" : doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n${fillText(body.replace(/^\uFEFF/, ""), input)}`;
}
