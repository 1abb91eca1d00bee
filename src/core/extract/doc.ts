// The pasted text, prepared once for every reader: normalised, with links, e-mail addresses, phone numbers,
// dates and job-board clutter marked, and its first lines split into lines and "Label: value" pairs.

import { unpackWords } from "../packed-text";
import { displayText } from "../wikilink";
import { US_STATES, placeLike } from "./places";
import { hasRole } from "./roles";
import { BULLET_START, HEAD_CHARS, HEAD_LINES, MAX_INPUT, SITE_DOMAIN, cleanLine, isWordAt, isWordCode, words } from "./words";
import { lower, squish, wordCount } from "../text";
import { isString } from "../is";

interface Line {
  start: number; // offset in doc.text
  raw: string;
  text: string; // without Markdown, HTML tags, emoji and bullets; whitespace collapsed
  heading: boolean;
  bullet: boolean;
  /** The site's name above its menu ("Van der Veen Transport" over "Vacatures"): maybe the company, never the title. */
  site?: boolean;
}

interface Label {
  key: string; // normalised label: "job title", "location", ...
  value: string; // cleaned value
  line: number; // index in doc.lines, or -1 for frontmatter
}

export interface Doc {
  text: string; // normalised: NFKC, "\n" line ends, plain spaces and quotes
  plain: string; // same length; links, e-mail addresses, phone numbers and dates blanked out
  head: string; // the start of plain
  lines: Line[]; // the first lines of the body (after any frontmatter)
  labels: Label[];
  links: Array<{ url: string; index: number }>;
  skip: Array<[number, number]>; // ranges skill matching ignores
}

export function prepare(input: unknown): Doc {
  const text = normalize(input);
  const skip: Array<[number, number]> = [];
  const links: Array<{ url: string; index: number }> = [];
  for (const m of text.matchAll(URL_RE)) {
    skip.push(rangeOf(m));
    if (/^https?:/i.test(m[0])) links.push({ url: trimUrl(m[0]), index: m.index ?? 0 });
  }
  skip.push(...emailRanges(text));
  const blanks: Array<[number, number]> = [...skip];
  // "© 2025 New Work SE", "InfoJobs è un marchio registrato di Adevinta Spain S.L.U.": a site's footer names
  // whoever runs the site, often a job board.
  for (const m of text.matchAll(/^[^\n]*(?:©|\(c\)\s*\d{4}|\bcopyright\s+(?:©\s*)?\d{4}|registered trademark|marchio registrato|marca registrada|marque déposée|eingetragene marke)[^\n]*$/gim)) blanks.push(rangeOf(m));
  // Hacker News' "Who is hiring?" thread opens with its rules, which speak of remote work and recruiters.
  for (const m of text.matchAll(HN_RULES)) {
    blanks.push(rangeOf(m));
    skip.push(rangeOf(m));
  }
  for (const m of text.matchAll(MD_LINK_TARGET)) skip.push(rangeOf(m, 1));
  for (const m of text.matchAll(NOT_A_SKILL)) skip.push(rangeOf(m));
  // One push at a time: a paste of a hundred thousand footer lines would overflow a spread's arguments.
  for (const range of [...chromeRanges(text), ...boilerplateRanges(text), ...footerRanges(text)]) skip.push(range);
  // A job board's "Similar jobs" panel lists other jobs, with their own pay, places and work modes.
  // Near the top it may be a site's menu, unless a sentence (eight words on a line) comes before it.
  const similar = SIMILAR_JOBS.exec(text);
  if (similar && (similar.index > 200 || /^(?:\S+ +){7}\S/m.test(text.slice(0, similar.index)))) {
    skip.push([similar.index, text.length]);
    blanks.push([similar.index, text.length]);
  }
  skip.sort((a, b) => a[0] - b[0]);

  let plain = blankRanges(text, blanks);
  plain = blank(plain, PHONE);
  plain = plain.replace(US_ZIP, (_m, state: string, zip: string) => state + " ".repeat(zip.length));
  plain = blank(plain, DATE);
  plain = blank(plain, RETIREMENT_PLAN);
  // A range a PDF copy broke over two lines ("$62,000 –", then "$70,000 CAD"): one line, of the same length.
  plain = plain.replace(/(\d *[–—-])\n(?= *[$€£¥₹]?\d)/g, "$1 "); // tabs are spaces by now
  const head = plain.slice(0, HEAD_CHARS);
  const { lines, labels } = readLines(text, head);
  return { text, plain, head, lines, labels, links, skip };
}

/** Where a match is in the text, less its first `skipped` characters. */
function rangeOf(m: RegExpMatchArray, skipped = 0): [number, number] {
  const index = m.index ?? 0;
  return [index + skipped, index + m[0].length];
}

const HN_RULES = /^(?:Please state the location and include REMOTE|Please only post if you personally are part of the hiring company|Readers: please only email if you are personally interested)[^\n]*$/gm;

/**
 * Job boards' buttons and side panels copied along with the job ("Use AI to assess how you fit", "Meet the
 * hiring team"), and "Skip to main content" in several languages.
 */
const CHROME_LINE =
  new RegExp(unpackWords("^(?:use ai to assess how you fit|show match details|tailor my resume|help me stand out|am i a good fit for this job\\??|how can i best position myself for this job\\??|tell me more about .{1,80}|show more options|easy apply|save|saved|share|apply|apply now|apply for this job|show more|show less|see more|back to jobs|view all jobs|all jobs|job details|set alert for similar jobs|see how you compare.{0,80}|get ai-powered advice.{0,80}|try premium.{0,80}|message|follow|report this job|job search faster with premium.{0,80}|people you can reach out to|exclusive job seeker insights.{0,80}|\\d+ (?:followers|employees)|[\\d,]+-[\\d,]+ employees|promoted by hirer.{0,80}|responses managed off linkedin|forwarded|forwarded many times|(?:skip|jump) to (?:the )?(?:main )?content|pular para o conteúdo(?: principal)?|aller au contenu(?: principal)?|zum (?:haupt)?inhalt(?: springen| wechseln)?|(?:saltar|ir) al contenido(?: principal)?|passer au contenu(?: principal)?|přeskočit na (?:hlavní )?obsah|(?:gå )?till (?:huvud)?innehållet|ir para o conteúdo(?: principal)?|siirry (?:pää)?sisältöön|spring til (?:hoved)?indhold(?:et)?|hopp til (?:hoved)?innhold(?:et)?|(?:ana )?içeriğe (?:geç|atla)|sari la conținut(?:ul principal)?|chat|vai al contenuto(?: principale)?|naar (?:de )?(?:hoofd)?inhoud|przejdź do (?:głównej )?treści|hoppa till (?:huvud)?innehållet|lewati ke konten|chuyển đến nội dung|メインコンテンツにスキップ|본문 바로가기|انتقل إلى المحتوى|דלג לתוכן|print|go to \\w{2,21}|[<←‹]? ?(?:back to (?:search )?results|zurück zu(?:r| den) (?:suchergebnissen|trefferliste)|retour aux résultats|volver a (?:los )?resultados).{0,80}|.{1,60} (?:boosted|reposted)|an official website of the .{1,80})$"), "i");

const SIMILAR_JOBS =
  new RegExp(unpackWords("^[ \\t#*>]*(?:(?:explore|see|view|browse) )?(?:similar jobs|similar roles|similar positions|recommended jobs|more jobs like this|jobs like this|other jobs|other (?:open )?(?:roles|positions|openings)(?! ?(?:&|and\\b))|people also (?:viewed|searched)|related jobs|you may also like|more jobs (?:at|from) [^\\n]{1,40}|ähnliche (?:jobs|stellen\\w*)|offres similaires|empleos similares|avisos similares|ofertas similares|vergelijkbare vacatures|lavori simili|offerte simili|vagas similares|podobne oferty|ces offres pourraient (?:aussi |également )?vous intéresser|(?:other )?jobs you might (?:also )?like|(?:other )?jobs you (?:might|may) (?:also )?be interested in|you might also like|weitere (?:jobs|stellen\\w*)|andere vacatures|más empleos como este|outras vagas|inne oferty|altre offerte|vous aimerez aussi|these jobs might interest you|average salary|salary estimates?(?! ?:[^\\n]*\\d)|check similar offers|similar offers|benzer (?:iş )?ilanlar|liknande (?:jobb|annonser)|lignende (?:jobber|job|stillinger)|podobné (?:nabídky|pozice)|似た求人|類似の求人|おすすめの求人|相似职位|비슷한 채용공고)\\b[^\\n]{0,40}$"), "im");

/** A site's menu copied as one line: "Jobs   Companies   Salaries   For Employers". */
const MENU_LINE = /^[ \t]*[^\s:|]+(?: [^\s:|]+){0,3}(?:(?: {2,}|\t+)[^\s:|]+(?: [^\s:|]+){0,3}){2,}[ \t]*$/u;

/** A menu's account items: a line of links holding one of them is the site's menu, whatever else it lists. */
const ACCOUNT_ITEM = new RegExp(unpackWords("^(?:sign in|sign up|log ?in|log out|register|registrieren|s'inscrire|se connecter|anmelden|iniciar sesión|entrar|accedi|logga in|zaloguj się|ログイン|会員登録|新規登録|登录|注册|登录\\/注册|로그인|회원가입|(?:employee|candidate|staff) log ?in|inloggen(?: voor [a-z]+)?|log in \\/ register|sign in \\/ register|create account|my account|upload (?:your )?(?:cv|resume)|post (?:a )?jobs?|for employers|employers \\/ post job)$"), "i");

/** A line that is a page's own control, a way into an account or a channel's name: "Easy Apply", "Save", "Accedi", "#jobs". */
function chrome(line: string): boolean {
  // "#jobs-board": a Slack or Discord channel's name over a post (a tag alike).
  return CHROME_LINE.test(line) || ACCOUNT_ITEM.test(line) || /^#[\p{Ll}\d][\p{Ll}\d_-]*$/u.test(line);
}

/** A site's menu items, as they come out one a line: "Find Jobs", "Company reviews", "Pro firmy". */
const NAV_ITEM =
  new RegExp(unpackWords("^(?:home|menu|jobs?|find (?:jobs|work)|job search|search jobs|browse jobs|companies|company reviews|salaries|find salaries|salary (?:guide|checker|calculator|tool)|career (?:advice|centre|center)|profile|my jobs|messages|notifications|employer site|employers|for employers|for recruiters|recruiters|post a job|brigády|firmy|pro firmy|poradna|platy|nabídky práce|privatperson|arbetsgivare|om webbplatsen|empleos|empresas|salarios|emplois|entreprises|offres d'emploi|trouver un emploi|vagas|jobs finden|jobs suchen|firmen|lohnrechner|unternehmen|gehälter|gehaltsvergleich|ratgeber|für arbeitgeber|oferty pracy|pracodawcy|vacatures|werkgevers|about us|contact(?: us)?|over ons|werken bij|über uns|qui sommes-nous|chi siamo|sobre (?:nosotros|nós)|o nas|om oss|首页|职位|公司|校园|职位搜索|求人を探す|企業を探す|채용정보)$"), "i");

/**
 * The start offsets of menu lines in a run of short lines near the top, one item a line: a run of
 * three or more that holds an account item ("Sign in", "Register") or two menu items. A job's own
 * header lines ("Acme", "Berlin", "Full-time") hold neither.
 */
function verticalMenus(top: readonly TopLine[]): { menu: Set<number>; site: Set<number> } {
  const out = new Set<number>();
  const site = new Set<number>();
  let run: number[] = [];
  let marks = 0;
  // One line above the first item ("Van der Veen Transport" over "Vacatures") is the site's name.
  let firstItem = -1;
  const close = (): void => {
    if (run.length >= 3 && marks >= 2) run.forEach((o, i) => (i === 0 && firstItem === 1 ? site : out).add(o));
    run = [];
    marks = 0;
    firstItem = -1;
  };
  for (const { offset, text: item } of top) {
    // A line that names a role ends the run: "Senior Backend Engineer" under "Share" is the title.
    const account = ACCOUNT_ITEM.test(item); // "Inloggen voor medewerkers" names staff, not a job
    // Nor is a line of pay ("6000-8000元") or with a legal form in front ("(의)서울한빛병원", "株式会社X") a menu's.
    if (item === "" || item.length > 30 || wordCount(item) > 4 || (hasRole(item) && !account && !NAV_ITEM.test(item)) || /\d\s*[-~–]\s*\d|\d\s*[元万千kK円원]|^(?:\(\p{L}\)|㈜|㈱|株式会社)/u.test(item)) close();
    else {
      run.push(offset);
      const mark = account ? 2 : NAV_ITEM.test(item) ? 1 : 0;
      if (mark > 0 && firstItem < 0) firstItem = run.length - 1;
      marks += mark;
    }
  }
  close();
  return { menu: out, site };
}

interface TopLine {
  offset: number;
  /** The line as cleanLine reads it, from its first 200 characters. */
  text: string;
}

/** The first 60 lines from `from`, read once for the passes that look for a site's furniture. */
function topLines(head: string, from: number): TopLine[] {
  const out: TopLine[] = [];
  let offset = from;
  for (let n = 0; n < 60 && offset < head.length; n++) {
    let end = head.indexOf("\n", offset);
    if (end < 0) end = head.length;
    out.push({ offset, text: cleanLine(head.slice(offset, Math.min(end, offset + 200))) });
    offset = end + 1;
  }
  return out;
}

/** A chat's sender and time before a message: "[08:52, 11/03/2025] Gary Kellett: ", "11/03/2025, 08:52 - Gary: " (WhatsApp). */
const CHAT_PREFIX =
  /^\s*(?:\[\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?,?\s*[\d./-]{6,10}\]|\[[\d./-]{6,10},?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\]|[\d./-]{6,10},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?\s+[-–])\s*[^:\n\]]{1,40}:\s+/i;

/** A job board's search form, a field a line ("What", then "welder") or all on one line. */
const SEARCH_FIELD = /^(?:what|where|keywords?|classification|quoi|où|qu[eé] puesto buscas|d[oó]nde|was|wo|wat|waar|cosa|dove|gdzie)\s*\??$/i;

/**
 * The offsets of a search form's field names near the top: two of them within a few lines of each
 * other ("What", "gas engineer", "Where", "Bristol"); a lone "Where" heading is the posting's own.
 */
function searchForm(top: readonly TopLine[]): Set<number> {
  const fields: Array<{ offset: number; n: number }> = [];
  top.forEach(({ offset, text }, n) => {
    if (text !== "" && SEARCH_FIELD.test(text)) fields.push({ offset, n });
  });
  const out = new Set<number>();
  fields.forEach((f, i) => {
    const near = (g: { n: number } | undefined): boolean => g !== undefined && Math.abs(g.n - f.n) <= 6;
    if (near(fields[i - 1]) || near(fields[i + 1])) out.add(f.offset);
  });
  return out;
}
const SEARCH_LINE = /^¿?\s*(?:what|quoi|qu[eé][^?]{0,20}|was|wat|cosa|co)\s*\?.{1,80}¿?\s*(?:where|où|d[oó]nde|wo|waar|dove|gdzie)\s*\?/i;

/** A cookie banner's lines: "We use cookies to…", "Accept all cookies", "Manage preferences", "We value your privacy". */
const COOKIE_LINE =
  new RegExp(unpackWords("\\b(?:we use|uses|usamos|utilizamos|utilisons|utilise|utilizza|utilizziamo|verwendet|verwenden|nutzen|gebruiken|gebruikt|używamy|använder|bruger|bruker)\\b.{0,40}\\bcookies?\\b|^(?:\\S*(?:stillinger|ställningar|instellingen|einstellungen)|paramètres|gestion|configuración|impostazioni|ustawienia) \\S+ cookies?$|\\bcookies?\\b.{0,200}\\b(?:use|using|accept\\w*|consent\\w*|privacy|partners|personali[sz]\\w*|preferences|settings|akzept\\w*|acept\\w*|aceit\\w*|accett\\w*|privacidad|privacidade|confidentialité|datenschutz\\w*|exp[eé]ri[eê]n\\w*|esperienza|anal[yý]\\w*)\\b|използва\\S* бисквитки|^(?:accept|reject|decline|allow)(?: all)?(?: cookies)?$|^(?:alles accepteren|alles weigeren|alle (?:akzeptieren|ablehnen)|tout (?:accepter|refuser)|(?:aceptar|rechazar) todo|(?:accetta|rifiuta) tutto|aceitar (?:tudo|todos)|rejeitar tudo|akceptuj wszystkie|acceptera alla|godta alle|accepter alle|hyväksy kaikki|instellingen|einstellungen|paramètres|configuración|impostazioni|configurações|ustawienia|inställningar)$|^(?:manage|cookie) (?:preferences|settings|options)$|^we value your privacy$|^(?:cookie (?:policy|notice|settings))$"), "i");

/** A page's buttons copied as a line: "[Apply now]   [☆ Save]   [Share]". */
const BUTTONS = /^(?:\[[^\]\n]{1,40}\]\s*){2,}$/;

/** A company's rating on a job board: "3.9 ★", "4,1 ★ 212 evaluaciones", "4.2 out of 5 stars", "★★★★☆". */
const RATING_LINE = /^(?:\d[.,]\d\s*(?:[★☆⭐]|out of 5\b|\/\s*5\b|stars?\b)|[★☆⭐]{3,5}(?:\s|$))[^\n]{0,40}$/iu;

/** Two items of a menu, on the line after the rest of it: "Recruiters   Sign in". */
const MENU_PAIR = /^[ \t]*[^\s:|]+(?: [^\s:|]+){0,3}(?: {2,}|\t+)[^\s:|]+(?: [^\s:|]+){0,3}[ \t]*$/u;

/** A menu names no job: "Recruiters" and "Drivers" are links; "Senior  Backend  Engineer" is a title pasted with wide spaces. */
function menuLine(raw: string, text: string, afterMenu: boolean): boolean {
  // "Search Jobs - Recruiters - Career Centre - Sign In - Register", "Sign in | Employers / Post Job".
  const items = raw.trim().split(/ {2,}|\t+|\s+[-|·•]\s+/);
  if (items.length >= 2 && items[items.length >= 3 ? "some" : "every"]((item) => ACCOUNT_ITEM.test(item.trim()))) return true;
  // "Students | Alumni | Employers | Faculty & Staff": short links, one of them a site's menu item.
  const links = items.length >= 3 && items.every((item) => wordCount(item.trim()) <= 3) && items.some((item) => NAV_ITEM.test(item.trim()));
  if (!links && !MENU_LINE.test(raw) && !(afterMenu && MENU_PAIR.test(raw))) return false;
  const singular = text.split(" ").filter((w) => !/s$/i.test(w) || !hasRole(w));
  return !hasRole(singular.join(" "));
}

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
    } else if (chrome(line)) {
      out.push([offset, end]);
    }
    offset = end + 1;
  }
  return out;
}

/** A site's footer links: "Privacy · Cookies · Accessibility", or one a line ("About\nAccessibility\nCareers"). */
const FOOTER_ITEM =
  new RegExp(unpackWords("^(?:privacy(?: policy| notice| (?:&|and) terms)?|cookies?(?: policy| settings| preferences)?|terms(?: of (?:use|service))?|terms (?:&|and) conditions|accessibility(?: statement| help)?|site ?map|modern slavery(?: statement)?|imprint|impressum|datenschutz|mentions légales|aviso legal|legal|help(?: cent(?:er|re))?|contact(?: us)?|about(?: us)?|careers|press|community guidelines|security|status|(?:talent|marketing|sales|hiring) solutions|advertising|ad choices|small business|safety center|(?:accessibility|work|esg) at \\w+)$"), "i");

function footerRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const lines: Array<{ start: number; end: number; items: number; footer: number }> = [];
  // A footer is a page's: the part of a paste the reader reads for skills is enough.
  for (const m of text.slice(0, HEAD_CHARS).matchAll(/[^\n]*/g)) {
    const line = m[0].trim();
    if (line === "") continue;
    const items = line.length > 200 ? [line] : line.split(/\s+[·|•]\s+| {2,}|\t+/);
    const start = m.index ?? 0;
    lines.push({ start, end: start + m[0].length, items: items.length, footer: items.filter((i) => FOOTER_ITEM.test(i.trim())).length });
  }
  lines.forEach((line, i) => {
    // Two footer links on one line, or one alone beside another such line.
    const near = (d: number): boolean => (lines[i + d]?.footer ?? 0) > 0 && (lines[i + d]?.items ?? 0) <= 6;
    if (line.footer >= 2 || (line.footer === 1 && line.items === 1 && (near(-1) || near(1) || near(-2) || near(2)))) out.push([line.start, line.end]);
  });
  return out;
}

/** Legal and application-form paragraphs, whose words ("recruiting", "accessibility", "social media") are not the job's skills. */
const BOILERPLATE =
  new RegExp(unpackWords("equal (?:opportunity|employment)|affirmative action|\\beeo\\b|without regard to|regardless of (?:race|their)|protected veteran|reasonable accommodation|privacy (?:policy|notice)|e-verify|pay transparency|fair chance|recruitment fraud|recruiting scams?|data protection (?:notice|policy|statement|information)|how we (?:use|process|handle) your (?:personal )?data|applicants? with (?:arrest|criminal)|know your rights|accepted file types|first name\\s*\\*"), "i");

/**
 * From the sentence that names a legal matter to the end of its paragraph: not the list or the
 * sentences before it, which a pasted post with no blank lines runs into ("- Docker\nEOE.").
 * A list item or a heading ("Requirements:") ends the run.
 */
function boilerplateRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let run = false;
  let at = 0;
  for (const line of text.split("\n")) {
    const hit = BOILERPLATE.exec(line);
    const prose = /\S/.test(line) && !/^\s*(?:[-*•▪◦‣–]|\d+[.)])\s|:\s*$/.test(line);
    if (hit || (run && prose)) out.push([at + (hit ? Math.max(...[". ", "! ", "? "].map((p) => line.lastIndexOf(p, hit.index))) + 1 : 0), at + line.length]);
    run = (hit !== null || run) && prose;
    at += line.length + 1;
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

/**
 * Phrases whose letters look like skills but are not: "R&D", "C-suite", "TS/SCI", "American Express", "Series C",
 * and Singapore's Annual Wage Supplement ("Annual bonus (AWS)", "AWS + VB"), which is no cloud.
 */
const NOT_A_SKILL =
  new RegExp(unpackWords("\\b(?:(?:no|not|without) remote work(?:ing)?\\b|remote work(?:ing)? (?:is|are) (?:not|unfortunately not|impossible)\\b|R\\s?&\\s?[DR]|Q\\s?&\\s?A|C[- ](?:suite|level)|TS\\/SCI|American Express|Series [A-H]\\b|Go[- ]to[- ]market|go for it|(?:i'm|i am|we're|we are|is|are|currently|actively) recruiting\\b|Vitamin [A-Z]\\b|Plan [A-C]\\b|Type [A-C]\\b|Grade [A-C]\\b|Tier [A-C]\\b|(?:leadership|customer success) teams?(?![\\w-])|(?:FTSE \\d+|listed|quoted|public) PLCs|(?:annual|13th[- ]month)(?: bonus)? \\(?AWS\\b|AWS ?(?:\\+|and) ?(?:VB|variable bonus|bonus)(?![\\w.]))"), "gi");

/** "Sparks, NV 89431": a ZIP code after a state's code is not an amount. */
const US_ZIP = new RegExp(`(\\b(?:${[...US_STATES].join("|")}),?\\s)(\\d{5}(?:-\\d{4})?)\\b`, "g");
// "07700 900 732", "06-12345678": a nought, then nine digits or more, is a national number, not pay.
const PHONE = /\+\d{1,3}[\d ().-]{6,18}\d|\(\d{3}\)\s?\d{3}[-. ]\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b0\d(?:[ .-]?\d){8,11}\b/g;

const DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/g;

const RETIREMENT_PLAN = /\b(?:401|403|457)\s?\(?[kKbB]\)?/g;

function blank(s: string, re: RegExp): string {
  return s.replace(re, (m) => " ".repeat(m.length));
}

function normalize(input: unknown): string {
  if (!isString(input)) return "";
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

function readLines(text: string, head: string): { lines: Line[]; labels: Label[] } {
  const labels: Label[] = [];
  let offset = 0;
  const front = frontmatterEnd(text);
  if (front > 0) {
    readFrontmatter(text.slice(0, front), labels);
    offset = front;
  }
  const lines: Line[] = [];
  const top = topLines(head, offset);
  const { menu: menuLines, site } = verticalMenus(top);
  const searchFields = searchForm(top);
  let afterMenu = false;
  // A job board's search form ("What / gas engineer / Where / Bristol") holds the reader's search, not the job.
  let searchField = false;
  while (offset < head.length && lines.length < HEAD_LINES) {
    let end = head.indexOf("\n", offset);
    if (end < 0) end = head.length;
    const raw = text.slice(offset, Math.min(end, offset + 2000)).replace(CHAT_PREFIX, "");
    const t = cleanLine(raw);
    const menu: boolean = t !== "" && (menuLines.has(offset) || menuLine(raw, t, afterMenu));
    if (t !== "") afterMenu = menu;
    // The page's first line over the site's menu ("Catho" over "Vagas   Empresas   Salários") is the site's name.
    const first = lines[0];
    if (menu && lines.length === 1 && first && first.text.length <= 30 && first.text.split(" ").length <= 3 && !hasRole(first.text)) first.site = true;
    const search = searchField;
    if (t !== "") searchField = searchFields.has(offset);
    if (t !== "" && !search && !searchField && !SEARCH_LINE.test(t) && !chrome(t) && !menu && !RATING_LINE.test(t) && !BUTTONS.test(t) && !(t.length < 400 && COOKIE_LINE.test(t))) {
      const next = text.slice(end + 1, end + 200).split("\n", 1)[0] ?? "";
      lines.push({
        start: offset,
        raw,
        text: t,
        heading: /^\s*#{1,6}\s/.test(raw) || /^\s*(?:\*\*|__)[^*_]+(?:\*\*|__):?\s*$/.test(raw) || /^\s*=+\s*$/.test(next),
        bullet: BULLET_START.test(raw),
        ...(site.has(offset) || (lines.length === 0 && SITE_DOMAIN.test(t)) ? { site: true } : {}),
      });
    }
    offset = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const m =
      /^([\p{L}][\p{L}\p{N} ()/'&._-]{0,40}?)\s*[:：]\s*(.*)$/u.exec(line.text) ??
      // "Job Title<tab>Engineer"; not a table's header ("Position   | Base rate | Premium").
      /^\s*(?:\*\*)?([\p{L}][\p{L}\p{N} ()/'&._-]{0,40}?)(?:\*\*)?(?: {2,})([^\s|].*)$/u.exec(line.raw);
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
      // "Location" may head a list of offices; under "勤務地" or "근무지역", a line with a prefecture, city or district is the place.
      if (LOCATION_LABELS.has(key) && !m && !placeLike(nextLine.text) && (/^[ -\u024f]/.test(key) || !/[都道府県市区郡町村省州시구군도]/.test(nextLine.text))) continue;
      value = nextLine.text;
    }
    labels.push({ key, value, line: i });
  }
  return { lines, labels };
}

function labelKey(label: string): string {
  return squish(lower(label)
    .replace(/\(s\)/g, "s")
    .replace(/[_-]+/g, " ")
    .replace(/[^\p{L}\p{N} /]/gu, ""))
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

export const TITLE_LABELS = words(
  "job title|title|position|position title|role|role title|job role|job position|job name|vacancy|opening|job opening|subject|" +
    "post|post name|designation|job designation|" +
    "open role|open position|new role|contract role|permanent role|job vacancy|vacancy title|" +
    "job|stellenangebot|stellenbezeichnung|stelle|jobtitel|poste|intitule du poste|intitulé du poste|titre du poste|puesto|cargo|titulo|título|" +
    "ruolo|posizione|functie|functietitel|vacature|befattning|tjanst|tjänst|stanowisko|vaga|posição|pozice|pozisyon|募集職種|職種|职位|직무",
);

export const COMPANY_LABELS = words(
  "company|company name|employer|employer name|organization|organisation|organisation name|organization name|hiring company|" +
    "hiring organization|hiring organisation|" +
    "client|end client|hiring for|" +
    "unternehmen|firma|arbeitgeber|entreprise|employeur|empleador|societe|société|empresa|azienda|societa|società|bedrijf|werkgever|" +
    "organisatie|foretag|företag|arbetsgivare|pracodawca|会社名|企業名|회사명|기업명|公司|公司名称",
);

export const LOCATION_LABELS = words(
  "location|locations|job location|job locations|work location|office location|office locations|based in|where|city|town|" +
    "place of work|primary location|work site|standort|standorte|arbeitsort|einsatzort|dienstort|ort|lieu|lieux|" +
    "lieu de travail|localisation|localisation du poste|ubicacion|ubicación|localizacion|localización|lugar de trabajo|sede|" +
    "luogo di lavoro|sede di lavoro|località di lavoro|localita|località|locatie|werklocatie|standplaats|plats|lokalizacja|miejsce pracy|" +
    "arbetsort|arbetsplats|placeringsort|kommun|arbeidssted|arbeidsplass|arbejdssted|sijainti|local|local de trabalho|localização|localidade|cidade|勤務地|근무지|근무지역|근무 위치|工作地点|工作地點|工作地址",
);

export const WORKPLACE_LABELS = words(
  "workplace type|workplace|work type|remote|work model|work arrangement|working model|arbeitsmodell|location type|" +
    "remote work|remote status|work setup|work mode|modalidad|modalite|modalité|telework|job type|remote job|remote eligible|" +
    "remote option|remote position|remote possible|remote working|telework eligible|hires remotely|remote ok|espacio de trabajo",
);

export const URL_LABELS = words(
  "url|link|job url|job link|job posting|posting|apply|apply here|apply at|apply link|application link|source|" +
    "job posting url|posting url|original posting|candidate se|candidatar se|inscreva se|inscrições|postuler|postulez|candidature|" +
    "bewerben|bewerbung|jetzt bewerben|solicitar|postúlate|postulate|aplicar|candidati|candidatura|solliciteer|solliciteren|aplikuj|ansök|ansök här|søk|応募はこちら|応募する",
);

const KNOWN_LABELS = new Set([...TITLE_LABELS, ...COMPANY_LABELS, ...LOCATION_LABELS, ...WORKPLACE_LABELS, ...URL_LABELS]);

export function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const before = u;
    u = u.replace(/[.,;:!?*_'"]+$/, "");
    if (u.endsWith(")") && (u.match(/\(/g) ?? []).length < (u.match(/\)/g) ?? []).length) u = u.slice(0, -1);
    if (u.endsWith("]") && !u.includes("[")) u = u.slice(0, -1);
    if (u === before) return u;
  }
}
