// Reads a job description as people paste it (from LinkedIn, Greenhouse, Lever, Workday, Indeed, a careers
// page or an e-mail; Markdown or plain text) into a posting's fields. Pure, and never throws.

import { BUILTIN_SKILLS } from "./skill-vocabulary";
import { parseSalary, type Salary, type SalaryPeriod } from "./salary";
import type { SkillCanon } from "./skills";
import { displayText } from "./wikilink";

export interface Extraction {
  company: string; // "" when not found
  title: string; // "" when not found
  skills: string[]; // canonical names (SkillCanon spelling), in order of first appearance, no duplicates
  salary: Salary | null; // from parseSalary on the pay text found; null when the text states no pay
  location: string; // "" when not found; e.g. "Berlin, Germany", "New York, NY", "Remote (US)"
  remote: boolean;
  url: string; // the posting's own link if present, else ""
}

export interface ExtractOptions {
  canon: SkillCanon;
  /** Skills already used in the user's vault (raw names); found in the text too, as whole words. */
  vaultSkills?: readonly string[];
  defaultCurrency: string;
}

/** Longer input is read up to here; nobody pastes ten million characters of one job. */
const MAX_INPUT = 10_000_000;
/** Title, company and location are read from the start of the text: a job's header is never this deep. */
const HEAD_CHARS = 200_000;
const HEAD_LINES = 600;

export function extractPosting(text: string, options: ExtractOptions): Extraction {
  const out: Extraction = { company: "", title: "", skills: [], salary: null, location: "", remote: false, url: "" };
  let doc: Doc;
  try {
    doc = prepare(text);
  } catch {
    return out;
  }
  const currency = safely(() => (typeof options.defaultCurrency === "string" ? options.defaultCurrency : "USD"), "USD");
  out.skills = safely(() => findSkills(doc, options), []);
  out.salary = safely(() => findSalary(doc, currency), null);
  out.url = safely(() => findUrl(doc), "");
  out.remote = safely(() => findRemote(doc), false);
  const header = safely(() => readHeader(doc), EMPTY_HEADER);
  out.company = header.company;
  out.title = header.title;
  // The company's own name is not a skill of its job ("Stripe" at Stripe, "GitLab" at GitLab).
  if (out.company !== "") {
    const own = safely(() => options.canon.canonical(out.company)?.key ?? "", "");
    if (own !== "") out.skills = out.skills.filter((name) => safely(() => options.canon.canonical(name)?.key ?? "", "") !== own);
  }
  out.location = safely(() => findLocation(doc, header, out.remote), "");
  if (!out.remote && /^remote\b/i.test(out.location)) out.remote = !safely(() => remoteDenied(doc), false);
  return out;
}

function safely<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

// ---------------------------------------------------------------------------------------------------
// The text, prepared once

interface Line {
  start: number; // offset in doc.text
  raw: string;
  text: string; // without Markdown, HTML tags, emoji and bullets; whitespace collapsed
  heading: boolean;
  bullet: boolean;
}

interface Label {
  key: string; // normalised label: "job title", "location", ...
  value: string; // cleaned value
  line: number; // index in doc.lines, or -1 for frontmatter
}

interface Doc {
  text: string; // normalised: NFKC, "\n" line ends, plain spaces and quotes
  plain: string; // same length; links, e-mail addresses, phone numbers and dates blanked out
  head: string; // the start of plain
  lines: Line[]; // the first lines of the body (after any frontmatter)
  labels: Label[];
  links: Array<{ url: string; index: number }>;
  skip: Array<[number, number]>; // ranges skill matching ignores
}

function prepare(input: unknown): Doc {
  const text = normalize(input);
  const skip: Array<[number, number]> = [];
  const links: Array<{ url: string; index: number }> = [];
  for (const m of text.matchAll(URL_RE)) {
    const index = m.index ?? 0;
    skip.push([index, index + m[0].length]);
    if (/^https?:/i.test(m[0])) links.push({ url: trimUrl(m[0]), index });
  }
  skip.push(...emailRanges(text));
  const blanks: Array<[number, number]> = [...skip];
  for (const m of text.matchAll(MD_LINK_TARGET)) {
    const index = (m.index ?? 0) + 1;
    skip.push([index, index + m[0].length - 1]);
  }
  for (const m of text.matchAll(NOT_A_SKILL)) {
    const index = m.index ?? 0;
    skip.push([index, index + m[0].length]);
  }
  skip.push(...chromeRanges(text), ...boilerplateRanges(text));
  skip.sort((a, b) => a[0] - b[0]);

  let plain = blankRanges(text, blanks);
  plain = blank(plain, PHONE);
  plain = blank(plain, DATE);
  plain = blank(plain, RETIREMENT_PLAN);
  const head = plain.slice(0, HEAD_CHARS);
  const { lines, labels } = readLines(text, head);
  return { text, plain, head, lines, labels, links, skip };
}

/** Job boards' buttons and side panels copied along with the job ("Use AI to assess how you fit", "Meet the hiring team"). */
const CHROME_LINE =
  /^(?:use ai to assess how you fit|show match details|tailor my resume|help me stand out|am i a good fit for this job\??|how can i best position myself for this job\??|tell me more about .{1,80}|show more options|easy apply|save|saved|share|apply|apply now|apply for this job|show more|show less|see more|back to jobs|view all jobs|all jobs|job details|set alert for similar jobs|see how you compare.{0,80}|get ai-powered advice.{0,80}|try premium.{0,80}|message|follow|report this job|job search faster with premium.{0,80}|people you can reach out to|exclusive job seeker insights.{0,80}|\d+ (?:followers|employees)|[\d,]+-[\d,]+ employees|promoted by hirer.{0,80}|responses managed off linkedin)$/i;

function chromeRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let offset = 0;
  let hiringTeam = -1;
  for (let n = 0; n < 400 && offset < text.length && offset < HEAD_CHARS; n++) {
    let end = text.indexOf("\n", offset);
    if (end < 0) end = text.length;
    const line = text.slice(offset, Math.min(end, offset + 200)).trim();
    if (/^meet the hiring team$/i.test(line)) hiringTeam = offset;
    else if (hiringTeam >= 0 && /^about the (?:job|role|position)$/i.test(line)) {
      out.push([hiringTeam, offset]);
      hiringTeam = -1;
    } else if (CHROME_LINE.test(line)) {
      out.push([offset, end]);
    }
    offset = end + 1;
  }
  return out;
}

/** Legal and application-form paragraphs, whose words ("recruiting", "accessibility", "social media") are not the job's skills. */
const BOILERPLATE =
  /equal (?:opportunity|employment)|affirmative action|\beeo\b|without regard to|regardless of (?:race|their)|protected veteran|reasonable accommodation|privacy (?:policy|notice)|e-verify|pay transparency|fair chance|recruitment fraud|recruiting scams?|data protection|applicants? with (?:arrest|criminal)|know your rights|accepted file types|first name\s*\*/i;

function boilerplateRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[^\n]+(?:\n[ \t]*[^\s][^\n]*)*/g)) {
    if (m[0].length <= 3000 && BOILERPLATE.test(m[0])) {
      const index = m.index ?? 0;
      out.push([index, index + m[0].length]);
    }
  }
  return out;
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;

/** E-mail addresses, found from their "@" (a regex would retry every word of a long text). */
function emailRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const local = (c: number): boolean => isWordCode(c) || c === 46 || c === 43 || c === 45;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && local(text.charCodeAt(a - 1))) a--;
    let b = at + 1;
    let dot = false;
    while (b < text.length && b - at < 255 && (isWordCode(text.charCodeAt(b)) || text.charCodeAt(b) === 45 || text.charCodeAt(b) === 46)) {
      if (text.charCodeAt(b) === 46 && isWordAt(text, b + 1)) dot = true;
      b++;
    }
    while (b > at + 1 && text.charCodeAt(b - 1) === 46) b--;
    if (a < at && dot) {
      out.push([a, b]);
      at = b - 1;
    }
  }
  return out;
}

function blankRanges(s: string, ranges: Array<[number, number]>): string {
  if (ranges.length === 0) return s;
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [a, b] of sorted) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    parts.push(s.slice(at, from), " ".repeat(b - from));
    at = b;
  }
  parts.push(s.slice(at));
  return parts.join("");
}

const MD_LINK_TARGET = /\]\([^)\s]*\)/g;
/** Phrases whose letters look like skills but are not: "R&D", "C-suite", "TS/SCI", "American Express", "Series C". */
const NOT_A_SKILL =
  /\b(?:(?:no|not|without) remote work(?:ing)?\b|remote work(?:ing)? (?:is|are) (?:not|unfortunately not|impossible)\b|R\s?&\s?[DR]|Q\s?&\s?A|C[- ](?:suite|level)|TS\/SCI|American Express|Series [A-H]\b|Go[- ]to[- ]market|go for it|(?:i'm|i am|we're|we are|is|are|currently|actively) recruiting\b|Vitamin [A-Z]\b|Plan [A-C]\b|Type [A-C]\b|Grade [A-C]\b|Tier [A-C]\b)/gi;
const PHONE = /\+\d{1,3}[\d ().-]{6,18}\d|\(\d{3}\)\s?\d{3}[-. ]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b/g;
const DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g;
const RETIREMENT_PLAN = /\b(?:401|403|457)\s?\(?[kKbB]\)?/g;

function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => " ".repeat(m.length));
}

function normalize(input: unknown): string {
  if (typeof input !== "string") return "";
  let t = input.length > MAX_INPUT ? input.slice(0, MAX_INPUT) : input;
  try {
    t = t.normalize("NFKC");
  } catch {
    // Keep the text as it came.
  }
  return t
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\t/g, "  ") // a tab often separates a label from its value: keep it wider than a space
    .replace(/[\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u301c\uff5e]/g, "~");
}

const EMOJI = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F|\u20E3|\u200D/gu;

/** A piece of Markdown/HTML as a reader sees it: no tags, link targets, emphasis or emoji. */
function cleanInline(s: string): string {
  return s
    .replace(/<[^<>\n]{0,300}>/g, " ")
    .replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, "$1")
    .replace(/\[\[[^\]\n]{0,300}\]\]/g, (m) => displayText(m))
    .replace(/\*\*|__|`|~~/g, "")
    .replace(EMOJI, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const BULLET_START = /^\s*(?:[-*+•·▪‣◦]|\d{1,2}[.)])\s+/;

function cleanLine(raw: string): string {
  let s = cleanInline(raw);
  s = s.replace(/^(?:#{1,6}\s*|>\s*|[-*+•·▪‣◦]\s+|\d{1,2}[.)]\s+)+/, "");
  s = s.replace(/^[*_\s]+|[*_\s]+$/g, "");
  return s.trim();
}

function readLines(text: string, head: string): { lines: Line[]; labels: Label[] } {
  const labels: Label[] = [];
  let offset = 0;
  const front = frontmatterEnd(text);
  if (front > 0) {
    readFrontmatter(text.slice(0, front), labels);
    offset = front;
  }
  const lines: Line[] = [];
  while (offset < head.length && lines.length < HEAD_LINES) {
    let end = head.indexOf("\n", offset);
    if (end < 0) end = head.length;
    const raw = text.slice(offset, Math.min(end, offset + 2000));
    const t = cleanLine(raw);
    if (t !== "" && !CHROME_LINE.test(t)) {
      const next = text.slice(end + 1, end + 200).split("\n", 1)[0] ?? "";
      lines.push({
        start: offset,
        raw,
        text: t,
        heading: /^\s*#{1,6}\s/.test(raw) || /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__):?\s*$/.test(raw) || /^\s*=+\s*$/.test(next),
        bullet: BULLET_START.test(raw),
      });
    }
    offset = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const m =
      /^([\p{L}][\p{L}\p{N} ()/'&._-]{0,40}?)\s*[:：]\s*(.*)$/u.exec(line.text) ??
      /^\s*(?:\*\*)?([\p{L}][\p{L}\p{N} ()/'&._-]{0,40}?)(?:\*\*)?(?: {2,})(\S.*)$/u.exec(line.raw); // "Job Title<tab>Engineer"
    let key = "";
    let value = "";
    if (m) {
      key = labelKey(m[1] ?? "");
      value = (m[2] ?? "").trim();
    } else if (KNOWN_LABELS.has(labelKey(line.text)) && !/\*\s*$/.test(line.raw)) {
      key = labelKey(line.text); // "Location*" is an application form's field, not a label
    }
    if (!KNOWN_LABELS.has(key)) continue;
    if (value === "") {
      // "Location" on its own line, the value on the next (Workday, Greenhouse).
      const nextLine = lines[i + 1];
      if (!nextLine || KNOWN_LABELS.has(labelKey(nextLine.text.replace(/:\s*$/, "")))) continue;
      if (/[:：]/.test(nextLine.text) && KNOWN_LABELS.has(labelKey(nextLine.text.split(/[:：]/)[0] ?? ""))) continue;
      if (LOCATION_LABELS.has(key) && !m && !placeLike(nextLine.text)) continue;
      value = nextLine.text;
    }
    labels.push({ key, value, line: i });
  }
  return { lines, labels };
}

function labelKey(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(s\)/g, "s")
    .replace(/[_-]+/g, " ")
    .replace(/[^\p{L}\p{N} /]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** End offset of a leading `---` YAML block, or 0. */
function frontmatterEnd(text: string): number {
  if (!/^---[ ]*\n/.test(text)) return 0;
  const close = /\n(?:---|\.\.\.)[ ]*(?:\n|$)/.exec(text.slice(3, 20_000));
  if (!close) return 0;
  // A rule above some prose is not frontmatter: YAML has "key: value" lines.
  if (!/^[A-Za-z][\w -]{0,40}:(?:[ ]|$)/m.test(text.slice(3, 3 + close.index))) return 0;
  return 3 + close.index + close[0].length;
}

function readFrontmatter(block: string, labels: Label[]): void {
  const rows = block.split("\n");
  for (let i = 0; i < rows.length; i++) {
    const m = /^([A-Za-z][\w -]{0,40}):[ ]*(.*)$/.exec(rows[i] ?? "");
    if (!m) continue;
    const key = labelKey(m[1] ?? "");
    let value = (m[2] ?? "").trim();
    if (value === "" || value === "|" || value === ">") {
      const item = /^\s+-\s+(.*)$/.exec(rows[i + 1] ?? "");
      if (item) value = item[1] ?? "";
    }
    value = unquote(value.replace(/^\[(?!\[)(.*)\](?!\])$/, "$1").trim());
    if (value.includes("[[")) value = displayText(value);
    if (value !== "" && KNOWN_LABELS.has(key)) labels.push({ key, value, line: -1 });
  }
}

function unquote(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) return t.slice(1, -1).trim();
  return t;
}

const TITLE_LABELS = words(
  "job title|title|position|position title|role|role title|job role|job position|job name|vacancy|opening|job opening|subject|" +
    "stellenbezeichnung|stelle|jobtitel|poste|intitule du poste|intitulé du poste|titre du poste|puesto|cargo|titulo|título|" +
    "ruolo|posizione|functie|functietitel|vacature|befattning|tjanst|tjänst|stanowisko",
);
const COMPANY_LABELS = words(
  "company|company name|employer|organization|organisation|hiring company|hiring organization|hiring organisation|" +
    "unternehmen|firma|arbeitgeber|entreprise|societe|société|empresa|azienda|societa|società|bedrijf|werkgever|" +
    "organisatie|foretag|företag|arbetsgivare|pracodawca",
);
const LOCATION_LABELS = words(
  "location|locations|job location|job locations|work location|office location|office locations|based in|where|city|" +
    "place of work|primary location|work site|standort|standorte|arbeitsort|einsatzort|dienstort|ort|lieu|lieux|" +
    "lieu de travail|localisation|localisation du poste|ubicacion|ubicación|localizacion|localización|lugar de trabajo|sede|" +
    "luogo di lavoro|localita|località|locatie|werklocatie|standplaats|plats|lokalizacja|miejsce pracy",
);
const WORKPLACE_LABELS = words(
  "workplace type|workplace|work type|remote|work model|work arrangement|working model|arbeitsmodell|location type|" +
    "remote work|remote status|work setup|work mode|modalidad|modalite|modalité|telework|job type",
);
const URL_LABELS = words(
  "url|link|job url|job link|job posting|posting|apply|apply here|apply at|apply link|application link|source|" +
    "job posting url|posting url|original posting",
);
const KNOWN_LABELS = new Set([...TITLE_LABELS, ...COMPANY_LABELS, ...LOCATION_LABELS, ...WORKPLACE_LABELS, ...URL_LABELS]);

function words(list: string): Set<string> {
  return new Set(list.split("|"));
}

// ---------------------------------------------------------------------------------------------------
// Skills

/** What one spelling in the trie stands for, and how sure a match of it must be. */
interface Term {
  name: string; // canonical name
  key: string; // canonical key, for de-duplication
  /** Short or everyday words: the text's spelling must be one of `forms` (else a clear list of skills). */
  strict: boolean;
  forms: Set<string>;
  /** Lowercase is still taken in a list of other skills ("python, go, rust"). */
  listLower: boolean;
  /** An everyday verb or noun ("Go", "Express", "Spring"): not taken at the start of a sentence without a sign. */
  verbish: boolean;
  /** One letter (C, R): only in a clear language context. */
  single: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  term: Term | null;
}

/** Everyday English words (and names) that are also skills: they must be written as the skill is. */
const COMMON = words(
  "go|swift|rust|ruby|spring|express|excel|node|rest|less|lean|sketch|unity|chef|puppet|helm|consul|packer|vagrant|" +
    "bootstrap|ionic|phoenix|sentry|notion|slack|babel|yarn|ember|backbone|hive|spark|flask|bamboo|jest|mocha|cucumber|" +
    "postman|looker|pandas|torch|apex|assembly|dart|elixir|groovy|lisp|sass|react|angular|svelte|vue|vite|remix|rails|" +
    "hibernate|celery|flutter|oracle|snowflake|lambda|confluence|asana|obsidian|markdown|latex|soap|apollo|solid|" +
    "embedded|unreal|cypress|playwright|selenium|puppeteer|capybara|swagger|waterfall|safe|stripe|blender|illustrator|" +
    "airflow|shell|nats",
);
/** Of those, the ones that are also verbs or sentence openers ("Go above and beyond", "Excel in …"). */
const VERBISH = words(
  "go|express|excel|spring|sketch|spark|remix|bootstrap|react|lean|less|hibernate|jest|torch|helm|flutter|slack|" +
    "embedded|swagger|backbone|solid|safe",
);
/** Short tokens that mean nothing else in lowercase: any case is fine. */
const SAFE_LOWER = words(
  "sql|aws|gcp|css|php|npm|git|dbt|jwt|dns|cdn|sqs|sns|ecs|eks|rds|gke|aks|seo|js|lua|zig|ios|llm|nlp|tdd|bdd|sre|crm|" +
    "erp|svn|dba|ddd|oop|drf|xml|iot|etl|elt|ppc|sso|ux|qa|ixd|vba|oci|saml|ror",
);
/** Lowercase in a list still means the ordinary word for these. */
const NO_LIST_LOWER = words("rest|less|lean|safe|solid|embedded|shell|spring|express|excel|slack|spark|sketch|torch|swift");
/** Spellings that the general rule (the vocabulary's spelling, Capitalised, or UPPER for short ones) gets wrong. */
const FORM_OVERRIDES = new Map<string, string[]>([
  ["iac", ["IaC", "IAC"]],
  ["okr", ["OKR"]],
  ["shell", ["shell"]], // "Shell" is an oil company
  ["ts", ["TS"]],
  ["py", []],
  ["go", ["Go"]], // "GO" shouts the verb
]);

interface Matcher {
  root: TrieNode;
}

const matcherCache = new WeakMap<object, Matcher>();
let vaultCache: { canon: object; key: string; matcher: Matcher } | null = null;

function baseMatcher(canon: SkillCanon): Matcher {
  const cached = matcherCache.get(canon);
  if (cached) return cached;
  const root: TrieNode = { next: new Map(), term: null };
  for (const entry of BUILTIN_SKILLS) {
    addPhrase(root, canon, entry.name, true);
    for (const alias of entry.aliases) addPhrase(root, canon, alias, false);
  }
  for (const name of canon.names()) addPhrase(root, canon, name, true);
  const matcher = { root };
  matcherCache.set(canon, matcher);
  return matcher;
}

function vaultMatcher(canon: SkillCanon, vaultSkills: readonly string[] | undefined): Matcher | null {
  if (!Array.isArray(vaultSkills) || vaultSkills.length === 0) return null;
  const list = vaultSkills.filter((s): s is string => typeof s === "string").slice(0, 20_000);
  const key = list.join("\u0000");
  if (vaultCache && vaultCache.canon === canon && vaultCache.key === key) return vaultCache.matcher;
  const root: TrieNode = { next: new Map(), term: null };
  for (const raw of list) {
    const ref = canon.canonical(raw);
    if (!ref) continue;
    addPhrase(root, canon, raw, /[A-Z]/.test(raw));
    addPhrase(root, canon, ref.name, true, raw);
  }
  const matcher = { root };
  vaultCache = { canon, key, matcher };
  return matcher;
}

/** Adds one spelling; `resolveAs` is what to canonicalise instead (a vault skill's raw text). */
function addPhrase(root: TrieNode, canon: SkillCanon, phrase: string, isName: boolean, resolveAs?: string): void {
  if (typeof phrase !== "string") return;
  const ref = canon.canonical(resolveAs ?? phrase);
  if (!ref) return;
  const path = foldPhrase(phrase);
  if (path === "" || path.length > 80 || !/[\p{L}\p{N}]/u.test(path)) return;
  const lettersOnly = /^\p{L}+$/u.test(path);
  const strict = lettersOnly && ((path.length <= 3 && !SAFE_LOWER.has(path)) || COMMON.has(path));
  let node = root;
  for (let i = 0; i < path.length; i++) {
    const ch = path.charAt(i); // code units, as the scan reads the text
    let next = node.next.get(ch);
    if (!next) {
      next = { next: new Map(), term: null };
      node.next.set(ch, next);
    }
    node = next;
  }
  const forms = strict ? formsOf(phrase.normalize("NFKC").trim(), path, isName) : [];
  if (node.term) {
    for (const f of forms) node.term.forms.add(f);
    return;
  }
  node.term = {
    name: ref.name,
    key: ref.key,
    strict,
    forms: new Set(forms),
    listLower: strict && path.length > 1 && !NO_LIST_LOWER.has(path),
    verbish: strict && VERBISH.has(path),
    single: strict && path.length === 1,
  };
}

function formsOf(phrase: string, path: string, isName: boolean): string[] {
  const override = FORM_OVERRIDES.get(path);
  if (override) return override;
  const forms: string[] = [];
  const hasUpper = phrase !== phrase.toLowerCase();
  if (isName || hasUpper) forms.push(phrase);
  if (!hasUpper) {
    if (COMMON.has(path)) forms.push(phrase.charAt(0).toUpperCase() + phrase.slice(1));
    if (path.length <= 4) forms.push(phrase.toUpperCase());
  } else if (path.length <= 3) {
    forms.push(phrase.toUpperCase());
  }
  return forms;
}

/** The trie path of a phrase: NFKC, case-folded per character, runs of spaces, '-' and '_' as one space. */
function foldPhrase(phrase: string): string {
  const s = phrase.normalize("NFKC");
  let out = "";
  let sep = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSepCode(c) || c === 10) {
      sep = out !== "";
      continue;
    }
    if (sep) out += " ";
    sep = false;
    out += foldChar(s, i, c);
  }
  return out;
}

function isSepCode(c: number): boolean {
  return c === 32 || c === 45 || c === 95 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

function foldChar(s: string, i: number, c: number): string {
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  if (c < 128) return s.charAt(i);
  const ch = s.charAt(i);
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** 0 = not yet known, 1 = letter/digit/underscore, 2 = other; for the Basic Multilingual Plane. */
const wordTable = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = wordTable[c] ?? 0;
  if (v === 0) {
    v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordTable[c] = v;
  }
  return v === 1;
}

function isWordAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isWordCode(s.charCodeAt(i));
}

interface Hit {
  start: number;
  end: number;
  term: Term;
  status: 0 | 1 | 2; // pending, taken, dropped
  spaceJoins: boolean; // a verb-like word at a sentence start may lean on a skill right next to it
}

/** Longest spelling in the trie starting at i that ends on a word boundary. */
function walk(root: TrieNode, s: string, i: number, n: number): { end: number; term: Term } | null {
  let node = root;
  let j = i;
  let best: { end: number; term: Term } | null = null;
  let steps = 0;
  while (j < n && steps++ < 120) {
    const c = s.charCodeAt(j);
    let edge: string;
    let k = j + 1;
    if (isSepCode(c)) {
      while (k < n && isSepCode(s.charCodeAt(k))) k++;
      edge = " ";
    } else if (c === 10) {
      break;
    } else {
      edge = foldChar(s, j, c);
    }
    const next = node.next.get(edge);
    if (!next) break;
    node = next;
    j = k;
    if (node.term && edge !== " ") {
      const lastWord = isWordCode(c);
      if (!lastWord || !isWordAt(s, j)) best = { end: j, term: node.term };
    }
  }
  return best;
}

function findSkills(doc: Doc, options: ExtractOptions): string[] {
  const canon = options.canon;
  if (!canon || typeof canon.canonical !== "function") return [];
  const base = baseMatcher(canon);
  const vault = safely(() => vaultMatcher(canon, options.vaultSkills), null);
  const s = doc.text;
  const n = s.length;
  const hits: Hit[] = [];
  const skip = doc.skip;
  let r = 0;
  for (let i = 0; i < n; ) {
    while (r < skip.length && (skip[r]?.[1] ?? 0) <= i) r++;
    const range = skip[r];
    if (range && range[0] <= i) {
      i = range[1];
      continue;
    }
    const c = s.charCodeAt(i);
    const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
    const startOk =
      !isWordCode(prev) &&
      c !== 32 &&
      c !== 10 &&
      prev !== 64 /* @ */ &&
      !(prev === 46 /* . */ && isWordAt(s, i - 2)) &&
      (base.root.next.has(foldChar(s, i, c)) || (vault !== null && vault.root.next.has(foldChar(s, i, c))));
    if (startOk) {
      const a = walk(base.root, s, i, n);
      const b = vault ? walk(vault.root, s, i, n) : null;
      const m = a && b ? (b.end > a.end ? b : a) : (a ?? b);
      if (m) {
        hits.push({ start: i, end: m.end, term: m.term, status: 0, spaceJoins: false });
        i = m.end;
        continue;
      }
    }
    i++;
  }
  resolveHits(s, hits);
  const out: string[] = [];
  const seen = new Set<string>();
  for (const h of hits) {
    if (h.status !== 1 || seen.has(h.term.key)) continue;
    seen.add(h.term.key);
    out.push(h.term.name);
  }
  return out;
}

const LANGUAGE_FOLLOWERS = words(
  "programming|language|languages|developer|developers|development|engineer|engineers|engineering|code|codebase|" +
    "services|service|microservices|backend|backends|apps|app|applications|application|components|experience|expertise|" +
    "knowledge|skills|proficiency|framework|frameworks|library|libraries|packages|package|modules|ecosystem|stack|" +
    "tooling|is|are|was|scripts|scripting|projects|programs|runtime|sdk|api|apis|native|based",
);
const VERB_FOLLOWERS = words(
  "to|your|yourself|the|a|an|at|beyond|above|ahead|further|live|big|far|our|their|his|her|its|into|back|through|out|" +
    "up|down|off|away|forward|on|over|together|get|make|find|see|grab|let|fast|quickly|than|semester|term|break|season|" +
    "festival|quarter|cohort|internship|intake|summer|fall|this|that|these|those|you|we|it|them|us|me|all|more|less|" +
    "time|day|days|yourselves|ourselves|someone|something|anywhere|everywhere|beyond",
);
const PLACE_FOLLOWERS = words("street|st|avenue|ave|road|rd|lane|drive|boulevard|blvd|way|park|square|place|court|county|city|valley|hills");
const SINGLE_PREVIOUS = words("in|with|using|including|like|of|use|uses|know|knows|learn|learning|writing|write|written|embedded|modern");
/** Prepositions after which a word is a verb, per word: "Excel in a fast-paced team", "Spring into action". */
const VERB_PREPOSITIONS = new Map<string, Set<string>>([
  ["excel", words("in|at|as|within")],
  ["spring", words("into|up|from")],
  ["express", words("interest|yourself|your|an|the")],
  ["lean", words("in|into|on")],
  ["spark", words("joy|curiosity|conversations|change|ideas|innovation")],
]);
const SINGLE_FOLLOWERS = words(
  "programming|language|languages|developer|developers|development|code|codebase|libraries|library|packages|package|" +
    "scripts|scripting|shiny|studio|compiler|compilers|toolchain|ecosystem|skills|experience|knowledge|proficiency",
);
const LIST_GAP = /^\s*(?:,|;|\/|\||\+|&|,?\s*(?:and|or|und|oder|et|ou|y|o|e|as well as)|\(|\)|\)\s*,|,\s*\()\s*(?:and\s+|or\s+)?$/i;

function resolveHits(s: string, hits: Hit[]): void {
  for (const h of hits) h.status = firstLook(s, h);
  // A hit that needs support is taken when a skill already taken sits next to it in a list ("R, Python").
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i];
      if (!h || h.status !== 0) continue;
      if (listNeighbour(s, hits, i, -1) || listNeighbour(s, hits, i, 1)) {
        h.status = 1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const h of hits) if (h.status === 0) h.status = 2;
}

function listNeighbour(s: string, hits: Hit[], i: number, dir: -1 | 1): boolean {
  const h = hits[i];
  const o = hits[i + dir];
  if (!h || !o || o.status !== 1) return false;
  const gap = dir < 0 ? s.slice(o.end, h.start) : s.slice(h.end, o.start);
  if (gap.length > 14 || gap.includes("\n")) return false;
  if (LIST_GAP.test(gap)) return true;
  return h.spaceJoins && /^ {1,2}$/.test(gap);
}

/** 1 = a skill, 2 = not one, 0 = only if a list of skills around it says so. */
function firstLook(s: string, h: Hit): 0 | 1 | 2 {
  const t = h.term;
  if (!t.strict) return 1;
  const surface = s.slice(h.start, h.end);
  const exact = t.forms.has(surface);
  const lower = surface === surface.toLowerCase();
  const after = s.slice(h.end, h.end + 40);
  const nextWord = (/^[\s-]*([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? "").toLowerCase();

  // A place: "Phoenix, AZ", "Elm Street", "Spring, TX".
  const state = /^,\s?([A-Z]{2})(?![\p{L}])/u.exec(after);
  if (state && US_STATES.has(state[1] ?? "")) return 2;
  if (PLACE_FOLLOWERS.has(nextWord) && /^\s+\p{Lu}/u.test(after)) return 2;

  if (t.single) return exact ? singleLook(s, h, nextWord) : 2;

  const surfaceKey = surface.toLowerCase();
  if (t.verbish && (VERB_FOLLOWERS.has(nextWord) || VERB_PREPOSITIONS.get(surfaceKey)?.has(nextWord) || /^\d/.test(nextWord) || /^\s*!/.test(after))) {
    return 2;
  }
  if (!exact) return t.listLower && lower ? 0 : 2;
  if (!t.verbish) return 1;

  // An everyday verb written like the skill: fine inside a sentence, but at its start it needs a sign.
  if (!sentenceStart(s, h.start) && !titleCaseLine(s, h)) return 1;
  if (LANGUAGE_FOLLOWERS.has(nextWord)) return 1;
  if (/^\s*\(|^[,/:]/.test(after) || aloneOnLine(s, h)) return 1;
  h.spaceJoins = true;
  return 0;
}

/** "C" and "R": a language only in a clear context ("in C", "C/C++", "R, Python", "R programming", a line of its own). */
function singleLook(s: string, h: Hit, nextWord: string): 0 | 1 | 2 {
  const before = s.charAt(h.start - 1);
  const after = s.charAt(h.end);
  if ("&'.-".includes(before) && before !== "" && isWordAt(s, h.start - 2)) return 2;
  if ("&'-".includes(after) && after !== "" && isWordAt(s, h.end + 1)) return 2;
  if (after === "." && /^\.\s?\p{L}\./u.test(s.slice(h.end, h.end + 4))) return 2;
  if (after === "+" || after === "#") return 2;
  if (before === "(" && after === ")") return 2; // (R), (C): marks, not languages
  const prevWord = (/([\p{L}]+)[\s]*$/u.exec(s.slice(Math.max(0, h.start - 24), h.start))?.[1] ?? "").toLowerCase();
  if (SINGLE_PREVIOUS.has(prevWord)) return 1;
  if (SINGLE_FOLLOWERS.has(nextWord)) return 1;
  if (aloneOnLine(s, h)) return 1;
  return 0;
}

/** Whether nothing but bullets, emphasis or a "Label:" stands before the hit on its line, and nothing but punctuation after it. */
function aloneOnLine(s: string, h: Hit): boolean {
  const from = Math.max(0, h.start - 80);
  const before = s.slice(from, h.start);
  const nl = before.lastIndexOf("\n");
  if (nl < 0 && from > 0) return false;
  const lead = before.slice(nl + 1);
  const afterText = s.slice(h.end, h.end + 40);
  const nlAfter = afterText.indexOf("\n");
  if (nlAfter < 0 && h.end + 40 < s.length) return false;
  const tail = nlAfter < 0 ? afterText : afterText.slice(0, nlAfter);
  if (!/^\s*[.,;:!)*_]*\s*$/.test(tail)) return false;
  return /^\s*(?:[-*+•·▪‣◦>#]+\s*|\d{1,2}[.)]\s*)*(?:\*\*|__)?\s*$/.test(lead) || /:\s*(?:\*\*|__)?\s*$/.test(lead);
}

/** Whether the hit opens a sentence, a bullet or a heading. */
function sentenceStart(s: string, start: number): boolean {
  for (let i = start - 1, n = 0; i >= 0 && n < 40; i--, n++) {
    const ch = s.charAt(i);
    if (ch === "\n") return true;
    if (".!?:".includes(ch)) return true;
    if (" \t*_#>\"'`([-•·▪‣◦+".includes(ch)) continue;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) continue; // emoji
    if (c >= 0x2000 && !isWordCode(c)) continue;
    if (c >= 48 && c <= 57) continue; // "1. Go …"
    return false;
  }
  return true;
}

/** A Title Case Line (a heading or a slogan), where a capital says nothing. */
function titleCaseLine(s: string, h: Hit): boolean {
  const from = Math.max(0, h.start - 150);
  const nl = s.slice(from, h.start).lastIndexOf("\n");
  if (nl < 0 && from > 0) return false;
  const lineStart = nl < 0 ? 0 : from + nl + 1;
  const ahead = s.slice(h.end, h.end + 151);
  const nlAhead = ahead.indexOf("\n");
  if (nlAhead < 0 && ahead.length > 150) return false;
  const lineEnd = nlAhead < 0 ? h.end + ahead.length : h.end + nlAhead;
  const others = (s.slice(lineStart, h.start) + " " + s.slice(h.end, lineEnd)).match(/\p{L}{4,}/gu) ?? [];
  return others.length >= 2 && others.every((w) => w.charAt(0) === w.charAt(0).toUpperCase());
}

// ---------------------------------------------------------------------------------------------------
// Salary

const CODES =
  "USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|INR|SGD|HKD|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|CNY|RMB|KRW|ILS|AED|TRY|RON|PHP|" +
  "ARS|CLP|COP|IDR|MYR|THB|VND|NGN|KES|EGP|PKR|UAH|RUB|ISK|TWD|SAR";
const SYMBOLS = "[$€£¥₹₩₽₺₪₱₦฿₫₴]";
const HIGH_DENOMINATION = words("JPY|KRW|INR|IDR|VND|HUF|CLP|COP|NGN|PKR|ISK|UAH|RUB|PHP|THB|TWD|KES|ARS|CNY");
const AMOUNT = new RegExp(
  `(?:(?<pre>(?:US|CA|C|A|AU|NZ|S|SG|HK|R|MX|CDN)?\\$|${SYMBOLS}|(?:${CODES})|Rs\\.?|INR)\\s?)?` +
    `(?<num>\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:[,.' ]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?(?!\\d)` +
    `(?:\\s?(?<mult>[kK]|mm|MM|[mM]|Mio\\.?|mio\\.?|Mn|mn|[Mm]illions?|[Tt]housand|Tsd\\.?|tsd\\.?|[Ll]akhs?|LPA|lpa|[Ll]acs?|[Cc]r|[Cc]rores?|bn|[Bb]illion|B)(?![\\p{L}])|(?<lakh>L)(?![\\p{L}]))?` +
    `(?<plus>\\+)?` +
    `(?:\\s?(?<suf>${SYMBOLS}|(?:${CODES})|[Ee]uros?|[Dd]ollars?|[Pp]ounds?|zł|kr\\.?|Kč|Ft|lei|[Rr]upees?|yen|Fr\\.)(?![\\p{L}]))?`,
  "gu",
);
/** What may stand between the two ends of a range: "-", "to", "bis", … and a period or currency repeated ("$150K/yr - $200K/yr"). */
const CONNECTOR = new RegExp(
  `^\\s*(?:(?:/\\s*\\p{L}{1,6}\\.?|per\\s+\\p{L}{1,6}|an?\\s+(?:year|hour|month)|${CODES})\\s*)?` +
    `(?:-|–|—|−|‒|~|to|and|bis|à|a|au|hasta|até|tot|till|until|through|y|e|и|до)\\s*(?:(?:${CODES})\\s*)?$`,
  "iu",
);
const TAIL_TOKEN = new RegExp(
  `\\s*(?:[/(),|]|(?<word>p\\.\\s?a\\.|p\\.a|p\\/a|p\\.\\s?m\\.|pa|ph|pcm|OTE|CTC|DOE|` +
    `gross|brutto|bruto|brut|brutos|lordo|lordi|net|netto|neto|base|annually|yearly|monthly|hourly|daily|weekly|annual|` +
    `annum|years?|yr|yrs|hours?|hr|hrs|h|months?|mo|mth|mths|weeks?|wk|days?|jahr|jährlich|monat|monatlich|stunde|std|` +
    `woche|tag|an|année|annuel|mois|mensuel|heure|semaine|jour|año|anual|mes|mensual|hora|anno|annuo|mese|mensile|ora|` +
    `ano|mês|jaar|maand|uur|år|måned|månad|rok|miesięcznie|brutto\\/jahr|${CODES}|euros?|dollars?|pounds?)(?![\\p{L}\\p{N}])|(?:per|a|an|pro|par|por|al|all'|im|je|the)(?![\\p{L}\\p{N}]))`,
  "iuy",
);
const UNITS = words(
  "hours|hrs|years|yrs|days|weeks|months|people|persons|employees|staff|engineers|developers|members|users|customers|" +
    "clients|countries|offices|locations|cities|languages|teams|companies|businesses|brands|merchants|students|patients|" +
    "minutes|mins|min|seconds|sec|miles|km|kg|lbs|percent|x|times|stars|reviews|applicants|projects|products|apps|gb|tb|" +
    "ms|requests|transactions|downloads|installs|visitors|listings|orders|vehicles|cars|seats|sq|ft|hires|jobs|roles|" +
    "positions|markets|partners|million|billion|bn|stores|shops|restaurants|hospitals|schools|universities|sites|servers|" +
    "nodes|repos|repositories|lines|days'|weeks'|year|yr",
);
const PAY_WORDS =
  "salary|salaries|compensation|comp|pay|paid|pays|base|range|wage|wages|rate|ote|earnings|earn|remuneration|package|" +
  "ctc|tc|gehalt|jahresgehalt|bruttojahresgehalt|monatsgehalt|vergütung|verguetung|lohn|stundenlohn|salaire|" +
  "rémunération|rémunéré|rémunérée|sueldo|salario|salarial|salário|remuneração|stipendio|retribuzione|ral|salaris|loon|" +
  "lön|lønn|løn|palkka|wynagrodzenie|pensja|mzda|plat|fizetés|maaş|給与|年収|月給|時給|薪资|연봉";
const STRONG_PAY = words("salary|salaries|base|compensation|gehalt|jahresgehalt|bruttojahresgehalt|salaire|sueldo|salario|stipendio|ral|salaris|wage|wages");
const NOT_PAY_WORDS =
  "bonus|bonuses|signing|sign-on|relocation|relo|allowance|allowances|reimburse|reimbursed|" +
  "reimbursement|reimbursements|match|matching|equity|stock|stocks|rsu|rsus|options|shares|funding|funded|raised|raise|" +
  "series|valuation|revenue|revenues|arr|gmv|investment|invested|investors|investor|customers|users|donation|donations|" +
  "grant|grants|prize|award|credit|credits|insurance|coverage|contribution|contributions|hsa|fsa|wellness|gym|internet|" +
  "equipment|learning|education|tuition|conference|conferences|referral|worth|assets|aum|spend|spending|loan|loans|fee|" +
  "fees|cost|costs|price|prices|pricing|quota|deal|deals|retirement|pension|commission|commissions|discount|discounts|" +
  "books|hardware|gear|coaching|therapy|childcare|commuter|transit|" +
  "subsidy|subsidies|perks|perk|stipends|home|office|coworking|401k|lunch|meals|fund|funds|capital|backed|round|" +
  "profit|profits|sales|market|cap|parental|leave|vacation|travel|phone|mobile|laptop|development|training";
const PAY_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${PAY_WORDS})(?![\\p{L}\\p{N}])`, "giu");
const NOT_PAY_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${NOT_PAY_WORDS})(?![\\p{L}\\p{N}])`, "giu");
const LIMIT_BEFORE =
  /(?:up to|upto|from|starting at|starting from|starts at|at least|minimum|min\.?|maximum|max\.?|bis zu|ab|à partir de|jusqu'à|hasta|desde|a partir de|fino a|da|around|approx\.?|approximately|~)\s*$/i;
const CURRENCY_MARK = new RegExp(
  `${SYMBOLS}|(?:^|[^\\p{L}])(?:${CODES})(?![\\p{L}])|(?:^|[^\\p{L}])(?:euros?|dollars?|pounds?|zł|rupees?|lakhs?|lpa|crores?)(?![\\p{L}])`,
  "iu",
);

interface Amount {
  start: number; // with its currency prefix
  end: number;
  numStart: number;
  value: number; // rough: for plausibility only (parseSalary reads the real numbers)
  currency: boolean;
  grouped: boolean;
  mult: string;
  plus: boolean;
}

/** Amounts judged before the search gives up: a real posting has a handful, not thousands. */
const MAX_PAY_CANDIDATES = 3000;

interface PayCandidate {
  start: number;
  end: number;
  score: number;
  salary: Salary;
}

function findSalary(doc: Doc, defaultCurrency: string): Salary | null {
  const p = doc.plain;
  let best: PayCandidate | null = null;
  let lineStart = 0;
  const recent: string[] = []; // the last few short lines: headings like "Compensation"
  const budget = { left: MAX_PAY_CANDIDATES };
  while (lineStart <= p.length && budget.left > 0) {
    let lineEnd = p.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = p.length;
    // Very long lines are read in pieces, so that one 5 MB line costs no more than many short ones.
    for (let from = lineStart; from < lineEnd; from += 4000) {
      const to = Math.min(lineEnd, from + 4000);
      const line = p.slice(from, to);
      if (/\d/.test(line)) {
        for (const c of payCandidates(doc, line, from, recent, defaultCurrency, budget)) {
          if (!best || c.score > best.score) best = c;
        }
      }
      if (to - from <= 80 && line.trim() !== "") {
        recent.push(line);
        if (recent.length > 3) recent.shift();
      } else if (line.trim() !== "") {
        recent.length = 0;
      }
    }
    if (lineEnd === lineStart && lineEnd >= p.length) break;
    lineStart = lineEnd + 1;
  }
  return best ? best.salary : null;
}

function readAmounts(line: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (const m of line.matchAll(AMOUNT)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const num = g.num ?? "";
    const numStart = line.indexOf(num, start);
    const pre = g.pre ?? "";
    if (pre === "" && numStart > 0 && /[\p{L}\p{N}_]/u.test(line.charAt(numStart - 1))) continue; // Q4, IR35, H1B
    if (pre !== "" && start > 0 && /\p{L}/u.test(line.charAt(start - 1))) continue;
    const mult = g.mult ?? g.lakh ?? "";
    const digits = num.replace(/\D/g, "");
    let value = Number(digits.slice(0, 15)) || 0;
    const m1 = mult.toLowerCase();
    if (m1 === "k" || m1.startsWith("thousand") || m1.startsWith("tsd")) value *= 1000;
    else if (m1 !== "") value *= 100_000;
    out.push({
      start,
      end: start + m[0].length,
      numStart,
      value,
      currency: pre !== "" || (g.suf ?? "") !== "",
      grouped: /[,.' ]\d{3}$/.test(num),
      mult,
      plus: (g.plus ?? "") !== "",
    });
  }
  return out;
}

function payCandidates(
  doc: Doc,
  line: string,
  offset: number,
  recent: readonly string[],
  defaultCurrency: string,
  budget: { left: number },
): PayCandidate[] {
  const amounts = readAmounts(line);
  const out: PayCandidate[] = [];
  for (let i = 0; i < amounts.length && budget.left-- > 0; i++) {
    const a = amounts[i];
    if (!a) continue;
    let b: Amount | null = null;
    const nextAmount = amounts[i + 1];
    if (nextAmount && CONNECTOR.test(line.slice(a.end, nextAmount.start))) {
      b = nextAmount;
      i++;
    }
    const c = judgePay(doc, line, offset, a, b, recent, defaultCurrency);
    if (c) out.push(c);
  }
  return out;
}

function isYear(a: Amount): boolean {
  return !a.currency && a.mult === "" && !a.grouped && a.value >= 1900 && a.value <= 2100;
}

function judgePay(
  doc: Doc,
  line: string,
  offset: number,
  a: Amount,
  b: Amount | null,
  recent: readonly string[],
  defaultCurrency: string,
): PayCandidate | null {
  const last = b ?? a;
  const coreEnd = last.end;
  const rest = line.slice(coreEnd);
  if (/^\s*(?:%|percent|prozent|pour ?cent)/i.test(rest)) return null;
  if (isYear(a) || (b && isYear(b))) return null;
  const firstWord = (/^\s*([\p{L}%']+)/u.exec(rest)?.[1] ?? "").toLowerCase();
  if (UNITS.has(firstWord) && !/^\s*(?:year|yr)\b/i.test(rest)) return null;

  // What follows: period, currency, "gross", "base".
  let tailEnd = coreEnd;
  let hasPeriodTail = false;
  TAIL_TOKEN.lastIndex = coreEnd;
  for (let guard = 0; guard < 12; guard++) {
    const m = TAIL_TOKEN.exec(line);
    if (!m) break;
    if (m.groups?.word) {
      tailEnd = TAIL_TOKEN.lastIndex;
      if (CTX_PERIOD_WORD.test(m.groups.word) || /^p\.|^pa$|^ph$|^pcm$/i.test(m.groups.word)) hasPeriodTail = true;
    }
  }
  if (/^\s*\/\s*\p{L}/u.test(line.slice(coreEnd))) hasPeriodTail = hasPeriodTail || tailEnd > coreEnd;
  const afterWords = (line.slice(tailEnd, tailEnd + 80).split(/[,;.()+|:&•·]|\s(?:and|plus|with|or|und|et)\s/i)[0] ?? "")
    .toLowerCase()
    .match(/[\p{L}\p{N}-]+/gu) ?? [];
  if (afterWords.slice(0, 3).some((w) => NOT_PAY_WORDS_SET.has(w))) return null;

  // What comes before, in the same clause: the nearest pay or not-pay word decides.
  const clauseStart = clauseStartIn(line, a.start);
  const before = line.slice(clauseStart, a.start);
  const pay = lastMatch(PAY_RE, before);
  const notPay = lastMatch(NOT_PAY_RE, before);
  if (notPay && (!pay || notPay.index > pay.index)) return null;
  const headingPay = !pay && recent.some((l) => !/\d/.test(l) && lastMatch(PAY_RE, l) !== null);
  const currency = a.currency || (b?.currency ?? false);
  const range = b !== null;
  const biggest = Math.max(a.value, b?.value ?? 0);
  const mult = (a.mult || b?.mult || "").toLowerCase();
  if (!currency && !pay && !headingPay) return null;
  if (!currency && mult === "" && !a.grouped && biggest < 1000 && !hasPeriodTail) return null;
  if (currency && !range && mult === "" && !a.grouped && biggest < 100 && !hasPeriodTail) return null;
  if (/^(?:m|mm|mio\.?|mn|millions?|bn|billions?|b)$/i.test(mult)) {
    const code = parseSalary(line.slice(a.start, coreEnd), "XXX")?.currency ?? "XXX";
    if (!HIGH_DENOMINATION.has(code)) return null;
  }

  // The pay text: "up to" / "from" before it, the amount(s), and the period or currency after.
  let start = a.start;
  const limit = LIMIT_BEFORE.exec(line.slice(Math.max(0, a.start - 24), a.start));
  if (limit) start = a.start - limit[0].length;
  let textEnd = tailEnd;
  while (textEnd > coreEnd && /[\s/(,|]/.test(line.charAt(textEnd - 1))) textEnd--;
  const absStart = offset + start;
  let snippet = doc.text.slice(absStart, offset + textEnd).trim();
  if ((snippet.match(/\(/g) ?? []).length > (snippet.match(/\)/g) ?? []).length && line.charAt(textEnd) === ")") {
    snippet += ")";
  }
  let salary = parseSalary(snippet, defaultCurrency);
  if (!salary || (salary.min === null && salary.max === null)) return null;

  // A period or currency said only around it: "Monthly salary: 5.000 €", "Pay (hourly): 25-30".
  const needPeriod = findPeriod(snippet) === null;
  const needCurrency = !CURRENCY_MARK.test(snippet);
  if (needPeriod || needCurrency) {
    const lead = doc.text.slice(offset + clauseStart, absStart).replace(/^[\s\-*+•#>|]+/, "");
    const context = lead + " " + (headingPay ? recent.join(" ") : "");
    const found = needPeriod ? findPeriod(context) : null;
    const ctxPeriod = found && periodFits(found, Math.max(salary.min ?? 0, salary.max ?? 0)) ? found : null;
    const ctxCurrency = needCurrency ? parseSalary(context, "XXX")?.currency ?? "XXX" : "XXX";
    if (ctxPeriod || ctxCurrency !== "XXX") {
      const joined = (lead + snippet).trim();
      const leadHelps = lead.length <= 80 && !/\d/.test(lead) && (findPeriod(lead) !== null || CURRENCY_MARK.test(lead));
      const again = leadHelps ? parseSalary(joined, defaultCurrency) : null;
      const wanted = {
        period: ctxPeriod ?? salary.period,
        currency: ctxCurrency !== "XXX" ? ctxCurrency : salary.currency,
      };
      if (wanted.period === salary.period && wanted.currency === salary.currency) {
        // The words around it say what the amount already says: keep the text short.
      } else if (again && again.min === salary.min && again.max === salary.max && again.period === wanted.period && again.currency === wanted.currency) {
        salary = again;
      } else {
        salary = {
          ...salary,
          period: ctxPeriod ?? salary.period,
          currency: ctxCurrency !== "XXX" ? ctxCurrency : salary.currency,
        };
      }
    }
  }

  let score = 0;
  if (pay) score += 6 + (STRONG_PAY.has(pay.word) ? 1 : 0);
  if (headingPay) score += 3;
  if (range) score += 2;
  if (currency) score += 2;
  if (hasPeriodTail) score += 1;
  if (/^\s*[-*•]?\s*(?:\*\*|__)?\s*(?:salary|compensation|pay|base salary|salary range|pay range|gehalt|salaire)\b/i.test(line)) score += 1;
  return { start: absStart, end: offset + textEnd, score, salary };
}

const NOT_PAY_WORDS_SET = words(NOT_PAY_WORDS);

/** Whether an amount is a believable pay for a period (in any currency): no 90,000 an hour, no 12 a year. */
function periodFits(period: SalaryPeriod, amount: number): boolean {
  if (period === "hour") return amount < 100_000;
  if (period === "year") return amount >= 1000;
  return amount >= 10;
}

function lastMatch(re: RegExp, s: string): { index: number; word: string } | null {
  let found: { index: number; word: string } | null = null;
  re.lastIndex = 0;
  for (const m of s.matchAll(re)) found = { index: m.index ?? 0, word: (m[1] ?? "").toLowerCase() };
  return found;
}

/** Where the clause holding `index` starts: after the last ". ", "; ", "! " or "? " (not "p.a." or "e.g."). */
function clauseStartIn(line: string, index: number): number {
  const from = Math.max(0, index - 140);
  let start = from;
  const part = line.slice(from, index);
  for (const m of part.matchAll(/[.;!?](?:\s+|$)/g)) {
    const at = m.index ?? 0;
    let w = at;
    while (w > 0 && at - w < 12 && !/\s/.test(part.charAt(w - 1))) w--;
    const word = part.slice(w, at + 1);
    if (/^(?:p\.a|e\.g|i\.e|approx|ca|inc|etc|incl|min|max|vs|no|nr|st|mr|ms|dr)\.$/i.test(word)) continue;
    start = from + at + m[0].length;
  }
  return start;
}

const CTX_PERIOD_WORD =
  /^(?:annually|yearly|annual|annum|years?|yr|yrs|jahr|jährlich|an|année|annuel|año|anual|anno|annuo|ano|jaar|år|rok|monthly|months?|mo|mth|mths|monat|monatlich|mois|mensuel|mes|mensual|mese|mensile|mês|maand|måned|månad|miesięcznie|hourly|hours?|hr|hrs|h|stunde|std|heure|hora|ora|uur|daily|days?|tag|jour|weekly|weeks?|wk|woche|semaine)$/i;

const PERIODS: ReadonlyArray<[SalaryPeriod, RegExp]> = [
  ["hour", /^(?:hour|hours|hr|hrs|h|stunde|std|heure|hora|ora|uur|timme)$/],
  ["day", /^(?:day|days|d|tag|jour|día|dia|giorno|dag)$/],
  ["week", /^(?:week|weeks|wk|woche|semaine|semana|settimana)$/],
  ["month", /^(?:month|months|mo|mth|monat|mois|mes|mês|mese|maand|måned|månad|miesiąc)$/],
  ["year", /^(?:year|years|yr|yrs|annum|jahr|an|année|año|ano|anno|jaar|år|rok)$/],
];
const BARE_PERIODS: ReadonlyArray<[SalaryPeriod, RegExp]> = [
  ["hour", /^(?:hourly|stundenlohn|stündlich|horaire|時給)$/],
  ["day", /^(?:daily|tagessatz)$/],
  ["week", /^(?:weekly|wöchentlich|hebdomadaire)$/],
  ["month", /^(?:monthly|monatlich|monatsgehalt|mensuel|mensuelle|mensual|mensile|mensal|maandelijks|månadslön|月給)$/],
  ["year", /^(?:annually|yearly|annual|jährlich|jahresgehalt|bruttojahresgehalt|annuel|annuelle|anual|annuo|annuale|jaarlijks|årslön|年収|p\.?a\.?)$/],
];

/** The pay period a piece of text names: "/hr", "per month", "a year", "p.a." first; a bare "monthly" next. */
function findPeriod(text: string): SalaryPeriod | null {
  const t = text
    .toLowerCase()
    .replace(/p\.\s?a\.|p\/a/g, " per year ")
    .replace(/p\.\s?h\./g, " per hour ")
    // "Day rate: 550 GBP", "TJM : 650 €", "taux journalier"
    .replace(/\b(?:day|daily)[\s-]rates?\b|\btjm\b|\btaux journalier\b/g, " per day ")
    .replace(/\b(?:hour|hourly)[\s-]rates?\b|\btaux horaire\b/g, " per hour ");
  let loose: SalaryPeriod | null = null;
  for (const m of t.matchAll(/(\/\s*|per\s+|an?\s+|pro\s+|par\s+|por\s+|je\s+|al\s+|all'\s*|im\s+)?([\p{L}.]+)/gu)) {
    const word = (m[2] ?? "").replace(/\.$/, "");
    if (m[1]) {
      for (const [period, re] of PERIODS) if (re.test(word)) return period;
    }
    if (loose === null) {
      for (const [period, re] of BARE_PERIODS) {
        if (re.test(word)) {
          loose = period;
          break;
        }
      }
    }
  }
  return loose;
}

// ---------------------------------------------------------------------------------------------------
// URL

const JOB_HOSTS =
  /(?:^|\.)(?:greenhouse\.io|lever\.co|myworkdayjobs\.com|myworkdaysite\.com|workday\.com|ashbyhq\.com|workable\.com|smartrecruiters\.com|bamboohr\.com|personio\.(?:de|com)|recruitee\.com|breezy\.hr|applytojob\.com|teamtailor\.com|icims\.com|jobvite\.com|rippling\.com|wellfound\.com|angel\.co|pinpointhq\.com|comeet\.com|join\.com|jobs\.personio\.de|successfactors\.(?:com|eu)|taleo\.net|oraclecloud\.com|dover\.com|gem\.com|jazzhr\.com|recruiterbox\.com|jobscore\.com|workforcenow\.adp\.com|ultipro\.com|paylocity\.com|stepstone\.\w+|xing\.com|welcometothejungle\.com|otta\.com|glassdoor\.\w+|indeed\.\w+|linkedin\.com|monster\.\w+|ziprecruiter\.com|dice\.com|builtin\.com|weworkremotely\.com|remoteok\.com|remotive\.com|hired\.com|seek\.com\.au|naukri\.com|jobs\.ch|karriere\.at|arbeitnow\.com)$/i;
const JOB_PATH =
  /\/(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|stellenangebote?|stellen|empleos?|emplois?|offres?|postings?|apply|requisitions?|req|o|viewjob|job-listing|rc\/clk|jobs\/view)(?:[/?#._-]|$)/i;
const NOT_A_POSTING = /\/(?:handbook|privacy|policy|policies|legal|terms|blog|press|news|benefits|about|eeo|accommodation|cookie|team|values|mission|company\/(?!.*\/jobs?\/))/i;

function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const before = u;
    u = u.replace(/[.,;:!?*_'"]+$/, "");
    if (u.endsWith(")") && (u.match(/\(/g) ?? []).length < (u.match(/\)/g) ?? []).length) u = u.slice(0, -1);
    if (u.endsWith("]") && !u.includes("[")) u = u.slice(0, -1);
    if (u === before) return u;
  }
}

function findUrl(doc: Doc): string {
  let best = "";
  let bestScore = 0;
  for (const label of doc.labels) {
    if (!URL_LABELS.has(label.key)) continue;
    const m = /https?:\/\/\S+/i.exec(label.value);
    if (m) {
      const score = urlScore(trimUrl(m[0])) + 3;
      if (score > bestScore) [best, bestScore] = [trimUrl(m[0]), score];
    }
  }
  for (const { url } of doc.links.slice(0, 2000)) {
    const score = urlScore(url);
    if (score > bestScore) [best, bestScore] = [url, score];
  }
  return bestScore >= 2 ? best : "";
}

function urlScore(url: string): number {
  const m = /^https?:\/\/([^/?#:]+)(?::\d+)?([^?#]*)([?#].*)?$/i.exec(url);
  if (!m) return 0;
  const host = (m[1] ?? "").toLowerCase();
  const path = m[2] ?? "";
  if (NOT_A_POSTING.test(path) && !/\/jobs?\/\w/i.test(path)) return 0;
  let score = 0;
  const board = JOB_HOSTS.test(host);
  if (board) score += 3;
  if (/^(?:jobs?|careers?|apply|boards|job-boards|recruiting|talent)\./i.test(host)) score += 2;
  if (JOB_PATH.test(path)) score += 2;
  if (/\d{4,}|[0-9a-f]{8}-[0-9a-f]{4}/i.test(path + (m[3] ?? ""))) score += 1;
  if (/linkedin\.com$/i.test(host) && !/\/jobs\/view|\/jobs\//i.test(path)) return 0;
  if (board && (path === "" || path === "/")) score -= 2;
  return score;
}

// ---------------------------------------------------------------------------------------------------
// Remote

const STRONG_REMOTE = [
  /\b(?:fully|100\s?%|completely|entirely|totally|full|permanently|exclusively)[ -]?remote\b/i,
  /\bremote[ -](?:first|only|native|friendly|global|worldwide)\b/i,
  /\bremote\s+(?:position|role|job|opportunity|contract|company|organi[sz]ation|team|employer|setup|environment|culture|work(?:ing)?\s+(?:position|role|environment))\b/i,
  /\b(?:role|position|job|opportunity|team|company|we)\s+(?:is|are|'re|can be|will be)\s+(?:a\s+|an\s+)?(?:\w+\s+)?remote\b/i,
  /\bwork(?:ing)? from anywhere\b/i,
  /\b(?:[Rr]emote|REMOTE)\s*(?:\(|-|–|—|,|:)\s*(?:\p{Lu}|[Gg]lobal|[Ww]orldwide|[Aa]nywhere)/u,
  /\b[Rr]emote\s+(?:anywhere\s+)?(?:in|within|from|across)\s+(?:the\s+)?\p{Lu}/u,
  /\b[Rr]emote\s+anywhere\b/u,
  /\b(?:all|most) (?:of )?our (?:roles|positions|jobs|team members) are remote\b/i,
  /^[ \t]*(?:[-*•#>][ \t]*)*(?:\*\*)?[ \t]*remote[ \t]*(?:\*\*)?[ \t]*$/im,
  /\b(?:full|100\s?%|totalement|completamente|komplett|vollständig|vollstaendig)\s+(?:remote|remoto|télétravail|teletrabajo)\b/i,
  /\b(?:trabajo|puesto) remoto\b|\b100\s?%\s*(?:télétravail|remoto|teletrabajo)\b|\bda remoto\b/i,
];
const WEAK_REMOTE = /\b(?:work(?:ing)? remotely|remote work(?:ing)?|remote option|option to work remotely|remote (?:is )?possible|remote or hybrid|hybrid or remote|remote-eligible|remote eligible)\b/i;
const NO_REMOTE = [
  /\b(?:not|no|non|never|isn't|is not|cannot be|can't be|without)[ -](?:a\s+|an\s+)?(?:fully\s+|100\s?%\s+)?remote\b/i,
  /\bremote(?:\s+work(?:ing)?)?\s+(?:is|are)\s+not\s+(?:possible|available|an option|offered|supported|permitted|allowed)\b/i,
  /\bremote(?:\s+work(?:ing)?)?\s+(?:is|are)\s+(?:unfortunately\s+)?(?:impossible|unavailable|not possible)\b/i,
  /\b(?:on-?site|in-office|office-based)\s+only\b/i,
  /\bthis (?:role|position|job) is (?:100\s?%\s+|fully\s+)?(?:on-?site|in[- ]office|office[- ]based)\b/i,
  /\bnot (?:open to|eligible for|available for) remote\b/i,
  /\b(?:kein|keine|nicht)\s+(?:remote|homeoffice)\b|\bpas de (?:télétravail|remote)\b|\bno (?:es )?remoto\b/i,
  // "Remote: No", "Remote work: not possible"; not "Remote: Non-US candidates welcome"
  /\bremote(?:\s+work(?:ing)?)?\s*:\s*(?:no|none|n\/a|nein|non|not\s+(?:possible|available|offered|an option))\s*(?:[.,;!]|$)/im,
  // "remote-first culture, but this role requires 4 days/week in our SF office"
  /\brequires?\s+(?:\d|one|two|three|four|five)\s+days?\s*(?:\/|a|per|each)\s*week\s+(?:(?:in|at)\s+(?:the|our|an?)\s+(?:[\w-]+\s+){0,3}office\b|on-?site\b|in[- ](?:person|office)\b)/i,
];

function remoteDenied(doc: Doc): boolean {
  return NO_REMOTE.some((re) => re.test(doc.head));
}

const HYBRID_REMOTE = /\bhybrid[\s/-]+remote\b|\bremote[\s/-]+hybrid\b|\b(?:partially|partly|partial)[\s-]+remote\b/gi;

function findRemote(doc: Doc): boolean {
  const head = doc.head.replace(HYBRID_REMOTE, "hybrid");
  if (remoteDenied(doc)) return false;
  for (const label of doc.labels) {
    if (WORKPLACE_LABELS.has(label.key) || LOCATION_LABELS.has(label.key)) {
      if (/\bremote\b|\btélétravail\b|\bremoto\b/i.test(label.value) && !/\bhybrid\b/i.test(label.value)) return true;
      if (label.key === "remote" && /^(?:yes|true|ja|oui|sí|si)$/i.test(label.value)) return true;
    }
  }
  if (STRONG_REMOTE.some((re) => re.test(head))) return true;
  return WEAK_REMOTE.test(head) && !/\bhybrid\b|\bon-?site\b|\bin[- ]office\b|\boffice[- ]based\b|\bpresencial\b/i.test(head);
}

// ---------------------------------------------------------------------------------------------------
// Places

const US_STATES = words(
  "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|" +
    "SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR",
);
const OTHER_REGIONS = words("AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|NSW|VIC|QLD|TAS|ACT");
const COUNTRIES = words(
  "united states|united states of america|usa|us|u.s.|u.s.a.|america|united kingdom|uk|u.k.|great britain|england|" +
    "scotland|wales|northern ireland|ireland|germany|deutschland|france|spain|españa|italy|italia|netherlands|" +
    "the netherlands|nederland|belgium|belgië|belgique|switzerland|schweiz|suisse|austria|österreich|sweden|sverige|norway|" +
    "norge|denmark|danmark|finland|suomi|iceland|poland|polska|czech republic|czechia|slovakia|hungary|romania|bulgaria|" +
    "greece|portugal|croatia|serbia|slovenia|estonia|latvia|lithuania|ukraine|turkey|türkiye|israel|uae|" +
    "united arab emirates|saudi arabia|qatar|egypt|morocco|nigeria|kenya|south africa|ghana|india|pakistan|bangladesh|" +
    "sri lanka|nepal|china|hong kong|taiwan|japan|south korea|korea|singapore|malaysia|indonesia|philippines|thailand|" +
    "vietnam|australia|new zealand|canada|mexico|méxico|brazil|brasil|argentina|chile|colombia|peru|uruguay|costa rica|" +
    "luxembourg|malta|cyprus|europe|eu|emea|apac|latam|americas|north america|south america|asia|africa|middle east|" +
    "worldwide|global|anywhere|dach|nordics|benelux|cet|cest|est|pst|utc|gmt",
);
const CITIES = words(
  "new york|new york city|nyc|san francisco|sf|bay area|san francisco bay area|los angeles|seattle|austin|boston|" +
    "chicago|denver|atlanta|miami|dallas|houston|washington|philadelphia|portland|san diego|san jose|palo alto|" +
    "mountain view|menlo park|sunnyvale|redwood city|oakland|salt lake city|phoenix|minneapolis|detroit|pittsburgh|" +
    "raleigh|durham|nashville|toronto|vancouver|montreal|montréal|ottawa|calgary|waterloo|london|manchester|edinburgh|" +
    "glasgow|bristol|cambridge|oxford|leeds|birmingham|belfast|dublin|cork|berlin|munich|münchen|hamburg|frankfurt|" +
    "cologne|köln|düsseldorf|stuttgart|leipzig|dresden|karlsruhe|nuremberg|nürnberg|hannover|bonn|paris|lyon|marseille|" +
    "toulouse|bordeaux|lille|nantes|nice|amsterdam|rotterdam|utrecht|the hague|eindhoven|brussels|antwerp|ghent|zurich|" +
    "zürich|geneva|genève|basel|lausanne|bern|vienna|wien|graz|stockholm|gothenburg|malmö|oslo|copenhagen|aarhus|" +
    "helsinki|reykjavik|warsaw|warszawa|kraków|krakow|wrocław|wroclaw|gdańsk|gdansk|poznań|poznan|prague|praha|brno|" +
    "budapest|bucharest|cluj-napoca|sofia|athens|lisbon|lisboa|porto|madrid|barcelona|valencia|seville|sevilla|málaga|" +
    "malaga|bilbao|milan|milano|rome|roma|turin|torino|bologna|florence|naples|tallinn|riga|vilnius|kyiv|kiev|lviv|" +
    "istanbul|ankara|tel aviv|jerusalem|haifa|dubai|abu dhabi|riyadh|doha|cairo|lagos|nairobi|cape town|johannesburg|" +
    "bangalore|bengaluru|mumbai|delhi|new delhi|gurgaon|gurugram|noida|hyderabad|chennai|pune|kolkata|ahmedabad|karachi|" +
    "lahore|dhaka|colombo|singapore|kuala lumpur|jakarta|manila|bangkok|ho chi minh city|hanoi|hong kong|shanghai|" +
    "beijing|shenzhen|taipei|tokyo|osaka|seoul|sydney|melbourne|brisbane|perth|auckland|wellington|mexico city|" +
    "guadalajara|são paulo|sao paulo|rio de janeiro|buenos aires|santiago|bogotá|bogota|medellín|medellin|lima|montevideo",
);
const WORK_MODE = /\b(?:hybrid|on-?site|in[- ]office|office[- ]based|in[- ]person)\b/i;

/** Whether a short string reads as a place or a work arrangement. */
function placeLike(s: string): boolean {
  const t = s.trim();
  if (t === "" || t.length > 90) return false;
  if (/\bremote\b/i.test(t) || WORK_MODE.test(t)) return true;
  if (/^[\p{Lu}][\p{L}.' -]*,\s?([A-Z]{2,3})(?![\p{L}])/u.test(t)) {
    const code = /,\s?([A-Z]{2,3})(?![\p{L}])/u.exec(t)?.[1] ?? "";
    if (US_STATES.has(code) || OTHER_REGIONS.has(code) || COUNTRIES.has(code.toLowerCase())) return true;
  }
  const parts = t.toLowerCase().split(/\s*[,/()|·;]\s*|\s+-\s+|\s+or\s+|\s+and\s+/).filter((p) => p !== "");
  return parts.length > 0 && parts.some((p) => COUNTRIES.has(p) || CITIES.has(p) || US_STATE_NAMES.has(p));
}

const STATE_CODES = new Map<string, string>(
  (
    "alabama AL|alaska AK|arizona AZ|arkansas AR|california CA|colorado CO|connecticut CT|delaware DE|florida FL|" +
    "georgia GA|hawaii HI|idaho ID|illinois IL|indiana IN|iowa IA|kansas KS|kentucky KY|louisiana LA|maine ME|" +
    "maryland MD|massachusetts MA|michigan MI|minnesota MN|mississippi MS|missouri MO|montana MT|nebraska NE|nevada NV|" +
    "new hampshire NH|new jersey NJ|new mexico NM|new york NY|north carolina NC|north dakota ND|ohio OH|oklahoma OK|" +
    "oregon OR|pennsylvania PA|rhode island RI|south carolina SC|south dakota SD|tennessee TN|texas TX|utah UT|" +
    "vermont VT|virginia VA|washington WA|west virginia WV|wisconsin WI|wyoming WY|district of columbia DC"
  )
    .split("|")
    .map((pair): [string, string] => [pair.slice(0, -3), pair.slice(-2)]),
);
const US_STATE_NAMES = words(
  "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|" +
    "indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|" +
    "nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|" +
    "rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|" +
    "ontario|quebec|british columbia|alberta|bavaria|bayern",
);

/** A location as a person writes it in the note: "Berlin, Germany", "New York, NY", "Remote (US)", "Remote". */
function tidyLocation(raw: string): string {
  let s = cleanInline(raw).replace(/📍/g, " ").replace(/^(?:job\s+)?locations?\s*:?\s+(?=\S)/i, "");
  // A ";" inside brackets ("Austin, TX (on-site; relocation offered)") does not end the place.
  const guarded = s.replace(/\([^()]*\)/g, (m) => m.replace(/;/g, "\ue001"));
  s = (guarded.split(/\s+[·•|]\s+|;|\t|\s{3,}/)[0] ?? "").replace(/\ue001/g, ";");
  // "(3 days/week in office)", "(75)": how and where exactly, not the place.
  s = s.replace(/\(([^()]*)\)/g, (m, inner: string) =>
    /\bremote\b/i.test(inner) || !/\d|hybrid|on-?site|office|\bdays?\b|\bweek/i.test(inner) ? m : ` ${WORK_MODE.exec(inner)?.[0] ?? ""} `,
  );
  // "Remote (US) or New York, NY", "London / Remote (UK)": the first of the choices.
  const topLevel = s.replace(/\([^()]*\)/g, (m) => m.replace(/\s/g, "\ue000")); // spaces in brackets do not split
  const choices = topLevel.split(/\s+or\s+|\s+\/\s+/).map((c) => c.replace(/\ue000/g, " "));
  if (choices.length > 1 && /\bremote\b/i.test(s)) s = choices[0] ?? s;
  if (/^(?:anywhere|worldwide|global(?:ly)?|work from anywhere|anywhere in the world)$/i.test(s.trim())) return "Remote";
  s = s.replace(/\(\s*\d+\s*\)/g, " ").replace(/\s+\d{4,6}(?:-\d{4})?\s*$/, "").replace(/^\d{4,6}\s+(?=\p{L})/u, "");
  // "TORONTO / ENGINEERING – MOBILE / FULL-TIME / HYBRID", "Paris - CDI - Télétravail partiel": keep the place.
  const pieces = s.split(/\s+[/–—-]\s+/).map((p) => p.trim()).filter((p) => p !== "");
  if (pieces.length > 1 && !pieces.some((p) => /\bremote\b/i.test(p))) {
    const places = pieces.filter((p) => placeLike(p) && !WORK_MODE.test(p));
    const rest = pieces.filter((p) => !EMPLOYMENT.test(p) && !WORK_MODE.test(p) && !/télétravail|teletrabajo|homeoffice/i.test(p));
    const kept = places.length > 0 ? places : rest.slice(0, 1);
    if (kept.length > 0) s = kept.join(", ");
  }
  s = s.replace(/[,\-–(]?\s*\b(?:full[- ]time|part[- ]time|contract|permanent|temporary|freelance|internship)\b.*$/i, "");
  s = s.replace(/\s*[(,]?\s*\+\s?\d+\s+(?:more|others?|locations?)\)?.*$/i, "");
  s = s.replace(/\s*\b(?:and|\+)\s+\d+\s+more\b.*$/i, "");
  s = s.replace(/\s+/g, " ").replace(/^[\s,;:\-–—|]+|[\s,;:\-–—|.]+$/g, "").trim();
  if (s === "" || !/\p{L}/u.test(s)) return "";

  s = s.replace(HYBRID_REMOTE, "hybrid");
  if (/\bremote\b/i.test(s) && !WORK_MODE.test(s.replace(/\b(?:or|\/)\s*hybrid\b|\bhybrid\s*(?:or|\/)/gi, ""))) {
    let region = s
      .replace(/\b(?:fully|completely|entirely|totally|permanently|remote[- ]first|remote[- ]friendly)\b|\b100\s?%/gi, " ")
      .replace(/\bremote\b/gi, " ")
      .replace(/\b(?:in|within|from|across|only|based|the|possible|ok|okay|or hybrid|hybrid)\b/gi, " ")
      .replace(/[()[\]]/g, " ")
      .replace(/\s+/g, " ")
      .replace(/^[\s,;:\-–—/|]+|[\s,;:\-–—/|.]+$/g, "")
      .trim();
    if (/^(?:global|worldwide|anywhere|world|everywhere|international)$/i.test(region)) region = "";
    if (region.length > 40) region = "";
    return region === "" ? "Remote" : `Remote (${region})`;
  }
  // Hybrid and on-site are how, not where: keep the place.
  const place = closeBracket(
    s
      .replace(/\(\s*(?:hybrid|on-?site|in[- ]office|office[- ]based|in[- ]person)[^)]*\)/gi, " ")
      .replace(/\b(?:hybrid|on-?site|in[- ]office|office[- ]based|in[- ]person)\b\s*(?:in|at|from|-|–|—|:|,|\/)?/gi, " ")
      .replace(/\s+/g, " ")
      .replace(/^[\s,;:\-–—/|(]+|[\s,;:\-–—/|.)]+$/g, "")
      .trim(),
  );
  if (place === "" || !/^[\p{Lu}\p{Lo}]/u.test(place) || /\d/.test(place)) {
    return /hybrid/i.test(s) ? "Hybrid" : WORK_MODE.test(s) ? "On-site" : "";
  }
  let parts = place.split(/\s*,\s*/).filter((p) => p !== "");
  // "Redmond, Washington, United States" → "Redmond, WA"; "Munich, Bavaria, Germany" → "Munich, Germany".
  const [city = "", region = "", country = ""] = parts;
  if (parts.length === 3 && COUNTRIES.has(country.toLowerCase())) {
    const code = STATE_CODES.get(region.toLowerCase()) ?? (US_STATES.has(region) ? region : "");
    const inUs = /^(?:united states(?: of america)?|usa|us|u\.s\.a?\.?)$/i.test(country);
    parts = inUs && code !== "" ? [city, code] : [city, country];
  }
  const kept: string[] = [];
  for (const p of parts) if (kept[kept.length - 1]?.toLowerCase() !== p.toLowerCase()) kept.push(p);
  const out = kept.map((p) => (p.length > 3 && p === p.toUpperCase() ? titleCaseWords(p) : p)).join(", ");
  if (out.length > 80 || out.split(" ").length > 10) return "";
  return out;
}

/** "Berlin (Mitte": the tidying above strips a closing bracket at the end; give back one a "(" still needs. */
function closeBracket(place: string): string {
  const opened = place.split("(").length - place.split(")").length;
  return opened > 0 ? place + ")" : place;
}

const EMPLOYMENT =
  /^(?:full[- ]time|part[- ]time|contract|contractor|permanent|temporary|freelance|internship|intern|cdi|cdd|stage|alternance|vollzeit|teilzeit|festanstellung|befristet|unbefristet|tiempo completo|jornada completa|indefinido|engineering|product|design|sales|marketing|operations|mobile|\p{Lu}+\s?\p{Lu}*)$/iu;

function titleCaseWords(s: string): string {
  return s.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// Header: title and company

interface Header {
  title: string;
  company: string;
  titleLine: number;
  /** Places found in the title line ("Backend Engineer - Remote (US)") or next to it (LinkedIn's "Acme · Berlin"). */
  places: Array<{ value: string; score: number }>;
}

const EMPTY_HEADER: Header = { title: "", company: "", titleLine: -1, places: [] };

const ROLE_NOUNS =
  "engineer|developer|programmer|architect|scientist|analyst|manager|director|designer|researcher|specialist|" +
  "consultant|administrator|admin|technician|lead|head|vp|vice president|president|officer|chief|cto|ceo|cfo|coo|cio|" +
  "ciso|cpo|intern|trainee|apprentice|associate|assistant|coordinator|representative|rep|executive|strategist|advisor|" +
  "adviser|recruiter|writer|editor|tester|owner|master|accountant|controller|auditor|attorney|lawyer|counsel|paralegal|" +
  "nurse|physician|therapist|teacher|tutor|instructor|lecturer|professor|marketer|copywriter|producer|artist|animator|" +
  "operator|agent|clerk|planner|buyer|supervisor|sre|sdet|swe|sde|dev|fellow|postdoc|student|expert|evangelist|advocate|" +
  "generalist|practitioner|hacker|partner|principal|werkstudent|praktikant|entwickler|ingenieur|berater|leiter|" +
  "architekt|referent|sachbearbeiter|mitarbeiter|développeur|développeuse|developpeur|ingénieur|ingenieur|chef de projet|" +
  "responsable|stagiaire|alternant|alternante|desarrollador|desarrolladora|ingeniero|ingeniera|programador|programadora|" +
  "analista|gerente|jefe|sviluppatore|sviluppatrice|ingegnere|responsabile|ontwikkelaar|medewerker|utvecklare|" +
  "programmerare|programista|inżynier|kierownik|specjalista";
const ROLE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${ROLE_NOUNS})(?:s|es|in|innen|e|ne)?(?![\\p{L}])`, "iu");
const ROLE_SUFFIX_RE = /(?:entwickler|ingenieur|berater|leiter|architekt|referent|manager)(?:in)?(?![\p{L}])/iu;

function hasRole(s: string): boolean {
  return ROLE_RE.test(s) || ROLE_SUFFIX_RE.test(s);
}

/** "Hi Sam,", "Dear Maria,": a letter's greeting ends in a comma ("Hello Alfred" may be a company). */
const GREETING = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|salut|hola|buongiorno|ciao|hej)\b[^,\n]{0,40},\s*$/i;

/** An e-mail subject's role, without "opportunity" or "role" after it ("… role at Northwind"), when what is left still names a role. */
function subjectTitle(subject: string): string {
  const t = subject.replace(/\s+(?:opportunity|opportunities|vacancy|opening|role|position)(?=\s+(?:at|with|for)\s|$)/i, "");
  return t !== subject && hasRole(t) ? t : subject;
}

const SECTION_START = new RegExp(
  "^(?:about|what|why|who|how|our|your|we|you|this|the role|the team|the job|join|apply|reports?|reporting|" +
    "responsibilit|requirement|qualification|benefit|perk|overview|summary|description|job description|key|main|" +
    "location|salary|compensation|team|department|employment|type|level|seniority|experience|education|skills|tech|" +
    "stack|hiring|interview|process|note|please|if|in|as|at|for|with|to|from|posted|date|closing|deadline|contact|" +
    "email|phone|equal|eeo|privacy|ideal|nice|bonus|preferred|minimum|basic|required|must|desired|additional|other|more|" +
    "learn|meet|life|working|work|career|careers|similar|show|see|save|share|easy apply|applicants|reposted|promoted|" +
    "ihre|deine|dein|wir|unser|votre|vos|nous|tu|tus|nuestro|il tuo|cosa)(?![\\p{L}])",
  "iu",
);

function readHeader(doc: Doc): Header {
  const companies = new Map<string, { name: string; score: number; pos: number }>();
  const addCompany = (raw: string, score: number, pos: number, strong = false): void => {
    // A letter's greeting ("Hi Sam,") is above the role in recruiters' emails; it names no company.
    if (!strong && GREETING.test(raw)) return;
    const name = tidyCompany(raw, strong);
    if (name === "") return;
    const key = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    if (key === "") return;
    const had = companies.get(key);
    if (had) {
      had.score += score;
      had.pos = Math.min(had.pos, pos);
    } else {
      companies.set(key, { name, score, pos });
    }
  };
  const places: Array<{ value: string; score: number }> = [];

  // Labels and frontmatter.
  let title = "";
  let titleLine = -1;
  // An email's subject is its title only when no label names the role ("Subject: … opportunity", then "Role: …").
  let subject: { title: string; line: number } | null = null;
  for (const label of doc.labels) {
    if (COMPANY_LABELS.has(label.key)) addCompany(label.value, 12, label.line, true);
    if (!title && TITLE_LABELS.has(label.key)) {
      const t = tidyTitle(label.value);
      if (t && titleShaped(t, true)) {
        if (label.key !== "subject") {
          title = t;
          titleLine = label.line;
        } else subject ??= { title: subjectTitle(t), line: label.line };
      }
    }
  }
  if (!title && subject) {
    title = subject.title;
    titleLine = subject.line;
  }

  // The posting's link names the company.
  for (const { url, index } of doc.links.slice(0, 500)) {
    const slug = companyFromUrl(url);
    if (slug) addCompany(properName(slug, doc.head), urlScore(url) >= 3 ? 7 : 3, index, true);
  }
  for (const m of doc.text.slice(0, HEAD_CHARS).matchAll(/\b[\w.+-]{1,64}@([\w-]{1,63})\.[a-z.]{2,10}\b/gi)) {
    const domain = (m[1] ?? "").toLowerCase();
    if (!FREE_MAIL.has(domain)) addCompany(properName(domain, doc.head), 2, m.index ?? 0, true);
  }

  companyPatterns(doc, addCompany);

  // The title: a heading or early line that names a role, else a "we're hiring a …" sentence.
  const lines = doc.lines;
  // The header: the lines before the first paragraph of prose (a letter's signature is not a title).
  let headerEnd = Math.min(lines.length, 40);
  for (let i = 0; i < headerEnd; i++) {
    const t = lines[i]?.text ?? "";
    if (t.length > 160 || (t.split(" ").length >= 12 && /[.!?:]$/.test(t))) {
      headerEnd = i;
      break;
    }
  }
  if (!title) {
    for (let i = 0; i < headerEnd; i++) {
      const line = lines[i];
      if (!line || line.bullet || !titleShaped(line.text, false)) continue;
      const linkedIn = /^(.{2,60}?) (?:is )?hiring (?:an? )?(.{3,100}?)(?: in (.{2,60}?))?(?: \| LinkedIn)?$/.exec(line.text);
      if (linkedIn && !hasRole(linkedIn[1] ?? "") && hasRole(linkedIn[2] ?? "")) {
        addCompany(linkedIn[1] ?? "", 8, line.start);
        if (linkedIn[3]) places.push({ value: linkedIn[3], score: 7 });
        title = tidyTitle(linkedIn[2] ?? "");
        titleLine = i;
        break;
      }
      if (!hasRole(line.text)) continue;
      title = line.text;
      titleLine = i;
      break;
    }
  }
  if (!title) {
    const phrase = hiringPhrase(doc.head.slice(0, 20_000));
    if (phrase) title = phrase;
  }
  if (!title) {
    for (let i = 0; i < Math.min(lines.length, 60); i++) {
      const line = lines[i];
      if (!line || !line.heading || line.bullet || !titleShaped(line.text, false) || !hasRole(line.text)) continue;
      title = line.text;
      titleLine = i;
      break;
    }
  }
  if (!title) {
    for (let i = 0; i < Math.min(headerEnd, 15); i++) {
      const line = lines[i];
      if (!line || line.bullet || !titleShaped(line.text, false) || placeLike(line.text)) continue;
      const letters = (line.text.match(/\p{L}/gu) ?? []).length;
      if (letters < 0.6 * line.text.replace(/\s/g, "").length || /[$€£¥₹]\s?\d|\d\s?[kK]\b/.test(line.text)) continue;
      if (line.heading || i === 0) {
        title = line.text;
        titleLine = i;
        break;
      }
    }
  }

  // Split "Title at Company", "Title | Company", "Title - Remote (US)".
  const split = splitTitle(title);
  title = split.title;
  for (const part of split.parts) {
    if (part.kind === "place") places.push({ value: part.text, score: 7 });
    else if (part.kind === "company") addCompany(part.text, part.sure ? 8 : 0, titleLine >= 0 ? (lines[titleLine]?.start ?? 0) : 0);
  }
  // "Lumen Health - Frontend Engineer": a part named again in the text is likely the company.
  for (const piece of title.split(" - ")) {
    if (!hasRole(piece) && countWord(doc.head.slice(0, 60_000), piece) >= 2) addCompany(piece, 3, 0);
  }

  // Lines around the title: "Acme · Berlin, Germany (Hybrid)" (LinkedIn), "Acme\nAustin, TX" (Indeed),
  // "Little Lantern Books — Portland, OR".
  if (titleLine >= 0) {
    for (let k = titleLine + 1; k <= titleLine + 3 && k < lines.length; k++) {
      const line = lines[k];
      if (!line) continue;
      const dashed = line.text.split(/\s+[—–]\s+/);
      const [name = "", place = ""] = dashed;
      if (dashed.length === 2 && placeLike(place) && !placeLike(name) && !hasRole(name)) {
        addCompany(name, 6, line.start);
        places.push({ value: place, score: 7 });
        continue;
      }
      const pieces = line.text.split(/\s+[·•|]\s+/);
      if (pieces.length >= 2) {
        const [first = "", second = ""] = pieces;
        if (placeLike(second) && !placeLike(first)) {
          addCompany(first, 6, line.start);
          places.push({ value: second, score: 7 });
        } else if (placeLike(first)) {
          places.push({ value: first, score: 6 });
        }
        continue;
      }
      if (placeLike(line.text) && line.text.length <= 60) {
        places.push({ value: line.text, score: 6 });
        const prevLine = lines[k - 1];
        if (k - 1 > titleLine && prevLine && !hasRole(prevLine.text) && !placeLike(prevLine.text)) addCompany(prevLine.text, 5, prevLine.start);
        break;
      }
    }
    const above = lines[titleLine - 1];
    if (titleLine === 1 && above && above.text.length <= 40 && !/[:@]/.test(above.text) && !hasRole(above.text) && !placeLike(above.text)) {
      addCompany(above.text, 3, above.start);
    }
  }

  // Every clue counts more when the name is all over the text.
  let company = "";
  let best = -Infinity;
  let bestPos = Infinity;
  const head = doc.head.slice(0, 60_000);
  const scored = [...companies.values()]
    .filter((c) => c.score > 0)
    .map((c) => ({ ...c, total: c.score + Math.min(3, countWord(head, c.name) * 0.5) }));
  // "Kestrel" and "Kestrel Payments" are one company, by its full name.
  for (const short of scored) {
    const longer = scored.find((c) => c !== short && c.name.startsWith(short.name + " "));
    if (longer && short.total > 0) {
      longer.total += short.total;
      longer.pos = Math.min(longer.pos, short.pos);
      short.total = 0;
    }
  }
  for (const c of scored) {
    if (c.total > best || (c.total === best && c.pos < bestPos)) {
      [company, best, bestPos] = [c.name, c.total, c.pos];
    }
  }
  // A "Title | Something" part that turned out to be the company is not part of the title.
  if (company) title = dropCompanyPart(title, company);
  title = finalTitle(title);
  return { title, company, titleLine, places };
}

const FREE_MAIL = words(
  "gmail|googlemail|yahoo|hotmail|outlook|live|icloud|me|aol|proton|protonmail|gmx|web|mail|yandex|qq|163|greenhouse|" +
    "lever|workday|myworkday|ashbyhq|workable|smartrecruiters|bamboohr|personio|recruitee|linkedin|indeed|example|" +
    "noreply|no-reply|email|users|glassdoor|hire|jobs",
);

function countWord(text: string, name: string): number {
  if (name.length < 2) return 0;
  let count = 0;
  let i = text.indexOf(name);
  while (i >= 0 && count < 50) {
    if (!isWordAt(text, i - 1) && !isWordAt(text, i + name.length)) count++;
    i = text.indexOf(name, i + name.length);
  }
  return count;
}

function titleShaped(t: string, labelled: boolean): boolean {
  if (t.length < 2 || t.length > 140) return false;
  const wordsIn = t.split(/\s+/).length;
  if (wordsIn > (labelled ? 16 : 14)) return false;
  if (/^(?:full[- ]time|part[- ]time|contract|permanent|temporary|freelance|internship|remote|hybrid|on-?site)$/i.test(t)) return false;
  if (/\b(?:ago|applicants|posted|reposted|apply now|easy apply|days? left)\b/i.test(t)) return false;
  if (!labelled && SECTION_START.test(t) && !/^(?:head|lead|chief|director|associate)\b/i.test(t)) return false;
  if (!labelled && /[.!?]$/.test(t) && !/\b(?:sr|jr|inc|co|ltd)\.$/i.test(t)) return false;
  if (!labelled && /^[\p{L}\s/()&'-]{1,40}:\s*\S/u.test(t)) return false; // "Team: Platform"
  return true;
}

const ADJECTIVES = words(
  "talented|experienced|passionate|motivated|highly|skilled|driven|curious|creative|proactive|rockstar|great|strong|" +
    "enthusiastic|dedicated|seasoned|savvy|detail-oriented|results-driven|self-motivated|hands-on|new|brilliant|" +
    "exceptional|amazing|ambitious|dynamic|versatile|pragmatic|thoughtful|capable|awesome|outstanding|top-notch|" +
    "world-class|an|a|our|next|first|full-time|part-time|remote",
);

function hiringPhrase(raw: string): string {
  const text = raw.replace(GENDER_MARK, " ");
  const patterns = [
    /\b(?:we(?:'re| are)|i'm|i am|is|are)\s+(?:currently\s+|now\s+|actively\s+)?(?:hiring|looking for|seeking|searching for|recruiting(?: for)?)\s*:?\s+(?:an?\s+|one\s+|our\s+(?:next|first|new)\s+|a\s+new\s+)?((?:[^.,;:!?()\n]|\.(?=\S)){3,90})/gi,
    /\b[Jj]oin (?:us|our team|the team|[\p{Lu}][\p{L}&.-]{0,30}(?:\s[\p{Lu}][\p{L}&.-]{0,30}){0,3}) as (?:an?\s+|our\s+)?([^.,;:!?()\n]{3,90})/gu,
    /\bAs (?:an? |our |the )?([\p{Lu}][^.,;:!?()\n]{2,80}?)(?:,|\s+(?:at|you|on|in|within|for)\s)/gu,
    /\b(?:about|for|regarding|re:?|is|an|fill|filling)\s+(?:an?|the|our|this|one|its)\s+((?:[\p{L}\p{N}/&.+#-]+\s+){0,6}?[\p{L}\p{N}/&.+#-]+)\s+(?:role|position|opening|opportunity|vacancy|job|req)\b/giu,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      let t = (m[1] ?? "").split(/\s+(?:to|who|that|with|for|in|at|on|from|and|based|join|you|ready|eager|passionate|which|whose|like)\s+/i)[0] ?? "";
      const parts = t.trim().split(/\s+/);
      while (parts.length > 1 && ADJECTIVES.has((parts[0] ?? "").toLowerCase())) parts.shift();
      t = parts.join(" ");
      if (parts.length > 8 || !hasRole(t)) continue;
      if (t === t.toLowerCase()) t = titleCase(t);
      return tidyTitle(t);
    }
  }
  return "";
}

const SMALL_WORDS = words("of|and|for|in|at|to|the|a|an|on|with|de|du|la|le|und|für");
function titleCase(s: string): string {
  return s
    .split(" ")
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : /^(?:ios|ui|ux|qa|ai|ml|sre|vp|it)$/i.test(w) ? formatAcronym(w) : capitalize(w)))
    .join(" ");
}

function formatAcronym(w: string): string {
  return w.toLowerCase() === "ios" ? "iOS" : w.toUpperCase();
}

const GENDER_MARK =
  /\s*[([]\s*(?:all genders?|alle geschlechter|gn|[mwfdxhv]\s*[/|,]\s*[mwfdxhv](?:\s*[/|,]\s*(?:[mwfdxhv]|div|divers|diverse|x|i))*)\s*[)\]]\*?/gi;

/** A title without decorations: Markdown, emoji, "(m/f/d)", requisition numbers, "Job title:" prefixes. */
const KEEP_CAPS = words("QA|UX|UI|AI|ML|SRE|VP|IT|HR|BI|II|III|IV|SDE|SWE|SDET|CTO|CEO|CFO|COO|CIO|CPO|AWS|GCP|SQL|PHP|NET|API|SAP|ERP|CRM|SEO|EMEA|APAC|US|UK|EU|GIS|IOT|IOS|QA/QC");

function tidyTitle(raw: string): string {
  let t = cleanLine(raw);
  t = t.replace(GENDER_MARK, " ").replace(/\s+[mwf]\/[mwf]\/[dx]\b\*?/gi, " ").replace(/\s+(?:H\/F|F\/H|M\/F|F\/M|W\/M|M\/W)(?![\p{L}])/gu, " ");
  t = t.replace(/\s*[([]\s*(?:req(?:uisition)?\.?\s*(?:id|#|no\.?)?\s*[:#]?\s*)?[A-Z]{0,4}[-_]?\d{3,}\s*[)\]]/gi, " ");
  for (let guard = 0; guard < 3; guard++) {
    t = t.replace(/^(?:re|fwd?|aw|wg|job\s*title|title|position|role|job|vacancy|opening|now hiring|we(?:'re| are) hiring|hiring|job application for|application for|apply for|stellenangebot|stellenanzeige|offre d'emploi|(?:new |exciting |job |career )?opportunit(?:y|ies)|new role|open role|job alert)\s*[:\-–—|]\s*/i, "");
  }
  t = t.replace(/^(?:job application for|apply for)\s+/i, "");
  t = t.replace(/^\[[^\]]{1,20}\]\s*/, "");
  t = t.replace(/\s+/g, " ").replace(/^[\s"'\-–—|:,]+|[\s"'\-–—|:,]+$/g, "").replace(/^\.+(?![\p{L}\p{N}])/u, "").trim();
  return t;
}

interface TitlePart {
  text: string;
  kind: "place" | "company" | "keep" | "drop";
  sure: boolean;
}

const SITE_NAMES = /^(?:linkedin|indeed(?:\.com)?|glassdoor|greenhouse|lever|workday|ashby|workable|smartrecruiters|careers?|jobs?|job board|job details|job description|apply|stepstone|xing|welcome to the jungle|otta|wellfound|angellist)$/i;

function splitTitle(raw: string): { title: string; parts: TitlePart[] } {
  const parts: TitlePart[] = [];
  let t = tidyTitle(raw);
  if (t === "") return { title: "", parts };
  // Trailing "(Remote)", "(Berlin)", "(Hybrid - London)".
  for (let guard = 0; guard < 4; guard++) {
    const m = /\s*\(([^()]{1,60})\)\s*$/.exec(t);
    if (!m || !placeLike(m[1] ?? "")) break;
    parts.push({ text: m[1] ?? "", kind: "place", sure: true });
    t = t.slice(0, m.index).trim();
  }
  // "Title at Company", "Title @ Company", "Title bei Company", "Title chez Company".
  const at = /^(.{3,}?)\s+(?:at|@|bei|chez)\s+([\p{Lu}\p{N}][^|·–—]{0,60}?)(?:\s+(?:[|·–—-])\s+(.*))?$/u.exec(t);
  if (at && hasRole(at[1] ?? "") && !hasRole(at[2] ?? "")) {
    const company = at[2] ?? "";
    t = at[1] ?? "";
    if (placeLike(company)) parts.push({ text: company, kind: "place", sure: true });
    else parts.push({ text: company, kind: "company", sure: true });
    if (at[3]) parts.push(classifyPart(at[3]));
  }
  const pieces = t.split(/\s+[|·–—]\s+|\s+-\s+|\s*\|\s*/);
  if (pieces.length > 1) {
    const roleAt = pieces.findIndex((p) => hasRole(p));
    const keep: string[] = [];
    pieces.forEach((p, i) => {
      if (i === roleAt || roleAt < 0) {
        keep.push(p);
        return;
      }
      const part = classifyPart(p);
      if (part.kind === "keep") keep.push(p);
      else parts.push(part);
    });
    t = keep.join(" - ");
  }
  return { title: t, parts };
}

function classifyPart(p: string): TitlePart {
  const text = p.trim();
  if (SITE_NAMES.test(text)) return { text, kind: "drop", sure: true };
  if (placeLike(text)) return { text, kind: "place", sure: true };
  if (LEGAL_SUFFIX.test(text)) return { text, kind: "company", sure: true };
  return { text, kind: "keep", sure: false };
}

function dropCompanyPart(title: string, company: string): string {
  const pieces = title.split(/ - /);
  if (pieces.length < 2) return title;
  const key = company.toLowerCase();
  const kept = pieces.filter((p) => tidyCompany(p, true).toLowerCase() !== key);
  return kept.length > 0 ? kept.join(" - ") : title;
}

function finalTitle(t: string): string {
  let s = tidyTitle(t);
  // "SENIOR FULL STACK DEVELOPER" → "Senior Full Stack Developer".
  if (/\p{Lu}{2,}/u.test(s) && s === s.toUpperCase() && (s.match(/\p{L}{4,}/gu) ?? []).length >= 1) {
    s = s
      .split(" ")
      .map((w) => (KEEP_CAPS.has(w.replace(/[^\p{L}]/gu, "")) ? w : titleCaseWords(w)))
      .join(" ");
  }
  s = s.replace(/\s*[-–—|,]\s*(?:remote|hybrid|on-?site)\s*$/i, "").trim();
  // "(12-month contract, extension likely)", "(seed, top-tier investors)": notes on the job, not its name.
  for (let guard = 0; guard < 3; guard++) {
    const m = /\s*\(([^()]*)\)\s*$/.exec(s);
    if (!m || m.index === 0) break;
    const inner = m[1] ?? "";
    if (inner.split(/\s+/).length < 3 && !/\d|\b(?:contract|full[- ]time|part[- ]time|permanent|temporary|freelance|fixed[- ]term|internship|maternity|cover)\b/i.test(inner)) break;
    s = s.slice(0, m.index).trim();
  }
  s = s.replace(/,\s*[^,]*\b(?:startup|start-up|company|firm|agency|client|corporation|scale-?up|unicorn|series [a-f])\b[^,]*$/i, "").trim();
  if (s.length > 140) s = s.slice(0, 140).trim();
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Company

const LEGAL_SUFFIX =
  /[\s,]+(?:GmbH(?:\s?&\s?Co\.?\s?KG)?|AG|SE|KG|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Corp\.?|Corporation|plc|PLC|S\.A\.?|SA|SAS|S\.A\.S\.|B\.V\.?|BV|N\.V\.?|NV|Pty\.?\s?Ltd\.?|Pvt\.?\s?Ltd\.?|Private Limited|Co\.,?\s?Ltd\.?|Sdn\.?\s?Bhd\.?|Ltda\.?|SARL|S\.L\.|Oy|AB|ApS|A\/S|AS|S\.r\.l\.?|Srl|S\.p\.A\.?|SpA|Co\.|LLP|LP|PBC|Sp\.\s?z\s?o\.o\.|s\.r\.o\.)$/u;
/** Legal forms a person leaves out when naming the company ("Acme Robotics GmbH" → "Acme Robotics"); "Corp" stays. */
const LEGAL_FORM =
  /[\s,]+(?:GmbH(?:\s?&\s?Co\.?\s?KG)?|AG|SE|KG|Inc\.?|LLC|L\.L\.C\.|Ltd\.?|plc|PLC|S\.A\.?|SA|SAS|S\.A\.S\.|B\.V\.?|BV|N\.V\.?|NV|Pty\.?\s?Ltd\.?|Pvt\.?\s?Ltd\.?|Private Limited|Co\.,?\s?Ltd\.?|Sdn\.?\s?Bhd\.?|Ltda\.?|SARL|S\.L\.|Oy|AB|ApS|A\/S|AS|S\.r\.l\.?|Srl|S\.p\.A\.?|SpA|LLP|LP|PBC|Sp\.\s?z\s?o\.o\.|s\.r\.o\.)$/u;
const NAME_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'+-]{0,40}";
const NAME = `${NAME_WORD}(?:[ ](?:${NAME_WORD}|of|and|for|de|la|von|du|the|&)){0,5}`;
const NOT_NAMES = words(
  "we|us|our|you|your|the|this|that|it|they|there|here|job|jobs|role|roles|team|teams|company|position|positions|" +
    "careers|career|hiring|apply|remote|hybrid|about|home|everyone|anyone|someone|people|candidates|applicants|he|she|" +
    "today|now|currently|also|so|and|but|finally|then|please|note|what|why|how|who|where|when|if|as|at|in|on|for|with|" +
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|" +
    "september|october|november|december|scale|least|once|all|any|each|every|both|these|those|its|their|his|her|my|" +
    "there|work|working|life|mission|vision|values|benefits|responsibilities|requirements|qualifications|salary|" +
    "compensation|location|overview|summary|description|equal|opportunity|diversity|inclusion|engineering|product|" +
    "design|sales|marketing|operations|finance|legal|security|data|research|support|customer|customers|hr|it|n/a|na|" +
    "tbd|confidential|stealth|undisclosed|recruiting|recruiter|agency|client|partner|linkedin|indeed|glassdoor|" +
    "greenhouse|lever|workday|google docs|github|gitlab handbook",
);
const FIRST_WORD_STOP = words(
  "we|our|your|this|that|these|those|a|an|you|it|they|its|their|each|every|all|any|if|when|what|why|how|who|where|as|" +
    "in|at|on|for|with|and|or|but|job|role|position|about|join|please|note|here|today|now|currently|also|so|then|" +
    "finally|there|my|his|her|while|since|because|after|before|during|together|both|many|most|some|such|no|not|yes|" +
    "by|from|to|into|over|under|more|less|only|just|very|new|great|ideal|successful|qualified|selected|additional|" +
    "responsibilities|requirements|qualifications|benefits|perks|salary|compensation|location",
);
const GENERIC_LAST = words(
  "role|team|job|position|opportunity|company|us|you|department|group|benefits|candidate|offer|process|culture|" +
    "mission|values|perks|product|platform|org|organization|organisation|stage|squad|crew|tribe|unit|division|office",
);

/** A company name as a person writes it: no "Inc.", no quotes or Markdown; "" when it cannot be one. */
function tidyCompany(raw: string, strong: boolean): string {
  let s = cleanLine(raw)
    .replace(/^(?:the\s+)?(?=\p{Lu})/u, (m) => (strong ? m : ""))
    .replace(/['’]s$/, "")
    .replace(/^[\s"'([]+|[\s"'),.:;!?\]]+$/g, "")
    .trim();
  for (let guard = 0; guard < 2; guard++) {
    s = s.replace(LEGAL_FORM, "").replace(/[\s,]+$/, "").replace(/\s+(?:and|of|for|de|la|von|du|the|&|y|et|und)$/i, "");
  }
  if (s === "" || s.length > 60) return "";
  const parts = s.split(/\s+/);
  if (parts.length > 6) return "";
  const first = parts[0] ?? "";
  if (NOT_NAMES.has(s.toLowerCase()) || FIRST_WORD_STOP.has(first.toLowerCase()) && !(strong && /^the$/i.test(first))) return "";
  if (GENERIC_LAST.has((parts[parts.length - 1] ?? "").toLowerCase()) && !strong) return "";
  if (!/^[\p{Lu}\p{N}]/u.test(s) && !/^\p{Ll}\p{Lu}/u.test(s)) return strong ? capitalize(s) : "";
  if (!strong && parts.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !/^(?:of|and|for|de|la|von|du|the|&|y|et|und)$/.test(w))) return "";
  if (hasRole(s) && !/^(?:partner|principal|lead|head|master)/i.test(s)) return "";
  if (!strong && /[:@<>]/.test(s)) return "";
  if (!strong && placeLike(s)) return "";
  if (/^(?:https?:|www\.)/i.test(s) || /^\d+$/.test(s)) return "";
  return s;
}

type AddCompany = (raw: string, score: number, pos: number, strong?: boolean) => void;

function companyPatterns(doc: Doc, add: AddCompany): void {
  const head = doc.head;
  const early = head.slice(0, 30_000);
  const run = (text: string, re: RegExp, score: number): void => {
    let count = 0;
    for (const m of text.matchAll(re)) {
      if (count++ > 50) break;
      const name = m[1] ?? "";
      add(name, score, m.index ?? 0);
    }
  };
  // "About Acme" as a heading or a line of its own.
  run(early, new RegExp(`^[ \\t]*(?:#{1,6}[ \\t]*)?(?:\\*\\*|__)?About (${NAME})(?:\\*\\*|__)?[ \\t]*(?::[^\\n]*)?$`, "gmu"), 6);
  // LinkedIn's "About the company" panel: the name is the next line.
  for (const m of early.matchAll(/^[ \t#*]*About the company[ \t*:]*\n+[ \t#*]*([^\n]{2,60})$/gimu)) add(m[1] ?? "", 6, m.index ?? 0);
  // "Acme is hiring", "Acme is looking for".
  run(early, new RegExp(`(${NAME}) (?:is|are) (?:currently |actively |now )?(?:hiring|looking for|seeking|searching for|recruiting|growing)`, "gu"), 6);
  run(early, new RegExp(`(${NAME}) (?:seeks|hires|is on a mission)`, "gu"), 5);
  // "We are Acme, a …"
  run(early, new RegExp(`\\bWe(?:'re| are) (${NAME})[,.](?: an?| the)?`, "gu"), 5);
  // "At Acme, we …", in other languages too.
  run(early, new RegExp(`\\b(?:Chez|Bei|En|Bij|Hos|Presso|Na|Em)[ ](${NAME}),?[ ](?:nous|wir|buscamos|estamos|somos|zoeken|we|vi|söker|noi|cerchiamo|estamos|procuramos)\\b`, "gu"), 5);
  run(early, new RegExp(`\\bAt (${NAME}),? (?:we|our|you|everyone|every)\\b`, "gu"), 5);
  // "Join Acme", "Join the Acme team".
  run(early, new RegExp(`\\bJoin (?:the )?(${NAME})(?: team| family)?(?=[ .,!]|$)`, "gmu"), 4);
  // "Acme is a …", at the start of a sentence.
  run(
    early,
    new RegExp(`(?:^|[.!?][ \\t]+)[ \\t]*(?:[#*>-][ \\t]*)*(${NAME}) (?:is|was|are) (?!a (?:plus|must|bonus|big plus|huge plus|strong plus|nice|requirement|prerequisite))(?:a|an|the|one of|building|on a mission|proud)\\b`, "gmu"),
    4,
  );
  run(
    early,
    new RegExp(`(?:^|[.!?][ \\t]+)[ \\t]*(${NAME}) (?:builds|develops|makes|provides|offers|helps|powers|creates|enables|operates|designs|delivers|connects|gives|lets)\\b`, "gmu"),
    3,
  );
  run(early, new RegExp(`(?:^|[.!?][ \\t]+)[ \\t]*(${NAME}) (?:[a-z]{3,}(?:es|s)) (?:the|a|an|money|software|tools|more|over|millions|thousands)\\b`, "gmu"), 2);
  // "Acme is an equal opportunity employer" (often at the very end).
  run(head, new RegExp(`(${NAME}) (?:is )?(?:proud to be )?(?:an? )?(?:equal (?:opportunity|employment)|EOE|affirmative action)`, "gu"), 5);
  // "Engineers at Acme", "Life at Acme", "working at Acme".
  run(
    early,
    new RegExp(`\\b(?:[Ee]ngineers?|[Dd]evelopers?|[Tt]eam members?|[Ee]mployees|[Ww]ork(?:ing)?|[Cc]areers?|[Ll]ife|[Rr]ole|[Pp]osition|[Jj]obs?|[Ii]nternships?|[Tt]eam|[Pp]eople|[Ee]ngineering|[Hh]ere) at (${NAME})`, "gu"),
    4,
  );
  // "a Senior iOS Engineer role at Pocketwise".
  run(early, new RegExp(`\\b(?:role|position|opening|opportunity|vacancy|job) (?:at|with) (${NAME})`, "gu"), 5);
  // "Acme's mission".
  run(early, new RegExp(`(${NAME})'s (?:mission|vision|team|platform|products?|culture|values|customers|engineering|goal)\\b`, "gu"), 3);
  // "Acme Robotics GmbH".
  run(early, new RegExp(`(${NAME}${LEGAL_SUFFIX.source.replace(/\$$/, "")})(?![\\p{L}])`, "gu"), 5);
}

/** The company part of a job board link: greenhouse.io/<co>, jobs.lever.co/<co>, <co>.wd1.myworkdayjobs.com, … */
function companyFromUrl(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)(?::\d+)?(\/[^?#]*)?/i.exec(url);
  if (!m) return "";
  const host = (m[1] ?? "").toLowerCase();
  const path = (m[2] ?? "/").split("/").filter((p) => p !== "");
  const first = path[0] ?? "";
  let slug = "";
  if (/(?:^|\.)greenhouse\.io$/.test(host)) slug = first === "embed" ? (/[?&]for=([^&#]+)/.exec(url)?.[1] ?? "") : first;
  else if (/(?:^|\.)lever\.co$/.test(host)) slug = first;
  else if (/(?:^|\.)ashbyhq\.com$/.test(host)) slug = first;
  else if (/^(?:apply\.)?workable\.com$/.test(host)) slug = first === "j" ? "" : first;
  else if (/(?:^|\.)smartrecruiters\.com$/.test(host)) slug = first;
  else if (/(?:^|\.)jobvite\.com$/.test(host)) slug = first;
  else if (/(?:^|\.)rippling\.com$/.test(host)) slug = first;
  else if (/(?:^|\.)wellfound\.com$|(?:^|\.)angel\.co$|(?:^|\.)linkedin\.com$|(?:^|\.)join\.com$/.test(host)) {
    slug = /^(?:company|companies)$/.test(first) ? (path[1] ?? "") : "";
  } else {
    const sub = /^([a-z0-9-]+)\.(?:wd\d+\.myworkdayjobs\.com|myworkdaysite\.com|workable\.com|bamboohr\.com|jobs\.personio\.(?:de|com)|recruitee\.com|breezy\.hr|applytojob\.com|teamtailor\.com|pinpointhq\.com|jobs\.ashbyhq\.com)$/.exec(host);
    const icims = /^(?:careers|jobs)-([a-z0-9-]+)\.icims\.com$/.exec(host);
    const own = /^(?:www\.|careers\.|jobs\.|boards\.)?([a-z0-9-]+)\.(?:com|io|co|ai|de|fr|nl|se|dk|no|fi|es|it|ch|at|be|eu|org|net|dev|app|tech|co\.uk|com\.au|ca)$/.exec(host);
    if (sub) slug = sub[1] ?? "";
    else if (icims) slug = icims[1] ?? "";
    else if (own && (JOB_PATH.test(m[2] ?? "") || /^(?:careers|jobs)\./.test(host)) && !JOB_HOSTS.test(host)) slug = own[1] ?? "";
  }
  slug = safely(() => decodeURIComponent(slug), slug).toLowerCase();
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,60}$/u.test(slug)) return "";
  if (/^(?:jobs?|careers?|embed|apply|en|de|fr|us|uk|o|j|v\d+|search|company|companies|www)$/.test(slug)) return "";
  return slug;
}

/** A URL slug spelled as the text spells it ("gitlab" → "GitLab", "lumenhealth" → "Lumen Health"), else in title case. */
function properName(slug: string, text: string): string {
  const spaced = slug.replace(/[-_.]+/g, " ").replace(/\s*\b(?:inc|llc|gmbh|ltd|hq|careers|jobs)$/i, "").trim();
  const letters = spaced.replace(/ /g, "");
  if (letters.length >= 2 && letters.length <= 40) {
    // Any spaces, dashes or dots between the letters: "lumenhealth" finds "Lumen Health".
    const pattern = [...letters].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[ .&-]?");
    const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${pattern})(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.slice(0, 100_000).matchAll(re)) {
      const found = m[1] ?? "";
      if (found !== found.toLowerCase()) return found;
    }
  }
  return spaced
    .split(" ")
    .map((w) => capitalize(w))
    .join(" ");
}

// ---------------------------------------------------------------------------------------------------
// Location

const PLACE_NAME = "[\\p{Lu}][\\p{L}'-]{0,30}(?:\\s(?:[\\p{Lu}][\\p{L}'-]{0,30}|de|del|am|upon|on|sur)){0,3}";
const PLACE = `${PLACE_NAME}(?:,\\s?[\\p{Lu}][\\p{L}'-]{0,30}(?:\\s[\\p{Lu}][\\p{L}'-]{0,30}){0,2})?(?:\\s(?:or|and|&)\\s${PLACE_NAME})?`;

function findLocation(doc: Doc, header: Header, remote: boolean): string {
  const found: Array<{ value: string; score: number; order: number }> = [];
  let order = 0;
  const add = (raw: string, score: number): void => {
    const value = tidyLocation(raw);
    if (value !== "") found.push({ value, score: score - (value === "Hybrid" || value === "On-site" ? 6 : 0), order: order++ });
  };
  for (const label of doc.labels) {
    if (LOCATION_LABELS.has(label.key)) add(label.value, label.line < 0 ? 12 : 10);
    else if (WORKPLACE_LABELS.has(label.key) && /\bremote\b/i.test(label.value)) add(label.value, 5);
  }
  for (const p of header.places) add(p.value, p.score);
  // "📍 Berlin", and early lines that are only a place: "San Francisco, CA", "Remote (US)", "Hybrid - Berlin".
  doc.lines.slice(0, 25).forEach((line, i) => {
    const pin = line.raw.indexOf("📍");
    if (pin >= 0) add(line.raw.slice(pin + 2).replace(/^[\s:]+/, ""), 9);
    else if (i !== header.titleLine && line.text.length <= 60 && placeLike(line.text) && !/[.!?]$/.test(line.text) && line.text.split(" ").length <= 12) {
      if (!SECTION_START.test(line.text) || /^(?:remote|hybrid)\b/i.test(line.text)) add(line.text, i < 12 ? 5 : 3);
    }
  });
  const head = doc.head.slice(0, 30_000);
  const prose: Array<[RegExp, number, (m: string) => string]> = [
    [new RegExp(`\\b[Rr]emote\\s+(?:anywhere\\s+)?(?:in|within|from|across)\\s+(?:the\\s+)?(${PLACE})`, "gu"), 5, (m) => `Remote (${m})`],
    [new RegExp(`\\b(?:[Oo]n-?site|[Oo]nsite|[Ii]n[- ]office|[Hh]ybrid|[Bb]ased|[Ll]ocated)\\s+(?:in|at|from|out of)\\s+(?:our\\s+)?(${PLACE})`, "gu"), 5, (m) => m],
    [new RegExp(`\\b(?:based|located)(?: out of| in| at)\\s+(?:our\\s+)?(${PLACE})`, "gu"), 4, (m) => m],
    [new RegExp(`\\b(?:in|from|at) our\\s+(${PLACE})\\s+(?:office|HQ|headquarters|hub|studio|campus)`, "gu"), 4, (m) => m],
    [new RegExp(`\\b(?:join|joining|in|to) our\\s+(${PLACE})\\s+(?:team|office|hub|studio|engineering team)`, "gu"), 3, (m) => m],
    [new RegExp(`\\b(?:office|offices|hub|campus|headquarters|HQ) in\\s+(${PLACE})`, "gu"), 2, (m) => m],
  ];
  for (const [re, score, shape] of prose) {
    let n = 0;
    for (const m of head.matchAll(re)) {
      if (n++ > 20) break;
      const place = trimPlace(m[1] ?? "");
      if (place && (placeLike(place) || score >= 4)) add(shape(place), placeLike(place) ? score : score - 2);
    }
  }
  // "in London", for a city the list knows.
  for (const m of head.slice(0, 20_000).matchAll(/\bin (?:the )?([\p{Lu}][\p{L}'-]{1,30}(?: [\p{Lu}][\p{L}'-]{1,30}){0,2})/gu)) {
    const city = (m[1] ?? "").replace(/[.'-]+$/, "");
    if (CITIES.has(city.toLowerCase())) add(city, 2);
  }
  // "Austin, TX" or "Lisbon, Portugal" anywhere early.
  let n = 0;
  for (const m of head.slice(0, 8000).matchAll(/\b([\p{Lu}][\p{L}.'-]{1,30}(?:[ -][\p{Lu}][\p{L}.'-]{1,30}){0,3}),\s?([\p{Lu}][\p{L}.]{1,30}(?:\s[\p{Lu}][\p{L}]{1,30}){0,2})(?![\p{L}])/gu)) {
    if (n++ > 200) break;
    const city = m[1] ?? "";
    const region = m[2] ?? "";
    if (US_STATES.has(region) || OTHER_REGIONS.has(region) || (COUNTRIES.has(region.toLowerCase()) && region.length > 2) || US_STATE_NAMES.has(region.toLowerCase())) {
      if (!NOT_NAMES.has(city.toLowerCase()) && !FIRST_WORD_STOP.has(city.toLowerCase())) add(`${city}, ${region}`, CITIES.has(city.toLowerCase()) ? 3 : 2);
    }
  }
  let best: { value: string; score: number; order: number } | null = null;
  for (const f of found) if (!best || f.score > best.score) best = f;
  if (best && best.score > 0) {
    if (remote && !/^remote\b/i.test(best.value) && best.score < 9 && !/\b(?:hybrid|on-?site)\b/i.test(doc.head.slice(0, 30_000))) {
      return "Remote";
    }
    return best.value;
  }
  return remote ? "Remote" : "";
}

function trimPlace(s: string): string {
  const parts = s.split(/\s+/);
  while (parts.length > 0 && /^(?:office|offices|HQ|team|and|or|the)$/i.test(parts[parts.length - 1] ?? "")) parts.pop();
  const t = parts.join(" ").replace(/[,.]+$/, "");
  if (t === "" || NOT_NAMES.has(t.toLowerCase()) || FIRST_WORD_STOP.has((parts[0] ?? "").toLowerCase())) return "";
  return t;
}
