// Places: the words that name them (cities, countries, states, work modes) and how a place is tidied.

import { cleanInline, EMPLOYMENT_KINDS, titleCaseWords, words } from "./words";
import { lower, squish, upper } from "../text";
import { unpackWords } from "../packed-text";

export const HYBRID_REMOTE = /\bhybrid[\s/-]+remote\b|\bremote[\s/-]+hybrid\b|\b(?:partially|partly|partial)[\s-]+remote\b/gi;


// Canadian provinces, Australian states, and the Brazilian states whose codes are no English word ("Osasco, SP";
// not RN, BA, GO or PR).
export const OTHER_REGIONS = words("AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|NSW|VIC|QLD|TAS|ACT|SP|RJ|MG|RS|DF|PB");

export const COUNTRIES = words(
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

export const CITIES = words(
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

/** How a job is done, not where. */
const MODES = "hybrid|on[- ]?site|in[- ]office|office[- ]based|in[- ]person";
/** A piece that only says how the job is done: "Hybrid (3 days)". */
const MODE_ONLY = new RegExp(`^(?:${MODES})(?: ?\\([^()]*\\))?$`, "i");
const WORK_MODE = new RegExp(`\\b(?:${MODES}|op locatie|vor ort|presencial|in presenza)\\b`, "i");
const MODE_IN_BRACKETS = new RegExp(`\\(\\s*(?:${MODES})[^)]*\\)`, "gi");
const MODE_AFTER = new RegExp(`,\\s*(?:${MODES})$`, "i");
const MODE_WORD = new RegExp(`\\b(?:${MODES})\\b\\s*(?:in|at|from|-|–|—|:|,|\\/)?`, "gi");

/** Whether a short string reads as a place or a work arrangement. */
export function placeLike(s: string): boolean {
  const t = s.trim();
  if (t === "" || t.length > 90) return false;
  // "Remote possible" is an option the job has, not where it is.
  if (/\bremote\b(?! (?:is )?possible)/i.test(t) || WORK_MODE.test(t)) return true;
  // "Austin, TX"; "Laval (QC)" for a province, not "Hooli (CA)" or "Contoso GmbH (DE)".
  const region = /^[\p{Lu}][\p{L}.' -]*(,\s?|\s\()([A-Z]{2,3})(?![\p{L}])/u.exec(t);
  if (region) {
    const code = region[2] ?? "";
    if (OTHER_REGIONS.has(code) || (region[1] !== " (" && (US_STATES.has(code) || COUNTRIES.has(lower(code))))) return true;
  }
  // "8117 S Memorial Dr, Tulsa, OK 74133": an address, ending in its town, state and ZIP code.
  const zip = /, ?[\p{Lu}][\p{L}.' -]*, ?([A-Z]{2}) \d{5}(?:-\d{4})?$/u.exec(t);
  if (zip && US_STATES.has(zip[1] ?? "")) return true;
  // "Sydney NSW", "Surry Hills, Sydney NSW": a place ending in its state's code.
  // Not "Carlton Fields PA" or "Spotify AB", where the letters are a legal form.
  const last = t.split(",").pop()?.trim() ?? "";
  const coded = /^([\p{Lu}][\p{L}.' -]*)\s([A-Z]{2,3})$/u.exec(last);
  if (coded && (US_STATES.has(coded[2] ?? "") || OTHER_REGIONS.has(coded[2] ?? "")) && (t.includes(",") || CITIES.has(lower(coded[1] ?? "")))) return true;
  // "İstanbul" lowercases with a combining dot.
  const parts = lower(t)
    .replace(/\u0307/g, "")
    .split(/\s*[,/()|·;]\s*|\s+[-–—]\s+|\s+or\s+|\s+and\s+/)
    .map((p) => p.replace(POSTCODE, ""))
    .filter((p) => p !== "");
  return parts.length > 0 && parts.some((p) => COUNTRIES.has(p) || CITIES.has(p) || US_STATE_NAMES.has(p) || CITIES.has(cityOfDistrict(p)));
}

/** A postcode before or after a city: "Bristol BS3 4AQ", "London EC3", "10115 Berlin", "1012 AB Amsterdam", "Toronto M5V 2T6". */
const POSTCODE = /^(?:\d{4,5}|\d{4}\s?[a-z]{2}|\d{2}-\d{3}|\d{3}\s\d{2})\s+(?=\p{L})|\s+(?:[a-z]{1,2}\d[a-z\d]?(?:\s?\d[a-z]{2})?|[a-z]\d[a-z]\s?\d[a-z]\d|\d{4,6}|\d{4}\s?[a-z]{2})$/u;

/** The city of "Sydney CBD", "Greater Manchester", "Downtown Toronto", "Leeds city centre"; "" for other text. */
function cityOfDistrict(part: string): string {
  return (
    /^(.+?)\s+(?:cbd|city cent(?:re|er)|metro(?: area)?|metropolitan area|area|region|downtown)$/.exec(part)?.[1] ??
    /^(?:downtown|greater|central|inner|metro)\s+(.+)$/.exec(part)?.[1] ??
    ""
  );
}

export const STATE_CODES = new Map<string, string>(
  unpackWords(
    "alabama AL|alaska AK|arizona AZ|arkansas AR|california CA|colorado CO|connecticut CT|delaware DE|florida FL|" +
    "georgia GA|hawaii HI|idaho ID|illinois IL|indiana IN|iowa IA|kansas KS|kentucky KY|louisiana LA|maine ME|" +
    "maryland MD|massachusetts MA|michigan MI|minnesota MN|mississippi MS|missouri MO|montana MT|nebraska NE|nevada NV|" +
    "new hampshire NH|new jersey NJ|new mexico NM|new york NY|north carolina NC|north dakota ND|ohio OH|oklahoma OK|" +
    "oregon OR|pennsylvania PA|rhode island RI|south carolina SC|south dakota SD|tennessee TN|texas TX|utah UT|" +
    "vermont VT|virginia VA|washington WA|west virginia WV|wisconsin WI|wyoming WY|district of columbia DC",
  )
    .split("|")
    .map((pair): [string, string] => [pair.slice(0, -3), pair.slice(-2)]),
);

/** The states' codes, DC's and Puerto Rico's. */
export const US_STATES: ReadonlySet<string> = new Set([...STATE_CODES.values(), "PR"]);

/** State names (not those also a city's, as "New York" and "Washington" are), Canadian provinces and Bavaria. */
export const US_STATE_NAMES = words(
  [...STATE_CODES.keys()].filter((name) => !/^(?:new york|washington|district)/.test(name)).join("|") + "|ontario|quebec|british columbia|alberta|bavaria|bayern",
);

/** A location as a person writes it in the note: "Berlin, Germany", "New York, NY", "Remote (US)", "Remote". */
export function tidyLocation(raw: string): string {
  // "Bengaluru( HSR Layout )" (Naukri): brackets spaced as prose spaces them.
  let s = cleanInline(raw).replace(/📍/g, " ").replace(/^(?:job\s+)?locations?\s*:?\s+(?=\S)/i, "").replace(/(\S)\(\s*/g, "$1 (").replace(/\s+\)/g, ")");
  if (/^(?:op locatie|in persoon|vor ort|presencial|presencialmente|in presenza|di persona|in person|sur site|présentiel)$/i.test(s.trim())) return "On-site"; // how, in other languages, not where
  // A Japanese or Chinese street address: its prefecture, city and ward ("東京都千代田区神田錦町3-20" is
  // 東京都千代田区), or its city and district ("广州市白云区太和镇大源北路88号" is 广州市白云区).
  // A list of places ("東京都、大阪府") stays whole; a note in brackets is no list.
  if (!/[、,・/]/.test(s.replace(/[（(][^）)]*[）)]/g, ""))) s = s.replace(/^((?:東京都|北海道|(?:京都|大阪)府|\p{sc=Han}{2,3}県)(?:\p{sc=Han}{1,5}?[市郡])?(?:\p{sc=Han}{1,4}?[区町村])?|\p{sc=Han}{2,4}市(?:\p{sc=Han}{1,4}?区)?)\S*(?: \S*)*$/u, "$1");
  // "US-IL-Chicago" (iCIMS, Taleo): country, state and city in one code.
  const coded = /^([A-Z]{2})-([A-Z]{2,3})-([\p{L}][\p{L} .'-]*)$/u.exec(s.trim());
  if (coded) s = `${coded[3] ?? ""}, ${coded[2] ?? ""}`;
  // "Kingsmead Hospital, Oxford Road, Newbury, RG14 1XX": an address's town, without its building,
  // street or postcode. Not "London EC3 – hybrid, 1 day a week on site, rest remote", which says how the job is done.
  const arrangement = /\b(?:remote|hybrid|on[- ]?site|in[- ]office|days?|weeks?)\b/i.test(s);
  // A postcode is where the letters go, not the place: "Leeds, LS1 4DY, United Kingdom", "Bristol BS1
  // 6QH (hybrid)", "Toronto, ON M5V 2T6", "Amsterdam, 1017 AB", "1017 AB Amsterdam".
  const fields = s.split(/\s*,\s*/);
  const bare = fields.map((p) => p.replace(POSTCODE_IN, "").trim());
  const at = bare.findIndex((p, i) => p !== fields[i]?.trim());
  let start = 0;
  if (!arrangement && (fields.length > 2 || at >= 0)) {
    while (start < fields.length - 1 && ADDRESS_PART.test(bare[start] ?? "")) start++;
    // After a street, the town stands with its postcode or just before it: "14 King Street, Covent
    // Garden, London, WC2E 8HN, UK" is in London; "Hunslet, Leeds LS10 1AB" keeps its district.
    if (start > 0 && at > 0) start = Math.max(start, /^(?:[A-Z]{2,3})?$/.test(bare[at] ?? "") ? at - 1 : at);
  }
  s = bare.slice(start).filter((p) => p !== "").join(", ");
  // A ";" inside brackets ("Austin, TX (on-site; relocation offered)") does not end the place.
  const guarded = s.replace(/\([^()]*\)/g, (m) => m.replace(/;/g, "\ue001"));
  // "Hybrid (3 days) · Berlin": a first piece that only says how the job is done is followed by where.
  const segments = guarded.split(/\s+[·•|]\s+|;|\t|\s{3,}|,?\s+but\s/);
  s = (segments[segments.length > 1 && MODE_ONLY.test(segments[0] ?? "") ? 1 : 0] ?? "").replace(/\ue001/g, ";");
  // "(3 days/week in office)", "(75)": how and where exactly, not the place.
  s = s.replace(/\(([^()]*)\)/g, (m, inner: string) =>
    /\bremote\b/i.test(inner) || !/\d|hybrid|on-?site|office|\bdays?\b|\bweek/i.test(inner) ? m : ` ${(WORK_MODE.exec(inner)?.[0] ?? "").replace(/.+/, "($&)")} `,
  );
  // "Remote (US) or New York, NY", "London / Remote (UK)": the first of the choices.
  const topLevel = s.replace(/\([^()]*\)/g, (m) => m.replace(/\s/g, "\ue000")); // spaces in brackets do not split
  const choices = topLevel.split(/\s+or\s+|\s+\/\s+/).map((c) => c.replace(/\ue000/g, " "));
  if (choices.length > 1 && /\bremote\b/i.test(s)) s = choices[0] ?? s;
  if (/^(?:anywhere|worldwide|global(?:ly)?|work from anywhere|anywhere in the world)$/i.test(s.trim())) return "Remote";
  s = s.replace(/\(\s*\d+\s*\)/g, " ").replace(/\s+\d{4,6}(?:-\d{4})?\s*$/, "").replace(/^\d{4,6}\s+(?=\p{L})/u, "");
  // "London EC3", "Leeds LS1": a British postcode's district, not part of the town's name.
  s = s.replace(/(\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)?)\s+[A-Z]{1,2}\d[A-Z\d]?(?:\s?\d[A-Z]{2})?(?=\s*(?:$|[-–—,(|/]))/gu, (m, town: string) =>
    CITIES.has(lower(town)) ? town : m,
  );
  // "TORONTO / ENGINEERING – MOBILE / FULL-TIME / HYBRID", "Paris - CDI - Télétravail partiel": keep the place.
  const pieces = s.split(/\s+[/–—-]\s+/).map((p) => p.trim()).filter((p) => p !== "");
  // A piece that says the job is remote keeps the whole; one that says "hybrid …, rest remote" does not.
  if (pieces.length > 1 && !pieces.some((p) => /\bremote\b/i.test(p) && !WORK_MODE.test(p))) {
    // "Manchester, hybrid - 1 day a week on site": a piece is a place once its work mode is left out.
    const places = pieces.map((p) => p.replace(MODE_AFTER, "")).filter((p) => placeLike(p) && !WORK_MODE.test(p));
    // "ENGINEERING", "IT OPS": a department in capitals, as a board writes it (case matters: "Reading" is a town).
    const rest = pieces.filter((p) => !EMPLOYMENT.test(p) && !/^\p{Lu}+ ?\p{Lu}*$/u.test(p) && !WORK_MODE.test(p) && !/télétravail|teletrabajo|homeoffice/i.test(p));
    const kept = places.length > 0 ? places : rest.slice(0, 1);
    if (kept.length > 0) s = kept.join(", ");
  }
  // "Manchester city centre", "Denver City Center": the town; not "Jersey City Center" or "Salt Lake City Centre".
  s = s.replace(KIND_AND_AFTER, "").replace(/ (?:city|town) cent(?:re|er)\b/, "").replace(/^(.+?) (?:City|Town) Cent(?:re|er)\b/, (m, town: string) => (CITIES.has(lower(town)) ? town : m));
  s = s.replace(/\s*[(,]?\s*\+\s?\d+\s+(?:more|others?|locations?)\)?.*$/i, "");
  s = s.replace(/\s*\b(?:and|\+)\s+\d+\s+more\b.*$/i, "");
  s = squish(s).replace(/^[\s,;:\-–—|]+|[\s,;:\-–—|.]+$/g, "").trim();
  if (s === "" || !/\p{L}/u.test(s)) return "";

  s = s.replace(HYBRID_REMOTE, "hybrid");
  if (/\bremote\b/i.test(s) && !WORK_MODE.test(s.replace(/\b(?:or|\/)\s*hybrid\b|\bhybrid\s*(?:or|\/)/gi, ""))) {
    let region = squish(s
      .replace(/\b(?:fully|completely|entirely|totally|permanently|remote[- ]first|remote[- ]friendly)\b|\b100\s?%/gi, " ")
      .replace(/\bremote\b/gi, " ")
      .replace(/\b(?:in|within|from|across|only|based|the|possible|ok|okay|or hybrid|hybrid)\b/gi, " ")
      .replace(/[()[\]]/g, " "))
      .replace(/^[\s,;:\-–—/|]+|[\s,;:\-–—/|.]+$/g, "")
      .trim();
    if (/^(?:global|worldwide|anywhere|world|everywhere|international)$/i.test(region)) region = "";
    if (region.length > 40) region = "";
    return region === "" ? "Remote" : `Remote (${region})`;
  }
  // Hybrid and on-site are how, not where: keep the place.
  const place = closeBracket(
    squish(s
      .replace(MODE_IN_BRACKETS, " ")
      .replace(MODE_WORD, " "))
      .replace(/^[\s,;:\-–—/|(]+|[\s,;:\-–—/|.)]+$/g, "")
      .trim(),
  );
  // "Free parking and a cycle-to-work scheme" (a benefit that said "on-site") is prose, not a place.
  const prose = place.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:de|del|della|di|da|do|dos|la|le|les|upon|on|am|an|im|sur|en|der|den|van|von|y|et|und)$/.test(w));
  if (place === "" || !/^[\p{Lu}\p{Lo}]/u.test(place) || /\d/.test(place) || prose.length >= 2) {
    // "Changi Business Park Central 1, Singapore 486051", "Dublin 2 office": the first city or country
    // the lists know inside it, written with a capital. Not in prose, where a place said better may follow.
    const words = prose.length < 2 ? place.split(/[^\p{L}'-]+/u) : [];
    for (let i = 0; i < words.length; i++) {
      for (const n of [3, 2, 1]) {
        const name = words.slice(i, i + n).join(" ");
        if (/^\p{Lu}\p{Ll}/u.test(name) && (CITIES.has(lower(name)) || COUNTRIES.has(lower(name)))) return name;
      }
    }
    return /hybrid/i.test(s) ? "Hybrid" : WORK_MODE.test(s) ? "On-site" : "";
  }
  let parts = place.split(/\s*,\s*/).filter((p) => p !== "");
  // "Redmond, Washington, United States" → "Redmond, WA"; "Munich, Bavaria, Germany" → "Munich, Germany".
  const [city = "", region = "", country = ""] = parts;
  if (parts.length === 3 && COUNTRIES.has(lower(country))) {
    const code = STATE_CODES.get(lower(region)) ?? (US_STATES.has(region) ? region : "");
    const inUs = /^(?:united states(?: of america)?|usa|us|u\.s\.a?\.?)$/i.test(country);
    parts = inUs && code !== "" ? [city, code] : [city, country];
  }
  const kept: string[] = [];
  for (const p of parts) if (lower(kept[kept.length - 1] ?? "") !== lower(p)) kept.push(p);
  const out = kept.map((p) => (p.length > 3 && p === upper(p) ? titleCaseWords(p) : p)).join(", ");
  if (out.length > 80 || out.split(" ").length > 10) return "";
  return out;
}

/**
 * In one comma-separated piece: a whole British or Canadian postcode, a Dutch one alone or before
 * the town ("2316 SE Belmont St" is a house number and a direction), or a ZIP code after a state.
 */
const POSTCODE_IN = /\s*\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b|^\d{4}\s?[A-Z]{2}$|^\d{4}\s?(?!NE|NW|SE|SW)[A-Z]{2}\s+(?=\p{Lu})|\s+\d{5}(?:-\d{4})?$/gu;

 /** A building or a street, before the town in an address. */
const ADDRESS_PART = /\d|\b(?:road|rd|street|avenue|ave|lane|drive|way|boulevard|blvd|hospital|house|building|centre|center|campus|floor|suite|unit|site|estate|plaza|tower|lodge|court|manor|mill|works|yard|wharf|quay|depot|clinic|surgery|practice|school|college|hotel|home)\b/i;

/** "Berlin (Mitte": the tidying above strips a closing bracket at the end; give back one a "(" still needs. */
function closeBracket(place: string): string {
  const opened = place.split("(").length - place.split(")").length;
  return opened > 0 ? place + ")" : place;
}

const KIND_AND_AFTER = new RegExp(`[,\\-–(]?\\s*\\b(?:${EMPLOYMENT_KINDS})\\b.*$`, "i");

const EMPLOYMENT = new RegExp(
  `^(?:${EMPLOYMENT_KINDS}|contractor|intern|cdi|cdd|stage|alternance|vollzeit|teilzeit|festanstellung|befristet|unbefristet|tiempo completo|jornada completa|indefinido|engineering|product|design|sales|marketing|operations|mobile)$`,
  "iu",
);
