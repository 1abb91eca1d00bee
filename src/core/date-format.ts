// Dates as text, in the date-fns patterns templates use ({{date:yyyy-MM-dd}}) and the words the
// dashboard shows ("3 days ago"). The plugin's bundle has room for this small subset and not for
// date-fns' format and its locale; tests hold every token here to what date-fns gives.
import { counted } from "./counted";

const MONTHS = "January February March April May June July August September October November December".split(" ");
const DAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" ");

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
}

/** What one run of a pattern letter gives; undefined for a run this subset does not know. */
function token(run: string, d: Date): string | undefined {
  const n = run.length;
  const hours = d.getHours();
  const pm = hours >= 12;
  switch (run[0]) {
    case "y":
      return n === 2 ? pad(d.getFullYear() % 100, 2) : pad(d.getFullYear(), n);
    case "M": {
      const name = MONTHS[d.getMonth()] ?? "";
      return n <= 2 ? pad(d.getMonth() + 1, n) : n === 3 ? name.slice(0, 3) : n === 5 ? name.charAt(0) : name;
    }
    case "E": {
      const name = DAYS[d.getDay()] ?? "";
      return n <= 3 ? name.slice(0, 3) : n === 5 ? name.charAt(0) : n === 6 ? name.slice(0, 2) : name;
    }
    case "d":
      return pad(d.getDate(), n);
    case "H":
      return pad(hours, n);
    case "h":
      return pad(hours % 12 === 0 ? 12 : hours % 12, n);
    case "m":
      return pad(d.getMinutes(), n);
    case "s":
      return pad(d.getSeconds(), n);
    case "a":
      return n <= 2 ? (pm ? "PM" : "AM") : n === 3 ? (pm ? "pm" : "am") : n === 5 ? (pm ? "p" : "a") : pm ? "p.m." : "a.m.";
    case "X":
    case "x": {
      // The offset from UTC: X writes Z for none, x never does.
      const offset = -d.getTimezoneOffset();
      if (offset === 0 && run[0] === "X") return "Z";
      const sign = offset < 0 ? "-" : "+";
      const hh = pad(Math.floor(Math.abs(offset) / 60), 2);
      const mm = pad(Math.abs(offset) % 60, 2);
      if (n === 1) return offset % 60 === 0 ? `${sign}${hh}` : `${sign}${hh}${mm}`;
      return n === 2 || n === 4 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
    }
    default:
      return undefined;
  }
}

/**
 * `date` in a date-fns pattern: y, M, d, do, E, H, h, m, s, a, the zone offset X and x, and text in
 * single quotes ('' is a quote). Throws on a letter outside the subset, as date-fns does on one it
 * does not know.
 */
export function formatDatePattern(date: Date, pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; ) {
    const c = pattern.charAt(i);
    if (c === "'") {
      // Quoted text, where '' is a quote; '' on its own is one too.
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      for (i++; i < pattern.length; i++) {
        if (pattern.charAt(i) !== "'") out += pattern.charAt(i);
        else if (pattern.charAt(i + 1) === "'") out += pattern.charAt(i++);
        else break;
      }
      i++;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    while (pattern.charAt(j) === c) j++;
    const run = pattern.slice(i, j);
    if (c === "d" && pattern.charAt(j) === "o" && run.length === 1) {
      out += ordinal(date.getDate());
      i = j + 1;
      continue;
    }
    const text = token(run, date);
    if (text === undefined) throw new RangeError(`The date pattern letter "${c}" is not one Job Hunt knows.`);
    out += text;
    i = j;
  }
  return out;
}

/** The local calendar day, "2026-11-24". */
export function localDay(date: Date | number): string {
  const d = typeof date === "number" ? new Date(date) : date;
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

const MINUTES_IN_DAY = 1_440;
const MINUTES_IN_MONTH = 43_200;
const MINUTES_IN_YEAR = 525_600;

/**
 * A span in the one unit that suits it, as date-fns' formatDistanceStrict words it ("1 minute",
 * "3 days", "2 months"; twelve months are "1 year"). Days and longer count on the wall clock, so a
 * change to or from summer time adds no hour.
 */
export function spanText(earlier: number, later: number, round: (x: number) => number): string {
  const ms = later - earlier;
  const minutes = ms / 60_000;
  const wall = (ms + (new Date(earlier).getTimezoneOffset() - new Date(later).getTimezoneOffset()) * 60_000) / 60_000;
  let n: number;
  let unit: string;
  if (minutes < 1) [n, unit] = [round(ms / 1_000), "second"];
  else if (minutes < 60) [n, unit] = [round(minutes), "minute"];
  else if (minutes < MINUTES_IN_DAY) [n, unit] = [round(minutes / 60), "hour"];
  else if (wall < MINUTES_IN_MONTH) [n, unit] = [round(wall / MINUTES_IN_DAY), "day"];
  else if (wall < MINUTES_IN_YEAR) {
    n = round(wall / MINUTES_IN_MONTH);
    unit = "month";
    if (n === 12) [n, unit] = [1, "year"];
  } else [n, unit] = [round(wall / MINUTES_IN_YEAR), "year"];
  return counted(n, unit);
}
