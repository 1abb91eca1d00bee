import { squish } from "./text";
// File names that are valid on every platform Obsidian runs on (Windows, macOS, Linux, iOS,
// Android) and never overwrite: a clash gets " 2", " 3", ...

const FORBIDDEN = /[*"\\/<>:|?#^[\]]/g;
/** Windows ignores spaces between a device name and its extension: `CON .txt` is CON too. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/i;
/** The most characters a name keeps. */
export const MAX_NAME_LENGTH = 120;
/** The most UTF-8 bytes a name keeps: room for " 999" and ".md" within the 255 bytes most file systems allow (120 emoji would be 480). */
export const MAX_NAME_BYTES = 240;

/** A safe base name (no extension) for a note; `fallback` when nothing usable is left. */
export function sanitizeFileName(name: string, fallback = "Untitled"): string {
  let s = withoutControlChars(name.normalize("NFC")).replace(FORBIDDEN, " ");
  s = squish(s).trim();
  s = s.replace(/^[.\s]+/, "");
  s = truncate(s, MAX_NAME_LENGTH);
  s = s.replace(/[.\s]+$/, "");
  // Windows treats CON, CON.txt, CON.tar.gz ... all as the device; a leading underscore frees the name.
  if (WINDOWS_RESERVED.test(s)) s = truncate(`_${s}`, MAX_NAME_LENGTH).replace(/[.\s]+$/, "");
  if (s === "") return fallback === "" ? "Untitled" : sanitizeFileName(fallback, "Untitled");
  return s;
}

/** Control characters (C0, DEL, C1) become spaces; no file system wants them in a name. */
function withoutControlChars(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    out += c < 0x20 || (c >= 0x7f && c <= 0x9f) ? " " : ch;
  }
  return out;
}

/** Cuts to at most `max` characters and MAX_NAME_BYTES bytes of UTF-8, without splitting a surrogate pair. */
function truncate(s: string, max: number): string {
  let count = 0;
  let bytes = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (++count > max || bytes > MAX_NAME_BYTES) return Array.from(s).slice(0, count - 1).join("").trimEnd();
  }
  return s;
}

/** A folder path with `/` separators, no leading, trailing or doubled slashes, and no `.` or `..` parts. */
export function cleanFolderPath(folder: string): string {
  return folder
    .replace(/\\/g, "/")
    .split("/")
    .map((part) => part.trim())
    .filter((part) => part !== "" && part !== "." && part !== "..")
    .join("/");
}

/** The first of `base.md`, `base 2.md`, `base 3.md`, ... in `folder` for which `exists` is false. */
export function freeNotePath(folder: string, base: string, exists: (path: string) => boolean, extension = "md"): string {
  const dir = cleanFolderPath(folder);
  const prefix = dir === "" ? "" : `${dir}/`;
  for (let n = 1; ; n++) {
    const path = `${prefix}${n === 1 ? base : `${base} ${n}`}.${extension}`;
    if (!exists(path)) return path;
  }
}
