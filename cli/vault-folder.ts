// Reads a vault folder from disk into note metadata, the way Obsidian's metadata cache would
// see it, plus the plugin's saved settings from the vault's config folder.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseYamlPackage } from "./parse-yaml";
import { readNote, type NoteMeta } from "../src/core/note-reader";
import { migrateSettings, type JobHuntSettings } from "../src/core/settings";

export const CONFIG_DIR = ".obsidian";
const SKIP_DIRS = new Set([CONFIG_DIR, ".trash", ".git", "node_modules"]);

/** Vault-relative paths (with `/`) of every Markdown note under `root`, sorted. */
export function listNotes(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        out.push(relative(root, join(dir, entry.name)).split(sep).join("/"));
      }
    }
  };
  walk(root);
  return out.sort();
}

/** A note's text and modification time from one open file: the one fstat gives both its size and its time. */
export function readNoteFile(file: string): { text: string; mtime: number } {
  const fd = openSync(file, "r");
  try {
    const { size, mtimeMs } = fstatSync(fd);
    // A file of size 0 may still have content (a pipe, a special file): read until the end then.
    let buffer = Buffer.allocUnsafe(size > 0 ? size : 8192);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (size > 0) break;
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return { text: buffer.toString("utf8", 0, length), mtime: mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/** One note of a vault folder, read as the report reads it (links are not needed there). */
export function readVaultNote(root: string, path: string): NoteMeta {
  const { text, mtime } = readNoteFile(join(root, path));
  return readNote(path, text, parseYamlPackage, mtime, { links: false });
}

/**
 * Every note of a vault folder, read one at a time as the caller asks for the next: an index
 * loading them keeps what it needs of each, and each note's text and metadata can go as soon as
 * it has been read, rather than all of them being held until the last file is read.
 */
export function* readVaultNotes(root: string): Generator<NoteMeta> {
  for (const path of listNotes(root)) yield readVaultNote(root, path);
}

/** The plugin's settings as saved in the vault; defaults when there are none or they don't parse. */
export function readVaultSettings(root: string): JobHuntSettings {
  try {
    return migrateSettings(JSON.parse(readFileSync(join(root, CONFIG_DIR, "plugins", "job-hunt", "data.json"), "utf8")));
  } catch {
    return migrateSettings(undefined);
  }
}
