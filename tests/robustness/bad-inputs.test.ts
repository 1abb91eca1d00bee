/**
 * @jest-environment jsdom
 */
// Bad inputs, one test per row of docs/robustness.md: what the user sees (the posting on the
// dashboard, a problem with a clear message, a Notice, a file name) and that nothing is lost.
import { parse } from "yaml";
import { Notice, type PluginSettingTab } from "../fake-obsidian";
import { findFrontmatter } from "../../src/core/note-reader";
import { emptyDraft, type PostingDraft } from "../../src/core/new-posting";
import { formatReport } from "../../src/core/report";
import { createPosting } from "../../src/obsidian/posting-writer";
import { setPostingStage } from "../../src/obsidian/note-writer";
import { fieldOf, file, findCard, lastModal, openDashboard, postingNote, startPlugin, texts, type, wait, type Harness } from "../plugin/harness";

const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30, 0));

function frontmatterOf(text: string): Record<string, unknown> {
  const block = findFrontmatter(text);
  if (!block) throw new Error("no frontmatter");
  return parse(block.yaml) as Record<string, unknown>;
}

function draft(fields: Partial<PostingDraft>): PostingDraft {
  return { ...emptyDraft("Research"), ...fields };
}

/** Every path in the vault, files and folders. */
function allPaths(h: Harness): string[] {
  return h.vault
    .getAllLoadedFiles()
    .map((f) => f.path)
    .filter((p) => p !== "/")
    .sort();
}

/** New job posting as the user runs it: the command, the form, the button. */
async function newPostingFromForm(h: Harness, company: string, title: string): Promise<void> {
  expect(h.app.executeCommandById("job-hunt:new-posting")).toBe(true);
  const modal = lastModal();
  type(fieldOf(modal.contentEl, "Company"), company);
  type(fieldOf(modal.contentEl, "Title"), title);
  const button = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Create posting");
  if (!button) throw new Error("no create button");
  button.click();
  await h.settle();
}

function settingsTab(h: Harness): PluginSettingTab {
  const t = h.app.settingTabs[0];
  if (!t) throw new Error("no settings tab");
  t.display();
  return t;
}

async function create(h: Harness, d: PostingDraft): Promise<string> {
  const f = await createPosting(h.app as never, h.plugin.index, d, NOW, () => 0);
  await h.settle();
  if (!f) throw new Error(`not created: ${Notice.shown.join(" | ")}`);
  return f.path;
}

const noHistory = { data: { stageHistory: false } };

describe("broken frontmatter", () => {
  test("invalid YAML: the posting leaves the board, a problem says why, the file is untouched", async () => {
    const broken = '---\nCompany: Acme\nStage: "Applied\ntitle: [oops\n---\nMy notes about Acme.\n';
    const h = await startPlugin({ "Jobs/Acme.md": broken, "Jobs/Globex.md": postingNote({ Company: "Globex" }) });
    const el = await openDashboard(h);
    expect(findCard(el, "Jobs/Acme.md")).toBeNull();
    expect(findCard(el, "Jobs/Globex.md")).not.toBeNull();
    expect(h.plugin.index.problems()).toEqual([
      // The YAML reader's reason, and where, so the user can find the line.
      { path: "Jobs/Acme.md", message: 'The frontmatter is not valid YAML (Missing closing "quote at line 4), so this posting is left out until it is fixed.' },
    ]);
    expect(formatReport(h.plugin.index)).toContain("Jobs/Acme.md: The frontmatter is not valid YAML");
    // Moving it refuses with a notice and leaves every byte.
    expect(await setPostingStage(h.app as never, h.plugin.settings, file(h, "Jobs/Acme.md") as never, "Offer")).toBe(false);
    expect(Notice.shown.join("\n")).toContain('"Acme" has frontmatter that is not valid YAML, so its stage was not changed.');
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(broken);
    // Fixing the YAML brings it back.
    await h.vault.modify(file(h, "Jobs/Acme.md"), broken.replace('"Applied', "Applied").replace("[oops", "oops"));
    await h.settle();
    expect(findCard(el, "Jobs/Acme.md")).not.toBeNull();
    expect(h.plugin.index.problems()).toEqual([]);
  });

  test("duplicate keys: reported as invalid YAML and left alone; keys differing only in case read the first, and are named", async () => {
    const duplicate = "---\nCompany: Acme\nStage: Applied\nStage: Offer\n---\nBody\n";
    const caseTwins = "---\nCompany: Globex\ncompany: Initech\nStage: Interview\n---\n";
    const h = await startPlugin({ "Jobs/Acme.md": duplicate, "Jobs/Globex.md": caseTwins });
    const el = await openDashboard(h);
    expect(findCard(el, "Jobs/Acme.md")).toBeNull();
    expect(h.plugin.index.problems().map((p) => `${p.path}: ${p.message}`)).toEqual([
      "Jobs/Acme.md: The frontmatter is not valid YAML (Map keys must be unique at line 4), so this posting is left out until it is fixed.",
      "Jobs/Globex.md: Company is written twice, in two spellings, with different values; the first is used.",
    ]);
    expect(findCard(el, "Jobs/Globex.md")?.querySelector(".job-hunt-card-company")?.textContent).toBe("Globex");
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(duplicate);
    expect(h.vault.readSync("Jobs/Globex.md")).toBe(caseTwins);
  });
});

describe("values of the wrong type", () => {
  test("a list where text is expected, and text where a list is expected (Company as a list, Skills as a string)", async () => {
    const note = [
      "---",
      "Company:",
      "  - Acme",
      "  - Acme Holdings",
      "title: [Backend Engineer, Platform]",
      "Stage: [Interview]",
      "Location: [Berlin, Remote]",
      "Job_Posting: [https://jobs.example/1]",
      "Salary: [$90k, $120k]",
      "Skills: postgres, k8s,  Go ,",
      "---",
    ].join("\n");
    const h = await startPlugin({ "Jobs/Acme.md": note });
    const el = await openDashboard(h);
    expect(h.plugin.index.posting("Jobs/Acme.md")).toMatchObject({
      company: "Acme",
      title: "Backend Engineer",
      stage: "Interview",
      location: "Berlin, Remote",
      remote: true,
      url: "https://jobs.example/1",
      salary: { min: 90000, max: 120000 },
    });
    const c = findCard(el, "Jobs/Acme.md");
    expect(c?.closest<HTMLElement>(".job-hunt-column")?.dataset.stage).toBe("Interview");
    expect(c?.querySelector(".job-hunt-card-company")?.textContent).toBe("Acme");
    expect(texts(c ?? el, ".job-hunt-chip")).toEqual(["PostgreSQL", "Kubernetes", "Go"]);
    expect(h.plugin.index.problems()).toEqual([]);
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(note);
  });

  test("numbers in every field are read as their text", async () => {
    const note = "---\nCompany: 7\ntitle: 42\nStage: 2\nSkills: 1337\nSalary: 120000\nLocation: 10115\nRemote: 1\nJob_Posting: 12345\nmodified: 20261123\n---\n";
    const h = await startPlugin({ "Jobs/Numbers.md": note });
    const el = await openDashboard(h);
    const p = h.plugin.index.posting("Jobs/Numbers.md");
    expect(p).toMatchObject({ company: "7", title: "42", stage: "2", stageKnown: false, location: "10115", remote: true, url: "12345" });
    // A number is no skill (a stray item in a Properties list): nothing to count, nothing lost in the note.
    expect(p?.skills).toEqual([]);
    expect(p?.salary).toMatchObject({ min: 120000, max: 120000, currency: "USD", period: "year" });
    expect(Number.isFinite(p?.modified)).toBe(true);
    const c = findCard(el, "Jobs/Numbers.md");
    expect(c?.querySelector(".job-hunt-card-company")?.textContent).toBe("7");
    expect(c?.querySelector(".job-hunt-card-title")?.textContent).toBe("42");
    expect(c?.querySelector(".job-hunt-salary")?.textContent).toBe("$120k / yr");
    expect(h.plugin.index.problems()).toEqual([]);
    expect(h.vault.readSync("Jobs/Numbers.md")).toBe(note);
  });

  test("booleans in every field are read as true or false, and Remote: true makes it remote", async () => {
    const note = "---\nCompany: true\ntitle: false\nStage: yes\nSkills: true\nSalary: false\nLocation: false\nRemote: true\nJob_Posting: true\n---\n";
    const h = await startPlugin({ "Jobs/Bools.md": note });
    const el = await openDashboard(h);
    const p = h.plugin.index.posting("Jobs/Bools.md");
    // YAML 1.2 reads `yes` as text, `true` and `false` as booleans.
    expect(p).toMatchObject({ company: "true", title: "false", stage: "yes", location: "false", remote: true, url: "true" });
    // A salary of `false` is kept as text with no amounts, like "Competitive".
    expect(p?.salary).toMatchObject({ min: null, max: null, text: "false" });
    // A boolean names no skill, so Skills: true gives none.
    expect(p?.skills).toEqual([]);
    expect(findCard(el, "Jobs/Bools.md")?.querySelector(".job-hunt-remote")?.textContent).toBe("Remote");
    expect(h.plugin.index.problems()).toEqual([]);
    expect(h.vault.readSync("Jobs/Bools.md")).toBe(note);
  });

  test("null in every field: the posting is still shown, with 'No company' and a problem for the empty company", async () => {
    const note = "---\nCompany:\ntitle: null\nStage: ~\nSkills:\nSalary:\nLocation:\nRemote:\nJob_Posting:\nmodified:\n---\n";
    const h = await startPlugin({ "Jobs/Nothing yet.md": note });
    const el = await openDashboard(h);
    expect(h.plugin.index.posting("Jobs/Nothing yet.md")).toMatchObject({
      company: "",
      title: "Nothing yet",
      stage: "Research",
      stageKnown: true,
      skills: [],
      salary: null,
      location: "",
      remote: false,
      url: "",
    });
    const c = findCard(el, "Jobs/Nothing yet.md");
    expect(c?.closest<HTMLElement>(".job-hunt-column")?.dataset.stage).toBe("Research");
    expect(c?.querySelector(".job-hunt-card-company")?.textContent).toBe("No company");
    expect(h.plugin.index.problems()).toEqual([{ path: "Jobs/Nothing yet.md", message: "Company is empty." }]);
    expect(h.vault.readSync("Jobs/Nothing yet.md")).toBe(note);
  });

  test("a nested object in every field is ignored with one problem per field, and the note is untouched", async () => {
    const fields = ["Company", "title", "Stage", "Skills", "Salary", "Location", "Remote", "Job_Posting"];
    const note = `---\n${fields.map((f) => `${f}:\n  nested: value`).join("\n")}\nmodified:\n  a: b\n---\nBody\n`;
    const h = await startPlugin({ "Jobs/Nested.md": note });
    const el = await openDashboard(h);
    expect(h.plugin.index.posting("Jobs/Nested.md")).toMatchObject({
      company: "",
      title: "Nested",
      stage: "Research",
      skills: [],
      salary: null,
      location: "",
      remote: false,
      url: "",
    });
    expect(findCard(el, "Jobs/Nested.md")?.querySelector(".job-hunt-card-company")?.textContent).toBe("No company");
    expect(h.plugin.index.problems().map((p) => p.message)).toEqual([
      "Company is a nested object, not text; it was ignored.",
      "title is a nested object, not text; it was ignored.",
      "Stage is a nested object, not text; it was ignored.",
      "Skills is a nested object, not a list; it was ignored.",
      "Location is a nested object, not text; it was ignored.",
      "Salary is a nested object, not text; it was ignored.",
      "Remote is a nested object, not text; it was ignored.",
      "Job_Posting is a nested object, not text; it was ignored.",
    ]);
    expect(h.vault.readSync("Jobs/Nested.md")).toBe(note);
  });
});

describe("encodings and line endings", () => {
  test("a byte order mark at the start: read as usual, and kept when the stage moves", async () => {
    const note = "\uFEFF---\nCompany: Acme\nStage: Applied\n---\n- [x] Apply\n";
    const h = await startPlugin({ "Jobs/Acme.md": note }, noHistory);
    const el = await openDashboard(h);
    expect(h.plugin.index.posting("Jobs/Acme.md")).toMatchObject({ company: "Acme", stage: "Applied", tasks: { done: 1, total: 1 } });
    expect(findCard(el, "Jobs/Acme.md")?.querySelector(".job-hunt-card-company")?.textContent).toBe("Acme");
    expect(await setPostingStage(h.app as never, h.plugin.settings, file(h, "Jobs/Acme.md") as never, "Offer")).toBe(true);
    expect(h.vault.readSync("Jobs/Acme.md")).toBe("\uFEFF---\nCompany: Acme\nStage: Offer\n---\n- [x] Apply\n");
  });

  test("CRLF line endings: values carry no stray \\r, and a stage move keeps every CRLF", async () => {
    const note = "---\r\nCompany: Acme\r\nStage: Applied\r\nSkills:\r\n  - Go\r\n  - postgres\r\n---\r\n- [x] Apply\r\n- [ ] Follow up\r\n";
    const h = await startPlugin({ "Jobs/Acme.md": note }, noHistory);
    const el = await openDashboard(h);
    const p = h.plugin.index.posting("Jobs/Acme.md");
    expect(p).toMatchObject({ company: "Acme", stage: "Applied", stageKnown: true, tasks: { done: 1, total: 2 } });
    expect(p?.skills.map((s) => s.name)).toEqual(["Go", "PostgreSQL"]);
    expect(findCard(el, "Jobs/Acme.md")?.closest<HTMLElement>(".job-hunt-column")?.dataset.stage).toBe("Applied");
    expect(await setPostingStage(h.app as never, h.plugin.settings, file(h, "Jobs/Acme.md") as never, "Offer")).toBe(true);
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(note.replace("Stage: Applied", "Stage: Offer"));
  });

  test("no trailing newline, after the closing fence or after the body: read as usual, and still none after a move", async () => {
    const fenceLast = "---\nCompany: Acme\nStage: Applied\n---";
    const bodyLast = "---\nCompany: Globex\nStage: Applied\n---\n- [ ] Apply";
    const h = await startPlugin({ "Jobs/Acme.md": fenceLast, "Jobs/Globex.md": bodyLast }, noHistory);
    const el = await openDashboard(h);
    expect(h.plugin.index.posting("Jobs/Acme.md")).toMatchObject({ company: "Acme", stage: "Applied" });
    expect(h.plugin.index.posting("Jobs/Globex.md")).toMatchObject({ company: "Globex", tasks: { done: 0, total: 1 } });
    expect(findCard(el, "Jobs/Acme.md")).not.toBeNull();
    expect(findCard(el, "Jobs/Globex.md")).not.toBeNull();
    expect(await setPostingStage(h.app as never, h.plugin.settings, file(h, "Jobs/Acme.md") as never, "Offer")).toBe(true);
    expect(await setPostingStage(h.app as never, h.plugin.settings, file(h, "Jobs/Globex.md") as never, "Offer")).toBe(true);
    expect(h.vault.readSync("Jobs/Acme.md")).toBe("---\nCompany: Acme\nStage: Offer\n---");
    expect(h.vault.readSync("Jobs/Globex.md")).toBe("---\nCompany: Globex\nStage: Offer\n---\n- [ ] Apply");
  });
});

describe("size", () => {
  test("a 5 MB note is read and indexed without a crash; a 5 MB note with invalid YAML is reported", async () => {
    const line = "- [ ] Read the handbook section about on-call and incident reviews, then take notes.\n";
    const body = line.repeat(Math.ceil(5_000_000 / line.length));
    const note = `---\nCompany: Acme\nStage: Applied\nSkills: [Go]\nDescription: ${JSON.stringify("x".repeat(200_000))}\n---\n${body}`;
    const broken = `---\nCompany: Globex\nStage: [oops\n---\n${body}`;
    expect(note.length).toBeGreaterThan(5_000_000);
    // The plugin reads the broken one itself, to report it.
    const h = await startPlugin({ "Jobs/Huge.md": note, "Jobs/Huge broken.md": broken });
    const el = await openDashboard(h);
    const tasks = body.length / line.length;
    expect(h.plugin.index.posting("Jobs/Huge.md")).toMatchObject({ company: "Acme", stage: "Applied", tasks: { done: 0, total: tasks } });
    expect(findCard(el, "Jobs/Huge.md")?.querySelector(".job-hunt-card-tasks")?.textContent).toBe(`0/${tasks}`);
    expect(h.vault.readSync("Jobs/Huge.md")).toBe(note);
    expect(h.plugin.index.problems().map((p) => `${p.path}: ${p.message}`)).toEqual([
      "Jobs/Huge broken.md: The frontmatter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ] at line 3), so this posting is left out until it is fixed.",
    ]);
    expect(h.vault.readSync("Jobs/Huge broken.md")).toBe(broken);
  });

  test("10,000 skills in one note: all counted, the card shows four and '+9996', the panel the top 15", async () => {
    const skills = Array.from({ length: 10_000 }, (_, i) => `Skill ${i + 1}`);
    const note = `---\nCompany: Acme\nSkills:\n${skills.map((s) => `  - ${s}`).join("\n")}\n---\n`;
    const h = await startPlugin({ "Jobs/Acme.md": note, "Jobs/Globex.md": postingNote({ Company: "Globex", Skills: ["Skill 9999"] }) });
    const el = await openDashboard(h);
    expect(h.plugin.index.posting("Jobs/Acme.md")?.skills).toHaveLength(10_000);
    expect(h.plugin.index.stats().skills).toHaveLength(10_000);
    const c = findCard(el, "Jobs/Acme.md");
    expect(texts(c ?? el, ".job-hunt-chip")).toEqual(["Skill 1", "Skill 2", "Skill 3", "Skill 4", "+9996"]);
    expect(el.querySelectorAll(".job-hunt-skill-row")).toHaveLength(15);
    expect(texts(el, ".job-hunt-skill-name")[0]).toBe("Skill 9999");
  });
});

describe("text that is not plain ASCII or not plain text", () => {
  test("emoji and right-to-left text in every field are shown exactly, and make a usable file name", async () => {
    const values = {
      Company: "شركة النجوم 🚀",
      title: "מהנדס תוכנה 👩‍💻",
      Stage: "مقابلة",
      Location: "תל אביב 🇮🇱",
      Job_Posting: "https://example.com/وظيفة?id=١٢٣",
      Salary: "₪30,000 - ₪40,000 / month 💰",
      Skills: ["פייתון", "Go 🐹", "\u202Egnp.exe"],
    };
    const h = await startPlugin({ "Jobs/RTL.md": postingNote(values) }, { data: { jobsFolder: "Jobs" } });
    const el = await openDashboard(h);
    const p = h.plugin.index.posting("Jobs/RTL.md");
    expect(p).toMatchObject({ company: values.Company, title: values.title, stage: "مقابلة", stageKnown: false, location: values.Location, url: values.Job_Posting });
    expect(p?.salary).toMatchObject({ min: 30000, max: 40000, currency: "ILS", period: "month" });
    const c = findCard(el, "Jobs/RTL.md");
    expect(c?.querySelector(".job-hunt-card-company")?.textContent).toBe(values.Company);
    expect(c?.querySelector(".job-hunt-card-title")?.textContent).toBe(values.title);
    expect(c?.querySelector(".job-hunt-location")?.textContent).toBe(values.Location);
    expect(texts(c ?? el, ".job-hunt-chip")).toEqual(values.Skills);
    expect(c?.closest<HTMLElement>(".job-hunt-column")?.querySelector(".job-hunt-column-name")?.textContent).toBe("مقابلة");
    // A new posting with the same words gets a file name that keeps them.
    const path = await create(h, draft({ company: values.Company, title: values.title, location: values.Location, skills: values.Skills }));
    expect(path).toBe(`Jobs/${values.Company} - ${values.title}.md`);
    expect(frontmatterOf(h.vault.readSync(path))).toMatchObject({ Company: values.Company, title: values.title, Skills: values.Skills });
    expect(h.plugin.index.posting(path)?.company).toBe(values.Company);
  });

  test("<script> and <img onerror> in every field are shown as text on the board, table and panels, never as elements", async () => {
    const script = "<script>alert(1)</script>";
    const img = '<img src=x onerror="alert(2)">';
    const values = {
      Company: img,
      title: script,
      Stage: `${script}${img}`,
      Location: img,
      Job_Posting: `javascript:${script}`,
      Salary: `${img} $100k - $120k`,
      Remote: img,
      Skills: [script, img, `Go${img}`],
    };
    const h = await startPlugin({ "Jobs/Evil.md": postingNote(values), "Jobs/Plain.md": postingNote({ Company: "Plain", Salary: "$90k" }) });
    const el = await openDashboard(h);
    const noElements = (): void => {
      expect(el.querySelectorAll("script, img, iframe, object, embed")).toHaveLength(0);
      for (const e of el.querySelectorAll("*")) {
        for (const a of e.getAttributeNames()) expect(a.startsWith("on")).toBe(false);
      }
    };
    noElements();
    const c = findCard(el, "Jobs/Evil.md");
    expect(c?.querySelector(".job-hunt-card-company")?.textContent).toBe(img);
    expect(c?.querySelector(".job-hunt-card-title")?.textContent).toBe(script);
    expect(c?.querySelector(".job-hunt-location")?.textContent).toBe(img);
    expect(texts(c ?? el, ".job-hunt-chip")).toEqual([script, img, `Go${img}`]);
    expect(c?.closest<HTMLElement>(".job-hunt-column")?.querySelector(".job-hunt-column-name")?.textContent).toBe(`${script}${img}`);
    expect(texts(el, ".job-hunt-skill-name")).toEqual(expect.arrayContaining([script, img]));
    expect(texts(el, ".job-hunt-salary-label")).toContain(img);
    el.querySelector<HTMLElement>('.job-hunt-mode[data-mode="table"]')?.click();
    noElements();
    const row = [...el.querySelectorAll<HTMLElement>(".job-hunt-row")].find((r) => r.dataset.path === "Jobs/Evil.md");
    expect([...(row?.children ?? [])].map((td) => td.textContent)).toEqual(expect.arrayContaining([img, script]));
  });
});

describe("the posting template", () => {
  test.each([
    ["is missing", undefined, 'Posting template "Templates/Posting.md" was not found, so the built-in template was used.'],
    ["is empty", "\n  \n", 'Posting template "Templates/Posting.md" is empty, so the built-in template was used.'],
    ["has invalid frontmatter", "---\nCompany: {{company}\nStage: [oops\n---\n# {{title}}\n", "The posting template's frontmatter is not valid YAML, so the built-in template was used."],
  ])("a posting template that %s: New job posting still works, from the built-in template, with a notice", async (_label, text, notice) => {
    const files: Record<string, string> = text === undefined ? {} : { "Templates/Posting.md": text };
    const h = await startPlugin(files, { data: { postingTemplate: "Templates/Posting.md", jobsFolder: "Jobs" } });
    await newPostingFromForm(h, "Initech", "Analyst");
    expect(Notice.shown).toContain(notice);
    const p = h.plugin.index.posting("Jobs/Initech - Analyst.md");
    expect(p).toMatchObject({ company: "Initech", title: "Analyst", stage: "Research" });
    expect(h.vault.readSync("Jobs/Initech - Analyst.md")).toContain("# To Do\n- [ ] Research the company\n");
    if (text !== undefined) expect(h.vault.readSync("Templates/Posting.md")).toBe(text);
    expect(h.app.workspace.opened.map((o) => o.path)).toEqual(["Jobs/Initech - Analyst.md"]);
  });
});

describe("the jobs folder setting", () => {
  test("'..' in the jobs folder: the note lands inside the vault at the cleaned path, and is on the dashboard", async () => {
    const h = await startPlugin({ "Career/Jobs/Old.md": postingNote({ Company: "Globex" }) });
    type(fieldOf(settingsTab(h).containerEl, "Jobs folder"), "../Career/./Jobs/..");
    await wait(500);
    await newPostingFromForm(h, "Acme", "Dev");
    expect(h.app.workspace.opened.map((o) => o.path)).toEqual(["Career/Jobs/Acme - Dev.md"]);
    expect(h.plugin.settings.jobsFolder).toBe("Career/Jobs");
    expect(allPaths(h)).toEqual(["Career", "Career/Jobs", "Career/Jobs/Acme - Dev.md", "Career/Jobs/Old.md"]);
    const el = await openDashboard(h);
    expect(findCard(el, "Career/Jobs/Acme - Dev.md")).not.toBeNull();
    expect(findCard(el, "Career/Jobs/Old.md")).not.toBeNull();
  });

  test("a leading slash in the jobs folder: the note lands in that folder at the vault's root, and is on the dashboard", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "/Jobs/" } });
    await newPostingFromForm(h, "Acme", "Dev");
    expect(allPaths(h)).toEqual(["Jobs", "Jobs/Acme - Dev.md"]);
    const el = await openDashboard(h);
    expect(findCard(el, "Jobs/Acme - Dev.md")).not.toBeNull();
  });
});

describe("name clashes", () => {
  test("a file of the target name exists, also in another case: a free name is found and nothing is overwritten", async () => {
    const mine = "---\nCompany: Acme\n---\nMy own notes.\n";
    const h = await startPlugin({ "Jobs/Acme - Dev.md": mine, "Jobs/ACME - DEV 2.md": "other\n" }, { data: { jobsFolder: "Jobs" } });
    await newPostingFromForm(h, "Acme", "Dev");
    expect(h.app.workspace.opened.map((o) => o.path)).toEqual(["Jobs/Acme - Dev 3.md"]);
    expect(h.vault.readSync("Jobs/Acme - Dev.md")).toBe(mine);
    expect(h.vault.readSync("Jobs/ACME - DEV 2.md")).toBe("other\n");
    expect(h.plugin.index.posting("Jobs/Acme - Dev 3.md")).toMatchObject({ company: "Acme", title: "Dev" });
  });
});
