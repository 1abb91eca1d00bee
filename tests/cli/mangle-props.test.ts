// The names main.js shortens (mangle-props.json) must be ones only the plugin's own code reads as
// properties. A name that is also a regular expression's named group, a string (a key looked up by
// its text, a placeholder) or a key of saved settings would break in main.js while every test of the
// source still passes, so each is looked for here, as is a name Obsidian's API declares.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultSettings } from "../../src/core/settings";

const root = join(__dirname, "..", "..");
const { names } = JSON.parse(readFileSync(join(root, "mangle-props.json"), "utf8")) as { names: string[] };

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sources(path) : e.name.endsWith(".ts") ? [path] : [];
  });
}
const src = sources(join(root, "src")).map((path) => ({ path, text: readFileSync(path, "utf8") }));

test("the list holds names, each once", () => {
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toMatch(/^[A-Za-z_$][\w$]*$/);
  expect(new Set(names).size).toBe(names.length);
});

/** Every key of the saved settings, nested ones (the dashboard's filters) included. */
function keysOf(value: unknown): string[] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
}
const savedKeys = new Set(keysOf(defaultSettings()));

test.each(names)("%s is no named group, no key looked up by its text and no saved setting", (name) => {
  const q = `["'\`]${name}["'\`]`;
  // "(?<mult>…)" read as groups.mult; obj["name"]; "name" in obj; { "name": … }.
  const uses = [new RegExp(`\\(\\?<${name}>`), new RegExp(`\\[\\s*${q}\\s*\\]`), new RegExp(`${q}\\s+in\\s`), new RegExp(`${q}\\s*:`)];
  const found = src.flatMap(({ path, text }) => (uses.some((re) => re.test(text)) ? [path] : []));
  expect(found).toEqual([]);
  expect(savedKeys.has(name)).toBe(false);
});

/** The property and method names Obsidian's API declares: a shortened one would miss a read of Obsidian's own. */
const obsidianApi = readFileSync(join(root, "node_modules", "obsidian", "obsidian.d.ts"), "utf8");

test.each(names)("%s is not a property or method Obsidian's API declares", (name) => {
  expect(new RegExp(`^\\s+(?:(?:readonly|static|protected|private|abstract)\\s+)*${name}\\??\\s*[:(<]`, "m").test(obsidianApi)).toBe(false);
});

test("the guard finds a name Obsidian's API declares", () => {
  expect(new RegExp(`^\\s+(?:(?:readonly|static|protected|private|abstract)\\s+)*errorEl\\??\\s*[:(<]`, "m").test(obsidianApi)).toBe(true);
});

test("the guard finds a named group", () => {
  expect(/\(\?<mult>/.test(readFileSync(join(root, "src/core/extract/pay.ts"), "utf8"))).toBe(true);
  expect(names).not.toContain("mult");
});
