// The extract command's contract (design.md): a pasted description in, `{company, title, skills, salary,
// location, remote, url}` out, with the vault's own skills and settings when a vault is given.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["scripts/run.mjs", "extract", ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "job-hunt-extract-"));
const posting = join(dir, "posting.txt");
writeFileSync(
  posting,
  "\ufeffSenior Backend Engineer\n" +
    "Kestrel Payments · New York, NY (Hybrid)\n\n" +
    "Kestrel Payments moves money for 40,000 merchants. You will build services in Ruby on Rails and Go,\n" +
    "with PostgreSQL, Kafka and the Pajamas Design System.\n\n" +
    "Salary: $180,000 - $230,000 per year, plus a $20k signing bonus.\n" +
    "Apply: https://boards.greenhouse.io/kestrelpayments/jobs/4001234\n",
  "utf8",
);

describe("extract --json", () => {
  test("prints exactly the contract's keys, with what the description says", () => {
    const r = runCli(posting, "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["company", "title", "skills", "salary", "location", "remote", "url"]);
    expect(out).toEqual({
      company: "Kestrel Payments",
      title: "Senior Backend Engineer",
      skills: ["Backend", "Ruby on Rails", "Go", "PostgreSQL", "Kafka", "Design Systems"],
      salary: { min: 180_000, max: 230_000, currency: "USD", period: "year", text: "$180,000 - $230,000 per year" },
      location: "New York, NY",
      remote: false,
      url: "https://boards.greenhouse.io/kestrelpayments/jobs/4001234",
    });
  });

  test("with --vault, finds the vault's own skills and uses its settings", () => {
    const vault = join(dir, "vault");
    mkdirSync(join(vault, "Jobs"), { recursive: true });
    mkdirSync(join(vault, ".obsidian", "plugins", "job-hunt"), { recursive: true });
    writeFileSync(
      join(vault, "Jobs", "GitLab - Backend Engineer.md"),
      "---\nCompany: GitLab\nStage: Research\nSkills:\n  - Pajamas Design System\n  - Ruby on Rails\n---\n# Notes\n",
      "utf8",
    );
    writeFileSync(
      join(vault, ".obsidian", "plugins", "job-hunt", "data.json"),
      JSON.stringify({ defaultCurrency: "EUR", skillSynonyms: { gql: "GraphQL" } }),
      "utf8",
    );
    const text = join(dir, "vault-posting.txt");
    writeFileSync(text, "Backend Engineer\n\nYou will build the Pajamas Design System and gql APIs.\nSalary: 60,000 - 70,000 per year\n", "utf8");
    const r = runCli(text, "--vault", vault, "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { skills: string[]; salary: { currency: string } };
    expect(out.skills).toEqual(["Backend", "Pajamas Design System", "GraphQL"]);
    expect(out.salary.currency).toBe("EUR");
  });
});

describe("extract without --json", () => {
  test("prints a readable summary", () => {
    const r = runCli(posting);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Company:  Kestrel Payments");
    expect(r.stdout).toContain("Title:    Senior Backend Engineer");
    expect(r.stdout).toContain("Salary:   $180k–$230k / yr");
    expect(r.stdout).toContain("Skills:   Backend, Ruby on Rails, Go, PostgreSQL, Kafka, Design Systems");
  });
});

describe("extract errors go to stderr with exit code 2", () => {
  test.each<[string, string[], RegExp]>([
    ["a missing file", [join(dir, "nope.txt"), "--json"], /No such file/],
    ["no file at all", ["--json"], /No text file given/],
    ["two files", [posting, posting], /One text file only/],
    ["an unknown option", [posting, "--yaml"], /Unknown option: --yaml/],
    ["--vault without a folder", [posting, "--vault"], /--vault needs a folder/],
    ["a vault that is not a folder", [posting, "--vault", join(dir, "missing-vault")], /Not a folder/],
    ["a folder instead of a file", [dir], /No such file/],
  ])("%s", (_name, args, message) => {
    const r = runCli(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
  });
});
