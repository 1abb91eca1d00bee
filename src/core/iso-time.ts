// When an ISO 8601 date or date and time happened, read as date-fns parseISO reads it, for the
// forms notes use: `2024-10-24`, `2024-10-24 09:30`, `2024-10-24T12:46:52.123-04:00`. Other forms
// (week and ordinal dates, `20241024`, years before 1000) are no date here; a note's own file time
// stands in for them.

/** Milliseconds since the epoch; NaN when the text is not a valid date of those forms. */
export function isoTime(text: string): number {
  // YYYY-MM-DD, then optionally [T ]HH:MM, :SS, a fraction and Z, ±HH, ±HHMM or ±HH:MM: read digit
  // by digit, as every posting's `modified` passes through here on a full load.
  const n = text.length;
  if (n < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  let secondsText = "";
  let zone: number | null = null;
  let ok = n === 10 || n >= 16;
  if (ok && n > 10) {
    const sep = text.charCodeAt(10);
    hours = digits(text, 11, 2);
    minutes = digits(text, 14, 2);
    ok = (sep === 84 /* T */ || sep === 32) && text.charCodeAt(13) === 58 && hours >= 0 && minutes >= 0;
    let at = 16;
    if (ok && at < n && text.charCodeAt(at) === 58) {
      seconds = digits(text, at + 1, 2);
      ok = seconds >= 0 && n >= at + 3;
      at += 3;
      const mark = text.charCodeAt(at);
      if (ok && (mark === 46 /* . */ || mark === 44 /* , */)) {
        let end = at + 1;
        while (end < n && digits(text, end, 1) >= 0) end++;
        if (end > at + 1) secondsText = `${seconds}.${text.slice(at + 1, end)}`;
        at = end;
      }
    }
    if (ok && at < n) {
      zone = zoneOffset(text, at);
      ok = zone !== null;
    }
  }
  // Seconds with a fraction, as parseISO reads them: a float times 1,000, the rest cut off by the Date.
  const exactSeconds = secondsText === "" ? seconds : Number(secondsText);
  const midnight = hours === 24 && minutes === 0 && exactSeconds === 0; // 24:00 ends the day
  if (!ok || year < 1000 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || (hours > 23 && !midnight) || minutes > 59 || seconds > 59) {
    return NaN;
  }
  const utc = daysSinceEpoch(year, month, day) * 86_400_000 + (hours * 3_600_000 + minutes * 60_000 + exactSeconds * 1_000);
  if (zone !== null) return Math.trunc(utc - zone);
  // A time without a zone is on the reader's own clock.
  if (secondsText === "") return new Date(year, month - 1, day, hours, minutes, seconds).getTime();
  // As parseISO: the UTC time cut to whole ms (toward zero, so before 1970 ",9995" reaches the next
  // second), and that date and time read on the reader's clock.
  const cut = new Date(Math.trunc(utc));
  return new Date(cut.getUTCFullYear(), cut.getUTCMonth(), cut.getUTCDate(), cut.getUTCHours(), cut.getUTCMinutes(), cut.getUTCSeconds(), cut.getUTCMilliseconds()).getTime();
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, by arithmetic: what
 * Date.UTC counts, without a call into the engine's date code for every posting.
 */
function daysSinceEpoch(year: number, month: number, day: number): number {
  // Years start in March, so the leap day ends a year; 400 years make 146,097 days.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number written with `count` ASCII digits at `at`; -1 when any is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The offset in ms of a zone that ends the text (Z, ±HH, ±HHMM, ±HH:MM); null for anything else or an hour over 23 or minute over 59. */
function zoneOffset(text: string, at: number): number | null {
  const sign = text.charCodeAt(at);
  const rest = text.length - at - 1;
  if (sign === 90 /* Z */) return rest === 0 ? 0 : null;
  if (sign !== 43 /* + */ && sign !== 45 /* - */) return null;
  const zh = digits(text, at + 1, 2);
  let zm = 0;
  if (rest === 4) zm = digits(text, at + 3, 2);
  else if (rest === 5 && text.charCodeAt(at + 3) === 58) zm = digits(text, at + 4, 2);
  else if (rest !== 2) return null;
  if (zh < 0 || zm < 0 || zh > 23 || zm > 59) return null;
  return (sign === 45 ? -1 : 1) * (zh * 60 + zm) * 60_000;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 31);
}
