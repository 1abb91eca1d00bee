// The browser preview: the real plugin's dashboard in headless Chromium over the fake Obsidian.
// Any page error, console error, dialog or request leaving the local server counts as a failure,
// and note text must show as text (a company like `<img onerror>` never becomes markup).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPreview, projectRoot, type PreviewOptions, type PreviewSession } from "../../cli/preview";
import { indexVault } from "../../cli/report";
import { buildReport } from "../../src/core/report";

jest.setTimeout(60_000);

const ROOT = projectRoot();
const SAMPLE = join(ROOT, "examples", "vault");
const sessions: PreviewSession[] = [];

interface Handle {
  gitlab: boolean;
  opened: number;
  notices: string[];
  missingIcons: string[];
  theme: string;
}
const temps: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "job-hunt-preview-"));
  temps.push(dir);
  return dir;
}

async function open(options: PreviewOptions): Promise<PreviewSession> {
  const session = await openPreview(options);
  sessions.push(session);
  return session;
}

async function dashboardText(session: PreviewSession): Promise<string> {
  return (await session.page.locator(".job-hunt-dashboard").first().textContent()) ?? "";
}

function runPreview(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "preview", "--", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe("browser preview", () => {
  test("renders the sample vault's postings with no page error, console error, dialog or outside request", async () => {
    const session = await open({ vault: SAMPLE });
    const text = await dashboardText(session);
    const companies = [...new Set(buildReport(indexVault(SAMPLE)).postings.map((p) => p.company))].filter((c) => c !== "");
    expect(companies.length).toBeGreaterThan(5);
    for (const company of companies) expect(text).toContain(company);

    // The page's test handle reaches the fake app: the vault, what was opened, the notices.
    const handle = await session.page.evaluate<Handle>(`({
      gitlab: window.jobHunt.app.vault.readSync("Jobs/GitLab - Intermediate Backend Engineer, Plan RoR.md").includes("Company: GitLab"),
      opened: window.jobHunt.app.workspace.opened.length,
      notices: window.jobHunt.Notice.shown,
      missingIcons: window.jobHunt.missingIcons,
      theme: document.body.className,
    })`);
    expect(handle).toEqual({ gitlab: true, opened: 0, notices: [], missingIcons: [], theme: "theme-light" });
    // Icons are drawn from Lucide, not left empty.
    expect(await session.page.locator(".workspace-tab-header svg.svg-icon path").count()).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });

  test("note text that looks like HTML shows as text, and no script in it runs", async () => {
    const vault = tempDir();
    mkdirSync(join(vault, "Jobs"));
    const company = "<img src=x onerror=alert(1)>";
    const title = "<script>alert(1)</script>";
    writeFileSync(
      join(vault, "Jobs", "Evil.md"),
      [
        "---",
        `Company: ${JSON.stringify(company)}`,
        `title: ${JSON.stringify(title)}`,
        "Stage: Applied",
        "Skills:",
        '  - "<b onmouseover=alert(2)>bold</b>"',
        'Salary: "$100k"',
        'Location: "<iframe src=https://example.com/></iframe>"',
        "---",
        "# To Do",
        "- [ ] <img src=y onerror=alert(3)>",
        "",
      ].join("\n"),
    );
    const session = await open({ vault, theme: "dark" });
    const text = await dashboardText(session);
    expect(text).toContain(company);
    expect(text).toContain(title);
    expect(await session.page.locator(".job-hunt-dashboard :is(img, script, iframe, b)").count()).toBe(0);
    expect(await session.page.evaluate("document.body.className")).toBe("theme-dark");
    expect(session.errors).toEqual([]);
  });

  test("npm run preview writes a PNG of the requested size", async () => {
    const out = join(tempDir(), "shot.png");
    const r = await runPreview(["examples/vault", "--out", out, "--theme", "dark", "--width", "380"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    const png = readFileSync(out);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(380);
    expect(png.readUInt32BE(20)).toBe(900);
    expect(statSync(out).size).toBeGreaterThan(10_000);
  });

  test("npm run preview refuses unknown options, saying why", async () => {
    const r = await runPreview(["examples/vault", "--theme", "sepia"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--theme is light or dark");
  });
});
