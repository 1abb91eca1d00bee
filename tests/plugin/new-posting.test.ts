/**
 * @jest-environment jsdom
 */
// New job posting: the form, the note it writes (from the built-in template or the user's), and
// every hostile input: odd names, clashes, broken or missing templates.
import { parse } from "yaml";
import { Modal, Notice } from "../fake-obsidian";
import { findFrontmatter } from "../../src/core/note-reader";
import { emptyDraft, type PostingDraft } from "../../src/core/new-posting";
import { createPosting } from "../../src/obsidian/posting-writer";
import { openNewPostingFromDescription } from "../../src/obsidian/commands";
import type { NewPostingModal } from "../../src/obsidian/new-posting-modal";
import { button, fieldOf, lastModal, postingNote, startPlugin, type, wait, type Harness } from "./harness";

const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30, 0));
const roadmap = "---\naliases: [postgres]\n---\n- [x] Basics\n- [ ] Indexes\n";

function draft(fields: Partial<PostingDraft>): PostingDraft {
  return { ...emptyDraft("Research"), ...fields };
}

function frontmatterOf(text: string): Record<string, unknown> {
  const block = findFrontmatter(text);
  if (!block) throw new Error("no frontmatter");
  return parse(block.yaml) as Record<string, unknown>;
}

/** Runs New job posting and returns its form. */
function openForm(h: Harness): NewPostingModal & Modal {
  h.app.executeCommandById("job-hunt:new-posting");
  return lastModal<NewPostingModal & Modal>();
}

async function create(h: Harness, d: PostingDraft): Promise<string> {
  const file = await createPosting(h.app as never, h.plugin.index, d, NOW, () => 0);
  await h.settle();
  if (!file) throw new Error(`not created: ${Notice.shown.join(" | ")}`);
  return file.path;
}

describe("the built-in template", () => {
  test("writes a note shaped like a real posting, exactly", async () => {
    const h = await startPlugin({ "Roadmaps/PostgreSQL.md": roadmap }, { data: { jobsFolder: "Jobs" } });
    const path = await create(
      h,
      draft({ company: "Acme", title: "Backend Engineer", url: "https://jobs.example/1", stage: "Applied", salary: "$90k - $120k", location: "Berlin", skills: ["PostgreSQL", "Go"], description: "We build things.\nJoin us." }),
    );
    expect(path).toBe("Jobs/Acme - Backend Engineer.md");
    expect(h.vault.readSync(path)).toBe(`---
id: 01M83VVAE00000000000000000
modified: 2026-11-23T09:30:00Z
title: Backend Engineer
Company: Acme
Stage: Applied
Job_Posting: https://jobs.example/1
Salary: $90k - $120k
Location: Berlin
Skills:
  - PostgreSQL
  - Go
tags:
  - job
---
# To Do
- [ ] Research the company
- [ ] Tailor my resume
- [ ] Apply
- [ ] Follow up

## Skill roadmaps
- [ ] [[PostgreSQL|PostgreSQL]]
- [ ] Go (no roadmap yet)

## Description
We build things.
Join us.
`);
    expect(h.plugin.index.posting(path)).toMatchObject({ company: "Acme", stage: "Applied", salary: { min: 90000, max: 120000 } });
    expect(h.app.workspace.opened.map((o) => o.path)).toEqual([path]);
  });

  test("hostile values reach the frontmatter as valid YAML holding exactly what was typed", async () => {
    const h = await startPlugin();
    const nasty = {
      company: 'AC/DC: "Live"',
      title: "Lead [[Engineer]] #1 <img src=x onerror=alert(1)>",
      url: "https://x.example/?a=1&b=2#frag",
      salary: "€55.000 - €70.000 # not a comment",
      location: "São Paulo: Brazil 🇧🇷",
      skills: ["C#", "C++", "- dash", "key: value"],
    };
    const path = await create(h, draft(nasty));
    const fm = frontmatterOf(h.vault.readSync(path));
    expect(fm).toMatchObject({ Company: nasty.company, title: nasty.title, Job_Posting: nasty.url, Salary: nasty.salary, Location: nasty.location, Skills: nasty.skills });
    expect(path).toBe("AC DC Live - Lead Engineer 1 img src=x onerror=alert(1).md");
    expect(h.plugin.index.posting(path)?.company).toBe(nasty.company);
  });

  test("a 300-character name is cut to a safe length; a clash gets ' 2', never overwriting", async () => {
    const h = await startPlugin({ "Acme - Engineer.md": "my own note\n" });
    const first = await create(h, draft({ company: "Acme", title: "Engineer" }));
    expect(first).toBe("Acme - Engineer 2.md");
    expect(h.vault.readSync("Acme - Engineer.md")).toBe("my own note\n");
    const long = await create(h, draft({ company: "x".repeat(300), title: "y" }));
    expect(long.length).toBeLessThanOrEqual(124);
    expect(h.vault.getFileByPath(long)).not.toBeNull();
  });

  test("a name that differs only in case is a clash too (case-insensitive file systems)", async () => {
    const h = await startPlugin({ "acme - engineer.md": "mine\n" });
    expect(await create(h, draft({ company: "Acme", title: "Engineer" }))).toBe("Acme - Engineer 2.md");
  });

  test("with no jobs folder set, a new posting goes where the postings are, else where Obsidian puts new notes", async () => {
    const h = await startPlugin({ "Jobs/Old.md": postingNote({ Company: "Globex" }), "Jobs/Older.md": postingNote({ Company: "Initech" }), "Notes/Acme.md": postingNote({ Company: "Acme" }) });
    expect(await create(h, draft({ company: "Hooli", title: "Dev" }))).toBe("Jobs/Hooli - Dev.md");
    const empty = await startPlugin({ "Inbox/x.md": "" });
    empty.app.fileManager.newFileFolder = "Inbox";
    expect(await create(empty, draft({ company: "Hooli", title: "Dev" }))).toBe("Inbox/Hooli - Dev.md");
  });

  test("the jobs folder is created when missing; '..' and slashes cannot escape the vault", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "../Career//Jobs/" } });
    expect(await create(h, draft({ company: "Acme", title: "Dev" }))).toBe("Career/Jobs/Acme - Dev.md");
  });

  test("a failed write leaves nothing behind and says why; the form stays open with what was typed", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "Jobs" } });
    h.vault.failNextWrite = "Jobs/Acme - Dev.md";
    const modal = openForm(h);
    type(fieldOf(modal.contentEl, "Company"), "Acme");
    type(fieldOf(modal.contentEl, "Title"), "Dev");
    button(modal, "Create posting").click();
    await h.settle();
    expect(Notice.shown.join("\n")).toContain("Could not create the posting: Disk is full.");
    expect(h.vault.getFileByPath("Jobs/Acme - Dev.md")).toBeNull();
    expect(Modal.open).toContain(modal);
    expect(modal.value.company).toBe("Acme");
  });
});

describe("the user's template", () => {
  const template = `---
Company: "{{company}}"
Stage: "{{stage}}"
Skills: {{skills}}
created: "{{date:YYYY-MM-DD}}"
# a comment about {{company}}
---
# {{title}} at {{company}}

{{skillLinks}}

Pasted on {{date:EEEE}} at {{time}}:
{{description}}
`;

  test("fills every placeholder, merges the form's other fields, keeps comments", async () => {
    const h = await startPlugin({ "Templates/Posting.md": template }, { data: { postingTemplate: "Templates/Posting.md", fileNamePattern: "{{date}} {{company}}" } });
    const path = await create(h, draft({ company: "Globex", title: "SRE", stage: "Interview", skills: ["k8s"], location: "Remote", remote: true, description: "On call, sometimes." }));
    expect(path).toBe("2026-11-23 Globex.md");
    expect(h.vault.readSync(path)).toBe(`---
Company: "Globex"
Stage: "Interview"
Skills:
  - k8s
created: "2026-11-23"
# a comment about Globex
title: SRE
Location: Remote
Remote: true
---
# SRE at Globex

- [ ] Kubernetes (no roadmap yet)

Pasted on Monday at 09:30:
On call, sometimes.
`);
  });

  test.each([
    ["missing", undefined, "was not found"],
    ["empty", "   \n", "is empty"],
    ["invalid frontmatter", "---\nCompany: [oops\n---\nbody\n", "not valid YAML"],
  ])("a %s template falls back to the built-in one, with a notice", async (_label, text, notice) => {
    const files: Record<string, string> = text === undefined ? {} : { "Templates/Posting.md": text };
    const h = await startPlugin(files, { data: { postingTemplate: "Templates/Posting.md" } });
    const path = await create(h, draft({ company: "Initech", title: "Analyst" }));
    expect(Notice.shown.join("\n")).toContain(notice);
    expect(frontmatterOf(h.vault.readSync(path))).toMatchObject({ Company: "Initech", title: "Analyst", Stage: "Research" });
  });

  test("a template without a Company key still makes a posting", async () => {
    const h = await startPlugin({ "T.md": "# {{title}}\n" }, { data: { postingTemplate: "T.md" } });
    const path = await create(h, draft({ company: "Hooli", title: "PM" }));
    expect(h.vault.readSync(path)).toBe("---\nCompany: Hooli\ntitle: PM\nStage: Research\n---\n# PM\n");
    expect(h.plugin.index.posting(path)?.company).toBe("Hooli");
  });

  test("a template that names a property another way the reader knows gets the form's value there, not a second property", async () => {
    const t = '---\ncompany: "{{company}}"\nrole: "{{title}}"\nstatus: Wishlist\nTech Stack: {{skills}}\nURL: {{url}}\nsalary range:\nlocation: "{{location}}"\n---\n';
    const h = await startPlugin({ "T.md": t }, { data: { postingTemplate: "T.md" } });
    const path = await create(h, draft({ company: "Acme", title: "Dev", stage: "Applied", salary: "$100k", skills: ["Go", "Rust"], url: "https://acme.example/jobs/1", location: "Oslo" }));
    expect(h.vault.readSync(path)).toBe(
      '---\ncompany: "Acme"\nrole: "Dev"\nstatus: Wishlist\nTech Stack:\n  - Go\n  - Rust\nURL: https://acme.example/jobs/1\nsalary range: $100k\nlocation: "Oslo"\n---\n',
    );
    expect(h.plugin.index.posting(path)).toMatchObject({ title: "Dev", url: "https://acme.example/jobs/1", salary: { min: 100_000 } });
  });

  test("a template with empty keys takes the form's values; one without {{description}} still keeps the description", async () => {
    const t = "---\nCompany:\nStage: Research\nSkills: []\nSalary:\n---\n# To Do\n- [ ] Apply\n";
    const h = await startPlugin({ "T.md": t }, { data: { postingTemplate: "T.md" } });
    const path = await create(h, draft({ company: "Acme", title: "Backend Dev", stage: "Applied", salary: "$100k", skills: ["Go"], description: "Build things." }));
    expect(h.vault.readSync(path)).toBe(
      "---\nCompany: Acme\nStage: Research\nSkills:\n  - Go\nSalary: $100k\ntitle: Backend Dev\n---\n# To Do\n- [ ] Apply\n\n## Description\nBuild things.\n",
    );
    // Without a description, nothing is added.
    const other = await create(h, draft({ company: "Beta", title: "PM" }));
    expect(h.vault.readSync(other).endsWith("- [ ] Apply\n")).toBe(true);
  });
});

describe("the form", () => {
  test("reads the salary live, suggests companies, collects skills as chips and creates the note", async () => {
    const h = await startPlugin({ "Jobs/Old.md": postingNote({ Company: "Globex", Stage: "Applied" }) }, { data: { jobsFolder: "Jobs" } });
    const modal = openForm(h);
    const reading = (): string | null | undefined => modal.contentEl.querySelector(".job-hunt-salary-reading")?.textContent;
    for (const keys of ["$8", "$80", "$80k - $2", "$80k - $21", "$80k - $210k"]) type(fieldOf(modal.contentEl, "Salary"), keys);
    expect(reading()).toBe(""); // not "8 USD per hour" on the way: the reading waits for a pause
    await wait(350);
    expect(reading()).toBe("Reads as 80,000–210,000 USD per year");
    type(fieldOf(modal.contentEl, "Company"), "glo");
    type(fieldOf(modal.contentEl, "Title"), "Data Engineer");
    const skills = fieldOf(modal.contentEl, "Skills");
    type(skills, "postgres, k8s,");
    type(skills, "Python");
    skills.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect([...modal.contentEl.querySelectorAll(".job-hunt-form-chip")].map((c) => c.firstChild?.textContent)).toEqual(["PostgreSQL", "Kubernetes", "Python"]);
    const stage = fieldOf(modal.contentEl, "Stage") as unknown as HTMLSelectElement;
    stage.value = "Screening";
    stage.dispatchEvent(new Event("change"));
    type(fieldOf(modal.contentEl, "Company"), "Globex");
    button(modal, "Create posting").click();
    await h.settle();
    const p = h.plugin.index.posting("Jobs/Globex - Data Engineer.md");
    expect(p).toMatchObject({ company: "Globex", stage: "Screening", salary: { min: 80000, max: 210000 } });
    expect(p?.skills.map((s) => s.name)).toEqual(["PostgreSQL", "Kubernetes", "Python"]);
    expect(Modal.open).not.toContain(modal);
  });

  test("each field is named by its row for a screen reader, and Ctrl+Enter creates the posting", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "Jobs" } });
    const modal = openForm(h);
    const labels = [...modal.contentEl.querySelectorAll("input, select")].map((f) => f.getAttribute("aria-label"));
    expect(labels).toEqual(["Company", "Title", "Posting link", "Stage", "Salary", "Location", "Remote", "Skills"]);
    type(fieldOf(modal.contentEl, "Salary"), "Competitive");
    await wait(350);
    expect(modal.contentEl.querySelector(".job-hunt-salary-reading")?.textContent).toBe("Reads as no amount; kept as text");
    type(fieldOf(modal.contentEl, "Company"), "Globex");
    fieldOf(modal.contentEl, "Company").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true }));
    await h.settle();
    expect(h.plugin.index.posting("Jobs/Globex.md")?.company).toBe("Globex");
    expect(Modal.open).not.toContain(modal);
  });

  test("opens in the Company field; a removed chip hands focus on; a message about what is missing goes once you type", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "Jobs" } });
    const modal = openForm(h);
    expect(activeDocument.activeElement).toBe(fieldOf(modal.contentEl, "Company"));
    const skills = fieldOf(modal.contentEl, "Skills");
    type(skills, "Go, Rust, SQL,");
    const remove = (name: string): HTMLButtonElement => {
      const b = modal.contentEl.querySelector<HTMLButtonElement>(`button[aria-label="Remove ${name}"]`);
      if (!b) throw new Error(`no chip ${name}`);
      return b;
    };
    remove("Rust").click();
    expect(activeDocument.activeElement).toBe(remove("SQL"));
    remove("SQL").click();
    expect(activeDocument.activeElement).toBe(skills);
    button(modal, "Create posting").click();
    await h.settle();
    const error = (): string | null | undefined => modal.contentEl.querySelector(".job-hunt-form-error")?.textContent;
    expect(error()).toBe("Give the posting at least a company or a title.");
    type(fieldOf(modal.contentEl, "Company"), "Globex");
    expect(error()).toBe("");
  });

  test("asks for at least a company or a title", async () => {
    const h = await startPlugin();
    h.app.executeCommandById("job-hunt:new-posting");
    const modal = lastModal();
    const create = button(modal, "Create posting");
    create.focus();
    create.click();
    await h.settle();
    expect(modal.contentEl.querySelector(".job-hunt-form-error")?.textContent).toContain("at least a company or a title");
    expect(h.vault.getMarkdownFiles()).toHaveLength(0);
    // Focus goes where the answer is typed, not left on the button.
    expect(activeDocument.activeElement?.getAttribute("aria-label")).toBe("Company");
    // The message is under the company and the title, near the top, not below the fold at the form's end.
    const error = modal.contentEl.querySelector(".job-hunt-form-error");
    expect(error?.previousElementSibling?.contains(fieldOf(modal.contentEl, "Title"))).toBe(true);
  });

  test("Fill in with no description asks for one in its box, which takes focus", async () => {
    const h = await startPlugin();
    h.app.executeCommandById("job-hunt:new-posting");
    const modal = lastModal();
    button(modal, "Fill in from description").click();
    const box = modal.contentEl.querySelector("textarea");
    expect(box?.getAttribute("placeholder")).toBe("Paste a job description first.");
    expect(activeDocument.activeElement).toBe(box);
  });

  test("a form closed by Escape or a click outside comes back with what was typed; Cancel and Create clear it", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "Jobs" } });
    const open = (): NewPostingModal & Modal => openForm(h);
    const note = (m: Modal): string | null | undefined => m.contentEl.querySelector(".job-hunt-form-note")?.textContent;
    let modal = open();
    type(fieldOf(modal.contentEl, "Company"), "Globex");
    const stage = fieldOf(modal.contentEl, "Stage") as unknown as HTMLSelectElement;
    stage.value = "Applied";
    stage.dispatchEvent(new Event("change"));
    modal.close(); // as Escape, the close button or a click outside do
    modal = open();
    expect(note(modal)).toBe("Restored what you typed before. Cancel discards it.");
    expect(fieldOf(modal.contentEl, "Company").value).toBe("Globex");
    expect((fieldOf(modal.contentEl, "Stage") as unknown as HTMLSelectElement).value).toBe("Applied");
    button(modal, "Cancel").click();
    modal = open();
    expect(note(modal)).toBeUndefined();
    expect(fieldOf(modal.contentEl, "Company").value).toBe("");
    modal.close(); // nothing typed: nothing kept
    modal = open();
    expect(note(modal)).toBeUndefined();
    type(fieldOf(modal.contentEl, "Title"), "Analyst");
    modal.close();
    h.app.executeCommandById("job-hunt:new-posting-from-description"); // nothing selected: the usual form, with the draft
    await h.settle();
    expect(fieldOf(lastModal<Modal>().contentEl, "Title").value).toBe("Analyst");
    lastModal<Modal>().close();
    modal = open();
    expect(fieldOf(modal.contentEl, "Title").value).toBe("Analyst");
    modal.close();
    modal = open();
    button(modal, "Create posting").click();
    await h.settle();
    expect(h.vault.getFileByPath("Jobs/Analyst.md")).not.toBeNull();
    modal = open();
    expect(fieldOf(modal.contentEl, "Title").value).toBe("");
  });

  test("a description's form ended by Cancel or Create leaves the draft kept before it", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "Jobs" } });
    let modal = openForm(h);
    type(fieldOf(modal.contentEl, "Company"), "Globex");
    modal.close();
    openNewPostingFromDescription({ app: h.app as never, index: h.plugin.index, addCommand: () => undefined } as never, "Data Engineer\nAt Initech.");
    button(lastModal<Modal>(), "Cancel").click();
    modal = openForm(h);
    expect(modal.value.company).toBe("Globex");
  });

  test("Escape while the note is being written does not keep the draft of a posting that was created", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "Jobs" } });
    let modal = openForm(h);
    type(fieldOf(modal.contentEl, "Company"), "Globex");
    fieldOf(modal.contentEl, "Company").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", ctrlKey: true, bubbles: true }));
    modal.close(); // Escape before the write has finished
    await h.settle();
    expect(h.vault.getFileByPath("Jobs/Globex.md")).not.toBeNull();
    modal = openForm(h);
    expect(modal.value.company).toBe("");
  });

  test("a kept form's stage that left the stage list comes back as the first stage", async () => {
    const h = await startPlugin({}, { data: { jobsFolder: "Jobs" } });
    let modal = openForm(h);
    type(fieldOf(modal.contentEl, "Company"), "Globex");
    const stage = fieldOf(modal.contentEl, "Stage") as unknown as HTMLSelectElement;
    stage.value = "Screening";
    stage.dispatchEvent(new Event("change"));
    modal.close();
    h.plugin.updateSettings((x) => (x.stages = x.stages.filter((s) => s.name !== "Screening")));
    await wait(500);
    modal = openForm(h);
    expect(modal.value).toMatchObject({ company: "Globex", stage: "Research" });
  });

  test("the dashboard's empty state and header offer the same form", async () => {
    const h = await startPlugin();
    h.app.executeCommandById("job-hunt:open-dashboard");
    await h.settle();
    const view = h.app.workspace.getLeavesOfType("job-hunt-dashboard")[0]?.view as unknown as { contentEl: HTMLElement };
    view.contentEl.querySelector<HTMLElement>(".job-hunt-empty-new")?.click();
    expect(lastModal().titleEl.textContent).toBe("New job posting");
    view.contentEl.querySelector<HTMLElement>(".job-hunt-new")?.click();
    expect(Modal.open.filter((m) => m.titleEl.textContent === "New job posting")).toHaveLength(2);
  });
});
