// `npm run report -- <vault-folder> [--json]`: the dashboard of a vault folder on disk.
import { existsSync, statSync } from "node:fs";
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
  process.stdout.write(json ? JSON.stringify(buildReport(index), null, 2) + "\n" : formatReport(index));
  return 0;
}
