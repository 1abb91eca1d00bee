// The words that name a pay period, in the languages the salary parser and the description reader
// know: one table, so that a word added for one is read by both. Each reader decides where a kind
// of word counts: a Salary property is short and all about pay, a pasted description is prose.
import { lower } from "./text";
import { unpackWords } from "./packed-text";
import { entriesOf } from "./objects";

export type SalaryPeriod = "year" | "month" | "week" | "day" | "hour";

function table(groups: Record<SalaryPeriod, string>): ReadonlyMap<string, SalaryPeriod> {
  const map = new Map<string, SalaryPeriod>();
  for (const [period, words] of entriesOf(groups) as Array<[SalaryPeriod, string]>) {
    for (const word of words.split(" ")) if (word !== "") map.set(word, period);
  }
  return map;
}

/** Nouns and their short forms, which name a period after "per", "a", "/", "pro", "par"…: "per month", "pro Monat", "par an", "/hr". */
export const PERIOD_NOUNS = table({
  hour: unpackWords("hour hours hr hrs stunde std heure hora horas ora uur timme godzina godzinę godz hod hodina giờ saat oră"),
  day: unpackWords("day days diem jour día dia giorno dag dzień hari"),
  week: unpackWords("week weeks wk wks woche semaine semana settimana tydzień minggu"),
  month: unpackWords("month months mo mos mth mths monat mois mes mês mese maand måned månad miesiąc mies mc bulan měsíc tháng"),
  year: unpackWords("year years yr yrs annum jahr année año ano anno jaar år rok tahun năm yıl"),
});

/**
 * French "an", German "Tag", Indonesian "jam", Turkish "ay", Romanian "luna", the Nordic short forms and
 * the Chinese and Japanese characters are other words too: they name a period only after "par", "pro",
 * "per", "/", "i", "om"…
 */
export const PERIOD_NOUNS_AFTER_ONLY = table({
  hour: "jam",
  // A shift is a day's work, after "per" or "/" only: "£95 per shift", "$180/shift"; not "$55k night shift".
  day: "tag 天 日 shift",
  week: "周 週",
  // "kr/mån", "NOK/mnd", "DKK/md.", "kr i månaden", "6万元/月": "MD" alone is Maryland, "年" a year's date.
  month: unpackWords("ay lună luna mån mnd md månaden måneden 月"),
  year: "an året 年",
});

/** Words that name a pay period on their own: "monthly", "mensuel", "Stundenlohn", "時給". */
export const PERIOD_ADJECTIVES = table({
  hour: unpackWords("hourly stundenlohn stundensatz stündlich horaire godzinowo hodinově saatlik 時給 时薪 시급"),
  day: unpackWords("daily journalier tagessatz tjm dziennie 日給 日薪 일급"),
  week: unpackWords("weekly wöchentlich hebdomadaire tygodniowo 주급"),
  month: unpackWords(
    "monthly monatlich monatsgehalt mensuel mensuelle mensuels mensual mensuales mensal mensais mensile mensili " +
    "maandelijks månadslön miesięcznie bulanan měsíčně aylık 月給 月薪 月収 每月 薪 월급 월"),
  year: unpackWords(
    "annually yearly annual jährlich jahresgehalt bruttojahresgehalt annuel annuelle anual anuales annuo annuale " +
    "jaarlijks rocznie årslön ročně yıllık 年収 年薪 年俸 每年 연봉"),
});

/**
 * Abbreviations written after an amount with no "per", once dots are dropped: "pcm", "p.a.",
 * "LPA". In prose they are other words too ("5 pm", "Pittsburgh, PA"), so the description reader
 * takes only some of them.
 */
export const PERIOD_ABBREVIATIONS = table({ hour: "ph", day: "pd", week: "pw", month: "pcm pm", year: "pa lpa" });

/** Letters after a slash: "/h", "/d", "/a". */
export const PERIOD_LETTERS = table({ hour: "h", day: "d", week: "w", month: "m", year: "y a" });

/** What may come before a period's word: a slash or a preposition, in the languages above ("/ hr", "per month", "pro Monat", "par an", "al mes"). */
export const PERIOD_PREFIX = String.raw`(\/\s*|(?:per|an?|pro|par|por|je|al|im|za|i|om)\s+|all'\s*)`;

const ANY = new Map([...PERIOD_NOUNS, ...PERIOD_ADJECTIVES, ...PERIOD_ABBREVIATIONS]);

/**
 * The period a word names after a preposition or a slash: `prefix` is what came before it ("/",
 * "per ", "pro ", "par ", "a "). After "a", "an" or "the" only a noun or an adjective counts ("an
 * hour"; not "a PM", "a tag" or "a d"), and a single letter only after a slash ("/h"; not "per a
 * week" or "per m²").
 */
export function periodAfter(prefix: string, word: string): SalaryPeriod | undefined {
  const p = lower(prefix.replace(/\s+/g, ""));
  // "$300 a shift" too, though "shift" alone names no period.
  if (p === "a" || p === "an" || p === "the") return PERIOD_NOUNS.get(word) ?? PERIOD_ADJECTIVES.get(word) ?? (word === "shift" ? "day" : undefined);
  return ANY.get(word) ?? PERIOD_NOUNS_AFTER_ONLY.get(word) ?? (p === "/" ? PERIOD_LETTERS.get(word) : undefined);
}
