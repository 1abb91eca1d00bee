// The dashboard in a real browser (headless Chromium), driven with the mouse and keyboard the way
// a person would: click a skill, drag a card to another stage, filter by a skill.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openPreview, projectRoot, type PreviewSession } from "../../cli/preview";

jest.setTimeout(60_000);

const SAMPLE = join(projectRoot(), "examples", "vault");
const POCKETWISE = "Jobs/Pocketwise - iOS Engineer.md";
let session: PreviewSession;

beforeAll(async () => {
  session = await openPreview({ vault: SAMPLE, width: 1800, height: 1000 });
});

afterAll(async () => {
  await session.close();
});

afterEach(() => {
  expect(session.errors).toEqual([]);
});

const evaluate = <T>(expression: string): Promise<T> => session.page.evaluate<T>(expression);

test("clicking a skill opens its roadmap note", async () => {
  await session.page.locator('.job-hunt-skill-row[data-skill="postgresql"] .job-hunt-skill-name').click();
  const opened = await evaluate<{ path: string }[]>("window.jobHunt.app.workspace.opened");
  expect(opened.map((o) => o.path)).toContain("Roadmaps/PostgreSQL.md");
});

test("dragging a card to another column changes the note's stage and nothing else", async () => {
  const before = readFileSync(join(SAMPLE, POCKETWISE), "utf8");
  const card = session.page.locator(`.job-hunt-card[data-path="${POCKETWISE}"]`);
  const target = session.page.locator('.job-hunt-column[data-stage="Interview"] .job-hunt-column-body');
  await card.dragTo(target);
  await session.page.locator(`.job-hunt-column[data-stage="Interview"] .job-hunt-card[data-path="${POCKETWISE}"]`).waitFor();
  const after = await evaluate<string>(`window.jobHunt.app.vault.readSync(${JSON.stringify(POCKETWISE)})`);
  expect(before).toMatch(/^stage: "applied "$/m);
  // The stage value changes, and (stage history is on by default) one dated line is added at the
  // end of the frontmatter; every other byte stays.
  const today = new Date().toISOString().slice(0, 10);
  const end = before.indexOf("\n---", 4) + 1;
  const expected = before.slice(0, end) + `Stage_History:\n  - ${today} Interview\n` + before.slice(end);
  expect(after).toBe(expected.replace(/^stage: "applied "$/m, 'stage: "Interview"'));
});

test("filtering by a skill shows only the postings that ask for it", async () => {
  await session.page.locator('select[aria-label="Skill"]').selectOption("go");
  const companies = await session.page.locator(".job-hunt-card .job-hunt-card-company").allTextContents();
  expect(companies.sort()).toEqual(["Fernweh Mobility", "Quillstack", "Tidewater Logistics"]);
  await session.page.locator(".job-hunt-clear").click();
  expect(await session.page.locator(".job-hunt-card").count()).toBe(17);
});

test("a card opens with Enter from the keyboard", async () => {
  const card = session.page.locator(".job-hunt-card").first();
  const path = await card.getAttribute("data-path");
  await card.focus();
  await session.page.keyboard.press("Enter");
  const opened = await evaluate<{ path: string }[]>("window.jobHunt.app.workspace.opened");
  expect(opened.map((o) => o.path)).toContain(path);
});

test("the New job posting form works in the page: fill it in from a description and create the note", async () => {
  const page = session.page;
  await page.locator(".job-hunt-new").click();
  const modal = page.locator(".modal.job-hunt-new-posting");
  await modal.waitFor();
  await modal.locator("textarea.job-hunt-description").fill(
    "Platform Engineer\nAt Hooli, we run the biggest search engine you have never heard of.\nLocation: Remote (US)\nCompensation: $160,000 - $190,000 per year.\nYou know Go, Terraform and Kubernetes.",
  );
  await modal.getByRole("button", { name: "Fill in from description" }).click();
  expect(await modal.locator(".job-hunt-salary-reading").textContent()).toBe("Reads as 160,000–190,000 USD per year");
  const chips = await modal.locator(".job-hunt-form-chip").allTextContents();
  expect(chips.map((c) => c.replace("×", ""))).toEqual(expect.arrayContaining(["Go", "Terraform", "Kubernetes"]));
  await modal.getByRole("button", { name: "Create posting" }).click();
  await modal.waitFor({ state: "detached" });
  const paths = await evaluate<string[]>("window.jobHunt.app.vault.getMarkdownFiles().map((f) => f.path)");
  const created = paths.find((p) => /Hooli/.test(p));
  expect(created).toBeDefined();
  const text = await evaluate<string>(`window.jobHunt.app.vault.readSync(${JSON.stringify(created)})`);
  expect(text).toContain("Salary: $160,000 - $190,000 per year");
  await page.locator(`.job-hunt-card[data-path="${created ?? ""}"]`).waitFor();
});

test("the form reads pay in thousands and lakhs from a description, as main.js ships it", async () => {
  const page = session.page;
  await page.locator(".job-hunt-new").click();
  const modal = page.locator(".modal.job-hunt-new-posting");
  await modal.waitFor();
  const reading = modal.locator(".job-hunt-salary-reading");
  for (const [pay, expected] of [
    ["Salary: 80k - 100k", "Reads as 80,000–100,000 USD per year"],
    ["CTC: 18-28 LPA", "Reads as 1,800,000–2,800,000 INR per year"],
  ]) {
    await modal.locator("textarea.job-hunt-description").fill(`Data Engineer\nAt Hooli.\n${pay}`);
    await modal.getByRole("button", { name: "Fill in from description" }).click();
    expect(await reading.textContent()).toBe(expected);
    await modal.locator('input[aria-label="Salary"]').fill("");
  }
  await modal.getByRole("button", { name: "Cancel" }).click();
  await modal.waitFor({ state: "detached" });
});

test("focus stays on the salary row it was on when another note changes", async () => {
  const row = session.page.locator(".job-hunt-salary-row").nth(2);
  const path = await row.getAttribute("data-path");
  await row.focus();
  const revision = await evaluate<number>("window.jobHunt.plugin.index.revision");
  await evaluate(`(async () => {
    const vault = window.jobHunt.app.vault;
    const file = vault.getFileByPath("Roadmaps/Go Roadmap.md");
    await vault.modify(file, vault.readSync(file.path) + "\\n- [x] One more step\\n");
  })()`);
  await session.page.waitForFunction((r) => (window as unknown as { jobHunt: { plugin: { index: { revision: number } } } }).jobHunt.plugin.index.revision > r, revision);
  await session.page.waitForTimeout(400); // the dashboard's debounced refresh
  const focused = await evaluate<{ cls: string; path: string | undefined }>(
    "({ cls: document.activeElement.className, path: document.activeElement.dataset.path })",
  );
  expect(focused).toEqual({ cls: "job-hunt-salary-row", path });
});

test("focus stays on a column's collapse button after it is pressed", async () => {
  const toggle = session.page.locator('.job-hunt-column[data-stage="Research"] .job-hunt-column-toggle');
  await toggle.focus();
  await session.page.keyboard.press("Enter");
  await session.page.locator('.job-hunt-column[data-stage="Research"].is-collapsed').waitFor();
  expect(await evaluate<string | null>('document.activeElement.getAttribute("aria-label")')).toBe("Expand Research");
  await session.page.keyboard.press("Enter");
  await session.page.locator('.job-hunt-column[data-stage="Research"]:not(.is-collapsed)').waitFor();
  expect(await evaluate<string | null>('document.activeElement.getAttribute("aria-label")')).toBe("Collapse Research");
});

describe("in a narrow sidebar", () => {
  let narrow: PreviewSession;
  beforeAll(async () => {
    narrow = await openPreview({ vault: SAMPLE, width: 420, height: 900 });
  });
  afterAll(async () => {
    await narrow.close();
  });

  test("a search scrolls the board to the column that holds the match", async () => {
    await narrow.page.locator('input[aria-label="Search postings"]').fill("cobalt");
    const card = narrow.page.locator(".job-hunt-card");
    await narrow.page.waitForFunction(() => document.querySelectorAll(".job-hunt-card").length === 1);
    const box = await card.first().boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 9999) + (box?.width ?? 0)).toBeLessThanOrEqual(420);
    expect(narrow.errors).toEqual([]);
  });

  test("the table's right edge fades while there is more of it to the right, and not at its end", async () => {
    await narrow.page.locator('input[aria-label="Search postings"]').fill("");
    // The search's re-render comes after a pause: wait for it, so that the table is not drawn again under the test.
    await narrow.page.waitForFunction(() => document.querySelectorAll(".job-hunt-card").length > 1);
    await narrow.page.locator('.job-hunt-mode[data-mode="table"]').click();
    // Each state is read from the element in the page as it is then (a detached one has no style).
    const state = (): Promise<{ more: boolean; mask: string }> =>
      narrow.page.evaluate(() => {
        const el = document.querySelector(".job-hunt-table-wrap");
        return el ? { more: el.scrollLeft + el.clientWidth < el.scrollWidth - 1, mask: getComputedStyle(el).maskImage } : { more: false, mask: "" };
      });
    await narrow.page.waitForFunction(() => {
      const el = document.querySelector(".job-hunt-table-wrap");
      return el !== null && el.scrollWidth > el.clientWidth && getComputedStyle(el).maskImage.includes("linear-gradient");
    });
    const start = await state();
    expect(start.more).toBe(true);
    expect(start.mask).toContain("linear-gradient");
    await narrow.page.evaluate(() => document.querySelector(".job-hunt-table-wrap")?.scrollTo({ left: 1e6 }));
    await narrow.page.waitForFunction(() => getComputedStyle(document.querySelector(".job-hunt-table-wrap") as Element).maskImage === "none");
    expect(await state()).toEqual({ more: false, mask: "none" });
    expect(narrow.errors).toEqual([]);
  });
});

test("a table that fits has no faded edge", async () => {
  await session.page.locator('.job-hunt-mode[data-mode="table"]').click();
  await session.page.locator(".job-hunt-table-wrap").waitFor();
  const fits = await session.page.evaluate(() => {
    const el = document.querySelector(".job-hunt-table-wrap");
    return el ? { overflow: el.scrollWidth > el.clientWidth, mask: getComputedStyle(el).maskImage } : null;
  });
  expect(fits).toEqual({ overflow: false, mask: "none" });
  await session.page.locator('.job-hunt-mode[data-mode="board"]').click();
});
