// Finds the roadmap note for a skill, in this order: the user's explicit mapping, a note whose
// aliases name the skill, a note named like the skill or `<skill> Roadmap` (the roadmap folder
// first). Keys are exact canonical skill keys: no fuzzy guesses, so Ruby never finds Ruby on Rails.
import type { TaskCounts } from "./note-reader";
import { baseName, inFolder } from "./posting";
import type { SkillCanon } from "./skills";

export interface RoadmapNote {
  path: string;
  aliases: readonly string[];
  tasks: TaskCounts;
}

export interface RoadmapLink {
  path: string;
  progress: TaskCounts;
}

const ROADMAP_SUFFIX = /[\s_-]+roadmap$/i;

class KeyedPaths {
  private readonly map = new Map<string, Set<string>>();

  add(key: string, path: string): void {
    let set = this.map.get(key);
    if (!set) this.map.set(key, (set = new Set()));
    set.add(path);
  }

  delete(key: string, path: string): void {
    const set = this.map.get(key);
    if (!set) return;
    set.delete(path);
    if (set.size === 0) this.map.delete(key);
  }

  get(key: string): ReadonlySet<string> | undefined {
    return this.map.get(key);
  }
}

/** Every note that could be a roadmap, indexed by the skill keys it answers to; updated one note at a time. */
export class RoadmapCatalog {
  private readonly notes = new Map<string, RoadmapNote>();
  private readonly byAlias = new KeyedPaths();
  private readonly byName = new KeyedPaths();
  /** Paths by their lower-case form: two notes can differ only in case on a case-sensitive disk. */
  private readonly byPathLower = new KeyedPaths();
  private readonly byBaseLower = new KeyedPaths();
  private readonly mappings = new Map<string, string>();

  constructor(
    private readonly canon: SkillCanon,
    private readonly roadmapFolder: string,
    mappings: Readonly<Record<string, string>>,
  ) {
    for (const [skill, target] of Object.entries(mappings)) {
      const ref = canon.canonical(skill);
      if (ref) this.mappings.set(ref.key, target);
    }
  }

  private nameKeys(path: string): string[] {
    const base = baseName(path);
    const exact = this.canon.canonical(base);
    const stripped = ROADMAP_SUFFIX.test(base) ? this.canon.canonical(base.replace(ROADMAP_SUFFIX, "")) : null;
    const keys = exact ? [exact.key] : [];
    if (stripped && stripped.key !== exact?.key) keys.push(stripped.key);
    return keys;
  }

  private aliasKeys(note: RoadmapNote): string[] {
    const keys = new Set<string>();
    for (const a of note.aliases) {
      const ref = this.canon.canonical(a);
      if (ref) keys.add(ref.key);
    }
    return [...keys];
  }

  upsert(note: RoadmapNote): void {
    this.remove(note.path);
    this.notes.set(note.path, note);
    for (const k of this.nameKeys(note.path)) this.byName.add(k, note.path);
    for (const k of this.aliasKeys(note)) this.byAlias.add(k, note.path);
    this.byPathLower.add(note.path.toLowerCase(), note.path);
    this.byBaseLower.add(baseName(note.path).toLowerCase(), note.path);
  }

  remove(path: string): void {
    const old = this.notes.get(path);
    if (!old) return;
    for (const k of this.nameKeys(path)) this.byName.delete(k, path);
    for (const k of this.aliasKeys(old)) this.byAlias.delete(k, path);
    this.byPathLower.delete(path.toLowerCase(), path);
    this.byBaseLower.delete(baseName(path).toLowerCase(), path);
    this.notes.delete(path);
  }

  has(path: string): boolean {
    return this.notes.has(path);
  }

  /** The roadmap note for a skill key, or null. `exclude` rules out notes that are postings. */
  resolve(skillKey: string, exclude: (path: string) => boolean = () => false): RoadmapLink | null {
    const path =
      this.mapped(skillKey, exclude) ??
      this.best(this.byAlias.get(skillKey), exclude, false) ??
      this.best(this.byName.get(skillKey), exclude, true);
    if (path === null) return null;
    const note = this.notes.get(path);
    return note ? { path, progress: { ...note.tasks } } : null;
  }

  private mapped(skillKey: string, exclude: (path: string) => boolean): string | null {
    const target = this.mappings.get(skillKey);
    if (target === undefined) return null;
    const clean = target.trim().replace(/^\[\[|\]\]$/g, "").replace(/^\/+/, "");
    const lower = clean.toLowerCase();
    // The path as written wins over one that matches only without case; among those, the usual order.
    for (const candidate of [clean, `${clean}.md`]) if (this.notes.has(candidate) && !exclude(candidate)) return candidate;
    const byPath = this.best(this.byPathLower.get(lower), exclude, false) ?? this.best(this.byPathLower.get(lower + ".md"), exclude, false);
    if (byPath !== null) return byPath;
    return this.best(this.byBaseLower.get(baseName(clean).toLowerCase()), exclude, false);
  }

  /** Among several candidates: the roadmap folder first, then `X Roadmap` over `X`, then the shortest path. */
  private best(paths: ReadonlySet<string> | undefined, exclude: (path: string) => boolean, preferSuffix: boolean): string | null {
    if (!paths) return null;
    let best: string | null = null;
    let bestRank: [number, number, number, string] | null = null;
    for (const p of paths) {
      if (exclude(p)) continue;
      const rank: [number, number, number, string] = [
        this.roadmapFolder.trim() !== "" && inFolder(p, this.roadmapFolder) ? 0 : 1,
        preferSuffix && ROADMAP_SUFFIX.test(baseName(p)) ? 0 : 1,
        p.length,
        p,
      ];
      if (bestRank === null || compareRank(rank, bestRank) < 0) {
        best = p;
        bestRank = rank;
      }
    }
    return best;
  }
}

function compareRank(a: [number, number, number, string], b: [number, number, number, string]): number {
  for (let i = 0; i < 3; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0;
}
