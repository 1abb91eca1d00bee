/**
 * @jest-environment jsdom
 */
// main.js as it ships, not the sources: the production build (minified, private names shortened,
// "obsidian" required once for the whole bundle) loads over the in-memory fake of Obsidian, indexes
// a vault, opens the dashboard and moves a posting.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type JobHuntPlugin from "../../src/main";
import { findCard, lastModal, openDashboard, postingNote, startPlugin, texts } from "./harness";
import { MarkdownView } from "../fake-obsidian";
import { extractPosting } from "../../src/core/extract";
import { SkillCanon } from "../../src/core/skills";
import { BUILTIN_SKILLS } from "../../src/core/skill-vocabulary";
import { StagePipeline, STAGE_WORDS } from "../../src/core/stages";
import { defaultSettings } from "../../src/core/settings";
import { parseSalary } from "../../src/core/salary";

const root = join(__dirname, "..", "..");

// The production build packs the tables (several seconds, more on a busy machine): once for the file.
jest.setTimeout(120_000);
let shipped: typeof JobHuntPlugin | undefined;

function shippedPlugin(): typeof JobHuntPlugin {
  return (shipped ??= buildShipped());
}

function buildShipped(): typeof JobHuntPlugin {
  mkdirSync(join(root, "build"), { recursive: true });
  const out = join("build", "shipped-main.js");
  const built = spawnSync(process.execPath, ["esbuild.config.mjs", "production", out], { cwd: root, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`The production build failed.\n${built.stderr}`);
  // Its size is the budget's (250 KB), which the packed word tables keep it under.
  expect(readFileSync(join(root, out)).length).toBeLessThanOrEqual(250 * 1024);
  // Obsidian gives the bundle "obsidian" and nothing else (no Node or Electron on a phone).
  expect(readFileSync(join(root, out), "utf8").match(/\brequire\("[^"]*"\)/g)).toEqual(['require("obsidian")']);
  // Loaded as Obsidian loads it, as CommonJS; "obsidian" resolves to the in-memory fake here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the file is only there once built
  const shipped = require(join(root, out)) as { default?: typeof JobHuntPlugin };
  if (!shipped.default) throw new Error("main.js exports no plugin class");
  return shipped.default;
}

test("main.js as shipped loads, indexes the vault, shows the dashboard and moves a posting", async () => {
  const plugin = shippedPlugin();
  const h = await startPlugin(
    {
      "Jobs/Acme.md": postingNote({ Company: "Acme", Stage: "Applied", Skills: ["postgres", "k8s"], Salary: "$120k - $150k" }),
      "Jobs/Globex.md": postingNote({ Company: "Globex", Stage: "Interview", Skills: ["Go"] }),
      "Roadmaps/PostgreSQL.md": "# PostgreSQL\n- [x] Indexes\n- [ ] Vacuum\n",
    },
    { plugin },
  );
  const el = await openDashboard(h);
  expect(findCard(el, "Jobs/Acme.md")).not.toBeNull();
  expect(findCard(el, "Jobs/Globex.md")).not.toBeNull();
  expect(texts(el, ".job-hunt-skill-name")).toEqual(expect.arrayContaining(["PostgreSQL", "Kubernetes", "Go"]));

  await h.app.workspace.openLinkText("Jobs/Acme.md", "", false);
  await h.settle();
  expect(h.app.executeCommandById("job-hunt:next-stage")).toBe(true);
  await h.settle();
  expect(h.vault.readSync("Jobs/Acme.md")).toMatch(/^Stage: "Screening"$/m);
});

test("main.js as shipped reads every name and alias of the skill vocabulary as the sources do (its tables are packed)", async () => {
  const h = await startPlugin({}, { plugin: shippedPlugin() });
  const shipped = h.plugin.index.skills;
  const sources = new SkillCanon({});
  const spellings = BUILTIN_SKILLS.flatMap((e) => [e.name, ...e.aliases]);
  expect(spellings.length).toBeGreaterThan(1000);
  const names = (canon: SkillCanon): string[] => canon.parse(spellings).map((s) => `${s.key}=${s.name}`);
  expect(names(shipped)).toEqual(names(sources));
  // Each alias on its own, too: the same skill as its entry's name.
  for (const e of BUILTIN_SKILLS) for (const alias of e.aliases) expect([alias, shipped.parse([alias])[0]?.name]).toEqual([alias, sources.parse([e.name])[0]?.name]);
});

test("main.js as shipped reads every other name of a stage as the sources do (the stage table is packed)", async () => {
  const words = STAGE_WORDS.flatMap(([, list]) => list.split("|").map((w) => w.replace(/^~|\*$/g, "")));
  expect(words.length).toBeGreaterThan(150);
  const values = [...words, ...words.map((w) => `${w}s 2`), "Oferta aceptada", "Angebot abgelehnt"];
  const notes = Object.fromEntries(values.map((stage, i) => [`Jobs/${i}.md`, postingNote({ Company: "Acme", Stage: stage })]));
  const h = await startPlugin(notes, { plugin: shippedPlugin() });
  const sources = new StagePipeline(defaultSettings().stages);
  const shown = new Map(h.plugin.index.postings().map((p) => [p.path, [p.stage, p.stageKnown, p.closed]]));
  values.forEach((stage, i) => {
    const { name, known, closed } = sources.match(stage);
    expect([stage, shown.get(`Jobs/${i}.md`)]).toEqual([stage, [name, known, closed]]);
  });
});

test("main.js as shipped reads every stored description as the sources do (its word lists are packed)", async () => {
  const h = await startPlugin({}, { plugin: shippedPlugin() });
  const dir = join(root, "tests", "fixtures", "descriptions");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  expect(files.length).toBeGreaterThan(40);
  const canon = new SkillCanon({});
  for (const f of files) {
    const description = readFileSync(join(dir, f), "utf8");
    const leaf = h.app.workspace.getLeaf(false);
    const view = new MarkdownView(leaf);
    view.selection = description;
    leaf.view = view;
    h.app.workspace.setActiveLeaf(leaf);
    h.app.executeCommandById("job-hunt:new-posting-from-description");
    await h.settle();
    const modal = lastModal<{ value: { company: string; title: string; location: string; url: string; skills: string[]; remote: boolean; salary: string }; close(): void }>();
    const sources = extractPosting(description, { canon, defaultCurrency: "USD" });
    const fields = (e: { company: string; title: string; location: string; url: string; skills: string[]; remote: boolean }): string =>
      JSON.stringify([f, e.company, e.title, e.location, e.url, e.skills, e.remote]);
    expect(fields(modal.value)).toBe(fields(sources));
    // The form shows the pay as the description wrote it.
    expect([f, modal.value.salary]).toEqual([f, sources.salary?.text ?? ""]);
    modal.close();
  }
});

test("main.js as shipped reads salaries as the sources do (their word tables are packed)", async () => {
  const codes = "USD EUR GBP CAD AUD NZD CHF JPY INR SGD HKD SEK NOK DKK PLN CZK HUF BRL MXN ZAR CNY RMB KRW ILS AED BGN TRY RON PHP ARS CLP COP PEN IDR MYR THB VND NGN KES EGP PKR UAH RUB ISK TWD SAR".split(" ");
  const values = [
    ...codes.map((c, i) => `${40 + i},000 ${c}`),
    ...["k", " thousand", " tsd", " teur", " tkr", " tys", " mil", " million", " Mio", " triệu", " juta", " lakh", " LPA", " crore"].map((m) => `45${m} - 55${m}`),
    ...["up to", "bis zu", "hasta", "até", "from", "starting at", "ab", "à partir de", "desde", "od", "от", "від", "från", "alkaen"].map((w) => `${w} €60.000`),
    ...["per hour", "pro Stunde", "par heure", "por hora", "per uur", "/godz.", "a day", "per shift", "/shift", "par jour", "pro Woche", "per month", "par mois", "al mes", "per maand", "/mies.", "a year", "pro Jahr", "par an", "al año", "per jaar", "rocznie"].map((p) => `€25 ${p}`),
    ...["hourly", "Stundenlohn", "daily", "Tagessatz", "weekly", "monthly", "mensuel", "mensual", "monatlich", "annually", "jährlich", "anual", "時給", "月給", "年収", "연봉"].map((p) => `${p} 3,000 EUR`),
    "100k+ plus bonus", "£50k or more", "$90k and up", "140K+",
  ];
  // Each holds an amount the sources read, so a word the bundle lost would show.
  expect(values.filter((v) => parseSalary(v, "USD")?.min == null && parseSalary(v, "USD")?.max == null)).toEqual([]);
  const notes = Object.fromEntries(values.map((salary, i) => [`Jobs/${i}.md`, postingNote({ Company: "Acme", Salary: salary })]));
  const h = await startPlugin(notes, { plugin: shippedPlugin() });
  // The bundle shortens some property names (`period` among them): the values are compared, in order.
  const shown = new Map(h.plugin.index.postings().map((p) => [p.path, p.salary && Object.values(p.salary)]));
  values.forEach((salary, i) => {
    const read = parseSalary(salary, "USD");
    expect([salary, shown.get(`Jobs/${i}.md`)]).toEqual([salary, read && Object.values(read)]);
  });
});

test("main.js as shipped describes its settings as the sources do (their texts are packed)", async () => {
  const descriptions = async (plugin?: typeof JobHuntPlugin): Promise<string[]> => {
    const h = await startPlugin({}, plugin ? { plugin } : {});
    const tab = h.app.settingTabs[0];
    if (!tab) throw new Error("no settings tab");
    tab.display();
    return [...tab.containerEl.querySelectorAll(".setting-item-description")].map((d) => d.textContent ?? "");
  };
  const sources = await descriptions();
  expect(sources.filter((d) => d.length > 60).length).toBeGreaterThanOrEqual(14);
  expect(await descriptions(shippedPlugin())).toEqual(sources);
});

test("main.js as shipped words its empty dashboard, its panels and the new posting form as the sources do (their sentences are packed)", async () => {
  const words = async (plugin?: typeof JobHuntPlugin): Promise<string[]> => {
    const h = await startPlugin({ "Jobs/Acme.md": postingNote({ Company: "Acme", Stage: "Someday" }) }, plugin ? { plugin } : {});
    const el = await openDashboard(h);
    const dashboard = el.textContent ?? "";
    await h.vault.delete(h.vault.getFileByPath("Jobs/Acme.md")!);
    await h.settle();
    const empty = el.textContent ?? "";
    h.app.executeCommandById("job-hunt:new-posting");
    const form = lastModal().contentEl.textContent ?? "";
    return [dashboard, empty, form];
  };
  const sources = await words();
  // The skills and salary panels' hints, the unknown stage's note, the empty state and the form's help.
  expect(sources.join("\n")).toEqual(expect.stringContaining("Add skills to your postings"));
  expect(sources[1]).toEqual(expect.stringContaining("A posting is any note with a company property"));
  expect(sources[2]).toEqual(expect.stringContaining("Type a comma or press the return key"));
  expect(await words(shippedPlugin())).toEqual(sources);
});

test("main.js as shipped makes a roadmap note from its built-in template as the sources do (the template is packed)", async () => {
  const made = async (plugin?: typeof JobHuntPlugin): Promise<string> => {
    const h = await startPlugin({ "Jobs/Acme.md": postingNote({ Company: "Acme", Skills: ["Python"] }) }, { ...(plugin ? { plugin } : {}), data: { roadmapFolder: "Roadmaps" } });
    const el = await openDashboard(h);
    el.querySelector<HTMLElement>('.job-hunt-skill-row[data-skill="python"] .job-hunt-create-roadmap')?.click();
    await h.settle();
    [...lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Create roadmap")?.click();
    await h.settle();
    // The date it was made is today's, which may turn between the two runs.
    return h.vault.readSync("Roadmaps/Python Roadmap.md").replace(/^created: .*$/m, "created:");
  };
  const sources = await made();
  expect(sources).toContain("# Python roadmap");
  expect(sources).toContain("## Postings that ask for it");
  expect(await made(shippedPlugin())).toEqual(sources);
});
