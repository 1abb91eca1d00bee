import fc from "fast-check";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { readNote, type NoteMeta } from "../../src/core/note-reader";
import { PostingIndex } from "../../src/core/posting-index";
import { defaultSettings, type JobHuntSettings } from "../../src/core/settings";
import type { DashboardStats } from "../../src/core/stats";

function settingsWith(change: (s: JobHuntSettings) => void = () => undefined): JobHuntSettings {
  const s = defaultSettings();
  change(s);
  return s;
}

/** A note at `path` with frontmatter `yaml` (none when null) and a body. */
function md(path: string, yaml: string | null, body = "", mtime = 0): NoteMeta {
  return readNote(path, yaml === null ? body : `---\n${yaml}\n---\n${body}`, parseYamlPackage, mtime);
}

function job(path: string, company: string, stage: string, skills: string[] = [], extra = ""): NoteMeta {
  const skillLines = skills.length > 0 ? `\nSkills:\n${skills.map((s) => `  - ${JSON.stringify(s)}`).join("\n")}` : "";
  return md(path, `Company: ${JSON.stringify(company)}\nStage: ${JSON.stringify(stage)}${skillLines}${extra ? `\n${extra}` : ""}`);
}

function indexOf(notes: NoteMeta[], settings: JobHuntSettings = defaultSettings()): PostingIndex {
  const index = new PostingIndex(settings);
  index.load(notes);
  return index;
}

const stageCounts = (stats: DashboardStats): Array<[string, number]> => stats.stages.map((s) => [s.name, s.count]);
const skillRows = (stats: DashboardStats): Array<[string, number, number, number]> =>
  stats.skills.map((s) => [s.name, s.count, s.active, s.closed]);

describe("PostingIndex: an empty index", () => {
  test("has no postings and every stage at zero", () => {
    const stats = new PostingIndex(defaultSettings()).stats();
    expect(stats).toEqual({
      revision: 0,
      total: 0,
      active: 0,
      closed: 0,
      stages: defaultSettings().stages.map((s) => ({ name: s.name, count: 0, known: true, closed: s.closed })),
      skills: [],
      salaries: [],
    });
  });
});

describe("PostingIndex: one note at a time", () => {
  test("upsert adds a posting", () => {
    const index = new PostingIndex(defaultSettings());
    index.upsert(job("Jobs/Acme.md", "Acme", "Applied", ["Go"]));
    expect(index.has("Jobs/Acme.md")).toBe(true);
    expect(index.posting("Jobs/Acme.md")).toMatchObject({ company: "Acme", stage: "Applied", title: "Acme" });
    expect(index.postings().map((p) => p.path)).toEqual(["Jobs/Acme.md"]);
    expect(index.stats().total).toBe(1);
  });

  test("upsert replaces a posting", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"])]);
    index.upsert(job("Jobs/Acme.md", "Acme", "Offer", ["Rust"]));
    expect(index.postings()).toHaveLength(1);
    expect(index.posting("Jobs/Acme.md")?.stage).toBe("Offer");
    expect(stageCounts(index.stats())).toContainEqual(["Applied", 0]);
    expect(stageCounts(index.stats())).toContainEqual(["Offer", 1]);
    expect(skillRows(index.stats())).toEqual([["Rust", 1, 1, 0]]);
  });

  test("a posting that loses its company key leaves the postings", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"])]);
    index.upsert(md("Jobs/Acme.md", "title: Just notes"));
    expect(index.postings()).toEqual([]);
    expect(index.has("Jobs/Acme.md")).toBe(true);
    expect(index.stats().skills).toEqual([]);
  });

  test("remove takes a posting out", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"]), job("Jobs/Globex.md", "Globex", "Applied", ["Go"])]);
    index.remove("Jobs/Acme.md");
    expect(index.has("Jobs/Acme.md")).toBe(false);
    expect(index.posting("Jobs/Acme.md")).toBeUndefined();
    expect(index.postings().map((p) => p.path)).toEqual(["Jobs/Globex.md"]);
    expect(stageCounts(index.stats())).toContainEqual(["Applied", 1]);
    expect(skillRows(index.stats())).toEqual([["Go", 1, 1, 0]]);
  });

  test("rename moves a posting; its title follows the file name", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"])]);
    index.rename("Jobs/Acme.md", "Jobs/2024/Acme - Backend.md");
    expect(index.has("Jobs/Acme.md")).toBe(false);
    expect(index.postings().map((p) => [p.path, p.title])).toEqual([["Jobs/2024/Acme - Backend.md", "Acme - Backend"]]);
    expect(index.stats().total).toBe(1);
  });

  test("rename out of the jobs folder makes a posting a plain note, and back again", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"])], settingsWith((s) => (s.jobsFolder = "Jobs")));
    index.rename("Jobs/Acme.md", "Archive/Acme.md");
    expect(index.postings()).toEqual([]);
    expect(index.has("Archive/Acme.md")).toBe(true);
    expect(index.stats().skills).toEqual([]);
    index.rename("Archive/Acme.md", "Jobs/Acme.md");
    expect(index.postings().map((p) => p.path)).toEqual(["Jobs/Acme.md"]);
    expect(skillRows(index.stats())).toEqual([["Go", 1, 1, 0]]);
  });

  test("rename keeps a roadmap note's progress under its new name", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"]), md("Notes/Go.md", null, "- [x] a\n- [ ] b\n")]);
    index.rename("Notes/Go.md", "Roadmaps/Go Roadmap.md");
    expect(index.roadmapFor("Go")).toEqual({ path: "Roadmaps/Go Roadmap.md", progress: { done: 1, total: 2 } });
  });

  test("remove and rename of unknown paths do nothing", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied")]);
    const revision = index.revision;
    const stats = index.stats();
    index.remove("Jobs/Nope.md");
    index.rename("Jobs/Nope.md", "Jobs/Other.md");
    expect(index.revision).toBe(revision);
    expect(index.has("Jobs/Other.md")).toBe(false);
    expect(index.stats()).toBe(stats);
  });

  test("load replaces the whole content", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"]), md("Go.md", null, "- [ ] a")]);
    index.load([job("Jobs/Globex.md", "Globex", "Offer", ["Rust"])]);
    expect(index.has("Jobs/Acme.md")).toBe(false);
    expect(index.has("Go.md")).toBe(false);
    expect(index.postings().map((p) => p.path)).toEqual(["Jobs/Globex.md"]);
    expect(skillRows(index.stats())).toEqual([["Rust", 1, 1, 0]]);
    expect(index.roadmapFor("Go")).toBeNull();
  });
});

describe("PostingIndex: revision", () => {
  test.each<[string, (index: PostingIndex) => void]>([
    ["a new posting", (i) => i.upsert(job("Jobs/New.md", "New", "Applied"))],
    ["a changed posting", (i) => i.upsert(job("Jobs/Acme.md", "Acme", "Offer"))],
    ["a removed posting", (i) => i.remove("Jobs/Acme.md")],
    ["a renamed posting", (i) => i.rename("Jobs/Acme.md", "Jobs/Acme 2.md")],
    ["a new plain note", (i) => i.upsert(md("Notes/New.md", "tags: [x]"))],
    ["a removed plain note", (i) => i.remove("Notes/Go.md")],
    ["a renamed plain note", (i) => i.rename("Notes/Go.md", "Notes/Go Roadmap.md")],
    ["a plain note whose tasks changed", (i) => i.upsert(md("Notes/Go.md", null, "- [x] a\n- [x] b\n"))],
    ["a plain note whose aliases changed", (i) => i.upsert(md("Notes/Go.md", "aliases: [golang]", "- [x] a\n- [ ] b\n"))],
    ["a plain note that becomes a posting", (i) => i.upsert(md("Notes/Go.md", "Company: Acme", "- [x] a\n- [ ] b\n"))],
    ["a plain note whose frontmatter breaks like a posting", (i) => i.upsert(md("Notes/Go.md", 'Company: "Acme', "- [x] a\n- [ ] b\n"))],
    ["a new load", (i) => i.load([])],
    ["new settings", (i) => i.setSettings(defaultSettings())],
  ])("moves on %s", (_label, change) => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"]), md("Notes/Go.md", null, "- [x] a\n- [ ] b\n")]);
    const before = index.revision;
    const stats = index.stats();
    change(index);
    expect(index.revision).toBeGreaterThan(before);
    expect(index.stats()).not.toBe(stats);
    expect(index.stats().revision).toBe(index.revision);
  });

  test("does not move when an unrelated plain note is upserted again unchanged", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"]), md("Notes/Diary.md", "mood: fine", "- [ ] walk\n")]);
    const revision = index.revision;
    const stats = index.stats();
    const postings = index.postings();
    index.upsert(md("Notes/Diary.md", "mood: fine", "- [ ] walk\n"));
    expect(index.revision).toBe(revision);
    expect(index.stats()).toBe(stats);
    expect(index.postings()).toBe(postings);
  });

  test("does not move when a plain note's text changes but not its tasks or aliases", () => {
    const index = indexOf([md("Notes/Diary.md", "mood: fine", "- [ ] walk\n")]);
    const revision = index.revision;
    index.upsert(md("Notes/Diary.md", "mood: great", "Some new text.\n- [ ] walk\n", 99));
    expect(index.revision).toBe(revision);
  });

  test("listeners hear every new revision until they unsubscribe", () => {
    const index = new PostingIndex(defaultSettings());
    const heard: number[] = [];
    const unsubscribe = index.subscribe((r) => heard.push(r));
    index.upsert(job("Jobs/Acme.md", "Acme", "Applied"));
    index.upsert(job("Jobs/Acme.md", "Acme", "Offer"));
    index.remove("Jobs/Nope.md");
    index.remove("Jobs/Acme.md");
    unsubscribe();
    index.upsert(job("Jobs/Acme.md", "Acme", "Applied"));
    expect(heard).toEqual([1, 2, 3]);
    expect(index.revision).toBe(4);
  });
});

describe("PostingIndex: stats are cached per revision", () => {
  test("the same object twice without a change", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"])]);
    expect(index.stats()).toBe(index.stats());
    expect(index.postings()).toBe(index.postings());
  });

  test("a fresh object after a change, reflecting it", () => {
    const index = indexOf([job("Jobs/Acme.md", "Acme", "Applied", ["Go"])]);
    const first = index.stats();
    index.upsert(job("Jobs/Globex.md", "Globex", "Applied", ["Go"]));
    const second = index.stats();
    expect(second).not.toBe(first);
    expect(first.total).toBe(1);
    expect(second.total).toBe(2);
    expect(second.revision).toBe(first.revision + 1);
  });
});

describe("PostingIndex: stages", () => {
  test("in pipeline order with zero counts, unknown stages after, by name", () => {
    const index = indexOf([
      job("Jobs/1.md", "A", "applied"),
      job("Jobs/2.md", "B", "Applied"),
      job("Jobs/3.md", "C", "rejected"),
      job("Jobs/4.md", "D", "Parked"),
      job("Jobs/5.md", "E", "On hold"),
      job("Jobs/6.md", "F", ""),
    ]);
    const stats = index.stats();
    expect(stats.stages).toEqual([
      { name: "Research", count: 1, known: true, closed: false },
      { name: "Applied", count: 2, known: true, closed: false },
      { name: "Screening", count: 0, known: true, closed: false },
      { name: "Interview", count: 0, known: true, closed: false },
      { name: "Offer", count: 0, known: true, closed: false },
      { name: "Accepted", count: 0, known: true, closed: true },
      { name: "Rejected", count: 1, known: true, closed: true },
      { name: "Withdrawn", count: 0, known: true, closed: true },
      { name: "On hold", count: 1, known: false, closed: false },
      { name: "Parked", count: 1, known: false, closed: false },
    ]);
    expect({ total: stats.total, active: stats.active, closed: stats.closed }).toEqual({ total: 6, active: 5, closed: 1 });
  });

  test("an unknown stage spelled several ways is one column, in the most common spelling", () => {
    const index = indexOf([job("Jobs/1.md", "A", "on hold"), job("Jobs/2.md", "B", "On hold"), job("Jobs/3.md", "C", "On  hold")]);
    expect(index.stats().stages.filter((s) => !s.known)).toEqual([{ name: "On hold", count: 3, known: false, closed: false }]);
  });

  test("an unknown stage's column goes when its last posting leaves it", () => {
    const index = indexOf([job("Jobs/1.md", "A", "Paused")]);
    index.upsert(job("Jobs/1.md", "A", "Rejected"));
    expect(index.stats().stages.map((s) => s.name)).toEqual(defaultSettings().stages.map((s) => s.name));
  });
});

describe("PostingIndex: skills", () => {
  test("sorted by count, then name, with the active/closed split", () => {
    const index = indexOf([
      job("Jobs/1.md", "A", "Applied", ["Go", "postgres", "Rust"]),
      job("Jobs/2.md", "B", "Rejected", ["golang", "PostgreSQL"]),
      job("Jobs/3.md", "C", "Interview", ["Go", "AWS"]),
      job("Jobs/4.md", "D", "Withdrawn", ["Rust"]),
    ]);
    expect(skillRows(index.stats())).toEqual([
      ["Go", 3, 2, 1],
      ["PostgreSQL", 2, 1, 1],
      ["Rust", 2, 1, 1],
      ["AWS", 1, 1, 0],
    ]);
  });

  test("a skill the vocabulary does not know shows its most common spelling", () => {
    const index = indexOf([
      job("Jobs/1.md", "A", "Applied", ["pajamas design system"]),
      job("Jobs/2.md", "B", "Applied", ["Pajamas Design System"]),
      job("Jobs/3.md", "C", "Applied", ["Pajamas Design System"]),
    ]);
    expect(skillRows(index.stats())).toEqual([["Pajamas Design System", 3, 3, 0]]);
  });

  test("a posting moving to a closed stage moves its skills from active to closed", () => {
    const index = indexOf([job("Jobs/1.md", "A", "Applied", ["Go"]), job("Jobs/2.md", "B", "Applied", ["Go"])]);
    index.upsert(job("Jobs/1.md", "A", "Rejected", ["Go"]));
    expect(skillRows(index.stats())).toEqual([["Go", 2, 1, 1]]);
  });
});

describe("PostingIndex: roadmaps", () => {
  const notes = (): NoteMeta[] => [
    job("Jobs/Acme.md", "Acme", "Applied", ["Go", "k8s", "Ruby", "Rust"]),
    md("Roadmaps/Go Roadmap.md", null, "- [x] Tour\n- [x] Concurrency\n- [ ] Generics\n"),
    md("Learning/Container orchestration.md", "aliases: [k8s]", "- [ ] Pods\n"),
    md("Learning/Ruby on Rails.md", null, "- [x] MVC\n"),
  ];

  test("each skill with its roadmap and progress; no fuzzy match", () => {
    const skills = indexOf(notes()).stats().skills;
    const byName = Object.fromEntries(skills.map((s) => [s.name, { roadmap: s.roadmap, progress: s.progress }]));
    expect(byName).toEqual({
      Go: { roadmap: "Roadmaps/Go Roadmap.md", progress: { done: 2, total: 3 } },
      Kubernetes: { roadmap: "Learning/Container orchestration.md", progress: { done: 0, total: 1 } },
      Ruby: { roadmap: null, progress: null },
      Rust: { roadmap: null, progress: null },
    });
  });

  test("skillDemand counts only the postings given, with the same roadmaps; over all postings it is the stats' list", () => {
    const index = indexOf([
      ...notes(),
      job("Jobs/Globex.md", "Globex", "Rejected", ["golang", "Python"]),
      job("Jobs/Initech.md", "Initech", "Offer", ["Python"]),
    ]);
    const all = index.postings();
    expect(index.skillDemand(all)).toEqual(index.stats().skills);
    const rejected = all.filter((p) => p.company === "Globex");
    expect(index.skillDemand(rejected).map((s) => [s.name, s.count, s.active, s.closed, s.roadmap])).toEqual([
      ["Go", 1, 0, 1, "Roadmaps/Go Roadmap.md"],
      ["Python", 1, 0, 1, null],
    ]);
    expect(index.skillDemand([])).toEqual([]);
  });

  test("roadmapFor reads the skill through synonyms", () => {
    const index = indexOf(notes());
    expect(index.roadmapFor("golang")).toEqual({ path: "Roadmaps/Go Roadmap.md", progress: { done: 2, total: 3 } });
    expect(index.roadmapFor("Kubernetes")?.path).toBe("Learning/Container orchestration.md");
    expect(index.roadmapFor("Ruby")).toBeNull();
    expect(index.roadmapFor("")).toBeNull();
  });

  test("progress follows the roadmap note as it changes", () => {
    const index = indexOf(notes());
    index.upsert(md("Roadmaps/Go Roadmap.md", null, "- [x] Tour\n- [x] Concurrency\n- [x] Generics\n- [ ] Fuzzing\n"));
    expect(index.stats().skills.find((s) => s.name === "Go")?.progress).toEqual({ done: 3, total: 4 });
  });

  test("a new roadmap note is found; a removed one is forgotten", () => {
    const index = indexOf(notes());
    index.upsert(md("Notes/Rust.md", null, "- [ ] Ownership\n"));
    expect(index.stats().skills.find((s) => s.name === "Rust")?.roadmap).toBe("Notes/Rust.md");
    index.remove("Notes/Rust.md");
    expect(index.stats().skills.find((s) => s.name === "Rust")?.roadmap).toBeNull();
  });

  test("a posting is never a skill's roadmap", () => {
    const index = indexOf([job("Jobs/Go.md", "Go Inc", "Applied", ["Go"])]);
    expect(index.roadmapFor("Go")).toBeNull();
    expect(index.stats().skills[0]?.roadmap).toBeNull();
  });

  test("a roadmap folder and mappings from settings", () => {
    const settings = settingsWith((s) => {
      s.roadmapFolder = "Roadmaps";
      s.roadmapMappings = { Rust: "Study/Rust plan.md" };
    });
    const index = indexOf([...notes(), md("Go.md", null), md("Study/Rust plan.md", null, "- [x] a\n"), md("Rust.md", null)], settings);
    expect(index.roadmapFor("Go")?.path).toBe("Roadmaps/Go Roadmap.md");
    expect(index.roadmapFor("Rust")).toEqual({ path: "Study/Rust plan.md", progress: { done: 1, total: 1 } });
  });
});

describe("PostingIndex: problems", () => {
  test("empty companies and broken frontmatter are listed by path", () => {
    const index = indexOf([
      md("Jobs/b.md", 'Company: "Acme\nStage: Applied'),
      job("Jobs/a.md", "", "Applied"),
      md("Jobs/c.md", 'Stage: "Applied'),
      job("Jobs/d.md", "Acme", "Applied"),
    ]);
    expect(index.problems()).toEqual([
      { path: "Jobs/a.md", message: "Company is empty." },
      { path: "Jobs/b.md", message: 'The frontmatter is not valid YAML (Missing closing "quote at line 3), so this posting is left out until it is fixed.' },
    ]);
    expect(index.postings().map((p) => p.path)).toEqual(["Jobs/a.md", "Jobs/d.md"]);
  });

  test("a fixed note loses its problem; a removed one too", () => {
    const index = indexOf([md("Jobs/b.md", 'Company: "Acme'), job("Jobs/a.md", "", "Applied")]);
    index.upsert(md("Jobs/b.md", 'Company: "Acme"'));
    index.remove("Jobs/a.md");
    expect(index.problems()).toEqual([]);
    expect(index.postings().map((p) => p.path)).toEqual(["Jobs/b.md"]);
  });

  test("a renamed note's problem moves with it", () => {
    const index = indexOf([job("Jobs/a.md", "", "Applied")]);
    index.rename("Jobs/a.md", "Jobs/z.md");
    expect(index.problems()).toEqual([{ path: "Jobs/z.md", message: "Company is empty." }]);
  });
});

describe("PostingIndex: setSettings re-reads everything", () => {
  const notes = (): NoteMeta[] => [
    job("Jobs/1.md", "A", "Applied", ["gql", "Go"]),
    job("Jobs/2.md", "B", "Someday", ["GraphQL"]),
    job("Archive/3.md", "C", "Done", ["Rust"]),
    md("Jobs/4.md", "Organisation: D\nStatus: Applied\nSkills: [Go]"),
    md("Archive/Rust.md", null, "- [x] a\n"),
  ];

  test("new stages", () => {
    const index = indexOf(notes());
    expect(index.stats().stages.filter((s) => !s.known).map((s) => s.name)).toEqual(["Done", "Someday"]);
    index.setSettings(
      settingsWith((s) => {
        s.stages = [
          { name: "Someday", closed: false },
          { name: "Applied", closed: false },
          { name: "Done", closed: true },
        ];
      }),
    );
    expect(index.pipeline.names()).toEqual(["Someday", "Applied", "Done"]);
    const stats = index.stats();
    expect(stats.stages).toEqual([
      { name: "Someday", count: 1, known: true, closed: false },
      { name: "Applied", count: 1, known: true, closed: false },
      { name: "Done", count: 1, known: true, closed: true },
    ]);
    expect({ active: stats.active, closed: stats.closed }).toEqual({ active: 2, closed: 1 });
    expect(index.posting("Archive/3.md")).toMatchObject({ stageKnown: true, closed: true });
  });

  test("new synonyms", () => {
    const index = indexOf(notes());
    expect(skillRows(index.stats()).map(([name, count]) => [name, count])).toContainEqual(["gql", 1]);
    index.setSettings(settingsWith((s) => (s.skillSynonyms = { gql: "GraphQL" })));
    expect(skillRows(index.stats()).map(([name, count]) => [name, count])).toEqual([
      ["GraphQL", 2],
      ["Go", 1],
      ["Rust", 1],
    ]);
    expect(index.skills.canonical("gql")?.name).toBe("GraphQL");
  });

  test("a jobs folder", () => {
    const index = indexOf(notes());
    expect(index.postings().map((p) => p.path)).toEqual(["Archive/3.md", "Jobs/1.md", "Jobs/2.md"]);
    index.setSettings(settingsWith((s) => (s.jobsFolder = "Jobs")));
    expect(index.settings.jobsFolder).toBe("Jobs");
    expect(index.postings().map((p) => p.path)).toEqual(["Jobs/1.md", "Jobs/2.md"]);
    expect(skillRows(index.stats()).map(([name]) => name)).not.toContain("Rust");
    expect(index.roadmapFor("Rust")?.path).toBe("Archive/Rust.md");
  });

  test("new field names", () => {
    const index = indexOf(notes());
    index.setSettings(
      settingsWith((s) => {
        s.fieldNames.company = "Organisation";
        s.fieldNames.stage = "Status";
      }),
    );
    expect(index.postings().map((p) => [p.path, p.company, p.stage])).toEqual([["Jobs/4.md", "D", "Applied"]]);
    expect(skillRows(index.stats())).toEqual([["Go", 1, 1, 0]]);
  });

  test("back to the old settings gives the old stats", () => {
    const index = indexOf(notes());
    const before = { ...index.stats(), revision: 0 };
    index.setSettings(settingsWith((s) => (s.jobsFolder = "Jobs")));
    index.setSettings(defaultSettings());
    expect({ ...index.stats(), revision: 0 }).toEqual(before);
  });
});

describe("PostingIndex: a live index equals a freshly loaded one", () => {
  const PATHS = [
    "Jobs/a.md",
    "Jobs/b.md",
    "Jobs/sub/Go.md",
    "Archive/c.md",
    "Roadmaps/Go.md",
    "Roadmaps/Rust Roadmap.md",
    "Notes/Go Roadmap.md",
    "Notes/k8s.md",
    "Roadmaps/Java 17.md",
    "Notes/🐍 Python.md",
  ];
  const path = fc.constantFrom(...PATHS);

  const skillList = fc.subarray(["Go", "golang", "Rust", "k8s", "Kubernetes", "Ruby", "pajamas", "Pajamas", "gql", "Java 17", "Java", "🐍 Python", "Python"]);
  const noteText = fc.oneof(
    // A posting.
    fc
      .record({
        company: fc.constantFrom("Acme", "[[Globex]]", "[[orgs/Initech|Initech]]", "", "42"),
        stage: fc.constantFrom("Applied", " applied", "Rejected", "On hold", "on hold", "Ghosted", ""),
        // Lists, comma text, nothing and a nested object: a full load parses some later than others.
        skills: fc.oneof(
          { weight: 4, arbitrary: skillList },
          skillList.map((items) => items.join(", ")),
          fc.constantFrom<unknown>(null, { lead: "Go" }, ["Go", { name: "Rust", level: "expert" }]),
        ),
        salary: fc.constantFrom<unknown>("$80k - $120k", "€50k", "$85/hr", "Competitive", "100000", "", 95000, { min: 80000, max: 120000 }, { note: "ask" }, ["$90k"], null),
        tasks: fc.array(fc.boolean(), { maxLength: 3 }),
      })
      .map(({ company, stage, skills, salary, tasks }) =>
        [
          "---",
          `Company: ${JSON.stringify(company)}`,
          `Stage: ${JSON.stringify(stage)}`,
          `Skills: ${JSON.stringify(skills)}`,
          `Salary: ${JSON.stringify(salary)}`,
          "---",
          ...tasks.map((done) => `- [${done ? "x" : " "}] step`),
        ].join("\n"),
      ),
    // A roadmap or plain note.
    fc
      .record({ aliases: fc.subarray(["k8s", "golang", "Ruby"]), tasks: fc.array(fc.boolean(), { maxLength: 3 }) })
      .map(({ aliases, tasks }) => [`---\naliases: ${JSON.stringify(aliases)}\n---`, ...tasks.map((done) => `- [${done ? "x" : " "}] learn`)].join("\n")),
    // Broken frontmatter, with or without a company line, and a template.
    fc.constantFrom('---\nCompany: "Acme\n---\n', '---\nStage: "x\n---\n', '---\nCompany: "{{company}}"\n---\n', "No frontmatter\n- [ ] a\n"),
  );

  const settingsA = settingsWith((s) => {
    s.roadmapFolder = "Roadmaps";
  });
  const settingsB = settingsWith((s) => {
    s.jobsFolder = "Jobs";
    s.skillSynonyms = { gql: "GraphQL", pajamas: "Pajamas Design System" };
  });

  type Op =
    | { kind: "upsert"; path: string; text: string }
    | { kind: "remove"; path: string }
    | { kind: "rename"; from: string; to: string }
    | { kind: "settings"; which: "A" | "B" }
    | { kind: "look" };

  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 5, arbitrary: fc.record({ kind: fc.constant("upsert" as const), path, text: noteText }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), path }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("rename" as const), from: path, to: path }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("settings" as const), which: fc.constantFrom("A" as const, "B" as const) }) },
    { weight: 2, arbitrary: fc.constant({ kind: "look" as const }) },
  );

  const comparable = (index: PostingIndex): unknown => ({
    stats: { ...index.stats(), revision: 0 },
    postings: index.postings(),
    problems: index.problems(),
  });

  test("for any sequence of upserts, removes and renames", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let settings = settingsA;
        const live = new PostingIndex(settings);
        const files = new Map<string, string>();
        for (const o of ops) {
          if (o.kind === "upsert") {
            files.set(o.path, o.text);
            live.upsert(readNote(o.path, o.text, parseYamlPackage));
          } else if (o.kind === "remove") {
            files.delete(o.path);
            live.remove(o.path);
          } else if (o.kind === "rename") {
            // A vault never renames a file onto another one.
            const text = files.get(o.from);
            if (text === undefined || files.has(o.to)) continue;
            files.delete(o.from);
            files.set(o.to, text);
            live.rename(o.from, o.to);
          } else if (o.kind === "settings") {
            settings = o.which === "A" ? settingsA : settingsB;
            live.setSettings(settings);
          } else {
            live.stats();
            live.postings();
          }
        }
        const fresh = new PostingIndex(settings);
        fresh.load([...files].map(([p, text]) => readNote(p, text, parseYamlPackage)));
        expect(comparable(live)).toEqual(comparable(fresh));
        // An index that keeps no notes for re-reading answers the same from the same notes.
        const once = new PostingIndex(settings, { keepNotes: false });
        once.load([...files].map(([p, text]) => readNote(p, text, parseYamlPackage)));
        expect(comparable(once)).toEqual(comparable(fresh));
      }),
      { numRuns: 300 },
    );
  });

  test("an index that keeps no notes follows upserts and removes as one that does", () => {
    const change = fc.oneof(
      { weight: 3, arbitrary: fc.record({ kind: fc.constant("upsert" as const), path, text: noteText }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), path }) },
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 25 }), (changes) => {
        const keeping = new PostingIndex(settingsB);
        const once = new PostingIndex(settingsB, { keepNotes: false });
        for (const c of changes) {
          for (const index of [keeping, once]) {
            if (c.kind === "upsert") index.upsert(readNote(c.path, c.text, parseYamlPackage));
            else index.remove(c.path);
          }
        }
        expect(comparable(once)).toEqual(comparable(keeping));
        expect(once.revision).toBe(keeping.revision);
      }),
      { numRuns: 200 },
    );
  });
});

describe("PostingIndex: an index made without keeping its notes", () => {
  test("says so when asked to re-read them, and changes nothing", () => {
    const index = new PostingIndex(defaultSettings(), { keepNotes: false });
    index.load([job("Jobs/a.md", "Acme", "Applied", ["Go"])]);
    const before = { stats: index.stats(), revision: index.revision };
    expect(() => index.setSettings(settingsWith((s) => (s.jobsFolder = "Elsewhere")))).toThrow(/setSettings re-reads the notes/);
    expect(() => index.rename("Jobs/a.md", "Jobs/b.md")).toThrow(/rename re-reads the notes/);
    expect(index.posting("Jobs/a.md")?.company).toBe("Acme");
    expect(index.has("Jobs/b.md")).toBe(false);
    expect({ stats: index.stats(), revision: index.revision }).toEqual(before);
  });
});
