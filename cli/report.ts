// `npm run report -- <vault-folder> [--json]`: the dashboard of a vault folder on disk.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { PostingIndex } from "../src/core/posting-index";
import { buildReport, formatReport } from "../src/core/report";
import { readVaultNotes, readVaultSettings } from "./vault-folder";

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

/**
 * What to say when the jobs folder set in the plugin's settings is not in the vault: then no note
 * counts as a posting, and an empty report would not say why. A folder of that name in other
 * letter case is named, as Obsidian's paths are case-sensitive.
 */
export function missingJobsFolder(root: string, setting: string): string | null {
  const folder = setting.trim().replace(/^\/+|\/+$/g, "");
  if (folder === "" || existsSync(join(root, folder))) return null;
  let found = "";
  for (const part of folder.split("/")) {
    let names: string[] = [];
    try {
      names = readdirSync(join(root, found));
    } catch {
      names = [];
    }
    const match = names.find((n) => n.toLowerCase() === part.toLowerCase());
    if (match === undefined) {
      found = "";
      break;
    }
    found = found === "" ? match : `${found}/${match}`;
  }
  const hint = found !== "" && found !== folder ? ` Did you mean "${found}"?` : "";
  return `The jobs folder "${folder}" set in the plugin's settings is not in this vault, so no note counts as a posting.${hint}\n`;
}
