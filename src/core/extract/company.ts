// Company names: how one is tidied, the sentences that name one, and the name in a job board's link.

import type { Doc } from "./doc";
import { CITIES, OTHER_REGIONS, US_STATES, placeLike } from "./places";
import { hasCoreRole } from "./roles";
import { JOB_HOSTS, JOB_PATH } from "./url";
import { SITE_DOMAIN, capitalize, cleanLine, escapeRegExp, ownSpelling, safely, words } from "./words";
import { lower } from "../text";
import { unpackWords } from "../packed-text";

/**
 * Legal forms after a company's name, in the order the patterns try them. "~" marks a word that is
 * also part of how people name a company ("Acme Corp" keeps it), "!" one that is also a state's
 * code ("Sparks, NV"), which a legal form found in the text must not be.
 */
const FORMS = (
  String.raw`GmbH(?:\s?&\s?Co\.?\s?KG)?|gGmbH|AG|SE|KG|Inc\.?|LLC|L\.L\.C\.?|Ltd\.?|~Limited|~Corp\.?|~Corporation|` +
  String.raw`plc|PLC|S\.A\.?|SA|SAS|S\.A\.S\.?|B\.V\.?|BV|N\.V\.?|!NV|S\.?\s?A\.?\s?de\s?C\.?\s?V\.?|` +
  String.raw`S\.?\s?de\s?R\.?\s?L\.?(?:\s?de\s?C\.?\s?V\.?)?|\(?Pty\)?\.?\s?Ltd\.?|\(Pty\)|Pte\.?\s?Ltd\.?|` +
  String.raw`Pte\.?|Pvt\.?\s?Ltd\.?|Private Limited|Co\.,?\s?Ltd\.?|Sdn\.?\s?Bhd\.?|Ltda\.?|SARL|S\.L\.U\.?|` +
  String.raw`S\.L\.?|Oy|AB|ApS|A\/S|AS|S\.r\.l\.?|Srl|S\.p\.A\.?|SpA|~Co\.|LLP|LP|PBC|[Ss]p\.\s?z\s?o\.\s?o\.?|` +
  String.raw`s\.r\.o\.?|a\.\s?s\.?`
).split("|");

function formsPattern(leaveOut: "~" | "!"): RegExp {
  const alternatives = FORMS.filter((form) => !form.startsWith(leaveOut)).map((form) => form.replace(/^[~!]/, ""));
  return new RegExp(`[\\s,]+(?:${alternatives.join("|")})$`, "u");
}

/** A legal form at the end of a name found in the text ("Kessler Antriebstechnik GmbH", "Acme Corp."). */
export const LEGAL_SUFFIX = formsPattern("!");

/** Legal forms a person leaves out when naming the company ("Acme Robotics GmbH" → "Acme Robotics"); "Corp" stays. */
const LEGAL_FORM = formsPattern("~");

/** A company's name without its legal form: "Acme Robotics GmbH" and "Acme Robotics" name one company. */
export function withoutLegalForm(name: string): string {
  let s = name.trim().replace(CJK_LEGAL_FORM, "");
  for (let guard = 0; guard < 2; guard++) s = s.replace(LEGAL_FORM, "").replace(/[\s,]+$/, "");
  return s === "" ? name.trim() : s;
}

/** Japanese, Chinese and Korean legal forms, written before or after the name with no space: "Lumora株式会社", "㈜넥스톤". */
export const CJK_LEGAL_FORM = /^(?:株式会社|有限会社|合同会社|\(株\)|㈱|주식회사|\([주의]\)|㈜)\s*|\s*(?:株式会社|有限会社|合同会社|\(株\)|㈱|股份有限公司|有限公司|주식회사|\(주\)|㈜)$/u;

const NAME_WORD = "[\\p{Lu}\\p{N}][\\p{L}\\p{N}&.'+-]{0,40}";

// A joining word must end where the word ends: "del" is not "de" + "l".
const NAME = `${NAME_WORD}(?:[ ](?:${NAME_WORD}|(?:of|and|for|de|la|von|du|the|van|der|den|di|da|dos|del|&)(?![\\p{L}]))){0,5}`;

/** Words that start a sentence or a heading: neither a company's name nor its first word. */
const SENTENCE_WORDS = unpackWords(
  "we|our|your|this|that|these|those|you|it|they|its|their|each|every|all|any|if|when|what|why|how|who|where|as|" +
  "in|at|on|for|with|and|but|job|role|position|about|please|note|here|today|now|currently|also|so|then|finally|" +
  "there|my|his|her|both|responsibilities|requirements|qualifications|benefits|salary|compensation|location",
);

export const NOT_NAMES = words(
  `${SENTENCE_WORDS}|` +
    unpackWords(
      "us|the|jobs|roles|team|teams|company|positions|careers|career|hiring|apply|remote|hybrid|home|everyone|anyone|" +
    "someone|people|candidates|applicants|he|she|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|" +
    "february|march|april|may|june|july|august|september|october|november|december|scale|least|once|work|working|" +
    "life|mission|vision|values|overview|summary|description|equal|opportunity|diversity|inclusion|engineering|" +
    "product|design|sales|marketing|operations|finance|legal|security|data|research|support|customer|customers|hr|" +
    "n/a|na|clinical|nursing|medical|retail|hospitality|administration|admin|technology|logistics|manufacturing|" +
    "facilities|education|teaching|customer service|accounting|procurement|fixed-price|hourly|expert|intermediate|" +
    "entry level|tbd|confidential|confidencial|stealth|undisclosed|recruiting|recruiter|agency|client|partner|linkedin|indeed|" +
    "glassdoor|greenhouse|lever|workday|google docs|github|gitlab handbook|open roles|open positions|job openings|" +
    "customer success|our team|the team|unternehmen|stelle|firma|rolle|entreprise|poste|empresa|vaga|azienda|" +
    "bedrijf|functie",
    ),
);

/** Job boards, whose names head a pasted page: not the company, unless a label says so ("Company: Upwork"). */
export const JOB_BOARDS = words(
  "usajobs|seek|xing|stepstone|naukri|monster|dice|ziprecruiter|totaljobs|reed|cv-library|jobs.ac.uk|builtin|built in|" +
    "wellfound|internshala|craigslist|infojobs|nationale vacaturebank|gupy|mynavi|welcome to the jungle|jobteaser|" +
    "hellowork|jobindex|edjoin|simplyhired|careerbuilder|jora|adzuna|otta|hired|angellist|nhs jobs|civil service jobs|" +
    "gov.uk|upwork|fiverr|freelancer|toptal|culinary agents|governmentjobs|governmentjobs.com|tes|poachedjobs|snagajob|indeed.com|linkedin corporation|glassdoor, inc|handshake|jobstreet|jobsdb|bayt|naukrigulf|pracuj.pl|jobs.ch|karriere.at|" +
    "arbetsförmedlingen|platsbanken|jobnet|finn.no|duunitori|irishjobs|irishjobs.ie|jobs.ie|cwjobs|jobserve|jobsite|caterer.com|" +
    "boss直聘|猎聘|拉勾招聘|智联招聘|前程无忧|doda|green japan|ビズリーチ|사람인|잡코리아|jobkorea|원티드|catho|bumeran|computrabajo|apec",
);

export const FIRST_WORD_STOP = words(
  `${SENTENCE_WORDS}|` +
    unpackWords(
      "a|an|or|join|while|since|because|after|before|during|together|many|most|some|such|no|not|yes|by|from|to|into|" +
    "over|under|more|less|only|just|very|new|great|ideal|successful|qualified|selected|additional|perks",
    ),
);

const GENERIC_LAST = words(
  "role|team|job|position|opportunity|company|us|you|department|benefits|level|recruiting|employer|hiring|roles|openings|candidate|offer|process|culture|" +
    "mission|values|perks|product|platform|org|organization|organisation|stage|squad|crew|tribe|unit|division|office",
);

/** A careers page's heading around the name: "Acme — Careers", "Careers at Acme", "Acme | Jobs". */
const CAREERS_PAGE =
  /^(?:careers|jobs|working|work|life) (?:at|@) |\s+(?:careers|jobs)$|\s*[-–—|:·]\s*(?:careers?|jobs?|job openings?|open (?:positions|roles)|career opportunities|karriere|jobs und karriere|carrières?|empleos?|vacatures?|work with us|join us|join our team|we(?:'re| are) hiring)$/i;

/** A company name as a person writes it: no "Inc.", no quotes or Markdown; "" when it cannot be one. */
export function tidyCompany(raw: string, strong: boolean): string {
  let s = cleanLine(raw)
    .replace(/^(?:the\s+|(?:Die|Der|Das|Het)\s+(?=\p{Lu}))?(?=\p{Lu})/u, (m) => (strong ? m : ""))
    // Not the bracket of a Korean or Japanese legal form: "(주)" and "(株)" go whole below.
    .replace(/^(?:[\s"'[]|\((?!\p{L}\)))+|[\s"'),.:;!?\]]+$/gu, "")
    .replace(CAREERS_PAGE, "")
    // "Keystone Rail (train operating company, Midlands)", "Orbit — B2B logistics SaaS": a note on the
    // company, not its name.
    .replace(/\s+[—–]\s+(?=[^—–]*\p{Ll}{3}).*$/u, "")
    .replace(/\s*\((?=[^)]*\p{Ll}{3})[^)]*\)?$/u, "")
    // "Northgate University - School of Computing": the institution, not its part.
    .replace(/\s+[-–—,]\s+(?:school|department|faculty|division|college|institute|centre|center) (?:of|for) .*$/i, "")
    .trim();
  s = s.replace(CJK_LEGAL_FORM, "") || s;
  // With its legal form, a name is one whatever its words: "Vltava pojišťovna, a.s.", "Wisła Data sp. z o.o.".
  const formal = LEGAL_FORM.test(s);
  for (let guard = 0; guard < 2; guard++) {
    s = s.replace(LEGAL_FORM, "").replace(/[\s,]+$/, "").replace(/\s+(?:and|of|for|de|la|von|du|the|&|y|et|und)$/i, "");
  }
  // "18-28 Lacs P.A.", "80-100k": a range of pay, not a name ("7-Eleven" and "1-800-Flowers" are names).
  if (s === "" || s.length > 60 || PAY_RANGE.test(s)) return "";
  const parts = s.split(/\s+/);
  // Public bodies have long names: "Aire Valley Teaching Hospitals NHS Foundation Trust".
  if (parts.length > (PUBLIC_BODY.test(s) ? 9 : 6)) return "";
  const first = parts[0] ?? "";
  if (NOT_NAMES.has(lower(s)) || FIRST_WORD_STOP.has(lower(first)) && !(strong && /^the$/i.test(first))) return "";
  if (!strong && JOB_BOARDS.has(lower(s))) return "";
  if (GENERIC_LAST.has(lower(parts[parts.length - 1] ?? "")) && !strong) return "";
  // A name in a script without capitals (バードロジ, 버들로지스) starts with any letter of its own.
  if (!/^[\p{Lu}\p{N}\p{Lo}]/u.test(s) && !/^\p{Ll}\p{Lu}/u.test(s)) return strong ? capitalize(s) : "";
  if (!strong && !formal && parts.some((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !/^(?:of|and|for|de|la|von|du|the|&|y|et|und|van|der|den|di|da|dos|del)$/.test(w))) return "";
  if (!strong && hasCoreRole(s) && !/^(?:partner|principal|lead|head|master)/i.test(s)) return "";
  // A breadcrumb ("Home › Driving Jobs › Regional") is the site's path, not a name.
  if (!strong && /[:@<>›»]/.test(s)) return "";
  if (!strong && placeLike(s)) return "";
  if (/^(?:https?:|www\.)/i.test(s) || /^\d+$/.test(s) || (!strong && SITE_DOMAIN.test(s))) return "";
  return s;
}

/** `client`: named as the client a recruiter hires for, which makes it the employer whatever else scores. */
const PAY_RANGE = /^\d+(?:[.,]\d+)?\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?\s*(?:lacs?|lakhs?|lpa|k|cr|crores?)(?![\p{L}])/iu;

const PUBLIC_BODY = /\s(?:Trust|University|Hospitals?|Council|Authority|Agency|Service|Board|Foundation|Institute|College|Ministry|Department|Commission)$/;

type AddCompany = (raw: string, score: number, pos: number, strong?: boolean, client?: boolean) => void;

/** Where a sentence starts: the text's or a line's start, or after a full stop and spaces. */
const SENTENCE_START = String.raw`(?:^|[.!?][ \t]+)[ \t]*`;

/**
 * A recruiter that hires for a client it does not name: "on behalf of our client, a leading online
 * retailer", "our client, a fintech, is hiring", "Für unseren Kunden, ein …", "acting as an
 * Employment Agency". The employer is not known. Not "placed with our client, a major bank": a
 * consultancy that employs its people is their employer.
 */
export const UNNAMED_CLIENT =
  new RegExp(unpackWords("\\b(?:on behalf of (?:our|a) client|(?:hiring|recruiting|looking|searching) for (?:our|a) client|our client,? an? [^.\\n]{0,80}\\b(?:is|are) (?:looking|seeking|hiring|recruiting)|acting as an? (?:employment )?agency|(?:für|bei) unseren? (?:Kunden|Mandanten),? (?:ein|eine|einen)|pour (?:son|notre|un) client,? (?:un|une)|para (?:nuestro|un) cliente,? (?:un|una)|per (?:il nostro|un) cliente,? (?:un|una))\\b"), "i");

export function companyPatterns(doc: Doc, add: AddCompany): void {
  const head = doc.head;
  const early = head.slice(0, 30_000);
  // Each pattern is written as its source: all are global and Unicode, and "m" changes only those
  // with ^ or $ (each of which wants a line's start or end).
  const run = (text: string, source: string, score: number, client = false): void => {
    let count = 0;
    for (const m of text.matchAll(new RegExp(source, "gmu"))) {
      if (count++ > 50) break;
      const name = m[1] ?? m[2] ?? m[3] ?? "";
      add(name, score, m.index ?? 0, false, client);
    }
  };
  // "About Acme" as a heading or a line of its own.
  run(early, `^[ \\t]*(?:#{1,6}[ \\t]*)?(?:\\*\\*|__)?About (${NAME})(?:\\*\\*|__)?[ \\t]*(?::[^\\n]*)?$`, 6);
  // LinkedIn's "About the company" panel: the name is the next line.
  for (const m of early.matchAll(/^[ \t#*]*About the company[ \t*:]*\n+[ \t#*]*([^\n]{2,60})$/gimu)) add(m[1] ?? "", 6, m.index ?? 0);
  // "Acme is hiring", "Acme is looking for", "Acme has an immediate need for".
  run(early, `(${NAME}) (?:is|are) (?:currently |actively |now )?(?:hiring|looking for|seeking|searching for|recruiting|growing)`, 6);
  run(early, `(${NAME}) (?:has|have) (?:an? )?(?:immediate |urgent |exciting |new )?(?:need|opening|vacancy|opportunity|requirement)s? for`, 6);
  // A recruiter's client: "Our client, Fenway Diagnostics, designs …", "on behalf of Ironbark Capital",
  // "Kestrel Recruitment is working with Hollins & Reed".
  // "Our client, …" at a consultancy or a contractor may be the customer it serves ("our customer, NASA"):
  // a strong sign only. "My client" and "working with …, who are hiring" are a recruiter's words.
  run(early, `\\b[Oo]ur (?:client|customer),? (${NAME})(?:,| is| are| has|\\))`, 7);
  run(early, `\\b(?:[Mm]y client,? (${NAME})(?:,| is| are| has|\\))|[Oo]ur client,? (${NAME}),? (?:is|are) (?:looking|hiring|recruiting|seeking|searching)|(?:working|partnering|partnered) with (${NAME}),? who (?:are|is)\\b)`, 7, true);
  run(early, `\\b(?:on behalf of|exclusively with|partnered with|partnering with) (?:our client,? |a client,? )?(${NAME})`, 6);
  // The same in other languages, where the words are a recruiter's only: "per conto di", "pour le compte
  // de", "für unseren Mandanten, die …". The agency's own name is all over its page; the client wins.
  run(
    early,
    `\\b(?:per conto di|pour le compte de|por cuenta de|en nombre de|im Auftrag (?:unseres (?:Kunden|Mandanten),? |von )|` +
      `(?:für|bei) unseren? (?:Kunden|Mandanten),? (?:die |den |das |der )?|Es handelt sich um (?:die |den |das |der )?(?=[^.\\n]{2,60}?\\s(?:GmbH|AG|SE|KG|gGmbH|UG|e\\.\\s?V\\.)(?![\\p{L}]))|` +
      `(?:notre|son|nuestro|nosso|il nostro|onze) (?:client|cliente|klant|opdrachtgever),? |voor onze (?:klant|opdrachtgever),? )\\s*(${NAME})`,
    7,
    true,
  );
  run(early, `\\b(?:Recruitment|Recruiting|Search|Talent|Staffing|Resourcing|Consulting|Consultancy|Solutions|Partners) (?:is|are) (?:currently |exclusively )?(?:working with|recruiting for|hiring for) (${NAME})`, 6);
  run(early, `(${NAME}) (?:seeks|hires|is on a mission)`, 5);
  // "We are Acme, a …"
  run(early, `\\bWe(?:'re| are) (${NAME})[,.](?: an?| the)?`, 5);
  // "At Acme, we …", in other languages too.
  run(early, `\\b(?:Chez|Bei|En|Bij|Hos|Presso|Na|Em)[ ](${NAME}),?[ ](?:nous|wir|buscamos|estamos|somos|zoeken|we|vi|söker|noi|cerchiamo|estamos|procuramos)\\b`, 5);
  run(early, `\\bAt (${NAME}),? (?:we|our|you|everyone|every)\\b`, 5);
  // "Join Acme", "Join the Acme team".
  run(early, `\\bJoin (?:the )?(${NAME})(?: team| family)?(?=[ .,!]|$)`, 4);
  // "Acme is a …", at the start of a sentence.
  run(
    early,
    `${SENTENCE_START}(?:[#*>-][ \\t]*)*(${NAME}) (?:is|was|are) (?!a (?:plus|must|bonus|big plus|huge plus|strong plus|nice|requirement|prerequisite))(?:a|an|the|one of|building|on a mission|proud)\\b`,
    4,
  );
  // "Das Klinikum … ist ein", "A Tucano Pay é uma", "Stroom est une", "Rivera es una".
  run(
    early,
    `${SENTENCE_START}(?:(?:Das|Der|Die|A|O|La|El|Le|L'|Il|Het|De) )?(${NAME}) (?:(?:ist|est|es|é|è) (?:ein|eine|une?|una?|uma|uno|de|die|der|das|la|le|el|o|a)|is een)\\s`,
    4,
  );
  run(
    early,
    `${SENTENCE_START}(${NAME}) (?:builds|develops|makes|provides|offers|helps|powers|creates|enables|operates|designs|delivers|connects|gives|lets)\\b`,
    3,
  );
  run(early, `${SENTENCE_START}(${NAME}) (?:[a-z]{3,}(?:es|s)) (?:the|a|an|money|software|tools|more|over|millions|thousands)\\b`, 2);
  // "Acme is an equal opportunity employer" (often at the very end).
  run(head, `(${NAME}) (?:is )?(?:proud to be )?(?:an? )?(?:equal (?:opportunity|employment)|EOE|affirmative action)`, 5);
  // "Engineers at Acme", "Life at Acme", "working at Acme".
  run(
    early,
    `\\b(?:[Ee]ngineers?|[Dd]evelopers?|[Tt]eam members?|[Ee]mployees|[Ww]ork(?:ing)?|[Cc]areers?|[Ll]ife|[Rr]ole|[Pp]osition|[Jj]obs?|[Ii]nternships?|[Tt]eam|[Pp]eople|[Ee]ngineering|[Hh]ere) at (${NAME})`,
    4,
  );
  // "a Senior iOS Engineer role at Pocketwise".
  run(early, `\\b(?:role|position|opening|opportunity|vacancy|job) (?:at|with) (${NAME})`, 5);
  // "Acme's mission".
  run(early, `(${NAME})'s (?:mission|vision|team|platform|products?|culture|values|customers|engineering|goal)\\b`, 3);
  // "Acme Robotics GmbH"; not "Sparks, NV" or "Adelaide, SA", where the letters are a state's.
  let count = 0;
  for (const m of early.matchAll(new RegExp(`(${NAME}${LEGAL_SUFFIX.source.replace(/\$$/, "")})(?![\\p{L}])`, "gu"))) {
    if (count++ > 50) break;
    const place = /^(.*?)(,)?\s?([A-Z]{2,3})$/.exec(m[1] ?? "");
    const state = place?.[3] ?? "";
    const isState = US_STATES.has(state) || OTHER_REGIONS.has(state) || state === "SA";
    // "Sparks, NV", "Reno NV": a city and its state; "ASML Holding NV" is a company.
    if (!(isState && (place?.[2] === "," || CITIES.has(lower(place?.[1] ?? ""))))) add(m[1] ?? "", 5, m.index ?? 0);
  }
}

/** The company part of a job board link: greenhouse.io/<co>, jobs.lever.co/<co>, <co>.wd1.myworkdayjobs.com, … */
export function companyFromUrl(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)(?::\d+)?(\/[^?#]*)?/i.exec(url);
  if (!m) return "";
  const host = lower(m[1] ?? "");
  const path = (m[2] ?? "/").split("/").filter((p) => p !== "");
  const first = path[0] ?? "";
  let slug = "";
  if (/(?:^|\.)greenhouse\.io$/.test(host)) slug = first === "embed" ? (/[?&]for=([^&#]+)/.exec(url)?.[1] ?? "") : first;
  else if (/^(?:apply\.)?workable\.com$/.test(host)) slug = first === "j" ? "" : first;
  else if (/(?:^|\.)(?:lever\.co|ashbyhq\.com|smartrecruiters\.com|jobvite\.com|rippling\.com)$/.test(host)) slug = first;
  else if (/(?:^|\.)(?:wellfound\.com|angel\.co|linkedin\.com|join\.com)$/.test(host)) {
    slug = /^(?:company|companies)$/.test(first) ? (path[1] ?? "") : "";
  } else {
    const sub = /^([a-z0-9-]+)\.(?:wd\d+\.myworkdayjobs\.com|myworkdaysite\.com|workable\.com|bamboohr\.com|jobs\.personio\.(?:de|com)|recruitee\.com|breezy\.hr|applytojob\.com|teamtailor\.com|pinpointhq\.com|jobs\.ashbyhq\.com)$/.exec(host);
    const icims = /^(?:careers|jobs)-([a-z0-9-]+)\.icims\.com$/.exec(host);
    const own = /^(?:www\.|careers\.|jobs\.|boards\.)?([a-z0-9-]+)\.(?:com|io|co|ai|de|fr|nl|se|dk|no|fi|es|it|ch|at|be|eu|org|net|dev|app|tech|co\.uk|com\.au|ca)$/.exec(host);
    if (sub) slug = sub[1] ?? "";
    else if (icims) slug = icims[1] ?? "";
    else if (own && (JOB_PATH.test(m[2] ?? "") || /^(?:careers|jobs)\./.test(host)) && !JOB_HOSTS.test(host)) slug = own[1] ?? "";
  }
  slug = lower(safely(() => decodeURIComponent(slug), slug));
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,60}$/u.test(slug)) return "";
  if (/^(?:jobs?|careers?|embed|apply|en|de|fr|us|uk|o|j|v\d+|search|company|companies|www)$/.test(slug)) return "";
  if (JOB_BOARDS.has(slug)) return "";
  return slug;
}

/** A URL slug spelled as the text spells it ("gitlab" → "GitLab", "lumenhealth" → "Lumen Health"), else in title case. */
export function properName(slug: string, text: string): string {
  const spaced = slug.replace(/[-_.]+/g, " ").replace(/\s*\b(?:inc|llc|gmbh|ltd|hq|careers|jobs)$/i, "").trim();
  const letters = spaced.replace(/ /g, "");
  if (letters.length >= 2 && letters.length <= 40) {
    // Any spaces, dashes or dots between the letters: "lumenhealth" finds "Lumen Health".
    const pattern = [...letters].map(escapeRegExp).join("(?: ?& ?|[ .&-])?");
    const found = ownSpelling(text.slice(0, 100_000), pattern, lower);
    if (found !== undefined) return found;
  }
  return spaced
    .split(" ")
    .map((w) => capitalize(w))
    .join(" ");
}
