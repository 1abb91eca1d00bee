// Seeds the fake vault from a folder on disk (Node only; the browser preview gets the files another way).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listNotes } from "../../cli/vault-folder";
import type { Vault } from "./vault";

export function seedFromFolder(vault: Vault, root: string): string[] {
  const paths = listNotes(root);
  for (const p of paths) vault.seed(p, readFileSync(join(root, p), "utf8"));
  return paths;
}
