// The header: the job's title and the hiring company, read from labels, the first lines and the prose.

import { COMPANY_LABELS, type Doc, LOCATION_LABELS, TITLE_LABELS } from "./doc";
import { HEAD_CHARS, escapeRegExp, isWordAt, ownSpelling, titleCaseWords, words } from "./words";
import { HIRING_CALL, LOGO, SECTION_START, dropCompanyPart, finalTitle, hiringPhrase, notTitlePart, pipedLine, splitTitle, subjectTitle, tidyTitle, titleShaped } from "./title";
import { CJK_LEGAL_FORM, JOB_BOARDS, LEGAL_SUFFIX, NOT_NAMES, companyFromUrl, companyPatterns, properName, tidyCompany, UNNAMED_CLIENT } from "./company";
import { hasCoreRole, hasRole, roleWithQualifier } from "./roles";
import { placeLike } from "./places";
import { urlScore } from "./url";
import { lower, upper } from "../text";
import { SITE_NAMES } from "../posting";

export interface Header {
  title: string;
  company: string;
  titleLine: number;
  /** Places found in the title line ("Backend Engineer - Remote (US)") or next to it (LinkedIn's "Acme · Berlin"). */
  places: Array<{ value: string; score: number }>;
}

export const EMPTY_HEADER: Header = { title: "", company: "", titleLine: -1, places: [] };

/** A site's path: three steps or more, each after a "›", "»" or ">" ("Accueil > Offres d'emploi > Contrôleur de gestion"). */
const CRUMBS = /^[^›»>]{1,40}(?: [›»>] [^›»>]{1,80}){2,}$/;

/** "Hi Sam,", "Dear Maria,": a letter's greeting ends in a comma ("Hello Alfred" may be a company). */
const GREETING = /^\s*(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr geehrte[rs]?|bonjour|salut|hola|buongiorno|ciao|hej)\b[^,\n]{0,40},\s*$/i;

export function readHeader(doc: Doc): Header {
  const companies = new Map<string, { name: string; score: number; pos: number }>();
  const clients = new Set<string>();
  const addCompany = (raw: string, score: number, pos: number, strong = false, client = false): void => {
    // A letter's greeting ("Hi Sam,") is above the role in recruiters' emails; it names no company.
    if (!strong && GREETING.test(raw)) return;
    const name = tidyCompany(raw, strong);
    if (name === "") return;
    const key = companyKey(name);
    if (key === "") return;
    if (client) clients.add(key);
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
  let titleKey = "";
  // An email's subject is its title only when no label names the role ("Subject: … opportunity", then "Role: …").
  let subject: { title: string; line: number } | null = null;
  const boardCategories = doc.lines.some((l) => /^(?:role category|industry type|functional area)\s*:/i.test(l.text));
  for (const label of doc.labels) {
    if (COMPANY_LABELS.has(label.key)) addCompany(label.value, 12, label.line, true);
    if (!title && TITLE_LABELS.has(label.key)) {
      const t = tidyTitle(label.value);
      // "Vacancy: WTL-0925" is a reference, not the job's name.
      if (REFERENCE.test(t)) continue;
      // "Post: Data Entry Operator" (India); a craigslist menu's "post   account" is no title, nor
      // Taleo's "Job: Quality Assurance" (a category) or "Stellenangebot: Stellen-ID 1284567".
      if (/^(?:post|job|stellenangebot)$/.test(label.key) && !hasRole(t)) continue;
      // A job board's "Job Role: Hospitality and Tourism" is its category; a role names a job.
      // On Naukri, "Role: Back End Developer" sits with "Role Category" and "Industry Type": a category too.
      const category = CATEGORY_KEYS.has(label.key) && ((label.key !== "role" && !hasRole(t)) || (label.key === "role" && boardCategories));
      if (t && !category && titleShaped(t, true)) {
        if (label.key !== "subject") {
          title = t;
          titleLine = label.line;
          titleKey = label.key;
        } else if (hasRole(t)) subject ??= { title: subjectTitle(t), line: label.line };
      }
    }
  }
  if (!title && subject) {
    title = subject.title;
    titleLine = subject.line;
  }
  // "Job role: Teacher" in a details table, under a heading line "Teacher of Mathematics": the heading says
  // more. A "Job title:" label is the poster's own word, and stays.
  if (title !== "" && !title.includes(" ") && CATEGORY_KEYS.has(titleKey)) {
    const word = lower(title);
    const fuller = doc.lines.slice(0, 12).findIndex(
      (l) => !l.bullet && l.text.length <= 80 && lower(l.text).split(/[\s,/()-]+/).includes(word) && l.text.includes(" ") && titleShaped(l.text, false),
    );
    const line = doc.lines[fuller];
    if (line) {
      title = line.text;
      titleLine = fuller;
    }
  }

  // The posting's link names the company.
  for (const { url, index } of doc.links.slice(0, 500)) {
    const slug = companyFromUrl(url);
    if (slug) addCompany(properName(slug, doc.head), urlScore(url) >= 3 ? 7 : 3, index, true);
  }
  for (const m of doc.text.slice(0, HEAD_CHARS).matchAll(/\b[\w.+-]{1,64}@([\w-]{1,63})\.[a-z.]{2,10}\b/gi)) {
    const domain = lower(m[1] ?? "");
    if (!FREE_MAIL.has(domain)) addCompany(properName(domain, doc.head), 2, m.index ?? 0, true);
  }

  companyPatterns(doc, addCompany);
  // "Brightfield Solar Co. logo": a careers page's logo, by its alternative text.
  for (const line of doc.lines.slice(0, 15)) {
    const m = LOGO.exec(line.text);
    const logo = m?.[1] ?? m?.[2] ?? "";
    const key = lower(logo);
    if (logo !== "" && !JOB_BOARDS.has(key) && !SITE_NAMES.test(logo) && !NOT_NAMES.has(key)) addCompany(logo, 4, line.start);
  }

  // The title: a heading or early line that names a role, else a "we're hiring a …" sentence.
  const lines = doc.lines;
  // The header: the lines before the first paragraph of prose (a letter's signature is not a title).
  let headerEnd = Math.min(lines.length, 40);
  for (let i = 0; i < headerEnd; i++) {
    const t = lines[i]?.text ?? "";
    // The dashes between a title's parts are no words: "Class A CDL Driver - Regional - Home Weekends - $5,000 Sign-On Bonus!".
    if (t.length > 160 || (t.split(/ (?:[-–—|·] )?/).length >= 12 && /[.!?:]$/.test(t))) {
      headerEnd = i;
      break;
    }
  }
  // "Plumbing & Heating Engineer - job post" (Indeed): the page's own heading for the job.
  if (!title) {
    for (let i = 0; i < headerEnd; i++) {
      const m = JOB_POST_HEADING.exec(lines[i]?.text ?? "");
      if (m && hasRole(m[1] ?? "")) {
        title = m[1] ?? "";
        titleLine = i;
        break;
      }
    }
  }
  if (!title) {
    for (let i = 0; i < headerEnd; i++) {
      const line = lines[i];
      if (!line || line.bullet || line.site === true) continue;
      // "Now Hiring: CDL-A Regional Driver" is a title line once its call is cut off.
      const text = pipedLine(line.text).replace(HIRING_CALL, "");
      if (!titleShaped(text, false) || JOB_BOARDS.has(lower(text))) continue;
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
  // A job board's page: the job's heading is the line under the site's path ("Home › Jobs › Sofia").
  if (!title) {
    for (let i = 0; i + 1 < Math.min(headerEnd, 15); i++) {
      if (!CRUMBS.test(lines[i]?.text ?? "")) continue;
      // The employer may come first ("DEPOTRANS CZ s.r.o." over "Skladník s VZV").
      const next = LEGAL_SUFFIX.test(lines[i + 1]?.text ?? "") ? lines[i + 2] : lines[i + 1];
      if (next && !next.bullet && titleShaped(next.text, false) && !placeLike(next.text) && !JOB_BOARDS.has(lower(next.text))) {
        title = next.text;
        titleLine = lines.indexOf(next);
      }
      break;
    }
  }
  // "Grove (https://grove.build) | Senior Rust Engineer | REMOTE | $170k", under a Hacker News thread's own text.
  if (!title) {
    for (let i = headerEnd; i < Math.min(lines.length, 40); i++) {
      const line = lines[i];
      // Not a Markdown table's row ("| Platform | Engineering Manager | Berlin |").
      if (!line || line.bullet || line.raw.trimStart().startsWith("|") || line.text.split(/\s+\|\s+/).length < 3) continue;
      const text = pipedLine(line.text);
      if (hasRole(text) && titleShaped(text, false)) {
        title = text;
        titleLine = i;
        break;
      }
    }
  }
  // A recruiter's headline above a letter is the title only when the letter names no role it is hiring for.
  if (!title || (RECRUITER_HEADLINE.test(title) && lines.some((l) => GREETING.test(l.text)))) {
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
      // "Senior Machine Learning Engineer, Ranking — Mosaic": the company after a dash is not counted.
      const role = line?.text.split(/\s+[—–|]\s+/)[0] ?? "";
      if (!line || line.bullet || role.split(" ").length > 6 || !titleShaped(line.text, false) || !hasRole(role)) continue;
      if (RECRUITER_HEADLINE.test(line.text) || placeLike(line.text)) continue;
      title = line.text;
      titleLine = i;
      break;
    }
  }
  if (!title) {
    // The page's first line, under the site's name if it has one.
    let firstLine = lines.findIndex((l) => l.site !== true);
    for (let i = 0; i < Math.min(headerEnd, 15); i++) {
      const line = lines[i];
      if (!line || line.bullet || line.site === true || !titleShaped(line.text, false) || placeLike(line.text)) continue;
      // A job board's name heads the page ("InfoJobs", "OCC"); it is not the job's.
      // The employer's name with its legal form may head the page, over the job's ("Acme AG\nPflegefachperson", "株式会社X").
      if (LEGAL_SUFFIX.test(line.text) || CJK_LEGAL_FORM.test(line.text)) {
        if (i === firstLine) firstLine++;
        continue;
      }
      if (GREETING.test(line.text) || NOT_NAMES.has(lower(line.text)) || JOB_BOARDS.has(lower(line.text)) || SITE_NAMES.test(line.text) || /\p{sc=Han}|\p{sc=Hangul}/u.test(line.text) && line.text.length <= 6) continue;
      const letters = (line.text.match(/\p{L}/gu) ?? []).length;
      if (letters < 0.6 * line.text.replace(/\s/g, "").length || /[$€£¥₹]\s?\d|\d\s?[kK]\b/.test(line.text)) continue;
      if (line.heading || i === firstLine) {
        title = line.text;
        titleLine = i;
        break;
      }
    }
  }

  // "[넥스톤게임즈] 3D 캐릭터 모델러 채용": a Korean board puts the company in brackets before the title
  // (a Japanese or Chinese one puts a tag there: "【急募】", "【北京】").
  const bracketed = /^\[(\p{sc=Hangul}[^\]]{0,30})\]/u.exec(lines[titleLine]?.text ?? "");
  if (bracketed) addCompany(bracketed[1] ?? "", 6, lines[titleLine]?.start ?? 0, true);
  // "株式会社ミナトフードサービス" over the job (doda, マイナビ転職): the name with its legal form above the title.
  const above = lines[titleLine - 1];
  if (above && CJK_LEGAL_FORM.test(above.text)) addCompany(above.text, 8, above.start);
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
    const labelled = new Set(doc.labels.map((l) => l.line));
    // A title from a label lower down ("Position: …") also has the page's own heading at the top, with
    // the company and the place under it (LinkedIn's "Acme · Amsterdam, Netherlands · 1 week ago").
    const words = lower(title).split(" ").slice(0, 3).join(" ");
    const top = titleKey === "" ? -1 : lines.slice(0, 6).findIndex((l) => lower(l.text).startsWith(words));
    for (const anchor of top < 0 || top === titleLine ? [titleLine] : [titleLine, top]) {
      for (let k = anchor + 1; k <= anchor + 3 && k < lines.length; k++) {
        const line = lines[k];
        // "Location: Hadapsar, Pune" under the title is a label, read as one.
        if (!line || labelled.has(k)) continue;
        const dashed = line.text.split(/\s+[—–-]\s+/);
        const [name = "", place = ""] = dashed;
        // Not a line of terms ("4 - 8 years | ₹ 22-32 Lacs | Bengaluru"), which the pieces below read.
        if (dashed.length === 2 && placeLike(place) && !placeLike(name) && !hasCoreRole(name) && !notTitlePart(name) && /\p{L}{2}/u.test(name) && !/[|·•]/.test(line.text)) {
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
          // "Standort München-Pasing" among the terms: a place by its label.
          const labelled = kept.map(placeByLabel).find((p) => p !== undefined);
          if (labelled !== undefined) places.push({ value: labelled, score: 6 });
          // "Nieuwegein · 32 - 40 uur per week · MBO/HBO": a name first in a line of terms is where the job is,
          // after the team ("Logistiek · Tilburg · Fulltime", as career sites list a job).
          else if (place === undefined && k === anchor + 1) {
            const [name = "", town = ""] = kept;
            // "Klinikum Sonnenberg gGmbH · Freiburg im Breisgau": a firm, or a name, then a town, as LinkedIn writes them.
            if (kept.length === 2 && PLACE_SHAPED.test(town) && !hasRole(town) && (LEGAL_SUFFIX.test(name) || PLACE_SHAPED.test(name)) && !DEPARTMENT.test(name)) {
              addCompany(name, 4, line.start);
              places.push({ value: town, score: 4 });
              continue;
            }
            const first = DEPARTMENT.test(kept[0] ?? "") ? (kept[1] ?? "") : (kept[0] ?? "");
            if (PLACE_SHAPED.test(first) && !hasRole(first) && !LEGAL_SUFFIX.test(first) && !DEPARTMENT.test(first)) places.push({ value: first, score: 4 });
          }
          continue;
        }
        if (placeLike(line.text) && line.text.length <= 60) {
          places.push({ value: line.text, score: 6 });
          const prevLine = lines[k - 1];
          if (k - 1 > anchor && prevLine && nameLine(prevLine.text)) addCompany(prevLine.text, 5, prevLine.start);
          break;
        }
        // "Senior .NET Engineer\nHartwell Legal Software\n…" (careers pages, Indeed, NHS Jobs): a name on
        // the line under the title is the company's.
        if (k === anchor + 1 && nameLine(line.text) && !namedAsPlace(line.text, doc.head)) addCompany(line.text, line.text.includes(" ") ? 4 : 3, line.start);
        // "Warrington, Cheshire", or "Galway" under the company's line: a place the word lists do not know.
        const prev = lines[k - 1];
        const afterName = k >= anchor + 2 && prev !== undefined && nameLine(prev.text);
        // "8953 Dietikon", "Watford, Hertfordshire, WD18 7JQ", "Saint-Priest (69)": the place's shape is its name's.
        const bare = line.text.replace(POSTCODE_AROUND, "");
        const placeShaped = PLACE_SHAPED.test(bare) && !hasRole(line.text) && !notTitlePart(line.text) && !LEGAL_SUFFIX.test(line.text) && !SECTION_START.test(line.text) && !line.bullet;
        const oneWord = !bare.includes(" ");
        if (placeShaped && (bare.includes(",") || (afterName && oneWord)) && !NOT_NAMES.has(lower(bare))) {
          places.push({ value: line.text, score: oneWord ? 3 : 4 });
        }
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
    .map((c) => {
      const bare = c.name.replace(/['’]s$/, "");
      return { ...c, bare, total: c.score + Math.min(3, countWord(head, bare) * 0.5) };
    });
  // "Kestrel" and "Kestrel Payments" are one company, by its full name.
  for (const short of scored) {
    const longer = scored.find((c) => c !== short && (c.name.startsWith(`${short.bare} `) || c.name.startsWith(`${short.name} `)));
    if (longer && short.total > 0) {
      longer.total += short.total;
      longer.pos = Math.min(longer.pos, short.pos);
      short.total = 0;
    }
  }
  // A client named as such wins over the agency, but not over a company the text labels.
  const labelledCompany = doc.labels.some((l) => COMPANY_LABELS.has(l.key));
  const named = labelledCompany ? [] : scored.filter((c) => clients.has(companyKey(c.name)) && c.total > 0);
  // An agency that hires for a client it does not name: the employer is not known, and the agency is not it.
  const unknown = named.length === 0 && !labelledCompany && UNNAMED_CLIENT.test(head.slice(0, 30_000));
  for (const c of named.length > 0 ? named : unknown ? [] : scored) {
    if (c.total > best || (c.total === best && c.pos < bestPos)) {
      [company, best, bestPos] = [c.name, c.total, c.pos];
    }
  }
  // "McDonald's", "Trader Joe's!" name a shop; "Join Acme's engineering team" is Acme's, as is a name
  // the text also writes without the "'s".
  const possessive = /^(.+)['’]s$/.exec(company)?.[1];
  if (possessive && (new RegExp(`${escapeRegExp(possessive)}(?![\\p{L}'’])`, "u").test(head) || !new RegExp(`${escapeRegExp(company)}(?![ \\t]+\\p{Ll})`, "u").test(head))) company = possessive;
  // "Truck Driver - Swift Transportation" over "At Swift, we …": the title's part gives the full name,
  // unless the short name has a line of its own ("Software Engineer - Apple Pay" over "Apple").
  if (company && !doc.lines.some((l) => l.text === company)) company = title.split(" - ").find((p) => p.startsWith(`${company} `) && !hasRole(p)) ?? company;
  // A "Title | Something" part that turned out to be the company is not part of the title.
  if (company) title = dropCompanyPart(title, company);
  company = companyCase(company, head);
  title = finalTitle(title);
  return { title, company, titleLine, places };
}

/** How two spellings of one company meet: "McDonald's" and "McDonald" are one name, whichever the text means (see the end of readHeader). */
function companyKey(name: string): string {
  return lower(name).replace(/['’]s$|[^\p{L}\p{N}]/gu, "");
}

/**
 * "OWLBEAR FORGE" as the text spells it elsewhere, else with its long words in title case
 * ("BMW GROUP" → "BMW Group"); acronyms of up to four letters stay.
 */
function companyCase(name: string, text: string): string {
  // A one-word name in capitals is often how the company writes itself (NVIDIA, AECOM, UNICEF).
  if (name !== upper(name) || !/\p{Lu}{5}/u.test(name) || !name.includes(" ")) return name;
  return (
    ownSpelling(text, escapeRegExp(name), upper) ??
    name
      .split(" ")
      .map((w) => ((w.match(/\p{L}/gu) ?? []).length >= 5 ? titleCaseWords(w) : w))
      .join(" ")
  );
}

const SIGN_OFF = /^(?:-- ?|—|best|best regards|kind regards|regards|warm regards|warmly|all the best|many thanks|thanks|thank you|cheers|sincerely|talk soon|speak soon)[,!.]?$/i;

const RECRUITER_HEADLINE = /\b(?:recruit\w*|talent|sourc(?:er|ing)|headhunter|human resources|people partner)\b.*\s(?:at|@)\s/i;

/** "Galway", "Surry Hills", "Bath, Somerset", "Geelong, Geelong & Western District VIC": one or two words, or one comma. */
/** "Standort München-Pasing", "Arbetsort: Uppsala": a place after one of the place labels. */
function placeByLabel(piece: string): string | undefined {
  // Each break before a capital, with only letters and spaces before it, is tried as the label's end.
  for (const m of piece.slice(0, 40).matchAll(/\s*:?\s+(?=\p{Lu})/gu)) {
    const at = m.index ?? 0;
    const label = piece.slice(0, at).trim();
    if (label.length >= 2 && /^[\p{L} ]+$/u.test(label) && LOCATION_LABELS.has(lower(label))) return piece.slice(at + m[0].length).slice(0, 41);
  }
  return undefined;
}

/** "Galway", "Warrington, Cheshire", "Miguel Hidalgo, Ciudad de México", "Zaragoza (Plaza)". */
/** A postcode or a French department's number before or after a place's name; digits alone after a comma only ("Summer 2026" is no place). */
const POSTCODE_AROUND = /^\d{4,5} (?=\p{Lu})|,? (?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\(\d{2,3}\))$|, \d{4,6}$/u;

const PLACE_SHAPED = /^[\p{Lu}][\p{L}'-]+(?:[ -](?:(?:am|an der|im|upon|on|sur|de|del) )?[\p{Lu}][\p{L}'-]+)?(?: \([\p{Lu}][\p{L}. ]{1,20}\))?$|^[\p{Lu}][\p{L}'.-]+(?:[ -][\p{Lu}][\p{L}'.-]+){0,2}(?:,\s?[\p{Lu}][\p{L}'.-]+(?:[ -][\p{Lu}][\p{L}'.-]+){0,2})?,\s?[\p{Lu}][\p{L}'.-]+(?:\s(?:[\p{Lu}][\p{L}'.-]*|&|de|del|di|da|do|la|am|upon|sur)){0,4}$/u;

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
  const n = escapeRegExp(name);
  return new RegExp(`\\b${n},\\s?[A-Z]{2}\\b|\\b(?:in|near|based in|located in|office in)\\s+${n}\\b`).test(text.slice(0, 30_000));
}

/** "Acme, Inc.": the one comma a company's name may have. */
const LEGAL_TAIL = /,\s*(?:inc|llc|ltd|llp|plc|gmbh|s\.?a|a\.\s?s|s\.r\.o|co)\.?$/i;

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

/** Labels a job board fills with a role or with its category of jobs. */
/** A reference number where a title was expected: "WTL-0925", "REQ12345". */
const REFERENCE = /^(?=(?:\D*\d){3})[\p{L}\p{N}#_./-]{3,24}$/u;

const JOB_POST_HEADING = /^(.{3,120}?)\s+[-–—]\s+(?:job post|job posting|job listing)$/i;

const CATEGORY_KEYS = new Set(["job role", "role", "job function", "function", "category", "job category"]);

/** A team's name, as career sites put it before the place: "Logistiek · Tilburg · Fulltime". */
const DEPARTMENT =
  /^(?:engineering|tech|it|sales|marketing|finance|hr|people|operations|logisti(?:cs|ek|k|que|ca)|customer (?:service|success|support)|support|product|design|legal|data|retail|vertrieb|techniek|technik|produktion|verkoop)$/i;
