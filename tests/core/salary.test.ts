// Salary parsing and formatting, told through the salaries people actually paste into their notes.
import fc from "fast-check";
import { formatSalary, formatSummaryAmount, parseSalary, periodLabel, salaryMidpoint } from "../../src/core/salary";
import type { Salary, SalaryPeriod } from "../../src/core/salary";

type Row = [input: string, min: number | null, max: number | null, currency: string, period: SalaryPeriod];

// As written in postings and notes → what the dashboard reads from it (default currency USD).
const realWorld: Row[] = [
  // Ranges with symbols, codes and every kind of dash
  ["$80k - $210k", 80_000, 210_000, "USD", "year"],
  ["98k - 210k", 98_000, 210_000, "USD", "year"],
  ["$180,000–$230,000 USD", 180_000, 230_000, "USD", "year"],
  ["€55.000 - €70.000", 55_000, 70_000, "EUR", "year"],
  // A dash for no cents: German and Swiss prices.
  ["4.100,- bis 4.600,- € monatlich", 4_100, 4_600, "EUR", "month"],
  ["CHF 6'300.– – 6'900.– pro Monat", 6_300, 6_900, "CHF", "month"],
  ["$120k to $150k", 120_000, 150_000, "USD", "year"],
  ["$80K–$100K", 80_000, 100_000, "USD", "year"],
  ["$80k—$100k", 80_000, 100_000, "USD", "year"],
  ["USD 120,000 - 150,000 per year", 120_000, 150_000, "USD", "year"],
  ["$100k-$120k/yr", 100_000, 120_000, "USD", "year"],
  ["$120,000 - $150,000 + equity", 120_000, 150_000, "USD", "year"],
  ["between $80k and $100k", 80_000, 100_000, "USD", "year"],
  ["80.000 € – 95.000 € brutto/Jahr", 80_000, 95_000, "EUR", "year"],
  ["£50,000 - £60,000 per annum + benefits", 50_000, 60_000, "GBP", "year"],
  ["80k to 100k GBP", 80_000, 100_000, "GBP", "year"],
  ["¥6M - ¥9M", 6_000_000, 9_000_000, "JPY", "year"],
  ["CAD 90k - 110k", 90_000, 110_000, "CAD", "year"],
  ["100k ~ 120k", 100_000, 120_000, "USD", "year"],
  // "to" and "and" in Dutch, Polish and the Nordic languages; a Spanish "a" before a symbol; a dollar's prefix that spells "a"
  ["tussen € 3.200 en € 4.100 bruto per maand", 3_200, 4_100, "EUR", "month"],
  ["od 15 000 do 20 000 zł brutto", 15_000, 20_000, "PLN", "month"],
  ["$35,000 a $42,000 MXN mensuales", 35_000, 42_000, "MXN", "month"],
  ["A$150,000 to A$170,000", 150_000, 170_000, "AUD", "year"],
  ["A$150,000–A$170,000", 150_000, 170_000, "AUD", "year"],
  // The thousands of the max belong to the min: "45-55.000 €"
  ["€ 45-55.000", 45_000, 55_000, "EUR", "year"],
  ["45 - 55.000 €", 45_000, 55_000, "EUR", "year"],
  // "en", "do", "och", "og" are "to" only between two amounts of one size; else a count follows
  ["€3.500 per maand en 25 vakantiedagen", 3_500, 3_500, "EUR", "month"],
  ["Salario: 1.800 € en 14 pagas", 1_800, 1_800, "EUR", "month"],
  ["$90,000 en 2025", 90_000, 90_000, "USD", "year"],
  // A grade before comma thousands is no thousands of its own
  ["Grade 12 - £30,000", 30_000, 30_000, "GBP", "year"],
  // "FT" is full-time, "TL" and "Ft" as written are lira and forints
  ["80,000 (FT)", 80_000, 80_000, "USD", "year"],
  ["450 000 Ft", 450_000, 450_000, "HUF", "month"],
  // Not pay: a year before it, "6 figures"
  ["Q3 2025 - $130k", 130_000, 130_000, "USD", "year"],
  ["6 figures", null, null, "USD", "year"],
  // Thousands and millions, currencies and periods as Central and Eastern Europe, Turkey and Vietnam write them
  ["68–82 T€ brutto", 68_000, 82_000, "EUR", "year"],
  ["55 TEUR", 55_000, 55_000, "EUR", "year"],
  ["9–11 tys. zł brutto / mies.", 9_000, 11_000, "PLN", "month"],
  ["35 000 – 42 000 Kč měsíčně", 35_000, 42_000, "CZK", "month"],
  ["90.000 TL - 120.000 TL net / ay", 90_000, 120_000, "TRY", "month"],
  ["9.000 - 13.000 lei net/lună", 9_000, 13_000, "RON", "month"],
  ["450 000 Ft", 450_000, 450_000, "HUF", "month"],
  ["35 - 45 triệu VND gross/tháng", 35_000_000, 45_000_000, "VND", "month"],
  // The rand: "R" straight before the amount
  ["R 650 000 - R 780 000 per annum", 650_000, 780_000, "ZAR", "year"],
  ["R25,000 pm", 25_000, 25_000, "ZAR", "month"],
  // The sol, "S/" before the amount; the baht and the dong in their own words
  ["S/ 4,200.00 (Mensual)", 4_200, 4_200, "PEN", "month"],
  ["S/. 3 500 mensuales", 3_500, 3_500, "PEN", "month"],
  ["Grade S/12: $80,000", 80_000, 80_000, "USD", "year"],
  ["18,000 - 22,000 บาท", 18_000, 22_000, "THB", "month"],
  ["30,000 บาทต่อเดือน", 30_000, 30_000, "THB", "month"],
  ["12 - 15 triệu/tháng", 12_000_000, 15_000_000, "VND", "month"],
  // The k (or M, or lakh) of the max also belongs to the min
  ["$80-100k", 80_000, 100_000, "USD", "year"],
  ["EUR 60-70k", 60_000, 70_000, "EUR", "year"],
  ["12-15 LPA", 1_200_000, 1_500_000, "INR", "year"],
  ["$80,000 - 100k", 80_000, 100_000, "USD", "year"],
  // Written in reverse
  ["$150k - $120k", 120_000, 150_000, "USD", "year"],
  // Periods after a slash or a preposition, in the languages the parser knows
  ["800 €/Tag", 800, 800, "EUR", "day"],
  ["500-600 € pro Tag", 500, 600, "EUR", "day"],
  ["800 zł dziennie", 800, 800, "PLN", "day"],
  ["60 zł za godzinę", 60, 60, "PLN", "hour"],
  ["1.700 € netti/mese", 1_700, 1_700, "EUR", "month"],
  ["30 000 SEK per år", 30_000, 30_000, "SEK", "year"],
  // Symbols written in letters
  ["RM 8,000", 8_000, 8_000, "MYR", "month"],
  ["RM 96,000 per year", 96_000, 96_000, "MYR", "year"],
  ["Rp 8 - 10 juta per bulan", 8_000_000, 10_000_000, "IDR", "month"],
  ["Rp10jt", 10_000_000, 10_000_000, "IDR", "month"],
  ["IDR 150 juta per tahun", 150_000_000, 150_000_000, "IDR", "year"],
  ["RM8,000 - RM10,000 per month", 8_000, 10_000, "MYR", "month"],
  ["Rp 10.000.000 - Rp 15.000.000", 10_000_000, 15_000_000, "IDR", "month"],
  // A date is no amount (YAML may hand one over as text)
  ["2025-01-01", null, null, "USD", "year"],
  ["2025-01-01T10:00:00Z", null, null, "USD", "year"],
  ["$120k (2025-01-01)", 120_000, 120_000, "USD", "year"],
  // A letter names a period only after a slash
  ["$1,200 per a week", 1_200, 1_200, "USD", "week"],
  ["€30 pro m²", 30, 30, "EUR", "hour"],
  // "tag" alone is an English word, not German for a day
  ["$120k, see the tag", 120_000, 120_000, "USD", "year"],
  // Ends more than a factor of 1,000 apart are no range: the first amount is the pay
  ["$1M - 500", 1_000_000, 1_000_000, "USD", "year"],
  ["120k - 90", 120_000, 120_000, "USD", "year"],
  ["$1,000,000 - 500", 1_000_000, 1_000_000, "USD", "year"],
  // A single amount is both bounds
  ["£60k", 60_000, 60_000, "GBP", "year"],
  ["120000", 120_000, 120_000, "USD", "year"],
  ["$180,000.00", 180_000, 180_000, "USD", "year"],
  // Four figures with no period are a month's pay: no year's pay is that small
  ["1.5k", 1_500, 1_500, "USD", "month"],
  ["€1,5k", 1_500, 1_500, "EUR", "month"],
  ["2.500 € brutto", 2_500, 2_500, "EUR", "month"],
  ["$4,800", 4_800, 4_800, "USD", "month"],
  ["¥5,000", 5_000, 5_000, "JPY", "year"],
  ["$1.2M", 1_200_000, 1_200_000, "USD", "year"],
  ["120 000 €", 120_000, 120_000, "EUR", "year"],
  ["120\u00a0000 €", 120_000, 120_000, "EUR", "year"],
  ["CHF 120'000", 120_000, 120_000, "CHF", "year"],
  ["120_000 - 140_000", 120_000, 140_000, "USD", "year"],
  // Nordic months and kronor, "mil" (a thousand in Spanish and Portuguese), Korean and Chinese units.
  ["55 000 – 65 000 kr/mån", 55_000, 65_000, "SEK", "month"],
  ["45-50 tkr/mån", 45_000, 50_000, "SEK", "month"], // tusen kronor
  // A bonus is not the pay where the text gives the pay too.
  ["$5,000 sign-on bonus; $110k base", 110_000, 110_000, "USD", "year"],
  ["$100k base + $10k bonus", 100_000, 100_000, "USD", "year"],
  ["€45-55k + bonus", 45_000, 55_000, "EUR", "year"],
  ["$15k signing bonus", 15_000, 15_000, "USD", "year"],
  // A bonus after a whole range leaves the range whole.
  ["$100k-$120k plus bonus", 100_000, 120_000, "USD", "year"],
  ["$120,000 - $150,000 bonus eligible", 120_000, 150_000, "USD", "year"],
  ["€45-55k plus bonus", 45_000, 55_000, "EUR", "year"],
  ["£30k - £35k car allowance", 30_000, 35_000, "GBP", "year"],
  ["45 000 NOK/mnd", 45_000, 45_000, "NOK", "month"],
  ["42 000 DKK/md.", 42_000, 42_000, "DKK", "month"],
  ["50 000 kr i månaden", 50_000, 50_000, "SEK", "month"],
  ["650 000 kr", 650_000, 650_000, "SEK", "year"],
  ["R$ 9 mil a R$ 12 mil por mês", 9_000, 12_000, "BRL", "month"],
  ["50-60 mil euros", 50_000, 60_000, "EUR", "year"],
  ["$1.2 mil", 1_200_000, 1_200_000, "USD", "year"],
  ["$95,000 Baltimore, MD", 95_000, 95_000, "USD", "year"],
  ["연봉 5,000만원", 50_000_000, 50_000_000, "KRW", "year"],
  ["연봉 4천만원", 40_000_000, 40_000_000, "KRW", "year"],
  ["월 400만원", 4_000_000, 4_000_000, "KRW", "month"],
  ["6万元/月", 60_000, 60_000, "CNY", "month"],
  ["1千万円", 10_000_000, 10_000_000, "JPY", "year"],
  ["₹12,00,000", 1_200_000, 1_200_000, "INR", "year"],
  ["₹12 LPA", 1_200_000, 1_200_000, "INR", "year"],
  ["12 lakhs", 1_200_000, 1_200_000, "INR", "year"],
  ["INR 18,00,000 per annum", 1_800_000, 1_800_000, "INR", "year"],
  ["¥8,000,000", 8_000_000, 8_000_000, "JPY", "year"],
  ["1 200 000 ₽", 1_200_000, 1_200_000, "RUB", "year"],
  ["15 000 zł brutto", 15_000, 15_000, "PLN", "month"], // quoted by the month in Poland unless said otherwise
  ["-80k", 80_000, 80_000, "USD", "year"],
  ["~$100k", 100_000, 100_000, "USD", "year"],
  ["IR35 £500/day", 500, 500, "GBP", "day"],
  ["$150k base + 401k", 150_000, 150_000, "USD", "year"],
  // Dollars of other countries
  ["CA$90k", 90_000, 90_000, "CAD", "year"],
  ["C$ 90,000", 90_000, 90_000, "CAD", "year"],
  ["A$120k", 120_000, 120_000, "AUD", "year"],
  ["AUD 120k", 120_000, 120_000, "AUD", "year"],
  ["NZ$ 110k", 110_000, 110_000, "NZD", "year"],
  ["S$6,000 per month", 6_000, 6_000, "SGD", "month"],
  ["HK$50k/month", 50_000, 50_000, "HKD", "month"],
  ["US$ 100,000", 100_000, 100_000, "USD", "year"],
  ["R$ 8.000/mês", 8_000, 8_000, "BRL", "month"],
  // Periods
  ["$85/hr", 85, 85, "USD", "hour"],
  ["$85 per hour", 85, 85, "USD", "hour"],
  ["$50/hour", 50, 50, "USD", "hour"],
  ["$40 hourly", 40, 40, "USD", "hour"],
  ["$25.50 - $30.75 an hour", 25.5, 30.75, "USD", "hour"],
  ["$65 - $75 per hour", 65, 75, "USD", "hour"],
  ["$50/hr - $60/hr", 50, 60, "USD", "hour"],
  ["65 - 80", 65, 80, "USD", "hour"],
  ["$400/day", 400, 400, "USD", "day"],
  ["£500 per day", 500, 500, "GBP", "day"],
  ["£400-£450 per day (outside IR35)", 400, 450, "GBP", "day"],
  ["$2,000/week", 2_000, 2_000, "USD", "week"],
  ["$500 a week", 500, 500, "USD", "week"],
  // Paid every two weeks or twice a month: the week's or the month's pay.
  ["$2,400 biweekly", 1_200, 1_200, "USD", "week"],
  ["$2,400 bi-weekly", 1_200, 1_200, "USD", "week"],
  ["$2,000 - $2,400 every two weeks", 1_000, 1_200, "USD", "week"],
  ["£1,500 per fortnight", 750, 750, "GBP", "week"],
  ["$3,000 semi-monthly", 6_000, 6_000, "USD", "month"],
  ["$3,000 twice a month", 6_000, 6_000, "USD", "month"],
  ["$85,000 per year, paid biweekly", 85_000, 85_000, "USD", "year"],
  ["$25/hour, paid bi-weekly", 25, 25, "USD", "hour"],
  ["$60,000 annually, paid semi-monthly", 60_000, 60_000, "USD", "year"],
  // A "+" before what comes with the pay adds to it; alone, it is a floor.
  ["70k+bonus", 70_000, 70_000, "USD", "year"],
  ["$120k+ equity", 120_000, null, "USD", "year"],
  ["$120k+equity", 120_000, 120_000, "USD", "year"],
  ["$140k+ per year", 140_000, null, "USD", "year"],
  // "From" and "up to" in other languages; "от … до" and "fra … til" are ranges.
  ["à partir de 45k€", 45_000, null, "EUR", "year"],
  ["desde $1.150.000", 1_150_000, null, "USD", "year"],
  ["od 1250 €", 1_250, null, "EUR", "month"],
  ["Från 28 500 kr/månad", 28_500, null, "SEK", "month"],
  ["від 2000$", 2_000, null, "USD", "month"],
  ["hasta 50.000 €", null, 50_000, "EUR", "year"],
  ["até R$ 5.000", null, 5_000, "BRL", "month"],
  ["Заплата от 2400 до 3100 BGN Бруто", 2_400, 3_100, "BGN", "month"],
  ["Lønn fra kr 540 000 til kr 615 000 per år", 540_000, 615_000, "SEK", "year"],
  ["9,500 EUR / month", 9_500, 9_500, "EUR", "month"],
  ["€4.500 brutto/Monat", 4_500, 4_500, "EUR", "month"],
  ["USD 8k/month", 8_000, 8_000, "USD", "month"],
  ["5000 monthly", 5_000, 5_000, "USD", "month"],
  ["£3,000 pm", 3_000, 3_000, "GBP", "month"],
  ["120k/year", 120_000, 120_000, "USD", "year"],
  ["£60,000 per annum", 60_000, 60_000, "GBP", "year"],
  ["£45k p.a.", 45_000, 45_000, "GBP", "year"],
  ["90,000 annually", 90_000, 90_000, "USD", "year"],
  // Floors and ceilings
  ["up to 150k", null, 150_000, "USD", "year"],
  ["Up to $150,000", null, 150_000, "USD", "year"],
  ["Up to £70k", null, 70_000, "GBP", "year"],
  ["£70k max", null, 70_000, "GBP", "year"],
  ["140K+", 140_000, null, "USD", "year"],
  ["$140,000 +", 140_000, null, "USD", "year"],
  ["from 140k", 140_000, null, "USD", "year"],
  ["Starting at $90,000", 90_000, null, "USD", "year"],
  ["$90,000 minimum", 90_000, null, "USD", "year"],
  ["ab 60.000 €", 60_000, null, "EUR", "year"],
  ["$0 - $100k", null, 100_000, "USD", "year"],
  // A number that is not the pay, before it: a grade, a count, a share, a length of contract
  ["Band 6: £35,392 - £42,618", 35_392, 42_618, "GBP", "year"],
  ["Grade 7 - £51,000 - £59,000", 51_000, 59_000, "GBP", "year"],
  ["2 openings, $100k-$120k", 100_000, 120_000, "USD", "year"],
  ["Up to 40% bonus, base $150k", 150_000, 150_000, "USD", "year"],
  ["6 month contract, €500 per day", 500, 500, "EUR", "day"],
  ["80 - 100k EUR", 80_000, 100_000, "EUR", "year"],
  ["15-25 USD/hr", 15, 25, "USD", "hour"],
  // ...but the pay stays first when it is a bare number, a range, or a rate
  ["120,000 - 150,000 + 401k", 120_000, 150_000, "USD", "year"],
  ["90000 + 401k match", 90_000, 90_000, "USD", "year"],
  ["100,000 + $10k bonus", 100_000, 100_000, "USD", "year"],
  ["Pay: 45.00 - 55.00 per hour, $500 sign-on bonus", 45, 55, "USD", "hour"],
  ["40 hourly + $5k bonus", 40, 40, "USD", "hour"],
  ["1-25 Lacs P.A.", 100_000, 2_500_000, "INR", "year"],
  ["15 - 200 USD/hour", 15, 200, "USD", "hour"],
  ["8 - 100k EUR", 8_000, 100_000, "EUR", "year"],
  ["85 p.h. + $2k bonus", 85, 85, "USD", "hour"],
  ["45 pro Stunde + 1.000 € Bonus", 45, 45, "EUR", "hour"],
  ["Rate: 65, $500 referral bonus", 65, 65, "USD", "hour"],
  ["0 - 5 LPA", null, 500_000, "INR", "year"],
  ["2025: $130k", 130_000, 130_000, "USD", "year"],
  ["401k, $120k", 120_000, 120_000, "USD", "year"],
  ["$150k + 401(k) match", 150_000, 150_000, "USD", "year"],
  // Lengths of time are never the pay
  ["3 - 5 years experience, $100k", 100_000, 100_000, "USD", "year"],
  ["40 hours, 120000", 120_000, 120_000, "USD", "year"],
  ["$120k/yr - 40 hours", 120_000, 120_000, "USD", "year"],
  ["$120k and 8 weeks paid leave", 120_000, 120_000, "USD", "year"],
  ["A$120k - A$140k", 120_000, 140_000, "AUD", "year"],
  ["$100k a year - $120k a year", 100_000, 120_000, "USD", "year"],
  ["60.000 €/a - 70.000 €/a", 60_000, 70_000, "EUR", "year"],
  // Periods of other things after the pay: hours, holidays, bonuses, stipends
  ["£50k-£60k + 10% bonus + 25 days holiday", 50_000, 60_000, "GBP", "year"],
  ["£35k - £40k, 37.5 hours/week", 35_000, 40_000, "GBP", "year"],
  ["€45k-€55k + 13th month", 45_000, 55_000, "EUR", "year"],
  ["€60k - €70k (hybrid, 3 days per week in office)", 60_000, 70_000, "EUR", "year"],
  ["$75k-$85k, full-time (40 hrs/wk)", 75_000, 85_000, "USD", "year"],
  ["$100k - $120k + 5k/month stipend", 100_000, 120_000, "USD", "year"],
  ["$40 - $45/hr, 20 hours per week", 40, 45, "USD", "hour"],
  ["3 days a week, $500 a day", 500, 500, "USD", "day"],
  ["€3,000 (monthly)", 3_000, 3_000, "EUR", "month"],
  ["8000 CHF x 13 monthly", 8_000, 8_000, "CHF", "month"],
  ["£45k + approx 25 days holiday", 45_000, 45_000, "GBP", "year"],
  ["£50k, max 20 days travel", 50_000, 50_000, "GBP", "year"],
  // A bare $ with its country's code
  ["$120,000 - $140,000 CAD", 120_000, 140_000, "CAD", "year"],
  ["$100k SGD", 100_000, 100_000, "SGD", "year"],
  ["$30,000 MXN", 30_000, 30_000, "MXN", "month"],
  // Day rates, and ranges, in other languages
  ["Day rate: 550 GBP, inside IR35", 550, 550, "GBP", "day"],
  ["TJM : 650 €", 650, 650, "EUR", "day"],
  ["Tagessatz 800 €", 800, 800, "EUR", "day"],
  ["£180 per shift", 180, 180, "GBP", "day"],
  ["$250/shift", 250, 250, "USD", "day"],
  // A shift named without "per" or "/" says no period: a night shift's salary, a shift allowance.
  ["$55k night shift", 55_000, 55_000, "USD", "year"],
  ["£28,000 shift allowance included", 28_000, 28_000, "GBP", "year"],
  ["$25 night shift", 25, 25, "USD", "hour"],
  ["$300 a shift", 300, 300, "USD", "day"],
  ["Zwischen 60.000 und 75.000 € brutto", 60_000, 75_000, "EUR", "year"],
  ["de 45 000 € à 55 000 €", 45_000, 55_000, "EUR", "year"],
  ["entre 45k€ et 55k€", 45_000, 55_000, "EUR", "year"],
  ["de 30.000 a 40.000 €", 30_000, 40_000, "EUR", "year"],
  ["entre R$ 5.000 e R$ 7.000", 5_000, 7_000, "BRL", "month"],
  ["¥500万", 5_000_000, 5_000_000, "JPY", "year"],
  ["月給30万円", 300_000, 300_000, "JPY", "month"],
  ["年収500万～700万円", 5_000_000, 7_000_000, "JPY", "year"],
  // The k of the min belongs to the max too
  ["$95K - 110", 95_000, 110_000, "USD", "year"],
  // Where pay is quoted by the month, an amount below a year's pay is monthly; a said period wins
  ["20 000 - 26 000 PLN", 20_000, 26_000, "PLN", "month"],
  ["180 000 PLN rocznie", 180_000, 180_000, "PLN", "year"],
  ["240 000 PLN", 240_000, 240_000, "PLN", "year"],
  // China quotes pay by the month ("20-30K·14薪": 14 months' pay a year); 年薪 is a year's.
  ["20-30K·14薪 元", 20_000, 30_000, "CNY", "month"],
  ["25-50K 人民币", 25_000, 50_000, "CNY", "month"],
  ["300K 人民币", 300_000, 300_000, "CNY", "year"],
  ["年薪30-50万元", 300_000, 500_000, "CNY", "year"],
  ["$20-30K·14薪", 20_000, 30_000, "USD", "month"],
  ["50-70K 人民币", 50_000, 70_000, "CNY", "month"],
  // Another figure after a middle dot is not the pay's: its period is not the pay's either.
  ["$50 · 40 hours per week", 50, 50, "USD", "hour"],
  ["R$ 8.000 · 13º salário · 30 dias de férias por ano", 8_000, 8_000, "BRL", "month"],
  // Periods written in other languages
  ["$28,000 - $32,000 Mensual", 28_000, 32_000, "USD", "month"],
  ["1.800 € mensuales", 1_800, 1_800, "EUR", "month"],
  ["22 000 – 28 000 PLN / mies.", 22_000, 28_000, "PLN", "month"],
  ["€ 3.800 - € 5.200 per maand", 3_800, 5_200, "EUR", "month"],
  ["€50.000 - €60.000 per jaar", 50_000, 60_000, "EUR", "year"],
  ["45K à 55K € annuel", 45_000, 55_000, "EUR", "year"],
  ["25 € la hora", 25, 25, "EUR", "hour"],
  ["45", 45, 45, "USD", "hour"],
  ["Band 7: $25/hr", 25, 25, "USD", "hour"],
  ["25 € l'heure", 25, 25, "EUR", "hour"],
  ["8 L", 800_000, 800_000, "INR", "year"],
  ["₹ 6-8 L", 600_000, 800_000, "INR", "year"],
  ["12 L per annum", 1_200_000, 1_200_000, "INR", "year"],
  ["480 € par semaine", 480, 480, "EUR", "week"],
  // No amount at all
  ["Competitive", null, null, "USD", "year"],
  ["DOE", null, null, "USD", "year"],
  ["Negotiable", null, null, "USD", "year"],
  ["Competitive salary + equity", null, null, "USD", "year"],
  // A grade or a count, with nothing to say it is pay
  ["Band 7", null, null, "USD", "year"],
  ["GS-13", null, null, "USD", "year"],
  ["Pay grade: 7", null, null, "USD", "year"],
  ["Level 3", null, null, "USD", "year"],
  ["2 rounds", null, null, "USD", "year"],
  ["3 openings", null, null, "USD", "year"],
  ["See posting (3)", null, null, "USD", "year"],
  ["<svg onload=alert(3)>", null, null, "USD", "year"],
  ["$0", null, null, "USD", "year"],
  ["1e400", null, null, "USD", "year"],
  ["NaN", null, null, "USD", "year"],
  ["Infinity", null, null, "USD", "year"],
  ["9999999999", null, null, "USD", "year"],
];

describe("parseSalary on real-world salary text", () => {
  test.each(realWorld)("%s", (input, min, max, currency, period) => {
    expect(parseSalary(input, "USD")).toEqual({ min, max, currency, period, text: input });
  });

  test("keeps the text as written, trimmed", () => {
    expect(parseSalary("  $80k - $210k \n", "USD")?.text).toBe("$80k - $210k");
    expect(parseSalary("Competitive", "USD")?.text).toBe("Competitive");
  });
});

describe("parseSalary on other frontmatter shapes", () => {
  test.each([undefined, null, "", "   ", "\n\t", [], [null, ""], {}, { note: "ask" }, Symbol("x"), () => 1])(
    "no salary: %#",
    (value) => {
      expect(parseSalary(value, "USD")).toBeNull();
    },
  );

  test("a YAML number is the amount as written", () => {
    expect(parseSalary(120000, "USD")).toEqual({ min: 120_000, max: 120_000, currency: "USD", period: "year", text: "120000" });
    expect(parseSalary(85, "EUR")).toMatchObject({ min: 85, max: 85, currency: "EUR", period: "hour", text: "85" });
    expect(parseSalary(-80000, "USD")).toMatchObject({ min: 80_000, max: 80_000 });
  });

  test("junk numbers keep their text but give no amount", () => {
    for (const n of [Number.NaN, Infinity, -Infinity, 0, 1e21]) {
      expect(parseSalary(n, "USD")).toMatchObject({ min: null, max: null, text: String(n) });
    }
  });

  test("a list is a range", () => {
    expect(parseSalary(["80k", "100k"], "USD")).toMatchObject({ min: 80_000, max: 100_000, text: "80k - 100k" });
    expect(parseSalary([90000, 70000], "EUR")).toMatchObject({ min: 70_000, max: 90_000, currency: "EUR" });
    expect(parseSalary(["$120k"], "USD")).toMatchObject({ min: 120_000, max: 120_000 });
  });

  test("an object gives its parts", () => {
    expect(parseSalary({ min: 80000, max: 100000, currency: "EUR" }, "USD")).toEqual({
      min: 80_000, max: 100_000, currency: "EUR", period: "year", text: "80000 - 100000 EUR",
    });
    expect(parseSalary({ Min: "40", Max: "50", Currency: "GBP", Period: "hour" }, "USD")).toMatchObject({
      min: 40, max: 50, currency: "GBP", period: "hour",
    });
    expect(parseSalary({ max: 150000 }, "USD")).toMatchObject({ min: null, max: 150_000 });
    expect(parseSalary({ min: "140k" }, "USD")).toMatchObject({ min: 140_000, max: null });
  });

  test("schema.org's MonetaryAmount, as the Web Clipper copies it from a job page, as YAML or as JSON text", () => {
    const amount = { "@type": "MonetaryAmount", currency: "USD", value: { "@type": "QuantitativeValue", minValue: 120000, maxValue: 150000, unitText: "YEAR" } };
    const expected = { min: 120_000, max: 150_000, currency: "USD", period: "year" };
    expect(parseSalary(amount, "EUR")).toMatchObject(expected);
    expect(parseSalary(JSON.stringify(amount), "EUR")).toMatchObject(expected);
    expect(parseSalary({ currency: "GBP", value: { value: 45, unitText: "HOUR" } }, "USD")).toMatchObject({ min: 45, max: 45, currency: "GBP", period: "hour" });
    // Text in braces that is no JSON is read as text, and kept.
    expect(parseSalary("{about 90k}", "USD")).toMatchObject({ min: 90_000, text: "{about 90k}" });
    expect(parseSalary("{not json}", "USD")).toMatchObject({ min: null, text: "{not json}" });
  });

  test("cyclic objects, hostile objects and huge strings are handled", () => {
    const cyclic: Record<string, unknown> = { currency: "EUR" };
    cyclic.self = cyclic;
    cyclic.min = cyclic;
    expect(parseSalary(cyclic, "USD")).toMatchObject({ min: null, max: null, currency: "EUR" });
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error("no"); } });
    expect(parseSalary(hostile, "USD")).toBeNull();
    const long = "$80k - $100k " + "and more ".repeat(200_000);
    expect(parseSalary(long, "USD")).toMatchObject({ min: 80_000, max: 100_000, text: long.trim() });
    expect(parseSalary("9".repeat(100_000), "USD")).toMatchObject({ min: null, max: null });
  });
});

describe("currency", () => {
  test("a symbol or code in the text wins over the default", () => {
    expect(parseSalary("€60k", "GBP")?.currency).toBe("EUR");
    expect(parseSalary("60k CHF", "EUR")?.currency).toBe("CHF");
    expect(parseSalary("60k", "EUR")?.currency).toBe("EUR");
    expect(parseSalary("60k", "gbp")?.currency).toBe("GBP");
  });

  test("a bare $ is USD, or the default when that is another dollar", () => {
    expect(parseSalary("$120k", "EUR")?.currency).toBe("USD");
    expect(parseSalary("$120k", "CAD")?.currency).toBe("CAD");
    expect(parseSalary("$120k", "AUD")?.currency).toBe("AUD");
    expect(parseSalary("120 dollars", "NZD")?.currency).toBe("NZD");
    expect(parseSalary("US$120k", "CAD")?.currency).toBe("USD");
  });

  test("codes that are also words count only in capitals", () => {
    expect(parseSalary("TRY 50000", "USD")?.currency).toBe("TRY");
    expect(parseSalary("try 50000", "USD")?.currency).toBe("USD");
  });

  test("kr is the krona or krone of the default currency, else the Swedish krona", () => {
    expect(parseSalary("45 000 kr/mnd", "NOK")?.currency).toBe("NOK");
    expect(parseSalary("42.000 kr. om måneden", "DKK")?.currency).toBe("DKK");
    expect(parseSalary("55 000 kr/mån", "EUR")?.currency).toBe("SEK");
  });

  test("an unusable default currency falls back to USD", () => {
    expect(parseSalary("60k", "")?.currency).toBe("USD");
    expect(parseSalary("60k", "dollars")?.currency).toBe("USD");
  });
});

const salary = (min: number | null, max: number | null, currency = "USD", period: SalaryPeriod = "year", text = ""): Salary =>
  ({ min, max, currency, period, text });

describe("formatSalary", () => {
  test.each<[string, Salary]>([
    ["$80k–$210k / yr", salary(80_000, 210_000)],
    ["€55k–€70k / yr", salary(55_000, 70_000, "EUR")],
    ["£60k / yr", salary(60_000, 60_000, "GBP")],
    ["$85 / hr", salary(85, 85, "USD", "hour")],
    ["$85–$95 / hr", salary(85, 95, "USD", "hour")],
    ["$25.50–$30.75 / hr", salary(25.5, 30.75, "USD", "hour")],
    // Cents in full, also under a dollar and above a thousand.
    ["$0.50 / hr", salary(0.5, 0.5, "USD", "hour")],
    ["€1,234.50 / mo", salary(1234.5, 1234.5, "EUR", "month")],
    ["€9.5k / mo", salary(9_500, 9_500, "EUR", "month")],
    ["CHF 120k–140k / yr", salary(120_000, 140_000, "CHF")],
    ["CAD 90k / yr", salary(90_000, 90_000, "CAD")],
    ["up to $150k / yr", salary(null, 150_000)],
    ["$140k+ / yr", salary(140_000, null)],
    ["$82.5k / yr", salary(82_500, 82_500)],
    ["₹1.2M–₹1.5M / yr", salary(1_200_000, 1_500_000, "INR")],
    ["¥8M / yr", salary(8_000_000, 8_000_000, "JPY")],
    ["$1.25M / yr", salary(1_250_000, 1_250_000)],
    // Every whole thousand from a million on reads in millions, never as thousands of k
    ["₹1.35M–₹1.575M / yr", salary(1_350_000, 1_575_000, "INR")],
    ["¥6.45M / yr", salary(6_450_000, 6_450_000, "JPY")],
    ["$1,234,567 / yr", salary(1_234_567, 1_234_567)],
    ["$1B / yr", salary(1e9, 1e9)],
    ["$1,234 / wk", salary(1_234, 1_234, "USD", "week")],
    ["£400 / day", salary(400, 400, "GBP", "day")],
    ["$2k / wk", salary(2_000, 2_000, "USD", "week")],
    ["Competitive", salary(null, null, "USD", "year", "Competitive")],
    ["DOE", salary(null, null, "USD", "year", "DOE")],
  ])("%s", (expected, input) => {
    expect(formatSalary(input)).toBe(expected);
  });

  test("formats what parseSalary reads", () => {
    const show = (text: string): string => {
      const parsed = parseSalary(text, "USD");
      return parsed ? formatSalary(parsed) : "";
    };
    expect(show("$80k - $210k")).toBe("$80k–$210k / yr");
    expect(show("€55.000 - €70.000")).toBe("€55k–€70k / yr");
    expect(show("9,500 EUR / month")).toBe("€9.5k / mo");
    expect(show("CHF 120'000 - 140'000")).toBe("CHF 120k–140k / yr");
    expect(show("140K+")).toBe("$140k+ / yr");
    expect(show("Up to $150,000")).toBe("up to $150k / yr");
  });
});

describe("formatSummaryAmount", () => {
  test.each<[number, string, string]>([
    [85, "USD", "$85"],
    [104_250, "USD", "$104.3k"],
    [1_062_500, "INR", "₹1.06M"],
    [5_555_555.5, "USD", "$5.56M"],
    [999_990, "USD", "$1M"],
    [2_345_678_901, "JPY", "¥2.35B"],
  ])("%d %s reads %j", (amount, currency, text) => {
    expect(formatSummaryAmount(amount, currency)).toBe(text);
  });
});

describe("salaryMidpoint", () => {
  test.each<[number | null, number | null, number | null]>([
    [80_000, 210_000, 145_000],
    [60_000, 60_000, 60_000],
    [140_000, null, 140_000],
    [null, 150_000, 150_000],
    [85, 96, 90.5],
    [null, null, null],
  ])("min %p, max %p → %p", (min, max, expected) => {
    expect(salaryMidpoint(salary(min, max))).toBe(expected);
  });

  test("of a parsed range", () => {
    const parsed = parseSalary("$80k - $210k", "USD");
    expect(parsed && salaryMidpoint(parsed)).toBe(145_000);
  });
});

describe("periodLabel", () => {
  test.each<[SalaryPeriod, string]>([["year", "yr"], ["month", "mo"], ["week", "wk"], ["day", "day"], ["hour", "hr"]])(
    "%s → %s",
    (period, label) => {
      expect(periodLabel(period)).toBe(label);
    },
  );
});

// Salary-like text built from the pieces people use: currencies, separators, k suffixes, ranges, periods.
const grouped = fc
  .tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.constantFrom(",", ".", " ", "'", "\u00a0", ""))
  .map(([n, sep]) => String(n).replace(/\B(?=(\d{3})+$)/g, sep));
const amount = fc.oneof(
  grouped,
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.constantFrom("k", "K", "M", "m", " lakh", "L", ".5k", ",5k")).map(([n, k]) => `${n}${k}`),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom("1e400", "-80k", "0", "NaN", "00,0", "1.2.3", "9".repeat(40)),
);
const money = fc
  .tuple(fc.constantFrom("", "$", "€", "£", "¥", "₹", "CA$", "A$", "USD ", "EUR ", "CHF "), amount, fc.constantFrom("", " USD", " €", " GBP", "+"))
  .map(([before, n, after]) => `${before}${n}${after}`);
const salaryLike = fc
  .tuple(
    fc.constantFrom("", "up to ", "Up to ", "from ", "~", "Base: "),
    money,
    fc.option(fc.tuple(fc.constantFrom(" - ", "-", " – ", "—", " to ", " and ", " ~ "), money)),
    fc.constantFrom("", "/hr", " per hour", "/yr", " per annum", " p.a.", " monthly", "/day", " a week", "/Monat", " DOE"),
    fc.constantFrom("", " + equity", " (negotiable)", "  "),
  )
  .map(([lead, first, rest, period, tail]) => `${lead}${first}${rest ? rest[0] + rest[1] : ""}${period}${tail}`);

function expectSane(parsed: Salary | null): void {
  if (parsed === null) return;
  for (const bound of [parsed.min, parsed.max]) {
    if (bound === null) continue;
    expect(Number.isFinite(bound)).toBe(true);
    expect(bound).toBeGreaterThanOrEqual(0);
    expect(bound).toBeLessThanOrEqual(1e9);
  }
  if (parsed.min !== null && parsed.max !== null) expect(parsed.min).toBeLessThanOrEqual(parsed.max);
  expect(["year", "month", "week", "day", "hour"]).toContain(parsed.period);
  expect(parsed.currency).toMatch(/^[A-Z]{3}$/);
  const shown = formatSalary(parsed);
  // Text with no amount is shown as written ("NaN" stays "NaN"); an amount never prints as junk.
  if (!parsed.text.includes("NaN")) expect(shown).not.toContain("NaN");
  if (!parsed.text.includes("undefined")) expect(shown).not.toContain("undefined");
  if (!parsed.text.includes("Infinity")) expect(shown).not.toContain("Infinity");
  const mid = salaryMidpoint(parsed);
  if (mid !== null) expect(Number.isFinite(mid)).toBe(true);
}

describe("properties", () => {
  test("any value at all: never throws, amounts always sane", () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }), (value) => {
      expectSane(parseSalary(value, "USD"));
    }), { numRuns: 500 });
  });

  test("any string: never throws, amounts always sane", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.constantFrom("USD", "EUR", "CAD", "x"), (text, currency) => {
      expectSane(parseSalary(text, currency));
    }), { numRuns: 500 });
  });

  test("salary-like strings: never throws, amounts always sane", () => {
    fc.assert(fc.property(salaryLike, fc.constantFrom("USD", "EUR", "CAD", "INR"), (text, currency) => {
      expectSane(parseSalary(text, currency));
    }), { numRuns: 2000 });
  });

  test("lists and objects of salary-like parts: amounts always sane", () => {
    fc.assert(fc.property(fc.array(fc.oneof(salaryLike, fc.double())), (list) => {
      expectSane(parseSalary(list, "USD"));
    }));
    fc.assert(fc.property(fc.record({ min: fc.oneof(salaryLike, fc.double()), max: fc.oneof(salaryLike, fc.double()), currency: fc.string() }, { requiredKeys: [] }), (obj) => {
      expectSane(parseSalary(obj, "USD"));
    }));
  });

  test("a comma-grouped amount reads back exactly", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), (n) => {
      const text = `$${n.toLocaleString("en-US")}`;
      expect(parseSalary(text, "USD")).toMatchObject({ min: n, max: n, period: n < 1000 ? "hour" : "year" });
    }));
  });

  test("a range with k reads back exactly, either way round", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), (a, b) => {
      expect(parseSalary(`€${a}k - €${b}k`, "USD")).toMatchObject({
        min: Math.min(a, b) * 1000, max: Math.max(a, b) * 1000, currency: "EUR",
      });
    }));
  });
});
