// Reads a vault folder from disk into note metadata, the way Obsidian's metadata cache would
// see it, plus the plugin's saved settings from the vault's config folder.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseYamlPackage } from "./parse-yaml";
import { readNote, type NoteMeta } from "../src/core/note-reader";
import { migrateSettings, type JobHuntSettings } from "../src/core/settings";

export const CONFIG_DIR = ".obsidian";
/** Obsidian leaves out every file and folder whose name starts with a dot (.obsidian, .trash, a sync tool's .stversions). */
const SKIP_DIRS = new Set(["node_modules"]);

/**
 * Vault-relative paths (with `/`) of every Markdown note under `root`, sorted. Links to folders and
 * notes are followed, as Obsidian on a desktop follows them; a folder reached twice (a link back up
 * the tree) is read once, and a broken link is passed over.
 */
export function listNotes(root: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string): void => {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      let folder = entry.isDirectory();
      let file = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(full);
          folder = target.isDirectory();
          file = target.isFile();
        } catch {
          continue;
        }
      }
      if (folder) {
        if (!SKIP_DIRS.has(entry.name)) walk(full);
      } else if (file && entry.name.toLowerCase().endsWith(".md")) {
        out.push(relative(root, full).split(sep).join("/"));
      }
    }
  };
  walk(root);
  return out.sort();
}

/**
 * One note of a vault folder, read as the report reads it: links are not needed there, and neither
 * is the file's time, since no command's output shows one (0 means unknown, as the views read it).
 * The text alone comes from one native UTF-8 read, with no stat or buffer of our own per file.
 */
export function readVaultNote(root: string, path: string): NoteMeta {
  return readNote(path, readFileSync(join(root, path), "utf8"), parseYamlPackage, 0, { links: false });
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
