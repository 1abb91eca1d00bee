// The dashboard's layout in a real browser (headless Chromium) with the text real vaults hold: a
// company of one long word, a long stage of the user's own, a skill no wider than a card, salaries
// written at different lengths. Nothing may widen a board column, squeeze the table or move an
// amount along the salary bars.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { stringify } from "yaml";
import { openPreview, type PreviewSession } from "../../cli/preview";

jest.setTimeout(90_000);

const LONG_COMPANY = "Verylongcompanynamewithoutanyspacesatallwhatsoeverincorporated";
const LONG_STAGE = "On hold — hiring freeze until Q3 (they will reach out, maybe)";
const RTL_COMPANY = "شركة أرامكو السعودية للتقنيات المتقدمة";

const FILES: Record<string, string> = {
  "Jobs/Long company.md": { Company: LONG_COMPANY, title: "Platform Engineer", Stage: "Applied", Salary: "$150k - $180k", Location: "Berlin" },
  "Jobs/Long skill.md": { Company: "Skillz", title: "Generalist", Stage: "Applied", Salary: "$140k+", Skills: ["Supercalifragilisticexpialidociousframeworkexperience", "Go"] },
  "Jobs/Own stage.md": { Company: "Hooli", title: "Data Engineer", Stage: LONG_STAGE, Salary: "up to $150k" },
  "Jobs/Short pay.md": { Company: "Acme", title: "Backend Engineer", Stage: "Interview", Salary: "$160k - $190k" },
  "Jobs/Long pay.md": { Company: "Globex", title: "SRE", Stage: "Screening", Salary: "$150,000 - $180,000 per year" },
  "Jobs/Wide pay.md": { Company: "Initech", title: "Analyst", Stage: "Offer", Salary: "$80k - $210k" },
  "Jobs/Arabic.md": { Company: RTL_COMPANY, title: "مهندس برمجيات", Stage: "Offer", Salary: "$120k - $130k" },
  // Enough postings in one column that it scrolls.
  ...Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`Jobs/Many ${i + 1}.md`, { Company: `Company ${String(i + 1).padStart(2, "0")}`, title: "Engineer", Stage: "Research" }])),
} as unknown as Record<string, string>;

let dir = "";
let session: PreviewSession;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "job-hunt-layout-"));
  for (const [path, frontmatter] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `---\n${stringify(frontmatter)}---\n`);
  }
  session = await openPreview({ vault: dir, width: 420, height: 900 });
});

afterAll(async () => {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(session.errors).toEqual([]);
});

test("a long stage name or an unbroken word in a card does not widen its column", async () => {
  await session.page.locator(".job-hunt-column").first().waitFor();
  const widths = await session.page.evaluate(() => [...document.querySelectorAll(".job-hunt-column:not(.is-collapsed)")].map((c) => Math.round(c.getBoundingClientRect().width)));
  expect(widths.length).toBeGreaterThan(3);
  expect(new Set(widths).size).toBe(1);
  // The long skill stays inside its card.
  const inside = await session.page.evaluate(() =>
    [...document.querySelectorAll(".job-hunt-card .job-hunt-chip")].every((chip) => {
      const card = chip.closest(".job-hunt-card")?.getBoundingClientRect();
      const box = chip.getBoundingClientRect();
      return card !== undefined && box.right <= card.right + 0.5;
    }),
  );
  expect(inside).toBe(true);
});

test("an amount sits at the same place on every salary bar, however long the salary text beside it", async () => {
  // Where $150k falls on each bar that shows it: each row's bar spans the same part of the panel.
  const bars = await session.page.evaluate(() =>
    [...document.querySelectorAll(".job-hunt-salary-row")].map((row) => {
      const box = row.querySelector("svg")?.getBoundingClientRect();
      return box ? [Math.round(box.left), Math.round(box.width)] : null;
    }),
  );
  expect(bars.length).toBeGreaterThanOrEqual(5);
  expect(new Set(bars.map((b) => JSON.stringify(b))).size).toBe(1);
});

test("a salary's midpoint mark stays a thin mark in a wide pane", async () => {
  await session.page.setViewportSize({ width: 1800, height: 900 });
  try {
    // What the pointer finds on the mark's middle, and 5 pixels to its side (the bar, not the mark).
    const hits = await session.page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return [...document.querySelectorAll(".job-hunt-range-mid")].map((mark) => {
        mark.scrollIntoView({ block: "center" });
        const box = mark.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        return [document.elementFromPoint(x, y) === mark, document.elementFromPoint(x + 5, y) === mark];
      });
    });
    expect(hits.length).toBeGreaterThanOrEqual(5);
    expect(hits).toEqual(hits.map(() => [true, false]));
  } finally {
    await session.page.setViewportSize({ width: 420, height: 900 });
  }
});

test("a folded column is never wider than an open one, however long its stage's name", async () => {
  const widthOf = (selector: string): Promise<number> => session.page.locator(selector).evaluate((c) => Math.round(c.getBoundingClientRect().width));
  const column = `.job-hunt-column[data-stage="${LONG_STAGE}"]`;
  const open = await widthOf(column);
  // Clicked in the page: the folded column may sit past the pane's edge.
  const toggle = (): Promise<void> => session.page.locator(`${column} .job-hunt-column-toggle`).evaluate((b: HTMLElement) => b.click());
  await toggle();
  await session.page.locator(`${column}.is-collapsed`).waitFor();
  const folded = await widthOf(column);
  expect(folded).toBeLessThanOrEqual(open);
  // Not squeezed to nothing by the board's sideways scroll: its chevron, name and count still show.
  expect(folded).toBeGreaterThan(100);
  await toggle();
  await session.page.locator(`${column}:not(.is-collapsed)`).waitFor();
});

test("a right-to-left name takes its direction from its own text, so it is cut at its end", async () => {
  const directions = await session.page.evaluate((company) => {
    const names = [...document.querySelectorAll(".job-hunt-salary-label, .job-hunt-card-company")].filter((e) => e.textContent === company);
    return names.map((e) => getComputedStyle(e).unicodeBidi);
  }, RTL_COMPANY);
  expect(directions).toEqual(["plaintext", "plaintext"]);
});

test("a company of one long word breaks in the table rather than squeezing the other columns", async () => {
  await session.page.locator('.job-hunt-mode[data-mode="table"]').click();
  await session.page.locator(".job-hunt-table").waitFor();
  const widths = await session.page.evaluate(() => {
    const head = [...document.querySelectorAll(".job-hunt-table th")].map((th) => [th.textContent ?? "", Math.round(th.getBoundingClientRect().width)] as const);
    return Object.fromEntries(head);
  });
  const company = Object.entries(widths).find(([name]) => name.startsWith("Company"))?.[1] ?? 0;
  const title = Object.entries(widths).find(([name]) => name.startsWith("Title"))?.[1] ?? 0;
  expect(company).toBeGreaterThan(0);
  // The title column is not squeezed to a word a line by the company's one long word.
  expect(company).toBeLessThan(200);
  expect(title).toBeGreaterThanOrEqual(60);
  await session.page.locator('.job-hunt-mode[data-mode="board"]').click();
});

test("a card reached with the keyboard is scrolled into view, in its column and across the board", async () => {
  const page = session.page;
  const visible = (selector: string): Promise<boolean> =>
    page.evaluate((sel) => {
      const el = document.activeElement;
      const box = el?.closest(sel)?.getBoundingClientRect();
      const card = el?.getBoundingClientRect();
      return box !== undefined && card !== undefined && el?.matches(".job-hunt-card") === true && card.top >= box.top - 0.5 && card.bottom <= box.bottom + 0.5 && card.left >= box.left - 0.5 && card.right <= box.right + 0.5;
    }, selector);
  await page.locator('.job-hunt-column[data-stage="Research"] .job-hunt-card').first().focus();
  await page.keyboard.press("End");
  const last = await page.locator('.job-hunt-column[data-stage="Research"] .job-hunt-card').last().getAttribute("data-path");
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe(last);
  expect(await visible(".job-hunt-column-body")).toBe(true);
  // To the card at the same height in the next columns, which start off to the right of a 420 px pane.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("ArrowRight");
    expect(await visible(".job-hunt-board")).toBe(true);
  }
  // Up and down in a column in full view leave the board where it is.
  const left = (): Promise<number> => page.evaluate(() => document.querySelector(".job-hunt-board")?.scrollLeft ?? -1);
  const before = await left();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowDown");
  expect(await left()).toBe(before);
});

test("a focused card that moves to a column off to the side is shown there", async () => {
  const page = session.page;
  await page.evaluate(() => document.querySelector(".job-hunt-board")?.scrollTo({ left: 0 }));
  const card = page.locator('.job-hunt-card[data-path="Jobs/Many 1.md"]');
  await card.focus();
  await page.evaluate(async () => {
    const { app } = (window as unknown as { jobHunt: { app: { vault: { getFileByPath(p: string): unknown; readSync(p: string): string; modify(f: unknown, t: string): Promise<void> } } } }).jobHunt;
    const file = app.vault.getFileByPath("Jobs/Many 1.md");
    await app.vault.modify(file, app.vault.readSync("Jobs/Many 1.md").replace("Stage: Research", "Stage: Offer"));
  });
  await page.locator('.job-hunt-column[data-stage="Offer"] .job-hunt-card[data-path="Jobs/Many 1.md"]').waitFor();
  await page.waitForFunction(() => (document.activeElement as HTMLElement | null)?.closest(".job-hunt-column")?.getAttribute("data-stage") === "Offer");
  const shown = await page.evaluate(() => {
    const box = document.querySelector(".job-hunt-board")?.getBoundingClientRect();
    const card = document.activeElement?.getBoundingClientRect();
    return box !== undefined && card !== undefined && card.left >= box.left - 0.5 && card.right <= box.right + 0.5;
  });
  expect(shown).toBe(true);
});
