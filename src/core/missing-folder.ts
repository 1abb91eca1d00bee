// A folder set in the settings that the vault does not hold: then nothing is read from it, and an
// empty dashboard or report would not say why. Obsidian's paths are case-sensitive, so a folder of
// that name in other letter case is named as what the person likely meant.
import { lower } from "./text";

/**
 * The folder or note `setting` names, when it is not among `folders` (vault-relative paths), with
 * one of that name in other letter case as `like` (else ""); null when it is there, or none is set.
 */
export function missingPath(setting: string, folders: Iterable<string>): { folder: string; like: string } | null {
  const folder = setting.trim().replace(/^\/+|\/+$/g, "");
  if (folder === "") return null;
  let like = "";
  for (const f of folders) {
    if (f === folder) return null;
    if (like === "" && lower(f) === lower(folder)) like = f;
  }
  return { folder, like };
}

/** ' Did you mean "Jobs"?', or "". */
export function didYouMean(missing: { like: string }): string {
  return missing.like === "" ? "" : ` Did you mean "${missing.like}"?`;
}
