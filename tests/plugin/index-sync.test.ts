/**
 * @jest-environment jsdom
 */
// The plugin keeps its index in step with the vault: it loads once the layout is ready, then
// follows every create, modify, rename and delete one note at a time.
import { file, postingNote, startPlugin } from "./harness";

const acme = postingNote({ Company: "Acme", Stage: "Applied", Skills: ["postgres", "k8s"], Salary: "$100k - $120k" });
const globex = postingNote({ Company: "Globex", Stage: "Interview", Skills: ["PostgreSQL", "Go"] });
const pgRoadmap = "---\naliases: [postgres]\n---\n# PostgreSQL\n- [x] Install\n- [ ] Indexes\n- [ ] Replication\n";

describe("index follows the vault", () => {
  test("nothing is indexed before the layout is ready, everything after", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Jobs/Globex.md": globex }, { layoutReady: false });
    expect(h.plugin.index.postings()).toHaveLength(0);
    h.app.workspace._setLayoutReady();
    await h.settle();
    expect(h.plugin.index.postings().map((p) => p.company)).toEqual(["Acme", "Globex"]);
    expect(h.plugin.index.stats().skills.map((s) => [s.name, s.count])).toEqual([
      ["PostgreSQL", 2],
      ["Go", 1],
      ["Kubernetes", 1],
    ]);
  });

  test("a new posting, an edit and a delete each update the index and the stats", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme });
    await h.vault.create("Jobs/Globex.md", globex);
    await h.settle();
    expect(h.plugin.index.postings()).toHaveLength(2);

    await h.vault.modify(file(h, "Jobs/Acme.md"), acme.replace("Stage: \"Applied\"", "Stage: \"Offer\""));
    await h.settle();
    expect(h.plugin.index.posting("Jobs/Acme.md")?.stage).toBe("Offer");
    expect(h.plugin.index.stats().stages.find((s) => s.name === "Offer")?.count).toBe(1);
    expect(h.plugin.index.stats().stages.find((s) => s.name === "Applied")?.count).toBe(0);

    await h.vault.delete(file(h, "Jobs/Globex.md"));
    await h.settle();
    expect(h.plugin.index.postings().map((p) => p.path)).toEqual(["Jobs/Acme.md"]);
    expect(h.plugin.index.stats().skills.find((s) => s.name === "Go")).toBeUndefined();
  });

  test("a rename moves the posting without a `changed` event, and in or out of the jobs folder", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Inbox/Globex.md": globex }, { data: { jobsFolder: "Jobs" } });
    expect(h.plugin.index.postings().map((p) => p.path)).toEqual(["Jobs/Acme.md"]);

    let changed = 0;
    h.app.metadataCache.on("changed", () => changed++);
    await h.vault.rename(file(h, "Inbox/Globex.md"), "Jobs/Globex.md");
    await h.vault.rename(file(h, "Jobs/Acme.md"), "Archive/Acme.md");
    await h.settle();
    expect(changed).toBe(0);
    expect(h.plugin.index.postings().map((p) => p.path)).toEqual(["Jobs/Globex.md"]);
  });

  test("renaming a folder moves every posting inside it", async () => {
    const h = await startPlugin({ "Jobs/2026/Acme.md": acme, "Jobs/2026/Globex.md": globex });
    const folder = h.vault.getFolderByPath("Jobs/2026");
    if (!folder) throw new Error("no folder");
    await h.vault.rename(folder, "Jobs/Archive");
    await h.settle();
    expect(h.plugin.index.postings().map((p) => p.path)).toEqual(["Jobs/Archive/Acme.md", "Jobs/Archive/Globex.md"]);
  });

  test("invalid YAML takes a posting out and reports it; fixing it brings it back", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme });
    const broken = "---\nCompany: Acme\nStage: \"Applied\ntitle: [oops\n---\nbody\n";
    await h.vault.modify(file(h, "Jobs/Acme.md"), broken);
    await h.settle();
    expect(h.plugin.index.postings()).toHaveLength(0);
    const problems = h.plugin.index.problems();
    expect(problems.map((p) => p.path)).toEqual(["Jobs/Acme.md"]);
    expect(problems[0]?.message).toContain("not valid YAML");
    await h.vault.modify(file(h, "Jobs/Acme.md"), acme);
    await h.settle();
    expect(h.plugin.index.postings()).toHaveLength(1);
    expect(h.plugin.index.problems()).toEqual([]);
  });

  test("a broken note that was there when the vault opened is reported too", async () => {
    const h = await startPlugin({ "Jobs/Broken.md": "---\nCompany: Broken Corp\n  bad: indent\n---\n" });
    expect(h.plugin.index.problems().map((p) => p.path)).toEqual(["Jobs/Broken.md"]);
  });

  test("a posting whose --- block is never closed is reported, and comes back once it is closed", async () => {
    const h = await startPlugin({ "Jobs/Open.md": "---\nCompany: Open Co\nStage: Applied\n\nNotes on the call.\n" });
    expect(h.plugin.index.problems()).toEqual([
      { path: "Jobs/Open.md", message: "The frontmatter has no closing --- line, so this posting is left out until it is fixed." },
    ]);
    await h.vault.modify(file(h, "Jobs/Open.md"), "---\nCompany: Open Co\nStage: Applied\n---\n\nNotes on the call.\n");
    await h.settle();
    expect(h.plugin.index.problems()).toEqual([]);
    expect(h.plugin.index.posting("Jobs/Open.md")?.company).toBe("Open Co");
  });

  test("edits to a roadmap note's aliases and tasks reach the skill's roadmap and progress", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Roadmaps/Postgres notes.md": "# nothing yet\n" });
    const skill = () => h.plugin.index.stats().skills.find((s) => s.name === "PostgreSQL");
    expect(skill()?.roadmap).toBeNull();

    await h.vault.modify(file(h, "Roadmaps/Postgres notes.md"), pgRoadmap);
    await h.settle();
    expect(skill()?.roadmap).toBe("Roadmaps/Postgres notes.md");
    expect(skill()?.progress).toEqual({ done: 1, total: 3 });

    await h.vault.modify(file(h, "Roadmaps/Postgres notes.md"), pgRoadmap.replace("- [ ] Indexes", "- [x] Indexes"));
    await h.settle();
    expect(skill()?.progress).toEqual({ done: 2, total: 3 });

    // A cancelled step counts neither way.
    await h.vault.modify(file(h, "Roadmaps/Postgres notes.md"), pgRoadmap.replace("- [ ] Indexes", "- [-] Indexes"));
    await h.settle();
    expect(skill()?.progress).toEqual({ done: 1, total: 2 });

    await h.vault.delete(file(h, "Roadmaps/Postgres notes.md"));
    await h.settle();
    expect(skill()?.roadmap).toBeNull();
  });

  test("unloading the plugin removes every listener it registered", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme });
    expect(h.app.metadataCache.listenerCount("changed")).toBe(1);
    h.plugin.unload();
    expect(h.app.metadataCache.listenerCount("changed")).toBe(0);
    expect(h.app.metadataCache.listenerCount("deleted")).toBe(0);
    expect(h.app.vault.listenerCount("rename")).toBe(0);
  });

  test("the live index equals an index rebuilt from scratch after a run of edits", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Roadmaps/PostgreSQL.md": pgRoadmap });
    await h.vault.create("Jobs/Globex.md", globex);
    await h.vault.modify(file(h, "Jobs/Acme.md"), acme.replace("k8s", "Kubernetes"));
    await h.vault.rename(file(h, "Jobs/Globex.md"), "Jobs/Old/Globex.md");
    await h.vault.create("Jobs/Initech.md", postingNote({ company: "Initech", stage: "ghosted", skills: "go, rust" }));
    await h.settle();
    const live = h.plugin.index.stats();
    const fresh = await startPlugin({}, { seed: (v) => {
      for (const f of h.vault.getMarkdownFiles()) v.seed(f.path, h.vault.readSync(f), f.stat.mtime);
    } });
    expect({ ...live, revision: 0 }).toEqual({ ...fresh.plugin.index.stats(), revision: 0 });
    expect(h.plugin.index.postings()).toEqual(fresh.plugin.index.postings());
  });
});

describe("late events about a note that is gone", () => {
  test("a change event that comes after the note was deleted does not bring it back", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Jobs/Globex.md": globex });
    const gone = file(h, "Jobs/Acme.md");
    const cache = h.app.metadataCache.getFileCache(gone);
    await h.vault.delete(gone);
    await h.settle();
    // Obsidian parses in the background: a parse that finishes after the delete still reports.
    h.app.metadataCache.trigger("changed", gone, acme, cache);
    await h.settle();
    expect(h.plugin.index.posting("Jobs/Acme.md")).toBeUndefined();
    expect(h.plugin.index.postings().map((p) => p.company)).toEqual(["Globex"]);
  });

  test("nor does one about a note whose path another note has taken", async () => {
    const h = await startPlugin({ "Jobs/Acme.md": acme, "Jobs/Globex.md": globex });
    const gone = file(h, "Jobs/Acme.md");
    const cache = h.app.metadataCache.getFileCache(gone);
    await h.vault.delete(gone);
    await h.app.fileManager.renameFile(file(h, "Jobs/Globex.md"), "Jobs/Acme.md");
    await h.settle();
    h.app.metadataCache.trigger("changed", gone, acme, cache);
    await h.settle();
    expect(h.plugin.index.posting("Jobs/Acme.md")).toMatchObject({ company: "Globex", stage: "Interview" });
    expect(h.plugin.index.postings()).toHaveLength(1);
  });
});
