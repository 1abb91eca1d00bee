import fc from "fast-check";
import { parseYamlPackage } from "../../cli/parse-yaml";
import {
  defaultDashboardState,
  filterPostings,
  changedInPlace,
  groupByStage,
  isFiltered,
  StageGrouping,
  migrateDashboardState,
  placeShown,
  sortPostings,
  type DashboardFilter,
  type DashboardState,
  type SortColumn,
} from "../../src/core/dashboard-state";
import { readNote } from "../../src/core/note-reader";
import { readPosting, type Posting } from "../../src/core/posting";
import type { Salary } from "../../src/core/salary";
import { DEFAULT_STAGES, defaultSettings } from "../../src/core/settings";
import { SkillCanon, skillKey, type SkillRef } from "../../src/core/skills";
import { StagePipeline, stageKey } from "../../src/core/stages";

const pipeline = new StagePipeline(DEFAULT_STAGES);
const stageOrder = (stage: string): number => pipeline.match(stage).order;

let counter = 0;

function skill(name: string): SkillRef {
  return { key: skillKey(name), name, known: true };
}

function salary(min: number | null, max: number | null, currency = "USD"): Salary {
  return { min, max, currency, period: "year", text: `${min ?? ""}-${max ?? ""} ${currency}` };
}

function posting(fields: Partial<Posting> = {}): Posting {
  counter++;
  const stage = pipeline.match(fields.stage ?? "Research");
  return {
    path: `Jobs/${String(counter).padStart(4, "0")}.md`,
    company: `Company ${counter}`,
    title: "Engineer",
    stageKnown: stage.known,
    closed: stage.closed,
    skills: [],
    salary: null,
    location: "",
    remote: false,
    url: "",
    modified: 1_700_000_000_000 + counter,
    tasks: { done: 0, total: 0 },
    ...fields,
    stageSince: fields.stageSince ?? null,
    stage: fields.stage ?? stage.name,
  };
}

function filter(fields: Partial<DashboardFilter> = {}): DashboardFilter {
  return { ...defaultDashboardState().filter, ...fields };
}

const companies = (ps: readonly Posting[]): string[] => ps.map((p) => p.company);

describe("defaultDashboardState", () => {
  test("is the board, unfiltered, newest first, nothing collapsed", () => {
    expect(defaultDashboardState()).toEqual({
      mode: "board",
      filter: { search: "", stage: "", skill: "", remote: "any", currency: "" },
      sort: { column: "modified", descending: true },
      collapsed: [],
    });
  });

  test("is a fresh object every time", () => {
    const a = defaultDashboardState();
    a.filter.search = "changed";
    a.collapsed.push("applied");
    a.sort.descending = false;
    expect(defaultDashboardState()).toEqual(migrateDashboardState(undefined));
    expect(defaultDashboardState().filter.search).toBe("");
    expect(defaultDashboardState().collapsed).toEqual([]);
  });
});

describe("migrateDashboardState", () => {
  test.each<[string, unknown]>([
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["a string", "table"],
    ["a boolean", true],
    ["an array", ["table"]],
    ["an empty object", {}],
    ["a function", () => "table"],
  ])("%s gives the default", (_name, stored) => {
    expect(migrateDashboardState(stored)).toEqual(defaultDashboardState());
  });

  test("a complete valid state comes back as it is", () => {
    const state: DashboardState = {
      mode: "table",
      filter: { search: "rust remote", stage: "Interview", skill: "rust", remote: "onsite", currency: "EUR" },
      sort: { column: "salaryMax", descending: false },
      collapsed: ["rejected", "withdrawn"],
    };
    expect(migrateDashboardState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  test("a partial state is completed with defaults", () => {
    expect(migrateDashboardState({ mode: "table" })).toEqual({ ...defaultDashboardState(), mode: "table" });
    expect(migrateDashboardState({ filter: { search: "go" } })).toEqual({ ...defaultDashboardState(), filter: filter({ search: "go" }) });
    expect(migrateDashboardState({ sort: { column: "company" } })).toEqual({ ...defaultDashboardState(), sort: { column: "company", descending: true } });
    expect(migrateDashboardState({ sort: { descending: false } })).toEqual({ ...defaultDashboardState(), sort: { column: "modified", descending: false } });
  });

  test("junk values are replaced field by field", () => {
    const stored = {
      mode: "grid",
      filter: { search: 5, stage: null, skill: ["go"], remote: "hybrid", currency: 7 },
      sort: { column: "salary", descending: "yes" },
      collapsed: ["applied", 3, null, { a: 1 }, "offer"],
    };
    expect(migrateDashboardState(stored)).toEqual({ ...defaultDashboardState(), collapsed: ["applied", "offer"] });
  });

  test("containers of the wrong kind are ignored", () => {
    expect(migrateDashboardState({ filter: "go", sort: ["company", false], collapsed: "applied" })).toEqual(defaultDashboardState());
    expect(migrateDashboardState({ filter: ["go"], sort: null, collapsed: { 0: "applied" } })).toEqual(defaultDashboardState());
  });

  test("an older shape with extra keys keeps what it can", () => {
    const old = { version: 0, mode: "table", view: "kanban", filter: { search: "ml", tags: ["x"], remote: "remote" }, sortBy: "company" };
    expect(migrateDashboardState(old)).toEqual({ ...defaultDashboardState(), mode: "table", filter: filter({ search: "ml", remote: "remote" }) });
  });

  test("a currency is stored as an upper-case code", () => {
    expect(migrateDashboardState({ filter: { currency: "eur" } }).filter.currency).toBe("EUR");
  });

  test.each<SortColumn>(["company", "title", "stage", "salaryMin", "salaryMax", "location", "modified"])("sort column %s is kept", (column) => {
    expect(migrateDashboardState({ sort: { column, descending: false } }).sort).toEqual({ column, descending: false });
  });

  test("the result shares no arrays or objects with what was stored", () => {
    const stored = { filter: { search: "go" }, collapsed: ["applied"] };
    const out = migrateDashboardState(stored);
    out.collapsed.push("offer");
    out.filter.search = "rust";
    expect(stored).toEqual({ filter: { search: "go" }, collapsed: ["applied"] });
  });

  test("property: anything stored gives a valid state, and migrating again changes nothing", () => {
    const stateLike = fc.record(
      {
        mode: fc.oneof(fc.constantFrom("board", "table", "grid"), fc.anything()),
        filter: fc.oneof(
          fc.record(
            {
              search: fc.oneof(fc.string(), fc.anything()),
              stage: fc.oneof(fc.string(), fc.anything()),
              skill: fc.oneof(fc.string(), fc.anything()),
              remote: fc.oneof(fc.constantFrom("any", "remote", "onsite", "hybrid"), fc.anything()),
              currency: fc.oneof(fc.constantFrom("usd", "EUR", ""), fc.anything()),
            },
            { requiredKeys: [] },
          ),
          fc.anything(),
        ),
        sort: fc.oneof(fc.record({ column: fc.oneof(fc.constantFrom("company", "salaryMin", "nope"), fc.anything()), descending: fc.anything() }, { requiredKeys: [] }), fc.anything()),
        collapsed: fc.oneof(fc.array(fc.oneof(fc.string(), fc.anything())), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(stateLike, fc.anything()), (stored) => {
        const out = migrateDashboardState(stored);
        expect(["board", "table"]).toContain(out.mode);
        expect(["any", "remote", "onsite"]).toContain(out.filter.remote);
        expect(["company", "title", "stage", "salaryMin", "salaryMax", "location", "modified"]).toContain(out.sort.column);
        expect(typeof out.sort.descending).toBe("boolean");
        for (const v of [out.filter.search, out.filter.stage, out.filter.skill, out.filter.currency]) expect(typeof v).toBe("string");
        expect(out.filter.currency).toBe(out.filter.currency.toUpperCase());
        expect(out.collapsed.every((c) => typeof c === "string")).toBe(true);
        expect(migrateDashboardState(out)).toEqual(out);
        expect(migrateDashboardState(JSON.parse(JSON.stringify(out)))).toEqual(out);
      }),
      { numRuns: 500 },
    );
  });
});

describe("isFiltered", () => {
  test("the default filter lets everything through", () => {
    expect(isFiltered(filter())).toBe(false);
  });

  test("a blank search does not count", () => {
    expect(isFiltered(filter({ search: "   \t " }))).toBe(false);
  });

  test.each<Partial<DashboardFilter>>([{ search: "go" }, { stage: "Applied" }, { skill: "go" }, { remote: "remote" }, { remote: "onsite" }, { currency: "EUR" }])(
    "%j counts as filtered",
    (fields) => {
      expect(isFiltered(filter(fields))).toBe(true);
    },
  );
});

describe("filterPostings", () => {
  const acme = posting({
    company: "Acme Robotics",
    title: "Machine Learning Engineer",
    stage: "Applied",
    skills: [skill("Python"), skill("PyTorch")],
    remote: true,
    salary: salary(120_000, 160_000, "USD"),
  });
  const bright = posting({
    company: "Brightpath Learning",
    title: "Senior Frontend Engineer",
    stage: "Interview",
    skills: [skill("TypeScript"), skill("React")],
    salary: salary(60_000, 70_000, "EUR"),
  });
  const cobalt = posting({ company: "Cobalt AI", title: "Applied Scientist, NLP", stage: "Research", skills: [skill("Python"), skill("NLP")] });
  const stealth = posting({ company: "Stealth startup", title: "Founding Engineer", stage: "On hold", skills: [skill("Go")], remote: true, salary: salary(90_000, null, "GBP") });
  const all = [acme, bright, cobalt, stealth];

  test("the default filter keeps every posting, in order, in a new array", () => {
    const out = filterPostings(all, filter());
    expect(out).toEqual(all);
    expect(out).not.toBe(all);
  });

  test.each<[string, Posting[]]>([
    ["python", [acme, cobalt]],
    ["PYTHON", [acme, cobalt]],
    ["pytorch", [acme]],
    ["engineer", [acme, bright, stealth]],
    ["Engineer acme", [acme]],
    ["robotics python", [acme]],
    ["robotics machine", [acme]],
    ["python react", []],
    ["roboticsmachine", []],
    ["applied", [cobalt]],
    ["  nlp   cobalt  ", [cobalt]],
    ["ai", [cobalt]],
    ["learning", [acme, bright]],
    ["zzz", []],
    ["   ", [acme, bright, cobalt, stealth]],
  ])("search %j", (search, expected) => {
    expect(filterPostings(all, filter({ search }))).toEqual(expected);
  });

  test("a search word that is another spelling of a skill finds the postings that ask for it", () => {
    const canon = new SkillCanon();
    const knownSkill = (w: string): string | undefined => {
      const ref = canon.canonical(w);
      return ref?.known ? ref.key : undefined;
    };
    const k8s = posting({ company: "Tidewater", title: "Platform Engineer", skills: [skill("Kubernetes"), skill("Go")] });
    expect(filterPostings([...all, k8s], filter({ search: "k8s" }), knownSkill)).toEqual([k8s]);
    expect(filterPostings([...all, k8s], filter({ search: "golang" }), knownSkill)).toEqual([stealth, k8s]);
    expect(filterPostings([...all, k8s], filter({ search: "golang tidewater" }), knownSkill)).toEqual([k8s]);
    // Without the vocabulary, only the words as written.
    expect(filterPostings([...all, k8s], filter({ search: "k8s" }))).toEqual([]);
  });

  test.each<[string, Posting[]]>([
    ["Interview", [bright]],
    ["interview", [bright]],
    [" INTERVIEW ", [bright]],
    ["applied", [acme]],
    ["on hold", [stealth]],
    ["Offer", []],
  ])("stage %j", (stage, expected) => {
    expect(filterPostings(all, filter({ stage }))).toEqual(expected);
  });

  test.each<[string, Posting[]]>([
    ["python", [acme, cobalt]],
    ["go", [stealth]],
    ["typescript", [bright]],
    ["rust", []],
  ])("skill key %j", (skillFilter, expected) => {
    expect(filterPostings(all, filter({ skill: skillFilter }))).toEqual(expected);
  });

  test("remote and onsite", () => {
    expect(filterPostings(all, filter({ remote: "remote" }))).toEqual([acme, stealth]);
    expect(filterPostings(all, filter({ remote: "onsite" }))).toEqual([bright, cobalt]);
    expect(filterPostings(all, filter({ remote: "any" }))).toEqual(all);
  });

  test("currency leaves out other currencies and postings without a salary", () => {
    expect(filterPostings(all, filter({ currency: "USD" }))).toEqual([acme]);
    expect(filterPostings(all, filter({ currency: "EUR" }))).toEqual([bright]);
    expect(filterPostings(all, filter({ currency: "GBP" }))).toEqual([stealth]);
    expect(filterPostings(all, filter({ currency: "CAD" }))).toEqual([]);
  });

  test("currency leaves out a salary with no amount, whose currency is only the default", () => {
    const doe = posting({ company: "Globex", title: "Engineer", stage: "Applied", salary: salary(null, null, "USD") });
    expect(filterPostings([acme, doe], filter({ currency: "USD" }))).toEqual([acme]);
  });

  test("filters combine: every one must let a posting through", () => {
    expect(filterPostings(all, filter({ search: "engineer", remote: "remote" }))).toEqual([acme, stealth]);
    expect(filterPostings(all, filter({ search: "engineer", remote: "remote", currency: "GBP" }))).toEqual([stealth]);
    expect(filterPostings(all, filter({ skill: "python", remote: "onsite" }))).toEqual([cobalt]);
    expect(filterPostings(all, filter({ skill: "python", stage: "applied", currency: "USD", search: "acme" }))).toEqual([acme]);
    expect(filterPostings(all, filter({ skill: "python", stage: "interview" }))).toEqual([]);
  });

  test("postings read from notes filter the same way", () => {
    const settings = defaultSettings();
    const ctx = { settings, stages: new StagePipeline(settings.stages), skills: new SkillCanon(settings.skillSynonyms) };
    const read = (path: string, yaml: string): Posting => {
      const p = readPosting(readNote(path, `---\n${yaml}\n---\n`, parseYamlPackage, 1_000), ctx).posting;
      if (!p) throw new Error(`not a posting: ${path}`);
      return p;
    };
    const a = read("Jobs/A.md", 'Company: "[[Kestrel Payments]]"\nStage: applied\nSkills: [RoR, postgres]\nSalary: "€55.000 - €70.000"\nLocation: Remote');
    const b = read("Jobs/B.md", "Company: Harbor Bank\nStage: Interview\nSkills: [C#, .NET]\nSalary: $120k\nLocation: London");
    expect(filterPostings([a, b], filter({ search: "kestrel rails" }))).toEqual([a]);
    expect(filterPostings([a, b], filter({ skill: skillKey("PostgreSQL") }))).toEqual([a]);
    expect(filterPostings([a, b], filter({ stage: "APPLIED" }))).toEqual([a]);
    expect(filterPostings([a, b], filter({ currency: "EUR", remote: "remote" }))).toEqual([a]);
    expect(filterPostings([a, b], filter({ search: "c#", remote: "onsite", currency: "USD" }))).toEqual([b]);
  });

  test("property: a combined filter lets through exactly what every single filter lets through", () => {
    const pool = [acme, bright, cobalt, stealth, posting({ company: "", title: "No company", stage: "Offer", salary: salary(null, null) })];
    const filters = fc.record({
      search: fc.array(fc.constantFrom("python", "engineer", "acme", "AI", "go", "nlp", "learning", "x"), { maxLength: 3 }).map((w) => w.join(" ")),
      stage: fc.constantFrom("", "applied", "Interview", "on hold", "offer", "research"),
      skill: fc.constantFrom("", "python", "go", "react", "rust"),
      remote: fc.constantFrom<DashboardFilter["remote"]>("any", "remote", "onsite"),
      currency: fc.constantFrom("", "USD", "EUR", "GBP"),
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(pool), filters, (ps, f) => {
        const combined = filterPostings(ps, f);
        const singles: DashboardFilter[] = [
          ...f.search.split(" ").filter((w) => w !== "").map((search) => filter({ search })),
          filter({ stage: f.stage }),
          filter({ skill: f.skill }),
          filter({ remote: f.remote }),
          filter({ currency: f.currency }),
        ];
        const expected = ps.filter((p) => singles.every((s) => filterPostings([p], s).length === 1));
        expect(combined).toEqual(expected);
        if (!isFiltered(f)) expect(combined).toEqual(ps);
      }),
    );
  });
});

describe("sortPostings", () => {
  const sortBy = (ps: Posting[], column: SortColumn, descending = false): Posting[] => sortPostings(ps, { column, descending }, stageOrder);

  test("company, ascending and descending, with no company last", () => {
    const ps = [posting({ company: "beta" }), posting({ company: "" }), posting({ company: "Alpha" }), posting({ company: "gamma" })];
    expect(companies(sortBy(ps, "company"))).toEqual(["Alpha", "beta", "gamma", ""]);
    expect(companies(sortBy(ps, "company", true))).toEqual(["gamma", "beta", "Alpha", ""]);
  });

  test("numbers in names sort by value", () => {
    const ps = [posting({ company: "Company 10" }), posting({ company: "Company 9" }), posting({ company: "Company 100" })];
    expect(companies(sortBy(ps, "company"))).toEqual(["Company 9", "Company 10", "Company 100"]);
  });

  test("title, ascending and descending", () => {
    const ps = [posting({ title: "Data Engineer" }), posting({ title: "android developer" }), posting({ title: "Backend Engineer" })];
    expect(sortBy(ps, "title").map((p) => p.title)).toEqual(["android developer", "Backend Engineer", "Data Engineer"]);
    expect(sortBy(ps, "title", true).map((p) => p.title)).toEqual(["Data Engineer", "Backend Engineer", "android developer"]);
  });

  test("stage follows the pipeline, unknown stages after the known ones", () => {
    const ps = [posting({ stage: "Offer" }), posting({ stage: "On hold" }), posting({ stage: "Research" }), posting({ stage: "Interview" }), posting({ stage: "Parked" })];
    expect(sortBy(ps, "stage").map((p) => p.stage)).toEqual(["Research", "Interview", "Offer", "On hold", "Parked"]);
    expect(sortBy(ps, "stage", true).map((p) => p.stage).slice(2)).toEqual(["Offer", "Interview", "Research"]);
  });

  test("salaryMin and salaryMax use the other end when one is missing; no salary goes last", () => {
    const range = posting({ company: "Range", salary: salary(80_000, 100_000) });
    const onlyMax = posting({ company: "OnlyMax", salary: salary(null, 50_000) });
    const onlyMin = posting({ company: "OnlyMin", salary: salary(120_000, null) });
    const none = posting({ company: "None", salary: null });
    const competitive = posting({ company: "Competitive", salary: salary(null, null) });
    const ps = [none, range, competitive, onlyMin, onlyMax];
    expect(companies(sortBy(ps, "salaryMin"))).toEqual(["OnlyMax", "Range", "OnlyMin", "Competitive", "None"]);
    expect(companies(sortBy(ps, "salaryMin", true))).toEqual(["OnlyMin", "Range", "OnlyMax", "Competitive", "None"]);
    expect(companies(sortBy(ps, "salaryMax"))).toEqual(["OnlyMax", "Range", "OnlyMin", "Competitive", "None"]);
    expect(companies(sortBy(ps, "salaryMax", true))).toEqual(["OnlyMin", "Range", "OnlyMax", "Competitive", "None"]);
  });

  test("salary sorts a year's worth of pay, each currency's postings together", () => {
    const per = (min: number, period: Salary["period"], currency = "USD"): Salary => ({ ...salary(min, min, currency), period });
    const hourly = posting({ company: "Hourly", salary: per(85, "hour") }); // 176,800 a year
    const monthly = posting({ company: "Monthly", salary: per(9_500, "month") }); // 114,000 a year
    const yearly = posting({ company: "Yearly", salary: per(120_000, "year") });
    const euros = posting({ company: "Euros", salary: per(55_000, "year", "EUR") });
    const pounds = posting({ company: "Pounds", salary: per(4_000, "month", "GBP") });
    const ps = [hourly, monthly, pounds, yearly, euros];
    expect(companies(sortBy(ps, "salaryMin"))).toEqual(["Euros", "Pounds", "Monthly", "Yearly", "Hourly"]);
    expect(companies(sortBy(ps, "salaryMin", true))).toEqual(["Euros", "Pounds", "Hourly", "Yearly", "Monthly"]);
    // The default currency's postings come first, in either direction.
    expect(companies(sortPostings(ps, { column: "salaryMin", descending: false }, stageOrder, "USD"))).toEqual(["Monthly", "Yearly", "Hourly", "Euros", "Pounds"]);
    expect(companies(sortPostings(ps, { column: "salaryMin", descending: true }, stageOrder, "USD"))).toEqual(["Hourly", "Yearly", "Monthly", "Euros", "Pounds"]);
  });

  test("salaryMax orders by the top of the range", () => {
    const wide = posting({ company: "Wide", salary: salary(50_000, 200_000) });
    const narrow = posting({ company: "Narrow", salary: salary(90_000, 100_000) });
    expect(companies(sortBy([wide, narrow], "salaryMin"))).toEqual(["Wide", "Narrow"]);
    expect(companies(sortBy([wide, narrow], "salaryMax"))).toEqual(["Narrow", "Wide"]);
  });

  test("location, with no location last in both directions", () => {
    const ps = [posting({ location: "" }), posting({ location: "London" }), posting({ location: "berlin" }), posting({ location: "Remote" })];
    expect(sortBy(ps, "location").map((p) => p.location)).toEqual(["berlin", "London", "Remote", ""]);
    expect(sortBy(ps, "location", true).map((p) => p.location)).toEqual(["Remote", "London", "berlin", ""]);
  });

  test("a remote job with no location sorts as the Remote the table shows, not among the empty", () => {
    const ps = [posting({ company: "None", location: "" }), posting({ company: "Remote job", location: "", remote: true }), posting({ company: "Tokyo", location: "Tokyo" }), posting({ company: "Berlin", location: "Berlin" })];
    expect(companies(sortBy(ps, "location"))).toEqual(["Berlin", "Remote job", "Tokyo", "None"]);
    expect(placeShown(ps[1] as Posting)).toBe("Remote");
  });

  test("modified, newest first when descending", () => {
    const ps = [posting({ modified: 2_000 }), posting({ modified: 3_000 }), posting({ modified: 1_000 })];
    expect(sortBy(ps, "modified").map((p) => p.modified)).toEqual([1_000, 2_000, 3_000]);
    expect(sortBy(ps, "modified", true).map((p) => p.modified)).toEqual([3_000, 2_000, 1_000]);
  });

  test("ties go by company, then path, in both directions", () => {
    const z = posting({ company: "Zeta", path: "Jobs/a.md", salary: salary(100, 100) });
    const a2 = posting({ company: "alpha", path: "Jobs/z.md", salary: salary(100, 100) });
    const a1 = posting({ company: "Alpha", path: "Jobs/m.md", salary: salary(100, 100) });
    for (const descending of [false, true]) {
      expect(sortPostings([z, a2, a1], { column: "salaryMin", descending }, stageOrder)).toEqual([a1, a2, z]);
      expect(sortPostings([a2, z, a1], { column: "salaryMin", descending }, stageOrder)).toEqual([a1, a2, z]);
    }
  });

  test("postings without a value are ordered among themselves by company, then path", () => {
    const b = posting({ company: "Beta", location: "" });
    const a = posting({ company: "Alpha", location: "" });
    const x = posting({ company: "Xeno", location: "Paris" });
    expect(sortBy([b, x, a], "location", true)).toEqual([x, a, b]);
    expect(sortBy([b, x, a], "location", false)).toEqual([x, a, b]);
  });

  test("the input is left as it was", () => {
    const ps = [posting({ company: "b" }), posting({ company: "a" })];
    const before = [...ps];
    sortBy(ps, "company");
    expect(ps).toEqual(before);
  });

  const columns = fc.constantFrom<SortColumn>("company", "title", "stage", "salaryMin", "salaryMax", "location", "modified");
  const postingsArb = fc
    .array(
      fc.record({
        company: fc.constantFrom("", "Acme", "acme", "Beta", "Company 9", "Company 10", "Ünïcode", "zeta"),
        title: fc.constantFrom("Engineer", "engineer", "Data Scientist", "Ärzt", ""),
        stage: fc.constantFrom("Research", "Applied", "Offer", "Rejected", "On hold", "Parked"),
        salary: fc.option(fc.record({ min: fc.option(fc.integer({ min: 0, max: 300_000 })), max: fc.option(fc.integer({ min: 0, max: 300_000 })) })),
        location: fc.constantFrom("", "Berlin", "berlin", "London", "Remote"),
        modified: fc.integer({ min: 0, max: 10_000 }),
      }),
      { maxLength: 25 },
    )
    .map((rows) =>
      rows.map((r, i) =>
        posting({ ...r, path: `Jobs/${String(i).padStart(3, "0")}.md`, salary: r.salary === null ? null : salary(r.salary.min, r.salary.max) }),
      ),
    );

  /** A deterministic shuffle, so the property can check that input order does not matter. */
  function shuffled<T>(items: readonly T[], seed: number): T[] {
    const out = [...items];
    let s = seed >>> 0 || 1;
    for (let i = out.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1103515245) + 12345) >>> 0;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  function numericValue(p: Posting, column: SortColumn): number | null {
    if (column === "salaryMin") return p.salary?.min ?? p.salary?.max ?? null;
    if (column === "salaryMax") return p.salary?.max ?? p.salary?.min ?? null;
    if (column === "modified") return p.modified;
    if (column === "stage") return stageOrder(p.stage);
    return null;
  }

  function hasValue(p: Posting, column: SortColumn): boolean {
    if (column === "company") return p.company !== "";
    if (column === "location") return p.location !== "";
    if (column === "salaryMin" || column === "salaryMax") return numericValue(p, column) !== null;
    return true;
  }

  test("property: a permutation, independent of input order, values in order, postings without a value last", () => {
    fc.assert(
      fc.property(postingsArb, columns, fc.boolean(), fc.nat(), (ps, column, descending, seed) => {
        const sorted = sortPostings(ps, { column, descending }, stageOrder);
        expect([...sorted].sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(ps);
        expect(sortPostings(shuffled(ps, seed), { column, descending }, stageOrder)).toEqual(sorted);

        const firstWithout = sorted.findIndex((p) => !hasValue(p, column));
        if (firstWithout >= 0) expect(sorted.slice(firstWithout).every((p) => !hasValue(p, column))).toBe(true);

        const withValues = sorted.filter((p) => hasValue(p, column));
        for (let i = 1; i < withValues.length; i++) {
          const prev = withValues[i - 1] as Posting;
          const cur = withValues[i] as Posting;
          const a = numericValue(prev, column);
          const b = numericValue(cur, column);
          if (a !== null && b !== null) {
            if (descending) expect(a).toBeGreaterThanOrEqual(b);
            else expect(a).toBeLessThanOrEqual(b);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("groupByStage", () => {
  test("groups by stage key, each column newest first", () => {
    const old = posting({ stage: "Applied", modified: 1_000 });
    const recent = posting({ stage: "applied ", modified: 3_000 });
    const middle = posting({ stage: "APPLIED", modified: 2_000 });
    const interview = posting({ stage: "Interview", modified: 500 });
    const hold = posting({ stage: "On  hold", modified: 100 });
    const groups = groupByStage([old, interview, recent, hold, middle]);
    expect([...groups.keys()].sort()).toEqual(["applied", "interview", "on hold"]);
    expect(groups.get("applied")).toEqual([recent, middle, old]);
    expect(groups.get("interview")).toEqual([interview]);
    expect(groups.get("on hold")).toEqual([hold]);
  });

  test("postings changed at the same time go by path", () => {
    const b = posting({ path: "Jobs/b.md", stage: "Offer", modified: 5 });
    const a = posting({ path: "Jobs/a.md", stage: "Offer", modified: 5 });
    const c = posting({ path: "Jobs/c.md", stage: "Offer", modified: 6 });
    expect(groupByStage([b, a, c]).get("offer")).toEqual([c, a, b]);
  });

  test("no postings, no groups", () => {
    expect(groupByStage([]).size).toBe(0);
  });

  test("the input is left as it was", () => {
    const ps = [posting({ modified: 1 }), posting({ modified: 2 })];
    const before = [...ps];
    groupByStage(ps);
    expect(ps).toEqual(before);
  });

  test("property: every posting lands once, under its stage key, newest first", () => {
    const arb = fc
      .array(fc.record({ stage: fc.constantFrom("Research", "research", " Applied", "Offer", "On hold", "on  HOLD"), modified: fc.integer({ min: 0, max: 50 }) }), { maxLength: 30 })
      .map((rows) => rows.map((r, i) => posting({ ...r, path: `Jobs/${String(i).padStart(3, "0")}.md` })));
    fc.assert(
      fc.property(arb, (ps) => {
        const groups = groupByStage(ps);
        const seen = [...groups.values()].flat();
        expect(seen.length).toBe(ps.length);
        expect(new Set(seen.map((p) => p.path)).size).toBe(ps.length);
        for (const [key, list] of groups) {
          expect(list.length).toBeGreaterThan(0);
          for (const p of list) expect(stageKey(p.stage)).toBe(key);
          for (let i = 1; i < list.length; i++) {
            const prev = list[i - 1] as Posting;
            const cur = list[i] as Posting;
            expect(prev.modified > cur.modified || (prev.modified === cur.modified && prev.path < cur.path)).toBe(true);
          }
        }
      }),
    );
  });
});

describe("StageGrouping: columns kept up to date one change at a time", () => {
  const stages = ["Research", "Applied", "Interview", "Offer", "Rejected", "Parked"];

  test("after any sequence of changes it equals grouping from scratch, and untouched columns keep their arrays", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...stages), fc.integer({ min: 0, max: 5 })), { maxLength: 4 }), { maxLength: 12 }),
        (size, steps) => {
          let list = Array.from({ length: size }, (_, i) => posting({ stage: stages[i % stages.length], modified: (i * 7) % 5 }));
          const grouping = new StageGrouping();
          let groups = grouping.group(list);
          expect(groups).toEqual(groupByStage(list));
          for (const changes of steps) {
            const next = list.slice();
            const touched = new Set<string>();
            for (const [at, stage, modified] of changes) {
              if (next.length === 0) break;
              const i = at % next.length;
              const old = next[i];
              if (!old) continue;
              touched.add(stageKey(old.stage)).add(stageKey(stage));
              next[i] = { ...old, stage, modified };
            }
            const before = groups;
            groups = grouping.group(next);
            expect(groups).toEqual(groupByStage(next));
            for (const [key, column] of groups) if (!touched.has(key)) expect(column).toBe(before.get(key));
            list = next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a list of other notes is grouped from scratch", () => {
    const a = [posting(), posting()];
    const b = [posting(), posting()];
    expect(changedInPlace(a, b)).toBeNull();
    expect(changedInPlace(a, a.slice(1))).toBeNull();
    expect(changedInPlace(a, a.slice())).toEqual([]);
    const grouping = new StageGrouping();
    grouping.group(a);
    expect(grouping.group(b)).toEqual(groupByStage(b));
  });
});
