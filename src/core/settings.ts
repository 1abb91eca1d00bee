// The plugin's settings as plain data: defaults, and a migration that turns whatever
// `data.json` holds (any version, any junk) into a complete, valid settings object.
import { defaultDashboardState, migrateDashboardState, type DashboardState } from "./dashboard-state";
import { cleanFolderPath } from "./filename";
import { blank, fieldKey, isStructured as isRecord } from "./frontmatter-fields";
import { lower, upper } from "./text";
import { isArray, isString } from "./is";
import { entriesOf, freeze, keysOf } from "./objects";

export interface StageSetting {
  name: string;
  /** A closed stage ends the pursuit (accepted, rejected, withdrawn): it counts as closed, not active. */
  closed: boolean;
}

/** The frontmatter keys the plugin reads; the user can point each one at their own key. */
export interface FieldNames {
  company: string;
  title: string;
  stage: string;
  skills: string;
  salary: string;
  location: string;
  remote: string;
  url: string;
}

export interface JobHuntSettings {
  version: number;
  /** Only notes in this folder (and below) count as postings; empty for the whole vault. */
  jobsFolder: string;
  stages: StageSetting[];
  fieldNames: FieldNames;
  /** ISO 4217 code used when a salary names no currency. */
  defaultCurrency: string;
  /** Roadmap notes here win over same-named notes elsewhere; empty for the whole vault. */
  roadmapFolder: string;
  /** What a user writes -> the skill it means, e.g. { "gql": "GraphQL" }. */
  skillSynonyms: Record<string, string>;
  /** Skill -> the roadmap note's path, overriding the automatic lookup. */
  roadmapMappings: Record<string, string>;
  /** Path of the note new roadmap notes are made from; empty for the built-in template. */
  roadmapTemplate: string;
  /** The dashboard's view mode, filters, sort and collapsed columns. */
  dashboard: DashboardState;
  /** Path of the note new postings are made from; empty for the built-in template. */
  postingTemplate: string;
  /** How a new posting's note is named, with the same placeholders as templates. */
  fileNamePattern: string;
  /** The heading of the section "Link skills to roadmaps" manages. */
  sectionHeading: string;
  /** Record each stage change the plugin makes in the note's Stage_History list. */
  stageHistory: boolean;
  /** "Link skills to roadmaps" creates a roadmap note for each skill without one. */
  createMissingRoadmaps: boolean;
  /** "Link skills to roadmaps" also writes the skills as links into the frontmatter. */
  skillLinksInFrontmatter: boolean;
}

export const SETTINGS_VERSION = 1;

/** Research to Offer open, the last three closed. */
export const DEFAULT_STAGES: readonly StageSetting[] = freeze(
  ["Research", "Applied", "Screening", "Interview", "Offer", "Accepted", "Rejected", "Withdrawn"].map((name, i) => ({ name, closed: i >= 5 })),
);

export const DEFAULT_FIELD_NAMES: Readonly<FieldNames> = freeze({
  company: "Company",
  title: "title",
  stage: "Stage",
  skills: "Skills",
  salary: "Salary",
  location: "Location",
  remote: "Remote",
  url: "Job_Posting",
});

/** A fresh copy of the defaults every time: callers may mutate what they get. */
export function defaultSettings(): JobHuntSettings {
  return {
    version: SETTINGS_VERSION,
    jobsFolder: "",
    stages: DEFAULT_STAGES.map((s) => ({ ...s })),
    fieldNames: { ...DEFAULT_FIELD_NAMES },
    defaultCurrency: "USD",
    roadmapFolder: "",
    skillSynonyms: {},
    roadmapMappings: {},
    roadmapTemplate: "",
    dashboard: defaultDashboardState(),
    postingTemplate: "",
    fileNamePattern: "{{company}} - {{title}}",
    sectionHeading: "## Skill roadmaps",
    stageHistory: true,
    createMissingRoadmaps: false,
    skillLinksInFrontmatter: false,
  };
}

function text(value: unknown, fallback: string): string {
  return isString(value) ? value.trim() : fallback;
}

function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [k, v] of entriesOf(value)) {
    if (isString(v) && !blank(k) && !blank(v)) out[k.trim()] = v.trim();
  }
  return out;
}

function stages(value: unknown): StageSetting[] {
  if (!isArray(value)) return defaultSettings().stages;
  const seen = new Set<string>();
  const out: StageSetting[] = [];
  for (const item of value) {
    const name = isRecord(item) ? text(item.name, "") : isString(item) ? item.trim() : "";
    if (name === "" || seen.has(lower(name))) continue;
    seen.add(lower(name));
    out.push({ name, closed: isRecord(item) && item.closed === true });
  }
  return out.length > 0 ? out : defaultSettings().stages;
}

/** Settings from stored data of any version or shape; unknown or invalid values fall back to defaults. */
export function migrateSettings(stored: unknown): JobHuntSettings {
  const s = defaultSettings();
  if (!isRecord(stored)) return s;
  /** A text setting as stored, trimmed, else its default. */
  const textSetting = (key: "jobsFolder" | "defaultCurrency" | "roadmapFolder" | "roadmapTemplate" | "postingTemplate"): string => text(stored[key], s[key]);
  const currency = upper(textSetting("defaultCurrency"));
  return {
    version: SETTINGS_VERSION,
    // A folder saved by an older version or by hand is read as notes are written: "../Jobs/" is "Jobs".
    jobsFolder: cleanFolderPath(textSetting("jobsFolder")),
    stages: stages(stored.stages),
    fieldNames: distinctFieldNames(isRecord(stored.fieldNames) ? stored.fieldNames : {}),
    defaultCurrency: /^[A-Z]{3}$/.test(currency) ? currency : s.defaultCurrency,
    roadmapFolder: cleanFolderPath(textSetting("roadmapFolder")),
    skillSynonyms: stringMap(stored.skillSynonyms),
    roadmapMappings: stringMap(stored.roadmapMappings),
    roadmapTemplate: textSetting("roadmapTemplate"),
    dashboard: migrateDashboardState(stored.dashboard),
    postingTemplate: textSetting("postingTemplate"),
    fileNamePattern: text(stored.fileNamePattern, "") || s.fileNamePattern,
    sectionHeading: /^#{1,6}\s+\S/.test(text(stored.sectionHeading, "")) ? text(stored.sectionHeading, "") : s.sectionHeading,
    stageHistory: typeof stored.stageHistory === "boolean" ? stored.stageHistory : s.stageHistory,
    createMissingRoadmaps: stored.createMissingRoadmaps === true,
    skillLinksInFrontmatter: stored.skillLinksInFrontmatter === true,
  };
}

/** Properties the built-in posting template writes itself, which no field may take. */
export const RESERVED_PROPERTIES: readonly string[] = ["id", "modified", "tags", "Stage_History"];

/**
 * Why `value` cannot be the property name of field `key`: no letter or digit, the same property as another
 * field (names match whatever their case and separators), or one the built-in template writes.
 * Null when it can.
 */
export function fieldNameProblem(fields: FieldNames, key: keyof FieldNames, value: string): string | null {
  const name = value.trim();
  const wanted = fieldKey(name);
  // "_" or "⭐" alone is no name: keys are compared without separators, emoji and marks.
  if (wanted === "") return "A property name needs a letter or a digit.";
  for (const [other, otherName] of entriesOf(fields) as [keyof FieldNames, string][]) {
    if (other !== key && fieldKey(otherName) === wanted) return `"${otherName}" already holds the ${other}.`;
  }
  if (RESERVED_PROPERTIES.some((r) => fieldKey(r) === wanted)) return `"${name}" is a property Job Hunt writes itself.`;
  return null;
}

/** Field names as stored, trimmed, with any that is missing, blank or clashes (edited by hand) put back to its default. */
function distinctFieldNames(stored: Record<string, unknown>): FieldNames {
  const out: FieldNames = { ...DEFAULT_FIELD_NAMES };
  for (const key of keysOf(DEFAULT_FIELD_NAMES) as (keyof FieldNames)[]) {
    const name = text(stored[key], "") || DEFAULT_FIELD_NAMES[key];
    const candidate = { ...out, [key]: DEFAULT_FIELD_NAMES[key] };
    if (fieldNameProblem(candidate, key, name) === null) out[key] = name;
  }
  return out;
}

/** The note a template setting names: trimmed, with no leading "/", and ".md" added when missing; "" for none. */
export function templateNotePath(setting: string): string {
  const clean = setting.trim().replace(/^\/+/, "");
  if (clean === "") return "";
  return /\.md$/i.test(clean) ? clean : `${clean}.md`;
}
