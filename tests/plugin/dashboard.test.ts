/**
 * @jest-environment jsdom
 */
// The dashboard pane, driven as a user would: open it, read the board, filter, switch to the
// table, move a card to another stage through its menu, open or create a skill's roadmap.
import { format } from "date-fns";
import { Menu, Modal, Notice, Platform, SuggestModal, type TFile } from "../fake-obsidian";
import { DASHBOARD_VIEW_TYPE } from "../../src/ui/dashboard-view";
import { file, findCard, openDashboard, postingNote, startPlugin, texts, wait } from "./harness";

const files = {
  "Jobs/Acme.md": postingNote(
    { Company: "Acme", title: "Backend Engineer", Stage: "Applied", Salary: "$100k - $120k", Location: "Remote", Skills: ["postgres", "Go", "k8s"] },
    "# To do\n- [x] Apply\n- [ ] Follow up\n",
  ),
  "Jobs/Globex.md": postingNote({ Company: "Globex", title: "Data Engineer", Stage: "Interview", Location: "Berlin", Salary: "€60k - €70k", Skills: "python, PostgreSQL" }),
  "Jobs/Initech.md": postingNote({ Company: "Initech", title: "Go Developer", Stage: "Rejected", Skills: ["Go"] }),
  "Roadmaps/Go Roadmap.md": "# Go\n- [x] Tour of Go\n- [ ] Build a CLI\n",
};

const columnOf = (el: HTMLElement, path: string): string | undefined =>
  el.querySelector(`.job-hunt-card[data-path="${path}"]`)?.closest<HTMLElement>(".job-hunt-column")?.dataset.stage;

function select(el: HTMLElement, label: string, value: string): void {
  const s = el.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`);
  if (!s) throw new Error(`no ${label} filter`);
  s.value = value;
  s.dispatchEvent(new Event("change"));
}

const today = (): string => format(new Date(), "yyyy-MM-dd");

/** Puts the pane in the document, as Obsidian's window holds it, so that its elements can take focus. */
function inDocument(el: HTMLElement): void {
  let root = el;
  while (root.parentElement) root = root.parentElement;
  activeDocument.body.replaceChildren(root);
}

describe("opening the dashboard", () => {
  test("the command opens one dashboard in the right sidebar and reveals it again", async () => {
    const h = await startPlugin(files);
    await openDashboard(h);
    await openDashboard(h);
    const leaves = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE);
    expect(leaves).toHaveLength(1);
    expect(leaves[0]?.side).toBe("right");
    expect(h.app.workspace.revealed).toHaveLength(2);
  });

  test("the ribbon icon opens it too", async () => {
    const h = await startPlugin(files);
    h.app.ribbonEl.querySelector<HTMLElement>('[aria-label="Open job dashboard"]')?.click();
    await h.settle();
    expect(h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)).toHaveLength(1);
  });

  test("an empty vault explains the frontmatter to add", async () => {
    const h = await startPlugin({ "Daily/2026-11-20.md": "Nothing about jobs." });
    const el = await openDashboard(h);
    expect(el.querySelector(".job-hunt-empty")?.textContent).toContain("company property");
    expect(el.querySelector(".job-hunt-example")?.textContent).toContain("Company: Acme");
    expect(el.querySelector(".job-hunt-warning")).toBeNull();
    expect(Notice.shown).toEqual([]);
    // Search, filters and views are put away (styles.css) until there is a posting to act on.
    expect(el.classList.contains("is-empty")).toBe(true);
    await h.vault.create("Jobs/Acme.md", postingNote({ Company: "Acme" }));
    await h.settle();
    expect(el.classList.contains("is-empty")).toBe(false);
  });

  test("a jobs folder set in the wrong letter case is named, with the folder meant", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": postingNote({ Company: "Acme" }) }, { data: { jobsFolder: "jobs" } });
    const el = await openDashboard(h);
    expect(el.querySelector(".job-hunt-empty .job-hunt-warning")?.textContent).toBe('There is no folder "jobs" in this vault, so no note counts as a posting. Did you mean "Jobs"?');
  });
});

describe("board", () => {
  test("a column per stage in pipeline order with counts, cards in their stage", async () => {
    const h = await startPlugin({ ...files, "Jobs/Ghost.md": postingNote({ Company: "Ghost Inc", Stage: "On hold" }) });
    const el = await openDashboard(h);
    expect(texts(el, ".job-hunt-column-name")).toEqual(["Research", "Applied", "Screening", "Interview", "Offer", "Accepted", "Rejected", "Withdrawn", "On hold"]);
    expect(texts(el, ".job-hunt-column-header .job-hunt-count")).toEqual(["0", "1", "0", "1", "0", "0", "1", "0", "1"]);
    expect(columnOf(el, "Jobs/Acme.md")).toBe("Applied");
    expect(el.querySelector(".job-hunt-summary")?.textContent).toBe("4 postings3 active1 closed");
  });

  test("each column, panel and salary group is a heading, so a screen reader can jump between them", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const headings = (tag: string): string[] => [...el.querySelectorAll(tag)].map((e) => e.firstElementChild?.nextElementSibling?.textContent ?? e.firstElementChild?.textContent ?? "");
    expect(headings("h3.job-hunt-column-header")).toEqual(["Research", "Applied", "Screening", "Interview", "Offer", "Accepted", "Rejected", "Withdrawn"]);
    expect([...el.querySelectorAll("h3.job-hunt-panel-heading")].map((e) => e.firstElementChild?.textContent)).toEqual(["Skills in demand", "Salaries"]);
    expect([...el.querySelectorAll("h4.job-hunt-salary-group-title")].map((e) => e.firstElementChild?.textContent).sort()).toEqual(["EUR per year", "USD per year"]);
    expect(el.querySelector("h3.job-hunt-column-header button")?.getAttribute("aria-expanded")).toBe("true");
  });

  test("a card shows company, title, salary for a person, remote badge, skills and task progress", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const card = el.querySelector<HTMLElement>('.job-hunt-card[data-path="Jobs/Acme.md"]');
    expect(card?.querySelector(".job-hunt-card-company")?.textContent).toBe("Acme");
    expect(card?.querySelector(".job-hunt-card-title")?.textContent).toBe("Backend Engineer");
    expect(card?.querySelector(".job-hunt-salary")?.textContent).toBe("$100k–$120k / yr");
    expect(card?.querySelector(".job-hunt-remote")?.textContent).toBe("Remote");
    expect(texts(card!, ".job-hunt-chip")).toEqual(["PostgreSQL", "Go", "Kubernetes"]);
    expect(card?.querySelector(".job-hunt-card-tasks")?.textContent).toBe("1/2");
    expect(card?.querySelector(".job-hunt-card-age")?.textContent).toMatch(/ago$/);
    // A screen reader names the card by all it shows, not by a label with only company and title.
    expect(card?.getAttribute("role")).toBe("button");
    expect(card?.hasAttribute("aria-label")).toBe(false);
  });

  test("click opens the note, Ctrl-click and Enter too (new tab / same tab)", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const card = el.querySelector<HTMLElement>('.job-hunt-card[data-path="Jobs/Acme.md"]');
    card?.click();
    card?.dispatchEvent(new MouseEvent("click", { ctrlKey: true, bubbles: true }));
    card?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(h.app.workspace.opened).toEqual([
      { path: "Jobs/Acme.md", newLeaf: false },
      { path: "Jobs/Acme.md", newLeaf: "tab" },
      { path: "Jobs/Acme.md", newLeaf: false },
    ]);
    expect(card?.getAttribute("tabindex")).toBe("0");
  });

  test("each column is one tab stop; arrow keys move between cards and columns, Home and End to the ends", async () => {
    const jobs: Record<string, string> = {};
    for (const [name, stage] of [["A1", "Applied"], ["A2", "Applied"], ["A3", "Applied"], ["I1", "Interview"], ["I2", "Interview"], ["R1", "Rejected"]] as const) {
      jobs[`Jobs/${name}.md`] = postingNote({ Company: name, Stage: stage });
    }
    const h = await startPlugin(jobs);
    const el = await openDashboard(h);
    inDocument(el);
    const column = (stage: string): string[] => [...el.querySelectorAll<HTMLElement>(`.job-hunt-column[data-stage="${stage}"] .job-hunt-card`)].map((c) => c.dataset.path ?? "");
    const [a1, a2, a3] = column("Applied");
    const [i1, i2] = column("Interview");
    const stops = (): string[] => [...el.querySelectorAll<HTMLElement>(".job-hunt-card")].filter((c) => c.tabIndex === 0).map((c) => c.dataset.path ?? "");
    const focused = (): string | undefined => (activeDocument.activeElement as HTMLElement | null)?.dataset.path;
    const press = (key: string, init: KeyboardEventInit = {}): void => {
      activeDocument.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
    };
    // The first card of each column that has cards, and no other.
    expect(stops()).toEqual([a1, i1, "Jobs/R1.md"]);
    findCard(el, a1 ?? "")?.focus();
    press("ArrowDown");
    expect(focused()).toBe(a2);
    // The tab stop follows the focus, so Tab comes back to the same card.
    expect(stops()).toEqual([a2, i1, "Jobs/R1.md"]);
    press("End");
    expect(focused()).toBe(a3);
    press("ArrowDown");
    expect(focused()).toBe(a3);
    press("Home");
    expect(focused()).toBe(a1);
    press("ArrowDown");
    // Right: the card at the same height in the next column that shows any (Screening shows none).
    press("ArrowRight");
    expect(focused()).toBe(i2);
    // Rejected has one card: its last, and at the board's right end focus stays.
    press("ArrowRight");
    expect(focused()).toBe("Jobs/R1.md");
    press("ArrowRight");
    expect(focused()).toBe("Jobs/R1.md");
    press("ArrowLeft");
    expect(focused()).toBe(i1);
    // A modifier belongs to Obsidian's own shortcuts: the card leaves it alone.
    press("ArrowDown", { altKey: true });
    expect(focused()).toBe(i1);
    press("Enter");
    expect(h.app.workspace.opened.at(-1)).toEqual({ path: i1, newLeaf: false });
    // A change to another card of the column redraws it; focus and the tab stop stay on the card.
    await h.vault.modify(file(h, i2 ?? ""), h.vault.readSync(i2 ?? "").replace("- [ ] Apply", "- [x] Apply"));
    await h.settle();
    expect(column("Interview")).toContain(i2);
    expect(focused()).toBe(i1);
    // Each column's tab stop is where focus left it: Applied's on the second card.
    expect(stops()).toEqual([a2, i1, "Jobs/R1.md"]);
  });

  test("the table and each salary group are one tab stop too; a salary row has the posting's menu", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    inDocument(el);
    const rows = [...el.querySelectorAll<HTMLElement>(".job-hunt-salary-row")];
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(el.querySelectorAll(".job-hunt-salary-rows").length);
    rows[0]?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, cancelable: true }));
    expect(Menu.lastShown?.item("Move to stage…")).toBeDefined();
    // A middle click opens it in a new tab, as on a card.
    rows[0]?.dispatchEvent(new MouseEvent("auxclick", { button: 1, bubbles: true }));
    expect(h.app.workspace.opened.at(-1)).toEqual({ path: rows[0]?.dataset.path, newLeaf: "tab" });

    el.querySelector<HTMLElement>('[data-mode="table"]')?.click();
    await h.settle();
    const tableRows = [...el.querySelectorAll<HTMLElement>(".job-hunt-row")];
    expect(tableRows.map((r) => r.tabIndex)).toEqual([0, -1, -1]);
    tableRows[0]?.focus();
    activeDocument.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, cancelable: true }));
    expect(activeDocument.activeElement).toBe(tableRows[1]);
    expect([...el.querySelectorAll<HTMLElement>(".job-hunt-row")].map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
    activeDocument.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
    expect(h.app.workspace.opened.at(-1)).toEqual({ path: tableRows[1]?.dataset.path, newLeaf: false });
  });

  test("the card menu moves a posting to another stage, changing only the stage's bytes", async () => {
    const original = "---\n# my job\nCompany: Acme   # the company\nStage: 'Applied' # moved here in Oct\nSkills: [Go]\n---\r\nBody stays.\n";
    const h = await startPlugin({ "Jobs/Acme.md": original });
    const el = await openDashboard(h);
    el.querySelector('.job-hunt-card[data-path="Jobs/Acme.md"]')?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
    const menu = Menu.lastShown;
    expect(menu?.item("Open")).toBeDefined();
    expect(menu?.item("Move to Applied")).toBeUndefined();
    menu?.item("Move to Interview")?.click();
    await h.settle();
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(
      original.replace("'Applied'", "'Interview'").replace("Skills: [Go]\n", `Skills: [Go]\nStage_History:\n  - ${today()} Interview\n`),
    );
    expect(columnOf(el, "Jobs/Acme.md")).toBe("Interview");
  });

  test("the card menu hands the file to Obsidian's file menu, which adds reveal in navigation and the like", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const seen: { path: string; source: string }[] = [];
    h.app.workspace.on("file-menu", (_menu: unknown, f: TFile, source: string) => seen.push({ path: f.path, source }));
    el.querySelector('.job-hunt-card[data-path="Jobs/Globex.md"]')?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
    expect(seen).toEqual([{ path: "Jobs/Globex.md", source: "job-hunt-dashboard" }]);
    Menu.lastShown?.item("Open in new tab")?.click();
    expect(h.app.workspace.opened).toEqual([{ path: "Jobs/Globex.md", newLeaf: "tab" }]);
  });

  test("a card moved today says so in sentence case; the skills panel says it counts all postings", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const h = await startPlugin({ "Jobs/Acme.md": `---\nCompany: Acme\nStage: Screening\nSkills: [Go]\nStage_History:\n  - ${today} Screening\n---\n` });
    const el = await openDashboard(h);
    expect(el.querySelector(".job-hunt-card-age")?.textContent).toBe("In Screening since today");
    expect(el.querySelector(".job-hunt-skills .job-hunt-panel-note")?.textContent).toBe("1 skill in all postings");
  });

  test("a history date still to come (a mistyped year) is not read as today: the card says when the note changed", async () => {
    const next = `${new Date().getFullYear() + 1}-11-20`;
    const h = await startPlugin({ "Jobs/Acme.md": `---\nCompany: Acme\nStage: Interview\nmodified: 2026-01-05\nStage_History:\n  - 2026-01-02 Applied\n  - ${next} Interview\n---\n` });
    const el = await openDashboard(h);
    expect(el.querySelector(".job-hunt-card-age")?.textContent).not.toContain("Interview");
    expect(el.querySelector(".job-hunt-card-age")?.textContent).toMatch(/ago$/);
  });

  test("with stage history off, only the stage value changes; the card then shows time in stage from the history", async () => {
    const original = "---\nCompany: Acme\nStage: Applied\nStage_History:\n  - 2026-01-05 Applied\n---\n";
    const h = await startPlugin({ "Jobs/Acme.md": original }, { data: { stageHistory: false } });
    const el = await openDashboard(h);
    expect(el.querySelector(".job-hunt-card-age")?.textContent).toMatch(/ in Applied$/);
    el.querySelector('.job-hunt-card[data-path="Jobs/Acme.md"]')?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
    Menu.lastShown?.item("Move to Offer")?.click();
    await h.settle();
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(original.replace("Stage: Applied", "Stage: Offer"));
  });

  test("a stage written as a list falls back to a frontmatter rewrite, still ending in the new stage", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": "---\nCompany: Acme\nStage:\n  - Applied\n---\nBody\n" });
    const el = await openDashboard(h);
    el.querySelector('.job-hunt-card[data-path="Jobs/Acme.md"]')?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
    Menu.lastShown?.item("Move to Offer")?.click();
    await h.settle();
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(`---\nCompany: Acme\nStage: Offer\nStage_History:\n  - ${today()} Offer\n---\nBody\n`);
  });

  test("invalid YAML at move time: a Notice, and the file is left alone", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const broken = "---\nCompany: Acme\nStage: \"Applied\ntitle: [\n---\n";
    // The user breaks the YAML just before choosing the menu item.
    el.querySelector('.job-hunt-card[data-path="Jobs/Acme.md"]')?.dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
    await h.vault.modify(file(h, "Jobs/Acme.md"), broken);
    Menu.lastShown?.item("Move to Offer")?.click();
    await h.settle();
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(broken);
    expect(Notice.shown.join("\n")).toContain("not valid YAML");
  });

  test("closed columns collapse and stay collapsed after a restart", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    el.querySelector<HTMLElement>('.job-hunt-column[data-stage="Rejected"] .job-hunt-column-toggle')?.click();
    expect(el.querySelector('.job-hunt-column[data-stage="Rejected"]')?.classList.contains("is-collapsed")).toBe(true);
    expect(el.querySelector('.job-hunt-card[data-path="Jobs/Initech.md"]')).toBeNull();
    h.plugin.unload();
    const again = await startPlugin(files, { data: JSON.parse(h.app.pluginData.get("job-hunt") ?? "{}") as unknown });
    const el2 = await openDashboard(again);
    expect(el2.querySelector('.job-hunt-column[data-stage="Rejected"]')?.classList.contains("is-collapsed")).toBe(true);
  });

  test("it updates live and keeps the filters when a note changes", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    select(el, "Remote", "onsite");
    await h.vault.create("Jobs/Hooli.md", postingNote({ Company: "Hooli", Stage: "Offer", Location: "Palo Alto" }));
    await h.settle();
    expect(columnOf(el, "Jobs/Hooli.md")).toBe("Offer");
    expect(el.querySelector('.job-hunt-card[data-path="Jobs/Acme.md"]')).toBeNull();
    expect(el.querySelector<HTMLSelectElement>('select[aria-label="Remote"]')?.value).toBe("onsite");
  });

  test("a change rebuilds only what it touches: other columns keep their elements", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const column = (stage: string): Element | null => el.querySelector(`.job-hunt-column[data-stage="${stage}"]`);
    const [research, applied, interview] = [column("Research"), column("Applied"), column("Interview")];
    await h.vault.modify(file(h, "Jobs/Acme.md"), h.vault.readSync("Jobs/Acme.md").replace('Stage: "Applied"', 'Stage: "Offer"'));
    await h.settle();
    expect(column("Research")).toBe(research);
    expect(column("Interview")).toBe(interview);
    expect(column("Applied")).not.toBe(applied);
    expect(columnOf(el, "Jobs/Acme.md")).toBe("Offer");
    expect(texts(el, ".job-hunt-column-name")).toEqual(["Research", "Applied", "Screening", "Interview", "Offer", "Accepted", "Rejected", "Withdrawn"]);
  });

  test("a long company or title cut short on its card, a long stage name and the skills past the fourth are read whole on hover", async () => {
    const company = "The Extraordinarily Long-Named International Holding Company for Advanced Logistics";
    const stage = "Parked until the budget freeze is lifted next quarter";
    const h = await startPlugin({
      "Jobs/Long.md": postingNote({ Company: company, title: "Engineer", Stage: stage, Skills: ["Go", "Rust", "SQL", "Docker", "Kafka", "Redis"] }),
      "Jobs/Short.md": postingNote({ Company: "Acme", title: "Data Engineer", Stage: "Applied" }),
    });
    const el = await openDashboard(h);
    const card = el.querySelector('.job-hunt-card[data-path="Jobs/Long.md"]');
    expect(card?.querySelector(".job-hunt-card-company")?.getAttribute("title")).toBe(company);
    expect(card?.querySelector(".job-hunt-chip.is-more")?.getAttribute("title")).toBe("Kafka, Redis");
    expect(el.querySelector(`.job-hunt-column[data-stage="${stage}"] .job-hunt-column-name`)?.getAttribute("title")).toBe(stage);
    // A short name has nothing more to show.
    expect(el.querySelector('.job-hunt-card[data-path="Jobs/Short.md"] .job-hunt-card-company')?.hasAttribute("title")).toBe(false);
  });

  test("the counts, a live region, are left alone while their words stay the same", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const counts = el.querySelector(".job-hunt-summary");
    const first = counts?.firstElementChild;
    expect(counts?.textContent).toBe("3 postings2 active1 closed");
    await h.vault.modify(file(h, "Jobs/Acme.md"), h.vault.readSync("Jobs/Acme.md").replace("- [ ] Follow up", "- [x] Follow up"));
    await h.settle();
    expect(counts?.firstElementChild).toBe(first);
    await h.vault.modify(file(h, "Jobs/Acme.md"), h.vault.readSync("Jobs/Acme.md").replace('Stage: "Applied"', 'Stage: "Rejected"'));
    await h.settle();
    expect(counts?.textContent).toBe("3 postings1 active2 closed");
  });

  test("\"Show N more\" shows N more", async () => {
    const skills = Array.from({ length: 40 }, (_, i) => `Skill${String(i).padStart(2, "0")}`);
    const h = await startPlugin({ "Jobs/Many.md": postingNote({ Company: "Acme", Skills: skills }) });
    const el = await openDashboard(h);
    const button = (): HTMLButtonElement | null => el.querySelector(".job-hunt-skills .job-hunt-show-more");
    const rows = (): number => el.querySelectorAll(".job-hunt-skill-row").length;
    expect(rows()).toBe(15);
    expect(button()?.textContent).toBe("Show 15 more");
    button()?.click();
    await h.settle();
    expect(rows()).toBe(30);
    expect(button()?.textContent).toBe("Show 10 more");
    button()?.click();
    await h.settle();
    expect(rows()).toBe(40);
    expect(button()).toBeNull();
  });

  test("hostile note text is shown as text, never run as markup", async () => {
    const payload = '<img src=x onerror="alert(1)">';
    const h = await startPlugin({ "Jobs/Evil.md": postingNote({ Company: payload, title: "<script>alert(2)</script>", Skills: [payload], Location: payload }) });
    const el = await openDashboard(h);
    expect(el.querySelector("img")).toBeNull();
    expect(el.querySelector("script")).toBeNull();
    expect(el.querySelector(".job-hunt-card-company")?.textContent).toBe(payload);
    expect(el.querySelector(".job-hunt-card-title")?.textContent).toBe("<script>alert(2)</script>");
  });
});

describe("filters, search and table", () => {
  /** Types into the dashboard's search box and waits out its debounce. */
  async function search(el: HTMLElement, text: string): Promise<void> {
    const input = el.querySelector<HTMLInputElement>(".job-hunt-search-input");
    if (!input) throw new Error("no search box");
    input.value = text;
    input.dispatchEvent(new Event("input"));
    await wait(200);
  }

  test("search matches company, title and skills; all words must match", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    await search(el, "go initech");
    expect(texts(el, ".job-hunt-card-company")).toEqual(["Initech"]);
    expect(el.querySelector(".job-hunt-summary")?.textContent).toContain("1 of 3 shown");
  });

  test("with a filter that hides every salary, the salary panel says so rather than asking for a salary", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    await search(el, "initech");
    expect(el.querySelector(".job-hunt-salaries .job-hunt-muted")?.textContent).toBe("No salaries with amounts among the postings shown.");
  });

  test("search finds a skill by another spelling: golang is Go", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    await search(el, "golang");
    expect(texts(el, ".job-hunt-card-company").sort()).toEqual(["Acme", "Initech"]);
  });

  test("stage, skill, remote and currency filters, and clearing them", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    select(el, "Skill", "go");
    expect(texts(el, ".job-hunt-card-company").sort()).toEqual(["Acme", "Initech"]);
    select(el, "Remote", "remote");
    expect(texts(el, ".job-hunt-card-company")).toEqual(["Acme"]);
    el.querySelector<HTMLElement>(".job-hunt-clear")?.click();
    select(el, "Currency", "EUR");
    expect(texts(el, ".job-hunt-card-company")).toEqual(["Globex"]);
    select(el, "Currency", "");
    select(el, "Stage", "Rejected");
    expect(texts(el, ".job-hunt-card-company")).toEqual(["Initech"]);
    // The stage's column alone: no other column claims to be empty while its postings are only hidden.
    expect(texts(el, ".job-hunt-column-name")).toEqual(["Rejected"]);
    select(el, "Stage", "");
    expect(texts(el, ".job-hunt-column-name")).toHaveLength(8);
    select(el, "Stage", "Research");
    expect(el.querySelector(".job-hunt-no-match")?.textContent).toContain("No postings match");
  });

  test("a stage filter keeps its column when the stage's most used spelling changes", async () => {
    const h = await startPlugin({
      "Jobs/A.md": postingNote({ Company: "A", Stage: "on Hold" }),
      "Jobs/B.md": postingNote({ Company: "B", Stage: "on Hold" }),
      "Jobs/C.md": postingNote({ Company: "C", Stage: "On hold" }),
    });
    const el = await openDashboard(h);
    select(el, "Stage", "on Hold");
    expect(texts(el, ".job-hunt-column-name")).toEqual(["on Hold"]);
    await h.vault.modify(file(h, "Jobs/A.md"), h.vault.readSync("Jobs/A.md").replace('Stage: "on Hold"', 'Stage: "On hold"'));
    await h.settle();
    expect(texts(el, ".job-hunt-column-name")).toEqual(["On hold"]);
    expect(texts(el, ".job-hunt-card-company").sort()).toEqual(["A", "B", "C"]);
    // The Stage menu offers the new spelling, chosen, and not the old one beside it.
    const menu = el.querySelector<HTMLSelectElement>('select[aria-label="Stage"]');
    expect([...(menu?.options ?? [])].map((o) => o.text).filter((t) => /hold/i.test(t))).toEqual(["On hold"]);
    expect(menu?.selectedOptions[0]?.text).toBe("On hold");
  });

  test("under a filter, the header's active and closed counts and the skills panel are of the postings shown", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const counts = (): string[] => [...(el.querySelector(".job-hunt-summary")?.children ?? [])].map((c) => c.textContent ?? "");
    const demand = (): string[] =>
      [...el.querySelectorAll<HTMLElement>(".job-hunt-skill-row")].map((r) => `${r.querySelector(".job-hunt-skill-name")?.textContent} ${r.querySelector(".job-hunt-skill-count")?.textContent}`);
    const note = (): string | null | undefined => el.querySelector(".job-hunt-skills .job-hunt-panel-note")?.textContent;
    expect(counts()).toEqual(["3 postings", "2 active", "1 closed"]);
    expect(demand()).toEqual(["Go 2", "PostgreSQL 2", "Kubernetes 1", "Python 1"]);
    expect(note()).toBe("4 skills in all postings");

    // The Go jobs: one open, one rejected, and what else they ask for.
    select(el, "Skill", "go");
    expect(counts()).toEqual(["2 of 3 shown", "1 active", "1 closed"]);
    expect(demand()).toEqual(["Go 2", "Kubernetes 1", "PostgreSQL 1"]);
    expect(note()).toBe("3 skills in the postings shown");
    expect(el.querySelector('.job-hunt-skill-row[data-skill="go"] .job-hunt-roadmap-text')?.textContent).toBe("1/2");

    select(el, "Stage", "Rejected");
    expect(counts()).toEqual(["1 of 3 shown", "0 active", "1 closed"]);
    expect(demand()).toEqual(["Go 1"]);

    el.querySelector<HTMLElement>(".job-hunt-clear")?.click();
    expect(counts()).toEqual(["3 postings", "2 active", "1 closed"]);
    expect(demand()).toEqual(["Go 2", "PostgreSQL 2", "Kubernetes 1", "Python 1"]);
  });

  test("a filtered skills panel follows a note's change", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    select(el, "Remote", "remote");
    const names = (): string[] => texts(el, ".job-hunt-skill-name");
    expect(names()).toEqual(["Go", "Kubernetes", "PostgreSQL"]);
    await h.vault.modify(file(h, "Jobs/Acme.md"), postingNote({ Company: "Acme", Stage: "Applied", Location: "Remote", Skills: ["Rust"] }));
    await h.settle();
    expect(names()).toEqual(["Rust"]);
    // Postings shown that ask for no skill: the panel says so rather than asking for skills.
    await h.vault.modify(file(h, "Jobs/Acme.md"), postingNote({ Company: "Acme", Stage: "Applied", Location: "Remote" }));
    await h.settle();
    expect(el.querySelector(".job-hunt-skills .job-hunt-muted")?.textContent).toBe("No skills among the postings shown.");
    // A filter that leaves no posting: one message, and no empty panels under it.
    select(el, "Stage", "Research");
    expect(el.querySelector(".job-hunt-no-match")?.textContent).toContain("No postings match");
    expect(el.querySelector(".job-hunt-skills")).toBeNull();
    expect(el.querySelector(".job-hunt-salaries")).toBeNull();
  });

  test("a skill's count says what it does: shows its postings, filters by it in place of another skill, or stops filtering", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const label = (key: string): string | null | undefined => el.querySelector(`.job-hunt-skill-row[data-skill="${key}"] .job-hunt-skill-count`)?.getAttribute("aria-label");
    expect(label("go")).toBe("Show the 2 postings that ask for Go");
    expect(label("python")).toBe("Show the posting that asks for Python");
    select(el, "Skill", "go");
    expect(label("go")).toBe("Stop filtering by Go");
    expect(el.querySelector('.job-hunt-skill-row[data-skill="go"] .job-hunt-skill-count')?.getAttribute("aria-pressed")).toBe("true");
    expect(label("kubernetes")).toBe("Filter by Kubernetes instead");
    // Under a filter, the Skill menu gives names only: its counts of all postings would contradict the panel's.
    expect([...el.querySelectorAll<HTMLOptionElement>('select[aria-label="Skill"] option')].map((o) => o.text)).toEqual(["All skills", "Go", "PostgreSQL", "Kubernetes", "Python"]);
  });

  test("focus stays on a skill's count when its click re-sorts the panel, and goes to the search box when the filters are cleared", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    inDocument(el);
    const count = (key: string): HTMLElement | null => el.querySelector(`.job-hunt-skill-row[data-skill="${key}"] .job-hunt-skill-count`);
    count("python")?.focus();
    count("python")?.click();
    expect(texts(el, ".job-hunt-skill-name")[0]).toBe("Python");
    expect(activeDocument.activeElement).toBe(count("python"));
    el.querySelector<HTMLElement>(".job-hunt-clear")?.focus();
    el.querySelector<HTMLElement>(".job-hunt-clear")?.click();
    expect(activeDocument.activeElement).toBe(el.querySelector(".job-hunt-search-input"));
    // The same from the message a filter that matches nothing shows.
    select(el, "Stage", "Research");
    const clear = el.querySelector<HTMLElement>(".job-hunt-no-match button");
    clear?.focus();
    clear?.click();
    expect(el.querySelectorAll(".job-hunt-card")).toHaveLength(3);
    expect(activeDocument.activeElement).toBe(el.querySelector(".job-hunt-search-input"));
  });

  test("a focused skill's count that leaves the panel leaves focus at its place; on a phone, clearing the filters brings up no keyboard", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    inDocument(el);
    el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="python"] .job-hunt-skill-count')?.focus();
    await h.vault.modify(file(h, "Jobs/Globex.md"), postingNote({ Company: "Globex", title: "Data Engineer", Stage: "Interview", Skills: "PostgreSQL" }));
    await h.settle();
    expect(el.querySelector('.job-hunt-skill-row[data-skill="python"]')).toBeNull();
    expect((activeDocument.activeElement as HTMLElement | null)?.classList.contains("job-hunt-skill-count")).toBe(true);

    Platform.isMobile = true;
    try {
      select(el, "Stage", "Rejected");
      el.querySelector<HTMLElement>(".job-hunt-clear")?.click();
      expect(el.querySelectorAll(".job-hunt-card")).toHaveLength(3);
      expect(activeDocument.activeElement).not.toBe(el.querySelector(".job-hunt-search-input"));
    } finally {
      Platform.isMobile = false;
    }
  });

  test("the table titles a posting as its card does: without the company the file name repeats", async () => {
    const h = await startPlugin({ ...files, "Jobs/Hooli - Platform Engineer.md": postingNote({ Company: "Hooli", Stage: "Applied" }) });
    const el = await openDashboard(h);
    expect(el.querySelector('.job-hunt-card[data-path="Jobs/Hooli - Platform Engineer.md"] .job-hunt-card-title')?.textContent).toBe("Platform Engineer");
    el.querySelector<HTMLElement>('.job-hunt-mode[data-mode="table"]')?.click();
    const row = [...el.querySelectorAll(".job-hunt-row")].find((r) => r.children[0]?.textContent === "Hooli");
    expect(row?.children[1]?.textContent).toBe("Platform Engineer");
  });

  test("the table sorts by any column and keeps the filters; the mode survives a restart", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    el.querySelector<HTMLElement>('.job-hunt-mode[data-mode="table"]')?.click();
    const companies = (): string[] => [...el.querySelectorAll(".job-hunt-row")].map((r) => r.children[0]?.textContent ?? "");
    el.querySelector<HTMLElement>('.job-hunt-sort[data-column="company"]')?.click();
    expect(companies()).toEqual(["Acme", "Globex", "Initech"]);
    el.querySelector<HTMLElement>('.job-hunt-sort[data-column="company"]')?.click();
    expect(companies()).toEqual(["Initech", "Globex", "Acme"]);
    el.querySelector<HTMLElement>('.job-hunt-sort[data-column="salaryMax"]')?.click();
    // The default currency's (USD) postings first, then the euros; no salary last.
    expect(companies()).toEqual(["Acme", "Globex", "Initech"]);
    el.querySelector<HTMLElement>('.job-hunt-sort[data-column="stage"]')?.click();
    expect(companies()).toEqual(["Acme", "Globex", "Initech"]);
    select(el, "Skill", "go");
    expect(companies()).toEqual(["Acme", "Initech"]);
    h.plugin.unload();
    const again = await startPlugin(files, { data: JSON.parse(h.app.pluginData.get("job-hunt") ?? "{}") as unknown });
    const el2 = await openDashboard(again);
    expect(el2.querySelectorAll(".job-hunt-row")).toHaveLength(2);
    expect(el2.querySelector<HTMLSelectElement>('select[aria-label="Skill"]')?.value).toBe("go");
  });
});

describe("skills and salaries", () => {
  test("skills are ranked by demand with their roadmap progress", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    expect(texts(el, ".job-hunt-skill-name")).toEqual(["Go", "PostgreSQL", "Kubernetes", "Python"]);
    expect(texts(el, ".job-hunt-skill-count")).toEqual(["2", "2", "1", "1"]);
    const go = el.querySelector('.job-hunt-skill-row[data-skill="go"]');
    expect(go?.querySelector(".job-hunt-roadmap-text")?.textContent).toBe("1/2");
    expect(el.querySelector('.job-hunt-skill-row[data-skill="python"] .job-hunt-create-roadmap')).not.toBeNull();
  });

  test("a roadmap note with no checklist yet says so, with no empty progress bar", async () => {
    const h = await startPlugin({ ...files, "Roadmaps/Python.md": "# Python\n\nJust notes so far.\n" });
    const el = await openDashboard(h);
    const python = el.querySelector('.job-hunt-skill-row[data-skill="python"]');
    expect(python?.querySelector(".job-hunt-roadmap-text")?.textContent).toBe("No tasks yet");
    expect(python?.querySelector("progress")).toBeNull();
  });

  test("clicking a skill opens its roadmap note; Ctrl-click or a middle click in a new tab; the right button does not", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const name = el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="go"] .job-hunt-skill-name');
    name?.click();
    name?.dispatchEvent(new MouseEvent("click", { metaKey: true, bubbles: true }));
    name?.dispatchEvent(new MouseEvent("auxclick", { button: 2, bubbles: true }));
    name?.dispatchEvent(new MouseEvent("auxclick", { button: 1, bubbles: true }));
    await h.settle();
    expect(h.app.workspace.opened).toEqual([
      { path: "Roadmaps/Go Roadmap.md", newLeaf: false },
      { path: "Roadmaps/Go Roadmap.md", newLeaf: "tab" },
      { path: "Roadmaps/Go Roadmap.md", newLeaf: "tab" },
    ]);
  });

  test("clicking a skill's count filters the board to it, and again clears it", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="postgresql"] .job-hunt-skill-count')?.click();
    expect(texts(el, ".job-hunt-card-company").sort()).toEqual(["Acme", "Globex"]);
    el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="postgresql"] .job-hunt-skill-count')?.click();
    expect(el.querySelectorAll(".job-hunt-card")).toHaveLength(3);
  });

  test("a skill without a roadmap: confirm, and a note is made from the built-in template and opened", async () => {
    const h = await startPlugin(files, { data: { roadmapFolder: "Roadmaps" } });
    const el = await openDashboard(h);
    el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="python"] .job-hunt-create-roadmap')?.click();
    await wait(0);
    const modal = Modal.open[0];
    expect(modal?.titleEl.textContent).toBe("Create a roadmap for Python?");
    expect(modal?.contentEl.textContent).toContain("with links to the posting that asks for it?");
    [...(modal?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Create roadmap")?.click();
    await h.settle();
    const text = h.vault.readSync("Roadmaps/Python Roadmap.md");
    expect(text).toContain("# Python roadmap");
    expect(text).toContain("- [[Globex]]");
    expect(text).toMatch(/aliases:\n\s+- "Python"/);
    expect(h.app.workspace.opened.map((o) => o.path)).toEqual(["Roadmaps/Python Roadmap.md"]);
    expect(el.querySelector('.job-hunt-skill-row[data-skill="python"] .job-hunt-roadmap-text')?.textContent).toMatch(/^0\/\d+$/);
  });

  describe("with no roadmap folder set, a new roadmap note goes", () => {
    const noRoadmaps = Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith("Roadmaps/")));
    test.each<[string, Record<string, string>, string]>([
      ["beside the roadmap notes already found", files, "Roadmaps/Python Roadmap.md"],
      ["where Obsidian puts new notes, when there are none", noRoadmaps, "Inbox/Python Roadmap.md"],
      ["there too when a note is only named like a skill (a company note called Go)", { ...noRoadmaps, "Companies/Go.md": "# Go, the company\n", "Companies/Initech.md": "" }, "Inbox/Python Roadmap.md"],
    ])("%s", async (_, vault, path) => {
      const h = await startPlugin(vault);
      h.app.fileManager.newFileFolder = "Inbox";
      await h.vault.createFolder("Inbox");
      const el = await openDashboard(h);
      el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="python"] .job-hunt-create-roadmap')?.click();
      await wait(0);
      [...(Modal.open[0]?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Create roadmap")?.click();
      await h.settle();
      expect(h.app.workspace.opened.map((o) => o.path)).toEqual([path]);
    });
  });

  test("two dialogs for one skill, both confirmed, make one roadmap note", async () => {
    const h = await startPlugin(files, { data: { roadmapFolder: "Roadmaps" } });
    const el = await openDashboard(h);
    const create = (): void => el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="python"] .job-hunt-create-roadmap')?.click();
    create();
    create();
    await wait(0);
    const dialogs = Modal.open.filter((m) => m.titleEl.textContent === "Create a roadmap for Python?");
    expect(dialogs).toHaveLength(2);
    for (const dialog of dialogs) {
      [...dialog.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Create roadmap")?.click();
      await h.settle();
    }
    expect(h.vault.getMarkdownFiles().map((f) => f.path).filter((p) => p.includes("Python"))).toEqual(["Roadmaps/Python Roadmap.md"]);
    expect(h.app.workspace.opened.map((o) => o.path)).toEqual(["Roadmaps/Python Roadmap.md", "Roadmaps/Python Roadmap.md"]);
  });

  test("cancelling the confirm creates nothing; a clash never overwrites", async () => {
    const h = await startPlugin({ ...files, "Python Roadmap.md": "not a roadmap: it has no Python alias? it does by name" });
    // The name clash: the skill resolves to it, so use another skill without a roadmap.
    const el = await openDashboard(h);
    el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="kubernetes"] .job-hunt-create-roadmap')?.click();
    await wait(0);
    Modal.open[0]?.close();
    await h.settle();
    expect(h.vault.getFileByPath("Kubernetes Roadmap.md")).toBeNull();
    await h.vault.create("Kubernetes Roadmap.md", "mine\n");
    await h.vault.rename(file(h, "Kubernetes Roadmap.md"), "Kubernetes Roadmap.md.bak");
    await h.vault.create("Kubernetes Roadmap.md", "keep me\n");
    await h.vault.modify(file(h, "Kubernetes Roadmap.md"), "keep me\n");
    expect(h.vault.readSync("Kubernetes Roadmap.md")).toBe("keep me\n");
  });

  test("salaries are grouped by currency and period with low, median and high", async () => {
    const h = await startPlugin(files);
    const el = await openDashboard(h);
    const groups = [...el.querySelectorAll<HTMLElement>(".job-hunt-salary-group")].map((g) => g.dataset.group);
    expect(groups).toEqual(["EUR/year", "USD/year"]);
    // One posting: one midpoint, not three equal ones.
    const usd = el.querySelector('.job-hunt-salary-group[data-group="USD/year"]');
    expect(texts(usd as HTMLElement, ".job-hunt-stat-value")).toEqual(["$110k"]);
    expect(texts(usd as HTMLElement, ".job-hunt-stat-label")).toEqual(["Midpoint"]);
    expect(usd?.querySelectorAll(".job-hunt-salary-row")).toHaveLength(1);
    expect(usd?.querySelector(".job-hunt-range-line")).not.toBeNull();
    // Two or more: the lowest, median and highest of the midpoints, which say so, as a range's floor may be lower than the lowest.
    await h.vault.create("Jobs/Hooli.md", postingNote({ Company: "Hooli", Salary: "$150k - $170k" }));
    await h.settle();
    const both = el.querySelector('.job-hunt-salary-group[data-group="USD/year"]');
    expect(texts(both as HTMLElement, ".job-hunt-stat-label")).toEqual(["Lowest midpoint", "Median midpoint", "Highest midpoint"]);
    expect(texts(both as HTMLElement, ".job-hunt-stat-value")).toEqual(["$110k", "$135k", "$160k"]);
  });
});

describe("move posting to stage command", () => {
  test("picks the open posting, then the stage", async () => {
    const h = await startPlugin(files);
    await h.app.workspace.openLinkText("Jobs/Globex.md", "", false);
    expect(h.app.executeCommandById("job-hunt:move-posting-to-stage")).toBe(true);
    const modal = Modal.open[Modal.open.length - 1] as unknown as SuggestModal<string>;
    await modal.choose("offer");
    await h.settle();
    expect(h.plugin.index.posting("Jobs/Globex.md")?.stage).toBe("Offer");
    expect(h.vault.readSync("Jobs/Globex.md")).toContain('Stage: "Offer"');
  });

  test("with no posting open, it asks which posting first", async () => {
    const h = await startPlugin(files);
    h.app.executeCommandById("job-hunt:move-posting-to-stage");
    const pick = Modal.open[Modal.open.length - 1] as unknown as SuggestModal<unknown>;
    await pick.choose("initech");
    const stage = Modal.open[Modal.open.length - 1] as unknown as SuggestModal<string>;
    await stage.choose("withdrawn");
    await h.settle();
    expect(h.plugin.index.posting("Jobs/Initech.md")?.stage).toBe("Withdrawn");
  });
});

describe("re-rendering after one change", () => {
  test("only the moved posting's card is built again; other cards stay the same elements, in the right order", async () => {
    const more = {
      ...files,
      "Jobs/Hooli.md": postingNote({ Company: "Hooli", title: "SRE", Stage: "Applied", modified: "2024-01-02" }),
      "Jobs/Umbrella.md": postingNote({ Company: "Umbrella", title: "QA", Stage: "Applied", modified: "2024-01-01" }),
    };
    // Cards are rebuilt when the minute turns ("3 minutes ago" moves on): the clock stands still here.
    const now = jest.spyOn(Date, "now").mockReturnValue(Date.now());
    const h = await startPlugin(more);
    const el = await openDashboard(h);
    const card = (path: string): Element | null => el.querySelector(`.job-hunt-card[data-path="${path}"]`);
    const hooli = card("Jobs/Hooli.md");
    const umbrella = card("Jobs/Umbrella.md");
    const globex = card("Jobs/Globex.md");
    const acme = card("Jobs/Acme.md");
    expect(hooli && umbrella && globex && acme).toBeTruthy();

    await h.vault.modify(file(h, "Jobs/Acme.md"), (await h.vault.read(file(h, "Jobs/Acme.md"))).replace("Stage: \"Applied\"", "Stage: \"Interview\""));
    await h.settle();

    expect(columnOf(el, "Jobs/Acme.md")).toBe("Interview");
    expect(card("Jobs/Acme.md")).not.toBe(acme);
    expect(card("Jobs/Hooli.md")).toBe(hooli);
    expect(card("Jobs/Umbrella.md")).toBe(umbrella);
    expect(card("Jobs/Globex.md")).toBe(globex);
    expect(texts(el, '.job-hunt-column[data-stage="Applied"] .job-hunt-card-company')).toEqual(["Hooli", "Umbrella"]);
    expect(texts(el, '.job-hunt-column[data-stage="Applied"] .job-hunt-count')).toEqual(["2"]);
    now.mockRestore();
  });
});

describe("notes that need attention", () => {
  test("a posting with invalid YAML or an empty company is named above the board with the reason, and opens on click", async () => {
    const h = await startPlugin({
      ...files,
      "Jobs/Broken.md": "---\nCompany: Broken Corp\nStage: [Applied\n---\n",
      "Jobs/Nameless.md": postingNote({ Company: "", title: "Mystery role", Stage: "Applied" }),
    });
    const el = await openDashboard(h);
    const panel = el.querySelector(".job-hunt-problems");
    expect(panel?.querySelector("summary")?.textContent).toBe("2 notes need attention");
    expect(texts(el, ".job-hunt-problem-note")).toEqual(["Jobs/Broken.md", "Jobs/Nameless.md"]);
    expect(texts(el, ".job-hunt-problem-message").join("\n")).toContain("not valid YAML");
    el.querySelector<HTMLElement>(".job-hunt-problem-note")?.click();
    expect(h.app.workspace.opened.at(-1)).toMatchObject({ path: "Jobs/Broken.md" });

    await h.vault.modify(file(h, "Jobs/Broken.md"), "---\nCompany: Broken Corp\nStage: Applied\n---\n");
    await h.settle();
    expect(el.querySelector(".job-hunt-problems summary")?.textContent).toBe("1 note needs attention");
    await h.vault.modify(file(h, "Jobs/Nameless.md"), postingNote({ Company: "Named", title: "Mystery role", Stage: "Applied" }));
    await h.settle();
    expect(el.querySelector(".job-hunt-problems")).toBeNull();
  });
});
