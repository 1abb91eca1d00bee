// Appends one item to a block list in a note's frontmatter in place (Stage_History gains
// "- 2026-11-23 Applied"), leaving every other byte as it was; adds the key when it is missing, and
// turns a one-line list or value of that key into a block list.
import { asEdit, lineBreakOf, lineComment, notSimple, openFrontmatter, readsBackAs, yamlScalar, yamlText, type FrontmatterEdit } from "./frontmatter-edit";
import { blank, deepEqual, fieldKey, isStructured } from "./frontmatter-fields";
import { hasOwn, type ParseYaml } from "./flat-yaml";
import { isArray, isString } from "./is";
import { entriesOf, keysOf } from "./objects";

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let pos = from;
  while (pos < to) {
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 || nl >= to ? to : nl + 1;
    out.push({ start: pos, end, text: text.slice(pos, end).replace(/\r?\n$/, "") });
    pos = end;
  }
  return out;
}

const TOP_KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"-][^:#]*?))\s*:(?:\s|$)/;

/** The top-level key a line writes (`Skills:`, `"Job posting": x`), or null for any other line. */
export function topKeyOf(line: string): string | null {
  const m = TOP_KEY.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "").trim() : null;
}

/** A note's frontmatter opened for an edit of one key: its block, its values, the key as the note writes it (or null), and its lines. */
interface Opened {
  block: { yaml: string; bodyStart: number };
  before: Record<string, unknown>;
  found: string | null;
  eol: string;
  yamlStart: number;
  all: Line[];
}

function openFor(text: string, key: string, parseYaml: ParseYaml): Opened | FrontmatterEdit {
  const opened = openFrontmatter(text, parseYaml);
  if ("kind" in opened) return opened;
  const { block, before, yamlStart } = opened;
  const found = keysOf(before).find((k) => fieldKey(k) === fieldKey(key)) ?? null;
  return { block, before, found, eol: lineBreakOf(text), yamlStart, all: lines(text, yamlStart, yamlStart + block.yaml.length) };
}

/** Opens the frontmatter for an edit of `key` and hands it to `edit`; never throws. */
function editKey(text: string, key: string, parseYaml: ParseYaml, edit: (opened: Opened) => FrontmatterEdit): FrontmatterEdit {
  try {
    const opened = openFor(text, key, parseYaml);
    return "kind" in opened ? opened : edit(opened);
  } catch {
    return notSimple(null);
  }
}

/** The index of the line where the top-level key `found` is written; -1 when none is. */
function keyLineIndex(all: readonly Line[], found: string): number {
  return all.findIndex((l) => topKeyOf(l.text) === found);
}

/** Appends `item` to the first top-level key matching `key` (fieldKey); never throws. */
export function appendFrontmatterListItem(text: string, key: string, item: string, parseYaml: ParseYaml): FrontmatterEdit {
  return editKey(text, key, parseYaml, ({ block, before, found, eol, yamlStart, all }) => {
    const yamlEnd = yamlStart + block.yaml.length;
    let insertAt: number;
    let insert: string;
    if (found === null) {
      insertAt = yamlEnd;
      const lastEndsLine = yamlEnd === yamlStart || text[yamlEnd - 1] === "\n";
      insert = `${lastEndsLine ? "" : eol}${yamlScalar(key)}:${eol}  - ${yamlScalar(item)}${eol}`;
    } else {
      const keyIndex = keyLineIndex(all, found);
      const keyLine = all[keyIndex];
      if (!keyLine) return notSimple(found);
      const rest = keyLine.text.slice(keyLine.text.indexOf(":") + 1).replace(/\s+#.*$/, "").trim();
      const old = before[found];
      if (rest !== "" && (isString(old) || (isArray(old) && old.every(isString)))) {
        // "Stage_History: []", "[2026-10-01 Applied]" or "2026-10-01 Applied" on one line: that line
        // becomes a block list of what it held and the new item.
        const items = [...(isArray(old) ? old : old === "" ? [] : [old]), item];
        const head = keyLine.text.slice(0, keyLine.text.indexOf(":") + 1);
        // The line's own comment stays on the key; a date-like item keeps its quotes ("2026-10-01").
        const comment = lineComment(keyLine.text);
        const lineEnd = text.slice(keyLine.start, keyLine.end).endsWith("\n") ? eol : "";
        const block = `${head}${comment}${eol}${items.map((v) => `  - ${yamlText(v)}`).join(eol)}${lineEnd}`;
        const edited = text.slice(0, keyLine.start) + block + text.slice(keyLine.end);
        return readsBack(text, edited, before, found, item, parseYaml) ? asEdit(edited) : notSimple(found);
      }
      // A map of dates to stages ("2026-10-02: Applied" lines under the key) gains "2026-11-23: Offer"
      // as one more pair, when that day has none yet.
      const day = item.slice(0, item.indexOf(" "));
      const map = rest === "" && isStructured(old) && day !== "" && !hasOwn(old, day) && entriesOf(old).every(([k, v]) => /^\d/.test(k) && isString(v));
      if (rest !== "" || (old !== null && !isArray(old) && !map)) return notSimple(found);
      let last = keyLine;
      let prefix: string | null = null;
      let indent: string | undefined;
      for (const l of all.slice(keyIndex + 1)) {
        if (blank(l.text) || /^\s*#/.test(l.text)) continue;
        if (/^\S/.test(l.text) && !/^-(\s|$)/.test(l.text)) break;
        const m = /^(\s*)-(\s+)/.exec(l.text);
        if (m && prefix === null) prefix = `${m[1] ?? ""}-${m[2] ?? " "}`;
        indent ??= /^\s*/.exec(l.text)?.[0];
        last = l;
      }
      insertAt = last.end;
      const lastEndsLine = text.slice(last.start, last.end).endsWith("\n");
      if (map) {
        const stage = item.slice(day.length + 1);
        const edited = `${text.slice(0, insertAt)}${lastEndsLine ? "" : eol}${indent ?? "  "}${yamlScalar(day)}: ${yamlScalar(stage)}${eol}${text.slice(insertAt)}`;
        return readsBackAs(text, edited, before, found, { ...(old as object), [day]: stage }, parseYaml) ? asEdit(edited) : notSimple(found);
      }
      insert = `${lastEndsLine ? "" : eol}${prefix ?? "  - "}${yamlScalar(item)}${eol}`;
    }
    const edited = text.slice(0, insertAt) + insert + text.slice(insertAt);
    return readsBack(text, edited, before, found ?? key, item, parseYaml) ? asEdit(edited) : notSimple(found);
  });
}

function readsBack(text: string, edited: string, before: Record<string, unknown>, key: string, item: string, parseYaml: ParseYaml): boolean {
  const old = before[key];
  const expected = [...(isArray(old) ? (old as unknown[]) : old === null || old === undefined || old === "" ? [] : [old]), item];
  return readsBackAs(text, edited, before, key, expected, parseYaml);
}

/**
 * Sets the first top-level key matching `key` (fieldKey) to the block list `items`, in place: the
 * key's line keeps its own comment, a one-line value becomes a block list, and a block list's item
 * lines are replaced (each keeps its trailing comment when the list keeps its length). Every other
 * byte stays. "unchanged" when the key already holds exactly these items; "not-simple" for any shape
 * it cannot edit so (the caller then rewrites the frontmatter through Obsidian). Never throws.
 */
export function setFrontmatterList(text: string, key: string, items: readonly string[], parseYaml: ParseYaml): FrontmatterEdit {
  return editKey(text, key, parseYaml, ({ block, before, found, eol, yamlStart, all }) => {
    if (found === null) return notSimple(null);
    if (deepEqual(before[found], items)) return { kind: "unchanged" };
    if (text.slice(yamlStart, yamlStart + block.yaml.length) !== block.yaml) return notSimple(found);
    const keyIndex = keyLineIndex(all, found);
    const keyLine = all[keyIndex];
    if (!keyLine) return notSimple(found);
    const head = keyLine.text.slice(0, keyLine.text.indexOf(":") + 1);
    const rest = keyLine.text.slice(head.length).replace(/\s+#.*$/, "").trim();
    // The lines the value takes after its key: indented lines, blank lines and comments, up to the next key.
    const itemLines: Line[] = [];
    for (let i = keyIndex + 1; i < all.length; i++) {
      const l = all[i] as Line;
      if (/^\S/.test(l.text) && !/^-(\s|$)/.test(l.text) && !/^#/.test(l.text)) break;
      if (!blank(l.text) && !/^\s*#/.test(l.text)) {
        if (rest !== "" || !/^\s*-(\s|$)/.test(l.text)) return notSimple(found);
        itemLines.push(l);
      }
    }
    let edited: string;
    if (rest === "" && itemLines.length === items.length && items.length > 0) {
      // As many items as before: each item line gets its new value and keeps its prefix and comment.
      let out = "";
      let at = 0;
      itemLines.forEach((l, i) => {
        const prefix = /^(\s*-\s+)/.exec(l.text)?.[1] ?? "  - ";
        out += text.slice(at, l.start) + `${prefix}${yamlText(items[i] as string)}${lineComment(l.text)}`;
        at = l.start + l.text.length;
      });
      edited = out + text.slice(at);
    } else {
      const firstItem = itemLines[0];
      const lastItem = itemLines[itemLines.length - 1];
      // A comment among the items would have no item to stay with: the caller's rewrite decides.
      if (firstItem && lastItem && all.slice(all.indexOf(firstItem), all.indexOf(lastItem)).some((l) => /^\s*#/.test(l.text))) {
        return notSimple(found);
      }
      const prefix = /^(\s*-\s+)/.exec(firstItem?.text ?? "")?.[1] ?? "  - ";
      const list = items.map((v) => `${eol}${prefix}${yamlText(v)}`).join("");
      // The key line, then the new items where the old ones were (or right under it); blank lines and comments after them stay.
      const from = keyLine.start;
      const to = lastItem ? lastItem.start + lastItem.text.length : keyLine.start + keyLine.text.length;
      edited = text.slice(0, from) + `${head}${lineComment(keyLine.text)}${list}` + text.slice(to);
    }
    return readsBackAs(text, edited, before, found, items, parseYaml) ? asEdit(edited) : notSimple(found);
  });
}

