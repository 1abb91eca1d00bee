// Reads a vault folder from disk into note metadata, the way Obsidian's metadata cache would
// see it, plus the plugin's saved settings from the vault's config folder.
import { readdirSync, readFileSync, statSync } from "node:fs";
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

export function readVaultNotes(root: string): NoteMeta[] {
  return listNotes(root).map((path) => {
    const file = join(root, path);
    return readNote(path, readFileSync(file, "utf8"), parseYamlPackage, statSync(file).mtimeMs);
  });
}

/** The plugin's settings as saved in the vault; defaults when there are none or they don't parse. */
export function readVaultSettings(root: string): JobHuntSettings {
  try {
    return migrateSettings(JSON.parse(readFileSync(join(root, CONFIG_DIR, "plugins", "job-hunt", "data.json"), "utf8")));
  } catch {
    return migrateSettings(undefined);
  }
}
