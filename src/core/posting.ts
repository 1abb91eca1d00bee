// Turns one note's metadata into a Posting: the fields the dashboard shows, read forgivingly
// (any key case, links as text, lists or strings), plus the problems a user should fix.
import { isoTime } from "./iso-time";
import { FieldReader, fieldKey, firstText, isStructured, textOf } from "./frontmatter-fields";
import type { NoteMeta, TaskCounts } from "./note-reader";
import { parseSalary, type Salary } from "./salary";
import type { JobHuntSettings } from "./settings";
import type { SkillCanon, SkillRef } from "./skills";
import { stageKey, type StagePipeline } from "./stages";

export interface Posting {
  path: string;
  company: string;
  title: string;
  stage: string;
  stageKnown: boolean;
  closed: boolean;
  skills: SkillRef[];
  salary: Salary | null;
  location: string;
  remote: boolean;
  url: string;
  /** ms since the epoch: the `modified` property when it is a valid date, else the file's mtime. */
  modified: number;
  /** When the posting entered its current stage (from its Stage_History), or null when unknown. */
  stageSince: number | null;
  tasks: TaskCounts;
}

export interface Problem {
  path: string;
  message: string;
}

/** What reading a posting depends on besides the note itself. */
export interface PostingContext {
  settings: JobHuntSettings;
  stages: StagePipeline;
  skills: SkillCanon;
}

const URL_KEYS = ["url", "link", "job_posting", "posting", "job_url", "posting_url", "job_link"];
const TITLE_KEYS = ["title", "role", "position", "job_title"];
const LOCATION_KEYS = ["location", "locations"];
const MODIFIED_KEYS = ["modified", "updated", "last_modified"];

/** The file name without folders or extension. */
export function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /\.md$/i.test(name) ? name.slice(0, -3) : name;
}

/** True when `path` is inside `folder` (or `folder` is empty, meaning the whole vault). */
export function inFolder(path: string, folder: string): boolean {
  const f = folder.trim().replace(/^\/+|\/+$/g, "");
  return f === "" || path.startsWith(f + "/");
}


/** A `---` block that failed to parse but has a company line: a posting the user should fix. */
export function brokenLooksLikePosting(raw: string, companyField: string): boolean {
  const key = fieldKey(companyField);
  for (const line of raw.split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const k = line.slice(0, colon).trim().replace(/^["']|["']$/g, "");
    if (fieldKey(k) === key) return true;
  }
  return false;
}

const salaries = new Map<string, Map<string | number, Salary | null>>();

/** parseSalary, remembered for text and numbers: the same salary strings recur across postings. */
function cachedSalary(value: unknown, currency: string): Salary | null {
  if (typeof value !== "string" && typeof value !== "number") return parseSalary(value, currency);
  // Keyed by the value itself: 120000 and "120000" are different keys, as they may read differently.
  let known = salaries.get(currency);
  if (!known) salaries.set(currency, (known = new Map<string | number, Salary | null>()));
  const hit = known.get(value);
  if (hit !== undefined) return hit;
  const parsed = parseSalary(value, currency);
  const frozen = parsed ? Object.freeze(parsed) : null;
  if (known.size > 20_000) known.clear();
  known.set(value, frozen);
  return frozen;
}

function isPlaceholderText(text: string): boolean {
  return /^\s*(\{\{[^}]*\}\}|<%[\s\S]*%>)\s*$/.test(text);
}

/**
 * A template's unfilled placeholder: `"{{company}}"` as text, or `{{company}}` unquoted, which
 * YAML reads as a mapping whose only key is itself a mapping (`{ company }`).
 */
function isPlaceholder(value: unknown): boolean {
  if (typeof value === "string") return isPlaceholderText(value);
  if (Array.isArray(value)) return value.length > 0 && isPlaceholder(value[0]);
  if (!isStructured(value)) return false;
  const entries = Object.entries(value);
  return entries.length === 1 && entries[0]?.[1] === null && /^\{\s*[^{}]*\}$/.test(entries[0][0]);
}

function remoteFrom(value: unknown, location: string): boolean {
  if (typeof value === "boolean") return value;
  const t = textOf(value).trim().toLowerCase();
  if (t !== "") return /^(yes|y|true|remote|fully remote|100% remote)$/.test(t);
  return /\bremote\b/i.test(location);
}

const HISTORY_ENTRY = /^\s*(\d{4}-\d{2}-\d{2})(?:[ T][\d:.+\-Z]*)?\s+(.+?)\s*$/;

/** The date of the latest Stage_History entry ("2026-10-02 Applied") for the current stage. */
function stageSinceFrom(history: unknown, stage: string): number | null {
  if (!Array.isArray(history)) return null;
  let since: number | null = null;
  for (const entry of history) {
    const m = typeof entry === "string" ? HISTORY_ENTRY.exec(entry) : null;
    if (!m || stageKey(m[2] ?? "") !== stageKey(stage)) continue;
    const t = isoTime(m[1] ?? "");
    if (Number.isFinite(t) && (since === null || t >= since)) since = t;
  }
  return since;
}

function modifiedFrom(value: unknown, mtime: number): number {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
  if (typeof value === "string" && value.trim() !== "") {
    const t = isoTime(value.trim());
    if (Number.isFinite(t)) return t;
  }
  return mtime;
}

export interface PostingReading {
  posting: Posting | null;
  problems: string[];
}

/** Reads a posting out of a note; `posting` is null for a note that is not one. Never throws. */
export function readPosting(meta: Omit<NoteMeta, "links" | "aliases">, ctx: PostingContext): PostingReading {
  const { settings } = ctx;
  const names = settings.fieldNames;
  if (!inFolder(meta.path, settings.jobsFolder)) return { posting: null, problems: [] };
  if (!meta.frontmatter) {
    if (meta.brokenFrontmatter !== null && brokenLooksLikePosting(meta.brokenFrontmatter, names.company)) {
      return {
        posting: null,
        problems: ["The frontmatter is not valid YAML, so this posting is left out until it is fixed."],
      };
    }
    return { posting: null, problems: [] };
  }
  const f = new FieldReader(meta.frontmatter);
  if (!f.has(names.company)) return { posting: null, problems: [] };
  // A posting template keeps its placeholders ({{company}}, <% tp... %>) until it is used.
  if (isPlaceholder(f.get(names.company))) return { posting: null, problems: [] };
  const problems: string[] = [];
  const read = (label: string, ...keys: string[]): unknown => {
    const value = f.get(...keys);
    if (isStructured(value)) problems.push(`${label} is a nested object, not text; it was ignored.`);
    return value;
  };

  const company = firstText(read(names.company, names.company)).trim();
  if (company === "") problems.push(`${names.company} is empty.`);

  const title = firstText(read(names.title, names.title, ...TITLE_KEYS)).trim() || baseName(meta.path);
  const stage = ctx.stages.match(firstText(read(names.stage, names.stage)));

  const rawSkills = f.get(names.skills);
  if (isStructured(rawSkills)) problems.push(`${names.skills} is a nested object, not a list; it was ignored.`);
  const skills = isStructured(rawSkills) ? [] : ctx.skills.parse(rawSkills);

  const location = textOf(read(names.location, names.location, ...LOCATION_KEYS)).trim();
  const salaryValue = f.get(names.salary);
  const salary = cachedSalary(salaryValue, settings.defaultCurrency);
  // An object with min and max parts is a salary; any other object cannot be read as one.
  if (isStructured(salaryValue) && salary === null) problems.push(`${names.salary} is a nested object, not text; it was ignored.`);

  return {
    posting: {
      path: meta.path,
      company,
      title,
      stage: stage.name,
      stageKnown: stage.known,
      closed: stage.closed,
      skills,
      salary,
      location,
      remote: remoteFrom(read(names.remote, names.remote), location),
      url: firstText(read(names.url, names.url, ...URL_KEYS)).trim(),
      modified: modifiedFrom(f.get(...MODIFIED_KEYS), meta.mtime),
      stageSince: stageSinceFrom(f.get("Stage_History", "stage history"), stage.name),
      tasks: { ...meta.tasks },
    },
    problems,
  };
}
