// Reads a job description as people paste it (from LinkedIn, Greenhouse, Lever, Workday, Indeed, a careers
// page or an e-mail; Markdown or plain text) into a posting's fields. Pure, and never throws. Each field has a
// module of its own in this folder; they all read one prepared Doc (doc.ts).

import type { Salary } from "../salary";
import { type Doc, prepare } from "./doc";
import { EMPTY_HEADER, readHeader } from "./header";
import { findLocation } from "./location";
import { findRemote, remoteDenied } from "./remote";
import { findSalary } from "./pay";
import { findSkills } from "./skill-matcher";
import { findUrl } from "./url";
import { safely, type ExtractOptions } from "./words";

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
  if (!out.remote && /^remote\b/i.test(out.location)) {
    out.remote = !safely(() => remoteDenied(doc), false);
    // "London - remote-first, but you must live within commuting distance": the place, not "Remote".
    if (!out.remote) out.location = /^remote\s*\((.+)\)$/i.exec(out.location)?.[1] ?? "";
  }
  // A bare "$" in a job in Sydney or Toronto is that country's dollar.
  const salary = out.salary;
  if (salary && salary.currency === "USD" && /\$/.test(salary.text) && !/\bUSD\b|US\$|U\.S\./i.test(salary.text) && !US_PLACE.test(out.location)) {
    const local = LOCAL_DOLLARS.find(([, re]) => re.test(out.location))?.[0];
    if (local !== undefined) out.salary = { ...salary, currency: local };
  }
  return out;
}

const US_PLACE = /\b(?:US|USA|U\.S\.|United States|America)\b/;

/** Where a "$" is not the US dollar, by the places a location names. */
const LOCAL_DOLLARS: ReadonlyArray<[string, RegExp]> = [
  ["AUD", /\b(?:Australia|NSW|VIC|QLD|TAS|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Geelong|Gold Coast)\b/],
  ["CAD", /\b(?:Canada|ON|BC|QC|AB|MB|SK|NS|NB|PE|Toronto|Vancouver|Montr[eé]al|Calgary|Ottawa|Edmonton|Winnipeg|Halifax)\b/],
  ["NZD", /\b(?:New Zealand|Auckland|Wellington|Christchurch)\b/],
  ["SGD", /\bSingapore\b/],
  ["HKD", /\bHong Kong\b/],
  ["MXN", /\b(?:M[eé]xico|CDMX|Guadalajara|Monterrey|Jal\.|N\.L\.)(?![\p{L}])/u],
];
