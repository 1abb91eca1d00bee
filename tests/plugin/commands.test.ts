/**
 * @jest-environment jsdom
 */
// The commands a person runs on postings: set or advance the stage (with its history), link
// skills to roadmap notes, export to CSV. Each is driven through the real plugin and judged by
// the files it leaves behind.
import { format } from "date-fns";
import { parse } from "yaml";
import { MarkdownView, Modal, Notice, type FuzzySuggestModal, type SuggestModal } from "../fake-obsidian";
import type { Posting } from "../../src/core/posting";
import { findFrontmatter } from "../../src/core/note-reader";
import { file, lastModal, openDashboard, postingNote, startPlugin, wait, type Harness } from "./harness";

const today = (): string => format(new Date(), "yyyy-MM-dd");
const acme = "---\nCompany: Acme # the client\nStage: Applied\nSkills: [postgres, Go, k8s]\n---\r\n# Acme\n\nKeep this text.";
const pgRoadmap = "---\naliases: [postgres]\n---\n- [x] Basics\n";

async function open(h: Harness, path: string): Promise<void> {
  await h.app.workspace.openLinkText(path, "", false);
}

/** Runs "Move current posting to next stage" (on the note at `path`, opened first, if given) and waits for the index. */
async function nextStage(h: Harness, path?: string): Promise<void> {
  if (path !== undefined) await open(h, path);
  h.app.executeCommandById("job-hunt:next-stage");
  await h.settle();
}

describe("stage commands", () => {
  test("'Set stage of current posting' is offered only on a posting, and records the change", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Notes/x.md": "plain" });
    await open(h, "Notes/x.md");
    expect(h.app.executeCommandById("job-hunt:set-stage")).toBe(false);
    await open(h, "Jobs/Acme.md");
    expect(h.app.executeCommandById("job-hunt:set-stage")).toBe(true);
    await lastModal<SuggestModal<string>>().choose("interv");
    await h.settle();
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(
      acme.replace("Stage: Applied", "Stage: Interview").replace("Skills: [postgres, Go, k8s]\n", `Skills: [postgres, Go, k8s]\nStage_History:\n  - ${today()} Interview\n`),
    );
  });

  test("'Move posting to stage' with no posting open offers every posting, titled as on the board", async () => {
    const h = await startPlugin({ "Jobs/Hooli - Platform Engineer.md": postingNote({ Company: "Hooli", Stage: "Applied" }), "Jobs/x.md": postingNote({ Company: "", title: "Analyst" }) });
    h.app.executeCommandById("job-hunt:move-posting-to-stage");
    const picker = lastModal<FuzzySuggestModal<Posting>>();
    expect(picker.getItems().map((p) => picker.getItemText(p)).sort()).toEqual(["Analyst (Research)", "Hooli: Platform Engineer (Applied)"]);
  });

  test("'Move current posting to next stage' walks the pipeline and stops at the end", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": postingNote({ Company: "Acme", Stage: "Offer" }) }, { data: { stageHistory: false, stages: [{ name: "Applied" }, { name: "Offer" }, { name: "Hired", closed: true }] } });
    await nextStage(h, "Jobs/Acme.md");
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stage).toBe("Hired");
    await nextStage(h);
    expect(Notice.shown).toContain('Hired is a closed stage. Use "Move posting to stage" to pick one.');
    expect(h.vault.readSync("Jobs/Acme.md")).toContain('Stage: "Hired"');
  });

  test("'Move current posting to next stage' leaves a closed stage, an unknown one and the last one where they are", async () => {
    const stages = [{ name: "Applied" }, { name: "Offer" }, { name: "Accepted", closed: true }, { name: "Rejected", closed: true }, { name: "Waiting" }];
    const files = {
      "Jobs/Acme.md": postingNote({ Company: "Acme", Stage: "Accepted" }),
      "Jobs/Beta.md": postingNote({ Company: "Beta", Stage: "On hold" }),
      "Jobs/Gamma.md": postingNote({ Company: "Gamma", Stage: "Waiting" }),
    };
    const h = await startPlugin(files, { data: { stageHistory: false, stages } });
    for (const path of Object.keys(files)) {
      await nextStage(h, path);
      expect(h.vault.readSync(path)).toBe(files[path as keyof typeof files]);
    }
    expect(Notice.shown).toEqual([
      'Accepted is a closed stage. Use "Move posting to stage" to pick one.',
      'On hold is not in your stage list. Use "Move posting to stage" to pick one.',
      'Waiting is the last stage. Use "Move posting to stage" to pick one.',
    ]);
  });

  test("the history list grows in place, and the dashboard can show time in stage from it", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": "---\nCompany: Acme\nStage: Applied\nStage_History:\n  - 2026-10-02 Applied\n---\n" });
    await nextStage(h, "Jobs/Acme.md");
    const text = h.vault.readSync("Jobs/Acme.md");
    expect(text).toBe(`---\nCompany: Acme\nStage: Screening\nStage_History:\n  - 2026-10-02 Applied\n  - ${today()} Screening\n---\n`);
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stageSince).toBe(new Date(`${today()}T00:00:00`).getTime());
  });

  test("a posting whose stage is a tag moves on from it: the stage property is added, the tags left as they are", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": "---\nCompany: Acme\ntags: [job/applied, remote]\n---\n" });
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stage).toBe("Applied");
    await nextStage(h, "Jobs/Acme.md");
    const fm = h.app.metadataCache.getCache("Jobs/Acme.md")?.frontmatter;
    expect(fm?.Stage).toBe("Screening");
    expect(fm?.tags).toEqual(["job/applied", "remote"]);
    expect(h.vault.readSync("Jobs/Acme.md")).toMatch(/^---\nCompany: Acme\ntags: \[job\/applied, remote\]\nStage: Screening\n/);
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stage).toBe("Screening");
  });

  test("a posting whose stage is an application date moves on from it, and back to Research", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": "---\ncompany: Acme\ndate_applied: 2026-09-12\n---\n" });
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stage).toBe("Applied");
    await nextStage(h, "Jobs/Acme.md");
    expect(h.vault.readSync("Jobs/Acme.md")).toMatch(/^---\ncompany: Acme\ndate_applied: 2026-09-12\nStage: Screening\n/);
    const { setPostingStage } = await import("../../src/obsidian/note-writer");
    const fresh = await startPlugin({ "Jobs/Beta.md": "---\ncompany: Beta\napplied: true\n---\n" });
    // The board shows Applied, so Research is a move, not the stage it already has.
    expect(await setPostingStage(fresh.app as never, fresh.plugin.settings, file(fresh, "Jobs/Beta.md") as never, "Research")).toBe(true);
    expect(fresh.vault.readSync("Jobs/Beta.md")).toMatch(/^---\ncompany: Beta\napplied: true\nStage: Research\n/);
  });

  test("a Spanish note's Estado is moved where it names a stage, and left alone where it is a state", async () => {
    const h = await startPlugin({
      "Jobs/Cabify.md": "---\nEmpresa: Cabify\nEstado: Entrevista\nSalario: 50k €\n---\n",
      "Jobs/Bimbo.md": "---\nCompany: Bimbo\nEstado: Jalisco\n---\n",
    });
    await nextStage(h, "Jobs/Cabify.md");
    expect(h.vault.readSync("Jobs/Cabify.md")).toMatch(/^---\nEmpresa: Cabify\nEstado: Offer\nSalario: 50k €\n/);
    await nextStage(h, "Jobs/Bimbo.md");
    expect(h.vault.readSync("Jobs/Bimbo.md")).toMatch(/^---\nCompany: Bimbo\nEstado: Jalisco\nStage: Applied\n/);
  });

  test("a stage written as a list moves on from its last item, the one the board shows", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": "---\nCompany: Acme\nStage:\n  - Applied\n  - Interview\n---\n" });
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stage).toBe("Interview");
    await nextStage(h, "Jobs/Acme.md");
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stage).toBe("Offer");
  });

  test("a history written as a map of dates to stages gains a pair when the posting moves, every other byte kept, and is read after it", async () => {
    const note = "---\nCompany: Acme\nStage: Applied\nStage_History:\n  2026-10-01: Research\n  2026-10-02: Applied\nSkills: [Swift, Kotlin]\n---\n";
    const h = await startPlugin({ "Jobs/Acme.md": note });
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stageSince).toBe(new Date(2026, 9, 2).getTime());
    await nextStage(h, "Jobs/Acme.md");
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(note.replace("Stage: Applied", "Stage: Screening").replace("Applied\nSkills", `Applied\n  ${today()}: Screening\nSkills`));
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stageSince).toBe(new Date(`${today()}T00:00:00`).getTime());
    expect(h.plugin.index.problems()).toEqual([]);
    // A second move on the same day has no pair of its own to add: the YAML is written through Obsidian, and nothing is lost.
    await nextStage(h);
    const fm = h.app.metadataCache.getCache("Jobs/Acme.md")?.frontmatter;
    expect(fm?.Stage).toBe("Interview");
    expect(JSON.stringify(fm?.Stage_History)).toBe(JSON.stringify([{ "2026-10-01": "Research", "2026-10-02": "Applied", [today()]: "Screening" }, `${today()} Interview`]));
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stageSince).toBe(new Date(`${today()}T00:00:00`).getTime());
  });

  test("a posting with no stage, or a history written on one line, keeps every other byte when it moves", async () => {
    const head = "---\n# imported from LinkedIn\nCompany: 'Acme'   # the company\nid: 007\n";
    const h = await startPlugin({ "Jobs/Acme.md": `${head}---\nbody\n`, "Jobs/Beta.md": `${head}Stage: Applied\nStage_History: [2026-10-01 Applied]\n---\n` });
    await nextStage(h, "Jobs/Acme.md");
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(`${head}Stage: Applied\nStage_History:\n  - ${today()} Applied\n---\nbody\n`);
    await nextStage(h, "Jobs/Beta.md");
    expect(h.vault.readSync("Jobs/Beta.md")).toBe(`${head}Stage: Screening\nStage_History:\n  - 2026-10-01 Applied\n  - ${today()} Screening\n---\n`);
  });

  test("a posting that keeps its stage under Status has Status moved, and gets no second stage property", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": "---\nCompany: Acme\nStatus: Applied\n---\n" }, { data: { stageHistory: false } });
    await nextStage(h, "Jobs/Acme.md");
    expect(h.vault.readSync("Jobs/Acme.md")).toBe("---\nCompany: Acme\nStatus: Screening\n---\n");
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stage).toBe("Screening");
  });

  test("invalid YAML in the posting: a notice and no change", async () => {
    const broken = "---\nCompany: Acme\nStage: Applied\nSkills: [oops\n---\n";
    const h = await startPlugin({ "Jobs/Acme.md": postingNote({ Company: "Acme", Stage: "Applied" }) });
    await open(h, "Jobs/Acme.md");
    await h.vault.modify(file(h, "Jobs/Acme.md"), broken);
    // The index still knows it as a posting until its cache catches up; the write must refuse anyway.
    const { setPostingStage } = await import("../../src/obsidian/note-writer");
    expect(await setPostingStage(h.app as never, h.plugin.settings, file(h, "Jobs/Acme.md") as never, "Offer")).toBe(false);
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(broken);
    expect(Notice.shown.join("\n")).toContain("not valid YAML");
  });
});

describe("link skills to roadmaps", () => {
  test("writes the section once; running it again changes nothing; bytes outside it stay the same", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Roadmaps/PostgreSQL.md": pgRoadmap });
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    const once = h.vault.readSync("Jobs/Acme.md");
    expect(once).toBe(
      "---\nCompany: Acme # the client\nStage: Applied\nSkills: [postgres, Go, k8s]\n---\r\n" +
        "## Skill roadmaps\n- [ ] [[PostgreSQL|PostgreSQL]]\n- [ ] Go (no roadmap yet)\n- [ ] Kubernetes (no roadmap yet)\n\n" +
        "# Acme\n\nKeep this text.",
    );
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(h.vault.readSync("Jobs/Acme.md")).toBe(once);
    expect(Notice.shown).toContain("Acme is already up to date.");
  });

  test("keeps check marks the user set, and links a roadmap that appeared since", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme });
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    await h.vault.modify(file(h, "Jobs/Acme.md"), h.vault.readSync("Jobs/Acme.md").replace("- [ ] Go (no roadmap yet)", "- [x] Go (no roadmap yet)"));
    await h.vault.create("Roadmaps/Go Roadmap.md", "- [ ] Tour\n");
    await h.settle();
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(h.vault.readSync("Jobs/Acme.md")).toContain("- [x] [[Go Roadmap|Go]]\n");
  });

  test("with 'create missing roadmap notes', each missing roadmap is created from the template and linked", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Roadmaps/PostgreSQL.md": pgRoadmap }, { data: { createMissingRoadmaps: true, roadmapFolder: "Roadmaps" } });
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    expect(h.vault.getFileByPath("Roadmaps/Go Roadmap.md")).not.toBeNull();
    expect(h.vault.getFileByPath("Roadmaps/Kubernetes Roadmap.md")).not.toBeNull();
    expect(h.vault.readSync("Jobs/Acme.md")).toContain("- [ ] [[Go Roadmap|Go]]\n- [ ] [[Kubernetes Roadmap|Kubernetes]]\n");
    expect(h.plugin.index.stats().skills.find((s) => s.name === "Go")?.roadmap).toBe("Roadmaps/Go Roadmap.md");
    expect(Notice.shown).toContain("Linked 3 skills in Acme; 2 roadmap notes made in Roadmaps.");
  });

  test("linking all postings says how many roadmap notes it made, and where", async () => {
    const h = await startPlugin(
      { "Jobs/Acme.md": acme, "Jobs/Beta.md": postingNote({ Company: "Beta", Skills: ["Go", "Rust"] }), "Roadmaps/PostgreSQL.md": pgRoadmap },
      { data: { createMissingRoadmaps: true } },
    );
    h.app.executeCommandById("job-hunt:link-skills-all");
    await h.settle();
    expect(Notice.shown.at(-1)).toBe("Linked skills in 2 postings; 2 changed; 3 roadmap notes made in Roadmaps.");
    h.app.executeCommandById("job-hunt:link-skills-all");
    await h.settle();
    expect(Notice.shown.at(-1)).toBe("Linked skills in 2 postings; 0 changed.");
  });

  test("with 'skills as links in properties', the frontmatter gets links the index still reads", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Roadmaps/PostgreSQL.md": pgRoadmap }, { data: { skillLinksInFrontmatter: true } });
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    const text = h.vault.readSync("Jobs/Acme.md");
    const fm = parse(findFrontmatter(text)?.yaml ?? "") as Record<string, unknown>;
    expect(fm.Skills).toEqual(["[[PostgreSQL|PostgreSQL]]", "Go", "Kubernetes"]);
    expect(text.endsWith("# Acme\n\nKeep this text.")).toBe(true);
    expect(h.plugin.index.posting("Jobs/Acme.md")?.skills.map((s) => s.name)).toEqual(["PostgreSQL", "Go", "Kubernetes"]);
  });

  test("a roadmap template with an empty aliases list: C# gets 'C Sharp Roadmap' with its alias, once", async () => {
    const h = await startPlugin(
      {
        "Jobs/Acme.md": postingNote({ Company: "Acme", Skills: ["C#", "C"] }),
        "Templates/Roadmap.md": "---\ntags: [roadmap]\naliases: []\n---\n# {{skill}} roadmap\n",
      },
      { data: { createMissingRoadmaps: true, roadmapFolder: "Roadmaps", roadmapTemplate: "Templates/Roadmap.md" } },
    );
    await open(h, "Jobs/Acme.md");
    for (let i = 0; i < 3; i++) {
      h.app.executeCommandById("job-hunt:link-skills");
      await h.settle();
    }
    const roadmaps = h.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith("Roadmaps/")).sort();
    expect(roadmaps).toEqual(["Roadmaps/C Roadmap.md", "Roadmaps/C Sharp Roadmap.md"]);
    expect(parse(findFrontmatter(h.vault.readSync("Roadmaps/C Sharp Roadmap.md"))?.yaml ?? "")).toEqual({ tags: ["roadmap"], aliases: ["C#"] });
    expect(h.plugin.index.roadmapFor("C#")?.path).toBe("Roadmaps/C Sharp Roadmap.md");
    expect(h.plugin.index.roadmapFor("C")?.path).toBe("Roadmaps/C Roadmap.md");
  });

  test("'create missing roadmap notes' makes none for text that is no skill's name; a click still can", async () => {
    const junk = ['<img src=x onerror="alert(1)">', "x]]y", "2024"];
    const h = await startPlugin({ "Jobs/Acme.md": postingNote({ Company: "Acme", Skills: ["Go", ...junk] }) }, { data: { createMissingRoadmaps: true, roadmapFolder: "Roadmaps" } });
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    const roadmaps = () => h.vault.getFiles().map((f) => f.path).filter((p) => p.startsWith("Roadmaps/")).sort();
    expect(roadmaps()).toEqual(["Roadmaps/Go Roadmap.md"]);
    const text = h.vault.readSync("Jobs/Acme.md");
    expect(text).toContain("- [ ] [[Go Roadmap|Go]]\n");
    expect(text).toContain("x]]y (no roadmap yet)");
    expect(h.plugin.index.stats().skills.find((s) => s.name === "x]]y")?.roadmap).toBeNull();
    // Asked for by a click on the skill, the note is made, under a name files can hold.
    const el = await openDashboard(h);
    el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="x]]y"] .job-hunt-create-roadmap')?.click();
    await wait(0);
    [...(Modal.open[0]?.contentEl.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Create roadmap")?.click();
    await h.settle();
    expect(roadmaps()).toEqual(["Roadmaps/Go Roadmap.md", "Roadmaps/x y Roadmap.md"]);
  });

  test("'skills as links in properties' leaves a Skills value with brackets as the user wrote it", async () => {
    const h = await startPlugin(
      { "Jobs/Acme.md": postingNote({ Company: "Acme", Skills: ["English (C1, fluent)", "postgres"] }) },
      { data: { skillLinksInFrontmatter: true } },
    );
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    const fm = parse(findFrontmatter(h.vault.readSync("Jobs/Acme.md"))?.yaml ?? "") as Record<string, unknown>;
    expect(fm.Skills).toEqual(["English (C1, fluent)", "postgres"]);
  });

  test("'skills as links in properties' leaves a skill with a version or an emoji as the user wrote it", async () => {
    const h = await startPlugin(
      { "Jobs/Acme.md": postingNote({ Company: "Acme", Skills: ["Java 17", "🐍 Python", "postgres"] }) },
      { data: { skillLinksInFrontmatter: true } },
    );
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    const fm = parse(findFrontmatter(h.vault.readSync("Jobs/Acme.md"))?.yaml ?? "") as Record<string, unknown>;
    expect(fm.Skills).toEqual(["Java 17", "🐍 Python", "postgres"]);
  });

  test("'skills as links in properties' does not touch a posting with no skills, or an empty Skills line", async () => {
    const none = "---\nCompany: Initech   # referral from Bob\nStage: \"Applied\"\nLocation: [London, Remote]\n---\nBody\n";
    const empty = "---\nCompany: Globex\nSkills:\nLocation: [Paris]\n---\n";
    const h = await startPlugin({ "Jobs/Initech.md": none, "Jobs/Globex.md": empty }, { data: { skillLinksInFrontmatter: true } });
    h.app.executeCommandById("job-hunt:link-skills-all");
    await h.settle();
    expect(h.vault.readSync("Jobs/Initech.md")).toBe(none);
    expect(h.vault.readSync("Jobs/Globex.md")).toBe(empty);
    expect(Notice.shown.at(-1)).toBe("Linked skills in 2 postings; 0 changed.");
  });

  test("'skills as links in properties' keeps an unquoted [[C#]] or [[CI/CD]] as the link it is, now quoted", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": "---\nCompany: Acme\nSkills:\n  - [[C#]]\n  - [[CI/CD]]\n---\n" }, { data: { skillLinksInFrontmatter: true } });
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    const fm = parse(findFrontmatter(h.vault.readSync("Jobs/Acme.md"))?.yaml ?? "") as Record<string, unknown>;
    expect(fm.Skills).toEqual(["[[C#]]", "[[CI/CD]]"]);
    expect(h.plugin.index.posting("Jobs/Acme.md")?.skills.map((s) => s.name)).toEqual(["C#", "CI/CD"]);
  });

  test("'skills as links in properties' keeps a link the user wrote to a note of their own", async () => {
    const h = await startPlugin(
      { "Jobs/Acme.md": postingNote({ Company: "Acme", Skills: ["[[Skills/Go|Go]]", "postgres"] }), "Roadmaps/PostgreSQL.md": pgRoadmap },
      { data: { skillLinksInFrontmatter: true, createMissingRoadmaps: true } },
    );
    await open(h, "Jobs/Acme.md");
    h.app.executeCommandById("job-hunt:link-skills");
    await h.settle();
    const fm = parse(findFrontmatter(h.vault.readSync("Jobs/Acme.md"))?.yaml ?? "") as Record<string, unknown>;
    expect(fm.Skills).toEqual(["[[Skills/Go|Go]]", "[[PostgreSQL|PostgreSQL]]"]);
  });

  test("for all postings at once, skipping a posting with invalid YAML and saying so", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Jobs/Globex.md": postingNote({ Company: "Globex", Skills: ["Rust"] }) });
    h.app.executeCommandById("job-hunt:link-skills-all");
    await h.settle();
    expect(h.vault.readSync("Jobs/Globex.md")).toContain("## Skill roadmaps\n- [ ] Rust (no roadmap yet)\n");
    expect(h.vault.readSync("Jobs/Acme.md")).toContain("## Skill roadmaps\n");
    expect(Notice.shown).toContain("Linked skills in 2 postings; 2 changed.");
  });
});

describe("export postings to CSV", () => {
  test("writes every indexed field, quoted correctly, as UTF-8 with a byte order mark, and never overwrites an earlier export", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": postingNote({ Company: 'Acme, "Inc"', title: "=HYPERLINK(1)", Stage: "Applied", Salary: "$90k - $120k", Skills: ["Go", "C#"] }) }, { data: { jobsFolder: "Jobs" } });
    h.app.executeCommandById("job-hunt:export-csv");
    await h.settle();
    h.app.executeCommandById("job-hunt:export-csv");
    await h.settle();
    const name = `Jobs/Job postings ${today()}`;
    const first = h.vault.readSync(`${name}.csv`);
    expect(h.vault.readSync(`${name} 2.csv`)).toBe(first);
    const [header, row] = first.split("\r\n");
    // The byte order mark, so that Excel reads the file as UTF-8.
    expect(header).toBe("\uFEFFpath,company,title,stage,stage_known,closed,skills,salary_text,salary_min,salary_max,salary_currency,salary_period,location,remote,url,modified,stage_since,tasks_done,tasks_total");
    expect(row).toMatch(/^Jobs\/Acme\.md,"Acme, ""Inc""",'=HYPERLINK\(1\),Applied,true,false,Go; C#,\$90k - \$120k,90000,120000,USD,year,,false,,/);
  });
});

describe("new job posting from a description", () => {
  test("takes the editor's selection and pre-fills the form", async () => {
    const h = await startPlugin();
    const leaf = h.app.workspace.getLeaf(false);
    const view = new MarkdownView(leaf);
    view.selection = "Senior Go Engineer\nAt Globex, we build logistics software.\nSalary: $150,000 - $180,000 per year. Remote (US).\nYou know Go, PostgreSQL and Kubernetes.";
    leaf.view = view;
    h.app.workspace.setActiveLeaf(leaf);
    h.app.executeCommandById("job-hunt:new-posting-from-description");
    await h.settle();
    const modal = lastModal<{ value: { company: string; title: string; salary: string; skills: string[]; remote: boolean; description: string } }>();
    expect(modal.value.skills).toEqual(expect.arrayContaining(["Go", "PostgreSQL", "Kubernetes"]));
    expect(modal.value.salary).toContain("150,000");
    expect(modal.value.remote).toBe(true);
    expect(modal.value.description).toBe(view.selection);
  });

  test("with nothing selected and nothing on the clipboard, it opens the form and says what to do", async () => {
    const h = await startPlugin();
    h.app.executeCommandById("job-hunt:new-posting-from-description");
    await h.settle();
    expect(lastModal<Modal>().titleEl.textContent).toBe("New job posting");
    expect(Notice.shown.join("\n")).toContain("Select a job description or copy it");
  });
});
