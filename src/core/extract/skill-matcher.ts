// Skills: the vocabulary and the user's own skills matched as whole words, then judged in context so that
// "Go" the verb, "Rust" the colour and a city's name are left out.

import { unpackWords } from "../packed-text";
import { BUILTIN_SKILLS, LANGUAGE_SKILLS } from "../skill-vocabulary";
import type { SkillCanon } from "../skills";
import type { Doc } from "./doc";
import { US_STATES } from "./places";
import { hasRole } from "./roles";
import { ITEM_START, cjkEdge, type ExtractOptions, isCjkCode, isWordAt, isWordCode, safely, words } from "./words";
import { lower, textAfter, textBefore, upper, wordCount } from "../text";
import { isArray, isString } from "../is";
import { entriesOf } from "../objects";

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

/**
 * Everyday English words (and names) that are also skills: they must be written as the skill is.
 * "!" after one: also a verb or a sentence opener ("Go above and beyond", "Excel in …"); "~" after
 * one: lower case in a list still means the ordinary word ("rest", "shell").
 */
const MARKED = (
  "go!|swift~|rust|ruby|spring!~|express!~|excel!~|node|rest~|less!~|lean!~|sketch!~|unity|chef|puppet|helm!|" +
    "consul|packer|vagrant|bootstrap!|ionic|phoenix|sentry|notion|slack!~|babel|yarn|ember|backbone!|hive|spark!~|" +
    "flask|bamboo|jest!|mocha|cucumber|postman|looker|pandas|torch!~|apex|assembly|dart|elixir|groovy|lisp|sass|" +
    "react!|angular|svelte|vue|vite|remix!|rails|hibernate!|celery|flutter!|oracle|snowflake|lambda|confluence|asana|" +
    "obsidian|markdown|latex|soap|apollo|solid!~|embedded!~|unreal|cypress|playwright|selenium|puppeteer|capybara|" +
    "swagger!|waterfall|safe!~|stripe|blender|illustrator|airflow|shell~|nats|pals|polish|epic!|sage"
).split("|");
const unmarked = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.replace(/[!~^]/g, "")));
const COMMON = unmarked(MARKED);
const VERBISH = unmarked(MARKED.filter((w) => w.includes("!")));
const NO_LIST_LOWER = unmarked(MARKED.filter((w) => w.includes("~")));

/** Short tokens that mean nothing else in lowercase: any case is fine. */
const SAFE_LOWER = words(
  "sql|aws|gcp|css|php|npm|git|dbt|jwt|dns|cdn|sqs|sns|ecs|eks|rds|gke|aks|seo|js|lua|zig|ios|llm|nlp|tdd|bdd|sre|crm|" +
    "erp|svn|dba|ddd|oop|drf|xml|iot|etl|elt|ppc|sso|ux|qa|ixd|vba|oci|saml|ror",
);

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
  if (!isArray(vaultSkills) || vaultSkills.length === 0) return null;
  const list = vaultSkills.filter(isString).slice(0, 20_000);
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
  if (!isString(phrase)) return;
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
  const hasUpper = phrase !== lower(phrase);
  if (isName || hasUpper) forms.push(phrase);
  if (!hasUpper) {
    if (COMMON.has(path)) forms.push(upper(phrase.charAt(0)) + phrase.slice(1));
    if (path.length <= 4) forms.push(upper(phrase));
  } else if (path.length <= 3) {
    forms.push(upper(phrase));
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
  // "İ" (Turkish) lowers to "i" and a combining dot: the "i" is the letter ("İngilizce").
  return lower(ch).charAt(0);
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
      // A language's name in Chinese or Japanese ends at 语 or 語, whatever follows: "英语流利", "英語力".
      if (!lastWord || !isWordAt(s, j) || cjkEdge(c, s, j) || c === 0x8bed || c === 0x8a9e) best = { end: j, term: node.term };
    }
  }
  return best;
}

export function findSkills(doc: Doc, options: ExtractOptions): string[] {
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
      (!isWordCode(prev) || (isCjkCode(prev) && (!isCjkCode(c) || cjkEdge(prev, s, i)))) &&
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

/**
 * Words after a language's or a library's name that say it is one ("Rust programming", "R Shiny");
 * "!" after one: also after a one-letter language (C, R); "^" after one: only after one of those.
 */
const FOLLOWERS = (
  "programming!|language!|languages!|developer!|developers!|development!|engineer|engineers|engineering|code!|" +
    "codebase!|services|service|microservices|backend|backends|apps|app|applications|application|components|" +
    "experience!|expertise|knowledge!|skills!|proficiency!|framework|frameworks|library!|libraries!|packages!|" +
    "package!|modules|ecosystem!|stack|tooling|is|are|was|scripts!|scripting!|projects|programs|runtime|sdk|api|apis|" +
    "native|based|shiny^|studio^|compiler^|compilers^|toolchain^|" +
    // A level after it, in languages that write it there: "Excel avançado", "Excel avanzado" (English writes it before).
    "avanzado|avançado|avancé|avanzato|intermedio|intermediário|básico|fortgeschritten"
).split("|");
const LANGUAGE_FOLLOWERS = unmarked(FOLLOWERS.filter((w) => !w.includes("^")));
const SINGLE_FOLLOWERS = unmarked(FOLLOWERS.filter((w) => /[!^]/.test(w)));

const VERB_FOLLOWERS = words(
  "to|your|yourself|the|a|an|at|beyond|above|ahead|further|live|big|far|our|their|his|her|its|into|back|through|out|" +
    "up|down|off|away|forward|on|over|together|get|make|find|see|grab|let|fast|quickly|than|semester|term|break|season|" +
    "festival|quarter|cohort|internship|intake|summer|fall|this|that|these|those|you|we|it|them|us|me|all|more|less|" +
    "time|day|days|yourselves|ourselves|someone|something|anywhere|everywhere",
);

const PLACE_FOLLOWERS = words("street|st|avenue|ave|road|rd|lane|drive|boulevard|blvd|way|park|square|place|court|county|city|valley|hills");

const SINGLE_PREVIOUS = words("in|with|using|including|like|of|use|uses|know|knows|learn|learning|writing|write|written|embedded|modern");

/** Prepositions after which a word is a verb, per word: "Excel in a fast-paced team", "Spring into action". */
const VERB_PREPOSITIONS = new Map(entriesOf({
  excel: words("in|at|as|within"),
  spring: words("into|up|from"),
  express: words("interest|yourself|your|an|the"),
  lean: words("in|into|on"),
  spark: words("joy|curiosity|conversations|change|ideas|innovation"),
}));

const LIST_GAP = /^\s*(?:,|;|\/|\||\+|&|,?\s*(?:and|or|und|oder|et|ou|y|o|e|as well as)|\(|\)|\)\s*,|,\s*\()\s*(?:and\s+|or\s+)?$/i;

function resolveHits(s: string, hits: Hit[]): void {
  // A skill the job's own title names ("Payroll Analyst", "Inventory Control Specialist") is asked for throughout.
  // Of the first two lines, only one that names a role is a title ("Acme Recruiting · Feb 20" is not).
  const titleEnd = s.indexOf("\n", s.indexOf("\n", s.search(/\S/) + 1) + 1);
  const titleLines = (titleEnd < 0 ? s.slice(0, 400) : s.slice(0, Math.min(titleEnd, 400))).split("\n");
  const roleLines = new Set(titleLines.map((line, i) => (hasRole(line) ? i : -1)));
  const inTitle = new Set(
    hits.filter((h) => h.start < 400 && (titleEnd < 0 || h.start < titleEnd) && roleLines.has(s.slice(0, h.start).split("\n").length - 1)).map((h) => h.term.key),
  );
  for (const h of hits) h.status = inTitle.has(h.term.key) && DOMAIN.has(h.term.name) ? 1 : firstLook(s, h);
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
  if (DOMAIN.has(t.name) && !askedFor(s, h)) return 2;
  if (LANGUAGES.has(t.name) && !languageAsked(s, h)) return 2;
  if (namedOtherwise(s, h)) return 2;
  if (!t.strict) return 1;
  const surface = s.slice(h.start, h.end);
  const exact = t.forms.has(surface);
  const inLowerCase = surface === lower(surface);
  const after = textAfter(s, h, 40);
  // The next word on the same line, or on the next when the sentence runs on ("willing to go\nthe extra mile").
  const nextWord = lower(/^[ \t-]*(?:\r?\n[ \t]*(?=\p{Ll}))?([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? "");

  // A place: "Phoenix, AZ", "Elm Street", "Spring, TX".
  const state = /^,\s?([A-Z]{2})(?![\p{L}])/u.exec(after);
  if (state && US_STATES.has(state[1] ?? "")) return 2;
  if (PLACE_FOLLOWERS.has(nextWord) && /^\s+\p{Lu}/u.test(after)) return 2;

  if (t.single) return exact ? singleLook(s, h, nextWord) : 2;

  const surfaceKey = lower(surface);
  if (t.verbish && (VERB_FOLLOWERS.has(nextWord) || VERB_PREPOSITIONS.get(surfaceKey)?.has(nextWord) || /^\d/.test(nextWord) || /^\s*!/.test(after))) {
    return 2;
  }
  if (!exact) return t.listLower && inLowerCase ? 0 : 2;
  // Nor is a word written against kana or kanji an English verb: "Goを用いた開発".
  if (!t.verbish || isCjkCode(s.charCodeAt(h.end)) || isCjkCode(s.charCodeAt(h.start - 1))) return 1;

  // An everyday verb written like the skill: fine inside a sentence, but at its start it needs a sign.
  if (!sentenceStart(s, h.start) && !titleCaseLine(s, h)) return 1;
  if (LANGUAGE_FOLLOWERS.has(nextWord)) return 1;
  if (/^\s*\(|^[,/:]/.test(after) || aloneOnLine(s, h)) return 1;
  h.spaceJoins = true;
  return 0;
}

/** Words before "Chef" that make it a cook, not the configuration tool. */
const KITCHEN_BEFORE = /(?:^|[^\p{L}])(?:sous|executive|head|pastry|commis|junior|senior|private|line|sushi|pizza|station|demi|kitchen|chef)[\s-]+$/iu;

/**
 * A skill's name used for something else: a cook ("Sous Chef", "Chef de partie"), a legal form
 * ("Maison Verdier SAS –"), a person or a company ("Julia Brandstätter", "Apex Trucking").
 */
function namedOtherwise(s: string, h: Hit): boolean {
  const name = h.term.name;
  const before = textBefore(s, h, 20);
  const after = textAfter(s, h, 30);
  if (name === "Chef") return KITCHEN_BEFORE.test(before) || /^s?\s+(?:de|du|des|di|in|at|for|to)\s/i.test(after) || /^s\b/.test(after);
  if (name === "SAS") return /\p{Lu}[\p{L}&.'-]*\s+$/u.test(before) && !/(?:^|\s)(?:and|or|with|in|of|&)\s+$/i.test(before) && /^\s*(?:[–—,)|·]|-\s|$)/m.test(after);
  // A first or company name: "Julia Brandstätter", "Ruby Chen", "Apex Trucking" (not "Julia and R" or "Apex, Visualforce").
  // "Julia Brandstätter" is a person ("Julia Programming" is the language); "Apex Trucking" a firm ("Apex Triggers" is code).
  const next = /^\s(\p{Lu}\p{Ll}+)/u.exec(after)?.[1];
  if (name === "Julia") return next !== undefined && !LANGUAGE_FOLLOWERS.has(lower(next)) && !hasRole(next) && !/^(?:And|Or)$/.test(next);
  if (name === "Apex") return next !== undefined && FIRM_WORDS.test(next);
  return false;
}

const FIRM_WORDS = /^(?:Trucking|Logistics|Group|Systems|Solutions|Health|Healthcare|Capital|Partners|Holdings|Industries|Foods|Freight|Transport|Construction|Services|Company|Corporation)$/;

/**
 * Skills that are also what a business does ("we build payroll software", "our POS system", "first aid
 * kit", "data from the BLS"): taken only where the text asks for them, in a requirement's words or a
 * bullet that is not about the company.
 */
const DOMAIN = new Set([
  "Payroll", "Point of Sale", "Inventory Management", "Financial Reporting", "Due Diligence", "M&A", "Lead Generation",
  "Prospecting", "Food Safety", "Food Preparation", "Patient Care", "First Aid", "Bookkeeping", "Conveyancing", "Litigation",
  "Critical Care", "Electronic Health Records", "Cash Handling", "Accounts Payable", "Accounts Receivable", "General Ledger",
  "Accounting", "Auditing", "Account Reconciliation", "Visual Merchandising", "Infection Control", "Wound Care", "Medication Administration",
  "Physiotherapy", "Lesson Planning", "Classroom Management", "Curriculum Development", "Legal Research", "Contract Drafting",
  "Cold Calling", "Cost Estimating", "Month-End Close", "BLS", "PALS", "ACLS", "CPR", "Hazmat", "Recruiting", "Payments", "E-commerce", "HVAC",
  // Areas of work, named as often for the team or the product as for what the job asks: "with our backend engineers".
  "Backend", "Frontend", "Marketing", "Sales", "UI Design", "UX Design", "Remote Work", "Product Management",
]);

const ASKED =
  /\b(?:experience|experienced|knowledge|skills?|skilled|proficien\w*|familiar\w*|required|requirements?|preferred|must|ability|able to|understanding|licen[cs]\w*|background|qualifi\w*|expert\w*|trained|training in|degree|certification required|certified in|valid|current)\b/i;

/** A section that lists what the candidate needs, as its heading names it. */
const REQUIREMENTS_HEADING =
  new RegExp(unpackWords("requirement|required|qualification|what you(?:'ll| will)? (?:need|bring|have)|looking for|must[- ]haves?|nice[- ]to[- ]haves?|skills|about you|your profile|who you are|you have|you bring|licen[cs]es|certifications|anforderungen|ihr profil|dein profil|profil recherché|requisitos|requisiti|vereisten|wat vragen w[ei]|wymagania|aranan nitelikler|požadujeme|co od (?:vás|tebe) očekáváme|必須|歓迎|要求|任职资格|자격\\s?요건|우대\\s?사항|kvalifikationer|exigences"), "i");

/** A section about the company or what the job builds, where a domain word is what gets built or sold. */
const COMPANY_HEADING = /what you(?:'ll| will) (?:build|work on)|about (?:us|the (?:company|team|product))|our product|what we do/i;

/**
 * A section of the job's duties: a domain word there is work the person does ("support the
 * month-end close")... The checks below read English; in other languages a duty counts unless it
 * names the company's own department ("mit unserer Buchhaltung").
 */
const DUTIES_HEADING = /what you(?:'ll| will) (?:do|own)|responsibilit(?:y|ies)|duties|the role/i;
const OTHER_DUTIES_HEADING = /aufgaben|missions?|tareas|atribuições|responsabilit(?:à|és|ades)/i;

const OUR_OTHER = /(?:^|[^\p{L}])(?:unser\w*|wir|notre|nos|nous|nuestr[oa]s?|nosso|nossa|nostr[oaie]|onze|vår|vårt|nasz\w*)(?![\p{L}])/iu;

/** ...unless the line is about building software for it ("build payroll features"). */
const BUILDING = /\b(?:build\w*|develop\w*|design\w*|ship\w*|implement\w*|architect\w*|engineer\w*|code|coding|integrat\w*|apis?|features?|platform|software|systems?|apps?|applications?|products?|tools?|services?)\b/i;
/** A line about the company or those it serves ("our customers", "we build"), not about the work asked for. */
const FOR_OTHERS = /\b(?:we|our|us|customers?|clients?|users?)\b/i;

/**
 * The nearest short line above `at` that is not a bullet: the heading of the list the hit is in. One
 * sentence between them ("The role\nAs Store Manager you'll lead a team of 18.\n- …") is passed over.
 */
function headingAbove(s: string, at: number): string {
  let end = s.lastIndexOf("\n", at - 1);
  let sentence = false;
  for (let guard = 0; guard < 40 && end > 0; guard++) {
    const start = s.lastIndexOf("\n", end - 1) + 1;
    const line = s.slice(start, end).trim();
    end = start - 1;
    if (line === "") continue;
    // Past the sentence, a bullet is the list before it: its heading is not this one's.
    if (ITEM_START.test(line)) {
      if (sentence) return "";
      continue;
    }
    if (wordCount(line) <= 8) return line;
    if (sentence) return "";
    sentence = true;
  }
  return "";
}

/** The hit's line, and its sentence within the line. */
function around(s: string, h: Hit): { line: string; sentence: string } {
  const start = s.lastIndexOf("\n", h.start - 1) + 1;
  const nl = s.indexOf("\n", h.end);
  const line = s.slice(start, nl < 0 ? s.length : nl);
  const at = h.start - start;
  let from = 0;
  for (const m of line.slice(0, at).matchAll(/[.!?;]\s+/g)) from = (m.index ?? 0) + m[0].length;
  const end = /[.!?;]\s/.exec(line.slice(h.end - start));
  return { line, sentence: line.slice(from, end ? h.end - start + end.index : line.length) };
}

/** The hit's sentence asks for the skill, or its line is a bullet that is not about the company. */
function askedFor(s: string, h: Hit): boolean {
  const { line, sentence } = around(s, h);
  // The name of a list of skills: "Front-end: TypeScript, Vue".
  if (ASKED.test(sentence) || /^:[ \t]*\S/.test(textAfter(s, h, 3))) return true;
  if (!ITEM_START.test(line)) return false;
  const heading = headingAbove(s, h.start);
  if (REQUIREMENTS_HEADING.test(heading)) return true;
  if (COMPANY_HEADING.test(heading)) return false;
  // A duty in another language: the work the person does, unless it names the company's own department
  // ("mit unserer Buchhaltung", "avec notre service comptable").
  if (OTHER_DUTIES_HEADING.test(heading)) return !OUR_OTHER.test(line);
  // A duty is work the person does, unless it builds something for the domain.
  if (DUTIES_HEADING.test(heading)) return !BUILDING.test(line) && !FOR_OTHERS.test(line);
  // A short bullet in a list of skills ("- Payroll", "- BLS certification").
  return wordCount(line.replace(ITEM_START, "").trim()) <= 4 && !FOR_OTHERS.test(line);
}

/** Languages are skills only where speaking them is asked: "fluent German", "English (C1)", "Deutschkenntnisse". */
const LANGUAGES = LANGUAGE_SKILLS;

const SPOKEN =
  new RegExp(unpackWords("\\b(?:fluent\\w*|fluency|native|mother tongue|proficien\\w*|speak\\w*|spoken|written|verbal|bilingual\\w*|multilingual|languages?|skills?|plus|bonus|nice to have|an asset|advantage|requir\\w*|essential|desirable|preferred|[abc][12]\\b|business level|working knowledge|professional|conversational|\\w*kenntnisse|fließend|verhandlungssicher|courant|bilingue|parlé|écrit|professionnel|hablado|escrito|nivel|niveau|dominio|domínio|conocimientos?|conhecimentos?|padronanza|conoscenza|vloeiend|beheersing|spreek\\w*|pluspunt|intermedi\\w*|conversacional|flytande|kunskaper|tal och skrift|język\\w*|znajomoś\\w*)"), "iu");

function languageAsked(s: string, h: Hit): boolean {
  const { line, sentence } = around(s, h);
  if (SPOKEN.test(sentence)) return true;
  // A table's row: "Requirements<tab>MBO 3/4; Dutch and English".
  const label = /^\s*([\p{L}][\p{L} ]{0,30}?)(?:\t| {2,}|:)/u.exec(line)?.[1];
  if (label !== undefined && SPOKEN.test(label)) return true;
  // A bullet under the requirements: "- Inglês técnico para leitura", "- İngilizce"; not "plain-English
  // explanations" or "English-speaking customers".
  if (ITEM_START.test(line) && !/(?:plain[ -]|-)$/i.test(s.slice(h.start - 6, h.start)) && s[h.end] !== "-" && REQUIREMENTS_HEADING.test(headingAbove(s, h.start))) return true;
  // A job board's table: "Languages" on one line, "English" under it.
  return LANGUAGES_LABEL.test(headingAbove(s, h.start));
}

const LANGUAGES_LABEL = /^(?:languages?(?: required)?|language skills|sprachen|sprachkenntnisse|langues?|idiomas?|línguas?|lingue|talen)\s*:?$/i;

/** "C" and "R": a language only in a clear context ("in C", "C/C++", "R, Python", "R programming", a line of its own). */
function singleLook(s: string, h: Hit, nextWord: string): 0 | 1 | 2 {
  const before = s.charAt(h.start - 1);
  const after = s.charAt(h.end);
  if ("&'.-".includes(before) && before !== "" && isWordAt(s, h.start - 2)) return 2;
  if ("&'-".includes(after) && after !== "" && isWordAt(s, h.end + 1)) return 2;
  if (after === "." && /^\.\s?\p{L}\./u.test(textAfter(s, h, 4))) return 2;
  if (after === "+" || after === "#") return 2;
  if (before === "(" && after === ")") return 2; // (R), (C): marks, not languages
  const prevWord = lower(/([\p{L}]+)[\s]*$/u.exec(textBefore(s, h, 24))?.[1] ?? "");
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
  const afterText = textAfter(s, h, 40);
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
  const ahead = textAfter(s, h, 151);
  const nlAhead = ahead.indexOf("\n");
  if (nlAhead < 0 && ahead.length > 150) return false;
  const lineEnd = nlAhead < 0 ? h.end + ahead.length : h.end + nlAhead;
  const others = (s.slice(lineStart, h.start) + " " + s.slice(h.end, lineEnd)).match(/\p{L}{4,}/gu) ?? [];
  return others.length >= 2 && others.every((w) => w.charAt(0) === upper(w.charAt(0)));
}
