// The lint rules that keep note text out of the page's markup are on, as errors, in this repo's
// ESLint config: a snippet under src/ that writes HTML is reported, one that sets text is not.
// ESLint loads its ES-module config with a dynamic import, which the test runner's module system
// does not allow, so the linting runs in a child Node process (the ESLint class, lintText).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");

interface Finding {
  line: number;
  ruleId: string | null;
  severity: number;
}

/** Lints each snippet as if it were the file at its path (which does not exist on disk). */
const LINT = `
import { ESLint } from "eslint";
let input = "";
for await (const chunk of process.stdin) input += chunk;
const snippets = JSON.parse(input);
// The virtual files are not in tsconfig's file list, so the type-aware parser needs them in its default project.
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: { allowDefaultProject: snippets.map((s) => s.filePath) } } } },
});
const out = [];
for (const { code, filePath } of snippets) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.map(({ line, ruleId, severity }) => ({ line, ruleId, severity })));
}
process.stdout.write(JSON.stringify(out));
`;

function lint(snippets: { code: string; filePath: string }[]): Finding[][] {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", LINT], { cwd: ROOT, input: JSON.stringify(snippets), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`ESLint did not run: ${run.stderr}`);
  return JSON.parse(run.stdout) as Finding[][];
}

const UNSAFE = `export function render(el: HTMLElement, noteText: string): void {
  el.innerHTML = noteText;
  el.outerHTML = noteText;
  el.insertAdjacentHTML("beforeend", noteText);
  document.write(noteText);
  el.innerHTML = "<b>a literal</b>";
}
`;

const SAFE = `export function render(el: HTMLElement, noteText: string): void {
  el.setText(noteText);
  el.createEl("div", { text: noteText });
  el.textContent = noteText;
}
`;

const SECURITY_RULES = new Set(["no-unsanitized/property", "no-unsanitized/method", "@microsoft/sdl/no-inner-html", "@microsoft/sdl/no-document-write"]);

test("innerHTML, outerHTML, insertAdjacentHTML and document.write in plugin code are errors; setting text is fine", () => {
  const unsafePath = "src/ui/lint-probe-unsafe.ts";
  const safePath = "src/ui/lint-probe-safe.ts";
  expect(existsSync(join(ROOT, unsafePath)) || existsSync(join(ROOT, safePath))).toBe(false);
  const [unsafe = [], safe = []] = lint([
    { code: UNSAFE, filePath: unsafePath },
    { code: SAFE, filePath: safePath },
  ]);
  const errors = (line: number): string[] =>
    unsafe
      .filter((f) => f.line === line && f.severity === 2 && f.ruleId !== null && SECURITY_RULES.has(f.ruleId))
      .map((f) => f.ruleId ?? "")
      .sort();
  expect(unsafe.filter((f) => f.ruleId === null)).toEqual([]);
  expect({
    innerHTML: errors(2),
    outerHTML: errors(3),
    insertAdjacentHTML: errors(4),
    "document.write": errors(5),
    "innerHTML with a literal": errors(6),
  }).toEqual({
    innerHTML: ["@microsoft/sdl/no-inner-html", "no-unsanitized/property"],
    outerHTML: ["@microsoft/sdl/no-inner-html", "no-unsanitized/property"],
    insertAdjacentHTML: ["@microsoft/sdl/no-inner-html", "no-unsanitized/method"],
    "document.write": ["@microsoft/sdl/no-document-write", "no-unsanitized/method"],
    "innerHTML with a literal": ["@microsoft/sdl/no-inner-html"],
  });
  expect(safe.filter((f) => f.ruleId !== null && SECURITY_RULES.has(f.ruleId))).toEqual([]);
  expect(safe.filter((f) => f.ruleId === null)).toEqual([]);
});

test("a regular expression with lookbehind in plugin code is an error, in any of its three spellings", () => {
  const path = "src/core/lint-probe-lookbehind.ts";
  expect(existsSync(join(ROOT, path))).toBe(false);
  // The probe is assembled so that this file itself holds no lookbehind for the linter to find.
  const behind = "(?" + "<";
  const code = [
    `export const a = /${behind}=x)y/;`,
    `export const b = new RegExp("${behind}!x)y");`,
    `export const c = (w: string): RegExp => new RegExp(\`${behind}![a-z])\${w}\`);`,
    "export const d = /(?:x)y(?=z)/;",
    "",
  ].join("\n");
  const [found = []] = lint([{ code, filePath: path }]);
  const lines = [...new Set(found.filter((f) => f.severity === 2 && (f.ruleId === "obsidianmd/regex-lookbehind" || f.ruleId === "no-restricted-syntax")).map((f) => f.line))];
  expect(lines.sort()).toEqual([1, 2, 3]);
});

test("the plugin's sentences that ship packed are held to Obsidian's sentence case as if written out", () => {
  // unpackWords("…") hides a text from the rule, which looks at the literal given to setDesc, createEl and the
  // like. The settings tab's descriptions go through its own row() and were never in the rule's sight; they
  // name stages, codes and skills (Rejected, USD, GraphQL), which the rule would take for capitals out of place.
  const texts: string[] = [];
  for (const dir of ["src/ui", "src/obsidian"]) {
    for (const f of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith(".ts") && n !== "settings-tab.ts")) {
      for (const m of readFileSync(join(ROOT, dir, f), "utf8").matchAll(/\bunpackWords\(\s*("(?:[^"\\\n]|\\.)*")\s*\)/g)) texts.push(JSON.parse(m[1] ?? '""') as string);
    }
  }
  expect(texts.length).toBeGreaterThanOrEqual(10);
  const path = "src/ui/lint-probe-sentences.ts";
  expect(existsSync(join(ROOT, path))).toBe(false);
  // The first line is a control: Title Case, which the rule must report.
  const code = [
    'import { Setting } from "obsidian";',
    "export function probe(el: HTMLElement): void {",
    ...["Only Notes In This Folder Count As Postings.", ...texts].map((t) => `  new Setting(el).setDesc(${JSON.stringify(t)});`),
    "}",
    "",
  ].join("\n");
  const [found = []] = lint([{ code, filePath: path }]);
  expect(found.filter((f) => f.ruleId === null)).toEqual([]);
  expect([...new Set(found.filter((f) => f.ruleId === "obsidianmd/ui/sentence-case").map((f) => f.line))]).toEqual([3]);
});
