// Salary: reads the free text people write in a posting's `Salary` frontmatter ("$80k - $210k",
// "9,500 EUR / month", "up to 150k") into numbers, and formats those numbers back for a reader.

import { unpackWords } from "./packed-text";
import { PERIOD_ABBREVIATIONS, PERIOD_ADJECTIVES, PERIOD_LETTERS, PERIOD_NOUNS, PERIOD_PREFIX, periodAfter, type SalaryPeriod } from "./pay-period";
import { lower, textAfter, textBefore, upper } from "./text";
import { isArray, isString } from "./is";
import { entriesOf } from "./objects";

export type { SalaryPeriod };

export interface Salary {
  min: number | null;
  max: number | null; // whole units of currency, e.g. 80000
  currency: string; // ISO 4217 code: USD, EUR, GBP, CAD, ...
  period: SalaryPeriod;
  text: string; // the input as written, trimmed (numbers as their string)
}

const MAX_AMOUNT = 1e9;
const MAX_SCAN = 1000; // nobody writes a salary longer than this; the rest of a huge value is ignored

/** `{ EUR: "euro euros" }` → euro→EUR, euros→EUR. A Map, so that words like "constructor" find nothing. */
function wordsTo<T extends string>(groups: Record<T, string>, separator = " "): Map<string, T> {
  const pairs = entriesOf<string>(groups).flatMap(([to, list]) => list.split(separator).map((w): [string, T] => [w, to as T]));
  return new Map(pairs);
}

const SYMBOLS = wordsTo({
  EUR: "€", GBP: "£", JPY: "¥ 円", CNY: "元", INR: "₹", KRW: "₩ 원", RUB: "₽", TRY: "₺", ILS: "₪", PHP: "₱", NGN: "₦", THB: "฿", VND: "₫", UAH: "₴",
});
// Letters before a "$": "CA$90k", "A$120k", "US$ 100,000".
const DOLLAR_PREFIXES = wordsTo({
  USD: "US USD", CAD: "C CA CAD CDN", AUD: "A AU AUD", NZD: "NZ NZD", SGD: "S SG SGD", HKD: "HK HKD", BRL: "R", MXN: "MX",
});
const LOCAL_DOLLARS = new Set(["CAD", "AUD", "NZD", "SGD", "HKD"]);
// Currencies written with a "$": their code beside a bare "$" says which dollar (or peso) it is.
const DOLLAR_CODES = new Set("USD CAD AUD NZD SGD HKD MXN ARS CLP COP TWD".split(" "));
export const CODES_ANY_CASE: ReadonlySet<string> = new Set(
  unpackWords("USD EUR GBP CAD AUD NZD CHF JPY INR SGD HKD SEK NOK DKK PLN CZK HUF BRL MXN ZAR CNY RMB KRW ILS AED BGN").split(" "),
);
// Codes that are also ordinary words ("try", "php") count only when written in capitals.
export const CODES_CAPITALS_ONLY: ReadonlySet<string> = new Set(unpackWords("TRY RON PHP ARS CLP COP PEN IDR MYR THB VND NGN KES EGP PKR UAH RUB ISK TWD SAR").split(" "));

/** A currency code the reader knows, as written: "EUR" or "eur", and "TRY" but not "try". */
export function isCurrencyCode(word: string): boolean {
  return CODES_ANY_CASE.has(upper(word)) || CODES_CAPITALS_ONLY.has(word);
}
// Symbols written in letters, as written: "RM 8,000" (ringgit), "Rp 10.000.000" (rupiah).
// Written as they are: "80,000 (FT)" is full-time, not forints.
const LETTER_SYMBOLS = new Map([["RM", "MYR"], ["Rp", "IDR"], ["Ft", "HUF"], ["TL", "TRY"]]);
const LETTER_SYMBOLS_LOWER = new Set([...LETTER_SYMBOLS.keys()].map((k) => lower(k)));
const CURRENCY_WORDS = wordsTo({
  EUR: "euro euros teur", $: "dollar dollars", GBP: "pound pounds sterling", JPY: "yen", INR: "rupee rupees rs", PLN: "zł", CHF: "franken",
  CZK: "kč", RON: "lei", KR: "kr tkr", THB: "บาท", CNY: "人民币",
});
// "kr" is the krona or the krone: the default currency says which, else the Swedish one.
const KRONOR = new Set(["SEK", "NOK", "DKK", "ISK"]);
const MULTIPLIERS = wordsTo({
  // "55-62 T€" and "55 TEUR" (German), "9–11 tys. zł" (Polish), "35 triệu" and "38tr" (Vietnamese).
  // "R$ 8 mil", "50-60 mil euros": "mil" is a thousand in Spanish and Portuguese.
  1000: unpackWords("k thousand tsd t teur tkr tys rb ribu nghìn ngàn mil"), 1000000: unpackWords("m mm mio mn million millions jt juta triệu tr millones millón milhões milhão"),
  100000: "l lakh lakhs lac lacs lpa", 10000000: "cr crore crores",
});
// Written straight after the digits, and often followed by more letters ("30万円"): read by character.
// Korean too: "5,000만원", "4천만원" (two of them multiply: 4 × 1,000 × 10,000).
export const CJK_MULTIPLIERS: ReadonlyMap<string, number> = new Map(entriesOf({ 千: 1e3, 万: 1e4, 萬: 1e4, 億: 1e8, 亿: 1e8, 천: 1e3, 만: 1e4, 억: 1e8 }));
const isIndianUnit = (word: string): boolean => ["100000", "10000000"].includes(MULTIPLIERS.get(word) ?? ""); // lakh, crore
// The words for a period that a Salary property may hold on their own ("$85 hour", "9,500 EUR month").
const PERIOD_WORDS = new Map([...PERIOD_NOUNS, ...PERIOD_ADJECTIVES, ...PERIOD_ABBREVIATIONS]);
// "to" and "and" in English, German, French, Spanish, Portuguese, Italian, Dutch, Polish and the Nordic languages.
const CONNECTORS = new Set([
  "-", "–", "—", "−", "‒", "~", "～", "〜", "to", "and", "bis", "und", "till", "until", "through", "à", "a", "et", "y", "e", "hasta", "até", "al", "tot",
  "en", "do", "och", "og", "до", "til",
]);
const GAP_FILLER = new Set(["/", ".", ",", "(", ")", ":", "per", "$"]);
// Words around a lone amount that make it a floor ("from 140k", "140k minimum") or a ceiling ("up to 150k").
const LIMITS = wordsTo<"min" | "max">({
  max: unpackWords("max|maximum|upto|up to|under|below|less than|bis zu|until|till|or less|at most|tops|hasta|até"),
  // "à partir de", "a partir de", "desde", Czech, Slovak and Polish "od", Bulgarian "от", Ukrainian "від", Norwegian "fra", Swedish "från", Finnish "alkaen".
  min: unpackWords("from|starting|starting at|starts at|starting from|at least|min|minimum|over|above|more than|upwards of|ab|" +
    "or more|and up|and above|and over|or higher|plus|upwards|partir de|desde|od|от|від|fra|från|alkaen"),
}, "|");
const DISPLAY_SYMBOLS = wordsTo({ $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" });
const PERIOD_LABELS = wordsTo({ yr: "year", mo: "month", wk: "week", day: "day", hr: "hour" });

interface Amount {
  value: number;
  multiplier: number;
  start: number;
  end: number;
  /** Written with a dot, space or apostrophe between its thousands ("55.000", "55 000"), as much of Europe writes them. */
  europeanThousands?: boolean;
}

/** Parses a frontmatter Salary value. null for missing/empty (undefined, null, "", whitespace, empty list). Text with no amount ("Competitive", "DOE", "Negotiable") gives min=max=null but keeps text. Never throws on any input (objects, arrays, cyclic objects, huge strings). */
export function parseSalary(value: unknown, defaultCurrency: string): Salary | null {
  const text = salaryText(value);
  if (text === null) return null;
  const fallback = isString(defaultCurrency) && /^[a-z]{3}$/i.test(defaultCurrency.trim())
    ? upper(defaultCurrency.trim()) : "USD";
  // "5.200,- €", "CHF 5'200.– bis 5'800.–": a dash for no cents.
  const s = text.slice(0, MAX_SCAN).replace(/(\d)[.,][-–](?!\d)/g, "$1");
  const amounts = scanAmounts(s);
  // "40 hours", "8 weeks paid leave", "3-5 years": lengths of time, never the pay; nor is "6 figures".
  const timeless = amounts.filter((a) => !DURATION_AFTER.test(textAfter(s, a, 12)));
  // "$5,000 sign-on bonus; $110k base": a bonus is not the pay, where the text gives the pay too.
  // The end of a range stays ("$100k-$120k bonus eligible").
  const base = timeless.filter((a, i) => !EXTRA_AFTER.test(textAfter(s, a, 24)) || isRangeGap(s.slice(timeless[i - 1]?.end, a.start)));
  const payable = base.length > 0 ? base : timeless;
  const first = firstPay(s, payable);
  const pay = payable.slice(first);
  let [min, max, used] = bounds(s, pay);
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  // Only the pay's own words say its period: "25 days holiday" or "37.5 hours/week" do not.
  const chosen = pay.slice(0, used);
  const others = amounts.filter((a) => !chosen.includes(a));
  const currency = detectCurrency(s, fallback);
  const words = others.length > 0 ? withoutAmounts(s, others, amounts) : s;
  // "$2,400 biweekly" is $1,200 a week; "$3,000 semi-monthly" is $6,000 a month. A period said too
  // is the pay's: "$85,000 per year, paid biweekly" is a year's.
  const stated = detectPeriod(words.replace(TWO_WEEKS, " ").replace(HALF_MONTH, " "));
  const twice = stated !== null ? 1 : TWO_WEEKS.test(words) ? 0.5 : HALF_MONTH.test(words) ? 2 : 1;
  const said = twice === 0.5 ? "week" : twice === 2 ? "month" : stated;
  // "Band 7", "GS-13", "Level 3", "2 rounds", "See posting (3)": a grade or a count, with nothing
  // to say it is pay, is no amount. "45" or "Up to 30" alone still are.
  const head = pay[0];
  let largest = Math.max(min ?? 0, max ?? 0);
  if (said === null && largest < 1000 && head && (GRADE_BEFORE.test(textBefore(s, head, 9)) || COUNT_AFTER.test(s.slice(head.end)))) {
    min = max = null;
    largest = 0;
  }
  const period =
    said ??
    (largest > 0 && largest < 1000 ? "hour" : monthlyByCustom(currency, largest) || monthSized(currency, largest) ? "month" : "year");
  const times = (n: number | null): number | null => (n === null ? null : n * twice);
  return { min: times(min), max: times(max), currency, period, text };
}

const GRADE_BEFORE = /(?:\b(?:band|grade|level|tier|step|gs|scale|rank|round|no)|[#(=])[\s:.#-]*$/i;
const COUNT_AFTER = /^\s*(?:rounds?|openings?|positions?|roles?|people|interviews?)\b/i;

const TWO_WEEKS = /\b(?:bi-?weekly|fortnightly|every (?:two|2|other) weeks?|(?:per|a|each|every) fortnight)\b/i;
const HALF_MONTH = /\b(?:semi-?monthly|twice (?:a|per) month)\b/i;

/**
 * "2.500 € brutto", "$4,800": four figures with no period are a month's pay, which a year's
 * could never be; not in currencies whose unit is small enough for them to be an hour's or a day's.
 */
function monthSized(currency: string, largest: number): boolean {
  return largest >= 1000 && largest < 10_000 && !SMALL_UNITS.has(currency);
}

export const SMALL_UNITS: ReadonlySet<string> = new Set(["JPY", "KRW", "IDR", "VND", "CLP", "COP", "HUF", "ISK", "PKR", "NGN", "KES", "UAH", "RUB", "ARS", "TWD", "INR", "PHP", "THB", "LKR", "MMK", "IRR"]);

/**
 * Where pay is quoted by the month unless said otherwise, and below what a year's pay would be:
 * "20 000 - 26 000 PLN" (Poland), "R$ 4.500" (Brazil), "$28,000 MXN" (Mexico).
 */
const MONTHLY_BY_CUSTOM = new Map(entriesOf({
  PLN: 60_000, BRL: 60_000, MXN: 200_000, ARS: 10_000_000, CLP: 10_000_000, COP: 50_000_000, CNY: 100_000,
  UAH: 300_000, RUB: 1_000_000, TRY: 500_000, CZK: 300_000, RON: 60_000, HUF: 5_000_000,
  IDR: 100_000_000, MYR: 30_000, PHP: 300_000, THB: 300_000, VND: 150_000_000,
}));

function monthlyByCustom(currency: string, largest: number): boolean {
  const ceiling = MONTHLY_BY_CUSTOM.get(currency);
  return ceiling !== undefined && largest > 0 && largest < ceiling;
}

/** The value as text: strings trimmed, numbers as written, a list as a range, an object's parts in order. */
function salaryText(value: unknown): string | null {
  try {
    let text: string | null = null;
    // The same, as JSON text: a clipped page's `{"@type":"MonetaryAmount",…}`.
    if (isString(value)) text = (/^\s*\{/.test(value) && jsonText(value)) || value;
    else if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") text = String(value);
    else if (isArray(value)) text = value.map(scalarText).filter((t) => t !== "").join(" - ");
    else if (typeof value === "object" && value !== null) text = objectText(value as Record<string, unknown>);
    text = text === null ? null : text.trim();
    return text === "" ? null : text;
  } catch {
    return null; // a hostile object (a throwing getter or proxy) is no salary
  }
}

function jsonText(text: string): string | null {
  try {
    return salaryText(JSON.parse(text));
  } catch {
    return null;
  }
}

function scalarText(value: unknown): string {
  if (isString(value)) return value.trim();
  return typeof value === "number" || typeof value === "bigint" ? String(value) : "";
}

/**
 * `{min: 80000, max: 100000, currency: EUR, period: month}` → "80000 - 100000 EUR per month"; also
 * schema.org's MonetaryAmount, which the Web Clipper copies from a job page: `{currency: USD,
 * value: {minValue: 120000, maxValue: 150000, unitText: YEAR}}`.
 */
function objectText(obj: Record<string, unknown>): string | null {
  const pairs = entriesOf(obj);
  for (const [k, v] of entriesOf(obj)) if (lower(k) === "value" && v && typeof v === "object") pairs.push(...entriesOf(v));
  const get = (...names: string[]): string => {
    for (const [k, v] of pairs) if (names.includes(lower(k)) && scalarText(v) !== "") return scalarText(v);
    return "";
  };
  const min = get("min", "minimum", "from", "low", "minvalue");
  const max = get("max", "maximum", "to", "high", "maxvalue");
  const amount = get("amount", "value", "salary");
  const range = min && max ? `${min} - ${max}` : min ? `from ${min}` : max ? `up to ${max}` : amount;
  const currency = get("currency");
  const period = get("period", "per", "unit", "unittext");
  const parts = [range, currency, period ? `per ${period}` : ""].filter((p) => p !== "");
  return parts.length > 0 ? parts.join(" ") : null;
}

/** A Chinese, Japanese or Korean letter: these write no space before a number. */
export const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const words = (s: string): string[] => lower(s).match(/\p{L}+/gu) ?? [];

/** Every number in the text with its k/M/lakh multiplier applied, in order of appearance. */
function scanAmounts(s: string): Amount[] {
  const out: Amount[] = [];
  let i = 0;
  while (i < s.length) {
    if (!isDigit(s[i])) { i++; continue; }
    // A date ("2025-01-01", "2025-01-01T10:00") is no amount: YAML may hand one over as a Salary.
    const date = ISO_DATE.exec(s.slice(i, i + 30));
    if (date && !isDigit(s[i - 1])) {
      i += date[0].length;
      continue;
    }
    const start = i;
    let raw = "";
    for (; i < s.length; i++) {
      const c = s[i] ?? "";
      if (isDigit(c)) raw += c;
      else if ((c === "," || c === ".") && isDigit(s[i + 1])) raw += c;
      // "120 000", "120'000", and "120_000" as a programmer writes it.
      else if (!(" \u00a0\u202f\u2009'’_".includes(c) && isGroupOfThree(s, i + 1))) break;
    }
    let value = readNumber(raw);
    const exponent = /^e[+-]?\d+/i.exec(s.slice(i, i + 24))?.[0]; // "1e400" is junk, not 1 and 400
    if (exponent) {
      value = Number(`${value}${exponent}`);
      for (i += exponent.length; isDigit(s[i]); i++);
    }
    // "401k", "403(b)", "457b": retirement plans, not pay; "$401k" and "€457k" are pay.
    const suffix = raw === "401" ? PLAN_K : raw === "403" || raw === "457" ? PLAN_B : null;
    const plan = suffix && !/[$€£¥₹]\s*$/.test(s.slice(Math.max(0, start - 2), start)) ? suffix.exec(s.slice(i, i + 4)) : null;
    if (plan) {
      i += plan[0].length;
      continue;
    }
    let j = i;
    while (s[j] === " " || s[j] === "\u00a0") j++;
    // "40% bonus" is no amount of money.
    if (s[j] === "%" || s[j] === "\uff05") {
      i = j + 1;
      continue;
    }
    const word = lower(/^\p{L}+/u.exec(s.slice(j, j + 20))?.[0] ?? "");
    let multiplier = 1;
    const known = MULTIPLIERS.get(word);
    const cjk = CJK_MULTIPLIERS.get(s.charAt(j));
    if (cjk !== undefined) {
      multiplier = cjk;
      i = j + 1;
      const more = CJK_MULTIPLIERS.get(s.charAt(i));
      if (more !== undefined && more > cjk) {
        multiplier *= more;
        i++;
      }
    } else if (known !== undefined && (j === i || word !== "l" || !/['’]/.test(s.charAt(j + 1)))) {
      // "8 L" is 8 lakh; "25 € l'heure" is by the hour.
      // "R$ 8 mil" is 8,000; "$1.2 mil", with an English decimal point, 1.2 million.
      multiplier = word === "mil" && raw.includes(".") && !/\.\d{3}$/.test(raw) ? 1e6 : Number(known);
      i = j + word.length;
    } else if (j === i && word.startsWith("k") && isCurrencyWord(word.slice(1))) { // "80kEUR"
      multiplier = 1e3;
      i = j + 1;
    }
    let p = start;
    while (p > 0 && isLetter(s[p - 1])) p--;
    // "IR35", "Q4" and "L5" are names, not money; "USD120k" and "CHF120'000" are money, and so is
    // "月給30万円", as Chinese and Japanese write no space between words and numbers.
    if (p === start || isCurrencyWord(s.slice(p, start)) || CJK.test(s.charAt(start - 1))) {
      const amount: Amount = { value: value * multiplier, multiplier, start, end: i };
      if (/\d[. \u00a0\u202f\u2009'’]\d{3}(?!\d)/.test(raw) || /\d[ \u00a0\u202f\u2009'’]\d{3}/.test(s.slice(start, i))) amount.europeanThousands = true;
      out.push(amount);
    }
  }
  return out;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)/;
const PLAN_K = /^\(?k\)?(?![\p{L}])/iu;
const PLAN_B = /^\(?b\)?(?![\p{L}])/iu;

function isGroupOfThree(s: string, k: number): boolean {
  return isDigit(s[k]) && isDigit(s[k + 1]) && isDigit(s[k + 2]) && !isDigit(s[k + 3]);
}

/** "180,000.00", "55.000", "12,00,000" and "1,5" → 180000, 55000, 1200000, 1.5. */
function readNumber(raw: string): number {
  const comma = raw.lastIndexOf(",");
  const dot = raw.lastIndexOf(".");
  let decimal = comma >= 0 && dot >= 0 ? Math.max(comma, dot) : -1;
  if ((comma >= 0) !== (dot >= 0)) {
    const at = Math.max(comma, dot);
    const separator = raw.charAt(at);
    const once = raw.indexOf(separator) === at;
    if (once && (raw.length - at - 1 !== 3 || /^0+$/.test(raw.slice(0, at)))) decimal = at;
  }
  const whole = (decimal >= 0 ? raw.slice(0, decimal) : raw).replace(/\D/g, "");
  const fraction = decimal >= 0 ? raw.slice(decimal + 1) : "";
  return Number(`${whole || "0"}.${fraction || "0"}`);
}

/** min and max from the first amount, or from the first two when they form a range ("80k - 100k"); and how many amounts that took. */
function bounds(s: string, amounts: Amount[]): [number | null, number | null, number] {
  const a = amounts[0];
  if (!a) return [null, null, 0];
  const b = amounts[1];
  if (b && isRangeGap(s.slice(a.end, b.start), a, b)) {
    const low = rangeLow(a, b);
    const high = rangeHigh(a, b);
    // Ends more than a factor of 1,000 apart are no range ("$1M - 500"): the first amount is the pay.
    if (!(low > 0 && high > 0 && Math.max(low, high) > 1000 * Math.min(low, high))) return [clean(low), clean(high), 2];
  }
  const kind = boundKind(s, a);
  return [kind === "max" ? null : clean(a.value), kind === "min" ? null : clean(a.value), 1];
}

/**
 * "$80-100k": the k of the max belongs to the min too, when that keeps min <= max. So do the
 * thousands of "45-55.000 €": a min under 1,000 before a max in whole thousands is in thousands too.
 */
function rangeLow(a: Amount, b: Amount): number {
  if (a.multiplier === 1 && b.multiplier > 1 && a.value * b.multiplier <= b.value) return a.value * b.multiplier;
  const thousands = a.value * 1000;
  // Not "Grade 12 - £30,000": a comma's thousands leave a small number before them as it is.
  if (b.europeanThousands === true && a.multiplier === 1 && b.multiplier === 1 && a.value >= 1 && a.value < 1000 && Number.isInteger(a.value) && b.value % 1000 === 0 && thousands <= b.value && thousands * 3 >= b.value) return thousands;
  return a.value;
}

/** "$95k - 110": the k of the min belongs to the max too, when that keeps min <= max. */
function rangeHigh(a: Amount, b: Amount): number {
  const high = b.value * a.multiplier;
  return b.multiplier === 1 && a.multiplier > 1 && high >= a.value && high <= 10 * a.value ? high : b.value;
}

/**
 * Where the pay starts among the amounts. Small numbers and years before the first amount written
 * as money are counts, grades or dates, not pay ("Band 6: £35,392", "2 openings, $100k", "2025:
 * $130k"), unless one starts a range ("1-25 Lacs", "0 - 5 LPA") or says a rate ("45 per hour",
 * "85 p.h."), or a pay word comes first ("Rate: 65, $500 referral bonus"). Otherwise the pay is the
 * first amount, as it is when nothing is written as money ("120,000 - 150,000 + 401k").
 */
function firstPay(s: string, amounts: readonly Amount[]): number {
  const money = amounts.findIndex((a) => isMoney(s, a));
  if (money <= 0 || PAY_WORD.test(s.slice(0, amounts[0]?.start ?? 0))) return 0;
  for (let i = 0; i < money; i++) {
    const a = amounts[i] as Amount;
    const next = amounts[i + 1] as Amount;
    // A range's ends are within a factor of 1,000 of each other ("Grade 7 - £51,000" is none); "0 - 5" is "up to 5".
    const range = isRangeGap(s.slice(a.end, next.start), a, next) && (a.value === 0 || rangeLow(a, next) * 1000 >= next.value);
    const year = a.multiplier === 1 && /^(?:19|20)\d\d$/.test(s.slice(a.start, a.end));
    // "Q3 2025 - $130k": a year before the pay starts no range with it.
    if ((a.value >= 100 && !year) || (range && !year) || saysRate(textAfter(s, a, 20))) return 0;
  }
  return money;
}

const PAY_WORD = /\b(?:rate|pay|salary|wage|hourly|daily|base|comp|compensation|stundensatz|tagessatz|gehalt|lohn|salaire|tjm|sueldo|salário)\b/i;
/** Bare words that say a rate after an amount: "45 hourly", "65 pd"; a bare "month" or "days" says a length of time instead. */
const RATE_WORDS = new Set([...PERIOD_ADJECTIVES.keys(), ...PERIOD_ABBREVIATIONS.keys(), "hr", "hrs"]);
const EXTRA_AFTER = /^\s*(?:sign[- ]?on|signing|bonus|relocation|stipend)\b/i;
const DURATION_AFTER = /^\s*(?:hours?|days?|weeks?|months?|years?|yrs|wks|mos|años|jahre|ans|anni|jaar|figures?)\b/i;

/** A rate said right after an amount: "/hr", "p/h", "per day", "pro Stunde", "an hour", "ph", "monthly". */
function saysRate(after: string): boolean {
  const t = lower(after).replace(/\./g, "");
  if (/^\s*p\s*\/\s*[hdwmy]\b/.test(t)) return true;
  const m = /^\s*(\/\s*|(?:per|pro|par|por|an?|je|the)\s+)?(\p{L}+)/u.exec(t);
  if (!m) return false;
  const word = m[2] ?? "";
  if (m[1]) return periodAfter(m[1], word) !== undefined;
  return RATE_WORDS.has(word);
}

/** An amount with a k, M or lakh, or with a currency symbol, code or name just before or after it. */
function isMoney(s: string, a: Amount): boolean {
  if (a.multiplier > 1) return true;
  const before = /(\p{L}+|\S)\s*$/u.exec(textBefore(s, a, 12))?.[1] ?? "";
  const after = /^\s*(\p{L}+|\S)/u.exec(textAfter(s, a, 12))?.[1] ?? "";
  return [before, after].some((t) => t === "$" || SYMBOLS.has(t) || isCurrencyName(t));
}

const CLAUSE_END = /[,;+()|&\n]/;

/**
 * The text with each of `others` blanked, from its digits to the end of its clause or the next
 * amount; but not one that multiplies the pay ("8000 CHF x 13 monthly" is paid monthly).
 */
function withoutAmounts(s: string, others: readonly Amount[], amounts: readonly Amount[]): string {
  // UTF-16 units, as the amounts' positions count them.
  const units = s.split("");
  for (const a of others) {
    // "18K*15" too, and "20-30K·14薪": fifteen and fourteen months' pay a year.
    if (/(?:^|[\s\dk])[x×*]\s*$/i.test(textBefore(s, a, 4)) || /^\s*薪/.test(textAfter(s, a, 2))) continue;
    const next = amounts[amounts.indexOf(a) + 1]?.start ?? s.length;
    let end = a.end;
    while (end < next && !CLAUSE_END.test(units[end] ?? "")) end++;
    for (let k = a.start; k < end; k++) units[k] = " ";
  }
  return units.join("");
}

function clean(value: number): number | null {
  const v = Math.round(Math.abs(value) * 100) / 100;
  return Number.isFinite(v) && v > 0 && v <= MAX_AMOUNT ? v : null;
}

function isRangeGap(gap: string, a?: Amount, b?: Amount): boolean {
  const tokens = lower(gap).match(/\p{L}+|[^\s\p{L}]/gu) ?? [];
  // "A$150,000 – A$170,000": the "A" is the dollar's; "$35,000 a $42,000": the "a" is "to".
  return [true, false].some((prefixFirst) => {
    const pieces = gapWords(tokens, prefixFirst);
    const word = pieces[0] ?? "";
    if (pieces.length !== 1 || !CONNECTORS.has(word)) return false;
    // "en", "do", "och", "og" are also "and" before a count ("€3.500 per maand en 25 vakantiedagen"):
    // "to" only between two amounts of one size, the second the larger.
    if (!WEAK_CONNECTORS.has(word)) return true;
    const low = a === undefined || b === undefined ? 0 : rangeLow(a, b);
    return b !== undefined && low > 0 && b.value >= low && b.value <= 10 * low;
  });
}

const WEAK_CONNECTORS = new Set(["en", "do", "och", "og"]);

/** The words of a gap between two amounts that are neither symbols, periods nor fillers. */
function gapWords(tokens: readonly string[], dollarPrefixFirst: boolean): string[] {
  return tokens.filter((p, i) => {
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (GAP_FILLER.has(p) || SYMBOLS.has(p)) return false;
    if (before === "/" && PERIOD_LETTERS.has(p)) return false; // "€/a"
    if (dollarPrefixFirst && after === "$" && DOLLAR_PREFIXES.has(upper(p))) return false;
    // "a" is "to" in "30.000 a 40.000", but not in "$100k a year - $120k".
    if (CONNECTORS.has(p) && (after === undefined || !PERIOD_WORDS.has(after))) return true;
    if (PERIOD_WORDS.has(p)) return false;
    if (after === "$" && DOLLAR_PREFIXES.has(upper(p))) return false;
    if (CONNECTORS.has(p)) return false;
    // "RM8,000 - RM10,000": between two amounts, a symbol in letters is one whatever its case.
    return !isCurrencyWord(p) && !LETTER_SYMBOLS_LOWER.has(p);
  });
}

function isCurrencyWord(word: string): boolean {
  return isCurrencyName(word) || DOLLAR_PREFIXES.has(upper(word));
}

/** A currency's code or name; not a dollar's prefix letters ("A", "C"), which mean nothing without their "$". */
function isCurrencyName(word: string): boolean {
  return isCurrencyCode(word) || CURRENCY_WORDS.has(lower(word)) || LETTER_SYMBOLS.has(word);
}

/** Whether a lone amount is a floor ("140K+", "from 140k"), a ceiling ("up to 150k") or exact ("£60k"). */
function boundKind(s: string, a: Amount): "min" | "max" | "exact" {
  const before = words(textBefore(s, a, 40));
  while (before.length > 0 && isCurrencyWord(before[before.length - 1] ?? "")) before.pop();
  const rest = s.slice(a.end);
  // "70k+bonus" is the pay plus something else, not a floor ("$200k+ equity" is read as one).
  if ((rest.startsWith("+") && !/^\+(?:bonus|equity|commission|benefits|super|stock|shares|options|rsus?|tips|overtime)\b/i.test(rest)) || rest.trim() === "+") return "min";
  // Only this clause: "£50k, max 20 days travel" is no ceiling.
  const after = words(rest.slice(0, 40).split(/[,;+|&\n]/)[0] ?? "").filter((w) => !isCurrencyWord(w) && !PERIOD_WORDS.has(w) && w !== "per");
  const phrases = [before.slice(-2).join(" "), before[before.length - 1], after.slice(0, 2).join(" "), after[0]];
  for (const phrase of phrases) {
    const limit = LIMITS.get(phrase ?? "");
    if (limit) return limit;
  }
  return "exact";
}

const PERIOD_PHRASE = new RegExp(`${PERIOD_PREFIX}?(\\p{L}+)`, "gu");

/** The period written in the text: "/hr", "per month" and "p.a." are sure signs; a bare "monthly" is taken next. */
function detectPeriod(s: string): SalaryPeriod | null {
  const text = lower(s).replace(/\./g, "");
  let loose: SalaryPeriod | null = null;
  for (const m of text.matchAll(PERIOD_PHRASE)) {
    const word = m[2] ?? "";
    if (m[1]) {
      const period = periodAfter(m[1], word);
      if (period) return period;
    }
    loose = loose ?? PERIOD_WORDS.get(word) ?? null;
  }
  return loose;
}

/** The first currency symbol or code written; else `fallback`. A bare "$" is a local dollar when that is the fallback. */
function detectCurrency(s: string, fallback: string): string {
  let at = Infinity;
  let code = "";
  const found = (index: number, currency: string): void => {
    if (index < at) [at, code] = [index, currency];
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    const symbol = SYMBOLS.get(c);
    const chinese = c === "¥" && (fallback === "CNY" || upper(s.slice(Math.max(0, i - 2), i)) === "CN");
    if (symbol) found(i, chinese ? "CNY" : symbol);
    if (c !== "$") continue;
    let p = i;
    while (p > 0 && isLetter(s[p - 1])) p--;
    const prefix = isDigit(s[p - 1]) ? undefined : DOLLAR_PREFIXES.get(upper(s.slice(p, i)));
    found(prefix ? p : i, prefix ?? "$");
  }
  let indian = false;
  let vietnamese = false;
  let dollarCode = "";
  for (const m of s.matchAll(/\p{L}+/gu)) {
    const index = m.index ?? 0;
    const word = isDigit(s[index - 1]) && /^k./i.test(m[0]) ? m[0].slice(1) : m[0]; // "80kEUR"
    const code = upper(word);
    // Thai runs its words together: "30,000 บาทต่อเดือน" is baht a month.
    const named = CURRENCY_WORDS.get(lower(word)) ?? (word.startsWith("บาท") ? "THB" : undefined);
    const isCode = isCurrencyCode(word);
    // "R 650 000", "R25,000 pm": the rand, written as a letter straight before the amount; "S/ 4,200" the sol.
    const after = s.slice(index + 1, index + 5);
    const lettered = LETTER_SYMBOLS.get(word) ?? (word === "R" && /^ ?\d/.test(after) ? "ZAR" : word === "S" && /^\/(?:\. ?| )\d/.test(after) ? "PEN" : undefined);
    if (isCode) found(index, code === "RMB" ? "CNY" : code);
    else if (named) found(index, named === "KR" ? (KRONOR.has(fallback) ? fallback : "SEK") : named);
    else if (lettered) found(index, lettered);
    if (isCode && dollarCode === "" && DOLLAR_CODES.has(code)) dollarCode = code;
    indian = indian || isIndianUnit(lower(word));
    vietnamese = vietnamese || word === "triệu";
  }
  // "$120,000 CAD": the code says which dollar a bare "$" is.
  if (code === "$" && dollarCode !== "") return dollarCode;
  if (code === "$") return LOCAL_DOLLARS.has(fallback) ? fallback : "USD";
  return code || (indian ? "INR" : vietnamese ? "VND" : fallback);
}

/** For a person: "$80k–$210k / yr", "€55k–€70k / yr", "$85 / hr", "CHF 120k–140k / yr", "up to $150k / yr", "$140k+ / yr", and the raw text when there are no numbers. Thousands as "k" when the value is >= 1000 and a whole number of hundreds (80k, 82.5k), millions as "M"; below 1000 as written with up to 2 decimals. */
export function formatSalary(salary: Salary): string {
  const min = finite(salary.min);
  const max = finite(salary.max);
  if (min === null && max === null) return isString(salary.text) ? salary.text : "";
  const code = isString(salary.currency) ? salary.currency : "";
  const symbol = DISPLAY_SYMBOLS.get(code);
  const money = (n: number): string => (symbol ? `${symbol}${formatAmount(n)}` : code ? `${code} ${formatAmount(n)}` : formatAmount(n));
  const per = ` / ${periodLabel(salary.period)}`;
  if (min !== null && max !== null && min !== max) {
    return `${symbol ? `${money(min)}–${money(max)}` : money(min) + "–" + formatAmount(max)}${per}`;
  }
  if (min !== null && max !== null) return `${money(min)}${per}`;
  return min !== null ? `${money(min)}+${per}` : `up to ${money(max ?? 0)}${per}`;
}

function finite(n: unknown): number | null {
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

function formatAmount(n: number): string {
  const v = Math.round(Math.abs(n) * 100) / 100;
  const short = (x: number, digits: number): string => String(Number(x.toFixed(digits)));
  // Millions keep up to three decimals, so that every whole thousand reads in one unit (₹1.575M, not ₹1575k).
  if (v >= 1e9 && v % 1e6 === 0) return `${short(v / 1e9, 3)}B`;
  if (v >= 1e6 && v % 1e3 === 0) return `${short(v / 1e6, 3)}M`;
  if (v >= 1000 && v % 100 === 0) return `${short(v / 1000, 1)}k`;
  // Cents are written in full: $85.50, not $85.5.
  const [whole = "0", fraction] = v.toFixed(2).split(".");
  return whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction === "00" ? "" : `.${fraction}`);
}

/** The currency a posting pays in: null for no salary, or one with no amount ("Competitive", whose currency is only the default). */
export function paidIn(salary: Salary | null): string | null {
  return salary !== null && (salary.min !== null || salary.max !== null) ? salary.currency : null;
}

/** (min+max)/2, or the one bound present, or null. */
export function salaryMidpoint(salary: Salary): number | null {
  const { min, max } = salary;
  if (min !== null && max !== null) return (min + max) / 2;
  return min ?? max;
}

/** Short period label used by formatSalary: year→"yr", month→"mo", week→"wk", day→"day", hour→"hr". */
export function periodLabel(period: SalaryPeriod): string {
  return PERIOD_LABELS.get(period) ?? "yr"; // "yr" for a value from outside the type
}

/** One amount for a summary, rounded to the nearest hundred above 1,000 so it reads 63.3k, not 63,250. */
export function formatSummaryAmount(amount: number, currency: string): string {
  // Three figures, in the unit formatAmount gives a whole number of: $5.56M, not $5555.6k.
  const step = amount >= 1e9 ? 1e7 : amount >= 1e6 ? 1e4 : 100;
  const rounded = amount >= 1000 ? Math.round(amount / step) * step : amount;
  return formatSalary({ min: rounded, max: rounded, currency, period: "year", text: "" }).replace(/\s*\/\s*\S+$/, "");
}
