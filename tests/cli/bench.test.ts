// The benchmark's synthetic vaults are valid vaults: their postings index as postings, their
// roadmap notes resolve for skills, and the same seed gives the same notes. (The benchmark's
// timings are not tested here: `npm run bench` is the measure.)
import { mkdtempSync, rmSync } from "node:fs";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { budgetsOf, median, type BenchFigures } from "../../cli/bench";
import { minimalIndex, touchFrontmatter } from "../../cli/bench-reference";
import { changePosting, generateVault, prng, writeVault, type BenchVault } from "../../cli/bench-vault";
import { indexVault } from "../../cli/report";
import { readNote } from "../../src/core/note-reader";
import { PostingIndex } from "../../src/core/posting-index";
import { defaultSettings } from "../../src/core/settings";

function indexOf(vault: BenchVault): PostingIndex {
  const index = new PostingIndex(defaultSettings());
  index.load(vault.notes.map((n) => readNote(n.path, n.text, parseYamlPackage)));
  return index;
}

const vault = generateVault({ postings: 1000, seed: 7 });
const index = indexOf(vault);
const stats = index.stats();

describe("generateVault", () => {
  test("1,000 postings give 1,000 postings in the index, less the ones with broken YAML, which are problems", () => {
    expect(vault.postingPaths).toHaveLength(1000);
    expect(vault.broken).toBeLessThan(10);
    expect(stats.total).toBe(1000 - vault.broken);
    const brokenProblems = index.problems().filter((p) => /not valid YAML/.test(p.message));
    expect(brokenProblems).toHaveLength(vault.broken);
    for (const p of index.postings()) expect(vault.postingPaths).toContain(p.path);
  });

  test("paths are unique, vault-relative Markdown paths", () => {
    const paths = vault.notes.map((n) => n.path);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    for (const p of paths) expect(p).toMatch(/^[^/].*\.md$/);
  });

  test("about a fifth of the notes are unrelated to the job hunt, and none of them is a posting", () => {
    const share = vault.unrelated / vault.notes.length;
    expect(share).toBeGreaterThan(0.18);
    expect(share).toBeLessThan(0.22);
    const special = new Set([...vault.postingPaths, ...vault.roadmapPaths]);
    for (const n of vault.notes) if (!special.has(n.path)) expect(index.posting(n.path)).toBeUndefined();
  });

  test("every stage of the pipeline is used, and a stage the pipeline does not know has its own column", () => {
    for (const s of stats.stages.filter((x) => x.known)) expect(s.count).toBeGreaterThan(0);
    expect(stats.stages.filter((s) => !s.known).length).toBeGreaterThan(0);
  });

  test("skills vary, with a long tail, and roadmap notes resolve for some of them (through names and aliases)", () => {
    expect(stats.skills.length).toBeGreaterThan(200);
    const top = stats.skills[0];
    const tail = stats.skills[stats.skills.length - 1];
    expect(top && tail && top.count > 20 * tail.count).toBe(true);
    const linked = stats.skills.filter((s) => s.roadmap !== null);
    expect(linked.length).toBeGreaterThanOrEqual(20);
    for (const s of linked) expect(vault.roadmapPaths).toContain(s.roadmap);
    for (const s of linked) expect(s.progress?.total).toBeGreaterThan(0);
    const aliased = vault.notes.filter((n) => vault.roadmapPaths.includes(n.path) && /^aliases:/m.test(n.text));
    expect(aliased.length).toBeGreaterThan(0);
  });

  test("salaries come in many formats: several currencies and periods, and some without numbers", () => {
    const groups = stats.salaries.map((g) => `${g.currency}/${g.period}`);
    expect(groups).toEqual(expect.arrayContaining(["USD/year", "EUR/year", "GBP/year", "USD/hour", "EUR/month"]));
    const postings = index.postings();
    expect(postings.some((p) => p.salary !== null && p.salary.min === null && p.salary.max === null)).toBe(true);
    expect(postings.some((p) => p.salary === null)).toBe(true);
  });

  test("keys come in different cases and spellings, and skills in every shape", () => {
    const texts = vault.notes.map((n) => n.text);
    expect(texts.some((t) => /^company: /m.test(t))).toBe(true);
    expect(texts.some((t) => /^Company: /m.test(t))).toBe(true);
    expect(texts.some((t) => /^job-posting: /m.test(t))).toBe(true);
    expect(texts.some((t) => /^Skills: \[/m.test(t))).toBe(true);
    expect(texts.some((t) => /^Skills: "/m.test(t))).toBe(true);
    expect(texts.some((t) => /^ {2}- "\[\[/m.test(t))).toBe(true);
    expect(index.postings().some((p) => p.remote)).toBe(true);
  });

  test("is deterministic for a seed, and another seed gives another vault", () => {
    expect(generateVault({ postings: 1000, seed: 7 })).toEqual(vault);
    expect(generateVault({ postings: 1000, seed: 8 }).notes).not.toEqual(vault.notes);
    const a = prng(3);
    const b = prng(3);
    for (let i = 0; i < 5; i++) expect(a()).toBe(b());
  });

  test("scales: 5,000 postings, with roadmaps and unrelated notes in proportion", () => {
    const big = generateVault({ postings: 5000, seed: 7 });
    expect(big.postingPaths).toHaveLength(5000);
    expect(big.roadmapPaths.length).toBe(150);
    expect(big.notes.length).toBe(5000 + 150 + big.unrelated);
  });
});

describe("changePosting", () => {
  test("sets the posting's stage and ticks a to-do; it stays a posting", () => {
    const candidates = vault.notes.filter((n) => index.posting(n.path) !== undefined).slice(0, 50);
    for (const [i, note] of candidates.entries()) {
      const before = index.posting(note.path);
      const after = indexOf({ ...vault, notes: [{ path: note.path, text: changePosting(note.text, i) }] }).posting(note.path);
      expect(after).toBeDefined();
      expect(after?.company).toBe(before?.company);
      expect(after?.tasks.done).toBe((before?.tasks.done ?? 0) + 1);
      expect(after?.stage).toBe(["Applied", "Screening", "Interview", "Offer", "Rejected", "Research"][i % 6]);
    }
  });
});

describe("writeVault", () => {
  test("writes the notes to disk, where the report command reads the same postings", () => {
    const small = generateVault({ postings: 200, seed: 11 });
    const dir = mkdtempSync(join(tmpdir(), "job-hunt-bench-test-"));
    try {
      writeVault(small, dir);
      const onDisk = indexVault(dir);
      const inMemory = indexOf(small);
      expect(onDisk.stats().total).toBe(inMemory.stats().total);
      expect(onDisk.postings().map((p) => p.path)).toEqual(inMemory.postings().map((p) => p.path));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the benchmark's helpers", () => {
  test("median and the frontmatter floor", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const metas = [readNote("a.md", "---\nCompany: Acme\nSkills:\n  - Go\n  - SQL\n---\n", parseYamlPackage), readNote("b.md", "no frontmatter", parseYamlPackage)];
    expect(touchFrontmatter(metas)).toBe("Company".length + "Acme".length + "Skills".length + "Go".length + "SQL".length);
  });

  test("the minimal index counts notes, postings, stages and skill items as written, and nothing more", () => {
    const metas = [
      readNote("a.md", "---\nCompany: Acme\nStage: Applied\nSkills:\n  - Go\n  - golang\n---\n", parseYamlPackage),
      readNote("b.md", "---\ncompany: Beta\nstage: applied\nSkills: Go, SQL\n---\n", parseYamlPackage),
      readNote("c.md", "---\ntitle: Not a posting\nSkills: [Go]\n---\n", parseYamlPackage),
      readNote("d.md", "no frontmatter", parseYamlPackage),
    ];
    const counts = minimalIndex(metas);
    expect(counts.notes).toBe(4);
    expect(counts.postings).toBe(2);
    // No stage matched, no skill split or merged: that is the plugin index's work.
    expect([...counts.stages]).toEqual([["Applied", 1], ["applied", 1]]);
    expect([...counts.skills]).toEqual([["Go", 1], ["golang", 1], ["Go, SQL", 1]]);
    // On the benchmark's vault it finds the plugin's postings, and the posting template too:
    // telling a template's placeholders from a company is the plugin index's work.
    expect(minimalIndex(vault.notes.map((n) => readNote(n.path, n.text, parseYamlPackage))).postings).toBe(stats.total + 1);
  });

  test("budgets: one per budget of the issue, holding when the value is within the limit", () => {
    const figures = {
      buildToFloor: { "10000": 4 },
      updateMs: { "1000": 1, "50000": 2.5 },
      update50kTo1k: 2.5,
      render: { "10000": { firstMs: 100, rerenderMs: 60 } },
      report: { ratio: 2 },
      onload: { medianMs: 1 },
      mainJs: { kilobytes: 251 },
    } as unknown as BenchFigures;
    const budgets = budgetsOf(figures);
    expect(budgets.map((b) => [b.name, b.holds])).toEqual([
      ["Full index build at 10k / floor", true],
      ["One-note update at 50k", false],
      ["One-note update 50k / 1k", true],
      ["First render at 10k", true],
      ["Re-render after one change at 10k", false],
      ["Report at 10k / read-only", true],
      ["Plugin onload", true],
      ["main.js (minified)", false],
    ]);
    for (const b of budgets) expect(Object.keys(b)).toEqual(["name", "value", "limit", "unit", "holds"]);
  });
});
