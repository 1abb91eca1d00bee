// `npm run bench [-- --json]`: how fast Job Hunt is at 1,000, 10,000 and 50,000 postings, measured
// in one run against the budgets of the performance issue. Every figure is the median of several
// repetitions after a warm-up. See docs/performance.md for what each figure means.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, arch, platform, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type * as Jsdom from "jsdom";
import { parseYamlPackage } from "./parse-yaml";
import { readNote, type NoteMeta } from "../src/core/note-reader";
import { PostingIndex } from "../src/core/posting-index";
import { buildReport } from "../src/core/report";
import { defaultSettings } from "../src/core/settings";
import { changePosting, generateVault, writeVault, type BenchVault } from "./bench-vault";
import { minimalIndex, touchFrontmatter } from "./bench-reference";
import type { OnloadInput, OnloadResult, OnloadRunner } from "./bench-onload";
import { manglePropsPattern, openPreview, projectRoot } from "./preview";
import { indexVault } from "./report";
import { listNotes } from "./vault-folder";

const SIZES = [1_000, 10_000, 50_000] as const;
const RENDER_SIZES = [1_000, 10_000] as const;
const REPORT_SIZE = 10_000;
const MEMORY_SIZE = 10_000;
const SEED = 20_261_123;

/** Repetitions (after `warmup` untimed ones) per vault size; the 50k build is the slowest, so fewer. */
const REPS = {
  floor: { 1000: [10, 100], 10000: [5, 40], 50000: [3, 15] },
  build: { 1000: [5, 30], 10000: [2, 10], 50000: [1, 5] },
} as const;
const UPDATE_WARMUP = 40;
const UPDATE_CHANGES = 200;
const ROADMAP_CHANGES = 40;
const REPORT_REPS = [1, 5] as const;
const RENDER_FIRST_REPS = 9;
const RENDER_CHANGES = 15;
const ONLOAD_ROUNDS = 9;
const ONLOAD_REPS_PER_ROUND = 25;

export const BUDGETS = {
  buildToFloor: 5,
  updateMs50k: 2,
  update50kTo1k: 3,
  firstRenderMs10k: 300,
  rerenderMs10k: 50,
  reportToRead: 3,
  onloadMs: 5,
  mainJsKb: 250,
} as const;

export interface Budget {
  name: string;
  value: number;
  limit: number;
  unit: string;
  holds: boolean;
}

type BySize<T> = Record<string, T>;

export interface RenderFigures {
  /** A fresh dashboard view opened and laid out (the view's first refresh(true), plus style and layout). */
  firstMs: number;
  /** The same, script only (before style and layout). */
  firstScriptMs: number;
  /** One note changed, the index updated: the view's refresh() plus style and layout. */
  rerenderMs: number;
  rerenderScriptMs: number;
  /** refresh(true) on the open view, revision unchanged. */
  forcedRefreshMs: number;
  /** Posting cards on the board. */
  cards: number;
  /** Every sample behind the medians above (total times). */
  firstSamplesMs: number[];
  rerenderSamplesMs: number[];
  pageErrors: string[];
}

export interface BenchFigures {
  vaults: BySize<{ postings: number; notes: number; roadmaps: number; unrelated: number; brokenYaml: number; megabytes: number }>;
  /** Reading every note's text into metadata (Obsidian's metadata cache does this, not the plugin). */
  parseMs: BySize<number>;
  floorMs: BySize<number>;
  /** A reference, not a budget: the least an index can do (see minimalIndex), and its ratio to the floor. */
  minimalMs: BySize<number>;
  minimalToFloor: BySize<number>;
  buildMs: BySize<number>;
  buildLoadMs: BySize<number>;
  buildStatsMs: BySize<number>;
  buildToFloor: BySize<number>;
  updateMs: BySize<number>;
  updateP95Ms: BySize<number>;
  updateUpsertMs: BySize<number>;
  updateStatsMs: BySize<number>;
  update50kTo1k: number;
  roadmapUpdateMs: BySize<number>;
  render: BySize<RenderFigures>;
  /** The browser the dashboard was rendered in. */
  browser: string;
  report: {
    postings: number;
    notes: number;
    megabytes: number;
    readOnlyMs: number;
    reportMs: number;
    ratio: number;
    splits: { listMs: number; readMs: number; parseMs: number; indexMs: number; jsonMs: number };
    endToEndMs: number;
  };
  onload: {
    /** The budget's figure: the median over fresh windows of the first onload (cold module state, as at an app start). */
    medianMs: number;
    coldSamplesMs: number[];
    /** Later onloads in the same window (module state and JIT warm), for comparison. */
    warmMedianMs: number;
    rounds: number;
    repsPerRound: number;
    /** Postings indexed right after onload: 0 means indexing waits for the layout. */
    postingsAfterOnload: number;
    commands: number;
  };
  mainJs: { bytes: number; kilobytes: number; gzipKilobytes: number; rebuilt: boolean };
  memory: {
    postings: number;
    notes: number;
    indexBytes: number;
    indexBytesPerPosting: number;
    metadataBytes: number;
    metadataBytesPerNote: number;
    totalBytesPerPosting: number;
  };
  reps: Record<string, unknown>;
  seconds: number;
}

export interface BenchResult {
  machine: { cpus: number; cpuModel: string; memory: number; memoryGb: number; node: string; platform: string };
  figures: BenchFigures;
  budgets: Budget[];
}

// ---------------------------------------------------------------------------------------------
// Timing helpers

function now(): bigint {
  return process.hrtime.bigint();
}

function ms(from: bigint, to: bigint = now()): number {
  return Number(to - from) / 1e6;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
}

let collect: (() => void) | null = null;

/** A full garbage collection (exposed through V8's flag at run time; no-op when unavailable). */
function gc(): void {
  if (collect === null) {
    try {
      setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = () => undefined;
    }
  }
  collect();
}

/** Times `fn` `reps` times after `warmup` untimed runs, with a collection before each run. */
function repeat(warmup: number, reps: number, fn: () => void): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    gc();
    const t0 = now();
    fn();
    times.push(ms(t0));
  }
  return times;
}

let sink = 0;

function log(text: string): void {
  process.stderr.write(`bench: ${text}\n`);
}

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

// ---------------------------------------------------------------------------------------------
// 1-3: floor, full build, one-note update (in memory)

function parseVault(vault: BenchVault): NoteMeta[] {
  return vault.notes.map((n, i) => readNote(n.path, n.text, parseYamlPackage, 1_700_000_000_000 + i * 1000));
}

interface CoreFigures {
  parseMs: number;
  floorMs: number;
  minimalMs: number;
  buildMs: number;
  buildLoadMs: number;
  buildStatsMs: number;
  updateMs: number;
  updateP95Ms: number;
  updateUpsertMs: number;
  updateStatsMs: number;
  roadmapUpdateMs: number;
  postings: number;
}

function measureCore(size: (typeof SIZES)[number], vault: BenchVault): CoreFigures {
  const t0 = now();
  const metas = parseVault(vault);
  const parseMs = ms(t0);
  const [floorWarm, floorReps] = REPS.floor[size];
  const floorMs = median(repeat(floorWarm, floorReps, () => (sink += touchFrontmatter(metas))));
  const minimalMs = median(repeat(floorWarm, floorReps, () => (sink += minimalIndex(metas).postings)));

  const [buildWarm, buildReps] = REPS.build[size];
  const loads: number[] = [];
  const statsTimes: number[] = [];
  for (let i = 0; i < buildWarm + buildReps; i++) {
    const index = new PostingIndex(defaultSettings());
    gc();
    const a = now();
    index.load(metas);
    const b = now();
    sink += index.stats().total;
    const c = now();
    if (i >= buildWarm) {
      loads.push(ms(a, b));
      statsTimes.push(ms(b, c));
    }
  }
  const builds = loads.map((l, i) => l + (statsTimes[i] ?? 0));

  // One note at a time: a different posting each time, its stage moved and a to-do ticked.
  const index = new PostingIndex(defaultSettings());
  index.load(metas);
  const postings = index.stats().total;
  const targets = vault.notes.filter((n) => index.posting(n.path) !== undefined);
  const step = Math.max(1, Math.floor(targets.length / (UPDATE_WARMUP + UPDATE_CHANGES)));
  const changes: NoteMeta[] = [];
  for (let i = 0; changes.length < UPDATE_WARMUP + UPDATE_CHANGES && i * step < targets.length; i++) {
    const note = targets[i * step];
    if (note) changes.push(readNote(note.path, changePosting(note.text, i), parseYamlPackage, 1_800_000_000_000 + i));
  }
  const total: number[] = [];
  const upserts: number[] = [];
  const stats: number[] = [];
  changes.forEach((meta, i) => {
    const a = now();
    index.upsert(meta);
    const b = now();
    sink += index.stats().total;
    const c = now();
    if (i >= UPDATE_WARMUP) {
      total.push(ms(a, c));
      upserts.push(ms(a, b));
      stats.push(ms(b, c));
    }
  });

  // A task ticked in a roadmap note (its progress shows next to the skill).
  const roadmaps = vault.notes.filter((n) => vault.roadmapPaths.includes(n.path));
  const roadmapTimes: number[] = [];
  for (let i = 0; i < ROADMAP_CHANGES; i++) {
    const note = roadmaps[i % roadmaps.length];
    if (!note) break;
    const text = i % 2 === 0 ? note.text.replace("- [ ] ", "- [x] ") : note.text;
    const meta = readNote(note.path, text, parseYamlPackage, 1_900_000_000_000 + i);
    const a = now();
    index.upsert(meta);
    sink += index.stats().total;
    roadmapTimes.push(ms(a));
  }

  return {
    parseMs,
    floorMs,
    minimalMs,
    buildMs: median(builds),
    buildLoadMs: median(loads),
    buildStatsMs: median(statsTimes),
    updateMs: median(total),
    updateP95Ms: percentile(total, 0.95),
    updateUpsertMs: median(upserts),
    updateStatsMs: median(stats),
    roadmapUpdateMs: median(roadmapTimes.slice(4)),
    postings,
  };
}

// ---------------------------------------------------------------------------------------------
// 7: memory per indexed posting

function measureMemory(vault: BenchVault): BenchFigures["memory"] {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const metas = parseVault(vault);
  gc();
  gc();
  const withMetadata = process.memoryUsage().heapUsed;
  const index = new PostingIndex(defaultSettings());
  index.load(metas);
  sink += index.stats().total + index.postings().length;
  gc();
  gc();
  const withIndex = process.memoryUsage().heapUsed;
  const postings = index.stats().total;
  // Keep both alive until the last reading.
  sink += metas.length + index.revision;
  const indexBytes = withIndex - withMetadata;
  const metadataBytes = withMetadata - before;
  return {
    postings,
    notes: metas.length,
    indexBytes,
    indexBytesPerPosting: Math.round(indexBytes / postings),
    metadataBytes,
    metadataBytesPerNote: Math.round(metadataBytes / metas.length),
    totalBytesPerPosting: Math.round((indexBytes + metadataBytes) / postings),
  };
}

// ---------------------------------------------------------------------------------------------
// 5: the report command on disk

function measureReport(root: string, postings: number): BenchFigures["report"] {
  const readOnly = (): number => {
    let bytes = 0;
    for (const path of listNotes(root)) bytes += readFileSync(join(root, path), "utf8").length;
    return bytes;
  };
  // What `report --json` does, without writing to the terminal.
  const report = (): number => JSON.stringify(buildReport(indexVault(root)), null, 2).length;

  const [warm, reps] = REPORT_REPS;
  const readTimes: number[] = [];
  const reportTimes: number[] = [];
  for (let i = 0; i < warm + reps; i++) {
    // Alternate, so both see the same state of the file cache.
    gc();
    let t = now();
    sink += readOnly();
    const r = ms(t);
    gc();
    t = now();
    sink += report();
    const p = ms(t);
    if (i >= warm) {
      readTimes.push(r);
      reportTimes.push(p);
    }
  }

  // Where the report's time goes, one stage at a time (medians).
  const list: number[] = [];
  const read: number[] = [];
  const parse: number[] = [];
  const index: number[] = [];
  const json: number[] = [];
  let notes = 0;
  let bytes = 0;
  for (let i = 0; i < reps; i++) {
    gc();
    let t = now();
    const paths = listNotes(root);
    list.push(ms(t));
    t = now();
    const texts = paths.map((p) => readFileSync(join(root, p), "utf8"));
    read.push(ms(t));
    t = now();
    const metas = paths.map((p, j) => readNote(p, texts[j] ?? "", parseYamlPackage, 0, { links: false }));
    parse.push(ms(t));
    t = now();
    const idx = new PostingIndex(defaultSettings(), { keepNotes: false });
    idx.load(metas);
    index.push(ms(t));
    t = now();
    sink += JSON.stringify(buildReport(idx), null, 2).length;
    json.push(ms(t));
    notes = paths.length;
    bytes = texts.reduce((a, x) => a + x.length, 0);
  }

  // The command as a user runs it: a new Node process, output thrown away.
  const cli = process.argv[1];
  const endToEnd: number[] = [];
  if (cli !== undefined && cli.endsWith(".cjs") && existsSync(cli)) {
    for (let i = 0; i < 3; i++) {
      const t = now();
      const r = spawnSync(process.execPath, [cli, "report", root, "--json"], { stdio: ["ignore", "ignore", "inherit"] });
      if (r.status === 0) endToEnd.push(ms(t));
    }
  }

  const readOnlyMs = median(readTimes);
  const reportMs = median(reportTimes);
  return {
    postings,
    notes,
    megabytes: round(bytes / 1e6, 1),
    readOnlyMs,
    reportMs,
    ratio: reportMs / readOnlyMs,
    splits: { listMs: median(list), readMs: median(read), parseMs: median(parse), indexMs: median(index), jsonMs: median(json) },
    endToEndMs: endToEnd.length > 0 ? median(endToEnd) : NaN,
  };
}

// ---------------------------------------------------------------------------------------------
// 4: the dashboard in headless Chromium

interface PageRender {
  first: { script: number; total: number }[];
  rerender: { script: number; total: number; moved: boolean }[];
  forced: number[];
  cards: number;
}

/** Runs in the preview page: times fresh dashboards, re-renders after one note changes, and forced re-renders. */
function renderScript(firstReps: number, changes: [string, string][]): string {
  return `(async () => {
  const jh = window.jobHunt;
  const app = jh.app;
  const plugin = jh.plugin;
  const TYPE = "job-hunt-dashboard";
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const layout = () => document.body.offsetHeight + document.body.getBoundingClientRect().height;
  const view = () => app.workspace.getLeavesOfType(TYPE)[0].view;
  const first = [];
  for (let i = 0; i < ${firstReps + 1}; i++) {
    app.workspace.detachLeavesOfType(TYPE);
    await sleep(150);
    layout();
    const t0 = performance.now();
    await plugin.openDashboard();
    const t1 = performance.now();
    await Promise.resolve();
    layout();
    const t2 = performance.now();
    if (i > 0) first.push({ script: t1 - t0, total: t2 - t0 });
  }
  await sleep(300);
  const rerender = [];
  const changes = ${JSON.stringify(changes)};
  for (const [path, text] of changes) {
    const file = app.vault.getFileByPath(path);
    if (!file) throw new Error("No such note in the page: " + path);
    const before = plugin.index.revision;
    await app.vault.modify(file, text);
    await app.metadataCache.settled();
    const moved = plugin.index.revision !== before;
    const v = view();
    const t0 = performance.now();
    v.refresh();
    const t1 = performance.now();
    layout();
    const t2 = performance.now();
    rerender.push({ script: t1 - t0, total: t2 - t0, moved });
    await sleep(300);
  }
  const forced = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    view().refresh(true);
    layout();
    forced.push(performance.now() - t0);
    await sleep(100);
  }
  const cards = document.querySelectorAll(".job-hunt-card").length;
  return { first, rerender, forced: forced.slice(1), cards };
})()`;
}

async function measureRender(root: string, vault: BenchVault): Promise<{ figures: RenderFigures; browser: string }> {
  const session = await openPreview({ vault: root, timeoutMs: 600_000 });
  try {
    const postingSet = new Set(vault.postingPaths);
    const candidates = vault.notes.filter((n) => postingSet.has(n.path) && /^stage:/im.test(n.text) && /^company: \S/im.test(n.text));
    const step = Math.max(1, Math.floor(candidates.length / RENDER_CHANGES));
    const changes: [string, string][] = [];
    for (let i = 0; i < RENDER_CHANGES; i++) {
      const note = candidates[i * step];
      if (note) changes.push([note.path, changePosting(note.text, i)]);
    }
    const result = await session.page.evaluate<PageRender>(renderScript(RENDER_FIRST_REPS, changes));
    const stale = result.rerender.filter((r) => !r.moved).length;
    if (stale > 0) log(`warning: ${stale} change(s) did not move the index's revision`);
    const firstMs = median(result.first.map((f) => f.total));
    return {
      figures: {
        firstMs,
        firstScriptMs: median(result.first.map((f) => f.script)),
        rerenderMs: median(result.rerender.map((r) => r.total)),
        rerenderScriptMs: median(result.rerender.map((r) => r.script)),
        forcedRefreshMs: median(result.forced),
        cards: result.cards,
        firstSamplesMs: result.first.map((x) => round(x.total, 1)),
        rerenderSamplesMs: result.rerender.map((x) => round(x.total, 1)),
        pageErrors: [...session.errors],
      },
      browser: `Chromium ${session.browser.version()}`,
    };
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 6: onload and main.js

type JsdomModule = typeof Jsdom;

interface BenchWindow {
  eval(code: string): unknown;
  close(): void;
  jobHuntBenchOnload?: OnloadRunner;
}

async function measureOnload(root: string, files: Record<string, string>): Promise<BenchFigures["onload"]> {
  const bundle = await build({
    absWorkingDir: root,
    entryPoints: ["cli/bench-onload.ts"],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2021",
    alias: { obsidian: "./tests/fake-obsidian/index.ts" },
    mangleProps: manglePropsPattern(root),
    write: false,
    outfile: "build/bench-onload.js",
    logLevel: "silent",
  });
  const js = bundle.outputFiles.find((f) => f.path.endsWith(".js"))?.text;
  if (js === undefined) throw new Error("esbuild wrote no onload bundle.");
  // jsdom comes with the test tooling (jest-environment-jsdom); it is loaded from node_modules.
  const { JSDOM } = createRequire(join(root, "package.json"))("jsdom") as JsdomModule;
  const data = JSON.parse(JSON.stringify(defaultSettings())) as unknown;
  const cold: number[] = [];
  const warm: number[] = [];
  let postingsAfterOnload = 0;
  let commands = 0;
  for (let round = 0; round < ONLOAD_ROUNDS; round++) {
    const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { runScripts: "outside-only", pretendToBeVisual: true });
    const win = dom.window as unknown as BenchWindow;
    try {
      win.eval(js);
      const runner = win.jobHuntBenchOnload;
      if (!runner) throw new Error("The onload bundle did not start.");
      const input: OnloadInput = { files, data, reps: ONLOAD_REPS_PER_ROUND };
      const result: OnloadResult = await runner(input);
      const [first, ...rest] = result.timesMs;
      if (first !== undefined) cold.push(first);
      warm.push(...rest.slice(2));
      postingsAfterOnload = Math.max(postingsAfterOnload, result.postingsAfterOnload);
      commands = result.commands;
    } finally {
      win.close();
    }
  }
  return {
    medianMs: median(cold),
    coldSamplesMs: cold.map((x) => round(x)),
    warmMedianMs: median(warm),
    rounds: ONLOAD_ROUNDS,
    repsPerRound: ONLOAD_REPS_PER_ROUND,
    postingsAfterOnload,
    commands,
  };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function measureMainJs(root: string): BenchFigures["mainJs"] {
  const file = join(root, "main.js");
  const stale = !existsSync(file) || statSync(file).mtimeMs < newestMtime(join(root, "src"));
  if (stale) {
    const r = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`The production build of main.js failed.\n${r.stderr}`);
  }
  const body = readFileSync(file);
  return { bytes: body.length, kilobytes: round(body.length / 1024, 1), gzipKilobytes: round(gzipSync(body).length / 1024, 1), rebuilt: stale };
}

// ---------------------------------------------------------------------------------------------
// The run

function k(size: number): string {
  return size >= 1000 ? `${size / 1000}k` : String(size);
}

function machine(): BenchResult["machine"] {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? "unknown",
    memory: totalmem(),
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${platform()} ${release()} ${arch()}`,
  };
}

export function budgetsOf(f: BenchFigures): Budget[] {
  const b = (name: string, value: number, limit: number, unit: string): Budget => ({
    name,
    value: round(value),
    limit,
    unit,
    holds: Number.isFinite(value) && value <= limit,
  });
  return [
    b("Full index build at 10k / floor", f.buildToFloor["10000"] ?? NaN, BUDGETS.buildToFloor, "x"),
    b("One-note update at 50k", f.updateMs["50000"] ?? NaN, BUDGETS.updateMs50k, "ms"),
    b("One-note update 50k / 1k", f.update50kTo1k, BUDGETS.update50kTo1k, "x"),
    b("First render at 10k", f.render["10000"]?.firstMs ?? NaN, BUDGETS.firstRenderMs10k, "ms"),
    b("Re-render after one change at 10k", f.render["10000"]?.rerenderMs ?? NaN, BUDGETS.rerenderMs10k, "ms"),
    b("Report at 10k / read-only", f.report.ratio, BUDGETS.reportToRead, "x"),
    b("Plugin onload", f.onload.medianMs, BUDGETS.onloadMs, "ms"),
    b("main.js (minified)", f.mainJs.kilobytes, BUDGETS.mainJsKb, "KB"),
  ];
}

export async function runBench(): Promise<BenchResult> {
  const started = now();
  const root = projectRoot();
  const tmp = mkdtempSync(join(tmpdir(), "job-hunt-bench-"));
  const f: BenchFigures = {
    vaults: {},
    parseMs: {},
    floorMs: {},
    minimalMs: {},
    minimalToFloor: {},
    buildMs: {},
    buildLoadMs: {},
    buildStatsMs: {},
    buildToFloor: {},
    updateMs: {},
    updateP95Ms: {},
    updateUpsertMs: {},
    updateStatsMs: {},
    update50kTo1k: NaN,
    roadmapUpdateMs: {},
    render: {},
    browser: "",
    report: {
      postings: 0, notes: 0, megabytes: 0, readOnlyMs: NaN, reportMs: NaN, ratio: NaN,
      splits: { listMs: NaN, readMs: NaN, parseMs: NaN, indexMs: NaN, jsonMs: NaN }, endToEndMs: NaN,
    },
    onload: { medianMs: NaN, coldSamplesMs: [], warmMedianMs: NaN, rounds: 0, repsPerRound: 0, postingsAfterOnload: 0, commands: 0 },
    mainJs: { bytes: 0, kilobytes: NaN, gzipKilobytes: NaN, rebuilt: false },
    memory: { postings: 0, notes: 0, indexBytes: 0, indexBytesPerPosting: NaN, metadataBytes: 0, metadataBytesPerNote: NaN, totalBytesPerPosting: NaN },
    reps: {
      floor: REPS.floor, build: REPS.build, updateWarmup: UPDATE_WARMUP, updateChanges: UPDATE_CHANGES,
      report: REPORT_REPS, renderFirst: RENDER_FIRST_REPS, renderChanges: RENDER_CHANGES,
      onloadRounds: ONLOAD_ROUNDS, onloadRepsPerRound: ONLOAD_REPS_PER_ROUND,
    },
    seconds: 0,
  };
  try {
    const onDisk = new Map<number, { dir: string; vault: BenchVault }>();
    let onloadFiles: Record<string, string> = {};
    for (const size of SIZES) {
      log(`generating ${k(size)} postings`);
      const vault = generateVault({ postings: size, seed: SEED });
      const bytes = vault.notes.reduce((a, n) => a + Buffer.byteLength(n.text), 0);
      log(`${k(size)}: floor, full build, one-note updates`);
      const core = measureCore(size, vault);
      const key = String(size);
      f.vaults[key] = {
        postings: core.postings,
        notes: vault.notes.length,
        roadmaps: vault.roadmapPaths.length,
        unrelated: vault.unrelated,
        brokenYaml: vault.broken,
        megabytes: round(bytes / 1e6, 1),
      };
      f.parseMs[key] = core.parseMs;
      f.floorMs[key] = core.floorMs;
      f.minimalMs[key] = core.minimalMs;
      f.minimalToFloor[key] = core.minimalMs / core.floorMs;
      f.buildMs[key] = core.buildMs;
      f.buildLoadMs[key] = core.buildLoadMs;
      f.buildStatsMs[key] = core.buildStatsMs;
      f.buildToFloor[key] = core.buildMs / core.floorMs;
      f.updateMs[key] = core.updateMs;
      f.updateP95Ms[key] = core.updateP95Ms;
      f.updateUpsertMs[key] = core.updateUpsertMs;
      f.updateStatsMs[key] = core.updateStatsMs;
      f.roadmapUpdateMs[key] = core.roadmapUpdateMs;

      if (size === MEMORY_SIZE) {
        log(`${k(size)}: memory per posting`);
        f.memory = measureMemory(vault);
      }
      if ((RENDER_SIZES as readonly number[]).includes(size) || size === REPORT_SIZE) {
        const dir = join(tmp, `vault-${k(size)}`);
        writeVault(vault, dir);
        onDisk.set(size, { dir, vault });
      }
      if (size === RENDER_SIZES[0]) onloadFiles = Object.fromEntries(vault.notes.map((n) => [n.path, n.text]));
    }
    const first = f.updateMs["1000"];
    const last = f.updateMs["50000"];
    if (first !== undefined && last !== undefined) f.update50kTo1k = last / first;

    const reportVault = onDisk.get(REPORT_SIZE);
    if (reportVault !== undefined) {
      log(`${k(REPORT_SIZE)}: the report command on disk`);
      f.report = measureReport(reportVault.dir, f.vaults[String(REPORT_SIZE)]?.postings ?? 0);
    }

    for (const size of RENDER_SIZES) {
      const disk = onDisk.get(size);
      if (disk === undefined) continue;
      log(`${k(size)}: the dashboard in Chromium`);
      const { figures, browser } = await measureRender(disk.dir, disk.vault);
      f.render[String(size)] = figures;
      f.browser = browser;
      if (figures.pageErrors.length > 0) log(`the page reported problems:\n  ${figures.pageErrors.join("\n  ")}`);
    }

    log("plugin onload");
    f.onload = await measureOnload(root, onloadFiles);
    if (f.onload.postingsAfterOnload > 0) log("warning: the plugin indexed notes during onload, before the layout was ready");
    log("main.js");
    f.mainJs = measureMainJs(root);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  f.seconds = round(ms(started) / 1000, 1);
  if (sink === 0.5) log("unreachable");
  return { machine: machine(), figures: f, budgets: budgetsOf(f) };
}

// ---------------------------------------------------------------------------------------------
// Output

function num(n: number | undefined, digits = 2): string {
  if (n === undefined || !Number.isFinite(n)) return "n/a";
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString("en-US");
  if (Math.abs(n) >= 100) return n.toFixed(Math.min(digits, 1));
  return n.toFixed(digits);
}

/** The table: figure, value, unit, budget, holds. */
export function formatBench(result: BenchResult): string {
  const f = result.figures;
  const rows: [string, string, string, string, string][] = [];
  const row = (figure: string, value: number | undefined, unit: string, budget = "", holds = ""): void => {
    rows.push([figure, num(value, unit === "ms" ? 3 : unit === "bytes" ? 0 : 1), unit, budget, holds]);
  };
  const budget = (name: string): [string, string] => {
    const b = result.budgets.find((x) => x.name === name);
    return b ? [`<= ${b.limit} ${b.unit}`, b.holds ? "yes" : "NO"] : ["", ""];
  };
  for (const size of SIZES) {
    const v = f.vaults[String(size)];
    if (v) {
      const what = `${v.postings.toLocaleString("en-US")} postings, ${v.roadmaps.toLocaleString("en-US")} roadmaps, ${v.unrelated.toLocaleString("en-US")} other`;
      rows.push([`Vault ${k(size)}: ${what}`, v.notes.toLocaleString("en-US"), `notes, ${v.megabytes} MB`, "", ""]);
    }
  }
  for (const size of SIZES) row(`1. Floor: touch every frontmatter field, ${k(size)}`, f.floorMs[String(size)], "ms");
  for (const size of SIZES) row(`   minimal index (a reference), ${k(size)}`, f.minimalMs[String(size)], "ms");
  for (const size of SIZES) row(`   minimal / floor, ${k(size)}`, f.minimalToFloor[String(size)], "x");
  for (const size of SIZES) row(`2. Full index build (load + stats), ${k(size)}`, f.buildMs[String(size)], "ms");
  for (const size of SIZES) {
    const s = String(size);
    row(`   build / floor, ${k(size)}`, f.buildToFloor[s], "x", ...(size === 10_000 ? budget("Full index build at 10k / floor") : ["", ""]));
  }
  for (const size of SIZES) {
    row(`3. One-note update + stats, ${k(size)}`, f.updateMs[String(size)], "ms", ...(size === 50_000 ? budget("One-note update at 50k") : ["", ""]));
  }
  row("   update 50k / 1k", f.update50kTo1k, "x", ...budget("One-note update 50k / 1k"));
  for (const size of SIZES) row(`   of which stats(), ${k(size)}`, f.updateStatsMs[String(size)], "ms");
  for (const size of RENDER_SIZES) {
    const r = f.render[String(size)];
    row(`4. First render (fresh view), ${k(size)}`, r?.firstMs, "ms", ...(size === 10_000 ? budget("First render at 10k") : ["", ""]));
  }
  for (const size of RENDER_SIZES) {
    const r = f.render[String(size)];
    row(`   Re-render after one change, ${k(size)}`, r?.rerenderMs, "ms", ...(size === 10_000 ? budget("Re-render after one change at 10k") : ["", ""]));
  }
  row(`5. Read-only: list and read ${f.report.notes.toLocaleString("en-US")} files`, f.report.readOnlyMs, "ms");
  row("   report --json on the same vault", f.report.reportMs, "ms");
  row("   report / read-only", f.report.ratio, "x", ...budget("Report at 10k / read-only"));
  row("6. Plugin onload (cold, layout not ready)", f.onload.medianMs, "ms", ...budget("Plugin onload"));
  row("   main.js, minified", f.mainJs.kilobytes, "KB", ...budget("main.js (minified)"));
  row(`7. Index memory per posting, ${k(MEMORY_SIZE)}`, f.memory.indexBytesPerPosting, "bytes");
  row("   with its parsed frontmatter", f.memory.totalBytesPerPosting, "bytes");

  const head: [string, string, string, string, string] = ["Figure", "Value", "Unit", "Budget", "Holds"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]): string =>
    r.map((c, i) => (i === 1 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join("  ").trimEnd();
  const m = result.machine;
  const held = result.budgets.filter((b) => b.holds).length;
  return [
    `Job Hunt benchmark: ${m.cpuModel}, ${m.cpus} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}${f.browser ? `, ${f.browser}` : ""}`,
    "",
    line(head),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    "",
    `Budgets: ${held} of ${result.budgets.length} hold. Medians after warm-up; ${f.seconds} s in all.`,
    "",
  ].join("\n");
}

export async function benchCommand(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== "--json");
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument: ${unknown.join(" ")}\nUsage: npm run bench [-- --json]\n`);
    return 2;
  }
  const result = await runBench();
  process.stdout.write(args.includes("--json") ? JSON.stringify(result, null, 2) + "\n" : formatBench(result));
  return 0;
}
