// Writes or refreshes the managed "Skill roadmaps" section of a posting note: one task line per skill
// linking its roadmap note. Edits only what it must: user lines, check marks and line endings stay.
import { fenceAfter } from "./code-fence";
import { lineBreakOf } from "./frontmatter-edit";
import { findFrontmatter } from "./note-reader";
import { skillKey } from "./skills";
import { linkParts, linkTargetTitle } from "./wikilink";
import { lower } from "./text";
import { isArray, isString } from "./is";

export interface SkillLine {
  /** The skill's canonical name. */
  skill: string;
  /** A ready-made Markdown link to the roadmap note (e.g. "[[Roadmaps/PostgreSQL|PostgreSQL]]" or "[PostgreSQL](Roadmaps/PostgreSQL.md)"), or null when the skill has no roadmap yet. */
  link: string | null;
}

export interface SectionOptions {
  /** The heading line, e.g. "## Skill roadmaps" (its level is the number of #s). */
  heading: string;
  /** Text after a skill with no roadmap, default "(no roadmap yet)". */
  noRoadmapText?: string;
}

export const DEFAULT_SKILL_HEADING = "## Skill roadmaps";
export const DEFAULT_NO_ROADMAP_TEXT = "(no roadmap yet)";

/*
 * Rules, beyond the interface comments:
 * - The section is the first ATX heading (up to three spaces of indentation, outside the frontmatter and
 *   outside ``` / ~~~ fences) of the option's level whose text, trimmed, without a closing run of '#'s,
 *   equals the option's heading text case-insensitively. It runs to the next heading of the same or a
 *   higher level outside fences, or to the end of the note. Setext headings are not recognised.
 * - An item is a task line (`-`, `*`, `+` or `1.` / `1)` bullet, any indentation, any check mark) outside
 *   fences inside the section. Its text (after the checkbox) is recognised for a skill, in this order:
 *   1. exactly the text this function would write for that skill (so its own lines are always found),
 *      then that text followed by more (the user's trailing text);
 *   2. a leading `[[target|alias]]` or `[label](target)` link whose alias/label, else target base name
 *      (folders, `#heading` and `.md` dropped; also with a trailing " Roadmap" dropped), has the
 *      skill's `skillKey`; or a plain text that has it, once a "(no roadmap yet)" marker (the default
 *      or the configured one) and anything after it are set aside.
 *   Lines are matched in document order, each to the first unmatched skill in `lines` order; a skill
 *   takes at most one line and a line at most one skill. Later lines for an already matched skill are
 *   user lines and stay as they are.
 * - Trailing text: on a recognised line, what follows the link (or the marker of a plain item) is the
 *   user's and is kept verbatim after the new text, except a "(no roadmap yet)" marker right after a
 *   link, which is dropped. A plain item without a marker keeps only its trailing whitespace.
 * - New items are written `- [ ] <link>` or `- [ ] <skill> (no roadmap yet)`. When the section already
 *   has a recognised item, they go after the last one's block (the item line plus the lines that
 *   belong to it: deeper-indented sub-items and continuation lines up to a blank line), with that
 *   item's indentation and bullet. Otherwise they go right after the heading (and the one blank line
 *   after it, if any), followed by a blank line when the next line is text that is not a list item.
 * - A missing section is inserted after the frontmatter: after the body's first non-blank line when it
 *   is an H1, else at the start of the body (no blank line is added between the frontmatter's closing
 *   fence and the heading). A blank line separates it from a non-blank line before or after it.
 * - Line breaks (CR, LF, U+2028, U+2029) inside a skill, link, marker or heading become spaces, and
 *   each is trimmed; a skill with an empty `skillKey` is skipped; an empty link means no roadmap; a
 *   blank marker means the default one; a heading option without leading '#'s is an H2.
 * - New lines use the note's line ending (CRLF when its first line break is CRLF, else LF). When lines
 *   are added at the very end of a note that has no trailing newline, the previous last line gets a
 *   line ending and the note still ends without one. An empty note gets a trailing newline.
 * - Any unexpected failure returns `text` unchanged.
 */

/** Returns the new note text; identical (===) to `text` when nothing needed to change. Never throws. */
export function writeSkillSection(text: string, lines: readonly SkillLine[], options: SectionOptions): string {
  try {
    if (!isString(text)) return text;
    return write(text, lines, options);
  } catch {
    return text;
  }
}

interface Line {
  text: string;
  eol: string;
}

interface Wanted {
  skill: string;
  key: string;
  /** The item text to write: the link, or the skill and the marker. */
  item: string;
}

interface Task {
  /** Indentation, bullet, spacing and `[c]`: kept as the user wrote them. */
  prefix: string;
  indent: string;
  bullet: string;
  /** The whitespace between the checkbox and the text. */
  lead: string;
  /** Everything after `lead`. */
  body: string;
}

interface Heading {
  level: number;
  text: string;
}

const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;
const TASK = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)\[(.)\]([ \t]*)(.*)$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const CLOSING_HASHES = /(?:^|[ \t]+)#+[ \t]*$/;
const BLANK = /^[ \t]*$/;

function clean(value: unknown): string {
  return isString(value) ? value.replace(LINE_BREAKS, " ").trim() : "";
}

function write(text: string, lines: readonly SkillLine[], options: SectionOptions): string {
  const heading = headingOption(options);
  const markerOption = clean(safeGet(options, "noRoadmapText"));
  const marker = markerOption === "" ? DEFAULT_NO_ROADMAP_TEXT : markerOption;
  const markers = lower(marker) === DEFAULT_NO_ROADMAP_TEXT ? [marker] : [marker, DEFAULT_NO_ROADMAP_TEXT];
  const wanted = wantedItems(lines, marker);

  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const rest = text.slice(bom.length);
  const nl = lineBreakOf(rest);
  const all = splitLines(rest);
  const n = all.length;
  const bodyStart = bodyStartLine(rest, all);

  // Which lines are code (fence lines included), and whether a fence is open before each line.
  const isCode: boolean[] = new Array<boolean>(n).fill(false);
  const openBefore: boolean[] = new Array<boolean>(n + 1).fill(false);
  let fence: string | null = null;
  // A comment opened at a line's start (%% … %%, <!-- … -->) is read as code is: no heading or item
  // of the section is in it. A mark inside a line, as an item's text may hold, opens none.
  let close: string | null = null;
  for (let i = bodyStart; i < n; i++) {
    openBefore[i] = fence !== null;
    const line = lineText(all, i);
    const t = line.trim();
    if (close === null && fence === null && (t.startsWith("%%") || t.startsWith("<!--"))) {
      const mark = t.startsWith("%%") ? "%%" : "-->";
      // Closed on its own line ("%% a note %%"), or open until a line with its closing mark.
      close = t.includes(mark, 2) ? null : mark;
      isCode[i] = true;
      continue;
    }
    if (close !== null) {
      if (t.includes(close)) close = null;
      isCode[i] = true;
      continue;
    }
    const after = fenceAfter(line, fence);
    if (after !== fence) {
      fence = after;
      isCode[i] = true;
      continue;
    }
    isCode[i] = fence !== null;
  }
  openBefore[n] = fence !== null;

  // The section: its heading line and the first line after it that is not in it.
  // "## Skill Roadmaps 🗺️" is the section too: case and emoji aside.
  const headingKey = (text: string): string => lower(text.replace(/\p{ExtPict}|\uFE0F/gu, "").trim());
  const wantedHeadingText = headingKey(heading.text);
  let start = -1;
  for (let i = bodyStart; i < n && start < 0; i++) {
    if (isCode[i]) continue;
    const h = parseHeading(lineText(all, i));
    if (h && h.level === heading.level && headingKey(h.text) === wantedHeadingText) start = i;
  }

  if (start < 0) {
    if (wanted.length === 0) return text;
    return bom + insertSection(all, bodyStart, heading.line, wanted, nl);
  }

  let end = n;
  for (let i = start + 1; i < n; i++) {
    if (isCode[i]) continue;
    const h = parseHeading(lineText(all, i));
    if (h && h.level <= heading.level) {
      end = i;
      break;
    }
  }

  // The task lines of the section, matched to skills.
  const tasks = new Map<number, Task>();
  for (let i = start + 1; i < end; i++) {
    if (isCode[i]) continue;
    const t = parseTask(lineText(all, i));
    if (t) tasks.set(i, t);
  }
  const claimed = new Map<number, Wanted>();
  const taken = new Set<string>();
  const passes = [exactMatch, prefixMatch, (body: string, w: readonly Wanted[], t: ReadonlySet<string>) => nameMatch(body, w, t, markers)];
  for (const pass of passes) {
    for (const [i, t] of tasks) {
      if (claimed.has(i)) continue;
      const w = pass(t.body, wanted, taken);
      if (w) {
        claimed.set(i, w);
        taken.add(w.key);
      }
    }
  }

  let changed = false;
  const out: Line[] = all.map((l) => ({ text: l.text, eol: l.eol }));
  let last = -1;
  for (const [i, w] of claimed) {
    const t = tasks.get(i);
    const line = out[i];
    if (!t || !line) continue;
    last = Math.max(last, i);
    const trailing = t.body.startsWith(w.item) ? t.body.slice(w.item.length) : trailingText(t.body, w.key, markers);
    const next = t.prefix + (t.lead === "" ? " " : t.lead) + w.item + trailing;
    if (next !== lineText(all, i)) {
      line.text = next + crSuffix(line.text);
      changed = true;
    }
  }

  const missing = wanted.filter((w) => !taken.has(w.key));
  if (missing.length > 0) {
    let at: number;
    let added: string[];
    const lastTask = tasks.get(last);
    if (lastTask) {
      at = itemBlockEnd(all, last, end, isCode, openBefore);
      while (at > last + 1 && openBefore[at] === true) at--;
      const bullet = /^[-*+]$/.test(lastTask.bullet) ? lastTask.bullet : "-";
      added = missing.map((w) => `${lastTask.indent}${bullet} [ ] ${w.item}`);
    } else {
      at = start + 1;
      if (at < end && isBlank(lineText(all, at))) at++;
      added = missing.map((w) => `- [ ] ${w.item}`);
      const after = at < n ? lineText(all, at) : null;
      if (after !== null && !isBlank(after) && !LIST_ITEM.test(after)) added.push("");
    }
    insertLines(out, at, added, nl);
    changed = true;
  }

  return changed ? bom + joinLines(out) : text;
}

function safeGet(options: SectionOptions, key: keyof SectionOptions): unknown {
  return options !== null && typeof options === "object" ? options[key] : undefined;
}

function headingOption(options: SectionOptions): Heading & { line: string } {
  const given = clean(safeGet(options, "heading"));
  const parsed = parseHeading(given);
  if (parsed && parsed.text !== "") return { ...parsed, line: given };
  const plain = given.replace(/^#+/, "").trim();
  if (!parsed && plain !== "") {
    // Read the line back as it will be found: "$ #" as a heading reads "$" (a closing # sequence).
    const line = `## ${plain}`;
    const reread = parseHeading(line);
    if (reread && reread.text !== "") return { ...reread, line };
  }
  return { level: 2, text: "Skill roadmaps", line: DEFAULT_SKILL_HEADING };
}

function wantedItems(lines: readonly SkillLine[], marker: string): Wanted[] {
  const out: Wanted[] = [];
  if (!isArray(lines)) return out;
  const seen = new Set<string>();
  for (const entry of lines as readonly unknown[]) {
    if (entry === null || typeof entry !== "object") continue;
    const { skill: rawSkill, link: rawLink } = entry as { skill?: unknown; link?: unknown };
    const skill = clean(rawSkill);
    const key = skillKey(skill);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    const link = clean(rawLink);
    out.push({ skill, key, item: link !== "" ? link : `${skill} ${marker}` });
  }
  return out;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos < text.length) {
    const i = text.indexOf("\n", pos);
    if (i < 0) {
      out.push({ text: text.slice(pos), eol: "" });
      break;
    }
    const cr = i > pos && text[i - 1] === "\r";
    out.push({ text: text.slice(pos, cr ? i - 1 : i), eol: cr ? "\r\n" : "\n" });
    pos = i + 1;
  }
  return out;
}

function joinLines(lines: readonly Line[]): string {
  let s = "";
  for (const l of lines) s += l.text + l.eol;
  return s;
}

/** A line's text without a stray carriage return (only a last line without a newline can hold one). */
function lineText(lines: readonly Line[], i: number): string {
  const t = lines[i]?.text ?? "";
  return t.endsWith("\r") ? t.slice(0, -1) : t;
}

function crSuffix(text: string): string {
  return text.endsWith("\r") ? "\r" : "";
}

function bodyStartLine(text: string, lines: readonly Line[]): number {
  const block = findFrontmatter(text);
  if (!block) return 0;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    if (offset >= block.bodyStart) return i;
    const l = lines[i];
    offset += l ? l.text.length + l.eol.length : 0;
  }
  return lines.length;
}

function isBlank(line: string): boolean {
  return BLANK.test(line);
}

function parseHeading(line: string): Heading | null {
  const m = ATX.exec(line);
  if (!m) return null;
  const text = (m[2] ?? "").replace(CLOSING_HASHES, "").trim();
  return { level: (m[1] ?? "").length, text };
}

function parseTask(line: string): Task | null {
  const m = TASK.exec(line);
  if (!m) return null;
  const indent = m[1] ?? "";
  const bullet = m[2] ?? "";
  const lead = m[5] ?? "";
  const body = m[6] ?? "";
  if (lead === "" && body !== "") return null;
  const prefix = `${indent}${bullet}${m[3] ?? ""}[${m[4] ?? ""}]`;
  return { prefix, indent, bullet, lead, body };
}

/** The first free skill whose item text this line's text is, as written (trailing whitespace aside). */
function exactMatch(body: string, wanted: readonly Wanted[], taken: ReadonlySet<string>): Wanted | null {
  const trimmed = body.trimEnd();
  for (const w of wanted) {
    if (!taken.has(w.key) && (body === w.item || trimmed === w.item)) return w;
  }
  return null;
}

/** The free skill with the longest item text that this line's text starts with (the rest being the user's). */
function prefixMatch(body: string, wanted: readonly Wanted[], taken: ReadonlySet<string>): Wanted | null {
  let best: Wanted | null = null;
  for (const w of wanted) {
    if (!taken.has(w.key) && body.startsWith(w.item) && (!best || w.item.length > best.item.length)) best = w;
  }
  return best;
}

/** The first free skill named by this line's link (alias first, then target) or plain text. */
function nameMatch(body: string, wanted: readonly Wanted[], taken: ReadonlySet<string>, markers: readonly string[]): Wanted | null {
  for (const keys of nameTiers(body, markers)) {
    for (const w of wanted) {
      if (!taken.has(w.key) && keys.has(w.key)) return w;
    }
  }
  return null;
}

interface LeadingLink {
  /** Alias or label; null when the link has none. */
  shown: string | null;
  target: string;
  end: number;
}

/** Keys naming the skill of an item text, strongest first. */
function nameTiers(body: string, markers: readonly string[]): Array<Set<string>> {
  const link = leadingLink(body);
  if (link) {
    const shown = new Set<string>();
    if (link.shown !== null) addKey(shown, link.shown);
    const title = linkTargetTitle(link.target);
    const target = new Set<string>();
    addKey(target, title);
    const roadmap = new Set<string>();
    const key = skillKey(title);
    if (key.endsWith(" roadmap")) addKey(roadmap, key.slice(0, -" roadmap".length));
    return [shown, target, roadmap];
  }
  const plain = new Set<string>();
  addKey(plain, body);
  for (const { name } of markerSplits(body, markers)) addKey(plain, name);
  return [plain];
}

function addKey(set: Set<string>, text: string): void {
  const key = skillKey(text);
  if (key !== "") set.add(key);
}

/** Every way to read `name <marker> rest` out of a plain item text. */
function markerSplits(body: string, markers: readonly string[]): Array<{ name: string; rest: string }> {
  const out: Array<{ name: string; rest: string }> = [];
  const folded = lower(body);
  for (const marker of markers) {
    const m = lower(marker);
    if (m === "") continue;
    for (let i = folded.indexOf(m); i >= 0; i = folded.indexOf(m, i + 1)) {
      out.push({ name: body.slice(0, i), rest: body.slice(i + m.length) });
    }
  }
  return out;
}

/** What the user wrote after the link or marker of an item recognised by name. */
function trailingText(body: string, key: string, markers: readonly string[]): string {
  const link = leadingLink(body);
  if (link) {
    const after = body.slice(link.end);
    const start = after.length - after.trimStart().length;
    const lowerAfter = lower(after.slice(start));
    for (const marker of markers) {
      if (marker !== "" && lowerAfter.startsWith(lower(marker))) return after.slice(start + marker.length);
    }
    return after;
  }
  for (const { name, rest } of markerSplits(body, markers)) {
    if (skillKey(name) === key) return rest;
  }
  return body.slice(body.trimEnd().length);
}

/** A `[[target|alias]]` or `[label](target)` link at the very start of an item text. */
function leadingLink(body: string): LeadingLink | null {
  if (body.startsWith("[[")) {
    const close = body.indexOf("]]", 2);
    if (close < 0) return null;
    const { target, alias } = linkParts(body.slice(2, close));
    return { shown: alias, target, end: close + 2 };
  }
  if (body.startsWith("[")) return markdownLink(body);
  return null;
}

function markdownLink(body: string): LeadingLink | null {
  // The label: up to the matching ']', honouring backslash escapes and nested brackets.
  let depth = 0;
  let i = 1;
  for (; i < body.length; i++) {
    const ch = body[i];
    if (ch === "\\") i++;
    else if (ch === "[") depth++;
    else if (ch === "]") {
      if (depth === 0) break;
      depth--;
    }
  }
  if (i >= body.length || body[i + 1] !== "(") return null;
  const label = body.slice(1, i).replace(/\\(.)/g, "$1").trim();
  let j = i + 2;
  let dest: string;
  if (body[j] === "<") {
    const close = body.indexOf(">", j + 1);
    if (close < 0) return null;
    dest = body.slice(j + 1, close);
    j = close + 1;
  } else {
    const from = j;
    let parens = 0;
    for (; j < body.length; j++) {
      const ch = body[j];
      if (ch === "\\") j++;
      else if (ch === "(") parens++;
      else if (ch === ")") {
        if (parens === 0) break;
        parens--;
      } else if (ch === " " || ch === "\t") break;
    }
    dest = body.slice(from, Math.min(j, body.length));
  }
  // An optional title, then the closing parenthesis.
  const close = body.indexOf(")", j);
  if (close < 0) return null;
  return { shown: label === "" ? null : label, target: safeDecode(dest), end: close + 1 };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === " ") width++;
    else if (ch === "\t") width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** The line after an item's block: its sub-items and continuation lines, up to a blank line. */
function itemBlockEnd(lines: readonly Line[], item: number, end: number, isCode: readonly boolean[], openBefore: readonly boolean[]): number {
  const width = indentWidth(lineText(lines, item));
  let j = item + 1;
  for (; j < end; j++) {
    const line = lineText(lines, j);
    if (isCode[j] === true) {
      // A fence opened at the item's level or left of it is not the item's; one inside it is.
      if (openBefore[j] !== true && indentWidth(line) <= width) break;
      continue;
    }
    if (isBlank(line) || parseHeading(line) || (LIST_ITEM.test(line) && indentWidth(line) <= width)) break;
  }
  return j;
}

function insertLines(lines: Line[], at: number, added: readonly string[], nl: string): void {
  if (added.length === 0) return;
  const fresh: Line[] = added.map((text) => ({ text, eol: nl }));
  const prev = lines[at - 1];
  if (at === lines.length && prev && prev.eol === "") {
    prev.eol = nl;
    const lastNew = fresh[fresh.length - 1];
    if (lastNew) lastNew.eol = "";
  }
  lines.splice(at, 0, ...fresh);
}

/**
 * Where a new section goes, so that it never takes in the user's own lines: right at the start of
 * the body when the body opens with a heading of the same or a higher level (that heading then
 * ends the section), else at the end of the note.
 */
function insertSection(all: readonly Line[], bodyStart: number, headingLine: string, wanted: readonly Wanted[], nl: string): string {
  const out: Line[] = all.map((l) => ({ text: l.text, eol: l.eol }));
  const level = parseHeading(headingLine)?.level ?? 2;
  let first = bodyStart;
  while (first < all.length && isBlank(lineText(all, first))) first++;
  const h = first < all.length ? parseHeading(lineText(all, first)) : null;
  const items = wanted.map((w) => `- [ ] ${w.item}`);
  if (h !== null && h.level <= level) {
    insertLines(out, first, [headingLine, ...items, ""], nl);
    return joinLines(out);
  }
  let end = all.length;
  while (end > bodyStart && isBlank(lineText(all, end - 1))) end--;
  const added = [...(end > bodyStart ? [""] : []), headingLine, ...items];
  // Trailing blank lines stay after the new section, where they were.
  insertLines(out, end, added, nl);
  return joinLines(out);
}
