// Titles: how a title line is tidied (pay, terms, gender markers, brackets, breadcrumbs) and split into
// the role and the company or place beside it, and the sentences that name a role.

import { unpackWords } from "../packed-text";
import { LEGAL_SUFFIX, tidyCompany } from "./company";
import { capitalize, cleanLine, EMPLOYMENT_KINDS, titleCaseWords, words } from "./words";
import { hasCoreRole, hasRole } from "./roles";
import { placeLike } from "./places";
import { lower, squish, upper, wordCount } from "../text";
import { SITE_NAMES } from "../posting";

/** A line that is only a kind of employment or a work mode: "Full-time", "Remote". */
const KIND_OR_MODE = new RegExp(`^(?:${EMPLOYMENT_KINDS}|remote|hybrid|on-?site)$`, "i");

/** An e-mail subject's role, without "opportunity" or "role" after it ("… role at Northwind"), when what is left still names a role. */
export function subjectTitle(subject: string): string {
  // "Project Architect opportunity - Clerkenwell practice": what follows the opening describes the employer.
  const dashed = /\s+(?:opportunity|opportunities|vacancy|opening|role|position)\s+[-–—|]\s+(.+)$/i.exec(subject);
  const described = dashed && !placeLike(dashed[1] ?? "") ? subject.slice(0, dashed.index) : subject;
  const t = described.replace(/\s+(?:opportunity|opportunities|vacancy|opening|role|position)(?=\s+(?:at|with|for)\s|$)/i, "");
  return t !== subject && hasRole(t) ? t : subject;
}

export const SECTION_START = new RegExp(
  "^(?:about|what|why|who|how|our|your|we|you|this|the role|the team|the job|join|apply|reports?|reporting|" +
    "responsibilit|requirement|qualification|benefit|perk|overview|summary|description|job description|key|main|" +
    "location|salary|compensation|team|department|employment|type|level|seniority|experience|education|skills|tech|" +
    "stack|hiring|interview|process|note|please|if|in|as|at|for|with|to|from|posted|date|closing|deadline|contact|" +
    "email|phone|equal|eeo|privacy|ideal|nice|bonus|preferred|minimum|basic|required|must|desired|additional|other|more|" +
    "learn|meet|life|working|work|career|careers|similar|show|see|save|share|easy apply|applicants|reposted|promoted|" +
    "ihre|deine|dein|wir|unser|votre|vos|nous|tu|tus|nuestro|il tuo|cosa|" +
    // Section headings in other languages: "Requisitos", "Profil", "Aufgaben", "Wymagania".
    "requisitos|requisito|responsabilidades|responsabilités|responsabilità|benefícios|beneficios|diferenciais|atividades|" +
    "qualificações|perfil|profil|profilo|tâches|avantages|compétences|aufgaben|anforderungen|qualifikationen|" +
    "requisiti|mansioni|funciones|ofrecemos|oferecemos|offriamo|descripción|descrição|functie-eisen|" +
    "wymagania|obowiązki|oferujemy|kvalifikationer|arbetsuppgifter|vaatimukset|tehtävät|" +
    "任职要求|任职资格|岗位职责|工作职责|职位描述|公司基本信息|必須スキル|歓迎スキル|仕事内容|応募資格|募集要項|자격\\s?요건|우대\\s?사항|주요\\s?업무)(?![\\p{L}])",
  "iu",
);

export const HIRING_CALL = /^(?:(?:now |urgently )?hiring(?: now)?|we(?:'re| are) hiring|vacancy|open role|job opening|new role)\s*[:!\-–—]\s*/i;

/** "Quokka Maps | Senior Rust Engineer | REMOTE | Full-time | €90k | https://…" (Hacker News) without its terms, pay and link. */
export function pipedLine(text: string): string {
  const pieces = text.split(/\s+\|\s+/);
  if (pieces.length < 3) return text;
  const kept = pieces.filter((p) => !notTitlePart(p));
  return kept.some((p) => hasRole(p)) ? kept.join(" | ") : text;
}

/** A logo's alternative text, copied with the page: "Acme Corp logo", "Company logo for Acme Corp". */
export const LOGO = /^(?:(?:company )?logo (?:for|of) (.{2,60})|(?!company\b)(.{2,60}?)\s+logo)$/i;

export function titleShaped(t: string, labelled: boolean): boolean {
  if (t.length < 2 || t.length > 140 || LOGO.test(t)) return false;
  // "Find Work > Web, Mobile & Software Dev > Ecommerce Development": a path through a board's categories.
  const crumbs = t.split(/\s+[>›»]\s+/);
  if (crumbs.length >= 3 && !hasRole(crumbs[crumbs.length - 1] ?? "")) return false;
  const wordsIn = wordCount(t);
  if (wordsIn > (labelled ? 16 : 14)) return false;
  if (KIND_OR_MODE.test(t)) return false;
  if (/\b(?:ago|applicants|posted|reposted|apply now|easy apply|days? left|jobs in)\b|^vagas de /i.test(t)) return false;
  if (!labelled && SECTION_START.test(t) && !/^(?:head|lead|chief|director|associate|team member)\b/i.test(t)) return false;
  // A sentence is no title; "Delivery Driver - Weekly Pay!" is one with a cry after it.
  if (!labelled && /[.!?]$/.test(t) && !/\b(?:sr|jr|inc|co|ltd)\.$/i.test(t) && !(/ [-–—|] [^!?.]+!+$/.test(t) && hasRole(t))) return false;
  // A chat's "Morning all, please share with any drivers you know" speaks of the job; it is not its name.
  if (!labelled && (/^(?:good\s+)?(?:morning|afternoon|evening|hi|hello|hey|dear|greetings)\b/i.test(t) || /\bplease\b/i.test(t))) return false;
  if (!labelled && /^[\p{L}\s/()&'-]{1,40}:\s*\S/u.test(t)) return false; // "Team: Platform"
  // "DM me or apply here → https://…/product-designer": a link's words are no title.
  if (!labelled && /https?:\/\//.test(t)) return false;
  return true;
}

const ADJECTIVES = words(
  "talented|experienced|passionate|motivated|highly|skilled|driven|curious|creative|proactive|rockstar|great|strong|" +
    "enthusiastic|dedicated|seasoned|savvy|detail-oriented|results-driven|self-motivated|hands-on|new|brilliant|" +
    "exceptional|amazing|ambitious|dynamic|versatile|pragmatic|thoughtful|capable|awesome|outstanding|top-notch|" +
    "world-class|an|a|our|next|first|full-time|part-time|remote",
);

export function hiringPhrase(raw: string): string {
  const text = raw.replace(GENDER_MARK, " ");
  const patterns = [
    /\b(?:we(?:'re| are)?|i'm|i am|is|are)\s+(?:currently\s+|now\s+|actively\s+)?(?:hiring|looking for|seeking|searching for|recruiting(?: for)?|in need of|need)\s*:?\s+(?:an?\s+|one\s+|our\s+(?:next|first|new)\s+|a\s+new\s+)?((?:\b(?:sr|jr|snr|jnr)\.\s|[^.,;:!?()\n]|\.(?=\S)){3,90}(?:\([^()\n]{1,40}\))?)/gi,
    // A recruiter's client "who need an experienced Senior React Developer": the role in capitals only.
    /\bwho\s+(?:urgently\s+)?need\s+an?\s+(?:\p{Ll}+\s+){0,2}?((?:\p{Lu}[\p{L}.+#/-]*\s+){0,5}\p{Lu}[\p{L}.+#/-]*)/gu,
    /\b[Jj]oin (?:us|our team|the team|[\p{Lu}][\p{L}&.-]{0,30}(?:\s[\p{Lu}][\p{L}&.-]{0,30}){0,3}) as (?:an?\s+|our\s+)?([^.,;:!?()\n]{3,90})/gu,
    /\bAs (?:an? |our |the )?([\p{Lu}][^.,;:!?()\n]{2,80}?)(?:,|\s+(?:at|you|on|in|within|for)\s)/gu,
    /\b(?:about|for|regarding|re:?|is|an|fill|filling)\s+(?:an?|the|our|this|one|its)\s+((?:[\p{L}\p{N}/&.+#-]+\s+){0,6}?[\p{L}\p{N}/&.+#-]+)\s+(?:role|position|opening|opportunity|vacancy|job|req)\b/giu,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      let t = (m[1] ?? "").split(/\s+(?:to|who|that|with|for|in|at|on|from|and|based|join|you|ready|eager|passionate|which|whose|like)\s+/i)[0] ?? "";
      const parts = t.trim().split(/\s+/);
      while (parts.length > 1 && ADJECTIVES.has(lower(parts[0] ?? ""))) parts.shift();
      t = parts.join(" ");
      if (parts.length > 8 || !hasRole(t)) continue;
      // "a freelance ML engineer": a role written in a sentence gets its capitals, unless a word has them already.
      if (!/\p{Lu}\p{Ll}/u.test(t)) t = titleCase(t);
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
  return lower(w) === "ios" ? "iOS" : upper(w);
}

const GENDER_MARK =
  /[([]\s*(?:all genders?|alle geschlechter|gn|[mwfdxhvžk]\s*[/|,]\s*[mwfdxhvžk](?:\s*[/|,]\s*(?:[mwfdxhv]|div|divers|diverse|x|i))*)\s*[)\]]\*?/gi;

/** A title without decorations: Markdown, emoji, "(m/f/d)", requisition numbers, "Job title:" prefixes. */
const KEEP_CAPS = words("QA|UX|UI|AI|ML|SRE|VP|IT|HR|BI|II|III|IV|SDE|SWE|SDET|CTO|CEO|CFO|COO|CIO|CPO|AWS|GCP|SQL|PHP|NET|API|SAP|ERP|CRM|SEO|EMEA|APAC|US|UK|EU|GIS|IOT|IOS|QA/QC");

const HOME_CRUMB = /^(?:home|jobs?|careers?|inicio|empleos|ofertas|oferty pracy|praca|startseite|jobs?suche|stellenangebote|accueil|offres d'emploi|emplois|vagas|vacatures|lavoro|offerte di lavoro|lediga jobb)$/i;

export function tidyTitle(raw: string): string {
  // "2 x Evening Office Cleaners": how many are hired is not the job's name.
  let t = cleanLine(raw).replace(/^[\s\p{So}\p{Sk}]+|[\s\p{So}\p{Sk}]+$/gu, "").replace(/^\d{1,3} [x×] (?=\p{L})/iu, "");
  // "Job Board > Accounting & Finance > Payroll Specialist", "Job Openings › Hygienist": a breadcrumb's last step.
  const crumbs = t.split(/\s+[>›»]\s+/);
  const lastCrumb = crumbs[crumbs.length - 1] ?? t;
  if (crumbs.length >= 2 && hasRole(lastCrumb) && (crumbs.length >= 3 || !hasRole(crumbs[0] ?? ""))) t = lastCrumb;
  // "Oferty pracy / DevOps / Kraków / Starszy Inżynier DevOps": a breadcrumb with slashes starts at the
  // board's home or passes a place ("UX / UI / Product Designer" is a title).
  const slashed = t.split(/\s+\/\s+/);
  const lastSlashed = slashed[slashed.length - 1] ?? t;
  if (slashed.length >= 3 && hasRole(lastSlashed) && (HOME_CRUMB.test(slashed[0] ?? "") || slashed.slice(1, -1).some((p) => placeLike(p)))) t = lastSlashed;
  t = t.replace(GENDER_MARK, " ").replace(/\s+[mwf]\/[mwf]\/[dx]\b\*?/gi, " ").replace(/\s+(?:H\/F|F\/H|M\/F|F\/M|W\/M|M\/W)(?![\p{L}])/gu, " ");
  t = t.replace(/\s*[([]\s*(?:req(?:uisition)?\.?\s*(?:id|#|no\.?)?\s*[:#]?\s*)?[A-Z]{0,4}[-_]?\d{3,}\s*[)\]]/gi, " ");
  t = t.replace(/([\p{L})])\s*[-_#]\s*\d{5,}\s*$/u, "$1"); // "Senior QA Automation Engineer-2400321" (Taleo)
  for (let guard = 0; guard < 3; guard++) {
    t = t.replace(/^(?:re|fwd?|aw|wg|job\s*title|title|position|role|job|vacancy|opening|now hiring|we(?:'re| are) hiring|hiring|job application for|application for|apply for|stellenangebot|stellenanzeige|offre d'emploi|(?:new |exciting |job |career )?opportunit(?:y|ies)|new role|open role|job alert)\s*[:\-–—|]\s*/i, "");
  }
  t = t.replace(/^(?:job application for|apply for)\s+/i, "");
  // "URGENT HIRING Family Law Paralegal", "Now hiring Line Cooks"; not "Urgent Care Nurse" or "Hiring Manager".
  t = t.replace(/^(?:URGENT(?:LY)?\s*[:!]?\s+(?:HIRING\s*[:!]?\s+)?|(?:urgent(?:ly)?|now|we(?:'re| are))\s+hiring\s*[:!]?\s+)(?=\S)/i, (m) =>
    /^urgent(?:ly)?\s+$/i.test(m) && m.trim() !== upper(m.trim()) ? m : "",
  );
  // "Finanzbuchhalter (m/w/d) in Vollzeit oder Teilzeit", "Vendeur à temps partiel": hours, not the job.
  t = t.replace(WORKING_TIME_AFTER, "");
  // "Électricien·ne de montage CFC à 80–100%": the feminine ending of inclusive writing, and the share of a full week.
  // "3D 캐릭터 모델러 채용 (경력 3년↑)": "hiring" and the years asked, after a Korean, Japanese or Chinese title.
  t = t.replace(/\s*[(（](?:경력|신입)[^)）]*[)）]$|\s*(?:채용|募集|招聘)$/u, "");
  t = t.replace(/(\p{L})·(?:ne|e|se|euse|rice)(?![\p{L}])/gu, "$1").replace(/\s+(?:à |zu |al )?\(?\d{2,3}\s*(?:%\s*)?(?:[-–]\s*\d{2,3}\s*)?%\)?$/, "");
  t = t.replace(/^[[【][^\]】]{1,20}[\]】]\s*/, "").replace(/\s*\(\d+\s+(?:posts?|positions?|vacanc(?:y|ies)|openings?)\)$/i, ""); // "(2 Posts)"
  t = withoutSellingPoints(t);
  t = squish(t).replace(/ ,/g, ",").replace(/^[\s"'\-–—|:,]+|[\s"'\-–—|:,!]+$/g, "").replace(/^\.+(?![\p{L}\p{N}])/u, "").trim();
  return t;
}

/**
 * Japanese boards add the job's selling points to its title: after a reference mark ("※リモート併用"),
 * or after slashes ("Webエンジニア(バックエンド)/Ruby on Rails/リモート併用/年間休日125日"), where the
 * title is then the first part. A slash inside brackets ("(Go/自社SaaS)") stays.
 */
function withoutSellingPoints(title: string): string {
  const t = title.replace(/\s*※.*$/u, "");
  if (!/[\p{sc=Katakana}\p{sc=Han}]/u.test(t)) return t;
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charAt(i);
    if ("(（[［【".includes(c)) depth++;
    else if (")）]］】".includes(c)) depth = Math.max(0, depth - 1);
    else if ((c === "/" || c === "／") && depth === 0) {
      parts.push(t.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(t.slice(from));
  // From the first selling point on, judged without brackets ("バックエンドエンジニア(リモート可)" is the job),
  // and a stack after the last part that names a role ("/Ruby on Rails").
  const first = parts.findIndex((p, i) => i > 0 && SELLING_POINT.test(p.replace(/[(（][^)）]*[)）]/gu, "")));
  if (first < 0) return t;
  let end = first;
  while (end > 1 && !hasRole(parts[end - 1] ?? "")) end--;
  return parts.slice(0, end).join("/").trim();
}
const SELLING_POINT = /リモート|在宅|年間休日|休日|残業|賞与|未経験|フレックス|土日|年収|月給|駅|転勤なし|服装自由|週休/u;

const FULL_OR_PART = "vollzeit|teilzeit|temps plein|temps partiel|tiempo completo|tiempo parcial|jornada completa|media jornada|tempo integral|meio período|meio periodo|full[- ]time|part[- ]time";
const WORKING_TIME_AFTER = new RegExp(
  `\\s+(?:in|en|à|a|em|im|auf)\\s+(?:${FULL_OR_PART})(?:\\s*(?:oder|und|ou|o|y|e|or|and|/)\\s*(?:${FULL_OR_PART}))?\\s*$`,
  "i",
);

interface TitlePart {
  text: string;
  kind: "place" | "company" | "keep" | "drop";
  sure: boolean;
}


export function splitTitle(raw: string): { title: string; parts: TitlePart[] } {
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
  // "Förskollärare till Solrosens förskola", "Sykepleier hos Aker": the Nordic words are looser, so the name is less sure.
  const at = /^(.{3,}?)\s+(at|@|bei|chez|till|til|hos)\s+([\p{Lu}\p{N}][^|·–—]{0,60}?)(?:\s+(?:[|·–—-])\s+(.*))?$/u.exec(t);
  // "till", "til" and "hos" only in a Nordic title: "Barista - Open till Close" is a shift.
  const nordic = at !== null && /^(?:till|til|hos)$/.test(at[2] ?? "") && !/[åäöæø]/i.test(t);
  if (at && !nordic && hasRole(at[1] ?? "") && !hasCoreRole(at[3] ?? "")) {
    const company = at[3] ?? "";
    t = at[1] ?? "";
    if (placeLike(company)) parts.push({ text: company, kind: "place", sure: true });
    else parts.push({ text: company, kind: "company", sure: !/^(?:till|til|hos)$/.test(at[2] ?? "") });
    if (at[4]) parts.push(classifyPart(at[4]));
  }
  const pieces = t.split(/\s+[|·–—]\s+|\s+-\s+|\s*\|\s*/);
  // "Quokka Maps | Senior Rust Engineer | …", "Corvid Medical Devices — Embedded C Developer": a name before
  // the role is the company's when pipes or an em dash set it apart ("Nights - Registered Nurse" is a shift).
  const piped = (t.match(/\|/g) ?? []).length >= 2 || /^[^|–—-]+\s—\s/.test(t);
  if (pieces.length > 1) {
    // With no role word known ("Addetto/a alle vendite - Part time 24h"), the first piece stands for it.
    const roleAt = Math.max(0, pieces.findIndex((p) => hasRole(p)));
    const keep: string[] = [];
    pieces.forEach((p, i) => {
      if (i === roleAt) {
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
  "full[- ]?time|part[- ]?time|casual|contract(?:or)?|permanent|temporary|temp|freelance|fixed[- ]term|ftc|(?:inside|outside)\\s+ir35|ir35|" +
  "urgent(?:ly)?|immediate start|asap|hiring now|now hiring|remote (?:is )?possible|(?:\\d{4}\\s+)?(?:intake|cohort)|" +
  "(?:weekly|daily|same[- ]day|great|top|competitive) pay|sign[- ]on bonus|bonus|doe|negotiable|competitive|" +
  "\\d+\\+?\\s*(?:(?:to|-|–)\\s*\\d+\\s*)?(?:yrs?|years?)(?:\\s+(?:of\\s+)?exp(?:erience)?)?|" +
  "\\d+[- ]?(?:months?|mos?|weeks?|wks?|h|hrs?|hours?)|(?:inside|outside)\\s*/\\s*(?:inside|outside)\\s+ir35|" +
  // The same terms, and work modes, in other languages.
  "vollzeit|teilzeit|voll-|teil-|festanstellung|befristet|unbefristet|cdi|cdd|alternance|temps plein|temps partiel|" +
  "tiempo completo|jornada completa|indefinido|tempo integral|efetivo|clt|pj|estágio|voltijd|deeltijd|heltid|deltid|" +
  "tempo pieno|indeterminato|(?:100\\s?%\\s*)?(?:remoto|remota|télétravail|teletrabajo)|hybride|híbrido|hibrido|presencial|thuiswerken|" +
  // Schedules: "Home Weekly", "Turno rotativo", "Wechselschicht" ("Nights" alone is kept, as "Line Cook - Nights" names the job).
  "home (?:weekly|daily|nightly|weekends?|every (?:night|weekend))|rotating shifts?|turno (?:rotativo|mixto|partido|de (?:noche|mañana|tarde))|" +
  "schichtdienst|wechselschicht|fr[üu]hschicht|sp[äa]tschicht|[23]-schicht(?:betrieb)?|travail posté|[23]x8";

// "Vollzeit oder Teilzeit", "Full time & Part time": terms joined by a sign or a word.
const TERMS_ONLY = new RegExp(`^(?:${TERM})(?:(?:\\s*[,/&+]\\s*|\\s+(?:(?:or|oder|ou|o|y|und|and|et|e)\\s+)?)(?:${TERM}))*$`, "iu");

/**
 * What a job board or recruiter adds to a title line, not part of the job's name: pay, a link, or only
 * terms. "Equity Research" and "Contract Lifecycle Management" are names, and stay.
 */
export function notTitlePart(p: string): boolean {
  const t = p.trim();
  return MONEY_OR_LINK.test(t) || TERMS_ONLY.test(t);
}

const AREA = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'.&-]*\s+){1,3}(?:area|district|region|depot|branch|campus|site)$/iu;

const OPENING = /^(?:(?:contract|permanent|freelance|new|exciting|great|job|career|urgent)\s+)?(?:opportunit(?:y|ies)|role|vacancy|position|opening)$/i;

function classifyPart(p: string): TitlePart {
  const text = p.trim();
  // "Part Time (16 hrs)": terms with a note on them are terms.
  const noted = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  // "Full Time (Wollongong Depot)": so are terms with any note on them.
  if (noted && notTitlePart(noted[1] ?? "")) return { text, kind: "drop", sure: true };
  // "Contract opportunity – Databricks Data Engineer – Keystone Rail": the word for an opening is no part.
  if (SITE_NAMES.test(text) || notTitlePart(text) || OPENING.test(text)) return { text, kind: "drop", sure: true };
  if (placeLike(text)) return { text, kind: "place", sure: true };
  // "Galleria Area", "Leeds Depot": where in a city the job is, not part of its name.
  if (AREA.test(text) && !hasRole(text)) return { text, kind: "drop", sure: true };
  if (LEGAL_SUFFIX.test(text)) return { text, kind: "company", sure: true };
  return { text, kind: "keep", sure: false };
}

export function dropCompanyPart(title: string, company: string): string {
  const pieces = title.split(/ - /);
  if (pieces.length < 2) return title;
  const key = lower(company);
  const kept = pieces.filter((p) => lower(tidyCompany(p, true)) !== key);
  return kept.length > 0 ? kept.join(" - ") : title;
}

const TERMS = new RegExp(unpackWords("\\b(?:\\d+\\s*(?:hrs?|hours?|uur|uren|stunden|std|heures|horas|ore|godz|timmar)\\b|school year|academic year|\\d{4}\\s*[-–/]\\s*\\d{2,4}|contract|full[- ]time|part[- ]time|permanent|temporary|freelance|fixed[- ]term|internship|maternity|cover|ftc|ir35|seed|series [a-f]|funded|backed|investors?|startup|start-up|positions?|openings?|vacanc(?:y|ies)|urgent)\\b|\\d+[- ]?(?:months?|mo|weeks?|years?|yrs?)\\b|\\d\\s?%"), "i");

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

export function finalTitle(t: string): string {
  let s = tidyTitle(t);
  // "SENIOR FULL STACK DEVELOPER" → "Senior Full Stack Developer".
  if (/\p{Lu}{2,}/u.test(s) && s === upper(s) && (s.match(/\p{L}{4,}/gu) ?? []).length >= 1) {
    s = s
      .split(" ")
      // A short word without a vowel is an acronym: "HGV", "CDL", "NHS".
      .map((w) => (KEEP_CAPS.has(w.replace(/[^\p{L}]/gu, "")) || /^[B-DF-HJ-NP-TV-XZ]{2,4}$/.test(w) ? w : titleCaseWords(w)))
      .join(" ");
  }
  // "- Remote", "- Work From Home", "- Req #48213": how the job is done, or the board's number for it.
  s = s.replace(/\s*[-–—|,]\s*(?:remote|hybrid|on-?site|work(?:ing)? (?:from|at) home|wfh|req(?:uisition)?\.?(?: *(?:#|id|no\.?)? *:? *[\w-]*\d[\w-]*)?)\s*$/i, "").trim();
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
