/**
 * @jest-environment jsdom
 */
// The settings tab: every row renders (both on Obsidian 1.13+ and before), and a change re-indexes
// the vault and is saved, without losing changes typed in quick succession.
import type { PluginSettingTab } from "../fake-obsidian";
import { postingNote, startPlugin, type, wait, type Harness } from "./harness";

const files = {
  "Jobs/Acme.md": postingNote({ Company: "Acme", Stage: "Lead", Skills: ["gql", "postgres"] }),
  "Inbox/Globex.md": postingNote({ Company: "Globex", Stage: "Applied" }),
  "Notes/GraphQL notes.md": "# GraphQL\n- [x] Schema\n- [ ] Resolvers\n",
};

function tab(h: Harness): PluginSettingTab {
  const t = h.app.settingTabs[0];
  if (!t) throw new Error("no settings tab");
  t.display();
  return t;
}

function field(t: PluginSettingTab, name: string): HTMLInputElement | HTMLTextAreaElement {
  const row = [...t.containerEl.querySelectorAll(".setting-item")].find((r) => r.querySelector(".setting-item-name")?.textContent === name);
  const input = row?.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
  if (!input) throw new Error(`no field ${name}`);
  return input;
}

const saved = (h: Harness): Record<string, unknown> => JSON.parse(h.app.pluginData.get("job-hunt") ?? "{}") as Record<string, unknown>;

test("the tab shows headings and every setting with its current value", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const headings = [...t.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")].map((e) => e.textContent);
  expect(headings).toEqual(["Postings", "Skills and roadmaps", "Property names"]);
  expect(field(t, "Stages").value).toBe("Research\nApplied\nScreening\nInterview\nOffer\nAccepted (closed)\nRejected (closed)\nWithdrawn (closed)");
  expect(field(t, "Default currency").value).toBe("USD");
  expect(field(t, "Company").value).toBe("Company");
});

test("on Obsidian 1.13+ the same rows are given as setting definitions, for settings search", async () => {
  const h = await startPlugin(files);
  const defs = (h.app.settingTabs[0] as unknown as { getSettingDefinitions(): { heading: string; items: { name: string }[] }[] }).getSettingDefinitions();
  expect(defs.map((d) => d.heading)).toEqual(["Postings", "Skills and roadmaps", "Property names"]);
  expect(defs[0]?.items.map((i) => i.name)).toEqual(["Jobs folder", "Stages", "Posting template", "File name pattern", "Record stage changes", "Default currency"]);
  expect(defs[1]?.items.map((i) => i.name)).toEqual([
    "Roadmap folder",
    "Roadmap template",
    "Skill roadmaps heading",
    "Create missing roadmap notes",
    "Skills as links in properties",
    "Skill synonyms",
    "Roadmap notes",
  ]);
});

test("changing the jobs folder, stages and synonyms re-indexes and saves", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  type(field(t, "Jobs folder"), "Jobs/");
  type(field(t, "Stages"), "Lead\nApplied\nDone (closed)");
  type(field(t, "Skill synonyms"), "gql = GraphQL");
  type(field(t, "Roadmap notes"), "GraphQL = Notes/GraphQL notes.md");
  await wait(500);
  const index = h.plugin.index;
  expect(index.postings().map((p) => p.path)).toEqual(["Jobs/Acme.md"]);
  expect(index.stats().stages.map((s) => [s.name, s.count])).toEqual([["Lead", 1], ["Applied", 0], ["Done", 0]]);
  expect(index.stats().skills.find((s) => s.name === "GraphQL")).toMatchObject({ roadmap: "Notes/GraphQL notes.md", progress: { done: 1, total: 2 } });
  expect(saved(h)).toMatchObject({ jobsFolder: "Jobs", skillSynonyms: { gql: "GraphQL" }, stages: [{ name: "Lead", closed: false }, { name: "Applied", closed: false }, { name: "Done", closed: true }] });
});

test("an invalid currency is flagged and not saved; a valid one is", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const input = field(t, "Default currency");
  type(input, "dollars");
  expect(input.classList.contains("job-hunt-invalid")).toBe(true);
  type(input, "eur");
  await wait(500);
  expect(input.classList.contains("job-hunt-invalid")).toBe(false);
  expect(saved(h).defaultCurrency).toBe("EUR");
});

test("typing a word letter by letter saves no currency on its way; leaving the field saves a code the reader does not know", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const input = field(t, "Default currency");
  for (let i = 1; i <= "Dollars".length; i++) type(input, "Dollars".slice(0, i));
  await wait(500);
  expect(input.classList.contains("job-hunt-invalid")).toBe(true);
  expect(h.plugin.settings.defaultCurrency).toBe("USD");
  type(input, "ghs");
  await wait(500);
  expect(h.plugin.settings.defaultCurrency).toBe("USD");
  input.dispatchEvent(new Event("change"));
  await wait(500);
  expect(saved(h).defaultCurrency).toBe("GHS");
});

test("an empty stage list is marked and not saved", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const area = field(t, "Stages");
  type(area, "  \n ");
  await wait(500);
  expect(area.classList.contains("job-hunt-invalid")).toBe(true);
  expect(area.getAttribute("aria-invalid")).toBe("true");
  expect(h.plugin.settings.stages.length).toBeGreaterThan(0);
});

test("a jobs folder that is not in the vault is said under the field, with the folder of that name in other case", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const row = [...t.containerEl.querySelectorAll(".setting-item")].find((r) => r.querySelector(".setting-item-name")?.textContent === "Jobs folder");
  const warning = row?.querySelector(".job-hunt-warning");
  expect(warning?.textContent).toBe("");
  type(field(t, "Jobs folder"), "jobs");
  expect(warning?.textContent).toBe('There is no folder "jobs" in this vault, so no note counts as a posting. Did you mean "Jobs"?');
  type(field(t, "Jobs folder"), "Jobs");
  expect(warning?.textContent).toBe("");
});

test("a template note that is not in the vault is said under its field, with the note of that name in other case", async () => {
  const h = await startPlugin({ ...files, "Templates/Posting.md": "---\nCompany: \"{{company}}\"\n---\n" }, { data: { roadmapTemplate: "Templates/Roadmap" } });
  const t = tab(h);
  const warningOf = (name: string): Element | null | undefined =>
    [...t.containerEl.querySelectorAll(".setting-item")].find((r) => r.querySelector(".setting-item-name")?.textContent === name)?.querySelector(".job-hunt-warning");
  expect(warningOf("Posting template")?.textContent).toBe("");
  expect(warningOf("Roadmap template")?.textContent).toBe('There is no note "Templates/Roadmap.md" in this vault, so the built-in template is used.');
  type(field(t, "Posting template"), "templates/posting");
  expect(warningOf("Posting template")?.textContent).toBe('There is no note "templates/posting.md" in this vault, so the built-in template is used. Did you mean "Templates/Posting.md"?');
  type(field(t, "Posting template"), "Templates/Posting");
  expect(warningOf("Posting template")?.textContent).toBe("");
  type(field(t, "Posting template"), "");
  expect(warningOf("Posting template")?.textContent).toBe("");
});

test("toggles and the heading are saved; an invalid heading or empty pattern is flagged and not saved", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const flip = (name: string): void => {
    const box = field(t, name) as HTMLInputElement;
    box.checked = !box.checked;
    box.dispatchEvent(new Event("change"));
  };
  flip("Record stage changes");
  flip("Create missing roadmap notes");
  type(field(t, "Skill roadmaps heading"), "Roadmaps");
  expect(field(t, "Skill roadmaps heading").classList.contains("job-hunt-invalid")).toBe(true);
  type(field(t, "File name pattern"), "  ");
  expect(field(t, "File name pattern").classList.contains("job-hunt-invalid")).toBe(true);
  type(field(t, "Skill roadmaps heading"), "### Learning plan");
  type(field(t, "File name pattern"), "{{date}} {{company}}");
  await wait(500);
  expect(saved(h)).toMatchObject({ stageHistory: false, createMissingRoadmaps: true, sectionHeading: "### Learning plan", fileNamePattern: "{{date}} {{company}}" });
});

test("each property row says which property it names", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const desc = (label: string): string => field(t, label).closest(".setting-item")?.querySelector(".setting-item-description")?.textContent ?? "";
  expect(desc("Company")).toMatch(/^The name of the company property\. /);
  expect(desc("Remote")).toMatch(/^The name of the remote property\. /);
  expect(desc("Posting link")).toMatch(/^The name of the posting link property\. /);
});

test("custom property names are read at once", async () => {
  const h = await startPlugin({ "Jobs/a.md": "---\nOrganisation: Initech\nStatus: Offer\n---\n" });
  const t = tab(h);
  type(field(t, "Company"), "Organisation");
  type(field(t, "Stage"), "Status");
  await wait(500);
  expect(h.plugin.index.postings().map((p) => [p.company, p.stage])).toEqual([["Initech", "Offer"]]);
});

test("saved settings from an older or broken data.json load with defaults filled in", async () => {
  const h = await startPlugin(files, { data: { jobsFolder: 42, stages: "nope", defaultCurrency: "€", dashboard: { mode: "grid" } } });
  expect(h.plugin.settings.jobsFolder).toBe("");
  expect(h.plugin.settings.stages).toHaveLength(8);
  expect(h.plugin.settings.defaultCurrency).toBe("USD");
  expect(h.plugin.settings.dashboard.mode).toBe("board");
});

test("a property name another field or the built-in template already uses is flagged and not saved", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const company = field(t, "Company");
  for (const clash of ["stage", "Job-Posting", "id", "MODIFIED", "tags", ""]) {
    type(company, clash);
    expect(company.classList.contains("job-hunt-invalid")).toBe(true);
  }
  await wait(500);
  expect(h.plugin.settings.fieldNames.company).toBe("Company");
  type(company, "Organisation");
  expect(company.classList.contains("job-hunt-invalid")).toBe(false);
  await wait(500);
  expect(h.plugin.settings.fieldNames.company).toBe("Organisation");
});

test("a value that cannot be saved says why under its field, and the note goes when it can", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const noteOf = (name: string): string | null | undefined =>
    [...t.containerEl.querySelectorAll(".setting-item")].find((r) => r.querySelector(".setting-item-name")?.textContent === name)?.querySelector(".job-hunt-warning")?.textContent;
  const kept = " Until this is fixed, the last valid value stays saved.";
  type(field(t, "Default currency"), "Dollars");
  expect(noteOf("Default currency")).toBe("Use a three-letter currency code, such as EUR." + kept);
  type(field(t, "Company"), "title");
  expect(noteOf("Company")).toBe('"title" already holds the title.' + kept);
  type(field(t, "Stages"), "");
  expect(noteOf("Stages")).toBe("The pipeline needs at least one stage." + kept);
  type(field(t, "Skill roadmaps heading"), "Skill roadmaps");
  expect(noteOf("Skill roadmaps heading")).toBe("Start with one to six # and a space, then the heading's text: ## Skill roadmaps." + kept);
  type(field(t, "File name pattern"), " ");
  expect(noteOf("File name pattern")).toBe("A file name pattern cannot be empty." + kept);
  type(field(t, "Default currency"), "EUR");
  type(field(t, "Company"), "Organisation");
  expect([noteOf("Default currency"), noteOf("Company")]).toEqual(["", ""]);
});

test("a field left invalid goes back to what it held before the edit, and nothing typed half-way stays saved", async () => {
  const h = await startPlugin(files);
  const t = tab(h);
  const leave = (input: HTMLInputElement | HTMLTextAreaElement): void => {
    input.dispatchEvent(new Event("change"));
  };
  const heading = field(t, "Skill roadmaps heading");
  heading.dispatchEvent(new Event("focus"));
  for (const step of ["# Skill roadmaps", " Skill roadmaps", "Skill roadmaps"]) type(heading, step); // Delete, three times
  leave(heading);
  expect(heading.value).toBe("## Skill roadmaps");
  expect(heading.classList.contains("job-hunt-invalid")).toBe(false);
  expect(heading.getAttribute("aria-invalid")).toBe("false");
  const title = field(t, "Title");
  title.dispatchEvent(new Event("focus"));
  for (let i = 1; i <= "Company".length; i++) type(title, "Company".slice(0, i)); // "Compan" is valid, "Company" is taken
  leave(title);
  expect(title.value).toBe("title");
  const stages = field(t, "Stages");
  stages.dispatchEvent(new Event("focus"));
  const before = stages.value;
  type(stages, "");
  leave(stages);
  expect(stages.value).toBe(before);
  await wait(500);
  expect(saved(h)).toMatchObject({ sectionHeading: "## Skill roadmaps", fieldNames: { title: "title" } });
  expect(h.plugin.settings.stages).toHaveLength(8);
  expect(h.plugin.index.postings().map((p) => p.title).sort()).toEqual(["Acme", "Globex"]);
});

test("a field left invalid goes back to the value it was last left with, and a currency only saved on leaving is saved again", async () => {
  const h = await startPlugin(files, { data: { defaultCurrency: "XOF" } });
  const t = tab(h);
  const leave = (input: HTMLInputElement | HTMLTextAreaElement): void => {
    input.dispatchEvent(new Event("change"));
  };
  const currency = field(t, "Default currency");
  for (const step of ["E", "EU", "EUR", "EURO"]) type(currency, step); // "EUR" is saved on the way
  leave(currency);
  expect(currency.value).toBe("XOF");
  await wait(500);
  expect(saved(h).defaultCurrency).toBe("XOF");
  const pattern = field(t, "File name pattern");
  type(pattern, "{{title}}");
  leave(pattern); // Enter, or leaving the field: this is now the value to go back to
  type(pattern, "  ");
  leave(pattern);
  expect(pattern.value).toBe("{{title}}");
  await wait(500);
  expect(saved(h).fileNamePattern).toBe("{{title}}");
});
