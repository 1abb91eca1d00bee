// Reads one Markdown note the way Obsidian's metadata cache does: frontmatter (YAML, with a BOM
// and CRLF tolerated), aliases, task list items and links. The report command and the test
// double of the metadata cache both use it, so what tests see is what the CLI sees.
import { unixLines } from "./text";
import { fenceAfter } from "./code-fence";
import { endOfLine, hasOwn, parseFlatYaml, type ParseYaml } from "./flat-yaml";
import { isStructured } from "./frontmatter-fields";
import { isArray } from "./is";
import { freeze } from "./objects";

export interface TaskCounts {
  done: number;
  total: number;
}

/** What the index needs to know about one note, whatever it came from. */
export interface NoteMeta {
  /** Vault-relative path with `/`. */
  path: string;
  /** Parsed frontmatter, or null when there is none or it is not valid YAML. */
  frontmatter: Record<string, unknown> | null;
  /** The raw text of a `---` block that is not a valid YAML mapping (Obsidian then shows no properties). */
  brokenFrontmatter: string | null;
  /** Set when that block has no closing `---` line: its text is then the lines up to the first blank one. */
  unclosed?: boolean;
  /** Why that block is not a set of properties, in the YAML reader's words ("Map keys must be unique at line 3, column 1"). */
  brokenReason?: string;
  aliases: readonly string[];
  tasks: TaskCounts;
  /** Link targets in the note (wikilinks and Markdown links), as written, without `|alias`. */
  links: string[];
  /** Last modification time in ms since the epoch; 0 when unknown. */
  mtime: number;
}

export interface FrontmatterBlock {
  /** The YAML between the fences. */
  yaml: string;
  /** Offset in the text of the first character after the closing fence's line. */
  bodyStart: number;
}

const FENCE = /^---[ \t]*$/;

/** Where the note's first line ends when it is a `---` fence (after a byte order mark, if any); -1 when it is not. */
function openingFenceEnd(text: string): number {
  const start = text.startsWith("\uFEFF") ? 1 : 0;
  const end = endOfLine(text, start);
  return FENCE.test(text.slice(start, end).replace(/\r$/, "")) ? end : -1;
}

/** The `---` block at the very top of a note, as Obsidian finds it; null when the note has none. */
export function findFrontmatter(text: string): FrontmatterBlock | null {
  const firstEnd = openingFenceEnd(text);
  if (firstEnd < 0) return null;
  let pos = nextLine(text, firstEnd);
  const yamlStart = pos;
  while (pos < text.length) {
    const end = endOfLine(text, pos);
    if (text.startsWith("---", pos) && FENCE.test(text.slice(pos, end).replace(/\r$/, ""))) {
      return { yaml: text.slice(yamlStart, pos), bodyStart: nextLine(text, end) };
    }
    pos = nextLine(text, end);
  }
  return null;
}

/**
 * A note that opens a `---` block and never closes it (Obsidian then reads no properties): the
 * lines after the opening one up to the first blank line, else null.
 */
export function unclosedFrontmatter(text: string): string | null {
  const firstEnd = openingFenceEnd(text);
  if (firstEnd < 0 || findFrontmatter(text) !== null) return null;
  const rest = text.slice(nextLine(text, firstEnd), nextLine(text, firstEnd) + 4000);
  // A rule with a blank line under it is a rule.
  if (/^[ \t]*(?:\r?\n|$)/.test(rest)) return null;
  const blank = /\n[ \t]*\r?\n/.exec(rest);
  const lines = blank ? rest.slice(0, blank.index) : rest;
  return lines.trim() === "" ? null : lines;
}

function nextLine(text: string, end: number): number {
  return end < text.length ? end + 1 : text.length;
}

/**
 * Frontmatter as a note read from disk gives it: flat frontmatter, as most notes have, read directly,
 * anything else by `parseYaml`. Inside Obsidian the metadata cache has parsed it already.
 */
function readFrontmatter(yaml: string, parseYaml: ParseYaml): Record<string, unknown> | null {
  const text = yaml.includes("\r") ? unixLines(yaml) : yaml;
  return (/\S/.test(text) ? parseFlatYaml(text) : null) ?? parseFrontmatterYaml(text, parseYaml);
}

/** Parses frontmatter YAML; null when it is not a valid mapping (an empty block is an empty mapping). */
export function parseFrontmatterYaml(yaml: string, parseYaml: ParseYaml): Record<string, unknown> | null {
  if (!/\S/.test(yaml)) return {};
  const text = yaml.includes("\r") ? unixLines(yaml) : yaml;
  try {
    const value: unknown = parseYaml(text);
    if (value === null || value === undefined) return {};
    return isStructured(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * Why a `---` block is not a set of properties: the YAML reader's own first line ("Map keys must be
 * unique at line 3, column 1"), or that the block is a list or a single value. Asked only of broken blocks.
 */
export function frontmatterProblem(raw: string, parseYaml: ParseYaml): string {
  // The reader's offsets count in the text it was given: lines are counted in that text too.
  const yaml = unixLines(raw);
  // What the reader cannot see, as the user cannot: a non-breaking space after a colon, a full-width colon.
  const hint = unseenMark(yaml);
  try {
    const value: unknown = parseYaml(yaml);
    return (isArray(value) ? "it is a list, not properties" : "it is a single value, not properties") + hint;
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split("\n")[0]?.trim().replace(/:$/, "") ?? "";
    let reason = first === "" ? "the YAML reader gave no reason" : first;
    if (reason.length > 160) reason = `${reason.slice(0, 159)}…`;
    // Where it is, when the reader says by offset only: as a line of the note, counting the opening "---".
    const at = (e as { pos?: unknown }).pos;
    const offset = isArray(at) && typeof at[0] === "number" ? at[0] : null;
    if (offset !== null && !/\bline \d/i.test(reason)) {
      // At the block's end (an unclosed quote runs to it), the last line of properties, not the closing "---".
      const last = yaml.trimEnd().split("\n").length;
      reason += ` at line ${Math.min(yaml.slice(0, offset).split("\n").length, last) + 1}`;
    }
    return reason + hint;
  }
}

/** "; line 2 has a non-breaking space after its colon" (or another mark a reader misses) for the first such line (counting the opening "---"), else "". */
function unseenMark(yaml: string): string {
  const lines = yaml.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (/^[^#\s][^:]*:\u00a0/.test(line)) return `; line ${i + 2} has a non-breaking space after its colon, which YAML does not read as a space`;
    if (/^[^#\s:][^:]*：/.test(line)) return `; line ${i + 2} has a full-width colon (：), which YAML does not read as a colon`;
    // "interview_stage: Stage 1: recruiter screen": a plain value cannot hold a colon and a space.
    if (/^(?:"[^"]*"|'[^']*'|[^#\s:"'][^:]*): +[^\s"'[{|>!&*#-][^#]*?: /.test(line)) return `; line ${i + 2} has a colon and a space in its value, which YAML reads only inside quotes`;
  }
  return "";
}

/** Aliases from frontmatter, as Obsidian reads them: `aliases` or `alias`, a list or a comma-separated string. */
export function readAliases(frontmatter: Record<string, unknown> | null): readonly string[] {
  if (!frontmatter) return NO_ALIASES;
  let out: string[] | null = null;
  for (const key in frontmatter) {
    // Most keys cannot be either name: skip them before building a lower-case copy.
    if (!hasOwn(frontmatter, key) || key.length < 5 || !/^\s*alias(?:es)?\s*$/i.test(key)) continue;
    const value = frontmatter[key];
    const items: unknown[] = isArray(value) ? value : typeof value === "string" ? value.split(",") : [value];
    for (const item of items) {
      if (typeof item === "string" || typeof item === "number") {
        const a = String(item).trim();
        if (a !== "") (out ??= []).push(a);
      }
    }
  }
  return out ?? NO_ALIASES;
}

/** Most notes have no aliases; they share one empty list instead of keeping one each. */
const NO_ALIASES: readonly string[] = freeze([]);

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * The status character of a task item in text[i, end) (a space for an open one), or -1 when the
 * line is not one. It reads what `^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)])[ \t]+\[(.)\](?:[ \t]|$)` matches,
 * by index, so no line is cut out or matched to count it (a property test holds it to the pattern).
 */
/**
 * Counts one task by the character between its brackets: `[ ]` is to do, `[-]` is cancelled and
 * counts neither way (a step the person dropped), any other mark is done (`[x]`, `[X]`, `[>]`).
 */
export function countTask(tasks: TaskCounts, mark: number): void {
  if (mark === 45 /* - */) return;
  tasks.total++;
  if (mark !== 32) tasks.done++;
}

export function taskMark(text: string, i: number, end: number): number {
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  while (i < end && text.charCodeAt(i) === 62 /* > */) {
    i++;
    while (i < end && isBlank(text.charCodeAt(i))) i++;
  }
  if (i >= end) return -1;
  const c = text.charCodeAt(i);
  if (c === 45 /* - */ || c === 42 /* * */ || c === 43 /* + */) i++;
  else if (c >= 48 && c <= 57) {
    while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const after = i < end ? text.charCodeAt(i) : -1;
    if (after !== 46 /* . */ && after !== 41 /* ) */) return -1;
    i++;
  } else return -1;
  if (i >= end || !isBlank(text.charCodeAt(i))) return -1;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (i + 2 >= end) return -1;
  if (text.charCodeAt(i) !== 91 /* [ */ || text.charCodeAt(i + 2) !== 93 /* ] */) return -1;
  const mark = text.charCodeAt(i + 1);
  // `.` in a pattern matches anything but a line break.
  if (mark === 10 || mark === 13 || mark === 0x2028 || mark === 0x2029) return -1;
  return i + 3 === end || isBlank(text.charCodeAt(i + 3)) ? mark : -1;
}

/** The smallest of the positions that are not -1; -1 when all are. */
function firstOf(a: number, b: number, c: number): number {
  let min = a;
  if (b >= 0 && (min < 0 || b < min)) min = b;
  if (c >= 0 && (min < 0 || c < min)) min = c;
  return min;
}
const WIKILINK = /!?\[\[([^\]\n]+?)\]\]/g;
const MD_LINK = /\[[^\]\n]*\]\(([^)\s]+)\)/g;

/**
 * Where comments lie, Obsidian's (`%% … %%`) and HTML's (`<!-- … -->`), as sorted ranges that do
 * not overlap: Obsidian lists no task inside one. One left open runs to the end of the note; marks
 * in code (a fence, or between backticks on their line) open none. Looked for on a note's first task only.
 */
export function commentRanges(body: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  // The fences are found only for a note with a comment mark: most notes have none.
  let code: Array<[number, number]> | null = null;
  const inCode = (at: number): boolean => {
    const lineStart = body.lastIndexOf("\n", at) + 1;
    return (code ??= codeRanges(body)).some(([from, to]) => at >= from && at < to) || (body.slice(Math.max(lineStart, at - 200), at).split("`").length - 1) % 2 === 1;
  };
  for (const [open, close] of [["%%", "%%"], ["<!--", "-->"]] as const) {
    for (let i = body.indexOf(open); i >= 0; ) {
      if (inCode(i)) {
        i = body.indexOf(open, i + open.length);
        continue;
      }
      const j = body.indexOf(close, i + open.length);
      const end = j < 0 ? body.length : j + close.length;
      found.push([i, end]);
      i = body.indexOf(open, end);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [from, to] of found) {
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** The fenced code blocks of a body, as ranges. */
function codeRanges(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let fence: string | null = null;
  let opened = 0;
  for (let start = 0; start < body.length; ) {
    const nl = body.indexOf("\n", start);
    const end = nl < 0 ? body.length : nl + 1;
    const after = fenceAfter(body.slice(start, end).replace(/\r?\n$/, ""), fence);
    if (after !== fence) {
      if (fence === null) opened = start;
      else out.push([opened, end]);
      fence = after;
    }
    start = end;
  }
  if (fence !== null) out.push([opened, body.length]);
  return out;
}

/** Task list items outside code blocks and comments (any status other than a space counts as done, as Obsidian renders it), and links unless `links` is null. */
function scanBody(body: string, tasks: TaskCounts, links: string[] | null): void {
  // Tasks, links and fences all need one of these characters; most pasted text has none.
  let fence: string | null = null;
  let comments: Array<[number, number]> | null = null;
  let seen = 0;
  // Visit only the lines that hold one of them, found by searching, not by splitting every line.
  // One search per character: a single-character search is much faster than a character class.
  let bracket = body.indexOf("[");
  let backtick = body.indexOf("`");
  let tilde = body.indexOf("~");
  for (;;) {
    const hit = firstOf(bracket, backtick, tilde);
    if (hit < 0) break;
    const start = body.lastIndexOf("\n", hit) + 1;
    const nl = body.indexOf("\n", hit);
    const end = nl < 0 ? body.length : nl;
    const lineEnd = end > start && body.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const hasBracket = bracket >= 0 && bracket <= end;
    const hasBacktick = backtick >= 0 && backtick <= end;
    const hasTilde = tilde >= 0 && tilde <= end;
    if (hasBracket) bracket = body.indexOf("[", end + 1);
    if (hasBacktick) backtick = body.indexOf("`", end + 1);
    if (hasTilde) tilde = body.indexOf("~", end + 1);
    // Most of these lines are tasks or links: the line is cut out only for a fence or a link.
    let line: string | null = null;
    if (hasBacktick || hasTilde) {
      line = body.slice(start, lineEnd);
      if (line.includes("``") || line.includes("~~")) {
        const after = fenceAfter(line, fence);
        if (after !== fence) {
          fence = after;
          continue;
        }
      }
    }
    if (fence !== null || !hasBracket) continue;
    const mark = taskMark(body, start, lineEnd);
    if (mark >= 0) {
      // Tasks come in order, and so do the comments: step past the ones that end before this task.
      comments ??= commentRanges(body);
      while (comments.length > seen && (comments[seen]?.[1] ?? 0) <= start) seen++;
      if ((comments[seen]?.[0] ?? Infinity) > start) countTask(tasks, mark);
    }
    if (links === null) continue;
    line ??= body.slice(start, lineEnd);
    if (line.includes("[[")) {
      for (const m of line.matchAll(WIKILINK)) {
        const target = (m[1] ?? "").split("|")[0]?.trim() ?? "";
        if (target !== "") links.push(target);
      }
    }
    if (line.includes("](")) {
      for (const m of line.matchAll(MD_LINK)) {
        const target = m[1] ?? "";
        if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) links.push(safeDecode(target));
      }
    }
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** What to read besides frontmatter and tasks; links cost a search of every line with a bracket. */
export interface ReadOptions {
  links: boolean;
}

const ALL: ReadOptions = { links: true };

/**
 * The same text, not sharing memory with the note it was cut from. Engines keep a slice as a view of
 * the whole note, and every frontmatter value is cut from this block: without a copy, keeping a
 * note's properties would keep its whole text (a pasted job description) in memory too.
 */
function detached(slice: string): string {
  // Joining makes one new string of the block alone; slicing off the added character leaves it.
  return (" " + slice).slice(1);
}

/** Everything the index needs from one note's text; `links` stays empty when not asked for. Never throws. */
export function readNote(path: string, text: string, parseYaml: ParseYaml, mtime = 0, options: ReadOptions = ALL): NoteMeta {
  const block = findFrontmatter(text);
  let frontmatter: Record<string, unknown> | null = null;
  let brokenFrontmatter: string | null = null;
  let unclosed = false;
  if (block) {
    frontmatter = readFrontmatter(detached(block.yaml), parseYaml);
    if (frontmatter === null) brokenFrontmatter = block.yaml;
  } else if (text.startsWith("---") || text.startsWith("\uFEFF---")) {
    brokenFrontmatter = unclosedFrontmatter(text);
    unclosed = brokenFrontmatter !== null;
  }
  const tasks: TaskCounts = { done: 0, total: 0 };
  const links: string[] = [];
  // A byte-order mark is no part of a note's first line, with frontmatter or without.
  const body = block ? text.slice(block.bodyStart) : text.startsWith("\uFEFF") ? text.slice(1) : text;
  scanBody(body, tasks, options.links ? links : null);
  const meta: NoteMeta = { path, frontmatter, brokenFrontmatter, aliases: readAliases(frontmatter), tasks, links, mtime };
  if (unclosed) meta.unclosed = true;
  else if (brokenFrontmatter !== null) meta.brokenReason = frontmatterProblem(brokenFrontmatter, parseYaml);
  return meta;
}
