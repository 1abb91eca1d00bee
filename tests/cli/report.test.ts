// The report command's contract (design.md), checked on the bundled sample vault and on
// vaults made on the spot: JSON shape, pipeline order, skill order, problems.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { indexVault, missingJobsFolder } from "../../cli/report";
import { buildReport, formatReport } from "../../src/core/report";

const SAMPLE = "examples/vault";

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["scripts/run.mjs", ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("report --json on the sample vault", () => {
  const report = buildReport(indexVault(SAMPLE));

  test("has exactly the contract's keys", () => {
    expect(Object.keys(report)).toEqual(["postings", "stages", "skills", "problems"]);
    for (const p of report.postings) {
      expect(Object.keys(p)).toEqual(["path", "company", "title", "stage", "stageKnown", "skills", "salary", "location", "remote", "url"]);
      if (p.salary) expect(Object.keys(p.salary).sort()).toEqual(["currency", "max", "min", "period", "text"]);
    }
    for (const s of report.skills) expect(Object.keys(s)).toEqual(["name", "count", "roadmap", "progress"]);
  });

  test("stages follow the pipeline, zero counts included, unknown stages after", () => {
    expect(report.stages).toEqual([
      { name: "Research", count: 3 },
      { name: "Applied", count: 3 },
      { name: "Screening", count: 2 },
      { name: "Interview", count: 3 },
      { name: "Offer", count: 1 },
      { name: "Accepted", count: 0 },
      { name: "Rejected", count: 2 },
      { name: "Withdrawn", count: 2 },
      { name: "On hold", count: 1 },
    ]);
    expect(report.postings.find((p) => p.stage === "On hold")?.stageKnown).toBe(false);
  });

  test("skills are sorted by count, then name, with synonyms merged", () => {
    const sorted = [...report.skills].sort((a, b) => b.count - a.count || a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    expect(report.skills.map((s) => s.name)).toEqual(sorted.map((s) => s.name));
    const pg = report.skills.find((s) => s.name === "PostgreSQL");
    expect(pg).toEqual({ name: "PostgreSQL", count: 6, roadmap: "Roadmaps/PostgreSQL.md", progress: { done: 3, total: 14 } });
    expect(report.skills.filter((s) => /^postgres/i.test(s.name))).toHaveLength(1);
    for (const name of ["C", "C++", "C#", "Node.js", ".NET"]) expect(report.skills.map((s) => s.name)).toContain(name);
  });

  test("Ruby and Ruby on Rails resolve to their own roadmaps", () => {
    expect(report.skills.find((s) => s.name === "Ruby")?.roadmap).toBe("Roadmaps/Ruby.md");
    expect(report.skills.find((s) => s.name === "Ruby on Rails")?.roadmap).toBe("Roadmaps/Ruby on Rails Roadmap.md");
  });

  test("the seed note reads as the posting it is", () => {
    const gitlab = report.postings.find((p) => p.company === "GitLab");
    expect(gitlab).toMatchObject({
      path: "Jobs/GitLab - Intermediate Backend Engineer, Plan RoR.md",
      title: "Intermediate Backend Engineer, Plan RoR",
      stage: "Research",
      stageKnown: true,
      location: "Remote",
      remote: true,
      url: "https://job-boards.greenhouse.io/gitlab/jobs/7631783002",
      salary: { min: 80000, max: 210000, currency: "USD", period: "year", text: "$80k - $210k" },
    });
    expect(gitlab?.skills).toEqual(expect.arrayContaining(["GraphQL", "Ruby on Rails", "Ruby", "Redis", "PostgreSQL", "Grafana"]));
  });

  test("invalid YAML is a problem, not a posting; the template is neither", () => {
    expect(report.postings.map((p) => p.path)).not.toContain("Jobs/Broken Corp - Platform Engineer.md");
    expect(report.problems.map((p) => p.path)).toContain("Jobs/Broken Corp - Platform Engineer.md");
    expect(report.postings.map((p) => p.path)).not.toContain("Templates/Job posting.md");
    expect(report.postings.every((p) => !p.path.includes("\\"))).toBe(true);
  });

  test("an empty company still counts, with a problem", () => {
    const stealth = report.postings.find((p) => p.path.startsWith("Jobs/Stealth"));
    expect(stealth?.company).toBe("");
    expect(report.problems).toContainEqual({ path: stealth?.path, message: "Company is empty." });
  });
});

describe("report command line", () => {
  test("--json prints only JSON, equal to the core's report", () => {
    const r = runCli("report", SAMPLE, "--json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(buildReport(indexVault(SAMPLE)))));
  });

  test("without --json it prints a terminal dashboard", () => {
    const r = runCli("report", SAMPLE);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Job Hunt: 17 postings (13 active, 4 closed)");
    expect(r.stdout).toMatch(/PostgreSQL\s+6\s+Roadmaps\/PostgreSQL\.md \(3\/14 tasks, 21%\)/);
    expect(r.stdout).toMatch(/On hold\s+1\s+█+\s+\(not in the stage list\)/);
  });

  test("--json into a pipe arrives whole, however long it is", () => {
    // A pipe takes output in chunks of 64 KiB: exiting before it has taken the rest cut the JSON off.
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    for (let i = 0; i < 400; i++) {
      writeFileSync(join(dir, `Posting ${i}.md`), `---\nCompany: Company ${i}\nStage: Applied\nSkills: [Python, Docker, Kubernetes, PostgreSQL]\nSalary: $${100 + i}k\n---\n`);
    }
    // A reader that starts late, so that the pipe is full when the command is done.
    const r = spawnSync("sh", ["-c", `"${process.execPath}" scripts/run.mjs report "${dir}" --json | (sleep 1; cat)`], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(2 * 65_536);
    expect((JSON.parse(r.stdout) as ReturnType<typeof buildReport>).postings).toHaveLength(400);
  });

  test("a mistyped option is an error, not ignored", () => {
    const r = runCli("report", "examples/vault", "--jsno");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option: --jsno");
    expect(r.stdout).toBe("");
  });

  test("a missing folder is a clear error with a non-zero exit", () => {
    const r = runCli("report", "no/such/vault");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Not a folder: no/such/vault");
    expect(r.stdout).toBe("");
  });

  test("a vault with a BOM, CRLF, odd types and hostile text reports without crashing", () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    writeFileSync(join(dir, "a.md"), "\uFEFF---\r\nCompany: Acme\r\nStage: applied\r\nSkills: k8s, golang\r\n---\r\n- [x] done\r\n");
    writeFileSync(join(dir, "b.md"), "---\nCompany: 42\nStage: [Offer, Applied]\nSkills: {nested: true}\nSalary: null\ntitle: '<img src=x onerror=alert(1)>'\n---\n");
    const r = runCli("report", dir, "--json");
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as ReturnType<typeof buildReport>;
    expect(report.postings.map((p) => [p.company, p.stage, p.skills])).toEqual([
      ["Acme", "Applied", ["Kubernetes", "Go"]],
      ["42", "Applied", []],
    ]);
    expect(report.postings[1]?.title).toBe("<img src=x onerror=alert(1)>");
    expect(report.problems).toEqual([{ path: "b.md", message: "Skills is a nested object, not a list; it was ignored." }]);
  });

  test("settings saved in the vault are honoured (jobs folder, stages)", () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    mkdirSync(join(dir, ".obsidian/plugins/job-hunt"), { recursive: true });
    mkdirSync(join(dir, "Jobs"));
    writeFileSync(join(dir, ".obsidian/plugins/job-hunt/data.json"), JSON.stringify({ jobsFolder: "Jobs", stages: [{ name: "Lead" }, { name: "Done", closed: true }] }));
    writeFileSync(join(dir, "Jobs/a.md"), "---\nCompany: Acme\nStage: lead\n---\n");
    writeFileSync(join(dir, "elsewhere.md"), "---\nCompany: Not a job\n---\n");
    const text = formatReport(indexVault(dir));
    expect(text).toContain("Job Hunt: 1 posting (1 active, 0 closed)");
    expect(text).toMatch(/Lead\s+1/);
  });

  test("a jobs folder that is not in the vault is said, with the folder of that name in other letter case", () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    mkdirSync(join(dir, "Career/Jobs"), { recursive: true });
    expect(missingJobsFolder(dir, "Career/Jobs/")).toBeNull();
    expect(missingJobsFolder(dir, "")).toBeNull();
    // A folder linked into the vault is in it, as its notes are read.
    symlinkSync(join(dir, "Career/Jobs"), join(dir, "Linked jobs"));
    expect(missingJobsFolder(dir, "Linked jobs")).toBeNull();
    expect(missingJobsFolder(dir, "career/jobs")).toBe('The jobs folder "career/jobs" set in the plugin\'s settings is not in this vault, so no note counts as a posting. Did you mean "Career/Jobs"?\n');
    expect(missingJobsFolder(dir, "Applications")).toBe('The jobs folder "Applications" set in the plugin\'s settings is not in this vault, so no note counts as a posting.\n');
    // The command says it on stderr, and still prints the (empty) dashboard.
    mkdirSync(join(dir, ".obsidian/plugins/job-hunt"), { recursive: true });
    writeFileSync(join(dir, ".obsidian/plugins/job-hunt/data.json"), JSON.stringify({ jobsFolder: "career/jobs" }));
    writeFileSync(join(dir, "Career/Jobs/a.md"), "---\nCompany: Acme\n---\n");
    const r = runCli("report", dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Did you mean "Career/Jobs"?');
    expect(r.stdout).toContain("Job Hunt: 0 postings");
  });

  test("a roadmap note with no checklist yet shows no task count", () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    writeFileSync(join(dir, "a.md"), "---\nCompany: Acme\nSkills: [Rust]\n---\n");
    writeFileSync(join(dir, "Rust.md"), "# Rust\n\nNotes, no tasks.\n");
    const text = formatReport(indexVault(dir));
    expect(text).toMatch(/Rust\s+1\s+Rust\.md \(no tasks yet\)/);
    expect(text).not.toContain("0/0 tasks");
  });

  test("names in wide characters, emoji and accents keep the columns in line", () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    writeFileSync(join(dir, "a.md"), "---\nCompany: A\nStage: 保留中\nSkills: [日本語テスト, \"Cafe\u0301 skills\"]\n---\n");
    writeFileSync(join(dir, "b.md"), "---\nCompany: B\nStage: 🤔 Thinking\n---\n");
    writeFileSync(join(dir, "c.md"), `---\nCompany: C\nStage: ${"見送り".repeat(9)}\n---\n`);
    writeFileSync(join(dir, "d.md"), "---\nCompany: D\nStage: 👩‍💻 Coding\n---\n");
    const lines = formatReport(indexVault(dir)).split("\n");
    // A terminal draws each of these characters two columns wide, the accent on the letter before.
    expect(lines).toContain(`  保留中${" ".repeat(34 - 6)}    1  ${"█".repeat(30)}  (not in the stage list)`);
    expect(lines).toContain(`  🤔 Thinking${" ".repeat(34 - 11)}    1  ${"█".repeat(30)}  (not in the stage list)`);
    // Emoji joined into one ("👩‍💻", woman and laptop) are drawn as one.
    expect(lines).toContain(`  👩‍💻 Coding${" ".repeat(34 - 9)}    1  ${"█".repeat(30)}  (not in the stage list)`);
    expect(lines).toContain(`  ${"見送り".repeat(5)}見…${" ".repeat(34 - 33)}    1  ${"█".repeat(30)}  (not in the stage list)`);
    expect(lines).toContain(`  日本語テスト${" ".repeat(24 - 12)}    1  no roadmap note yet`);
    expect(lines).toContain(`  Cafe\u0301 skills${" ".repeat(24 - 11)}    1  no roadmap note yet`);
  });

  test("the terminal dashboard prints no control character from a note", () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    writeFileSync(join(dir, "a.md"), '---\nCompany: Acme\nStage: "\\e]0;pwned\\a\\e[2Jgone"\n---\n');
    const text = formatReport(indexVault(dir));
    expect(text).toContain("\uFFFD]0;pwned\uFFFD\uFFFD[2Jgone");
    // eslint-disable-next-line no-control-regex -- the control characters are what this looks for
    expect(text.replace(/\n/g, "")).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  test("a right-to-left override in a note cannot reorder the terminal's line", () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    writeFileSync(join(dir, "a.md"), '---\nCompany: Acme\nStage: "On\u202Ehold"\nSkills: ["\u202Etpircsepyt"]\n---\n');
    const text = formatReport(indexVault(dir));
    expect(text).toContain("Onhold");
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe("npm start", () => {
  test("installs the plugin into the given vault, touching nothing else, and prints its dashboard", () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    cpSync(SAMPLE, dir, { recursive: true, filter: (src) => !src.includes(".obsidian") });
    const before = readdirSync(dir, { recursive: true }).map(String).sort();
    const r = runCli("start", dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Job Hunt: 17 postings");
    const after = readdirSync(dir, { recursive: true }).map(String).sort();
    const added = after.filter((p) => !before.includes(p));
    expect(added.sort()).toEqual(
      [".obsidian", ".obsidian/plugins", ".obsidian/plugins/job-hunt", ".obsidian/plugins/job-hunt/main.js", ".obsidian/plugins/job-hunt/manifest.json", ".obsidian/plugins/job-hunt/styles.css"].sort(),
    );
    expect(readFileSync(join(dir, ".obsidian/plugins/job-hunt/manifest.json"), "utf8")).toContain('"id": "job-hunt"');
  });
});
