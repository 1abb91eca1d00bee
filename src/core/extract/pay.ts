// Pay: the amounts written as money, judged by the words around them; the best candidate goes to parseSalary.

import { PERIOD_ADJECTIVES, PERIOD_NOUNS, PERIOD_NOUNS_AFTER_ONLY, PERIOD_PREFIX, periodAfter } from "../pay-period";
import { CJK, CJK_MULTIPLIERS, CODES_ANY_CASE, CODES_CAPITALS_ONLY, SMALL_UNITS, parseSalary, type Salary, type SalaryPeriod } from "../salary";
import type { Doc } from "./doc";
import { words } from "./words";
import { unpackWords } from "../packed-text";
import { lower, squish, textBefore } from "../text";
import { blank } from "../frontmatter-fields";

/** The salary parser's currency codes, as a pattern. */
const CODES = [...CODES_ANY_CASE, ...CODES_CAPITALS_ONLY].join("|");

const SYMBOLS = "[$€£¥₹₩₽₺₪₱₦฿₫₴]";

/** Currencies in which a month's pay runs to five figures and more: those with a small unit, and the yuan, lira and koruna. */
const HIGH_DENOMINATION = new Set([...SMALL_UNITS, "CNY", "TRY", "CZK"]);


const AMOUNT = new RegExp(
  `(?:(?<pre>(?:US|CA|C|A|AU|NZ|S|SG|HK|R|MX|CDN)?\\$|${SYMBOLS}|(?:${CODES})|Rs\\.?|INR|zł|Rp\\.?|RM|S\\/\\.|S\\/(?= )|R(?=\\s?\\d{1,3}[ ,]\\d{3}))\\s?)?` +
    `(?<num>\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:[,.' ]\\d{3})+|\\d+)(?:[.,](?:\\d{1,2}|[-–](?!\\d)))?(?!\\d)` +
    `(?:\\s?(?<mult>[kK]|mm|MM|[mM]|Mio\\.?|mio\\.?|Mn|mn|[Mm]illions?|[Tt]housand|Tsd\\.?|tsd\\.?|tys\\.?|mil|triệu|T(?=\\s?(?:€|EUR))|TEUR|[Ll]akhs?|LPA|lpa|[Ll]acs?|[Cc]r|[Cc]rores?|bn|[Bb]illion|B)(?![\\p{L}])|(?<lakh>L)(?![\\p{L}])|(?<cjk>[万萬千億亿만천억]{1,2}))?` +
    `(?<plus>\\+)?` +
    `(?:\\s?(?<suf>(?:${SYMBOLS}|(?:${CODES})|[Ee]uros?|[Dd]ollars?|[Pp]ounds?|zł|kr\\.?|Kč|Ft|lei|TL|[Rr]upees?|yen|Fr\\.)(?![\\p{L}])|[円元원]|บาท))?`,
  "gu",
);

/**
 * What may stand between the two ends of a range: "-", "to", "bis", … and a period or currency repeated
 * ("$150K/yr - $200K/yr"), or a short note on the first end ("$225,000 (class of 2023) to $365,000").
 */
const CONNECTOR = new RegExp(
  `^\\s*(?:(?:/\\s*\\p{L}{1,6}\\.?|per\\s+\\p{L}{1,6}|an?\\s+(?:year|hour|month)|${CODES})\\s*)?(?:\\([^()\\n]{1,40}\\)\\s*)?` +
    `(?:-|–|—|−|‒|~|to|and|bis|à|a|au|hasta|até|tot|til|till|until|through|y|e|en|do|och|og|и|до)\\s*(?:(?:${CODES}|zł|kr|Rp\\.?|RM|R)\\s*)?$`,
  "iu",
);

/** The words for a period that may follow an amount in prose; "pm" is left out ("5 pm"), "h" is in ("40 h"). */
const TAIL_PERIOD_WORDS: ReadonlyMap<string, SalaryPeriod> = new Map([
  ...PERIOD_NOUNS,
  // "shift" only as "per shift" (TAIL_TOKEN): "$3 shift differential" is no day's pay.
  ...[...PERIOD_NOUNS_AFTER_ONLY].filter(([w]) => w !== "shift"),
  ...PERIOD_ADJECTIVES,
  ["pa", "year"],
  ["ph", "hour"],
  ["pcm", "month"],
  ["h", "hour"],
  ["tim", "hour"], // "165 kr/tim"
  // parseSalary reads these as half a month's or twice a week's pay.
  ["biweekly", "week"],
  ["bi-weekly", "week"],
  ["fortnightly", "week"],
  ["semi-monthly", "month"],
]);

/** TAIL_PERIOD_WORDS as alternatives of a pattern, longest first. */
const TAIL_PERIOD_PATTERN = [...TAIL_PERIOD_WORDS.keys()].sort((a, b) => b.length - a.length).join("|");

const TAIL_TOKEN = new RegExp(
  `\\s*(?:(?<word>(?:per|an?|\\/)\\s?shift|p\\.\\s?a\\.|p\\.a|p\\/a|p\\.\\s?m\\.|OTE|CTC|DOE|` +
    `\\(\\+\\s?vat\\)|\\+\\s?vat|gross|brutto|bruto|brut|brutos|brutas|lordo|lordi|net|netto|neto|netos|líquidos?|liquidos?|base|basic|` +
    `${TAIL_PERIOD_PATTERN}|netti|brutto\\/jahr|${CODES}|euros?|dollars?|pounds?|kr)(?![\\p{L}\\p{N}])|[/(),|]|(?:per|a|an|pro|par|por|al|all'|im|je|the|de)(?![\\p{L}\\p{N}])|l['’])`,
  "iuy",
);

const UNITS = words(
  "hours|hrs|years|yrs|days|weeks|months|people|persons|employees|staff|engineers|developers|members|users|customers|" +
    "clients|countries|offices|locations|cities|languages|teams|companies|businesses|brands|merchants|students|patients|" +
    "minutes|mins|min|seconds|sec|miles|km|kg|lbs|percent|x|times|stars|reviews|applicants|projects|products|apps|gb|tb|" +
    "ms|requests|transactions|downloads|installs|visitors|listings|orders|vehicles|cars|seats|sq|ft|hires|jobs|roles|" +
    "positions|markets|partners|million|billion|bn|stores|shops|restaurants|hospitals|schools|universities|sites|servers|" +
    "nodes|repos|repositories|lines|days'|weeks'|year|yr|cpm|cents",
);

/** The words that name pay; "!" after one: a strong sign that the amount is the salary. */
const MARKED_PAY =
  "salary!|salaries!|compensation!|comp|pay|pays|base!|basic!|range|wage!|wages!|rate|ote|earnings|earn|remuneration|" +
  "package|ctc|tc|gehalt!|jahresgehalt!|bruttojahresgehalt!|monatsgehalt|vergütung|verguetung|lohn|stundenlohn|" +
  "salaire!|rémunération|rémunéré|rémunérée|sueldo!|salario!|salarial|salário|remuneração|stipendio!|retribuzione|" +
  "ral!|salaris!|loon|lön|lønn|løn|palkka|wynagrodzenie|pensja|mzda|plat|fizetés|maaş|lương|thu nhập";
const PAY_WORDS = MARKED_PAY.replace(/!/g, "");
/** Chinese, Japanese and Korean pay words, read inside longer words: "想定年収600万円". */
const CJK_PAY_WORDS = "給与|年収|月給|時給|薪资|年薪|月薪|报酬|報酬|연봉|월급|시급|급여";

const STRONG_PAY = new Set(MARKED_PAY.match(/[^|!]+(?=!)/g));

const NOT_PAY_WORDS = unpackWords(
  "bonus|bonuses|signing|sign-on|relocation|relo|allowance|allowances|reimburse|reimbursed|tips|tip|gratuity|gratuities|" +
  "propinas|pourboires|trinkgeld|min wage|minimum wage|mindestlohn|salaire minimum|salario mínimo|" +
  "reimbursement|reimbursements|match|matching|equity|stock|stocks|rsu|rsus|options|shares|funding|funded|raised|raise|" +
  "series|valuation|revenue|revenues|arr|gmv|investment|invested|investors|investor|customers|users|donation|donations|" +
  "grant|grants|prize|award|credit|credits|insurance|coverage|contribution|contributions|hsa|fsa|wellness|gym|internet|" +
  "equipment|learning|education|tuition|conference|conferences|referral|worth|assets|aum|spend|spending|loan|loans|fee|" +
  "fees|cost|costs|price|prices|pricing|quota|deal|deals|retirement|pension|commission|commissions|discount|discounts|" +
  "books|hardware|gear|coaching|therapy|childcare|commuter|transit|" +
  "subsidy|subsidies|perks|perk|stipends|home|office|coworking|401k|lunch|meals|fund|funds|capital|backed|round|" +
  "profit|profits|sales|market|cap|parental|leave|vacation|travel|phone|mobile|laptop|development|training|" +
  // Vietnamese: allowance, bonus, revenue.
  "hỗ trợ|phụ cấp|thưởng|doanh thu",
);

const PAY_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${PAY_WORDS})(?![\\p{L}\\p{N}])|(${CJK_PAY_WORDS})`, "giu");

/** Allowances, overtime pay, bonuses and referral rewards in Chinese, Japanese and Korean. */
const CJK_NOT_PAY_WORDS = "手当|残業代|賞与|交通費|補助|ボーナス|奖金|补贴|津贴|수당|상여|보너스|보상금|추천인|지원자|합격자|자기계발비";
const NOT_PAY_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${NOT_PAY_WORDS})(?![\\p{L}\\p{N}])|(${CJK_NOT_PAY_WORDS})`, "giu");

/** "from" or "up to" before an amount, as a word of its own: not the "od" of "period" or the "da" of "Canada". */
const LIMIT_BEFORE =
  /(?:^|[^\p{L}])((?:up to|upto|from|starting at|starting from|starts at|at least|minimum|min\.?|maximum|max\.?|bis zu|ab|à partir de|jusqu'à|hasta|até|desde|a partir de|fino a|da|od|от|від|fra|från|around|approx\.?|approximately|~)\s*)$/iu;

const CURRENCY_MARK = new RegExp(
  `${SYMBOLS}|(?:^|[^\\p{L}])(?:${CODES})(?![\\p{L}])|(?:^|[^\\p{L}])(?:euros?|dollars?|pounds?|zł|kč|lei|rupees?|lakhs?|lpa|crores?|บาท)(?![\\p{L}])|Ft(?![\\p{L}])|TL(?![\\p{L}])`,
  "iu",
);

interface Amount {
  start: number; // with its currency prefix
  end: number;
  numStart: number;
  value: number; // rough: for plausibility only (parseSalary reads the real numbers)
  currency: boolean;
  grouped: boolean;
  mult: string;
  plus: boolean;
}

/** Amounts judged before the search gives up: a real posting has a handful, not thousands. */
const MAX_PAY_CANDIDATES = 3000;

interface PayCandidate {
  start: number;
  end: number;
  score: number;
  salary: Salary;
  /** Whether the period was written with the pay or around it, rather than assumed. */
  periodSaid: boolean;
}

export function findSalary(doc: Doc, defaultCurrency: string): Salary | null {
  const p = doc.plain;
  let best: PayCandidate | null = null;
  let lineStart = 0;
  const recent: string[] = []; // the last few short lines: headings like "Compensation"
  const budget = { left: MAX_PAY_CANDIDATES };
  const said: PayCandidate[] = [];
  while (lineStart <= p.length && budget.left > 0) {
    let lineEnd = p.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = p.length;
    // Very long lines are read in pieces, so that one 5 MB line costs no more than many short ones.
    for (let from = lineStart; from < lineEnd; from += 4000) {
      const to = Math.min(lineEnd, from + 4000);
      const line = p.slice(from, to);
      if (/\d/.test(line)) {
        for (const c of payCandidates(doc, line, from, recent, defaultCurrency, budget)) {
          if (!best || c.score > best.score) best = c;
          if (c.periodSaid && said.length < 50) said.push(c);
        }
      }
      if (to - from <= 80 && !blank(line)) {
        recent.push(line);
        if (recent.length > 3) recent.shift();
      } else if (!blank(line)) {
        recent.length = 0;
      }
    }
    if (lineEnd === lineStart && lineEnd >= p.length) break;
    lineStart = lineEnd + 1;
  }
  if (!best) return null;
  // "Basic salary S$4,200 - S$5,200" under "S$4,200 - S$5,200 monthly": the same pay, whose period is said once.
  const pay = best.salary;
  const same = best.periodSaid ? undefined : said.find((c) => c.salary.min === pay.min && c.salary.max === pay.max && c.salary.currency === pay.currency);
  return same ? { ...pay, period: same.salary.period } : pay;
}

function readAmounts(line: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (const m of line.matchAll(AMOUNT)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const num = g.num ?? "";
    const numStart = line.indexOf(num, start);
    const pre = g.pre ?? "";
    // Q4, IR35, H1B; but Chinese, Japanese and Korean write no space before a number ("想定年収600万円").
    if (pre === "" && numStart > 0 && /[\p{L}\p{N}_]/u.test(line.charAt(numStart - 1)) && !CJK.test(line.charAt(numStart - 1))) continue;
    if (pre !== "" && start > 0 && /\p{L}/u.test(line.charAt(start - 1))) continue;
    const mult = g.mult ?? g.lakh ?? g.cjk ?? "";
    // "18-28 Lacs P.A.": lakhs and crores are rupees, whatever else is written.
    const rupees = /^(?:l|lakhs?|lacs?|lpa|cr|crores?)$/i.test(mult);
    const digits = num.replace(/\D/g, "");
    let value = Number(digits.slice(0, 15)) || 0;
    const m1 = lower(mult);
    if (m1 === "k" || m1 === "mil" || m1.startsWith("thousand") || m1.startsWith("tsd")) value *= 1000;
    else if (g.cjk !== undefined) for (const c of g.cjk) value *= CJK_MULTIPLIERS.get(c) ?? 1; // "700万円", "4천만원"
    else if (m1 !== "") value *= 100_000;
    out.push({
      start,
      end: start + m[0].length,
      numStart,
      value,
      currency: pre !== "" || (g.suf ?? "") !== "" || rupees,
      grouped: /[,.' ]\d{3}$/.test(num),
      mult,
      plus: (g.plus ?? "") !== "",
    });
  }
  return out;
}

function payCandidates(
  doc: Doc,
  line: string,
  offset: number,
  recent: readonly string[],
  defaultCurrency: string,
  budget: { left: number },
): PayCandidate[] {
  const amounts = readAmounts(line);
  const out: PayCandidate[] = [];
  for (let i = 0; i < amounts.length && budget.left-- > 0; i++) {
    const a = amounts[i];
    if (!a) continue;
    let b: Amount | null = null;
    // A number inside a note on the first end ("(class of 2023)") is passed over.
    let next = i + 1;
    while (amounts[next] && /^\s*\([^()]*$/.test(line.slice(a.end, amounts[next]?.start))) next++;
    const nextAmount = amounts[next];
    if (nextAmount && CONNECTOR.test(line.slice(a.end, nextAmount.start))) {
      b = nextAmount;
      i = next;
    }
    const c = judgePay(doc, line, offset, a, b, recent, defaultCurrency);
    if (c) out.push(c);
  }
  return out;
}

function isYear(a: Amount): boolean {
  return !a.currency && a.mult === "" && !a.grouped && a.value >= 1900 && a.value <= 2100;
}

function judgePay(
  doc: Doc,
  line: string,
  offset: number,
  a: Amount,
  b: Amount | null,
  recent: readonly string[],
  defaultCurrency: string,
): PayCandidate | null {
  const last = b ?? a;
  const coreEnd = last.end;
  const rest = line.slice(coreEnd);
  if (/^\s*(?:%|percent|prozent|pour ?cent)/i.test(rest)) return null;
  if (isYear(a) || (b && isYear(b))) return null;
  const firstWord = lower(/^\s*([\p{L}%']+)/u.exec(rest)?.[1] ?? "");
  if (UNITS.has(firstWord) && !/^\s*(?:year|yr)\b/i.test(rest)) return null;

  // What follows: period, currency, "gross", "base".
  let tailEnd = coreEnd;
  let hasPeriodTail = false;
  // "OTE £60,000 (£35,000 base)", "£35k base, £70k OTE": the amount said to be the base is the salary.
  let baseTail = 0;
  let apart = false;
  let hourly = false;
  TAIL_TOKEN.lastIndex = coreEnd;
  for (let guard = 0; guard < 12; guard++) {
    const m = TAIL_TOKEN.exec(line);
    if (!m) break;
    const word = m.groups?.word;
    // Past a comma or a bar, "OTE" or "base" is the next amount's: "£30k, OTE £55k" is a base, written without it.
    if (apart && word && /^(?:ote|bas(?:e|ic))$/i.test(word)) break;
    if (word) {
      tailEnd = TAIL_TOKEN.lastIndex;
      // "£28,000 basic" names the base, as a pay word would; "£13.10 per hour basic, rising to £14.60" only an hourly rate's start.
      baseTail = /^bas(?:e|ic)$/i.test(word) && !hourly ? 6 : /^ote$/i.test(word) ? -6 : baseTail;
      const period = TAIL_PERIOD_WORDS.get(lower(word));
      hourly ||= period === "hour";
      if (period || /^p\.|shift$/i.test(word)) hasPeriodTail = true;
    } else apart ||= /[,(|]/.test(m[0]);
  }
  if (/^\s*\/\s*\p{L}/u.test(line.slice(coreEnd))) hasPeriodTail = hasPeriodTail || tailEnd > coreEnd;
  // After a pay with its period, a dash between spaces parts a line of terms: "$19.50/hr - Sign-On
  // Bonus" is the pay, then a perk (while "$3,000 - Sign-On Bonus" is the bonus).
  const afterWords = lower(line.slice(tailEnd, tailEnd + 80).split(hasPeriodTail ? /[,;.()+|:&•·]|\s(?:and|plus|with|or|und|et|[-–—])\s/i : /[,;.()+|:&•·]|\s(?:and|plus|with|or|und|et)\s/i)[0] ?? "")
    .match(/[\p{L}\p{N}]+/gu) ?? [];
  if (afterWords.slice(0, 3).some((w) => NOT_PAY_WORDS_SET.has(w))) return null;

  // What comes before, in the same clause: the nearest pay or not-pay word decides.
  const clauseStart = clauseStartIn(line, a.start);
  const before = line.slice(clauseStart, a.start);
  // "a take-home we pay you $300 for": pay as a verb names no salary.
  const said = lastMatch(PAY_RE, before);
  const verb = said !== null && /^pays?$/.test(said.word) &&
    (/^\P{L}*pays?\s+(?:you|them|us|for|back)\b/iu.test(before.slice(said.index)) || /\b(?:we|they|will|we'll|to)\s*$/i.test(before.slice(0, said.index + 1)));
  const pay = verb ? null : said;
  const notPay = lastMatch(NOT_PAY_RE, before);
  if (notPay && (!pay || notPay.index > pay.index)) return null;
  const headingPay = !pay && recent.some((l) => !/\d/.test(l) && lastMatch(PAY_RE, l) !== null);
  const currency = a.currency || (b?.currency ?? false);
  const range = b !== null;
  const biggest = Math.max(a.value, b?.value ?? 0);
  const mult = lower(a.mult || b?.mult || "");
  // "20-30K·14薪", as Chinese boards show pay: the count of a year's payments marks it.
  if (!currency && !pay && !headingPay && !/^\s*·\s*\d+\s*薪/.test(rest)) return null;
  if (!currency && mult === "" && !a.grouped && biggest < 1000 && !hasPeriodTail) return null;
  if (currency && !range && mult === "" && !a.grouped && biggest < 100 && !hasPeriodTail) return null;
  if (/^(?:m|mm|mio\.?|mn|millions?|bn|billions?|b)$/i.test(mult)) {
    const code = parseSalary(line.slice(a.start, coreEnd), "XXX")?.currency ?? "XXX";
    if (!HIGH_DENOMINATION.has(code)) return null;
  }

  // The pay text: "up to" / "from" before it, the amount(s), and the period or currency after.
  let start = a.start;
  const limit = LIMIT_BEFORE.exec(textBefore(line, a, 24));
  if (limit) start = a.start - (limit[1] ?? "").length;
  let textEnd = tailEnd;
  while (textEnd > coreEnd && /[\s/(,|]/.test(line.charAt(textEnd - 1))) textEnd--;
  const absStart = offset + start;
  let snippet = squish(doc.text.slice(absStart, offset + textEnd)).trim();
  if ((snippet.match(/\(/g) ?? []).length > (snippet.match(/\)/g) ?? []).length && line.charAt(textEnd) === ")") {
    snippet += ")";
  }
  // "$225,000 (class of 2023) to $365,000" is written down without its note, so that it reads back as the range.
  if (b) snippet = snippet.replace(/\s*\([^()]{1,40}\)(?=\s*(?:-|–|—|to\b|and\b|bis\b))/i, "");
  let salary = parseSalary(snippet, defaultCurrency);
  if (!salary || (salary.min === null && salary.max === null)) return null;

  // A period the pay's own words give that parseSalary does not read ("$28,000 - $32,000 Mensual").
  let own = findPeriod(snippet);
  if (own !== null && own !== salary.period && periodFits(own, Math.max(salary.min ?? 0, salary.max ?? 0))) salary = { ...salary, period: own };
  // A period on a line of its own under the pay ("$6,000 to $8,500", then "Monthly"), as job boards lay it out.
  const lineEnd = offset + line.length;
  if (own === null && /^\s*$/.test(line.slice(textEnd))) {
    // Only a period on that line, and no sentence running on under it ("Daily\nstandups at 10am" is not pay per day).
    const [, next = "", after = ""] = /^\n[ \t]*([^\n]{1,30})(?:\n[ \t]*([^\n]*))?/.exec(doc.text.slice(lineEnd, lineEnd + 200)) ?? [];
    const alone = /^(?:per\s+|a\s+|an\s+|\/\s*)?[\p{L}.]+$/u.test(next.trim()) && !/^\p{Ll}/u.test(after.trim());
    const under = alone ? findPeriod(next) : null;
    if (under !== null && periodFits(under, Math.max(salary.min ?? 0, salary.max ?? 0)) && plausible(under, salary)) {
      salary = { ...salary, period: under };
      own = under;
    }
  }
  // A period or currency said only around it: "Monthly salary: 5.000 €", "Pay (hourly): 25-30".
  const needPeriod = own === null;
  let ctxPeriodSaid = false;
  const needCurrency = !CURRENCY_MARK.test(snippet);
  if (needPeriod || needCurrency) {
    const lead = doc.text.slice(offset + clauseStart, absStart).replace(/^[\s\-*+•#>|]+/, "");
    const context = lead + " " + (headingPay ? recent.join(" ") : "");
    const found = needPeriod ? findPeriod(context) : null;
    const ctxPeriod = found && periodFits(found, Math.max(salary.min ?? 0, salary.max ?? 0)) ? found : null;
    ctxPeriodSaid = ctxPeriod !== null;
    const ctxCurrency = needCurrency ? parseSalary(context, "XXX")?.currency ?? "XXX" : "XXX";
    if (ctxPeriod || ctxCurrency !== "XXX") {
      const joined = (lead + snippet).trim();
      const leadHelps = lead.length <= 80 && !/\d/.test(lead) && (findPeriod(lead) !== null || CURRENCY_MARK.test(lead));
      const again = leadHelps ? parseSalary(joined, defaultCurrency) : null;
      const wanted = {
        period: ctxPeriod ?? salary.period,
        currency: ctxCurrency !== "XXX" ? ctxCurrency : salary.currency,
      };
      if (wanted.period === salary.period && wanted.currency === salary.currency) {
        // The words around it say what the amount already says: keep the text short.
      } else if (again && again.min === salary.min && again.max === salary.max && again.period === wanted.period && again.currency === wanted.currency) {
        salary = again;
      } else {
        salary = {
          ...salary,
          period: ctxPeriod ?? salary.period,
          currency: ctxCurrency !== "XXX" ? ctxCurrency : salary.currency,
        };
      }
    }
  }

  // "55K à 65K €" read per hour from a "(F/H)" nearby: a period no pay could have falls back to the year.
  if (!plausible(salary.period, salary) && plausible("year", salary)) salary = { ...salary, period: "year" };

  let score = 0;
  if (pay) score += 6 + (STRONG_PAY.has(pay.word) ? 1 : 0);
  if (headingPay) score += 3;
  if (range) score += 2;
  if (currency) score += 2;
  if (hasPeriodTail) score += 1;
  // An amount said to be the base weighs as a pay word; one said to be OTE, beside a base, loses.
  score += baseTail;
  if (/^\s*[-*•]?\s*(?:\*\*|__)?\s*(?:salary|compensation|pay|base salary|salary range|pay range|gehalt|salaire)\b/i.test(line)) score += 1;
  // "Quillstack | Senior Backend Engineer | REMOTE | Full-time | $150k-$185k": a job's line of terms (Hacker News) states its pay.
  if (!pay && range && currency && (line.match(/\s\|\s/g) ?? []).length >= 3) score += 5;
  return { start: absStart, end: offset + textEnd, score, salary, periodSaid: hasPeriodTail || own !== null || (needPeriod && ctxPeriodSaid) };
}

const NOT_PAY_WORDS_SET = words(NOT_PAY_WORDS);

/** Whether an amount is a believable pay for a period (in any currency): no 90,000 an hour, no 12 a year. */
/** A period that the amount could be paid by: not £32,000 a day or $500 a year (high-denomination currencies aside). */
function plausible(period: SalaryPeriod, salary: Salary): boolean {
  if (HIGH_DENOMINATION.has(salary.currency)) return true;
  const top = Math.max(salary.min ?? 0, salary.max ?? 0);
  const limit: Record<SalaryPeriod, [number, number]> = { hour: [5, 1000], day: [40, 5000], week: [150, 25_000], month: [300, 100_000], year: [5000, 5_000_000] };
  const [low, high] = limit[period];
  return top >= low && top <= high;
}

function periodFits(period: SalaryPeriod, amount: number): boolean {
  if (period === "hour") return amount < 100_000;
  if (period === "year") return amount >= 1000;
  return amount >= 10;
}

function lastMatch(re: RegExp, s: string): { index: number; word: string } | null {
  let found: { index: number; word: string } | null = null;
  re.lastIndex = 0;
  for (const m of s.matchAll(re)) found = { index: m.index ?? 0, word: lower(m[1] ?? m[2] ?? "") };
  return found;
}

/** Where the clause holding `index` starts: after the last ". ", "; ", "! " or "? " (not "p.a." or "e.g."). */
function clauseStartIn(line: string, index: number): number {
  const from = Math.max(0, index - 140);
  let start = from;
  const part = line.slice(from, index);
  for (const m of part.matchAll(/[.;!?](?:\s+|$)/g)) {
    const at = m.index ?? 0;
    let w = at;
    while (w > 0 && at - w < 12 && !/\s/.test(part.charAt(w - 1))) w--;
    const word = part.slice(w, at + 1);
    if (/^(?:p\.a|e\.g|i\.e|approx|ca|inc|etc|incl|min|max|vs|no|nr|st|mr|ms|dr)\.$/i.test(word)) continue;
    start = from + at + m[0].length;
  }
  return start;
}

/** Words that say a period on their own in prose: "monthly", "mensuel", "p.a."; not a noun ("25 days holiday"). */
const ALONE_IN_PROSE: ReadonlyMap<string, SalaryPeriod> = new Map([...PERIOD_ADJECTIVES, ["pa", "year"], ["p.a", "year"]]);

const PERIOD_PHRASE = new RegExp(`${PERIOD_PREFIX}?([\\p{L}.]+)`, "gu");

/** The pay period a piece of text names: "/hr", "per month", "a year", "p.a." first; a bare "monthly" next. */
function findPeriod(text: string): SalaryPeriod | null {
  const t = lower(text)
    .replace(/p\.\s?a\.|p\/a/g, " per year ")
    .replace(/p\.\s?h\./g, " per hour ")
    // "Day rate: 550 GBP", "TJM : 650 €", "taux journalier"
    .replace(/\b(?:day|daily)[\s-]rates?\b|\btjm\b|\btaux journalier\b/g, " per day ")
    .replace(/\b(?:hour|hourly)[\s-]rates?\b|\btaux horaire\b/g, " per hour ");
  let loose: SalaryPeriod | null = null;
  for (const m of t.matchAll(PERIOD_PHRASE)) {
    const word = (m[2] ?? "").replace(/\.$/, "");
    if (m[1]) {
      const period = periodAfter(m[1], word);
      if (period) return period;
    }
    if (loose === null) loose = ALONE_IN_PROSE.get(word) ?? null;
  }
  return loose;
}
