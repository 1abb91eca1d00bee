// The one in-memory index of the vault's postings. Notes go in one at a time (upsert, remove,
// rename) and each change costs the same whatever the vault's size: counts are kept as running
// tallies, and derived stats are computed at most once per revision.
import type { NoteMeta } from "./note-reader";
import { byPath, cachedSalary, hasNestedItem, nestedSkillItem, readPosting, type Posting, type PostingContext, type Problem } from "./posting";
import { RoadmapCatalog } from "./roadmap";
import type { JobHuntSettings } from "./settings";
import { SkillCanon } from "./skills";
import { StagePipeline, stageKey } from "./stages";
import { SalaryGroupTally, sortSkills, type DashboardStats, type SkillDemand, type StageCount } from "./stats";
import { SkillTally } from "./skill-tally";
import { compareNames, Tally } from "./tally";

/** What the index keeps of each note: enough to re-read it when settings change. */
type StoredNote = Omit<NoteMeta, "links">;

/** A note and the posting read from it (null when it is not one): one map entry per note. */
interface Entry extends StoredNote {
  posting: Posting | null;
}

export type IndexListener = (revision: number) => void;

export interface IndexOptions {
  /**
   * False for an index read once and thrown away (the report): each note's frontmatter is not kept
   * for reading it again, so a load leaves about 40% less in memory, and setSettings and rename,
   * the two things that re-read stored notes, are not available.
   */
  keepNotes?: boolean;
}

function sameTasks(a: StoredNote, b: StoredNote): boolean {
  return a.tasks.done === b.tasks.done && a.tasks.total === b.tasks.total;
}

function sameAliases(a: StoredNote, b: StoredNote): boolean {
  return a.aliases.length === b.aliases.length && a.aliases.every((x, i) => x === b.aliases[i]);
}

export class PostingIndex {
  /** Moves on every change that can alter what a view shows; views re-render only when it moved. */
  revision = 0;
  private notes = new Map<string, Entry>();
  private postingCount = 0;
  private problemsByPath = new Map<string, readonly string[]>();
  private stageTally = new Tally();
  private skillTally = new SkillTally();
  private salaryTally = new SalaryGroupTally();
  private ctx!: PostingContext;
  private catalog!: RoadmapCatalog;
  private listeners = new Set<IndexListener>();
  private statsCache: DashboardStats | null = null;
  private postingsCache: { revision: number; list: Posting[] } | null = null;
  /** Paths whose posting may have changed since postingsCache was made; null after a full load. */
  private touched: Set<string> | null = null;

  private readonly keepNotes: boolean;

  constructor(settings: JobHuntSettings, options: IndexOptions = {}) {
    this.keepNotes = options.keepNotes ?? true;
    this.configure(settings);
  }

  private mustKeepNotes(what: string): void {
    if (!this.keepNotes) throw new Error(`${what} re-reads the notes, and this index was made without keeping them.`);
  }

  private configure(settings: JobHuntSettings): void {
    const skills = new SkillCanon(settings.skillSynonyms);
    this.ctx = { settings, stages: new StagePipeline(settings.stages), skills };
    this.catalog = new RoadmapCatalog(skills, settings.roadmapFolder, settings.roadmapMappings);
  }

  get settings(): JobHuntSettings {
    return this.ctx.settings;
  }

  get pipeline(): StagePipeline {
    return this.ctx.stages;
  }

  get skills(): SkillCanon {
    return this.ctx.skills;
  }

  /** Re-reads every note under new settings (stages, synonyms, field names, folders). */
  setSettings(settings: JobHuntSettings): void {
    this.mustKeepNotes("setSettings");
    const notes = [...this.notes.values()];
    this.clear();
    this.configure(settings);
    this.putAll(notes);
    this.changed();
  }

  /** Replaces the whole content, as the first load does. */
  load(notes: Iterable<NoteMeta>): void {
    this.clear();
    this.putAll(notes);
    this.changed();
  }

  /**
   * A full load, in passes: each note read, then the note map filled, the skills parsed, the
   * salaries parsed and the other notes filed as roadmap candidates, each in a loop of its own. A
   * pass that does one kind of work keeps that work's tables in cache, where reading each note whole
   * pushes them out between notes.
   */
  private putAll(notes: Iterable<StoredNote>): void {
    const load: LoadPasses = { entries: [], skills: [], salaries: [] };
    this.loading = load;
    this.salaryTally.startBulk();
    try {
      for (const n of notes) this.put(n);
    } finally {
      this.loading = null;
      for (const entry of load.entries) this.notes.set(entry.path, entry);
      const { skills, salaries } = load;
      const canon = this.ctx.skills;
      for (let i = 0; i < skills.length; i += 2) {
        const posting = skills[i] as Posting;
        const raw = skills[i + 1];
        posting.skills = canon.parse(raw);
        this.skillTally.add(posting.skills, !posting.closed);
        if (hasNestedItem(raw, canon)) this.addProblem(posting.path, nestedSkillItem(this.ctx.settings.fieldNames.skills));
      }
      const currency = this.ctx.settings.defaultCurrency;
      for (let i = 0; i < salaries.length; i += 2) {
        const posting = salaries[i] as Posting;
        const raw = salaries[i + 1] as string | number | undefined;
        if (raw !== undefined) posting.salary = cachedSalary(raw, currency);
        this.salaryTally.add(posting);
      }
      this.salaryTally.endBulk();
      for (const entry of load.entries) if (!entry.posting) this.catalog.upsert(entry);
    }
  }

  private addProblem(path: string, message: string): void {
    this.problemsByPath.set(path, [...(this.problemsByPath.get(path) ?? []), message]);
  }

  /** What a full load leaves to its later passes; null outside a full load. */
  private loading: LoadPasses | null = null;

  private clear(): void {
    this.touched = null;
    this.notes = new Map();
    this.postingCount = 0;
    this.problemsByPath = new Map();
    this.stageTally = new Tally();
    this.skillTally = new SkillTally();
    this.salaryTally = new SalaryGroupTally();
    this.catalog = new RoadmapCatalog(this.ctx.skills, this.ctx.settings.roadmapFolder, this.ctx.settings.roadmapMappings);
  }

  /** Adds or replaces one note. */
  upsert(meta: NoteMeta): void {
    this.touch(meta.path);
    const old = this.notes.get(meta.path);
    const hadPosting = old?.posting != null;
    const hadProblems = this.problemsByPath.has(meta.path);
    this.drop(meta.path);
    this.put(meta);
    const stored = this.notes.get(meta.path);
    const isPosting = stored?.posting != null;
    const quiet =
      !hadPosting && !isPosting && !hadProblems && !this.problemsByPath.has(meta.path) &&
      old !== undefined && stored !== undefined && sameTasks(old, stored) && sameAliases(old, stored);
    if (!quiet) this.changed();
  }

  remove(path: string): void {
    if (!this.notes.has(path)) return;
    this.touch(path);
    this.drop(path);
    this.changed();
  }

  /** A note moved: same content, new path (which can move it in or out of the jobs folder). */
  rename(oldPath: string, newPath: string): void {
    this.mustKeepNotes("rename");
    const old = this.notes.get(oldPath);
    if (!old) return;
    this.touch(oldPath);
    this.touch(newPath);
    this.drop(oldPath);
    // Obsidian never renames onto an existing file, but the index must not double count if it did.
    this.drop(newPath);
    this.put({ ...old, path: newPath, links: [] });
    this.changed();
  }

  has(path: string): boolean {
    return this.notes.has(path);
  }

  posting(path: string): Posting | undefined {
    return this.notes.get(path)?.posting ?? undefined;
  }

  /** Every posting, by path. */
  postings(): readonly Posting[] {
    const cache = this.postingsCache;
    if (cache?.revision === this.revision) return cache.list;
    const touched = this.touched;
    let list: Posting[];
    if (cache && touched && touched.size <= PATCH_LIMIT) {
      // A few notes changed: patch a copy of the last list rather than sort every posting again.
      list = cache.list.slice();
      for (const path of touched) {
        const i = pathPosition(list, path);
        const now = this.notes.get(path)?.posting;
        const there = list[i]?.path === path;
        if (now && there) list[i] = now;
        else if (now) list.splice(i, 0, now);
        else if (there) list.splice(i, 1);
      }
    } else {
      list = [];
      for (const entry of this.notes.values()) if (entry.posting) list.push(entry.posting);
      list.sort(byPath);
    }
    this.touched = new Set();
    this.postingsCache = { revision: this.revision, list };
    return list;
  }

  private touch(path: string): void {
    if (this.touched && this.touched.size <= PATCH_LIMIT) this.touched.add(path);
  }

  problems(): Problem[] {
    const out: Problem[] = [];
    for (const [path, messages] of this.problemsByPath) for (const message of messages) out.push({ path, message });
    return out.sort(byPath);
  }

  /** Called with the new revision after every change; returns the unsubscribe function. */
  subscribe(listener: IndexListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.revision++;
    this.statsCache = null;
    for (const l of this.listeners) l(this.revision);
  }

  private put(meta: StoredNote & { links?: string[] }): void {
    const load = this.loading;
    const { posting, problems, skillsLater, salaryLater } = readPosting(meta, this.ctx, load !== null);
    const entry: Entry = {
      path: meta.path,
      frontmatter: this.keepNotes ? meta.frontmatter : null,
      brokenFrontmatter: this.keepNotes ? meta.brokenFrontmatter : null,
      aliases: meta.aliases,
      tasks: meta.tasks,
      mtime: meta.mtime,
      posting,
    };
    // Rare: set apart, so the usual entry keeps one shape.
    if (meta.unclosed === true && this.keepNotes) entry.unclosed = true;
    if (meta.brokenReason !== undefined && this.keepNotes) entry.brokenReason = meta.brokenReason;
    if (problems.length > 0) this.problemsByPath.set(meta.path, problems);
    if (posting) {
      this.postingCount++;
      this.stageTally.add(stageKey(posting.stage), posting.stage);
    }
    if (load) {
      load.entries.push(entry);
      if (posting) {
        if (skillsLater !== undefined) load.skills.push(posting, skillsLater);
        load.salaries.push(posting, salaryLater);
      }
      return;
    }
    this.notes.set(meta.path, entry);
    if (posting) {
      this.salaryTally.add(posting);
      this.skillTally.add(posting.skills, !posting.closed);
    } else {
      // The entry is the catalog's note too: its path, aliases and tasks, with no copy made.
      this.catalog.upsert(entry);
    }
  }

  private drop(path: string): void {
    const posting = this.notes.get(path)?.posting;
    if (posting) {
      this.postingCount--;
      this.salaryTally.remove(posting);
      this.stageTally.remove(stageKey(posting.stage), posting.stage);
      this.skillTally.remove(posting.skills, !posting.closed);
    }
    this.catalog.remove(path);
    this.problemsByPath.delete(path);
    this.notes.delete(path);
  }

  /** The key of the known skill a word names ("k8s" is Kubernetes's); undefined for any other word. */
  knownSkill(word: string): string | undefined {
    const ref = this.ctx.skills.canonical(word);
    return ref?.known ? ref.key : undefined;
  }

  /** The roadmap note of one skill (by its text or key), with progress. */
  roadmapFor(skill: string): { path: string; progress: { done: number; total: number } } | null {
    const ref = this.ctx.skills.canonical(skill);
    return ref ? this.catalog.resolve(ref.key) : null;
  }

  /** Skill demand among some postings only (those a filter lets through), with each skill's roadmap. */
  skillDemand(postings: readonly Posting[]): SkillDemand[] {
    const tally = new SkillTally();
    for (const p of postings) tally.add(p.skills, !p.closed);
    return this.demand(tally);
  }

  private demand(tally: SkillTally): SkillDemand[] {
    return sortSkills(
      tally.groups().map(({ key, name, count, active }) => {
        const link = this.catalog.resolve(key);
        return { key, name, count, active, closed: count - active, roadmap: link?.path ?? null, progress: link?.progress ?? null };
      }),
    );
  }

  /** Derived numbers for the dashboard; computed once per revision. */
  stats(): DashboardStats {
    if (this.statsCache) return this.statsCache;
    const pipeline = this.ctx.stages;
    const stages: StageCount[] = pipeline.stages.map((s) => ({
      name: s.name,
      count: this.stageTally.count(stageKey(s.name)),
      known: true,
      closed: s.closed,
    }));
    const unknown: StageCount[] = [];
    for (const key of this.stageTally.keys()) {
      const name = this.stageTally.name(key);
      if (pipeline.match(name).known) continue;
      unknown.push({ name, count: this.stageTally.count(key), known: false, closed: false });
    }
    unknown.sort((a, b) => compareNames(a.name, b.name));

    let closed = 0;
    for (const s of stages) if (s.closed) closed += s.count;
    const total = this.postingCount;

    this.statsCache = {
      revision: this.revision,
      total,
      active: total - closed,
      closed,
      stages: [...stages, ...unknown],
      skills: this.demand(this.skillTally),
      salaries: this.salaryTally.groupsNow(),
    };
    return this.statsCache;
  }
}

/** A full load's work left for its later passes. */
interface LoadPasses {
  /** Every note read, in order. */
  entries: Entry[];
  /** Each posting whose skills wait, followed by its raw Skills value. */
  skills: unknown[];
  /** Each posting, followed by the raw Salary text or number it waits for (undefined when read already). */
  salaries: unknown[];
}

/** Up to this many changed notes, postings() patches its last list instead of sorting anew. */
const PATCH_LIMIT = 64;

/** Where `path` is, or would go, in a list sorted by path. */
function pathPosition(list: readonly Posting[], path: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.path ?? "") < path) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
