// When an ISO 8601 date or date and time happened, as date-fns parseISO reads it, without its cost
// for the forms notes use (`2024-10-24`, `2024-10-24T12:46:52-04:00`, `2024-10-24 09:30`). Other
// forms go to parseISO itself.
import { parseISO } from "date-fns";

const COMMON = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Milliseconds since the epoch; NaN when the text is not a valid date. */
export function isoTime(text: string): number {
  const m = COMMON.exec(text);
  if (!m) return parseISO(text).getTime();
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hours = m[4] === undefined ? 0 : Number(m[4]);
  const minutes = m[5] === undefined ? 0 : Number(m[5]);
  const seconds = m[6] === undefined ? 0 : Number(m[6]);
  // Years before 100, 24:00 and out-of-range parts are parseISO's to judge.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hours > 23 || minutes > 59 || seconds > 59) {
    return parseISO(text).getTime();
  }
  const zone = m[7];
  if (zone === undefined) return new Date(year, month - 1, day, hours, minutes, seconds).getTime();
  let offset = 0;
  if (zone !== "Z") {
    const zh = Number(zone.slice(1, 3));
    const zm = zone.length > 3 ? Number(zone.slice(-2)) : 0;
    if (zh > 23 || zm > 59) return parseISO(text).getTime();
    offset = (zone[0] === "-" ? -1 : 1) * (zh * 60 + zm) * 60_000;
  }
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) - offset;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
