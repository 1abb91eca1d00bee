// `npm run report -- <vault-folder> [--json]`: the dashboard of a vault folder on disk.
import { existsSync, readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { PostingIndex } from "../src/core/posting-index";
import { buildReport, formatReport } from "../src/core/report";
import { readVaultNotes, readVaultSettings } from "./vault-folder";
import { didYouMean, missingPath } from "../src/core/missing-folder";

export function indexVault(root: string): PostingIndex {
  // Read once, printed, thrown away: no note needs keeping for a second reading.
  const index = new PostingIndex(readVaultSettings(root), { keepNotes: false });
  index.load(readVaultNotes(root));
  return index;
}

export function reportCommand(args: string[]): number {
  const json = args.includes("--json");
  const folders = args.filter((a) => !a.startsWith("--"));
  const root = folders[0];
  // A mistyped flag ("--jsno") is said, not ignored.
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--json");
  if (unknown.length > 0) process.stderr.write(`Unknown option: ${unknown.join(" ")}\n`);
  if (root === undefined || folders.length > 1 || unknown.length > 0) {
    process.stderr.write("Usage: npm run report -- <vault-folder> [--json]\n");
    return 2;
  }
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    process.stderr.write(`Not a folder: ${root}\n`);
    return 2;
  }
  const index = indexVault(root);
  const missing = missingJobsFolder(root, index.settings.jobsFolder);
  if (missing !== null) process.stderr.write(missing);
  process.stdout.write(json ? JSON.stringify(buildReport(index), null, 2) + "\n" : formatReport(index));
  return 0;
}

/** What to say when the jobs folder set in the plugin's settings is not in the vault (see missingPath). */
export function missingJobsFolder(root: string, setting: string): string | null {
  // The folder as the notes are listed, links followed; the vault is walked only to name one like it.
  const folder = setting.trim().replace(/^\/+|\/+$/g, "");
  if (folder === "" || existsSync(join(root, folder))) return null;
  const folders: string[] = [];
  const walk = (dir: string): void => {
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith(".")) continue;
      const path = dir === "" ? e.name : `${dir}/${e.name}`;
      folders.push(path);
      if (folders.length < 100_000) walk(path);
    }
  };
  walk("");
  const missing = missingPath(setting, folders);
  return missing && `The jobs folder "${missing.folder}" set in the plugin's settings is not in this vault, so no note counts as a posting.${didYouMean(missing)}\n`;
}
