// Keeps the PostingIndex in step with the vault: a full load once the layout is ready, then one
// file at a time on the metadata cache's `changed` and `deleted` and the vault's `rename`.
// Views hear about changes through one debounced signal.
import { debounce, parseYaml, TFile, type App, type CachedMetadata, type Component } from "obsidian";
import { findFrontmatter, frontmatterProblem, parseFrontmatterYaml, unclosedFrontmatter } from "../core/note-reader";
import type { PostingIndex } from "../core/posting-index";
import { mayHaveBrokenFrontmatter, noteMetaFromCache } from "./note-meta";
import { entryAt } from "./note-writer";

export type IndexState = "cold" | "loading" | "warm";

export class IndexSync {
  state: IndexState = "cold";
  private readonly listeners = new Set<() => void>();
  /** Bumped per path on every event, so a slow read never overwrites a newer state. */
  private readonly generation = new Map<string, number>();
  private readonly notify = debounce(() => this.listeners.forEach((l) => l()), 150, false);

  constructor(
    private readonly app: App,
    private readonly index: PostingIndex,
  ) {
    index.subscribe(() => {
      if (this.state === "warm") this.notify();
    });
  }

  /** Registers the vault events on `owner` (the plugin) and loads everything when the layout is ready. */
  start(owner: Component): void {
    const { metadataCache, vault, workspace } = this.app;
    workspace.onLayoutReady(() => {
      this.loadAll();
      owner.registerEvent(
        metadataCache.on("changed", (file, _data, cache) => {
          // A change that arrives after its note was deleted, or after another note took its path,
          // is about a note no longer there: the deleted or rename event speaks for the path.
          if (entryAt(this.app, file.path) !== file) return;
          this.update(file, cache);
        }),
      );
      owner.registerEvent(
        metadataCache.on("deleted", (file) => {
          // Another note may have taken the path before this event came (renamed or created
          // there): the path then holds that note, not nothing.
          const now = entryAt(this.app, file.path);
          if (now instanceof TFile && now !== file) {
            this.update(now, metadataCache.getFileCache(now));
            return;
          }
          this.bump(file.path);
          this.index.remove(file.path);
        }),
      );
      owner.registerEvent(
        vault.on("rename", (file, oldPath) => {
          if (!(file instanceof TFile)) return;
          if (file.extension !== "md") {
            // Renamed to another extension: no longer a note, so it leaves the index.
            if (this.index.has(oldPath)) {
              this.bump(oldPath);
              this.index.remove(oldPath);
            }
            return;
          }
          this.bump(oldPath);
          const gen = this.bump(file.path);
          if (!this.index.has(oldPath)) {
            this.update(file, metadataCache.getFileCache(file));
            return;
          }
          this.index.rename(oldPath, file.path);
          // A read of its broken frontmatter may have been under way for the old path; it no
          // longer counts, so read again for the new one.
          const cache = metadataCache.getFileCache(file);
          if (mayHaveBrokenFrontmatter(cache)) void this.checkBroken(file, cache, gen);
        }),
      );
    });
  }

  /** Tells `listener` (debounced) whenever the index changed; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the whole vault (first load, or when settings change what counts). */
  loadAll(): void {
    this.state = "loading";
    const metas = [];
    for (const file of this.app.vault.getMarkdownFiles()) {
      const cache = this.app.metadataCache.getFileCache(file);
      metas.push(noteMetaFromCache(file, cache));
      if (mayHaveBrokenFrontmatter(cache)) void this.checkBroken(file, cache, this.bump(file.path));
    }
    this.index.load(metas);
    this.state = "warm";
    this.notify();
  }

  private bump(path: string): number {
    const g = (this.generation.get(path) ?? 0) + 1;
    this.generation.set(path, g);
    return g;
  }

  private update(file: TFile, cache: CachedMetadata | null): void {
    if (file.extension !== "md") return;
    const gen = this.bump(file.path);
    this.index.upsert(noteMetaFromCache(file, cache));
    if (mayHaveBrokenFrontmatter(cache)) void this.checkBroken(file, cache, gen);
  }

  /** Reads a note whose `---` block Obsidian could not parse, so the index can report it. */
  private async checkBroken(file: TFile, cache: CachedMetadata | null, gen: number): Promise<void> {
    let text: string;
    try {
      text = await this.app.vault.cachedRead(file);
    } catch {
      return;
    }
    if (this.generation.get(file.path) !== gen) return;
    const block = findFrontmatter(text);
    if (!block) {
      // A `---` block with no closing line: Obsidian reads no properties from it.
      const open = unclosedFrontmatter(text);
      if (open !== null) this.index.upsert(noteMetaFromCache(file, cache, open, true));
      return;
    }
    if (parseFrontmatterYaml(block.yaml, parseYaml) !== null) return;
    this.index.upsert(noteMetaFromCache(file, cache, block.yaml, false, frontmatterProblem(block.yaml, parseYaml)));
  }
}
