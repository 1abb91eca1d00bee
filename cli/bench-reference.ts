// The benchmark's two reference points for the full index build: the floor, which any index must
// exceed, and a minimal index, which shows how far above the floor an index lands before it does
// any of the work that makes the dashboard right.
import type { NoteMeta } from "../src/core/note-reader";

/** The lower bound of any index: visit every frontmatter key and value (list items too) once. */
export function touchFrontmatter(metas: readonly NoteMeta[]): number {
  let h = 0;
  for (const m of metas) {
    const fm = m.frontmatter;
    if (fm === null) continue;
    for (const key in fm) {
      const v = fm[key];
      h += key.length;
      if (typeof v === "string") h += v.length;
      else if (Array.isArray(v)) {
        for (const item of v as unknown[]) h += typeof item === "string" ? item.length : 1;
      } else if (v !== null && v !== undefined) h += 1;
    }
  }
  return h;
}

/** What the minimal index counts: notes, postings, and each stage and skill as written. */
export interface MinimalCounts {
  notes: number;
  postings: number;
  stages: Map<string, number>;
  skills: Map<string, number>;
}

// Field positions, and the keys (as lower case, `-` and spaces as `_`) that the sample vault uses.
const FIELDS: Readonly<Record<string, number>> = {
  company: 0, title: 1, stage: 2, skills: 3, salary: 4, location: 5, job_posting: 6, url: 6, remote: 7, modified: 8,
};

/**
 * Not the plugin's index, and not used by it: the least an index can do and still give the
 * pipeline and the skill demand. Every note is kept by its path. A note with a company key is a
 * posting whose fields are copied as written: each key's spelling is looked up once, the stage
 * and each skill item counted by their text, the salary remembered per distinct value. No links
 * read, no stage matched, no skill split or merged, no salary parsed, no problem found, no roadmap
 * note filed, no stats derived. The plugin's build does all of that on top.
 */
export function minimalIndex(metas: readonly NoteMeta[]): MinimalCounts {
  const notes = new Map<string, unknown>();
  const byKey = new Map<string, number>();
  const stages = new Map<string, number>();
  const skills = new Map<string, number>();
  const salaries = new Map<unknown, unknown>();
  const values: unknown[] = new Array<unknown>(9);
  let postings = 0;
  for (const m of metas) {
    const fm = m.frontmatter;
    notes.set(m.path, m);
    if (fm === null) continue;
    values.fill(undefined);
    for (const key in fm) {
      let field = byKey.get(key);
      if (field === undefined) byKey.set(key, (field = FIELDS[key.toLowerCase().replace(/[\s-]+/g, "_")] ?? -1));
      if (field >= 0 && values[field] === undefined) values[field] = fm[key];
    }
    if (values[0] === undefined) continue;
    postings++;
    const stage = text(values[2]);
    stages.set(stage, (stages.get(stage) ?? 0) + 1);
    const items: string[] = [];
    const raw = values[3];
    if (typeof raw === "string") items.push(raw);
    else if (Array.isArray(raw)) for (const item of raw as unknown[]) if (typeof item === "string") items.push(item);
    for (const item of items) skills.set(item, (skills.get(item) ?? 0) + 1);
    let salary = salaries.get(values[4]);
    if (salary === undefined) salaries.set(values[4], (salary = values[4] ?? null));
    notes.set(m.path, {
      path: m.path,
      company: text(values[0]),
      title: text(values[1]),
      stage,
      skills: items,
      salary,
      location: text(values[5]),
      url: text(values[6]),
      remote: values[7] === true,
      modified: text(values[8]),
      tasks: m.tasks,
    });
  }
  return { notes: notes.size, postings, stages, skills };
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}
