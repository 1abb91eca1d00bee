// `eval-extract [--json] [--verbose] [--dir <folder>]`: measures the pasted-description extractor against
// the hand-labelled descriptions in tests/fixtures/descriptions. It reports; it never fails a build.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { extractPosting } from "../src/core/extract";
import { withoutLegalForm } from "../src/core/extract/company";
import { SkillCanon } from "../src/core/skills";

const DEFAULT_DIR = "tests/fixtures/descriptions";
const TEXT_FIELDS = ["company", "title", "location", "url"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** A salary reduced to what is compared: amounts within 1%, currency and period exactly. */
interface SalaryFacts {
  min: number | null;
  max: number | null;
  currency: string;
  period: string;
}

/** One side of a comparison: what a label says, or what the extractor returned. */
interface Reading {
  company: string;
  title: string;
  location: string;
  url: string;
  skills: string[];
  salary: SalaryFacts | null;
  remote: boolean;
}

export interface Score {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  file: string;
  field: string;
  expected: unknown;
  got: unknown;
}

export interface Evaluation {
  fields: Record<string, Score & { macroF1?: number | null; falseSalary?: number; labelledNone?: number }>;
  remote: Score & { accuracy: number | null; tn: number };
  descriptions: number;
  errors: Miss[];
}

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  score(): Score {
    const precision = ratio(this.tp, this.tp + this.fp);
    const recall = ratio(this.tp, this.tp + this.fn);
    return { precision, recall, f1: f1(precision, recall), tp: this.tp, fp: this.fp, fn: this.fn };
  }
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

function f1(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function amount(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Reads a label or a prediction without trusting its shape: a missing or odd field reads as empty. */
export function readPosting(value: unknown): Reading {
  const o = isRecord(value) ? value : {};
  const s = o["salary"];
  const salary = isRecord(s)
    ? { min: amount(s["min"]), max: amount(s["max"]), currency: text(s["currency"]).toUpperCase(), period: text(s["period"]).toLowerCase() }
    : null;
  const skills = Array.isArray(o["skills"]) ? o["skills"].filter((x): x is string => typeof x === "string") : [];
  return {
    company: text(o["company"]),
    title: text(o["title"]),
    location: text(o["location"]),
    url: text(o["url"]),
    skills,
    salary: salary && (salary.min !== null || salary.max !== null) ? salary : null,
    remote: o["remote"] === true,
  };
}

/** Case-folded, dashes made one ("RN – ICU" is "RN - ICU"), whitespace collapsed, punctuation trimmed from both ends. */
export function normalizeField(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** Whole words only, so "US" is inside "Remote (US only)" but not inside "Austin". */
function containsWords(outer: string, inner: string): boolean {
  const words = (s: string): string => ` ${s.replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
  const i = words(inner);
  return i.trim() !== "" && words(outer).includes(i);
}

export function fieldMatches(field: TextField, expected: string, got: string): boolean {
  // The reader leaves a company's legal form out on purpose, as people do when they name it.
  const e = normalizeField(field === "company" ? withoutLegalForm(expected) : expected);
  const g = normalizeField(field === "company" ? withoutLegalForm(got) : got);
  if (e === "" || g === "") return false;
  if (e === g) return true;
  return field === "location" && (containsWords(e, g) || containsWords(g, e));
}

function near(expected: number | null, got: number | null): boolean {
  if (expected === null || got === null) return expected === got;
  return Math.abs(expected - got) <= Math.abs(expected) * 0.01;
}

export function salaryMatches(expected: SalaryFacts, got: SalaryFacts): boolean {
  return expected.currency === got.currency && expected.period === got.period && near(expected.min, got.min) && near(expected.max, got.max);
}

interface Pair {
  file: string;
  text: string;
  label: Reading;
}

function loadPairs(dir: string, errors: Miss[]): Pair[] {
  const pairs: Pair[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const labelPath = join(dir, name.replace(/\.txt$/, ".json"));
    if (!existsSync(labelPath)) {
      errors.push({ file: name, field: "label", expected: "a .json label beside the text", got: null });
      continue;
    }
    try {
      const label = readPosting(JSON.parse(readFileSync(labelPath, "utf8")));
      pairs.push({ file: name, text: readFileSync(join(dir, name), "utf8"), label });
    } catch (e) {
      errors.push({ file: name, field: "label", expected: "valid JSON", got: e instanceof Error ? e.message : String(e) });
    }
  }
  return pairs;
}

function predict(pair: Pair, canon: SkillCanon, errors: Miss[]): Reading {
  try {
    return readPosting(extractPosting(pair.text, { canon, defaultCurrency: "USD" }));
  } catch (e) {
    errors.push({ file: pair.file, field: "extractPosting", expected: "no exception", got: e instanceof Error ? e.message : String(e) });
    return readPosting(null);
  }
}

/** Canonical keys of a skill list, each once, with the name to show for it. */
function skillKeys(skills: readonly string[], canon: SkillCanon): Map<string, string> {
  const keys = new Map<string, string>();
  for (const s of skills) {
    const ref = canon.canonical(s);
    if (ref && !keys.has(ref.key)) keys.set(ref.key, s);
  }
  return keys;
}

export function evaluate(dir: string): Evaluation {
  const errors: Miss[] = [];
  const pairs = loadPairs(dir, errors);
  const canon = new SkillCanon();
  const skills = new Tally();
  const perDescriptionF1: number[] = [];
  const strings: Record<TextField, Tally> = { company: new Tally(), title: new Tally(), location: new Tally(), url: new Tally() };
  const salary = new Tally();
  let falseSalary = 0;
  let labelledNone = 0;
  const remote = new Tally();
  let remoteTn = 0;

  for (const pair of pairs) {
    const { file, label } = pair;
    const got = predict(pair, canon, errors);

    const want = skillKeys(label.skills, canon);
    const have = skillKeys(got.skills, canon);
    const missed = [...want].filter(([k]) => !have.has(k)).map(([, name]) => name);
    const extra = [...have].filter(([k]) => !want.has(k)).map(([, name]) => name);
    const hits = want.size - missed.length;
    skills.tp += hits;
    skills.fn += missed.length;
    skills.fp += extra.length;
    perDescriptionF1.push(want.size + have.size === 0 ? 1 : (2 * hits) / (want.size + have.size));
    if (missed.length + extra.length > 0) errors.push({ file, field: "skills", expected: missed, got: extra });

    for (const field of TEXT_FIELDS) {
      const e = label[field];
      const g = got[field];
      const ok = fieldMatches(field, e, g);
      if (ok) strings[field].tp++;
      if (!ok && g.trim() !== "") strings[field].fp++;
      if (!ok && e.trim() !== "") strings[field].fn++;
      if (!ok && (e.trim() !== "" || g.trim() !== "")) errors.push({ file, field, expected: e, got: g });
    }

    const ok = label.salary !== null && got.salary !== null && salaryMatches(label.salary, got.salary);
    if (label.salary === null) labelledNone++;
    if (ok) salary.tp++;
    if (!ok && got.salary !== null) salary.fp++;
    if (!ok && label.salary !== null) salary.fn++;
    if (label.salary === null && got.salary !== null) falseSalary++;
    if (!ok && (label.salary !== null || got.salary !== null)) errors.push({ file, field: "salary", expected: label.salary, got: got.salary });

    if (label.remote && got.remote) remote.tp++;
    else if (!label.remote && got.remote) remote.fp++;
    else if (label.remote && !got.remote) remote.fn++;
    else remoteTn++;
    if (label.remote !== got.remote) errors.push({ file, field: "remote", expected: label.remote, got: got.remote });
  }

  const macroF1 = perDescriptionF1.length === 0 ? null : perDescriptionF1.reduce((a, b) => a + b, 0) / perDescriptionF1.length;
  return {
    fields: {
      skills: { ...skills.score(), macroF1 },
      company: strings.company.score(),
      title: strings.title.score(),
      location: strings.location.score(),
      url: strings.url.score(),
      salary: { ...salary.score(), falseSalary, labelledNone },
    },
    remote: { ...remote.score(), accuracy: ratio(remote.tp + remoteTn, pairs.length), tn: remoteTn },
    descriptions: pairs.length,
    errors,
  };
}

function fmt(value: number | null | undefined): string {
  return value === null || value === undefined ? "-" : value.toFixed(3);
}

function show(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value);
}

export function formatEvaluation(result: Evaluation, verbose: boolean): string {
  const rows: string[][] = [["field", "precision", "recall", "F1", "n"]];
  for (const [name, s] of Object.entries(result.fields)) rows.push([name, fmt(s.precision), fmt(s.recall), fmt(s.f1), String(s.tp + s.fn)]);
  const r = result.remote;
  rows.push(["remote", fmt(r.precision), fmt(r.recall), fmt(r.f1), String(r.tp + r.fn)]);
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  const lines = [`Extractor evaluation over ${result.descriptions} labelled descriptions`, ""];
  for (const row of rows) lines.push(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "));
  const sk = result.fields["skills"];
  const sal = result.fields["salary"];
  lines.push("");
  lines.push(`skills: macro F1 ${fmt(sk?.macroF1)} (per description, averaged); n = labelled (description, skill) pairs`);
  lines.push(`salary: false salary on ${sal?.falseSalary ?? 0} of ${sal?.labelledNone ?? 0} descriptions that state no pay`);
  lines.push(`remote: accuracy ${fmt(r.accuracy)}; precision and recall are for remote = true`);
  if (verbose) {
    lines.push("", `Misses (${result.errors.length}):`);
    for (const m of result.errors) {
      const detail =
        m.field === "skills" ? `missed ${show(m.expected)}, extra ${show(m.got)}` : `expected ${show(m.expected)}, got ${show(m.got)}`;
      lines.push(`  ${m.file}  ${m.field}: ${detail}`);
    }
  }
  return lines.join("\n") + "\n";
}

const USAGE = "Usage: eval-extract [--json] [--verbose] [--dir <folder of NN-name.txt + NN-name.json>]\n";

export function evalExtractCommand(args: string[]): number {
  let json = false;
  let verbose = false;
  let dir = DEFAULT_DIR;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") json = true;
    else if (a === "--verbose") verbose = true;
    else if (a === "--dir" && args[i + 1] !== undefined) dir = args[++i] ?? dir;
    else {
      process.stderr.write(USAGE);
      return 2;
    }
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    process.stderr.write(`Not a folder: ${dir}\n${USAGE}`);
    return 2;
  }
  const result = evaluate(dir);
  if (result.descriptions === 0) process.stderr.write(`No labelled descriptions in ${basename(dir)}\n`);
  process.stdout.write(json ? JSON.stringify(result, null, 2) + "\n" : formatEvaluation(result, verbose));
  return 0;
}
