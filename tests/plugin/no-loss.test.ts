/**
 * @jest-environment jsdom
 */
// No write loses a byte it was not asked to change. Every write the plugin makes is driven through
// its real commands (and the dashboard's card menu and drag), over notes with LF and CRLF line
// endings, with and without a trailing newline, with a BOM, comments and odd quoting; then with the
// user editing, deleting or renaming the note between the plugin's read and its write, and with the
// write failing.
import { format } from "date-fns";
import { parse } from "yaml";
import { Menu, Modal, Notice, type SuggestModal, type TFile } from "../fake-obsidian";
import { findFrontmatter } from "../../src/core/note-reader";
import { button, card, file, lastModal, openDashboard, startPlugin, type Harness } from "./harness";

const today = (): string => format(new Date(), "yyyy-MM-dd");

// ---------------------------------------------------------------------------------------------
// The notes: three shapes, each written five ways.

/** A posting with comments, odd quoting, a folded scalar, and a body that opens with an H1. */
const HEADED = [
  "---",
  "# my job search note",
  'Company: "Acme, Inc."   # the client',
  "title: 'Backend ''Lead'' Engineer'",
  "Stage:   'Applied'  # moved in Oct",
  'Skills: [postgres, "Go", k8s]   # flow list',
  "Salary: >-",
  "  $90k - $120k",
  "Location: Berlin",
  "---",
  "# Acme",
  "",
  "Notes with trailing spaces   ",
  "\ta tabbed line, \"quotes\" and 'apostrophes'",
  "<!-- an HTML comment -->",
  "%% an Obsidian comment %%",
  "- [ ] Apply",
  "",
].join("\n");

/** A posting whose body is plain text (a new section goes at its end) and whose stage is bare. */
const PLAIN = [
  "---",
  "Company: Globex",
  "Stage: Applied",
  "Skills:",
  "  - Go   # my main one",
  "---",
  "Just notes, no heading.",
  "- [x] Apply",
  "",
].join("\n");

/** Frontmatter only, with a history list (a comment on its item) and a skill as a plain string. */
const SOLO = ["---", "Company: Solo", "Stage: Applied", "Stage_History:", "  - 2026-01-05 Applied # first", "Skills: Rust", "---", ""].join("\n");

const SHAPES = { headed: HEADED, plain: PLAIN, solo: SOLO } as const;
type Shape = keyof typeof SHAPES;

/** How a note is written on disk; each turns an LF text into that form (expected results too). */
const FORMS: Record<string, (lf: string) => string> = {
  lf: (s) => s,
  crlf: (s) => s.replace(/\n/g, "\r\n"),
  "no final newline": (s) => s.replace(/\n$/, ""),
  bom: (s) => "\uFEFF" + s,
  "bom, crlf, no final newline": (s) => "\uFEFF" + s.replace(/\n$/, "").replace(/\n/g, "\r\n"),
};
const FORM_NAMES = Object.keys(FORMS);

function form(name: string): (lf: string) => string {
  const f = FORMS[name];
  if (!f) throw new Error(`no form ${name}`);
  return f;
}

const pathOf = (shape: Shape, formName: string): string => `Jobs/${shape} ${formName}.md`;

/** Every shape in every form, plus a roadmap note and an unrelated note that no write may touch. */
function vaultFiles(shapes: readonly Shape[] = ["headed", "plain", "solo"]): Record<string, string> {
  const files: Record<string, string> = {
    "Roadmaps/PostgreSQL.md": "---\naliases: [postgres]\n---\r\n- [x] Basics\r\n- [ ] Indexes",
    "Daily/2026-11-20.md": "\uFEFFNothing about jobs.\r\n",
  };
  for (const shape of shapes) for (const f of FORM_NAMES) files[pathOf(shape, f)] = form(f)(SHAPES[shape]);
  return files;
}

// ---------------------------------------------------------------------------------------------
// Helpers.

function snapshot(h: Harness): Map<string, string> {
  return new Map(h.vault.getFiles().map((f) => [f.path, h.vault.readSync(f)]));
}

/** Which files differ from `before`: changed, added and removed paths, sorted. */
function diff(h: Harness, before: Map<string, string>): { changed: string[]; added: string[]; removed: string[] } {
  const now = snapshot(h);
  return {
    changed: [...before].filter(([p, t]) => now.has(p) && now.get(p) !== t).map(([p]) => p).sort(),
    added: [...now.keys()].filter((p) => !before.has(p)).sort(),
    removed: [...before.keys()].filter((p) => !now.has(p)).sort(),
  };
}

async function open(h: Harness, path: string): Promise<void> {
  await h.app.workspace.openLinkText(path, "", false);
}

/** Opens the note and runs "Set stage of current posting", choosing `stage`. */
async function setStageByCommand(h: Harness, path: string, stage: string): Promise<void> {
  await open(h, path);
  expect(h.app.executeCommandById("job-hunt:set-stage")).toBe(true);
  await lastModal<SuggestModal<string>>().choose(stage);
}

/** Right-clicks the card and picks "Move to <stage>" from its menu. */
function moveByMenu(el: HTMLElement, path: string, stage: string): void {
  card(el, path).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
  const item = Menu.lastShown?.item(`Move to ${stage}`);
  if (!item) throw new Error(`no menu item for ${stage}`);
  item.click();
}

/** Drops the card on a column, as the browser does at the end of a drag (jsdom has no DataTransfer). */
function moveByDrag(el: HTMLElement, path: string, stage: string): void {
  const column = el.querySelector(`.job-hunt-column[data-stage="${stage}"]`);
  if (!column) throw new Error(`no column ${stage}`);
  const data: Record<string, string> = { "text/x-job-hunt-posting": path, "text/plain": path };
  const transfer = { types: Object.keys(data), getData: (type: string) => data[type] ?? "", dropEffect: "none" };
  for (const type of ["dragover", "drop"]) {
    const evt = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(evt, "dataTransfer", { value: transfer });
    column.dispatchEvent(evt);
  }
}

function frontmatterOf(text: string): Record<string, unknown> {
  const block = findFrontmatter(text);
  if (!block) throw new Error("no frontmatter");
  return parse(block.yaml.replace(/\r\n/g, "\n")) as Record<string, unknown>;
}

function bodyOf(text: string): string {
  const block = findFrontmatter(text);
  if (!block) throw new Error("no frontmatter");
  return text.slice(block.bodyStart);
}

/** The user's hand: runs right after the plugin's next `Vault.read` of `path` returned, so what it read is stale. */
function userActsAfterNextRead(h: Harness, path: string, act: () => Promise<void>): void {
  const vault = h.vault;
  const read = vault.read.bind(vault);
  vault.read = async (f: TFile): Promise<string> => {
    const text = await read(f);
    if (f.path === path) {
      vault.read = read;
      await act();
    }
    return text;
  };
}

/**
 * The user's hand: runs just before the plugin's next `Vault.process` of `path` (processFrontMatter
 * goes through it too). Process itself is atomic, as Obsidian's is; whatever the plugin decided
 * before it is now stale.
 */
function userActsBeforeNextProcess(h: Harness, path: string, act: () => Promise<void>): void {
  const vault = h.vault;
  const process = vault.process.bind(vault);
  vault.process = async (f: TFile, fn: (data: string) => string): Promise<string> => {
    if (f.path === path) {
      vault.process = process;
      await act();
    }
    return process(f, fn);
  };
}

/** The user's hand: creates `path` just before the plugin's next `Vault.create` of it (a name clash that appears late). */
function userCreatesBeforeNextCreate(h: Harness, match: RegExp, text: string): string[] {
  const vault = h.vault;
  const create = vault.create.bind(vault);
  const taken: string[] = [];
  vault.create = async (path: string, data: string): Promise<TFile> => {
    if (match.test(path)) {
      vault.create = create;
      taken.push(path);
      await create(path, text);
    }
    return create(path, data);
  };
  return taken;
}

// Expected LF results of each write on each shape; every form's result is that form of these.
const HISTORY = (stage: string): string => `Stage_History:\n  - ${today()} ${stage}\n`;

function stageMoved(shape: Shape, stage: string, history: boolean): string {
  const h = history ? HISTORY(stage) : "";
  switch (shape) {
    case "headed":
      return HEADED.replace("Stage:   'Applied'  # moved", `Stage:   '${stage}'  # moved`).replace("Location: Berlin\n", `Location: Berlin\n${h}`);
    case "plain":
      return PLAIN.replace("Stage: Applied", `Stage: ${stage}`).replace("  - Go   # my main one\n", `  - Go   # my main one\n${h}`);
    case "solo":
      return SOLO.replace("Stage: Applied", `Stage: ${stage}`).replace("# first\n", history ? `# first\n  - ${today()} ${stage}\n` : "# first\n");
  }
}

const SECTION = {
  headed: "## Skill roadmaps\n- [ ] [[PostgreSQL|PostgreSQL]]\n- [ ] Go (no roadmap yet)\n- [ ] Kubernetes (no roadmap yet)\n",
  plain: "## Skill roadmaps\n- [ ] Go (no roadmap yet)\n",
  solo: "## Skill roadmaps\n- [ ] Rust (no roadmap yet)\n",
};

function skillsLinked(shape: Shape): string {
  switch (shape) {
    case "headed":
      return HEADED.replace("---\n# Acme\n", `---\n${SECTION.headed}\n# Acme\n`);
    case "plain":
      return `${PLAIN}\n${SECTION.plain}`;
    case "solo":
      return SOLO + SECTION.solo;
  }
}

/** For each form of each shape: the note's path -> what it should read after the write. */
function expectedFor(shapes: readonly Shape[], lf: (shape: Shape) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const shape of shapes) for (const f of FORM_NAMES) out[pathOf(shape, f)] = form(f)(lf(shape));
  return out;
}

function actualFor(h: Harness, shapes: readonly Shape[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const shape of shapes) for (const f of FORM_NAMES) out[pathOf(shape, f)] = h.vault.readSync(pathOf(shape, f));
  return out;
}

const ALL: readonly Shape[] = ["headed", "plain", "solo"];
const allPostings = (): string[] => ALL.flatMap((s) => FORM_NAMES.map((f) => pathOf(s, f)));

// ---------------------------------------------------------------------------------------------

describe("every write changes its target and not one byte more", () => {
  test("the notes are postings in every form, as the index reads them", async () => {
    const h = await startPlugin(vaultFiles());
    for (const path of allPostings()) expect({ path, stage: h.plugin.index.posting(path)?.stage }).toEqual({ path, stage: "Applied" });
    expect(h.plugin.index.posting(pathOf("headed", "bom, crlf, no final newline"))?.skills.map((s) => s.name)).toEqual(["PostgreSQL", "Go", "Kubernetes"]);
  });

  test("stage change by command: the stage value and one history line, in the note's own line endings", async () => {
    const h = await startPlugin(vaultFiles());
    const before = snapshot(h);
    for (const path of allPostings()) await setStageByCommand(h, path, "interview");
    await h.settle();
    expect(actualFor(h, ALL)).toEqual(expectedFor(ALL, (s) => stageMoved(s, "Interview", true)));
    expect(diff(h, before)).toEqual({ changed: allPostings().sort(), added: [], removed: [] });
    expect(Notice.shown).toEqual([]);
  });

  test("stage change with history off: only the value's bytes", async () => {
    const h = await startPlugin(vaultFiles(), { data: { stageHistory: false } });
    for (const path of allPostings()) await setStageByCommand(h, path, "offer");
    await h.settle();
    expect(actualFor(h, ALL)).toEqual(expectedFor(ALL, (s) => stageMoved(s, "Offer", false)));
  });

  test("move current posting to next stage", async () => {
    const h = await startPlugin(vaultFiles());
    for (const path of allPostings()) {
      await open(h, path);
      expect(h.app.executeCommandById("job-hunt:next-stage")).toBe(true);
    }
    await h.settle();
    expect(actualFor(h, ALL)).toEqual(expectedFor(ALL, (s) => stageMoved(s, "Screening", true)));
  });

  test("move posting to stage from the card menu", async () => {
    const h = await startPlugin(vaultFiles(["headed", "solo"]));
    const el = await openDashboard(h);
    const before = snapshot(h);
    for (const shape of ["headed", "solo"] as const) for (const f of FORM_NAMES) moveByMenu(el, pathOf(shape, f), "Offer");
    await h.settle();
    expect(actualFor(h, ["headed", "solo"])).toEqual(expectedFor(["headed", "solo"], (s) => stageMoved(s, "Offer", true)));
    expect(diff(h, before).added).toEqual([]);
  });

  test("move posting to stage by dragging its card to another column", async () => {
    const h = await startPlugin(vaultFiles(["headed", "plain"]));
    const el = await openDashboard(h);
    for (const shape of ["headed", "plain"] as const) for (const f of FORM_NAMES) moveByDrag(el, pathOf(shape, f), "Withdrawn");
    await h.settle();
    expect(actualFor(h, ["headed", "plain"])).toEqual(expectedFor(["headed", "plain"], (s) => stageMoved(s, "Withdrawn", true)));
    expect(el.querySelectorAll('.job-hunt-column[data-stage="Withdrawn"] .job-hunt-card')).toHaveLength(10);
  });

  test("a card dropped back on its own column writes nothing", async () => {
    const h = await startPlugin(vaultFiles(["headed", "plain"]));
    const el = await openDashboard(h);
    const before = snapshot(h);
    // Every posting is in Applied.
    for (const shape of ["headed", "plain"] as const) for (const f of FORM_NAMES) moveByDrag(el, pathOf(shape, f), "Applied");
    await h.settle();
    expect(diff(h, before)).toEqual({ added: [], changed: [], removed: [] });
  });

  test("a stage written in another case, or no stage at all, is its column's: dropping there writes nothing", async () => {
    const lower = "---\nCompany: A\nStage: applied # mine\n---\n";
    const none = "---\nCompany: B\n---\n";
    const h = await startPlugin({ "Jobs/A.md": lower, "Jobs/B.md": none });
    const el = await openDashboard(h);
    moveByDrag(el, "Jobs/A.md", "Applied");
    moveByDrag(el, "Jobs/B.md", "Research");
    await h.settle();
    expect([h.vault.readSync("Jobs/A.md"), h.vault.readSync("Jobs/B.md")]).toEqual([lower, none]);
  });

  test("a stage written as a list goes through the frontmatter API: the body keeps every byte", async () => {
    const lf = "---\nCompany: Acme\nStage:\n  - Applied\n---\n# Acme\r\n\r\nBody with a BOM-less CRLF tail   \r\n";
    const h = await startPlugin({ "Jobs/list lf.md": lf, "Jobs/list crlf.md": form("crlf")(lf), "Jobs/list no eol.md": lf.replace(/\r\n$/, "") });
    for (const path of ["Jobs/list lf.md", "Jobs/list crlf.md", "Jobs/list no eol.md"]) {
      const before = h.vault.readSync(path);
      await setStageByCommand(h, path, "offer");
      await h.settle();
      const after = h.vault.readSync(path);
      expect({ path, body: bodyOf(after) }).toEqual({ path, body: bodyOf(before) });
      expect(frontmatterOf(after)).toEqual({ ...frontmatterOf(before), Stage: "Offer", Stage_History: [`${today()} Offer`] });
    }
  });

  test("link skills to roadmaps: only the Skill roadmaps section is added", async () => {
    const h = await startPlugin(vaultFiles());
    const before = snapshot(h);
    for (const path of allPostings()) {
      await open(h, path);
      expect(h.app.executeCommandById("job-hunt:link-skills")).toBe(true);
    }
    await h.settle();
    expect(actualFor(h, ALL)).toEqual(expectedFor(ALL, skillsLinked));
    expect(diff(h, before)).toEqual({ changed: allPostings().sort(), added: [], removed: [] });
    // Running it again writes nothing.
    const once = snapshot(h);
    h.app.executeCommandById("job-hunt:link-skills-all");
    await h.settle();
    expect(diff(h, once)).toEqual({ changed: [], added: [], removed: [] });
  });

  test("link skills with 'skills as links in properties': the body keeps every byte, the other properties every value", async () => {
    const h = await startPlugin(vaultFiles(), { data: { skillLinksInFrontmatter: true } });
    const before = snapshot(h);
    h.app.executeCommandById("job-hunt:link-skills-all");
    await h.settle();
    const links: Record<Shape, string[]> = { headed: ["[[PostgreSQL|PostgreSQL]]", "Go", "Kubernetes"], plain: ["Go"], solo: ["Rust"] };
    for (const shape of ALL) {
      for (const f of FORM_NAMES) {
        const path = pathOf(shape, f);
        const old = before.get(path) ?? "";
        const now = h.vault.readSync(path);
        const expected = form(f)(skillsLinked(shape));
        expect({ path, body: bodyOf(now) }).toEqual({ path, body: bodyOf(expected) });
        expect({ path, fm: frontmatterOf(now) }).toEqual({ path, fm: { ...frontmatterOf(old), Skills: links[shape] } });
      }
    }
    expect(diff(h, before)).toEqual({ changed: allPostings().sort(), added: [], removed: [] });
  });

  test("link skills with 'skills as links in properties': the Skills value changes in place, every other byte stays", async () => {
    const h = await startPlugin(vaultFiles(["headed"]), { data: { skillLinksInFrontmatter: true } });
    h.app.executeCommandById("job-hunt:link-skills-all");
    await h.settle();
    for (const f of FORM_NAMES) {
      const expected = form(f)(
        skillsLinked("headed").replace('Skills: [postgres, "Go", k8s]   # flow list', 'Skills:   # flow list\n  - "[[PostgreSQL|PostgreSQL]]"\n  - Go\n  - Kubernetes'),
      );
      expect({ f, text: h.vault.readSync(pathOf("headed", f)) }).toEqual({ f, text: expected });
    }
  });

  test("link skills with 'skills as links in properties' on a note linked already: not one byte written", async () => {
    const note = '\uFEFF---\r\n# my note\r\nCompany: Acme # the client\r\nSkills:\r\n  - "[[PostgreSQL|PostgreSQL]]"  # main\r\nSalary: >-\r\n  $90k - $120k\r\n---\r\n## Skill roadmaps\r\n- [ ] [[PostgreSQL|PostgreSQL]]\r\n';
    const h = await startPlugin({ "Jobs/Acme.md": note, "PostgreSQL.md": "# PG\n- [ ] a\n" }, { data: { skillLinksInFrontmatter: true } });
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(note);
  });

  test("link skills creating missing roadmap notes: new notes only, no other file touched", async () => {
    const h = await startPlugin(vaultFiles(["headed"]), { data: { createMissingRoadmaps: true, roadmapFolder: "Roadmaps" } });
    const before = snapshot(h);
    await open(h, pathOf("headed", "crlf"));
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(diff(h, before)).toEqual({ changed: [pathOf("headed", "crlf")], added: ["Roadmaps/Go Roadmap.md", "Roadmaps/Kubernetes Roadmap.md"], removed: [] });
    expect(h.vault.readSync(pathOf("headed", "crlf"))).toBe(
      form("crlf")(HEADED.replace("---\n# Acme\n", `---\n${SECTION.headed.replace(/- \[ \] (Go|Kubernetes) \(no roadmap yet\)/g, "- [ ] [[$1 Roadmap|$1]]")}\n# Acme\n`)),
    );
  });

  test("new job posting: one new note; notes of the same name in any form stay as they were", async () => {
    const mine = { "Jobs/Acme - Dev.md": "\uFEFF---\r\nCompany: Mine\r\n---\r\nmy words", "Jobs/acme - dev 2.md": "no frontmatter, no newline" };
    const h = await startPlugin({ ...vaultFiles(["headed"]), ...mine }, { data: { jobsFolder: "Jobs" } });
    const before = snapshot(h);
    h.app.executeCommandById("job-hunt:new-posting");
    const modal = lastModal<Modal>();
    fill(modal, "Company", "Acme");
    fill(modal, "Title", "Dev");
    button(modal, "Create posting").click();
    await h.settle();
    expect(diff(h, before)).toEqual({ changed: [], added: ["Jobs/Acme - Dev 3.md"], removed: [] });
    expect(frontmatterOf(h.vault.readSync("Jobs/Acme - Dev 3.md"))).toMatchObject({ Company: "Acme", title: "Dev" });
  });

  test("roadmap note from the dashboard: one new note, nothing else touched", async () => {
    const h = await startPlugin(vaultFiles(["headed"]), { data: { roadmapFolder: "Roadmaps" } });
    const el = await openDashboard(h);
    const before = snapshot(h);
    el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="go"] .job-hunt-create-roadmap')?.click();
    await h.settle();
    button(lastModal<Modal>(), "Create roadmap").click();
    await h.settle();
    expect(diff(h, before)).toEqual({ changed: [], added: ["Roadmaps/Go Roadmap.md"], removed: [] });
  });

  test("CSV export: one new file, nothing else touched", async () => {
    const h = await startPlugin(vaultFiles(), { data: { jobsFolder: "Jobs" } });
    const before = snapshot(h);
    h.app.executeCommandById("job-hunt:export-csv");
    await h.settle();
    const name = `Jobs/Job postings ${today()}.csv`;
    expect(diff(h, before)).toEqual({ changed: [], added: [name], removed: [] });
    expect(h.vault.readSync(name).split("\r\n").filter((l) => l !== "")).toHaveLength(1 + allPostings().length);
  });
});

function fill(modal: Modal, name: string, value: string): void {
  const row = [...modal.contentEl.querySelectorAll(".setting-item")].find((r) => r.querySelector(".setting-item-name")?.textContent === name);
  const input = row?.querySelector<HTMLInputElement>("input");
  if (!input) throw new Error(`no field ${name}`);
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

// ---------------------------------------------------------------------------------------------

describe("an edit the user makes between the plugin's read and its write is kept", () => {
  const path = pathOf("headed", "crlf");
  const userEdit = (t: string): string => t.replace("Location: Berlin", "Location: Hamburg # moved").replace("- [ ] Apply", "- [x] Apply\r\n- [ ] Call Dana back");

  test("stage change: the user's edit of the body and of another property both survive", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    userActsAfterNextRead(h, path, () => h.vault.modify(file(h, path), userEdit(h.vault.readSync(path))));
    await setStageByCommand(h, path, "interview");
    await h.settle();
    expect(h.vault.readSync(path)).toBe(userEdit(form("crlf")(stageMoved("headed", "Interview", true))));
    expect(h.vault.readSync(path)).toContain("- [ ] Call Dana back");
  });

  test("stage change: the user re-quotes and re-comments the stage line meanwhile; their quoting and comment stay", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    userActsAfterNextRead(h, path, () => h.vault.modify(file(h, path), h.vault.readSync(path).replace("Stage:   'Applied'  # moved in Oct", 'Stage: "Applied" # they called')));
    await setStageByCommand(h, path, "offer");
    await h.settle();
    expect(h.vault.readSync(path)).toContain('Stage: "Offer" # they called\r\n');
  });

  test("next stage: a stage the user set meanwhile is not overwritten by one computed from the old stage", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    const theirs = (): string => h.vault.readSync(path).replace("'Applied'", "'Offer'");
    userActsAfterNextRead(h, path, () => h.vault.modify(file(h, path), theirs()));
    await open(h, path);
    h.app.executeCommandById("job-hunt:next-stage");
    await h.settle();
    // Applied -> Screening was decided on the old text; the user has since written Offer.
    expect(h.vault.readSync(path)).toBe(form("crlf")(HEADED).replace("'Applied'", "'Offer'"));
    expect(Notice.shown).toEqual(['The stage of "headed crlf" was changed to Offer in the meantime, so it was not moved to Screening.']);
  });

  test("stage change through the frontmatter API (a list stage): the user's edit made meanwhile survives", async () => {
    const note = "---\nCompany: Acme\nStage:\n  - Applied\n---\nBody\n";
    const h = await startPlugin({ "Jobs/Acme.md": note });
    userActsAfterNextRead(h, "Jobs/Acme.md", () => h.vault.modify(file(h, "Jobs/Acme.md"), note.replace("Company: Acme", "Company: Acme\nContact: Dana").replace("Body", "Body, and a line typed meanwhile")));
    await setStageByCommand(h, "Jobs/Acme.md", "offer");
    await h.settle();
    const text = h.vault.readSync("Jobs/Acme.md");
    expect(frontmatterOf(text)).toEqual({ Company: "Acme", Contact: "Dana", Stage: "Offer", Stage_History: [`${today()} Offer`] });
    expect(bodyOf(text)).toBe("Body, and a line typed meanwhile\n");
  });

  test("stage change: YAML the user broke meanwhile is left exactly as they left it, with a notice", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    const broken = (): string => h.vault.readSync(path).replace("Location: Berlin", "Location: [Berlin");
    userActsAfterNextRead(h, path, () => h.vault.modify(file(h, path), broken()));
    await setStageByCommand(h, path, "offer");
    await h.settle();
    expect(h.vault.readSync(path)).toBe(form("crlf")(HEADED).replace("Location: Berlin", "Location: [Berlin"));
    expect(Notice.shown.join("\n")).toContain("not valid YAML");
  });

  test("link skills: text the user typed just before the write survives, inside and outside the section", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    await open(h, path);
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    const withSection = h.vault.readSync(path);
    userActsBeforeNextProcess(h, path, () =>
      h.vault.modify(file(h, path), h.vault.readSync(path).replace("- [ ] Go (no roadmap yet)", "- [x] Go (no roadmap yet) - done the tour").replace("# Acme", "# Acme (typed meanwhile)")),
    );
    await h.vault.create("Roadmaps/Kubernetes.md", "- [ ] Pods\n");
    await h.settle();
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(h.vault.readSync(path)).toBe(
      withSection
        .replace("- [ ] Go (no roadmap yet)", "- [x] Go (no roadmap yet) - done the tour")
        .replace("# Acme", "# Acme (typed meanwhile)")
        .replace("- [ ] Kubernetes (no roadmap yet)", "- [ ] [[Kubernetes|Kubernetes]]"),
    );
  });

  test("skills as links in properties: a skill the user added meanwhile is kept", async () => {
    const h = await startPlugin(vaultFiles(["plain"]), { data: { skillLinksInFrontmatter: true } });
    const p = pathOf("plain", "lf");
    await open(h, p);
    // The plugin has read the posting's skills (Go) from the index; the user adds Rust before the write.
    userActsBeforeNextProcess(h, p, () => h.vault.modify(file(h, p), h.vault.readSync(p).replace("  - Go   # my main one\n", "  - Go   # my main one\n  - Rust\n")));
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(frontmatterOf(h.vault.readSync(p)).Skills).toEqual(["Go", "Rust"]);
  });

  test("skills as links in properties: a Skills value the plugin cannot read (a nested object) is left alone", async () => {
    const note = "---\nCompany: Acme\nSkills:\n  backend: Go\n  frontend: React\n---\nBody\n";
    const h = await startPlugin({ "Jobs/Acme.md": note }, { data: { skillLinksInFrontmatter: true } });
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(frontmatterOf(h.vault.readSync("Jobs/Acme.md")).Skills).toEqual({ backend: "Go", frontend: "React" });
  });

  test("new posting: a note the user creates under the same name just before the write is not overwritten", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "Jobs" } });
    const taken = userCreatesBeforeNextCreate(h, /^Jobs\/Acme - Dev/, "mine, typed a moment ago\n");
    h.app.executeCommandById("job-hunt:new-posting");
    const modal = lastModal<Modal>();
    fill(modal, "Company", "Acme");
    fill(modal, "Title", "Dev");
    button(modal, "Create posting").click();
    await h.settle();
    expect(taken).toEqual(["Jobs/Acme - Dev.md"]);
    expect(h.vault.readSync("Jobs/Acme - Dev.md")).toBe("mine, typed a moment ago\n");
    expect(frontmatterOf(h.vault.readSync("Jobs/Acme - Dev 2.md"))).toMatchObject({ Company: "Acme" });
  });

  test("roadmap note and CSV export: a file the user creates under the same name just before the write is not overwritten", async () => {
    const h = await startPlugin(vaultFiles(["plain"]), { data: { jobsFolder: "Jobs", createMissingRoadmaps: true } });
    const roadmap = userCreatesBeforeNextCreate(h, /^Go Roadmap/, "my Go notes\n");
    await open(h, pathOf("plain", "lf"));
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(roadmap).toEqual(["Go Roadmap.md"]);
    expect(h.vault.readSync("Go Roadmap.md")).toBe("my Go notes\n");
    expect(h.vault.readSync("Go Roadmap 2.md")).toContain("Go");
    const csv = userCreatesBeforeNextCreate(h, /\.csv$/, "my,own\r\n");
    h.app.executeCommandById("job-hunt:export-csv");
    await h.settle();
    expect(csv).toEqual([`Jobs/Job postings ${today()}.csv`]);
    expect(h.vault.readSync(`Jobs/Job postings ${today()}.csv`)).toBe("my,own\r\n");
    expect(h.vault.readSync(`Jobs/Job postings ${today()} 2.csv`)).toMatch(/^\uFEFFpath,company,/);
  });
});

// ---------------------------------------------------------------------------------------------

describe("a write that fails leaves the file exactly as it was, and says so", () => {
  const path = pathOf("headed", "bom, crlf, no final newline");

  test.each([
    ["set stage", "job-hunt:set-stage", "Could not move"],
    ["next stage", "job-hunt:next-stage", "Could not move"],
    ["link skills", "job-hunt:link-skills", "Could not link the skills"],
  ])("%s", async (_label, command, notice) => {
    const h = await startPlugin(vaultFiles(["headed"]));
    const before = snapshot(h);
    await open(h, path);
    h.vault.failNextWrite = path;
    expect(h.app.executeCommandById(command)).toBe(true);
    if (command === "job-hunt:set-stage") await lastModal<SuggestModal<string>>().choose("offer");
    await h.settle();
    expect(diff(h, before)).toEqual({ changed: [], added: [], removed: [] });
    expect(Notice.shown).toEqual([expect.stringMatching(new RegExp(`^${notice} .*: Disk is full\\.$`))]);
  });

  test("stage change through the frontmatter API", async () => {
    const note = "\uFEFF---\r\nCompany: Acme\r\nStage: [Applied]\r\n---\r\nBody";
    const h = await startPlugin({ "Jobs/Acme.md": note });
    h.vault.failNextWrite = "Jobs/Acme.md";
    await setStageByCommand(h, "Jobs/Acme.md", "offer");
    await h.settle();
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(note);
    expect(Notice.shown).toEqual(['Could not move "Acme" to Offer: Disk is full.']);
  });

  test("card menu", async () => {
    const h = await startPlugin(vaultFiles(["solo"]));
    const el = await openDashboard(h);
    const p = pathOf("solo", "crlf");
    h.vault.failNextWrite = p;
    moveByMenu(el, p, "Accepted");
    await h.settle();
    expect(h.vault.readSync(p)).toBe(form("crlf")(SOLO));
    expect(Notice.shown.join("\n")).toContain("Disk is full.");
    expect(card(el, p).closest<HTMLElement>(".job-hunt-column")?.dataset.stage).toBe("Applied");
  });

  test("skills as links in properties: when the second write fails, the section stays and the properties are as they were", async () => {
    const h = await startPlugin(vaultFiles(["headed"]), { data: { skillLinksInFrontmatter: true } });
    const p = pathOf("headed", "crlf");
    // Let the section's write through, then fail the frontmatter's.
    userActsBeforeNextProcess(h, p, async () => {
      userActsBeforeNextProcess(h, p, async () => {
        h.vault.failNextWrite = p;
      });
    });
    await open(h, p);
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(h.vault.readSync(p)).toBe(form("crlf")(skillsLinked("headed")));
    expect(Notice.shown).toEqual([`Could not link the skills in "headed crlf": Disk is full.`]);
  });

  test("new job posting, roadmap note and CSV export: no file is created, a notice says why", async () => {
    const h = await startPlugin(vaultFiles(["plain"]), { data: { jobsFolder: "Jobs", roadmapFolder: "Roadmaps" } });
    const el = await openDashboard(h);
    const before = snapshot(h);

    h.vault.failNextWrite = "Jobs/Acme - Dev.md";
    h.app.executeCommandById("job-hunt:new-posting");
    const modal = lastModal<Modal>();
    fill(modal, "Company", "Acme");
    fill(modal, "Title", "Dev");
    button(modal, "Create posting").click();
    await h.settle();
    expect(Modal.open).toContain(modal);
    modal.close();

    h.vault.failNextWrite = "Roadmaps/Go Roadmap.md";
    el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="go"] .job-hunt-create-roadmap')?.click();
    await h.settle();
    button(lastModal<Modal>(), "Create roadmap").click();
    await h.settle();

    h.vault.failNextWrite = `Jobs/Job postings ${today()}.csv`;
    h.app.executeCommandById("job-hunt:export-csv");
    await h.settle();

    expect(diff(h, before)).toEqual({ changed: [], added: [], removed: [] });
    expect(Notice.shown).toEqual([
      "Could not create the posting: Disk is full.",
      "Could not create a roadmap note for Go: Disk is full.",
      "Could not export the postings: Disk is full.",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

describe("a note deleted or renamed while an edit is pending", () => {
  const path = pathOf("headed", "lf");
  const moved = "Archive/Acme renamed.md";

  async function rename(h: Harness): Promise<void> {
    await h.vault.rename(file(h, path), moved);
  }

  async function remove(h: Harness): Promise<void> {
    await h.vault.delete(file(h, path));
  }

  test("stage picker open, note deleted: nothing is recreated, a notice says why", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    await open(h, path);
    h.app.executeCommandById("job-hunt:set-stage");
    await remove(h);
    const before = snapshot(h);
    await lastModal<SuggestModal<string>>().choose("offer");
    await h.settle();
    expect(diff(h, before)).toEqual({ changed: [], added: [], removed: [] });
    expect(Notice.shown).toEqual(['"headed lf" is no longer in the vault, so its stage was not changed.']);
  });

  test("stage picker open, note renamed: the renamed note gets the stage; nothing appears at the old path", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    await open(h, path);
    h.app.executeCommandById("job-hunt:set-stage");
    await rename(h);
    await h.settle();
    await lastModal<SuggestModal<string>>().choose("offer");
    await h.settle();
    expect(h.vault.getFileByPath(path)).toBeNull();
    expect(h.vault.readSync(moved)).toBe(stageMoved("headed", "Offer", true));
  });

  test("deleted between the stage change's read and its write: no stray file, a notice", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    userActsAfterNextRead(h, path, () => remove(h));
    await setStageByCommand(h, path, "offer");
    await h.settle();
    expect(h.vault.getFileByPath(path)).toBeNull();
    expect(h.vault.getFiles().map((f) => f.path)).not.toContain(path);
    expect(Notice.shown.join("\n")).toContain('Could not move "headed lf" to Offer');
  });

  test("renamed between the stage change's read and its write: the change lands in the renamed note, every other byte kept", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    userActsAfterNextRead(h, path, () => rename(h));
    await setStageByCommand(h, path, "offer");
    await h.settle();
    expect(h.vault.getFileByPath(path)).toBeNull();
    expect(h.vault.readSync(moved)).toBe(stageMoved("headed", "Offer", true));
  });

  test("deleted or renamed just before the skill section's write: no stray file; the renamed note gets the section", async () => {
    const h = await startPlugin(vaultFiles(["headed"]));
    userActsBeforeNextProcess(h, path, () => rename(h));
    await open(h, path);
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(h.vault.getFileByPath(path)).toBeNull();
    expect(h.vault.readSync(moved)).toBe(skillsLinked("headed"));

    const other = pathOf("headed", "crlf");
    userActsBeforeNextProcess(h, other, () => h.vault.delete(file(h, other)));
    const before = snapshot(h);
    await open(h, other);
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(diff(h, before)).toEqual({ changed: [], added: [], removed: [other] });
    expect(Notice.shown.join("\n")).toContain('Could not link the skills in "headed crlf"');
  });

  /** Opens the card's menu, lets `meanwhile` happen to the note, then picks "Move to Offer". */
  async function moveFromMenuAfter(meanwhile: (h: Harness) => Promise<void>): Promise<{ h: Harness; changes: ReturnType<typeof diff> }> {
    const h = await startPlugin(vaultFiles(["headed"]));
    const el = await openDashboard(h);
    card(el, path).dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
    const menu = Menu.lastShown;
    await meanwhile(h);
    const before = snapshot(h);
    menu?.item("Move to Offer")?.click();
    await h.settle();
    return { h, changes: diff(h, before) };
  }

  test("card menu after the note was renamed: the renamed note is moved, nothing is written to the old path", async () => {
    const { h, changes } = await moveFromMenuAfter(rename);
    expect(h.vault.getFileByPath(path)).toBeNull();
    expect(changes).toEqual({ changed: [moved], added: [], removed: [] });
    expect(h.plugin.index.posting(moved)?.stage).toBe("Offer");
  });

  test("card menu after the note was deleted: nothing is recreated, a notice says why", async () => {
    const { changes } = await moveFromMenuAfter(remove);
    expect(changes).toEqual({ changed: [], added: [], removed: [] });
    expect(Notice.shown.join("\n")).toContain("is no longer in the vault, so its stage was not changed.");
  });
});
