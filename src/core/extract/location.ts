// Where the job is: labels, the header's places, early lines and phrases such as "based in Berlin".

import { FIRST_WORD_STOP, NOT_NAMES } from "./company";
import { type Doc, LOCATION_LABELS, WORKPLACE_LABELS } from "./doc";
import type { Header } from "./header";
import { SECTION_START } from "./title";
import { CITIES, COUNTRIES, OTHER_REGIONS, US_STATES, US_STATE_NAMES, placeLike, tidyLocation } from "./places";
import { lower } from "../text";

const PLACE_NAME = "[\\p{Lu}][\\p{L}'-]{0,30}(?:\\s(?:[\\p{Lu}][\\p{L}'-]{0,30}|de|del|am|upon|on|sur)){0,3}";

const PLACE = `${PLACE_NAME}(?:,\\s?[\\p{Lu}][\\p{L}'-]{0,30}(?:\\s[\\p{Lu}][\\p{L}'-]{0,30}){0,2})?(?:\\s(?:or|and|&)\\s${PLACE_NAME})?`;

export function findLocation(doc: Doc, header: Header, remote: boolean): string {
  const found: Array<{ value: string; score: number; order: number }> = [];
  let order = 0;
  const add = (raw: string, score: number): void => {
    const value = tidyLocation(raw);
    // "London or remote (UK)": a place offered beside remote work is where the job is, not an office.
    // +4 lifts an early line's 5 to the 9 at which the "a remote job's city is an office" rule stops.
    if (value !== "") found.push({ value, score: score - (value === "Hybrid" || value === "On-site" ? 9 : 0) + (/(?: or|\/) ?remote\b/i.test(raw) && placeLike(value) ? 4 : 0), order: order++ });
  };
  for (const label of doc.labels) {
    if (LOCATION_LABELS.has(label.key)) add(label.value, label.line < 0 ? 12 : 10);
    else if (WORKPLACE_LABELS.has(label.key) && /\bremote\b/i.test(label.value)) add(label.value, 5);
  }
  for (const p of header.places) add(p.value, p.score);
  // "📍 Berlin", and early lines that are only a place: "San Francisco, CA", "Remote (US)", "Hybrid - Berlin".
  // A label's own line ("Remote job", then "No") is read as a label, not as a place.
  const labelLines = new Set(doc.labels.map((l) => l.line));
  doc.lines.slice(0, 25).forEach((line, i) => {
    const pin = line.raw.indexOf("📍");
    if (pin >= 0) add(line.raw.slice(pin + 2).replace(/^[\s:]+/, ""), 9);
    else if (i !== header.titleLine && !labelLines.has(i) && line.text.length <= 60 && placeLike(line.text) && !/[.!?]$/.test(line.text) && line.text.split(" ").length <= 12) {
      if (!SECTION_START.test(line.text) || /^(?:remote|hybrid)\b/i.test(line.text)) add(line.text, i < 12 ? 5 : 3);
    }
  });
  const head = doc.head.slice(0, 30_000);
  const prose: Array<[string, number, (m: string) => string]> = [
    [`\\b[Rr]emote\\s+(?:anywhere\\s+)?(?:in|within|from|across)\\s+(?:the\\s+)?(${PLACE})`, 5, (m) => `Remote (${m})`],
    [`\\b(?:[Oo]n-?site|[Oo]nsite|[Ii]n[- ]office|[Hh]ybrid|[Bb]ased|[Ll]ocated)\\s+(?:in|at|from|out of)\\s+(?:our\\s+)?(${PLACE})`, 5, (m) => m],
    [`\\b(?:based|located)(?: out of| in| at)\\s+(?:our\\s+)?(${PLACE})`, 4, (m) => m],
    [`\\b(?:in|from|at) our\\s+(${PLACE})\\s+(?:office|HQ|headquarters|hub|studio|campus)`, 4, (m) => m],
    [`\\b(?:join|joining|in|to) our\\s+(${PLACE})\\s+(?:team|office|hub|studio|engineering team)`, 3, (m) => m],
    [`\\b(?:office|offices|hub|campus|headquarters|HQ) in\\s+(${PLACE})`, 2, (m) => m],
  ];
  for (const [source, score, shape] of prose) {
    let n = 0;
    for (const m of head.matchAll(new RegExp(source, "gu"))) {
      if (n++ > 20) break;
      const place = trimPlace(m[1] ?? "");
      if (place && (placeLike(place) || score >= 4)) add(shape(place), placeLike(place) ? score : score - 2);
    }
  }
  // "in London", for a city the list knows.
  for (const m of head.slice(0, 20_000).matchAll(/\bin (?:the )?([\p{Lu}][\p{L}'-]{1,30}(?: [\p{Lu}][\p{L}'-]{1,30}){0,2})/gu)) {
    const city = (m[1] ?? "").replace(/[.'-]+$/, "");
    if (CITIES.has(lower(city))) add(city, 2);
  }
  // "Austin, TX" or "Lisbon, Portugal" anywhere early.
  let n = 0;
  for (const m of head.slice(0, 8000).matchAll(/\b([\p{Lu}][\p{L}.'-]{1,30}(?:[ -][\p{Lu}][\p{L}.'-]{1,30}){0,3}),\s?([\p{Lu}][\p{L}.]{1,30}(?:\s[\p{Lu}][\p{L}]{1,30}){0,2})(?![\p{L}])/gu)) {
    if (n++ > 200) break;
    const city = m[1] ?? "";
    const region = m[2] ?? "";
    // "IFM + 10 % ICCP, CET à 5 %": a time zone's code is no country here.
    if (US_STATES.has(region) || OTHER_REGIONS.has(region) || (COUNTRIES.has(lower(region)) && region.length > 2 && !/^(?:CES?T|[EP]ST|UTC|GMT)$/.test(region)) || US_STATE_NAMES.has(lower(region))) {
      if (!NOT_NAMES.has(lower(city)) && !FIRST_WORD_STOP.has(lower(city))) add(`${city}, ${region}`, CITIES.has(lower(city)) ? 3 : 2);
    }
  }
  let best: { value: string; score: number; order: number } | null = null;
  for (const f of found) if (!best || f.score > best.score) best = f;
  if (best && best.score > 0) {
    if (remote && !/^remote\b/i.test(best.value) && !/\b(?:hybrid|on-?site)\b/i.test(doc.head.slice(0, 30_000))) {
      // A country or a region is where the remote job may be done from; a city is more likely an office.
      const region = lower(best.value);
      if (COUNTRIES.has(region) || US_STATE_NAMES.has(region)) return `Remote (${best.value})`;
      if (best.score < 9) return "Remote";
    }
    return best.value;
  }
  return remote ? "Remote" : "";
}

function trimPlace(s: string): string {
  const parts = s.split(/\s+/);
  while (parts.length > 0 && /^(?:office|offices|HQ|team|and|or|the)$/i.test(parts[parts.length - 1] ?? "")) parts.pop();
  const t = parts.join(" ").replace(/[,.]+$/, "");
  if (t === "" || NOT_NAMES.has(lower(t)) || FIRST_WORD_STOP.has(lower(parts[0] ?? ""))) return "";
  return t;
}
