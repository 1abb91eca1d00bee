// The labelled job descriptions that measure the extractor: every text has a well-formed label,
// every label uses the vocabulary's spelling, and the set keeps its size, its no-pay cases and its traps.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SkillCanon } from "../../src/core/skills";

const DIR = join(__dirname, "../fixtures/descriptions");
const KEYS = ["company", "location", "remote", "salary", "skills", "title", "url"];
const SALARY_KEYS = ["currency", "max", "min", "period"];
const PERIODS = ["year", "month", "week", "day", "hour"];

const files = readdirSync(DIR);
const stems = (ext: string): string[] =>
  files
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
const texts = stems(".txt");
const labels = stems(".json");

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readLabel(stem: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(readFileSync(join(DIR, `${stem}.json`), "utf8"));
  if (!isRecord(parsed)) throw new Error(`${stem}.json is not an object`);
  return parsed;
}

/** How a reader compares what they copied with the text: case and spacing do not matter. */
function fold(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ");
}

interface Pair {
  stem: string;
  text: string;
  label: Record<string, unknown>;
}

const pairs: Pair[] = texts.filter((t) => labels.includes(t)).map((stem) => ({ stem, text: readFileSync(join(DIR, `${stem}.txt`), "utf8"), label: readLabel(stem) }));

describe("the labelled description set", () => {
  test("every text has a label and every label has a text", () => {
    expect(texts).toEqual(labels);
  });

  test("only NN-short-name.txt / .json pairs and the README live in the folder", () => {
    for (const f of files) expect(f).toMatch(/^(\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.(txt|json)|README\.md)$/);
  });

  test("has at least 40 pairs, 8 without pay and 8 marked traps", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    expect(pairs.filter((p) => p.label["salary"] === null).length).toBeGreaterThanOrEqual(8);
    expect(pairs.filter((p) => typeof p.label["notes"] === "string" && /\btrap\b/i.test(p.label["notes"])).length).toBeGreaterThanOrEqual(8);
  });

  test.each(pairs.map((p) => [p.stem, p] as const))("%s: keys and types", (_stem: string, { label, text }: Pair) => {
    expect(Object.keys(label).filter((k) => k !== "notes").sort()).toEqual(KEYS);
    if ("notes" in label) expect(typeof label["notes"]).toBe("string");
    for (const k of ["company", "title", "location", "url"]) expect(typeof label[k]).toBe("string");
    expect(typeof label["remote"]).toBe("boolean");
    expect(Array.isArray(label["skills"])).toBe(true);
    expect(text.trim().length).toBeGreaterThan(200);
  });

  test.each(pairs.map((p) => [p.stem, p] as const))("%s: company, title, location and url are copied from the text", (_stem: string, { label, text }: Pair) => {
    const body = fold(text);
    expect(label["title"]).not.toBe("");
    for (const k of ["company", "title", "location", "url"]) {
      const value = label[k];
      if (typeof value === "string" && value !== "") expect(body).toContain(fold(value));
    }
    const url = label["url"];
    if (typeof url === "string" && url !== "") expect(url).toMatch(/^https?:\/\/\S+$/);
  });

  test.each(pairs.map((p) => [p.stem, p] as const))("%s: skills are canonical vocabulary names, each once", (_stem: string, { label }: Pair) => {
    const canon = new SkillCanon();
    const raw = label["skills"];
    if (!Array.isArray(raw)) throw new Error("skills is not a list");
    const skills: readonly unknown[] = raw;
    for (const s of skills) {
      expect(typeof s).toBe("string");
      const ref = canon.canonical(String(s));
      expect({ skill: s, name: ref?.name, known: ref?.known }).toEqual({ skill: s, name: s, known: true });
    }
    expect(new Set(skills).size).toBe(skills.length);
  });

  test.each(pairs.map((p) => [p.stem, p] as const))("%s: salary is null or a sound range", (_stem: string, { label }: Pair) => {
    const salary = label["salary"];
    if (salary === null) return;
    if (!isRecord(salary)) throw new Error("salary is neither null nor an object");
    expect(Object.keys(salary).sort()).toEqual(SALARY_KEYS);
    const { min, max, currency, period } = salary;
    for (const n of [min, max]) {
      if (n !== null) {
        expect(typeof n).toBe("number");
        expect(Number.isFinite(n) && Number(n) > 0).toBe(true);
      }
    }
    expect(min !== null || max !== null).toBe(true);
    if (typeof min === "number" && typeof max === "number") expect(min).toBeLessThanOrEqual(max);
    expect(currency).toMatch(/^[A-Z]{3}$/);
    expect(PERIODS).toContain(period);
  });
});
