// Reads a job description as people paste it (from LinkedIn, Greenhouse, Lever, Workday, Indeed, a careers
// page or an e-mail; Markdown or plain text) into a posting's fields. Pure, and never throws. Each field has a
// module of its own in this folder; they all read one prepared Doc (doc.ts).

import { parseSalary, type Salary } from "../salary";
import { type Doc, prepare } from "./doc";
import { EMPTY_HEADER, readHeader } from "./header";
import { findLocation } from "./location";
import { STATE_CODES, US_STATES } from "./places";
import { findRemote, remoteDenied } from "./remote";
import { hasRole } from "./roles";
import { findSalary } from "./pay";
import { findSkills } from "./skill-matcher";
import { findUrl } from "./url";
import { safely, type ExtractOptions } from "./words";
import { lower } from "../text";
import { isString } from "../is";

export type { ExtractOptions } from "./words";

export interface Extraction {
  company: string; // "" when not found
  title: string; // "" when not found
  skills: string[]; // canonical names (SkillCanon spelling), in order of first appearance, no duplicates
  salary: Salary | null; // from parseSalary on the pay text found; null when the text states no pay
  location: string; // "" when not found; e.g. "Berlin, Germany", "New York, NY", "Remote (US)"
  remote: boolean;
  url: string; // the posting's own link if present, else ""
}

export function extractPosting(text: string, options: ExtractOptions): Extraction {
  const out: Extraction = { company: "", title: "", skills: [], salary: null, location: "", remote: false, url: "" };
  let doc: Doc;
  try {
    doc = prepare(text);
  } catch {
    return out;
  }
  const currency = safely(() => (isString(options.defaultCurrency) ? options.defaultCurrency : "USD"), "USD");
  out.skills = safely(() => findSkills(doc, options), []);
  // A page in Chinese (not Japanese or Korean, which borrow its characters) states pay in yuan: "20-30K·14薪".
  const chinese = /[\u4e00-\u9fff]{4}/.test(doc.plain) && !/[\u3040-\u30ff\uac00-\ud7af]/.test(doc.plain);
  out.salary = safely(() => findSalary(doc, chinese ? "CNY" : currency), null);
  out.url = safely(() => findUrl(doc), "");
  out.remote = safely(() => findRemote(doc), false);
  const header = safely(() => readHeader(doc), EMPTY_HEADER);
  out.company = header.company;
  out.title = header.title;
  // "Customer Service Advisor - Work From Home": a title line that says so (a perk's "- Work from home" does not).
  // The same words leave the title in tidyTitle (title.ts); the two patterns are kept apart for main.js's bytes.
  if (/[-–—|(]\s*(?:work(?:ing)? (?:from|at) home|wfh)\)?$/i.test(doc.lines[header.titleLine]?.text ?? "")) out.remote = true;
  // The company's own name is not a skill of its job ("Stripe" at Stripe, "GitLab" at GitLab).
  if (out.company !== "") {
    const own = safely(() => options.canon.canonical(out.company)?.key ?? "", "");
    if (own !== "") out.skills = out.skills.filter((name) => safely(() => options.canon.canonical(name)?.key ?? "", "") !== own);
    // "Swift" from "Swift Transportation is hiring drivers": a word of the company's name that the text,
    // read again without that name, does not ask for in any spelling ("Golang" at GO-JEK still is Go).
    // The name's first word alone is the name too where it acts as one: "At Swift, we …", "Swift's drivers", "Swift is hiring".
    const inName = (name: string): boolean => /^\w+$/.test(name) && new RegExp(`\\b${name}\\b`, "i").test(out.company);
    if (out.skills.some(inName)) {
      const words = out.company.split(/\W+/);
      const first = words[0];
      // The short name only where it names the company: not "Swift is our main language".
      const named = new RegExp(`\\b${words.join("\\W+")}${first ? `|\\bat ${first}(?=,? (?:we|our)\\b)|\\b${first}(?=['’]s\\b| is (?:hiring|looking|seeking)\\b)` : ""}`, "gi");
      const again = safely(() => findSkills(prepare(text.replace(named, " ")), options), out.skills);
      out.skills = out.skills.filter((name) => !inName(name) || again.includes(name));
    }
  }
  out.location = safely(() => findLocation(doc, header, out.remote), "");
  if (!out.remote && /^remote\b/i.test(out.location)) {
    out.remote = !safely(() => remoteDenied(doc), false);
    // "London - remote-first, but you must live within commuting distance": the place, not "Remote".
    if (!out.remote) out.location = /^remote\s*\((.+)\)$/i.exec(out.location)?.[1] ?? "";
  }
  // "Dental Hygienist - Galway", "Químico Farmacéutico (Arequipa)": the place found for the job is not part of its title.
  const place = out.location.replace(/^remote\s*\((.*)\)$/i, "$1").split(",")[0]?.trim() ?? "";
  const titled = out.title.replace(/\)$/, "");
  if (place.length >= 3 && lower(titled).endsWith(lower(place))) {
    const head = titled.slice(0, titled.length - place.length);
    const rest = head.replace(titled === out.title ? /\s+[–—|-]\s*$/ : /\s*\($/, "");
    if (rest !== head && hasRole(rest)) out.title = rest;
  }
  // A bare "$" in a job in Sydney or Toronto is that country's dollar.
  const salary = out.salary;
  // "Kalgoorlie, WA" is in Australia where the pay comes with super, though Washington's code is WA.
  const aussie = /\bWA$/.test(out.location) && SUPER.test(doc.head);
  if (salary && salary.currency === "USD" && /\$/.test(salary.text) && (aussie || !inUs(out.location)) && !PAID_IN_USD.test(doc.head)) {
    // "$2.800.000": millions set apart with dots are pesos, of the country the text names.
    const pesos = /\$\s?\d{1,3}(?:\.\d{3}){2}/.test(salary.text);
    const local =
      LOCAL_DOLLARS.find(([c, re]) => re.test(out.location) || (pesos && HIGH_DENOMINATION_PESOS.has(c) && re.test(doc.head)))?.[0] ?? DOLLAR_HINTS.find(([, re]) => re.test(doc.head))?.[0];
    // A peso salary of "$4,000 - $5,500" a month is below the minimum wage: that is dollars.
    const tooSmall = local === "MXN" && salary.period !== "hour" && salary.period !== "day" && Math.max(salary.min ?? 0, salary.max ?? 0) < 10_000;
    if (local !== undefined && !tooSmall) {
      // "$2.800.000 líquidos mensuales" is a month's pay in pesos, which no month's pay in dollars could be.
      const period = parseSalary(salary.text, local)?.period ?? salary.period;
      out.salary = { ...salary, currency: local, period: HIGH_DENOMINATION_PESOS.has(local) ? period : salary.period };
    }
  }
  // Pay with no sign: "34 000 kr/månad" is the krona of the language the posting is written in, and
  // "RAL 48-56K" on a page that writes its other amounts in euros only is in euros.
  const pay = out.salary;
  if (pay && !/[$€£¥₹]|\b[A-Z]{3}\b/.test(pay.text)) {
    const kr = /(?:^|[\s\d])kr\b/i.test(pay.text);
    const currency = kr ? KRONOR.find(([, re]) => re.test(doc.head))?.[0] : parseSalary(pay.text, "XXX")?.currency === "XXX" && /€/.test(doc.head) && !/[$£]/.test(doc.head) ? "EUR" : undefined;
    if (currency !== undefined) out.salary = { ...pay, currency };
  }
  // A bare 元 on a page in traditional characters (Taiwan's; Hong Kong writes HK$) is the New Taiwan dollar, not the yuan.
  if (out.salary?.currency === "CNY" && !/RMB|CNY|人民|¥/i.test(out.salary.text) && /[臺灣會經驗]/.test(doc.head)) out.salary = { ...out.salary, currency: "TWD" };
  return out;
}

const HIGH_DENOMINATION_PESOS = new Set(["CLP", "COP", "ARS"]);

/** Words only one Nordic language uses for pay, its period or its country. */
const KRONOR: ReadonlyArray<[string, RegExp]> = [
  ["SEK", /\b(?:månad|månaden|lön|timme|Sverige|svenska)(?![\p{L}])/iu],
  ["NOK", /\b(?:lønn|Norge|norsk)(?![\p{L}])/iu],
  ["DKK", /\b(?:løn|Danmark|dansk)(?![\p{L}])/iu],
];

const SUPER = /(?:\+|\bplus)\s*(?:[\d.]+%\s*)?super(?:annuation)?\b(?![ \t]+\p{L})/iu;

/** A benefit or a name only one country's jobs carry ("+ KiwiSaver", "+ super", a Mexican "S.A. de C.V."). */
const DOLLAR_HINTS: ReadonlyArray<[string, RegExp]> = [
  ["NZD", /\bKiwiSaver\b/i],
  ["CAD", /\bGovernment of Canada\b|\bCanada\.ca\b|\bRRSP\b|\(Qu[eé]bec\)/],
  ["AUD", SUPER],
  ["MXN", /\bS\. ?A\. de C\. ?V\.|\bCDMX\b/],
  // Buenos Aires's own abbreviation and Chile's health insurers; a country's name alone may be one of many a remote job lists.
  ["ARS", /\bCABA\b/],
  ["CLP", /\bIsapre\b/],
];

/** "USD", "paid in US dollars" anywhere in the text: the "$" is the US dollar wherever the job is. */
const PAID_IN_USD = /\bUSD\b|US\$|\bU\.?S\.? dollars?\b/i;

/** A place in the US: "Vancouver, WA", "Melbourne, FL", "Albuquerque, New Mexico", "Remote (US)". */
function inUs(location: string): boolean {
  if (/\b(?:US|USA|U\.S\.A?\.?|United States|America)\b/.test(location)) return true;
  const region = /(?:,\s?|\s)([A-Z]{2})(?:\s+\d{5})?$/.exec(location)?.[1] ?? /,\s?([A-Z]{2})\b/.exec(location)?.[1];
  if (region !== undefined && US_STATES.has(region)) return true;
  return location.split(/\s*[,()]\s*/).some((part) => STATE_CODES.has(lower(part)));
}

/** Where a "$" is not the US dollar: a country, or a state or province written after a comma. */
const LOCAL_DOLLARS: ReadonlyArray<[string, RegExp]> = [
  ["CAD", /\bCanada\b|(?:,\s?|\()(?:ON|BC|QC|AB|MB|SK|NS|NB|PE|NL|Ontario|Qu[eé]bec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick)\b/],
  ["AUD", /\bAustralia\b|(?:,\s?|\s)(?:NSW|VIC|QLD|TAS)$|,\s?(?:New South Wales|Victoria|Queensland|Tasmania|Western Australia|South Australia)\b/],
  ["NZD", /\bNew Zealand\b|\b(?:Auckland|Christchurch|Waikato|Canterbury, NZ|Otago|Bay of Plenty|Hawke's Bay|Taranaki|Manawat[uū])\b/],
  ["SGD", /\bSingapore\b/],
  ["HKD", /\bHong Kong\b/],
  ["CLP", /\bChile\b|\bSantiago\b(?! de (?:Compostela|Quer[eé]taro|los Caballeros))|\bRegi[oó]n (?:de |del |Metropolitana)/],
  ["COP", /\bColombia\b|\bBogot[aá]|\bMedell[ií]n\b/],
  ["ARS", /\bArgentina\b|\bBuenos Aires\b/],
  ["MXN", /^(?!.*\bNew M[eé]xico\b).*\bM[eé]xico\b(?!,\s?MO\b)|\bCDMX\b|,\s?(?:Jal|N\.L|Edo\. Méx)\.?/u],
];
