// The header: the job's title and the hiring company, read from labels, the first lines and the prose.

import { JOB_BOARDS, LEGAL_SUFFIX, NOT_NAMES, companyFromUrl, companyPatterns, properName, tidyCompany } from "./company";
import { COMPANY_LABELS, type Doc, TITLE_LABELS } from "./doc";
import { placeLike } from "./places";
import { hasCoreRole, hasRole, roleWithQualifier } from "./roles";
import { urlScore } from "./url";
import { HEAD_CHARS, capitalize, cleanLine, isWordAt, titleCaseWords, words } from "./words";

export interface Header {
  title: string;
  company: string;
  titleLine: number;
  /** Places found in the title line ("Backend Engineer - Remote (US)") or next to it (LinkedIn's "Acme · Berlin"). */
  places: Array<{ value: string; score: number }>;
}

export const EMPTY_HEADER: Header = { title: "", company: "", titleLine: -1, places: [] };

/** "Hi Sam,", "Dear Maria,": a letter's greeting ends in a comma ("Hello Alfred" may be a company). */
const GREETING = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|salut|hola|buongiorno|ciao|hej)\b[^,\n]{0,40},\s*$/i;

/** An e-mail subject's role, without "opportunity" or "role" after it ("… role at Northwind"), when what is left still names a role. */
function subjectTitle(subject: string): string {
  const t = subject.replace(/\s+(?:opportunity|opportunities|vacancy|opening|role|position)(?=\s+(?:at|with|for)\s|$)/i, "");
  return t !== subject && hasRole(t) ? t : subject;
}

export const SECTION_START = new RegExp(
  "^(?:about|what|why|who|how|our|your|we|you|this|the role|the team|the job|join|apply|reports?|reporting|" +
    "responsibilit|requirement|qualification|benefit|perk|overview|summary|description|job description|key|main|" +
    "location|salary|compensation|team|department|employment|type|level|seniority|experience|education|skills|tech|" +
    "stack|hiring|interview|process|note|please|if|in|as|at|for|with|to|from|posted|date|closing|deadline|contact|" +
    "email|phone|equal|eeo|privacy|ideal|nice|bonus|preferred|minimum|basic|required|must|desired|additional|other|more|" +
    "learn|meet|life|working|work|career|careers|similar|show|see|save|share|easy apply|applicants|reposted|promoted|" +
    "ihre|deine|dein|wir|unser|votre|vos|nous|tu|tus|nuestro|il tuo|cosa)(?![\\p{L}])",
  "iu",
);

export function readHeader(doc: Doc): Header {
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
      if (!line || line.bullet) continue;
      // "Now Hiring: CDL-A Regional Driver" is a title line once its call is cut off.
      const text = pipedLine(line.text).replace(HIRING_CALL, "");
      if (!titleShaped(text, false)) continue;
      const linkedIn = /^(.{2,60}?) (?:is )?hiring (?:an? )?(.{3,100}?)(?: in (.{2,60}?))?(?: \| LinkedIn)?$/.exec(text);
      if (linkedIn && !hasCoreRole(linkedIn[1] ?? "") && hasRole(linkedIn[2] ?? "")) {
        addCompany(linkedIn[1] ?? "", 8, line.start);
        if (linkedIn[3]) places.push({ value: linkedIn[3], score: 7 });
        title = tidyTitle(linkedIn[2] ?? "");
        titleLine = i;
        break;
      }
      if (!hasRole(text)) continue;
      // "Senior Technical Recruiter at Kindling" above an InMail is the sender's headline, and "Home Chef"
      // above "Software Engineer II" a company: either is the title only when no desk job follows.
      const headline = RECRUITER_HEADLINE.test(text) || !hasCoreRole(text);
      if (title === "" || !headline) {
        title = text;
        titleLine = i;
      }
      if (!headline) break;
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
  // A role on a line of its own further down (a Notion page lists its open roles, then describes one).
  if (!title) {
    for (let i = headerEnd; i < Math.min(lines.length, 40); i++) {
      const line = lines[i];
      // A letter's signature ("Best,\nJane Doe\nEngineering Manager") is the sender's job, not the one offered.
      if (line && SIGN_OFF.test(line.text)) break;
      if (!line || line.bullet || line.text.split(" ").length > 6 || !titleShaped(line.text, false) || !hasRole(line.text)) continue;
      if (RECRUITER_HEADLINE.test(line.text) || placeLike(line.text)) continue;
      title = line.text;
      titleLine = i;
      break;
    }
  }
  if (!title) {
    for (let i = 0; i < Math.min(headerEnd, 15); i++) {
      const line = lines[i];
      if (!line || line.bullet || !titleShaped(line.text, false) || placeLike(line.text)) continue;
      // A job board's name heads the page ("InfoJobs", "OCC"); it is not the job's.
      if (GREETING.test(line.text) || NOT_NAMES.has(line.text.toLowerCase()) || JOB_BOARDS.has(line.text.toLowerCase()) || SITE_NAMES.test(line.text) || /\p{Script=Han}|\p{Script=Hangul}/u.test(line.text) && line.text.length <= 6) continue;
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
    else if (part.kind === "company") addCompany(part.text, part.sure ? 8 : 3, titleLine >= 0 ? (lines[titleLine]?.start ?? 0) : 0);
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
      if (dashed.length === 2 && placeLike(place) && !placeLike(name) && !hasCoreRole(name)) {
        addCompany(name, 6, line.start);
        places.push({ value: place, score: 7 });
        continue;
      }
      const pieces = line.text.split(/\s+[·•|]\s+/);
      if (pieces.length >= 2) {
        // "Acme Robotics · Berlin, Germany (Hybrid)"; "Vollzeit · Festanstellung · Hamburg · Teilweise Homeoffice".
        const kept = pieces.filter((p) => !notTitlePart(p));
        const at = kept.findIndex((p) => placeLike(p));
        const place = kept[at];
        if (place !== undefined) places.push({ value: place, score: at > 0 ? 7 : 6 });
        if (at > 0) addCompany(kept[0] ?? "", 6, line.start);
        continue;
      }
      if (placeLike(line.text) && line.text.length <= 60) {
        places.push({ value: line.text, score: 6 });
        const prevLine = lines[k - 1];
        if (k - 1 > titleLine && prevLine && nameLine(prevLine.text)) addCompany(prevLine.text, 5, prevLine.start);
        break;
      }
      // "Senior .NET Engineer\nHartwell Legal Software\n…" (careers pages, Indeed, NHS Jobs): a name on
      // the line under the title is the company's.
      if (k === titleLine + 1 && nameLine(line.text) && !namedAsPlace(line.text, doc.head)) addCompany(line.text, line.text.includes(" ") ? 4 : 3, line.start);
      // "Warrington, Cheshire", or "Galway" under the company's line: a place the word lists do not know.
      const prev = lines[k - 1];
      const afterName = k >= titleLine + 2 && prev !== undefined && nameLine(prev.text);
      const placeShaped = PLACE_SHAPED.test(line.text) && !hasRole(line.text) && !notTitlePart(line.text);
      const oneWord = !line.text.includes(" ");
      if (placeShaped && (line.text.includes(",") || (afterName && oneWord)) && !NOT_NAMES.has(line.text.toLowerCase())) {
        places.push({ value: line.text, score: oneWord ? 3 : 4 });
      }
    }
    const above = lines[titleLine - 1];
    // "Papillon\nDéveloppeur Backend Python (H/F)" (Welcome to the Jungle, Glassdoor): the name above the title.
    if (above && above.text.length <= 40 && !/[:@]/.test(above.text) && nameLine(above.text) && !SITE_NAMES.test(above.text)) {
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
  company = companyCase(company, head);
  title = finalTitle(title);
  return { title, company, titleLine, places };
}

/**
 * "OWLBEAR FORGE" as the text spells it elsewhere, else with its long words in title case
 * ("BMW GROUP" → "BMW Group"); acronyms of up to four letters stay.
 */
function companyCase(name: string, text: string): string {
  // A one-word name in capitals is often how the company writes itself (NVIDIA, AECOM, UNICEF).
  if (name !== name.toUpperCase() || !/\p{Lu}{5}/u.test(name) || !name.includes(" ")) return name;
  const pattern = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const m of text.matchAll(new RegExp(`(?:^|[^\\p{L}\\p{N}])(${pattern})(?![\\p{L}\\p{N}])`, "giu"))) {
    const found = m[1] ?? "";
    if (found !== found.toUpperCase()) return found;
  }
  return name
    .split(" ")
    .map((w) => ((w.match(/\p{L}/gu) ?? []).length >= 5 ? titleCaseWords(w) : w))
    .join(" ");
}

const SIGN_OFF = /^(?:-- ?|—|best|best regards|kind regards|regards|warm regards|warmly|all the best|many thanks|thanks|thank you|cheers|sincerely|talk soon|speak soon)[,!.]?$/i;

const RECRUITER_HEADLINE = /\b(?:recruit\w*|talent|sourc(?:er|ing)|headhunter|human resources|people partner)\b.*\s(?:at|@)\s/i;

const HIRING_CALL = /^(?:now hiring|we(?:'re| are) hiring|hiring|vacancy|open role|job opening|new role)\s*[:!\-–—]\s*/i;

/** "Quokka Maps | Senior Rust Engineer | REMOTE | Full-time | €90k | https://…" (Hacker News) without its terms, pay and link. */
function pipedLine(text: string): string {
  const pieces = text.split(/\s+\|\s+/);
  if (pieces.length < 3) return text;
  const kept = pieces.filter((p) => !notTitlePart(p));
  return kept.some((p) => hasRole(p)) ? kept.join(" | ") : text;
}

/** "Galway", "Surry Hills", "Bath, Somerset", "Geelong, Geelong & Western District VIC": one or two words, or one comma. */
const PLACE_SHAPED = /^[\p{Lu}][\p{L}'-]+(?:[ -][\p{Lu}][\p{L}'-]+)?$|^[\p{Lu}][\p{L}'.-]+(?:[ -][\p{Lu}][\p{L}'.-]+){0,2},\s?[\p{Lu}][\p{L}'.-]+(?:\s(?:[\p{Lu}][\p{L}'.-]*|&)){0,4}$/u;

/**
 * A line that can only be a name: short, no number of its own ("4.1 out of 5 stars", "5h"; "37signals"
 * is a name), no terms, pay or section heading.
 */
function nameLine(text: string): boolean {
  if (text.length > 60 || /\s[·•|]\s/.test(text) || notTitlePart(text) || hasCoreRole(text) || roleWithQualifier(text) || placeLike(text)) return false;
  // "4.1 out of 5 stars", "5h", "12,345 followers"; not "Channel 4", "Motel 6" or "7-Eleven".
  if (/(?:^|\s)\d+[.,]\d|(?:^|\s)\d{3,}|(?:^|\s)\d+\p{Ll}{1,2}(?:\s|$)|\b(?:stars?|reviews?|ratings?|followers|employees)\b/iu.test(text)) return false;
  // A company's name may start like a section heading ("Stack Overflow", "Life Time"); a heading is not capitalised throughout.
  if (SECTION_START.test(text) && !/^(?!(?:About|What|Why|Who|How|Our|Your|We|You|This|The|Join|Apply)\b)\p{Lu}\S*(?:\s(?:of|and|for|the|&|\p{Lu}\S*))+$/u.test(text)) return false;
  return !/,/.test(text.replace(LEGAL_TAIL, ""));
}

/** "Tulsa" under the title is a place when the text also writes "Tulsa, OK" or "in Tulsa". */
function namedAsPlace(name: string, text: string): boolean {
  if (name.includes(" ") || name.length > 30) return false;
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\b${n},\\s?[A-Z]{2}\\b|\\b(?:in|near|based in|located in|office in)\\s+${n}\\b`).test(text.slice(0, 30_000));
}

/** "Acme, Inc.": the one comma a company's name may have. */
const LEGAL_TAIL = /,\s*(?:inc|llc|ltd|llp|plc|gmbh|s\.?a|co)\.?$/i;

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
  if (/\b(?:ago|applicants|posted|reposted|apply now|easy apply|days? left|jobs in)\b/i.test(t)) return false;
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
    /\b(?:we(?:'re| are)|i'm|i am|is|are)\s+(?:currently\s+|now\s+|actively\s+)?(?:hiring|looking for|seeking|searching for|recruiting(?: for)?)\s*:?\s+(?:an?\s+|one\s+|our\s+(?:next|first|new)\s+|a\s+new\s+)?((?:[^.,;:!?()\n]|\.(?=\S)){3,90}(?:\([^()\n]{1,40}\))?)/gi,
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
  let t = cleanLine(raw).replace(/^[\s\p{So}\p{Sk}]+|[\s\p{So}\p{Sk}]+$/gu, "");
  // "Job Board > Accounting & Finance > Payroll Specialist", "Job Openings › Hygienist": a breadcrumb's last step.
  const crumbs = t.split(/\s+[>›»]\s+/);
  const lastCrumb = crumbs[crumbs.length - 1] ?? t;
  if (crumbs.length >= 2 && hasRole(lastCrumb) && (crumbs.length >= 3 || !hasRole(crumbs[0] ?? ""))) t = lastCrumb;
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

const SITE_NAMES = /^(?:linkedin|indeed(?:\.com)?|glassdoor|greenhouse|lever|workday|ashby|workable|smartrecruiters|careers?|jobs?|job board|job details|job description|jd|apply|stepstone|xing|welcome to the jungle|otta|wellfound|angellist)$/i;

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
  if (at && hasRole(at[1] ?? "") && !hasCoreRole(at[2] ?? "")) {
    const company = at[2] ?? "";
    t = at[1] ?? "";
    if (placeLike(company)) parts.push({ text: company, kind: "place", sure: true });
    else parts.push({ text: company, kind: "company", sure: true });
    if (at[3]) parts.push(classifyPart(at[3]));
  }
  const pieces = t.split(/\s+[|·–—]\s+|\s+-\s+|\s*\|\s*/);
  // "Quokka Maps | Senior Rust Engineer | …", "Corvid Medical Devices — Embedded C Developer": a name before
  // the role is the company's when pipes or an em dash set it apart ("Nights - Registered Nurse" is a shift).
  const piped = (t.match(/\|/g) ?? []).length >= 2 || /^[^|–—-]+\s—\s/.test(t);
  if (pieces.length > 1) {
    const roleAt = pieces.findIndex((p) => hasRole(p));
    const keep: string[] = [];
    pieces.forEach((p, i) => {
      if (i === roleAt || roleAt < 0) {
        keep.push(p);
        return;
      }
      const part = classifyPart(p);
      // "Quokka Maps | Senior Rust Engineer | …": a name before the role is likely the company's.
      if (part.kind === "keep" && roleAt > 0 && i === 0 && piped && !/\d/.test(p)) parts.push({ text: p, kind: "company", sure: false });
      else if (part.kind === "keep") keep.push(p);
      else parts.push(part);
    });
    t = keep.join(" - ");
  }
  return { title: t, parts };
}

/** Pay or a link in a title line's part: "Up to £60,000", "$2,350/week", "https://…". */
const MONEY_OR_LINK = /[$€£¥₹]\s?\d|\b(?!40[13]k|457b)\d{2,3}\s?[kK](?![\p{L}])|\d[\d,.]*\s?(?:\/|per\s)(?:h|hr|hour|day|week|wk|month|year|annum)|https?:|www\./iu;

/** Terms a job board or recruiter adds: "Full Time", "Outside IR35", "3 to 6 Yrs", "Weekly Pay", "Vollzeit". */
const TERM =
  "full[- ]?time|part[- ]?time|contract(?:or)?|permanent|temporary|temp|freelance|fixed[- ]term|ftc|(?:inside|outside)\\s+ir35|ir35|" +
  "urgent(?:ly)?|immediate start|asap|hiring now|now hiring|(?:\\d{4}\\s+)?(?:intake|cohort)|" +
  "(?:weekly|daily|same[- ]day|great|top|competitive) pay|sign[- ]on bonus|bonus|doe|negotiable|competitive|" +
  "\\d+\\+?\\s*(?:(?:to|-|–)\\s*\\d+\\s*)?(?:yrs?|years?)(?:\\s+(?:of\\s+)?exp(?:erience)?)?|" +
  // The same terms, and work modes, in other languages.
  "vollzeit|teilzeit|festanstellung|befristet|unbefristet|cdi|cdd|alternance|temps plein|temps partiel|" +
  "tiempo completo|jornada completa|indefinido|tempo integral|efetivo|clt|estágio|voltijd|deeltijd|heltid|deltid|" +
  "tempo pieno|indeterminato|remoto|remota|télétravail|teletrabajo|hybride|híbrido|hibrido|presencial|thuiswerken";
const TERMS_ONLY = new RegExp(`^(?:${TERM})(?:(?:\\s*[,/&+]\\s*|\\s+)(?:${TERM}))*$`, "iu");

/**
 * What a job board or recruiter adds to a title line, not part of the job's name: pay, a link, or only
 * terms. "Equity Research" and "Contract Lifecycle Management" are names, and stay.
 */
function notTitlePart(p: string): boolean {
  const t = p.trim();
  return MONEY_OR_LINK.test(t) || TERMS_ONLY.test(t);
}

function classifyPart(p: string): TitlePart {
  const text = p.trim();
  if (SITE_NAMES.test(text) || notTitlePart(text)) return { text, kind: "drop", sure: true };
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

const TERMS = /\b(?:\d+\s*(?:hrs?|hours?)\b|school year|academic year|\d{4}\s*[-–/]\s*\d{2,4}|contract|full[- ]time|part[- ]time|permanent|temporary|freelance|fixed[- ]term|internship|maternity|cover|ftc|ir35|seed|series [a-f]|funded|backed|investors?|startup|start-up|positions?|openings?|vacanc(?:y|ies)|urgent)\b|\d+[- ]?(?:months?|mo|weeks?|years?|yrs?)\b|\d\s?%/i;

/**
 * A bracket at the end of a title that is a note on the job rather than part of its name: terms, a
 * length, funding, or prose (a lower-case word that is not a joining word).
 */
function bracketNote(inner: string): boolean {
  if (TERMS.test(inner)) return true;
  const parts = inner.split(/[\s,/&+|]+/).filter((w) => w !== "");
  if (parts.length === 0 || parts.length > 6) return true;
  // "(backend)", "(night shift)", "(German speaking)" name a kind; three lower-case words are prose.
  const prose = parts.filter((w) => /^\p{Ll}/u.test(w) && !/^\p{Ll}\p{Lu}/u.test(w) && !/^(?:and|or|of|for|the|with|de|und|et|y)$/.test(w));
  return prose.length >= 3;
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
  // "(Kotlin)", "(Unity / C#)", "(SOC, Tier 2)" name the role's kind, and stay.
  for (let guard = 0; guard < 3; guard++) {
    const m = /\s*\(([^()]*)\)\s*$/.exec(s);
    if (!m || m.index === 0 || !bracketNote(m[1] ?? "")) break;
    s = s.slice(0, m.index).trim();
  }
  // "Contract Platform Engineer", ".NET Developer opportunity": the terms and the word for an opening go
  // ("Contract Manager" and "Contract Specialist II" are jobs in contracts, and stay).
  // So does a tail naming the employer in prose: "Shopify Developer for small candle brand".
  const bare = s
    .replace(/^(?:freelance|full[- ]time|part[- ]time)\s+(?=\S+\s+\S)/i, "")
    .replace(/^contract\s+(?=(?:\S+\s+)*\S*(?:engineer|developer|programmer|architect|designer|tester)\b)(?!.*\b(?:manager|administrat\w*|specialist|analyst|officer|coordinator|negotiator|lawyer|attorney)\b)/i, "")
    .replace(/\s+(?:opportunity|vacancy|opening|role|position)$/i, "")
    .replace(/\s+for\s+(?:an?\s+|our\s+|the\s+)?\p{Ll}[\p{Ll}\s-]*\s(?:brand|company|startup|start-up|business|agency|client|firm|shop|store|studio|project|team|chain|restaurant|cafe|café|practice|clinic|nonprofit|charity)$/u, "");
  if (bare !== s && hasRole(bare)) s = bare;
  s = s.replace(/,\s*[^,]*\b(?:startup|start-up|company|firm|agency|client|corporation|scale-?up|unicorn|series [a-f])\b[^,]*$/i, "").trim();
  if (s.length > 140) s = s.slice(0, 140).trim();
  return s;
}
