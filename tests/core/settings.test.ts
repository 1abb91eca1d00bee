import fc from "fast-check";
import { DEFAULT_FIELD_NAMES, DEFAULT_STAGES, SETTINGS_VERSION, defaultSettings, fieldNameProblem, migrateSettings } from "../../src/core/settings";

/** The defaults this suite documents (settings may hold more, each with its own default). */
const DEFAULTS = {
  version: SETTINGS_VERSION,
  jobsFolder: "",
  stages: [
    { name: "Research", closed: false },
    { name: "Applied", closed: false },
    { name: "Screening", closed: false },
    { name: "Interview", closed: false },
    { name: "Offer", closed: false },
    { name: "Accepted", closed: true },
    { name: "Rejected", closed: true },
    { name: "Withdrawn", closed: true },
  ],
  fieldNames: {
    company: "Company",
    title: "title",
    stage: "Stage",
    skills: "Skills",
    salary: "Salary",
    location: "Location",
    remote: "Remote",
    url: "Job_Posting",
  },
  defaultCurrency: "USD",
  roadmapFolder: "",
  skillSynonyms: {},
  roadmapMappings: {},
};

describe("defaultSettings", () => {
  test("the documented defaults", () => {
    expect(defaultSettings()).toMatchObject(DEFAULTS);
    expect(defaultSettings().stages).toEqual(DEFAULTS.stages);
    expect(defaultSettings().fieldNames).toEqual(DEFAULTS.fieldNames);
  });

  test("returns a fresh copy each call", () => {
    const a = defaultSettings();
    const b = defaultSettings();
    expect(a).not.toBe(b);
    expect(a.stages).not.toBe(b.stages);
    expect(a.stages[0]).not.toBe(b.stages[0]);
    expect(a.fieldNames).not.toBe(b.fieldNames);
    expect(a.skillSynonyms).not.toBe(b.skillSynonyms);
    expect(a.roadmapMappings).not.toBe(b.roadmapMappings);
  });

  test("mutating what it returns never changes the next call", () => {
    const pristine = defaultSettings();
    const a = defaultSettings();
    a.jobsFolder = "Jobs";
    a.defaultCurrency = "EUR";
    a.stages.push({ name: "Ghosted", closed: true });
    const first = a.stages[0];
    if (first) {
      first.name = "Changed";
      first.closed = true;
    }
    a.fieldNames.company = "Employer";
    a.skillSynonyms.gql = "GraphQL";
    a.roadmapMappings.Go = "Go.md";
    expect(defaultSettings()).toMatchObject(DEFAULTS);
    expect(defaultSettings()).toEqual(pristine);
  });

  test("mutating it never changes the exported constants", () => {
    const a = defaultSettings();
    const first = a.stages[0];
    if (first) first.name = "Changed";
    a.fieldNames.url = "link";
    expect(DEFAULT_STAGES[0]?.name).toBe("Research");
    expect(DEFAULT_FIELD_NAMES.url).toBe("Job_Posting");
  });
});

describe("migrateSettings: junk gives the defaults", () => {
  test.each<[string, unknown]>([
    ["undefined", undefined],
    ["null", null],
    ["a string", "settings"],
    ["a number", 42],
    ["a boolean", true],
    ["a list", [{ jobsFolder: "Jobs" }]],
    ["an empty object", {}],
  ])("%s", (_label, stored) => {
    expect(migrateSettings(stored)).toEqual(defaultSettings());
    expect(migrateSettings(stored)).toMatchObject(DEFAULTS);
  });

  test("each field of the wrong type falls back to its default", () => {
    expect(
      migrateSettings({
        version: "seven",
        jobsFolder: 12,
        stages: "Research, Applied",
        fieldNames: ["Company"],
        defaultCurrency: 840,
        roadmapFolder: { path: "Roadmaps" },
        skillSynonyms: ["gql"],
        roadmapMappings: "Go = Go.md",
      }),
    ).toEqual(defaultSettings());
  });

  test("the result never shares objects with the defaults of the next call", () => {
    const migrated = migrateSettings(null);
    migrated.stages.push({ name: "Ghosted", closed: false });
    migrated.fieldNames.company = "Employer";
    expect(migrateSettings(null)).toMatchObject(DEFAULTS);
    expect(migrateSettings(null).stages).toEqual(DEFAULTS.stages);
    expect(defaultSettings().fieldNames).toEqual(DEFAULTS.fieldNames);
  });
});

describe("migrateSettings: older and partial objects", () => {
  test("keeps what is valid and fills in the rest", () => {
    expect(migrateSettings({ jobsFolder: "Jobs", roadmapFolder: "Roadmaps" })).toEqual({ ...defaultSettings(), jobsFolder: "Jobs", roadmapFolder: "Roadmaps" });
  });

  test("an older version number becomes the current one", () => {
    expect(migrateSettings({ version: 0, jobsFolder: "Jobs" })).toEqual({ ...defaultSettings(), jobsFolder: "Jobs" });
  });

  test("unknown keys are dropped", () => {
    expect(migrateSettings({ legacyOption: true, jobsFolder: "Jobs" })).not.toHaveProperty("legacyOption");
  });

  test("folder names are trimmed", () => {
    expect(migrateSettings({ jobsFolder: "  Jobs  ", roadmapFolder: "\tRoadmaps\n" })).toMatchObject({ jobsFolder: "Jobs", roadmapFolder: "Roadmaps" });
  });

  test("partial field names keep the defaults for the rest", () => {
    expect(migrateSettings({ fieldNames: { company: "Employer", url: " Link ", stage: "", title: 3 } }).fieldNames).toEqual({
      ...DEFAULTS.fieldNames,
      company: "Employer",
      url: "Link",
    });
  });

  test("synonyms and mappings keep only non-empty string pairs, trimmed", () => {
    const s = migrateSettings({
      skillSynonyms: { " gql ": " GraphQL ", pg: 5, "": "Empty", blank: "  ", k8s: "Kubernetes" },
      roadmapMappings: { Go: "Roadmaps/Go.md", Rust: null },
    });
    expect(s.skillSynonyms).toEqual({ gql: "GraphQL", k8s: "Kubernetes" });
    expect(s.roadmapMappings).toEqual({ Go: "Roadmaps/Go.md" });
  });

  test("a full valid object is kept as it is", () => {
    const stored = {
      version: SETTINGS_VERSION,
      jobsFolder: "Career/Jobs",
      stages: [
        { name: "Wishlist", closed: false },
        { name: "Done", closed: true },
      ],
      fieldNames: { company: "Employer", title: "Role", stage: "Status", skills: "Tech", salary: "Pay", location: "Where", remote: "WFH", url: "Ad" },
      defaultCurrency: "EUR",
      roadmapFolder: "Learning",
      skillSynonyms: { gql: "GraphQL" },
      roadmapMappings: { Go: "Learning/Go.md" },
    };
    expect(migrateSettings(stored)).toEqual({ ...defaultSettings(), ...stored });
  });

  test("does not change the stored object", () => {
    const stored = { jobsFolder: " Jobs ", stages: ["Applied", "applied"], skillSynonyms: { a: 1 } };
    const copy = JSON.parse(JSON.stringify(stored)) as unknown;
    migrateSettings(stored);
    expect(stored).toEqual(copy);
  });
});

describe("migrateSettings: currency", () => {
  test.each([
    ["EUR", "EUR"],
    ["eur", "EUR"],
    [" gbp ", "GBP"],
    ["dollars", "USD"],
    ["US", "USD"],
    ["€", "USD"],
    ["EU1", "USD"],
    ["", "USD"],
  ])("%j -> %j", (stored, expected) => {
    expect(migrateSettings({ defaultCurrency: stored }).defaultCurrency).toBe(expected);
  });
});

describe("migrateSettings: stages", () => {
  test("duplicate stages (in any case) keep the first", () => {
    expect(
      migrateSettings({
        stages: [
          { name: "Applied", closed: false },
          { name: "applied", closed: true },
          { name: " APPLIED ", closed: false },
          { name: "Rejected", closed: true },
        ],
      }).stages,
    ).toEqual([
      { name: "Applied", closed: false },
      { name: "Rejected", closed: true },
    ]);
  });

  test("stages as plain strings are open stages", () => {
    expect(migrateSettings({ stages: [" Wishlist ", "Applied"] }).stages).toEqual([
      { name: "Wishlist", closed: false },
      { name: "Applied", closed: false },
    ]);
  });

  test("invalid items are skipped; closed must be exactly true", () => {
    expect(
      migrateSettings({
        stages: [null, 3, { name: "" }, { name: "  " }, { closed: true }, { name: "Done", closed: "true" }, { name: "Lost", closed: true }, ["x"]],
      }).stages,
    ).toEqual([
      { name: "Done", closed: false },
      { name: "Lost", closed: true },
    ]);
  });

  test.each<[string, unknown]>([
    ["an empty list", []],
    ["a list of junk", [null, "", { name: " " }]],
  ])("%s gives the default stages", (_label, stages) => {
    expect(migrateSettings({ stages }).stages).toEqual(DEFAULTS.stages);
  });
});

describe("migrateSettings: properties", () => {
  test("is idempotent and always gives valid settings", () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const once = migrateSettings(stored);
        expect(migrateSettings(once)).toEqual(once);
        expect(once.version).toBe(SETTINGS_VERSION);
        expect(once.defaultCurrency).toMatch(/^[A-Z]{3}$/);
        expect(once.stages.length).toBeGreaterThan(0);
        const keys = once.stages.map((s) => s.name.toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
        const fieldNames: Record<string, string> = { ...once.fieldNames };
        for (const key of Object.keys(DEFAULTS.fieldNames)) expect(fieldNames[key]?.trim()).toBeTruthy();
      }),
    );
  });

  test("never throws on objects shaped like settings with junk inside", () => {
    const junk = fc.anything();
    fc.assert(
      fc.property(
        fc.record(
          {
            jobsFolder: junk,
            stages: fc.oneof(fc.array(junk), fc.array(fc.record({ name: junk, closed: junk }))),
            fieldNames: fc.oneof(junk, fc.dictionary(fc.constantFrom("company", "title", "stage", "url"), junk)),
            defaultCurrency: junk,
            skillSynonyms: fc.dictionary(fc.string(), junk),
          },
          { requiredKeys: [] },
        ),
        (stored) => {
          const s = migrateSettings(stored);
          expect(s.stages.length).toBeGreaterThan(0);
          for (const v of Object.values(s.skillSynonyms)) expect(typeof v).toBe("string");
        },
      ),
    );
  });
});

describe("migrateSettings: folders", () => {
  test.each([
    ["../Career//Jobs/", "Career/Jobs"],
    ["/Jobs", "Jobs"],
    ["Jobs\\\\2026", "Jobs/2026"],
    ["  ", ""],
  ])("a stored folder %j is read as %j, the folder notes are written to", (stored, clean) => {
    const s = migrateSettings({ jobsFolder: stored, roadmapFolder: stored });
    expect(s.jobsFolder).toBe(clean);
    expect(s.roadmapFolder).toBe(clean);
  });
});

describe("property names", () => {
  test.each([
    ["company", "Stage", '"Stage" already holds the stage.'],
    ["company", "job posting", '"Job_Posting" already holds the url.'],
    ["title", "ID", '"ID" is a property Job Hunt writes itself.'],
    ["stage", "stage history", '"stage history" is a property Job Hunt writes itself.'],
    ["skills", "  ", "A property name needs a letter or a digit."],
    ["skills", "_", "A property name needs a letter or a digit."],
    ["skills", "⭐", "A property name needs a letter or a digit."],
    ["company", "Firma", null],
    ["company", "Employer", null],
    ["company", "company", null],
  ] as const)("%s as %j: %j", (key, value, problem) => {
    expect(fieldNameProblem(DEFAULT_FIELD_NAMES, key, value)).toBe(problem);
  });

  test("names that clash in stored settings go back to their defaults, so no template has a key twice", () => {
    const s = migrateSettings({ fieldNames: { company: "Stage", title: "modified", stage: "Status", skills: "status" } });
    expect(s.fieldNames).toMatchObject({ company: "Company", title: "title", stage: "Status", skills: "Skills" });
  });
});
