// Finds the roadmap note for a skill, in this order: the user's explicit mapping, a note whose
// aliases name the skill, a note named like the skill or `<skill> Roadmap` (the roadmap folder
// first). Keys are exact canonical skill keys: no fuzzy guesses, so Ruby never finds Ruby on Rails.
import type { TaskCounts } from "./note-reader";
import { baseName, inFolder } from "./posting";
import type { SkillCanon } from "./skills";
import { lower } from "./text";
import { isString } from "./is";
import { blank } from "./frontmatter-fields";
import { entriesOf } from "./objects";

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
const NO_KEYS: readonly string[] = [];
/** A folder on the path named like "Roadmaps" or "Learning roadmap". */
const ROADMAP_FOLDER = /(?:^|\/)[^/]*roadmap[^/]*\//i;

/** ROADMAP_SUFFIX's answer; most names do not end in `p`, and those skip the pattern's scan of the whole name. */
function endsLikeRoadmap(name: string): boolean {
  return (name.charCodeAt(name.length - 1) | 32) === 112 /* p */ && ROADMAP_SUFFIX.test(name);
}

/** Paths by key; most keys have one path, held as the string itself rather than a set of one. */
class KeyedPaths {
  private readonly map = new Map<string, string | Set<string>>();

  add(key: string, path: string): void {
    const had = this.map.get(key);
    if (had === undefined) this.map.set(key, path);
    else if (isString(had)) {
      if (had !== path) this.map.set(key, new Set([had, path]));
    } else had.add(path);
  }

  delete(key: string, path: string): void {
    const had = this.map.get(key);
    if (had === undefined) return;
    if (isString(had)) {
      if (had === path) this.map.delete(key);
      return;
    }
    had.delete(path);
    if (had.size === 1) this.map.set(key, had.values().next().value as string);
  }

  get(key: string): Iterable<string> | undefined {
    const had = this.map.get(key);
    return isString(had) ? [had] : had;
  }
}

/** Every note that could be a roadmap, indexed by the skill keys it answers to; updated one note at a time. */
export class RoadmapCatalog {
  /** Each note with the keys it was filed under, so removing it needs no second look at its name. */
  private readonly notes = new Map<string, { note: RoadmapNote; names: readonly string[]; aliases: readonly string[] }>();
  private readonly byAlias = new KeyedPaths();
  private readonly byName = new KeyedPaths();
  /** Paths by their lower-case form: two notes can differ only in case on a case-sensitive disk. Only mappings read these. */
  private readonly byPathLower = new KeyedPaths();
  private readonly byBaseLower = new KeyedPaths();
  private readonly mappings = new Map<string, string>();

  constructor(
    private readonly canon: SkillCanon,
    private readonly roadmapFolder: string,
    mappings: Readonly<Record<string, string>>,
  ) {
    for (const [skill, target] of entriesOf(mappings)) {
      const ref = canon.canonical(skill);
      if (ref) this.mappings.set(ref.key, target);
    }
  }

  private nameKeys(path: string): readonly string[] {
    const base = baseName(path);
    const exact = this.canon.keyOf(base);
    const stripped = endsLikeRoadmap(base) ? this.canon.keyOf(base.replace(ROADMAP_SUFFIX, "")) : null;
    if (stripped !== null && stripped !== exact) return exact === null ? [stripped] : [exact, stripped];
    return exact === null ? NO_KEYS : [exact];
  }

  private aliasKeys(note: RoadmapNote): readonly string[] {
    if (note.aliases.length === 0) return NO_KEYS;
    const keys = new Set<string>();
    for (const a of note.aliases) {
      const key = this.canon.keyOf(a);
      if (key !== null) keys.add(key);
    }
    return [...keys];
  }

  upsert(note: RoadmapNote): void {
    this.remove(note.path);
    const names = this.nameKeys(note.path);
    const aliases = this.aliasKeys(note);
    this.notes.set(note.path, { note, names, aliases });
    for (const k of names) this.byName.add(k, note.path);
    for (const k of aliases) this.byAlias.add(k, note.path);
    if (this.mappings.size > 0) {
      this.byPathLower.add(lower(note.path), note.path);
      this.byBaseLower.add(lower(baseName(note.path)), note.path);
    }
  }

  remove(path: string): void {
    const old = this.notes.get(path);
    if (!old) return;
    for (const k of old.names) this.byName.delete(k, path);
    for (const k of old.aliases) this.byAlias.delete(k, path);
    if (this.mappings.size > 0) {
      this.byPathLower.delete(lower(path), path);
      this.byBaseLower.delete(lower(baseName(path)), path);
    }
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
    const note = this.notes.get(path)?.note;
    return note ? { path, progress: { ...note.tasks } } : null;
  }

  private mapped(skillKey: string, exclude: (path: string) => boolean): string | null {
    const target = this.mappings.get(skillKey);
    if (target === undefined) return null;
    const clean = target.trim().replace(/^\[\[|\]\]$/g, "").replace(/^\/+/, "");
    const folded = lower(clean);
    // The path as written wins over one that matches only without case; among those, the usual order.
    for (const candidate of [clean, `${clean}.md`]) if (this.notes.has(candidate) && !exclude(candidate)) return candidate;
    const byPath = this.best(this.byPathLower.get(folded), exclude, false) ?? this.best(this.byPathLower.get(folded + ".md"), exclude, false);
    if (byPath !== null) return byPath;
    return this.best(this.byBaseLower.get(lower(baseName(clean))), exclude, false);
  }

  /**
   * Among several candidates: the roadmap folder first (with none set, a folder named like
   * "Roadmaps"), then `X Roadmap` over `X`, then the shortest path.
   */
  private best(paths: Iterable<string> | undefined, exclude: (path: string) => boolean, preferSuffix: boolean): string | null {
    if (!paths) return null;
    let best: string | null = null;
    let bestRank: [number, number, number, string] | null = null;
    const folderSet = !blank(this.roadmapFolder);
    for (const p of paths) {
      if (exclude(p)) continue;
      const rank: [number, number, number, string] = [
        (folderSet ? inFolder(p, this.roadmapFolder) : ROADMAP_FOLDER.test(p)) ? 0 : 1,
        preferSuffix && endsLikeRoadmap(baseName(p)) ? 0 : 1,
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
