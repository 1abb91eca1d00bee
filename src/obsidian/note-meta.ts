// Turns what Obsidian's metadata cache knows about a file into the core's NoteMeta.
import type { CachedMetadata, TFile } from "obsidian";
import { countTask, readAliases, type NoteMeta, type TaskCounts } from "../core/note-reader";

export function noteMetaFromCache(file: TFile, cache: CachedMetadata | null, brokenFrontmatter: string | null = null, unclosed = false, brokenReason?: string): NoteMeta {
  const frontmatter: Record<string, unknown> | null = cache?.frontmatter ?? null;
  const tasks: TaskCounts = { done: 0, total: 0 };
  for (const item of cache?.listItems ?? []) {
    if (item.task !== undefined) countTask(tasks, item.task.charCodeAt(0));
  }
  const meta: NoteMeta = {
    path: file.path,
    frontmatter,
    brokenFrontmatter: frontmatter ? null : brokenFrontmatter,
    aliases: readAliases(frontmatter),
    tasks,
    links: (cache?.links ?? []).map((l) => l.link),
    mtime: file.stat.mtime,
  };
  if (unclosed && !frontmatter && brokenFrontmatter !== null) meta.unclosed = true;
  else if (brokenReason !== undefined && !frontmatter && brokenFrontmatter !== null) meta.brokenReason = brokenReason;
  return meta;
}

/**
 * Obsidian gives no frontmatter for a `---` block that is not valid YAML; the Markdown parser then
 * sees a thematic break on the first line. Only such notes are worth reading to tell the user.
 */
export function mayHaveBrokenFrontmatter(cache: CachedMetadata | null): boolean {
  if (!cache || cache.frontmatter) return false;
  const first = cache.sections?.[0];
  return first !== undefined && first.position.start.line === 0 && (first.type === "thematicBreak" || first.type === "yaml");
}
