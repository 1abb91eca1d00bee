/**
 * @jest-environment jsdom
 */
// The plugin's live index, judged against a model: random runs of what happens to a vault (notes
// created, rewritten, broken into invalid YAML and repaired, properties edited, tasks ticked, notes
// and folders renamed across the jobs and roadmap folders, notes deleted, stages moved by the
// plugin, settings typed into the settings tab) go through the real plugin over the in-memory
// Obsidian. After every step the index must show exactly what a vault opened afresh would show:
// the saved settings, the files as they are now, loaded the way the plugin loads at layout ready.
import fc from "fast-check";
import { App, Modal, Notice, type PluginSettingTab, type SuggestModal, type TFile } from "../fake-obsidian";
import { findFrontmatter } from "../../src/core/note-reader";
import { PostingIndex } from "../../src/core/posting-index";
import { migrateSettings, type JobHuntSettings } from "../../src/core/settings";
import { IndexSync } from "../../src/obsidian/index-sync";
import { createNote, setPostingStage } from "../../src/obsidian/note-writer";
import { file as fileOf, postingNote, startPlugin, type Harness } from "./harness";

// Timers are fake so that the settings debounce (400 ms) and the change signal (150 ms) fire the
// moment a step settles instead of after real waiting. Promise jobs and nextTick stay real.
beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 10, 20, 9), doNotFake: ["nextTick", "queueMicrotask"] });
});
afterEach(() => {
  jest.clearAllTimers();
  jest.useRealTimers();
});

/**
 * Resolves once every promise job queued so far has run, and every job those jobs queue: a
 * nextTick callback queued from a promise job runs only when the job queue is empty.
 */
function flushJobs(): Promise<void> {
  return new Promise((resolve) => process.nextTick(resolve));
}

/**
 * What the harness's settle() does, without waiting in real time: delivers every metadata event,
 * lets every read of a broken note finish, then fires every pending timer (the settings debounce,
 * the change signal), until no event, job or timer is left.
 */
async function settle(h: Harness): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const events = h.app.metadataCache.settled();
    await events;
    await flushJobs();
    if (jest.getTimerCount() > 0) {
      jest.runAllTimers();
      await flushJobs();
    }
    if (h.app.metadataCache.settled() === events && jest.getTimerCount() === 0) return;
  }
  throw new Error("The vault never settled.");
}

/** Waits for `work`, running the fake clock (so waits and slow reads end) until it is done. */
async function finish<T>(work: Promise<T>): Promise<T> {
  let done = false;
  void work.then(
    () => (done = true),
    () => (done = true),
  );
  for (let round = 0; !done; round++) {
    if (round > 100) throw new Error("The work never finished.");
    await flushJobs();
    jest.runOnlyPendingTimers();
  }
  return work;
}

/** startPlugin, with its waits run on the fake clock. */
function start(files: Record<string, string>, options: { data?: unknown; layoutReady?: boolean } = {}): Promise<Harness> {
  return finish(startPlugin(files, options));
}

/**
 * Makes reading a note take a while, as reading from disk does: the read ends on a timer, with the
 * text the note has then. Edits, renames and deletes made meanwhile race with it.
 */
function slowDisk(h: Harness): void {
  const { vault } = h;
  const later = async (file: TFile): Promise<string> => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return vault.readSync(file);
  };
  vault.read = later;
  vault.cachedRead = later;
}

/** The settings a restarted plugin would load: what was saved, migrated as onload does. */
function savedSettings(h: Harness): JobHuntSettings {
  const saved = h.app.pluginData.get("job-hunt");
  return migrateSettings(saved === undefined ? null : (JSON.parse(saved) as unknown));
}

/** The index a vault opened afresh would build: same files (and times), saved settings, loaded at layout ready. */
async function reopened(h: Harness): Promise<PostingIndex> {
  const app = new App();
  for (const file of h.vault.getMarkdownFiles()) app.vault.seed(file.path, h.vault.readSync(file), file.stat.mtime);
  const index = new PostingIndex(savedSettings(h));
  // The same loader the plugin runs when the layout is ready, over the fresh vault.
  new IndexSync(app as never, index).loadAll();
  await app.metadataCache.settled();
  await flushJobs();
  return index;
}

/** Everything a view or the report reads from an index; each list is in its contract's order. */
function shown(index: PostingIndex): unknown {
  return { postings: index.postings(), problems: index.problems(), stats: { ...index.stats(), revision: 0 } };
}

async function expectLiveEqualsReopened(h: Harness): Promise<void> {
  const live = h.plugin.index;
  expect(h.plugin.sync.state).toBe("warm");
  expect(live.settings).toEqual(savedSettings(h));
  expect(live.stats().revision).toBe(live.revision);
  expect(shown(live)).toEqual(shown(await reopened(h)));
}

// ---------------------------------------------------------------------------------------------
// The notes a run works with: a small vault of postings, roadmap notes, plain notes, notes with
// broken frontmatter and templates, at a handful of paths in and out of the jobs and roadmap folders.

const FOLDERS = ["", "Jobs", "Jobs/2026", "Inbox", "Archive", "Roadmaps", "Learning", "Notes"];
const NAMES = ["Acme", "Globex", "Go", "Go Roadmap", "Kubernetes Roadmap", "Golang plan", "Rust", "GraphQL", "Diary"];

const joinPath = (folder: string, name: string): string => (folder === "" ? `${name}.md` : `${folder}/${name}.md`);

/** Mostly the first value, sometimes one of the others. */
const usually = <T>(value: T, ...others: T[]): fc.Arbitrary<T> => fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, fc.constantFrom(value, ...others));

const notePath = fc.tuple(usually("Jobs", ...FOLDERS), fc.constantFrom(...NAMES)).map(([folder, name]) => joinPath(folder, name));

const SKILL_WORDS = ["Go", "golang", "k8s", "Kubernetes", "postgres", "Rust", "gql", "GraphQL", "Ruby", "pajamas", "C++"];
const SKILL_LINKS = ["[[GraphQL]]", "[[Learning/Go Roadmap|Go]]", "[[Kubernetes Roadmap|k8s]]", "[[Rust]]"];
const STAGE_VALUES = ["Applied", " applied ", "INTERVIEW", "Rejected", "withdrawn", "On hold", "on hold", "Ghosted", "Lead", "done", ""];
const SALARIES: (string | number)[] = ["$80k - $120k", "€55.000 - €70.000", "$85/hr", "Competitive", "100000", "up to 150k", 90000];
const ALIASES = ["k8s", "golang", "gql", "Ruby", "postgres", "Pajamas Design System"];

const skillsValue: fc.Arbitrary<string | string[]> = fc.oneof(
  fc.subarray(SKILL_WORDS, { minLength: 1, maxLength: 4 }),
  fc.subarray(SKILL_WORDS, { minLength: 1, maxLength: 4 }).map((skills) => skills.join(", ")),
  fc.subarray(SKILL_LINKS, { minLength: 1 }),
);

const tasks = (done: boolean[], label: string): string => done.map((d, i) => `- [${d ? "x" : " "}] ${label} ${i + 1}\n`).join("");


const postingText = fc
  .record({
    companyKey: usually("Company", "company", "Organisation"),
    company: usually("Acme", "[[Globex]]", "[[orgs/Initech|Initech]]", "", "{{company}}"),
    stageKey: usually("Stage", "stage", "Status"),
    stage: fc.option(fc.oneof(fc.constantFrom(...STAGE_VALUES), fc.constant<string[]>(["Applied"])), { nil: undefined }),
    skillsKey: usually("Skills", "skills", "Tech"),
    skills: fc.option(skillsValue, { nil: undefined }),
    salary: fc.option(fc.constantFrom(...SALARIES), { nil: undefined }),
    title: fc.option(fc.constantFrom("Backend Engineer", ""), { nil: undefined }),
    modified: fc.option(fc.constantFrom("2026-03-01", "someday"), { nil: undefined }),
    done: fc.array(fc.boolean(), { maxLength: 3 }),
  })
  .map((p) => {
    const fields: Record<string, string | string[] | number> = { [p.companyKey]: p.company };
    if (p.stage !== undefined) fields[p.stageKey] = p.stage;
    if (p.skills !== undefined) fields[p.skillsKey] = p.skills;
    if (p.salary !== undefined) fields.Salary = p.salary;
    if (p.title !== undefined) fields.title = p.title;
    if (p.modified !== undefined) fields.modified = p.modified;
    return postingNote(fields, `# To Do\n${tasks(p.done, "step")}`);
  });

const roadmapText = fc
  .record({
    aliasKey: fc.constantFrom("aliases", "alias", "Aliases"),
    aliases: fc.option(fc.oneof(fc.subarray(ALIASES, { maxLength: 3 }), fc.constantFrom("k8s, golang", "gql")), { nil: undefined }),
    done: fc.array(fc.boolean(), { maxLength: 4 }),
    fenced: fc.boolean(),
  })
  .map(({ aliasKey, aliases, done, fenced }) => {
    const head = aliases === undefined ? "" : `---\n${aliasKey}: ${JSON.stringify(aliases)}\n---\n`;
    return `${head}# Plan\n${tasks(done, "learn")}${fenced ? "```\n- [ ] not a task\n```\n" : ""}`;
  });

const plainText = fc.constantFrom("# Diary\nWalked.\n", "---\nmood: fine\ntags: [journal]\n---\n- [ ] walk\n", "");

const brokenText = fc.constantFrom(
  '---\nCompany: "Acme\nStage: Applied\n---\n- [ ] fix it\n',
  "---\nCompany: Broken Corp\n  bad: indent\n---\n",
  "---\ncompany: [oops\n---\n",
  '---\nStage: "x\n---\n',
  "---\n- just\n- a list\n---\n",
);

const templateText = fc.constant('---\nCompany: "{{company}}"\nStage: "{{stage}}"\n---\n');

const noteText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: postingText },
  { weight: 3, arbitrary: roadmapText },
  { weight: 1, arbitrary: plainText },
  { weight: 2, arbitrary: brokenText },
  { weight: 1, arbitrary: templateText },
);

// ---------------------------------------------------------------------------------------------
// What can happen in one step. `file` picks an existing note (by position among the paths, so a
// step always finds one when there is any); a step that cannot apply does nothing. A rename may
// change a note's extension, which takes it out of the notes Obsidian indexes.

type PropertyValue = string | string[] | number | undefined;

type Edit =
  | { kind: "create"; path: string; text: string; freeName: boolean }
  | { kind: "write"; file: number; text: string }
  | { kind: "breakYaml"; file: number }
  | { kind: "fixYaml"; file: number }
  | { kind: "property"; file: number; key: string; value: PropertyValue }
  | { kind: "tick"; file: number; task: number }
  | { kind: "moveStage"; file: number; stage: string }
  | { kind: "rename"; file: number; to: string }
  | { kind: "renameFolder"; from: string; to: string }
  | { kind: "delete"; file: number }
  | { kind: "deleteFolder"; folder: string }
  | { kind: "settings"; row: string; typed: string };

/** Edits that only make sense around one note: another note takes its place, or a new one is made there. */
type PlaceEdit = { kind: "takePlace"; file: number } | { kind: "recreate"; text: string };

/**
 * One step: an edit, or several edits around one note in quick succession. Each starts before the
 * ones before it have finished (their reads and writes may still be under way); `afterEvents` lets
 * Obsidian deliver the events of the edits before it first.
 */
type Step = Edit | { kind: "together"; file: number; edits: { edit: Edit | PlaceEdit; afterEvents: boolean }[] };

const fileIndex = fc.nat({ max: 20 });

const propertyEdit = fc.oneof(
  fc.record({ key: fc.constantFrom("aliases", "Aliases"), value: fc.option(fc.oneof(fc.subarray(ALIASES, { maxLength: 2 }), fc.constant("k8s, gql")), { nil: undefined }) }),
  fc.record({ key: fc.constantFrom("Stage", "Status"), value: fc.option(fc.oneof(fc.constantFrom("Offer", "withdrawn", "Parked"), fc.constant<string[]>(["Applied"])), { nil: undefined }) }),
  fc.record({ key: fc.constantFrom("Skills", "Tooling"), value: fc.option(skillsValue, { nil: undefined }) }),
  fc.record({ key: fc.constant("Salary"), value: fc.option(fc.constantFrom<string | number>("€50k", "Competitive", 120000), { nil: undefined }) }),
  fc.record({ key: fc.constantFrom("Company", "Organisation"), value: fc.option(fc.constantFrom("Hooli", ""), { nil: undefined }) }),
);

/** What a person types into a row of the settings tab. */
const SETTINGS_TYPING: Record<string, string[]> = {
  "Jobs folder": ["", "Jobs", "Jobs/", "Inbox", "/"],
  "Roadmap folder": ["", "Roadmaps", "Learning/"],
  Stages: [
    "Research\nApplied\nScreening\nInterview\nOffer\nAccepted (closed)\nRejected (closed)\nWithdrawn (closed)",
    "Lead\nApplied\nInterview\nOn hold\nDone (closed)",
    "research\nAPPLIED\nscreening\nRejected (closed)\nGhosted (closed)",
    "",
  ],
  "Skill synonyms": ["", "gql = GraphQL", "golang plan = Go\nkube = Kubernetes", "pajamas = Pajamas Design System\nRuby = Ruby on Rails"],
  "Roadmap notes": ["", "Go = Learning/Golang plan.md", "Kubernetes = notes/rust", "GraphQL = [[Diary]]\nRust = Roadmaps/Go.md"],
  Company: ["Company", "Organisation", "company"],
  Stage: ["Stage", "Status"],
  Skills: ["Skills", "Tech"],
  "Default currency": ["USD", "eur", "E"],
};

const settingsEdit = fc
  .constantFrom(...Object.keys(SETTINGS_TYPING))
  .chain((row) => fc.record({ kind: fc.constant("settings" as const), row: fc.constant(row), typed: fc.constantFrom(...(SETTINGS_TYPING[row] ?? [""])) }));

const FOLDER_MOVES = ["Jobs/2026", "Archive/2026", "Jobs", "Archive", "Roadmaps", "Learning", "Roadmaps/Learning", "Notes"];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("create" as const), path: notePath, text: noteText, freeName: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("write" as const), file: fileIndex, text: noteText }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("breakYaml" as const), file: fileIndex }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("fixYaml" as const), file: fileIndex }) },
  { weight: 3, arbitrary: fc.tuple(fileIndex, propertyEdit).map(([file, p]) => ({ kind: "property" as const, file, ...p })) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("tick" as const), file: fileIndex, task: fc.nat({ max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("moveStage" as const), file: fileIndex, stage: fc.constantFrom("Offer", "Rejected", "On hold", "Lead") }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("rename" as const), file: fileIndex, to: notePath }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rename" as const), file: fileIndex, to: notePath.map((p) => p.replace(/\.md$/, ".txt")) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("renameFolder" as const), from: fc.constantFrom(...FOLDER_MOVES), to: fc.constantFrom(...FOLDER_MOVES) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), file: fileIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deleteFolder" as const), folder: fc.constantFrom(...FOLDER_MOVES) }) },
  { weight: 2, arbitrary: settingsEdit },
);

const placeEdit: fc.Arbitrary<PlaceEdit> = fc.oneof(
  fc.record({ kind: fc.constant("takePlace" as const), file: fileIndex }),
  fc.record({ kind: fc.constant("recreate" as const), text: noteText }),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: edit },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("together" as const),
      file: fileIndex,
      edits: fc.array(fc.record({ edit: fc.oneof({ weight: 6, arbitrary: edit }, { weight: 1, arbitrary: placeEdit }), afterEvents: fc.boolean() }), {
        minLength: 2,
        maxLength: 3,
      }),
    }),
  },
);

/** Stored settings a vault may start with (before any migration). */
const startData = fc.option(
  fc.record(
    {
      jobsFolder: fc.constantFrom("", "Jobs"),
      roadmapFolder: fc.constantFrom("", "Roadmaps"),
      skillSynonyms: fc.constantFrom({}, { gql: "GraphQL" }),
      roadmapMappings: fc.constantFrom({}, { Go: "Learning/Golang plan.md" }),
      fieldNames: fc.constantFrom({}, { company: "Organisation", stage: "Status" }),
      stageHistory: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

// ---------------------------------------------------------------------------------------------
// Doing a step to the vault, the way a person, Obsidian or the plugin would.

const BROKEN_LINE = 'oops: "unclosed';

/** Breaks the frontmatter's YAML with an unclosed quote as its last line (a new block when there is none). */
function breakYaml(text: string): string {
  const block = findFrontmatter(text);
  if (!block) return `---\n${BROKEN_LINE}\n---\n${text}`;
  const close = text.lastIndexOf("---", block.bodyStart);
  return `${text.slice(0, close)}${BROKEN_LINE}\n${text.slice(close)}`;
}

/** Takes the breaking lines out again. */
function fixYaml(text: string): string {
  const fixed = text
    .split("\n")
    .filter((line) => line !== BROKEN_LINE)
    .join("\n");
  return fixed.startsWith("---\n---\n") ? fixed.slice("---\n---\n".length) : fixed;
}

/** Ticks or unticks the n-th task (modulo their number), or adds one when there is none. */
function toggleTask(text: string, n: number): string {
  const boxes = [...text.matchAll(/^([ \t]*[-*+] \[)([ xX])\]/gm)];
  const box = boxes[n % Math.max(boxes.length, 1)];
  if (box?.index === undefined) return `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}- [ ] new step\n`;
  const at = box.index + (box[1] ?? "").length;
  return `${text.slice(0, at)}${box[2] === " " ? "x" : " "}${text.slice(at + 1)}`;
}

/** The n-th note (modulo their number) by path. */
function pickFile(h: Harness, n: number): TFile | undefined {
  const files = h.vault.getMarkdownFiles().sort((a, b) => (a.path < b.path ? -1 : 1));
  return files[n % Math.max(files.length, 1)];
}

const folderOf = (path: string): string => path.slice(0, Math.max(path.lastIndexOf("/"), 0));
const baseOf = (path: string): string => (path.split("/").pop() ?? path).replace(/\.md$/, "");

/** The settings tab's row, rendered once per plugin the first time a run types into it. */
function settingsField(h: Harness, row: string): HTMLInputElement | HTMLTextAreaElement {
  const tab: PluginSettingTab | undefined = h.app.settingTabs[0];
  if (!tab) throw new Error("The plugin has no settings tab.");
  if (tab.containerEl.childElementCount === 0) tab.display();
  const rows = [...tab.containerEl.querySelectorAll(".setting-item")];
  const found = rows.find((r) => r.querySelector(".setting-item-name")?.textContent === row)?.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
  if (!found) throw new Error(`The settings tab has no row "${row}".`);
  return found;
}

/** The note a step's edits act on together, and where it was when the step began. */
interface Focus {
  file: TFile;
  path: string;
}

/** Does one edit; edits of a step taken together act on its note while it is still a note in the vault. */
async function perform(h: Harness, e: Edit | PlaceEdit, focus?: Focus): Promise<void> {
  const { app, vault } = h;
  if (e.kind === "takePlace" || e.kind === "recreate") {
    if (!focus || vault.getAbstractFileByPath(focus.path)) return;
    if (e.kind === "recreate") await vault.create(focus.path, e.text);
    else {
      const other = pickFile(h, e.file);
      if (other && other !== focus.file) await app.fileManager.renameFile(other, focus.path);
    }
    return;
  }
  if (e.kind === "create") {
    // The plugin's own create finds a free name; a plain create at a taken path does nothing.
    if (e.freeName) await createNote(app as never, folderOf(e.path), baseOf(e.path), e.text);
    else if (!vault.getAbstractFileByPath(e.path)) await vault.create(e.path, e.text);
    return;
  }
  if (e.kind === "renameFolder") {
    const folder = vault.getFolderByPath(e.from);
    if (!folder || vault.getAbstractFileByPath(e.to) || e.to === e.from || e.to.startsWith(`${e.from}/`)) return;
    await app.fileManager.renameFile(folder, e.to);
    return;
  }
  if (e.kind === "deleteFolder") {
    const folder = vault.getFolderByPath(e.folder);
    if (folder) await app.fileManager.trashFile(folder);
    return;
  }
  if (e.kind === "settings") {
    const field = settingsField(h, e.row);
    field.value = e.typed;
    field.dispatchEvent(new Event("input"));
    return;
  }
  const focused = focus && vault.getFileByPath(focus.file.path) === focus.file && focus.file.extension === "md" ? focus.file : undefined;
  const file = focused ?? pickFile(h, e.file);
  if (!file) return;
  switch (e.kind) {
    case "write":
      await vault.modify(file, e.text);
      return;
    case "breakYaml":
      await vault.process(file, breakYaml);
      return;
    case "fixYaml":
      await vault.process(file, fixYaml);
      return;
    case "tick":
      await vault.process(file, (text) => toggleTask(text, e.task));
      return;
    case "property": {
      // As the properties panel does; Obsidian refuses a note whose YAML it cannot parse.
      const value = e.value === undefined ? undefined : (JSON.parse(JSON.stringify(e.value)) as PropertyValue);
      await app.fileManager
        .processFrontMatter(file, (fm) => {
          if (value === undefined) Reflect.deleteProperty(fm, e.key);
          else fm[e.key] = value;
        })
        .catch(() => undefined);
      return;
    }
    case "moveStage":
      await setPostingStage(app as never, h.plugin.index.settings, file as never, e.stage);
      return;
    case "rename":
      if (e.to !== file.path && !vault.getAbstractFileByPath(e.to)) await app.fileManager.renameFile(file, e.to);
      return;
    case "delete":
      await app.fileManager.trashFile(file);
      return;
  }
}

async function run(h: Harness, s: Step): Promise<void> {
  if (s.kind !== "together") return finish(perform(h, s));
  // The note is followed by its file, so an edit after a rename finds it under its new name.
  const file = pickFile(h, s.file);
  const focus = file ? { file, path: file.path } : undefined;
  const running: Promise<void>[] = [];
  for (const { edit, afterEvents } of s.edits) {
    if (afterEvents) await flushJobs();
    running.push(perform(h, edit, focus));
  }
  await finish(Promise.all(running));
}

// ---------------------------------------------------------------------------------------------

describe("the live index equals a vault opened afresh", () => {
  test("after every step of any run of vault events and settings changes", async () => {
    const scenario = fc.record({
      files: fc.uniqueArray(fc.tuple(notePath, noteText), { minLength: 1, maxLength: 6, selector: ([path]) => path }),
      data: startData,
      lateLayout: fc.boolean(),
      slowReads: fc.boolean(),
      steps: fc.array(step, { minLength: 1, maxLength: 15 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ files, data, lateLayout, slowReads, steps }) => {
        jest.clearAllTimers();
        // Some runs change the vault before Obsidian has finished restoring the layout.
        const h = await start(Object.fromEntries(files), { data, layoutReady: !lateLayout });
        if (slowReads) slowDisk(h);
        if (lateLayout) expect(h.plugin.sync.state).toBe("cold");
        else await expectLiveEqualsReopened(h);
        for (const [i, s] of steps.entries()) {
          await run(h, s);
          if (i === 0 && lateLayout) h.app.workspace._setLayoutReady();
          await settle(h);
          await expectLiveEqualsReopened(h);
        }
      }),
      { numRuns: 1000 },
    );
  }, 85_000);
});

// ---------------------------------------------------------------------------------------------

const acme = postingNote({ Company: "Acme", Stage: "Applied", Skills: ["Go"] });
const globex = postingNote({ Company: "Globex", Stage: "Interview", Skills: ["Go", "k8s"] });

function stageCount(h: Harness, stage: string): number | undefined {
  return h.plugin.index.stats().stages.find((s) => s.name === stage)?.count;
}

/** Opens the stage picker of "Set stage of current posting" on `path`; choose() answers it. */
async function openStagePicker(h: Harness, path: string): Promise<SuggestModal<string>> {
  await h.app.workspace.openLinkText(path, "", false);
  expect(h.app.executeCommandById("job-hunt:set-stage")).toBe(true);
  const picker = Modal.open[Modal.open.length - 1];
  if (!picker) throw new Error("No stage picker opened.");
  return picker as unknown as SuggestModal<string>;
}

describe("a note deleted or renamed while a stage change is pending", () => {
  test.each([
    ["as fast as memory", false],
    ["as slow as a disk", true],
  ])("deleted between the change's read and its write (reads %s): not recreated, a notice says so", async (_label, slow) => {
    const h = await start({ "Jobs/Acme.md": acme, "Jobs/Globex.md": globex });
    if (slow) slowDisk(h);
    const moving = setPostingStage(h.app as never, h.plugin.index.settings, fileOf(h, "Jobs/Acme.md") as never, "Offer");
    await h.app.fileManager.trashFile(fileOf(h, "Jobs/Acme.md"));
    expect(await finish(moving)).toBe(false);
    await settle(h);
    expect(h.vault.getFiles().map((f) => f.path)).toEqual(["Jobs/Globex.md"]);
    expect(Notice.shown).toContainEqual(expect.stringContaining('Could not move "Acme" to Offer'));
    expect(h.plugin.index.postings().map((p) => p.path)).toEqual(["Jobs/Globex.md"]);
    expect(stageCount(h, "Offer")).toBe(0);
    await expectLiveEqualsReopened(h);
  });

  test.each([
    ["as fast as memory", false],
    ["as slow as a disk", true],
  ])("renamed between the change's read and its write (reads %s): the stage lands in the renamed note", async (_label, slow) => {
    const h = await start({ "Jobs/Acme.md": acme, "Jobs/Globex.md": globex });
    if (slow) slowDisk(h);
    const moving = setPostingStage(h.app as never, h.plugin.index.settings, fileOf(h, "Jobs/Acme.md") as never, "Offer");
    await h.app.fileManager.renameFile(fileOf(h, "Jobs/Acme.md"), "Jobs/2026/Acme - Backend.md");
    expect(await finish(moving)).toBe(true);
    await settle(h);
    expect(h.vault.getFiles().map((f) => f.path).sort()).toEqual(["Jobs/2026/Acme - Backend.md", "Jobs/Globex.md"]);
    expect(h.vault.readSync("Jobs/2026/Acme - Backend.md")).toBe(
      acme.replace('Stage: "Applied"', 'Stage: "Offer"').replace("---\n#", "Stage_History:\n  - 2026-11-20 Offer\n---\n#"),
    );
    expect(h.plugin.index.postings().map((p) => [p.path, p.stage])).toEqual([
      ["Jobs/2026/Acme - Backend.md", "Offer"],
      ["Jobs/Globex.md", "Interview"],
    ]);
    expect([stageCount(h, "Applied"), stageCount(h, "Offer")]).toEqual([0, 1]);
    await expectLiveEqualsReopened(h);
  });

  test("stage picker open, note deleted: nothing is recreated, a notice names the note", async () => {
    const h = await start({ "Jobs/Acme.md": acme, "Jobs/Globex.md": globex });
    const picker = await openStagePicker(h, "Jobs/Acme.md");
    await h.app.fileManager.trashFile(fileOf(h, "Jobs/Acme.md"));
    await settle(h);
    await picker.choose("offer");
    await settle(h);
    expect(h.vault.getFiles().map((f) => f.path)).toEqual(["Jobs/Globex.md"]);
    expect(Notice.shown.join("\n")).toContain("Acme");
    expect(stageCount(h, "Offer")).toBe(0);
    await expectLiveEqualsReopened(h);
  });

  test("stage picker open, note renamed: the renamed note gets the stage, nothing appears at the old path", async () => {
    const h = await start({ "Jobs/Acme.md": acme, "Jobs/Globex.md": globex });
    const picker = await openStagePicker(h, "Jobs/Acme.md");
    await h.app.fileManager.renameFile(fileOf(h, "Jobs/Acme.md"), "Jobs/Acme - Backend.md");
    await settle(h);
    await picker.choose("offer");
    await settle(h);
    expect(h.vault.getFiles().map((f) => f.path).sort()).toEqual(["Jobs/Acme - Backend.md", "Jobs/Globex.md"]);
    expect(h.plugin.index.postings().map((p) => [p.path, p.stage])).toEqual([
      ["Jobs/Acme - Backend.md", "Offer"],
      ["Jobs/Globex.md", "Interview"],
    ]);
    await expectLiveEqualsReopened(h);
  });
});

describe("renames the index must follow", () => {
  test("a note whose YAML broke is still reported when it is renamed while its broken frontmatter is being read", async () => {
    const h = await start({ "Jobs/Acme.md": acme });
    // Earlier edits, so the old path has a longer history than the new one.
    await h.vault.modify(fileOf(h, "Jobs/Acme.md"), acme.replace("Applied", "Screening"));
    await settle(h);
    slowDisk(h);
    await h.vault.modify(fileOf(h, "Jobs/Acme.md"), '---\nCompany: "Acme\n---\n');
    await flushJobs(); // Obsidian has said the note changed; the plugin's read of it is under way.
    await h.app.fileManager.renameFile(fileOf(h, "Jobs/Acme.md"), "Jobs/Acme (old).md");
    await settle(h);
    expect(h.plugin.index.problems()).toEqual([
      { path: "Jobs/Acme (old).md", message: 'The frontmatter is not valid YAML (Missing closing "quote at line 2), so this posting is left out until it is fixed.' },
    ]);
    await expectLiveEqualsReopened(h);
  });

  test("a note renamed onto the path of a note deleted a moment before takes its place", async () => {
    const h = await start({ "Jobs/Acme.md": acme, "Jobs/Globex.md": globex });
    // Both happen before Obsidian has said the first note is gone.
    const deleting = h.app.fileManager.trashFile(fileOf(h, "Jobs/Acme.md"));
    const renaming = h.app.fileManager.renameFile(fileOf(h, "Jobs/Globex.md"), "Jobs/Acme.md");
    await finish(Promise.all([deleting, renaming]));
    await settle(h);
    expect(h.plugin.index.postings().map((p) => [p.path, p.company])).toEqual([["Jobs/Acme.md", "Globex"]]);
    await expectLiveEqualsReopened(h);
  });

  test("a note renamed to another extension leaves the index", async () => {
    const h = await start({ "Jobs/Acme.md": acme, "Jobs/Globex.md": globex });
    await h.app.fileManager.renameFile(fileOf(h, "Jobs/Acme.md"), "Jobs/Acme.txt");
    await settle(h);
    expect(h.plugin.index.postings().map((p) => p.path)).toEqual(["Jobs/Globex.md"]);
    expect(h.plugin.index.stats().skills.map((s) => [s.name, s.count])).toEqual([
      ["Go", 1],
      ["Kubernetes", 1],
    ]);
    await expectLiveEqualsReopened(h);
  });
});
