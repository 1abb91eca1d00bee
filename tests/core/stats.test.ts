import fc from "fast-check";
import type { Posting } from "../../src/core/posting";
import { salaryMidpoint, type Salary, type SalaryPeriod } from "../../src/core/salary";
import { SalaryGroupTally, salaryGroups, sortSkills, type SkillDemand } from "../../src/core/stats";
import { compareNames } from "../../src/core/tally";

let counter = 0;

function postingWith(salary: Salary | null): Posting {
  counter++;
  return {
    path: `Jobs/${counter}.md`,
    company: `Company ${counter}`,
    title: "Engineer",
    stage: "Applied",
    stageKnown: true,
    closed: false,
    skills: [],
    salary,
    location: "",
    remote: false,
    url: "",
    modified: 0,
    stageSince: null,
    tasks: { done: 0, total: 0 },
  };
}

function pay(min: number | null, max: number | null, currency = "USD", period: SalaryPeriod = "year"): Posting {
  return postingWith({ min, max, currency, period, text: `${min ?? ""}-${max ?? ""}` });
}

function demand(name: string, count: number): SkillDemand {
  return { key: name.toLowerCase(), name, count, active: count, closed: 0, roadmap: null, progress: null };
}

describe("compareNames", () => {
  test.each<[string, string, number]>([
    ["apple", "Banana", -1],
    ["Banana", "apple", 1],
    ["Go", "go", -1],
    ["go", "Go", 1],
    ["Go", "Go", 0],
    ["C", "C#", -1],
  ])("%j vs %j", (a, b, sign) => {
    expect(Math.sign(compareNames(a, b))).toBe(sign);
  });

  test("is a consistent order", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareNames(a, b)) + Math.sign(compareNames(b, a))).toBe(0);
        expect(compareNames(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe("sortSkills", () => {
  test("by count, then name case-insensitively", () => {
    const sorted = sortSkills([demand("rust", 1), demand("Go", 3), demand("AWS", 1), demand("Python", 3), demand("C", 2)]);
    expect(sorted.map((s) => `${s.name}:${s.count}`)).toEqual(["Go:3", "Python:3", "C:2", "AWS:1", "rust:1"]);
  });

  test("the order never depends on the input order", () => {
    const skills = fc.uniqueArray(fc.tuple(fc.string({ maxLength: 4 }), fc.nat(5)), { selector: ([name]) => name, maxLength: 15 });
    fc.assert(
      fc.property(
        skills.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([list, shuffled]) => {
          const a = sortSkills(list.map(([n, c]) => demand(n, c))).map((s) => s.name);
          const b = sortSkills(shuffled.map(([n, c]) => demand(n, c))).map((s) => s.name);
          expect(b).toEqual(a);
        },
      ),
    );
  });
});

describe("salaryGroups", () => {
  test("nothing gives no groups", () => {
    expect(salaryGroups([])).toEqual([]);
  });

  test("one salary: its midpoint is min, median and max", () => {
    expect(salaryGroups([pay(80_000, 120_000)])).toEqual([{ currency: "USD", period: "year", count: 1, min: 100_000, median: 100_000, max: 100_000 }]);
  });

  test("median of an odd count is the middle midpoint", () => {
    const [g] = salaryGroups([pay(300, 300), pay(100, 100), pay(200, 200)]);
    expect(g).toMatchObject({ count: 3, min: 100, median: 200, max: 300 });
  });

  test("median of an even count is the mean of the two middle midpoints", () => {
    const [g] = salaryGroups([pay(400, 400), pay(100, 100), pay(300, 300), pay(200, 200)]);
    expect(g).toMatchObject({ count: 4, min: 100, median: 250, max: 400 });
  });

  test("median of two", () => {
    const [g] = salaryGroups([pay(90_000, 110_000), pay(150_000, 250_000)]);
    expect(g).toMatchObject({ count: 2, min: 100_000, median: 150_000, max: 200_000 });
  });

  test("a salary with one bound counts at that bound", () => {
    const [g] = salaryGroups([pay(140_000, null), pay(null, 100_000)]);
    expect(g).toMatchObject({ count: 2, min: 100_000, median: 120_000, max: 140_000 });
  });

  test("salaries without amounts, and postings without a salary, are skipped", () => {
    const groups = salaryGroups([pay(null, null), postingWith(null), pay(50_000, 70_000)]);
    expect(groups).toEqual([{ currency: "USD", period: "year", count: 1, min: 60_000, median: 60_000, max: 60_000 }]);
  });

  test("only salaries without amounts give no groups", () => {
    expect(salaryGroups([pay(null, null), postingWith(null)])).toEqual([]);
  });

  test("grouped by currency and by period", () => {
    const groups = salaryGroups([
      pay(100_000, 100_000, "USD", "year"),
      pay(120_000, 120_000, "USD", "year"),
      pay(80, 80, "USD", "hour"),
      pay(60_000, 60_000, "EUR", "year"),
      pay(5_000, 5_000, "EUR", "month"),
      pay(4_000, 4_000, "EUR", "month"),
      pay(6_000, 6_000, "EUR", "month"),
    ]);
    expect(groups).toEqual([
      { currency: "EUR", period: "month", count: 3, min: 4_000, median: 5_000, max: 6_000 },
      { currency: "USD", period: "year", count: 2, min: 100_000, median: 110_000, max: 120_000 },
      { currency: "EUR", period: "year", count: 1, min: 60_000, median: 60_000, max: 60_000 },
      { currency: "USD", period: "hour", count: 1, min: 80, median: 80, max: 80 },
    ]);
  });

  test("the order of groups never depends on the order of postings", () => {
    const postings = [pay(1, 1, "GBP"), pay(2, 2, "EUR"), pay(3, 3, "USD", "hour"), pay(4, 4, "USD"), pay(5, 5, "USD")];
    const forward = salaryGroups(postings);
    const backward = salaryGroups([...postings].reverse());
    expect(backward).toEqual(forward);
    expect(forward.map((g) => `${g.currency}/${g.period}`)).toEqual(["USD/year", "EUR/year", "GBP/year", "USD/hour"]);
  });

  test("min <= median <= max, and the counts add up", () => {
    const amount = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });
    const salary = fc.record({ min: amount, max: amount, currency: fc.constantFrom("USD", "EUR"), period: fc.constantFrom<SalaryPeriod>("year", "hour") });
    fc.assert(
      fc.property(fc.array(fc.option(salary, { nil: null }), { maxLength: 30 }), (list) => {
        const postings = list.map((s) => (s ? pay(s.min, s.max, s.currency, s.period) : postingWith(null)));
        const groups = salaryGroups(postings);
        const withAmounts = list.filter((s) => s !== null && (s.min !== null || s.max !== null)).length;
        expect(groups.reduce((n, g) => n + g.count, 0)).toBe(withAmounts);
        for (const g of groups) {
          expect(g.min).toBeLessThanOrEqual(g.median);
          expect(g.median).toBeLessThanOrEqual(g.max);
        }
      }),
    );
  });
});

/** The plain model the tally is held to: every midpoint grouped, each group sorted and read off. */
function modelGroups(postings: readonly Posting[]): unknown[] {
  const groups = new Map<string, { currency: string; period: SalaryPeriod; mids: number[] }>();
  for (const p of postings) {
    const mid = p.salary ? salaryMidpoint(p.salary) : null;
    if (!p.salary || mid === null) continue;
    const key = `${p.salary.currency}/${p.salary.period}`;
    const g = groups.get(key) ?? { currency: p.salary.currency, period: p.salary.period, mids: [] };
    g.mids.push(mid);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map(({ currency, period, mids }) => {
      mids.sort((a, b) => a - b);
      const n = mids.length;
      const median = n % 2 === 1 ? mids[(n - 1) / 2]! : (mids[n / 2 - 1]! + mids[n / 2]!) / 2;
      return { currency, period, count: n, min: mids[0]!, median, max: mids[n - 1]! };
    })
    .sort((a, b) => b.count - a.count || compareNames(a.currency + a.period, b.currency + b.period));
}

describe("SalaryGroupTally", () => {
  test("property: salaryGroups equals the plain model", () => {
    const salaryArb = fc.option(
      fc.record({
        min: fc.option(fc.integer({ min: 1, max: 300_000 }), { nil: null }),
        max: fc.option(fc.integer({ min: 1, max: 300_000 }), { nil: null }),
        currency: fc.constantFrom("USD", "EUR", "GBP"),
        period: fc.constantFrom<SalaryPeriod>("year", "hour", "month"),
        text: fc.constant("x"),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(salaryArb, { maxLength: 60 }), (salaries) => {
        const postings = salaries.map(postingWith);
        expect(salaryGroups(postings)).toEqual(modelGroups(postings));
      }),
    );
  });

  test("property: after any adds and removes it equals the plain model over what is left", () => {
    const salaryArb = fc.option(
      fc.record({
        min: fc.option(fc.integer({ min: 1, max: 300_000 }), { nil: null }),
        max: fc.option(fc.integer({ min: 1, max: 300_000 }), { nil: null }),
        currency: fc.constantFrom("USD", "EUR"),
        period: fc.constantFrom<SalaryPeriod>("year", "hour"),
        text: fc.constant("x"),
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(salaryArb, fc.boolean()), { maxLength: 40 }), (ops) => {
        const tally = new SalaryGroupTally();
        const kept: Posting[] = [];
        for (const [salary, removeLater] of ops) {
          const fixed = salary && salary.min !== null && salary.max !== null && salary.min > salary.max ? { ...salary, min: salary.max, max: salary.min } : salary;
          const p = postingWith(fixed);
          tally.add(p);
          if (removeLater) tally.remove(p);
          else kept.push(p);
        }
        expect(tally.groupsNow()).toEqual(modelGroups(kept));
      }),
    );
  });
});
