// Turns one note's metadata into a Posting: the fields the dashboard shows, read forgivingly
// (any key case, links as text, lists or strings), plus the problems a user should fix.
import { isoTime } from "./iso-time";
import { blank, FieldPlan, fieldKey, firstText, isStructured, textOf } from "./frontmatter-fields";
import type { NoteMeta, TaskCounts } from "./note-reader";
import { parseSalary, type Salary } from "./salary";
import { templateNotePath, type FieldNames, type JobHuntSettings } from "./settings";
import { namedWithLevel, type SkillCanon, type SkillRef } from "./skills";
import { linkTargetTitle, markdownLinkAddress, parseWikilink, trimmed, unquotedLink } from "./wikilink";
import { stageKey, type StageMatch, type StagePipeline } from "./stages";
import { mostUsed } from "./tally";
import { lower, squish } from "./text";
import { unpackWords } from "./packed-text";
import { isArray, isString } from "./is";
import { entriesOf, freeze, keysOf } from "./objects";

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

/** The order of two postings or problems by path, code unit by code unit (not by locale): for sort(). */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** What reading a posting depends on besides the note itself. */
export interface PostingContext {
  settings: JobHuntSettings;
  stages: StagePipeline;
  skills: SkillCanon;
}

/**
 * Names people give these properties when they don't use the configured one, in English and then in
 * other languages (written as fieldKey compares them: "Société" is "societe"); the configured name wins
 * when both are there. One text, a field per part in FieldNames' order, which the build packs.
 */
const OTHER_NAMES = unpackWords(
  "company_name employer employer_name hiring_company firma unternehmen arbeitgeber entreprise employeur societe empresa empleador empregador bedrijf werkgever azienda 公司 企业 会社 会社名 企業#" +
  "title role position job_title job_position role_title titel stelle poste titre intitule puesto cargo titulo functie posizione ruolo stanowisko vaga intitule_du_poste 职位 岗位 職種 ポジション#" +
  "status application_status app_stage application_stage current_status statut estatus stato etapa etape etap bewerbungsstatus 状态 进度 ステータス 選考状況#" +
  "tech_stack stack technologies required_skills key_skills skills_required tech tools fahigkeiten kenntnisse kompetenzen competences habilidades competencias vaardigheden competenze umiejetnosci tecnologias tecnologie technologien 技能 技术栈 スキル#" +
  "location locations city work_location job_location ort standort arbeitsort lieu localisation ubicacion localizacion localizacao locatie standplaats sede luogo lokalizacja ciudad cidade citta stadt ville miasto local 地点 工作地点 城市 勤務地#" +
  "salary_range compensation pay base_salary pay_range total_comp expected_salary annual_salary wage pay_rate gehalt salaire remuneration salario sueldo salaris stipendio retribuzione wynagrodzenie ral remuneracao remuneracion vergutung jahresgehalt 薪资 薪水 月薪 年薪 年収 給与#" +
  "work_mode work_model workplace_type job_location_type work_arrangement location_type work_type remote_policy remote_work workplace homeoffice telearbeit teletravail teletrabajo remoto thuiswerken modalidad modalidade modelo_de_trabalho smart_working mobiles_arbeiten arbeitsmodell mode_de_travail tryb_pracy#" +
  "url link job_posting posting job_url posting_url job_link application_link apply_link posting_link application_url source_url lien enlace stellenanzeige anzeige annonce 链接 求人url",
)
  .split("#")
  .map((part) => part.split(" "));
const FIELDS = ["company", "title", "stage", "skills", "location", "salary", "remote", "url"] as const;
export const OTHER_FIELD_NAMES = {} as Record<keyof FieldNames, readonly string[]>;
FIELDS.forEach((f, i) => (OTHER_FIELD_NAMES[f] = OTHER_NAMES[i] ?? []));
const STAGE_KEYS = OTHER_FIELD_NAMES.stage;
export const SKILLS_KEYS = OTHER_FIELD_NAMES.skills;
const MODIFIED_KEYS = ["modified", "updated", "last_modified", "last_updated"];

/** The file name without folders or extension. */
export function baseName(path: string): string {
  // Read by character, not by pattern: every note without a title, and every note that may be a roadmap, asks.
  const start = path.lastIndexOf("/") + 1;
  const n = path.length;
  const md =
    n - start >= 3 && path.charCodeAt(n - 3) === 46 /* . */ && (path.charCodeAt(n - 2) | 32) === 109 /* m */ && (path.charCodeAt(n - 1) | 32) === 100; /* d */
  return path.slice(start, md ? n - 3 : n);
}

/** A job board's or careers site's name, which heads a pasted page or follows a clipped page's title. */
export const SITE_NAMES = /^(?:linkedin|indeed(?:\.com)?|glassdoor|greenhouse|lever|workday|ashby|workable|smartrecruiters|careers?|jobs?|job board|job details|job description|jd|apply|stepstone|xing|welcome to the jungle|otta|wellfound|angellist)$/i;

/**
 * The title as the dashboard and the picker show it: without the company that file names and web
 * pages repeat ("Hooli - Platform Engineer", "Platform Engineer at Hooli", "Platform Engineer - Hooli -
 * Austin, TX"), a job board's name after it, or a form's "Job Application for". The note keeps its title.
 */
export function shortTitle(p: Posting): string {
  // Greenhouse's "Job Application for …", and the count of unread messages LinkedIn puts before its pages' titles.
  const page = p.title.replace(/^(?:job application for |\(\d{1,2}\+?\) )/i, "");
  // After a bar ("… | LinkedIn"), or as a domain after a dash ("… - Indeed.com"): "Consultant - Workday" is a role.
  const site = /\s+([-–—|])\s+([^-–—|]+)$/.exec(page);
  const title = site && (site[1] === "|" || site[2]?.includes(".")) && SITE_NAMES.test((site[2] ?? "").trim()) ? page.slice(0, site.index) : page;
  const c = p.company.trim();
  const t = lower(title);
  const lc = lower(c);
  if (c !== "" && t.startsWith(lc)) {
    const tail = title.slice(c.length);
    // LinkedIn's and Glassdoor's page title, its "| LinkedIn" cut: "Stripe hiring Backend Engineer (Job) in Seattle, WA".
    const hiring = title === page ? undefined : /^\s+hiring\s+(.+)\s+in\s/.exec(tail)?.[1]?.replace(/\s+job$/i, "");
    const rest = hiring ?? tail.replace(/^\s*[-–—:|·]\s*/, "");
    if (rest !== tail && !blank(rest)) return rest.trim();
  }
  const at = c === "" ? -1 : t.lastIndexOf(lc);
  const before = /\s+(?:[-–—|·@]|at)\s+$/i.exec(title.slice(0, at));
  const after = t.slice(at + lc.length);
  if (at > 0 && before && before.index > 0 && (after === "" || /^\s+[-–—|·]\s/.test(after))) return title.slice(0, before.index);
  return title;
}

/** The folder a path is in; "" for the vault's root. */
export function folderOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf("/")));
}

/**
 * Where a new note of a kind goes while no folder is set for it: the folder that holds most notes
 * of that kind (a tie goes to the name that sorts first). Null when there are none, or when no
 * folder holds two of several (they are kept anywhere).
 */
export function usualFolder(paths: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const p of new Set(paths)) if (p !== null) counts.set(folderOf(p), (counts.get(folderOf(p)) ?? 0) + 1);
  const folder = mostUsed(counts);
  return (counts.get(folder) ?? 0) > 1 || counts.size === 1 ? folder : null;
}

/** True when `path` is inside `folder` (or `folder` is empty, meaning the whole vault). */
export function inFolder(path: string, folder: string): boolean {
  if (folder !== lastFolder) {
    lastFolder = folder;
    const f = folder.trim().replace(/^\/+|\/+$/g, "");
    lastPrefix = f === "" ? "" : f + "/";
  }
  return lastPrefix === "" || path.startsWith(lastPrefix);
}

/** True for the note the posting-template setting names: it has a Company property, but is no posting. */
function isPostingTemplate(path: string, setting: string): boolean {
  if (setting === "") return false;
  if (setting !== lastTemplate) {
    lastTemplate = setting;
    lastTemplatePath = templateNotePath(setting);
  }
  return path === lastTemplatePath;
}

let lastTemplate = "";
let lastTemplatePath = "";

// Every note asks about the same folder: its cleaned form is remembered.
let lastFolder = "";
let lastPrefix = "";


/** A folder for templates, at any depth: "Templates/", "_templates/", "Meta/Templater templates/". */
const TEMPLATES_FOLDER = /(?:^|\/)(?:[^/]*[^/\p{L}])?templat[^/]*\//iu;

/** A `---` block that failed to parse but has a company line: a posting the user should fix. */
export function brokenLooksLikePosting(raw: string, companyField: string): boolean {
  // The names a posting's company is read under when the block is valid ("Company Name" too).
  const keys = [companyField, ...OTHER_FIELD_NAMES.company].map(fieldKey);
  for (const line of raw.split("\n")) {
    // A full-width colon ("Company：メルカリ") makes no property, but the line still names the company.
    const colon = line.search(/[:：]/);
    if (colon <= 0) continue;
    const k = line.slice(0, colon).trim().replace(/^["']|["']$/g, "");
    if (keys.includes(fieldKey(k))) return true;
  }
  return false;
}

const salaries = new Map<string, Map<string | number, Salary | null>>();

/** parseSalary, remembered for text and numbers: the same salary strings recur across postings. */
export function cachedSalary(value: unknown, currency: string): Salary | null {
  if (!isString(value) && typeof value !== "number") return parseSalary(value, currency);
  // Keyed by the value itself: 120000 and "120000" are different keys, as they may read differently.
  let known = salaries.get(currency);
  if (!known) salaries.set(currency, (known = new Map<string | number, Salary | null>()));
  const hit = known.get(value);
  if (hit !== undefined) return hit;
  const parsed = parseSalary(value, currency);
  const frozen = parsed ? freeze(parsed) : null;
  if (known.size > 20_000) known.clear();
  known.set(value, frozen);
  return frozen;
}

function isPlaceholderText(text: string): boolean {
  // Most companies have neither opening: skip the pattern for them.
  if (!text.includes("{{") && !text.includes("<%")) return false;
  return /^\s*(\{\{[^}]*\}\}|<%[\s\S]*%>)\s*$/.test(text);
}

/**
 * A template's unfilled placeholder: `"{{company}}"` as text, or `{{company}}` unquoted, which
 * YAML reads as a mapping whose only key is itself a mapping (`{ company }`).
 */
function isPlaceholder(value: unknown): boolean {
  if (isString(value)) return isPlaceholderText(value);
  if (isArray(value)) return value.length > 0 && isPlaceholder(value[0]);
  if (!isStructured(value)) return false;
  const entries = entriesOf(value);
  return entries.length === 1 && entries[0]?.[1] === null && /^\{\s*[^{}]*\}$/.test(entries[0][0]);
}

/** Whether any property holds an unfilled placeholder; asked only of notes with an empty company. */
function hasPlaceholder(frontmatter: Record<string, unknown>): boolean {
  for (const key in frontmatter) if (isPlaceholder(frontmatter[key])) return true;
  return false;
}

function remoteFrom(value: unknown, location: string): boolean {
  if (typeof value === "boolean") return value;
  // A checkbox written as a number: 1 is yes, 0 is no.
  if (typeof value === "number") return value !== 0 && Number.isFinite(value);
  const t = lower(textOf(value).trim());
  // "Remote (US only)", "Remote-first", "Yes - EU timezones"; but "no", "not remote", "remote: no".
  if (t !== "" && (t === "1" || YES_REMOTE.test(t))) return !NOT_REMOTE.test(t);
  // "No", "Hybrid", "On-site": not remote. Anything else ("Work Mode: Full-time") leaves it to the location.
  if (t !== "" && (NOT_REMOTE.test(t) || SAYS_NOT_REMOTE.test(t))) return false;
  if (!REMOTE_HINT.test(location)) return false;
  // The same few remote locations come back in posting after posting: remember their answer.
  let remote = remoteLocations.get(location);
  if (remote === undefined) {
    remote = REMOTE_PLACE.test(location.replace(/\d\s*days?\b[^,;)]*?remote/gi, "")) && !NOT_REMOTE.test(location);
    if (remoteLocations.size > 2_000) remoteLocations.clear();
    remoteLocations.set(location, remote);
  }
  return remote;
}

const remoteLocations = new Map<string, boolean>();

/**
 * "Yes", "Remote (US only)", "WFH", "Télétravail", "✅": a remote job, in words, other languages or a
 * tick; not "Télétravail partiel", which is hybrid. Also how the description reader reads a Remote label.
 */
export const YES_REMOTE = new RegExp(unpackWords("^(?:(?:yes|y|true|ja|oui|sí|sì|si|sim|remote|fully remote|full remote|100% remote|100% remoto|wfh|work from home|home[- ]?office|フルリモート|fernarbeit|télétravail|teletrabajo|remoto|telelavoro|zdalnie|praca zdalna|telecommute|x)(?![\\p{L}])(?!.*\\b(?:partiel|partial|parcial|parziale|teilweise|hybrid|hybride|möglich|\\d+\\s*(?:days?|tage?|jours?|días|dias|giorni|dagen))(?![\\p{L}]))|100\\s?%$|[✅✔☑✓])"), "iu");

const SAYS_NOT_REMOTE = /^(?:no|n|false|0|nein|non|nee|nej|não|nie|hybrid|hybride|híbrido|ibrido|on-?site|in[- ]office|office|in person|presencial|präsenz|vor ort|sur site)(?![\p{L}])/iu;

/**
 * "no remote", "not remote", "non-remote", "partially remote" (hybrid), "remote: no", "Remote? No", "remote
 * not possible", "Remote work not possible, Munich", "Remote – not available", "Berlin – kein Remote";
 * "Remote (non-US ok)", "Remote, no relocation", "Remote - no visa sponsorship" and "Remote - Not
 * available in Colorado" are still remote.
 */
const NOT_REMOTE =
  new RegExp(unpackWords("\\b(?:no|not|non|never|kein|keine|sin|sem|pas de|partial(?:ly)?|partly|teilweise)[\\s-]+(?:remote|remoto|télétravail|teletrabajo)\\b|\\bremote(?:\\s+work(?:ing)?)?(?:\\s*[:?]\\s*(?:no|not|never)\\b|\\s+(?:is\\s+|are\\s+)?(?:not|never|nicht)\\b|\\s*[–—-]\\s*(?:no\\s*(?:$|[,.;)])|not\\s+(?:possible|an option|available(?:\\s+for\\s+this\\s+(?:role|position|job))?\\s*(?:$|[,.;)]))))"), "i");

/** The letters REMOTE_PLACE needs, looked for first: most locations ("Berlin") have none, and this is cheaper. */
const REMOTE_HINT = /remot|t[eé]l[eé]trav|telelav|telecommut|zdaln|anywhere|worldwide|distributed|wfh|home/i;
/**
 * A location that says the job is remote: "Remote (EU)", "Remoto", "Télétravail", "100% zdalnie", "Anywhere",
 * "Work from anywhere", "Worldwide 🌍", "Fully distributed", "Telecommute", "Home-based", "WFH", "Home
 * office" (not "Home Office - Bentonville, AR", a head office). Days of remote work in a hybrid job
 * ("Hybrid (2 days remote)") are taken out first; "Remote or hybrid" and "Hybrid / Remote" are remote.
 */
const REMOTE_PLACE = /\b(?:remote|remoto|teletrabajo|telelavoro|zdalnie|telecommut\w*|home[- ]based)\b|^(?:work from )?(?:anywhere|worldwide)\b|^(?:fully )?distributed(?![\s-]*\p{L})|^(?:wfh|work from home|home[- ]?office)\s*$|(?:^|[^\p{L}])télétravail(?![\p{L}])/iu;

/**
 * A date in a history entry, with its time if any: 2026-10-02, 2026/10/2, 02.10.2026, 2026-10-02 09:30,
 * Oct 2, 2026, 2 October 2026. A month is a whole word ("Declined 2026-10-02" is no December).
 */
const HISTORY_DATE =
  /(?:(\d{4})(?:[-/.]|年|년 ?)(\d\d?)(?:[-/.]|月|월 ?)(\d\d?)[日일]?|(\d\d?)([-/.])(\d\d?)\5(\d{4})|(?:\b(\d\d?)(?:st|nd|rd|th)?\.?\s*)?\b(jan|feb|mar|apr|may|june?|july?|aug|sept?|oct|nov|dec)(?:uary|ruary|ch|il|ust|ember|ober)?\b\.?\s*(?:(\d\d?)(?:st|nd|rd|th)?)?,?\s+(\d{4}))(?:[ T]\d\d?:\d\d[\d:.+\-Z]*(?: ?[ap]\.?m\b\.?)?)?/i;
const MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

/** Whether this device writes a date's month before its day: October 2 as 10/2/2000, or 2000/10/2, not 02/10/2000. */
let monthFirst: boolean | undefined;

/**
 * The year, month and day of a HISTORY_DATE match. "02.10.2026" is day first; "10/02/2026" and
 * "10-02-2026" are read by which number can be a month, and when both can, in this device's order.
 */
function historyTime(m: RegExpExecArray): number {
  const [y, mo, d] = historyDay(m);
  return isoTime(`${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`);
}

function historyDay(m: RegExpExecArray): [string, string, string] {
  if (m[1] !== undefined) return [m[1], m[2] ?? "", m[3] ?? ""];
  if (m[9] !== undefined) return [m[11] ?? "", String(MONTHS.indexOf(lower(m[9]).slice(0, 3)) / 3 + 1), m[8] ?? m[10] ?? ""];
  const a = m[4] ?? "";
  const b = m[6] ?? "";
  const dayFirst = m[5] === "." || +a > 12 || (+b <= 12 && !(monthFirst ??= /^\D*(?:\d{4}\D+)?10/.test(new Date(2e3, 9, 2).toLocaleDateString())));
  return [m[7] ?? "", dayFirst ? b : a, dayFirst ? a : b];
}
/** What joins a history entry's date and stage: "2026-10-02: Applied", "2026-10-02 → Applied", "Applied (2026-10-02)". */
const JOINERS = /^[\s:,|=>→➜⇒–—()-]+|[\s:,|<←–—()-]+$/g;

function plain(v: unknown): v is string | number {
  return isString(v) || typeof v === "number";
}

/** An entry's date (ms) and stage, the date first or last; null when it holds no date and stage. */
function historyEntry(entry: unknown): [number, string] | null {
  // Past 200 characters no entry goes on, and the patterns' work stays small. A pair is "date,stage".
  // A pair or list reads as its texts and numbers; anything else but a text or a number as nothing.
  const text = (isArray(entry) ? entry.filter(plain).join(",") : plain(entry) ? String(entry) : "").slice(0, 200);
  const m = HISTORY_DATE.exec(text);
  if (!m) return null;
  const stage = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(JOINERS, "");
  const t = historyTime(m);
  return stage && Number.isFinite(t) ? [t, stage] : null;
}

/**
 * The date of the latest Stage_History entry ("2026-10-02 Applied") for the current stage; an entry
 * is read as the stage is ("2026-10-02 Technical interview" is an Interview entry). A history of
 * which no entry can be read is reported, as its dates are then lost on the cards.
 */
function stageSinceFrom(history: unknown, stage: string, stages: StagePipeline): number | null {
  // "- 2026-10-02: Applied" is a map to YAML ({"2026-10-02": "Applied"}), as is "- Applied: 2026-10-02"
  // and a whole history of "2026-10-02: Applied" lines: each of their pairs is an entry.
  const list: unknown[] = isArray(history) ? history : isStructured(history) || isString(history) ? [history] : [];
  if (list.length === 0) return null;
  const want = stageKey(stage);
  let since: number | null = null;
  let entries = 0;
  let read = false;
  const take = (entry: unknown): void => {
    entries++;
    const e = historyEntry(entry);
    read ||= e !== null;
    if (e && stageKey(stages.match(e[1]).name) === want && (since === null || e[0] >= since)) since = e[0];
  };
  // An empty item ("- " in a template) is no entry; a text of several ("2026-10-02 Applied, 2026-11-01
  // Interview", or a line each) is one entry a part, though "2026-10-02, Applied" is one.
  for (const e of list) {
    // "- date: 2026-10-02" over "  stage: Applied" is one entry; "- 2026-10-02: Applied" is a pair.
    if (isStructured(e)) keysOf(e).some((k) => /^\s*(?:date|stage|status|on|when)\s*$/i.test(k)) ? take(Object.values(e)) : entriesOf(e).forEach(take);
    else if (!isString(e)) {
      if (e !== null) take(e);
    } else if (!e.includes("\n") && !/[,;]/.test(e)) {
      if (!blank(e)) take(e);
    } else
      for (const line of e.split("\n"))
        for (const part of (line.match(/\d{4}/g) ?? []).length > 1 ? line.split(/[,;](?!\s*\d{4}(?![-/.\d]))/) : [line]) if (!blank(part)) take(part);
  }
  if (!read && entries > 0) found.push("Stage_History has no line with a date and a stage that Job Hunt can read, such as 2026-10-02 Applied.");
  return since;
}

/** The posting's address: the text, or the address of a Markdown link (`[Apply](https://…)`). */
function urlFrom(value: unknown): string {
  const raw = isString(value) ? value : isArray(value) && isString(value[0]) ? value[0] : null;
  const address = raw === null ? null : markdownLinkAddress(raw);
  if (address !== null) return address;
  // A link to a note ("[[Clippings/Acme job ad]]") names a note, not an address.
  if ((raw !== null && raw.trimStart().startsWith("[[")) || unquotedLink(value) !== null) return "";
  // "<https://…>": Markdown's angle brackets around an address are not part of it.
  return trimmed(firstText(value)).replace(/^<(\S+)>$/, "$1");
}

/** A `source` that is a web address; a source named in words ("LinkedIn", "a friend") is not one. */
function clippedFrom(value: unknown): string {
  const text = isString(value) ? trimmed(value) : "";
  return /^https?:\/\/\S+$/i.test(text) ? text : "";
}

function modifiedFrom(value: unknown, mtime: number): number {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
  const text = isString(value) ? trimmed(value) : "";
  if (text !== "") {
    // "2026-11-23T10:00", else a date as the Stage_History's are read: "11/23/2026", "23.11.2026", "Nov 23, 2026".
    let t = isoTime(text);
    const m = Number.isFinite(t) ? null : HISTORY_DATE.exec(text);
    if (m) t = historyTime(m);
    if (Number.isFinite(t)) return t;
  }
  return mtime;
}

export interface PostingReading {
  posting: Posting | null;
  problems: readonly string[];
  /** Read with `later`: the Skills value the posting's (empty) skills still wait for, else undefined. */
  skillsLater: unknown;
  /** Read with `later`: the Salary text or number the posting's (null) salary still waits for, else undefined. */
  salaryLater: string | number | undefined;
}

const NO_PROBLEMS: readonly string[] = freeze([]);
const NOT_A_POSTING: PostingReading = freeze({ posting: null, problems: NO_PROBLEMS, skillsLater: undefined, salaryLater: undefined });
/** A broken block's reading: no posting, and the problem that says why. */
function leftOut(why: string): PostingReading {
  return { posting: null, problems: [`The frontmatter ${why}, so this posting is left out until it is fixed.`], skillsLater: undefined, salaryLater: undefined };
}

// The fields readPosting reads, by position in its FieldPlan.
const enum Field {
  Company,
  Title,
  Stage,
  Skills,
  Location,
  Salary,
  Remote,
  Url,
  Modified,
  History,
  Source,
  SalaryMin,
  SalaryMax,
  Currency,
  Tags,
  Contact,
  Name,
  Interviewed,
  Applied,
  Meeting,
  Type,
  Estado,
}

/** The field plan for one set of field names, remembered per context (a context's settings can be edited in place). */
const plans = new WeakMap<PostingContext, { names: FieldNames; plan: FieldPlan }>();

/** Compared field by field, so checking the remembered plan allocates nothing per note. */
function sameNames(a: FieldNames, b: FieldNames): boolean {
  return (
    a.company === b.company && a.title === b.title && a.stage === b.stage && a.skills === b.skills &&
    a.location === b.location && a.salary === b.salary && a.remote === b.remote && a.url === b.url
  );
}

function planFor(ctx: PostingContext): FieldPlan {
  const n = ctx.settings.fieldNames;
  const known = plans.get(ctx);
  if (known && sameNames(known.names, n)) return known.plan;
  const plan = new FieldPlan([
    ...FIELDS.map((f) => [n[f], ...OTHER_FIELD_NAMES[f]]),
    MODIFIED_KEYS,
    // A tracker that keeps a "status" may keep its "statusHistory" too.
    ["Stage_History", "stage history", "status_history"],
    ["source"],
    // A number property holds no range: "salary_min: 140000" and "salary_max: 175000", with "currency: CAD".
    ["salary_min", "min_salary"],
    ["salary_max", "max_salary"],
    ["currency", "salary_currency"],
    ["tags"],
    // A contact's note ("Email:" or "Phone:" beside "Company:") or the company's own ("Industry:").
    ["email", "phone", "industry"],
    ["name"],
    ...STEP_KEYS,
    ["interviewer", "interviewers", "attendees"],
    // What a note is filed as: "type: interview-prep", "categories: [[People]]".
    ["type", "categories"],
    ["estado"],
  ]);
  plans.set(ctx, { names: { ...n }, plan });
  return plan;
}

/**
 * Reads a posting out of a note; `posting` is null for a note that is not one. Never throws.
 * With `later` (a full load), the skills and a salary written as text or a number are not parsed:
 * the reading hands their raw values on, for the caller to parse (see PostingIndex.putAll).
 */
export function readPosting(meta: Omit<NoteMeta, "links" | "aliases">, ctx: PostingContext, later = false): PostingReading {
  const { settings } = ctx;
  const names = settings.fieldNames;
  if (!inFolder(meta.path, settings.jobsFolder) || isPostingTemplate(meta.path, settings.postingTemplate)) return NOT_A_POSTING;
  if (!meta.frontmatter) {
    if (meta.brokenFrontmatter === null || !brokenLooksLikePosting(meta.brokenFrontmatter, names.company)) return NOT_A_POSTING;
    return leftOut(meta.unclosed === true ? "has no closing --- line" : `is not valid YAML${meta.brokenReason === undefined ? "" : ` (${meta.brokenReason})`}`);
  }
  const f = planFor(ctx);
  f.read(meta.frontmatter);
  if (!f.has(Field.Company)) {
    // A stage the pipeline knows beside a salary or a stage history: a posting that lost its company
    // (or names it under a key not read, `organization:`). Skills or a link beside a status may be a project's.
    const stage = textOf(f.value(Field.Stage));
    return stage !== "" && (f.value(Field.Salary) || f.value(Field.SalaryMin) || f.value(Field.History)) && knownStage(stage, null, ctx.stages)
      ? { ...NOT_A_POSTING, problems: [`This note has a stage but no ${names.company} property, so it is not read as a posting; add one (it may be empty).`] }
      : NOT_A_POSTING;
  }
  const companyValue = f.value(Field.Company);
  // A posting template keeps its placeholders ({{company}}, <% tp... %>) until it is used.
  if (isPlaceholder(companyValue)) return NOT_A_POSTING;
  // A company under another name ("Employer", "Unternehmen", "Empresa") is a posting's only beside a
  // sign of one, as contact and meeting notes use those names too: skills, pay, a link or a known stage.
  if (f.rank(Field.Company) > 0 && signless(f, ctx)) return NOT_A_POSTING;
  found.length = 0;
  const written = oneLine(trimmed(firstText(textField(f, Field.Company, names.company))));
  // A note filed as a person's or a meeting's ("categories: [[People]]", "type: meeting": the whole value
  // or a list item) is none, whatever it holds.
  // Most notes have no type: nothing to look at, and nothing made, for them.
  const kind = f.value(Field.Type);
  const filed = kind !== undefined && kind !== null;
  if (filed && [kind].flat(3).some((k) => isString(k) && /^(?:people|persons?|contacts?|meetings?)$/i.test(linkTargetTitle(parseWikilink(k)?.target ?? k)))) return NOT_A_POSTING;
  // Nor is a contact's note (with a Name, or no title), the company's own (no title), or an interview's
  // ("interviewer:", "attendees:", "type: interview-prep"), unless it has a sign of a posting.
  if (((f.has(Field.Contact) && (f.has(Field.Name) || !f.has(Field.Title))) || f.has(Field.Meeting) || (filed && /interview/i.test(textOf(kind)))) && signless(f, ctx)) return NOT_A_POSTING;
  // "-", "?", "N/A" or "TBD" hold the place of a company not known yet.
  const company = written.length < 4 && /^(?:[-–—?.]+|n\/?a|tb[ad])$/i.test(written) ? "" : written;
  // A template for Obsidian's own Templates ("Company:" left empty, "title: {{title}}", "date: {{date}}"),
  // or one with no placeholder kept in a templates folder ("Templates/Job.md").
  if (company === "" && (hasPlaceholder(meta.frontmatter) || TEMPLATES_FOLDER.test(meta.path))) return NOT_A_POSTING;
  // A nested company was reported just now: one cause, one message.
  if (company === "" && found.length === 0) found.push(`${names.company} is empty.`);

  const title = oneLine(trimmed(firstText(textField(f, Field.Title, names.title)))) || baseName(meta.path);
  const stageValue = textField(f, Field.Stage, names.stage);
  const estado = f.value(Field.Estado);
  const stage = ctx.stages.match(
    stageWritten(blank(firstText(stageValue)) && estadoStage(estado, ctx.stages) ? estado : stageValue, f.value(Field.Tags), ctx.stages, stepsIn(f)),
  );

  const rawSkills = f.value(Field.Skills);
  const skillsNested = isStructured(rawSkills);
  if (skillsNested) found.push(`${names.skills} is a nested object, not a list; it was ignored.`);
  const skillsLater = later && !skillsNested && rawSkills !== undefined && rawSkills !== null ? rawSkills : undefined;
  const skills = skillsNested || skillsLater !== undefined ? [] : ctx.skills.parse(rawSkills);

  const location = trimmed(textOf(textField(f, Field.Location, names.location)));
  // Two number properties, read as the range they hold; empty ones (a template's) as none.
  const low = textOf(f.value(Field.SalaryMin));
  const high = textOf(f.value(Field.SalaryMax));
  const salaryValue = f.value(Field.Salary) ?? (low && high ? `${low} - ${high}` : low ? `from ${low}` : high ? `up to ${high}` : undefined);
  // A Currency property ("CAD", "€", "Euro") says what a salary without a sign is in.
  const named = f.has(Field.Currency) ? cachedSalary(`1 ${textOf(f.value(Field.Currency))}`, "XXX")?.currency : undefined;
  const currency = named && named !== "XXX" ? named : settings.defaultCurrency;
  // Text and numbers read the same later; anything else is read now, as its problem depends on it.
  const salaryLater = later && currency === settings.defaultCurrency && (isString(salaryValue) || typeof salaryValue === "number") ? salaryValue : undefined;
  const salary = salaryLater !== undefined ? null : cachedSalary(salaryValue, currency);
  // An object with min and max parts is a salary; any other object cannot be read as one.
  if (isStructured(salaryValue) && salary === null) notText(names.salary);
  const remote = remoteFrom(textField(f, Field.Remote, names.remote), location);
  // The Web Clipper keeps the page's address in `source`.
  const url = urlFrom(textField(f, Field.Url, names.url)) || clippedFrom(f.value(Field.Source));
  if (f.twice !== 0) {
    // The fields Company to Url, in their order.
    [names.company, names.title, names.stage, names.skills, names.location, names.salary, names.remote, names.url].forEach((label, field) => {
      if (f.writtenTwice(field) && reading(ctx, field, f.value(field)) !== reading(ctx, field, f.others[field])) found.push(`${label} is written twice, in two spellings, with different values; the first is used.`);
    });
  }
  const stageSince = stageSinceFrom(f.value(Field.History), stage.name, ctx.stages);
  // Last, as a full load finds it last: in its skills pass, where the list is read anyway.
  if (skillsLater === undefined && hasNestedItem(rawSkills, ctx.skills)) found.push(nestedSkillItem(names.skills));

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
      remote,
      url,
      modified: modifiedFrom(f.value(Field.Modified), meta.mtime),
      stageSince,
      // Shared with the note, not copied: neither is ever changed, and a copy costs a read of every note's counts on a full load.
      tasks: meta.tasks,
    },
    problems: found.length > 0 ? found.slice() : NO_PROBLEMS,
    skillsLater,
    salaryLater,
  };
}

/** No sign of a posting: no skills, pay or link, and no stage of the pipeline. */
function signless(f: FieldPlan, ctx: PostingContext): boolean {
  return [Field.Skills, Field.Salary, Field.SalaryMin, Field.SalaryMax, Field.Url].every((x) => blank(f.value(x))) && !knownStage(f.value(Field.Stage), f.value(Field.Tags), ctx.stages, stepsIn(f)) && !estadoStage(f.value(Field.Estado), ctx.stages);
}

/**
 * The stage a note gives: its stage property's text (a list's last item, as the properties panel adds
 * to a list at its end), else the stage a tag names, else the step a dated property records (`steps`:
 * the values under STEP_KEYS). Read the same way for the board and for a move.
 */
export function stageWritten(value: unknown, tags: unknown, stages: StagePipeline, steps: readonly unknown[] = []): string {
  const text = firstText(isArray(value) ? value.slice().reverse() : value);
  return blank(text) ? stageFromTags(tags, stages) || stageFromSteps(steps, stages) : text;
}

/**
 * Trackers that keep no status keep the steps' dates instead ("interview_date: 2026-10-10",
 * "date_applied: 2026-09-12", or an "applied" checkbox ticked): the furthest step with a value.
 */
export const STEP_KEYS = [
  ["interview_date", "interviewed_on", "interview_on", "interview"],
  ["date_applied", "applied", "applied_date", "applied_on", "application_date"],
];
/** The note's values under STEP_KEYS, in their order. */
const stepsIn = (f: FieldPlan): unknown[] => [f.value(Field.Interviewed), f.value(Field.Applied)];

const stageFromSteps = (steps: readonly unknown[], stages: StagePipeline): string =>
  ["Interview", "Applied"].find((name, i) => stepTaken(steps[i]) && stages.match(name).known) ?? "";

/**
 * A step's value that says it was taken: a date ("2026-09-12", "[[2026-09-12]]", "12.09.2026", a
 * spreadsheet's number), a ticked box, "yes" or "x"; not "no", "TBD", 0 or "[[Round 1 prep]]".
 */
function stepTaken(v: unknown): boolean {
  if (v === true || v instanceof Date) return true;
  if (typeof v === "number") return v !== 0 && Number.isFinite(v);
  const t = textOf(v).replace(/\uFE0F/g, "").trim();
  return /^(?:yes|y|x|true|✓|✔|✅|☑)$/i.test(t) || (/\d{4}-\d\d?|\d\d?[./-]\d\d?/.test(t) && !/^(?:no|not|tbd)\b/i.test(t));
}

/**
 * The names a note's stage is read and written under: "Estado" too where it names a stage of the
 * pipeline, as in Spanish and Portuguese notes; elsewhere it is a state ("Estado: SP"), left alone.
 */
export function stageNames(first: string, estado: unknown, stages: StagePipeline): string[] {
  return [first, ...STAGE_KEYS, ...(estadoStage(estado, stages) ? ["estado"] : [])];
}

/** "Estado" names a stage; not "New York" or "New Mexico", which "new" (Research) would make one. */
function estadoStage(estado: unknown, stages: StagePipeline): boolean {
  return knownStage(estado, null, stages) && !/^\s*new\s/i.test(firstText(estado));
}

/** True when the note names a stage of the pipeline (in its stage property, a tag or a step's date). */
function knownStage(value: unknown, tags: unknown, stages: StagePipeline, steps?: readonly unknown[]): boolean {
  const text = stageWritten(value, tags, stages, steps);
  return !blank(text) && stages.match(text).known;
}

/**
 * For a posting with no stage property: the stage a tag names ("job/applied", "#interviewing",
 * "rejected"), the furthest along where several do. A tag of more than one word ("interview-prep")
 * names none. "" when no tag names a stage.
 */
function stageFromTags(tags: unknown, stages: StagePipeline): string {
  let best: StageMatch | null = null;
  for (const tag of isArray(tags) ? tags : isString(tags) ? tags.split(/[\s,]+/) : []) {
    const word = isString(tag) ? tag.slice(tag.lastIndexOf("/") + 1).replace(/^#/, "") : "";
    const match = /^\p{L}+$/u.test(word) ? stages.match(word) : null;
    if (match?.known && (best === null || match.order > best.order)) best = match;
  }
  return best?.name ?? "";
}

/**
 * What a field's value reads as, to tell two spellings that say one thing (`Company: Acme` beside the
 * Web Clipper's `company: "[[Acme]]"`, `Remote: true` and `remote: yes`) from two that differ.
 */
function reading(ctx: PostingContext, field: Field, value: unknown): string {
  if (field === Field.Skills) return ctx.skills.parse(value).map((s) => s.key).sort().join();
  if (field === Field.Salary) {
    const s = cachedSalary(value, ctx.settings.defaultCurrency);
    return s ? `${s.min} ${s.max} ${s.currency} ${s.period}` : "";
  }
  if (field === Field.Remote) return String(remoteFrom(value, ""));
  const text = trimmed(firstText(value));
  return field === Field.Stage ? ctx.stages.match(text).name : lower(text);
}

/** True for a list with an object among its items (`- name: Python` under a dash), which no reading can use. */
export function hasNestedItem(value: unknown, skills: SkillCanon): boolean {
  if (!isArray(value)) return false;
  try {
    // "- Python: advanced" is Python at a level, not a nested object.
    for (let i = 0; i < value.length; i++) if (isStructured(value[i]) && skills.canonical(namedWithLevel(value[i]) ?? "")?.known !== true) return true;
  } catch {
    // A hostile list (a throwing getter): the skills read from it are what counts.
  }
  return false;
}

/** The problem a list with an object among its items gets: Skills ("not a skill"), or a text property ("not text"). */
export function nestedSkillItem(label: string, what = "a skill"): string {
  return `${label} has an item that is a nested object, not ${what}; it was ignored.`;
}

/** The problems of the posting being read; one list reused, copied out only when a posting has any. */
const found: string[] = [];

/** A name written as a YAML block (`Company: |`) on one line, as a card shows it. */
function oneLine(text: string): string {
  return text.includes("\n") ? squish(text) : text;
}

/** A field read as text; an object there is reported and read as nothing. */
function textField(f: FieldPlan, field: Field, label: string): unknown {
  let value = f.value(field);
  // A clipped page's schema.org Organization or Place, as JSON text or as properties.
  if ((isString(value) && (value[0] === "{" || value[0] === "[") && /^\[?\{"@type"/.test(value)) || (isStructured(value) && "@type" in value)) value = schemaText(value, field === Field.Location) ?? value;
  if (isStructured(value)) notText(label);
  // "Location:" over "- city: Berlin": a list of objects, which no text is read from.
  else if (isArray(value) && value.some(isStructured)) found.push(nestedSkillItem(label, "text"));
  return value;
}

/**
 * The text of schema.org objects, as the Web Clipper copies them from a job page's
 * `hiringOrganization` and `jobLocation`: a name, or a place's town and region (first, for a
 * place); several, as a job in two towns, joined by "; ". Undefined where there is none.
 */
function schemaText(value: unknown, place: boolean): string | undefined {
  try {
    const v: unknown = isString(value) ? JSON.parse(value) : value;
    if (isArray(v)) return v.map((x) => schemaText(x, place)).join("; ") || undefined;
    if (!isStructured(v)) return undefined;
    const a = isStructured(v.address) ? v.address : v;
    const town = [a.addressLocality, a.addressRegion].filter(isString).join(", ") || (isString(a.addressCountry) ? a.addressCountry : "");
    const name = isString(v.name) ? v.name : "";
    return (place ? town || name : name || town) || undefined;
  } catch {
    return undefined;
  }
}

function notText(label: string): void {
  found.push(`${label} is a nested object, not text; it was ignored.`);
}
