// Fuzzing every parser and writer with arbitrary input. The core's own tests (tests/core) already
// hold many properties; these add what they leave out: every field of a posting at once, full
// Unicode, hostile numbers, user synonyms, arbitrary templates, file names checked against each
// platform's own rules, whole CSV files, and YAML scalars read back by the `yaml` package.
import fc from "fast-check";
import { formatISO } from "date-fns";
import { parse } from "yaml";
import { csvCell, CSV_COLUMNS, postingsToCsv } from "../../src/core/csv";
import { readCsv, withoutBom } from "../read-csv";
import { extractPosting } from "../../src/core/extract";
import { cleanFolderPath, freeNotePath, MAX_NAME_BYTES, MAX_NAME_LENGTH, sanitizeFileName } from "../../src/core/filename";
import { yamlScalar } from "../../src/core/frontmatter-edit";
import { FieldReader, fieldKey } from "../../src/core/frontmatter-fields";
import { defaultPostingTemplate, emptyDraft, postingFileName, postingTemplateInput, type PostingDraft } from "../../src/core/new-posting";
import { findFrontmatter, type NoteMeta } from "../../src/core/note-reader";
import { readPosting, type Posting, type PostingContext } from "../../src/core/posting";
import { parseSalary, type Salary } from "../../src/core/salary";
import { defaultSettings } from "../../src/core/settings";
import { SkillCanon, skillKey, splitSkills } from "../../src/core/skills";
import { StagePipeline } from "../../src/core/stages";
import { renderTemplate, TemplateError, type TemplateInput, type TemplateValue } from "../../src/core/template";

/** What Obsidian's parseYaml does: the `yaml` package, throwing on invalid YAML. */
const parseYaml = (text: string): unknown => parse(text, { maxAliasCount: 100, prettyErrors: false, logLevel: "error" });

const NOW = new Date(Date.UTC(2026, 10, 23, 9, 30, 0));

// ---- arbitraries -------------------------------------------------------------------------------

/** Pieces that trip YAML, Markdown, HTML, CSV, file systems and bidi handling. */
const trickyPiece = fc.constantFrom(
  '"', "'", ":", ": ", "#", " #", "[[", "]]", "[", "]", "{", "}", "{{", "}}", ",", "- ", "-", "?", "|", ">", "&", "*", "!", "%", "@", "`",
  "\n", "\r\n", "\r", "\t", " ", "  ", "\u00a0", "\u2028", "\u2029", "\ufeff", "\u0085", "\u0000", "\u001f", "\u007f", "\u009f",
  "yes", "no", "No", "null", "~", "true", "False", "0x1F", "1e3", "123", "-1", ".inf", ".NaN", "2026-11-23", "=", "+", "@SUM(A1)", "=cmd|' /C calc'!A0",
  "---", "...", "\\", "/", "..", "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "CON", "nul", ".txt", "COM1",
  "é", "e\u0301", "😀", "👩‍💻", "🇩🇪", "مهندس", "עברית", "\u200f", "\u202e", "中文", "\uD800", "\uDFFF",
);
const tricky = fc.array(trickyPiece, { maxLength: 12 }).map((p) => p.join(""));
/** Any string a user might type or paste, from plain to hostile. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  tricky,
  fc.tuple(tricky, fc.string({ unit: "binary", maxLength: 10 }), tricky).map((p) => p.join("")),
);
/** Any value YAML or a plugin can put in frontmatter. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  anyText,
  fc.jsonValue(),
  fc.anything({ withDate: true, withBigInt: true, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }),
  fc.array(fc.oneof(anyText, fc.integer(), fc.constant(null)), { maxLength: 5 }),
  fc.double(),
);

const settings = defaultSettings();
const ctx: PostingContext = { settings, stages: new StagePipeline(settings.stages), skills: new SkillCanon() };

function meta(frontmatter: Record<string, unknown>): NoteMeta {
  return { path: "Jobs/Fuzz note.md", frontmatter, brokenFrontmatter: null, aliases: [], tasks: { done: 1, total: 2 }, links: [], mtime: 1_700_000_000_000 };
}

/** Amounts are null or whole, finite, non-negative numbers, and the low end is not above the high end. */
function expectSaneSalary(s: Salary | null): void {
  if (s === null) return;
  for (const n of [s.min, s.max]) {
    if (n === null) continue;
    expect(Number.isFinite(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
  }
  if (s.min !== null && s.max !== null) expect(s.min).toBeLessThanOrEqual(s.max);
  expect(s.currency).toMatch(/^[A-Z]{3}$/);
  expect(["year", "month", "week", "day", "hour"]).toContain(s.period);
  expect(typeof s.text).toBe("string");
}

const WORD = /[\p{L}\p{N}]/u;

// ---- frontmatter normalization and readPosting ---------------------------------------------------

describe("readPosting", () => {
  const FIELDS = ["title", "Stage", "Skills", "Salary", "Location", "Remote", "Job_Posting", "modified", "Stage_History", "Role", "URL"];

  test("any value in every field at once: never throws, and every field of the posting is well formed", () => {
    fc.assert(
      fc.property(anyValue, fc.array(anyValue, { minLength: FIELDS.length, maxLength: FIELDS.length }), fc.dictionary(fc.string(), anyValue, { maxKeys: 3 }), (company, values, rest) => {
        const frontmatter: Record<string, unknown> = { ...rest, Company: company };
        FIELDS.forEach((f, i) => (frontmatter[f] = values[i]));
        const { posting: p, problems } = readPosting(meta(frontmatter), ctx);
        for (const message of problems) expect(message).toMatch(/^\S.*\.$/);
        if (p === null) return;
        for (const text of [p.company, p.title, p.stage, p.location, p.url]) expect(typeof text).toBe("string");
        expect(p.company).toBe(p.company.trim());
        expect(p.title.trim()).not.toBe("");
        expect(p.stage.trim()).not.toBe("");
        expect(typeof p.remote).toBe("boolean");
        expect(Number.isFinite(p.modified)).toBe(true);
        if (p.stageSince !== null) expect(Number.isFinite(p.stageSince)).toBe(true);
        expectSaneSalary(p.salary);
        const keys = p.skills.map((s) => s.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const s of p.skills) {
          expect(s.name).toBe(s.name.trim());
          expect(s.name).toMatch(WORD);
        }
        // An empty company is named once: as empty, or as the nested object it was or held.
        if (p.company === "") {
          expect(problems.filter((m) => m.startsWith("Company "))).toHaveLength(1);
          const why = ["Company is empty.", "Company is a nested object, not text; it was ignored.", "Company has an item that is a nested object, not text; it was ignored."];
          expect(problems.some((m) => why.includes(m))).toBe(true);
        }
        // Reading the same note again gives the same posting (the salary cache hands out frozen copies).
        expect(readPosting(meta(frontmatter), ctx).posting).toEqual(p);
      }),
      { numRuns: 1000 },
    );
  });

  test("a key written in any case and with `_`, `-`, spaces or camelCase reads like the setting's key", () => {
    // Each word in lower case, capitalized or in capitals; joined by a separator, or in camelCase
    // (a capital after a small letter starts a word: "jobPosting", not "joBPosting").
    const cased = (word: string, how: number): string =>
      how === 0 ? word.toLowerCase() : how === 1 ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word.toUpperCase();
    const spelled = (key: string): fc.Arbitrary<string> => {
      const words = key.split("_");
      return fc
        .tuple(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: words.length, maxLength: words.length }), fc.constantFrom("_", "-", " ", " _ ", "--", ""), fc.constantFrom("", " "))
        .map(([cases, sep, pad]) => {
          const camel = sep === "" && words.length > 1;
          return pad + words.map((w, i) => cased(w, camel ? (i === 0 ? 0 : 1) : (cases[i] ?? 0))).join(sep) + pad;
        });
    };
    const plain = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .:/]{0,20}[A-Za-z0-9]$/);
    // "NA", "N/A" and "TBD" hold the place of a company not known yet, and read as no company.
    const companyText = plain.filter((c) => !/^(?:n\/?a|tb[ad])$/i.test(c.trim()));
    fc.assert(
      fc.property(spelled("Company"), spelled("Job_Posting"), spelled("Location"), companyText, plain, plain, (ck, uk, lk, company, url, location) => {
        const p = readPosting(meta({ [ck]: company, [uk]: url, [lk]: location }), ctx).posting;
        expect(p).toMatchObject({ company: company.trim(), url: url.trim(), location: location.trim() });
      }),
      { numRuns: 500 },
    );
  });

  test("FieldReader: of keys that are the same after normalization, the first one with a value wins, else the first", () => {
    const variants = fc.constantFrom("Company", "company", "COMPANY", " company ", "Stage", "stage", "Job_Posting", "job posting", "JOB-POSTING", "x");
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(variants, anyValue), { selector: ([k]) => k, maxLength: 8 }), (entries) => {
        const reader = new FieldReader(Object.fromEntries(entries));
        for (const name of ["Company", "Stage", "job_posting", "x"]) {
          const same = entries.filter(([k]) => fieldKey(k) === fieldKey(name));
          const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "") || (Array.isArray(v) && v.length === 0);
          const first = same.find(([, v]) => !blank(v)) ?? same[0];
          expect(reader.has(name)).toBe(first !== undefined);
          expect(reader.get(name)).toBe(first?.[1]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// ---- salaries -------------------------------------------------------------------------------------

describe("parseSalary", () => {
  const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 30 });
  const moneyPiece = fc.oneof(
    digits,
    fc.constantFrom(
      "$", "€", "£", "¥", "₹", "₪", "CA$", "USD", "eur", "TRY", "k", "K", "m", "M", "mio", "lakh", "crore", ".", ",", "'", " ", "\u00a0", "\u202f",
      "-", "–", "—", "−", "~", "to", "bis", "up to", "from", "+", "e", "E", "e308", "e-5", "1e400", "Infinity", "-Infinity", "NaN", "0x1F",
      "/hr", "/h", "per year", "/month", "/Monat", "p.a.", "/wk", "daily", "٣", "٨٠", "８０", "½", "Ⅻ", "⁵", "(", ")", "%", "\n",
    ),
    fc.string({ unit: "binary", maxLength: 4 }),
  );
  const moneyText = fc.array(moneyPiece, { maxLength: 14 }).map((p) => p.join(""));

  test("any text, Unicode digits, huge numbers and exponents: never throws; amounts never NaN, Infinity or negative; min <= max", () => {
    fc.assert(
      fc.property(fc.oneof(moneyText, anyText), fc.constantFrom("USD", "EUR", "INR", "", "x"), (text, currency) => {
        expectSaneSalary(parseSalary(text, currency));
      }),
      { numRuns: 2000 },
    );
  });

  test("any number, big integer, JSON value or list: never throws; amounts sane", () => {
    const numeric = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.bigInt(),
      fc.constantFrom(-0, Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 1e9, 1e9 + 1),
    );
    fc.assert(
      fc.property(fc.oneof(numeric, fc.jsonValue(), fc.array(fc.oneof(numeric, moneyText), { maxLength: 4 }), fc.record({ min: numeric, max: numeric })), (value) => {
        expectSaneSalary(parseSalary(value, "USD"));
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- skills ---------------------------------------------------------------------------------------

describe("skills", () => {
  test("splitting any text gives trimmed items with a letter or digit, never holding a separator outside a link", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.array(anyText, { maxLength: 6 }).map((a) => a.join(", "))), (text) => {
        for (const item of splitSkills(text)) {
          expect(item).toBe(item.trim());
          expect(item).toMatch(WORD);
          if (!text.includes("[[")) expect(item).not.toMatch(/[,;\n\r]/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("with any user synonyms, any value canonicalizes to distinct keys and clean names", () => {
    const synonyms = fc.dictionary(fc.oneof(anyText, fc.constantFrom("k8s", "postgres", "js", "Go", "c#")), fc.oneof(anyText, fc.constantFrom("Kubernetes", "k8s", "Go", "C++")), {
      maxKeys: 6,
    });
    fc.assert(
      fc.property(synonyms, fc.oneof(anyValue, fc.array(anyText, { maxLength: 8 })), (user, value) => {
        const canon = new SkillCanon(user);
        const skills = canon.parse(value);
        const keys = skills.map((s) => s.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const s of skills) {
          expect(s.name).toBe(s.name.trim());
          expect(s.name).toMatch(WORD);
          expect(s.key).toBe(skillKey(s.name));
          // A skill's own name leads back to it.
          expect(canon.canonical(s.name)?.key).toBe(s.key);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- the description extractor -------------------------------------------------------------------

describe("extractPosting", () => {
  const canon = new SkillCanon();
  const jobPiece = fc.constantFrom(
    "Senior Backend Engineer", "Acme GmbH", "About us", "Location: ", "Remote", "Berlin, Germany", "Salary: ", "$120k - $150k", "€55.000", "/hr",
    "Go", "golang", "k8s", "C#", "C++", "R", "Rust, Python; SQL", "https://jobs.example.com/1", "\n", "\n\n# ", "- ", "**", "📍", "💰", "—", " ",
  );
  const description = fc.array(fc.oneof(jobPiece, anyText), { maxLength: 40 }).map((p) => p.join(""));

  test("any pasted text, any vault skills and currency: never throws and gives well-formed fields", () => {
    fc.assert(
      fc.property(description, fc.array(anyText, { maxLength: 5 }), fc.constantFrom("USD", "EUR", "", "usd", "X1"), (text, vaultSkills, currency) => {
        const found = extractPosting(text, { canon, vaultSkills, defaultCurrency: currency });
        for (const key of ["company", "title", "location", "url"] as const) {
          expect(typeof found[key]).toBe("string");
          expect(found[key]).toBe(found[key].trim());
        }
        expect(typeof found.remote).toBe("boolean");
        if (found.url !== "") expect(found.url).toMatch(/^https?:\/\/\S+$/);
        expectSaneSalary(found.salary);
        const keys = found.skills.map((s) => canon.canonical(s)?.key ?? skillKey(s));
        expect(new Set(keys).size).toBe(keys.length);
        for (const s of found.skills) expect(s).toMatch(WORD);
      }),
      { numRuns: 500 },
    );
  });
});

// ---- template rendering and the YAML the plugin writes --------------------------------------------

function input(values: Record<string, TemplateValue>, extraFrontmatter?: Record<string, unknown>): TemplateInput {
  return { values, now: NOW, ...(extraFrontmatter ? { extraFrontmatter } : {}) };
}

/** The frontmatter of a rendered note, read back with the `yaml` package. */
function frontmatterOf(note: string): Record<string, unknown> {
  const block = findFrontmatter(note);
  if (!block) throw new Error(`no frontmatter in ${JSON.stringify(note)}`);
  const value: unknown = block.yaml.trim() === "" ? {} : parseYaml(block.yaml);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("frontmatter is not a mapping");
  return value as Record<string, unknown>;
}

describe("renderTemplate", () => {
  const templatePiece = fc.constantFrom(
    "---\n", "Company: ", "Skills: ", "title: ", "{{company}}", "{{skills}}", "{{title}}", "{{date}}", "{{date:YYYY-MM-DD}}", "{{date:[Q]Q}}", "{{time:HH:mm}}",
    "{{unknown}}", "{{ company }}", '"{{company}}"', "'{{title}}'", "\n", "\r\n", "  - ", "- ", ": ", "#", " # c {{company}}\n", "[", "]", "{", "}", "|\n  ", ">-\n  ",
    "&a ", "*a", "!!str ", "%YAML 1.2\n", "...\n", "\ufeff", "\t", "key", ":",
  );
  const template = fc.oneof(fc.array(templatePiece, { maxLength: 24 }).map((p) => p.join("")), anyText);

  test("any template with any values: a note, or a TemplateError and nothing else; the note's frontmatter is a YAML mapping", () => {
    fc.assert(
      fc.property(template, anyText, anyText, fc.array(anyText, { maxLength: 4 }), fc.boolean(), (t, company, title, skills, extra) => {
        let out: string;
        try {
          out = renderTemplate(t, input({ company, title, skills }, extra ? { Company: company, Skills: skills } : undefined), parseYaml);
        } catch (e) {
          expect(e).toBeInstanceOf(TemplateError);
          return;
        }
        expect(typeof out).toBe("string");
        // A template with frontmatter, or any template given properties to add, makes a note with frontmatter.
        if (findFrontmatter(t) !== null || extra) {
          const fm = frontmatterOf(out);
          if (extra && findFrontmatter(t) === null) expect(fm).toEqual({ Company: company, Skills: skills });
        }
      }),
      { numRuns: 1000 },
    );
  });

  const positions: [string, (v: string) => unknown][] = [
    ["Company: {{company}}", (v) => v],
    ['Company: "{{company}}"', (v) => v],
    ["Company: '{{company}}'", (v) => v],
    ["Company: at {{company}} now", (v) => `at ${v} now`],
    ["Company:\n  - {{company}}", (v) => [v]],
    ["Company: [{{company}}]", (v) => [v]],
  ];

  test("a value in any position of the frontmatter reads back, with the yaml package, as exactly what was typed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...positions), anyText, fc.constantFrom("\n", "\r\n"), ([line, expected], value, eol) => {
        const t = ["---", "# about {{company}}", line, "Stage: Research # {{company}}", "---", "Body {{company}}", ""].join(eol);
        const out = renderTemplate(t, input({ company: value }), parseYaml);
        expect(frontmatterOf(out)).toEqual({ Company: expected(value), Stage: "Research" });
        expect(out.endsWith(`Body ${value}${eol}`)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  test("New job posting: every field typed into the form reads back from the note's frontmatter exactly (trimmed, as the form does)", () => {
    const draft: fc.Arbitrary<PostingDraft> = fc
      .record({ company: anyText, title: anyText, url: anyText, stage: fc.oneof(fc.constantFrom("Research", "Applied"), anyText), salary: anyText, location: anyText, remote: fc.boolean(), skills: fc.array(anyText, { maxLength: 5 }), description: anyText })
      .map((d) => ({ ...emptyDraft("Research"), ...d }));
    fc.assert(
      fc.property(draft, (d) => {
        const values = postingTemplateInput(d, settings.fieldNames, { now: NOW, id: "01TEST", skillLinks: [] });
        const out = renderTemplate(defaultPostingTemplate(settings.fieldNames), values, parseYaml);
        const fm = frontmatterOf(out);
        expect(fm).toMatchObject({
          id: "01TEST",
          title: d.title.trim(),
          Company: d.company.trim(),
          Stage: d.stage,
          Job_Posting: d.url.trim(),
          Salary: d.salary.trim(),
          Location: d.location.trim(),
          Skills: d.skills,
          tags: ["job"],
        });
        expect(fm.Remote).toBe(d.remote ? true : undefined);
        expect(out.endsWith(`## Description\n${d.description.replace(/\r\n?/g, "\n").trim()}\n`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("yamlScalar: any string written after `key: ` reads back as exactly that string", () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const back = parseYaml(`k: ${yamlScalar(value)}\n`) as Record<string, unknown>;
        expect(back.k).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

// ---- file names -------------------------------------------------------------------------------------

/** Why Windows would refuse the name, by its own rules; null when it takes it. */
function windowsProblem(name: string): string | null {
  if (/[<>:"/\\|?*]/.test(name)) return "a character Windows forbids";
  if ([...name].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20)) return "a control character";
  if (/[. ]$/.test(name)) return "a trailing dot or space";
  // Windows reads the part before the first dot, without trailing spaces, as a possible device name.
  const device = (name.split(".")[0] ?? "").replace(/ +$/, "").toUpperCase();
  if (/^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/.test(device)) return "a reserved device name";
  return null;
}

const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

function expectValidEverywhere(name: string): void {
  expect(name).not.toBe("");
  expect(windowsProblem(name)).toBeNull();
  // macOS, Linux, iOS, Android: no slash, no NUL; Android's FAT storage: Windows' rules, checked above.
  expect(name).not.toContain("/");
  expect(name).not.toContain(String.fromCharCode(0));
  // Obsidian: no link syntax characters, no hidden dot-files, no C1 controls.
  expect(name).not.toMatch(/[#^[\]|]/);
  expect(name.startsWith(".")).toBe(false);
  expect(name).not.toMatch(/[\u007f-\u009f]/);
  expect(name).not.toMatch(/^\s|\s$/);
  // The promised caps: MAX_NAME_LENGTH characters and MAX_NAME_BYTES bytes, so " 999.md" still fits in
  // 255 bytes (ext4, APFS, Android) and 255 UTF-16 units (NTFS).
  expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  expect(utf8Bytes(`${name} 999.md`)).toBeLessThanOrEqual(255);
  expect(`${name} 999.csv`.length).toBeLessThanOrEqual(255);
  expect(name).toBe(name.normalize("NFC"));
}

describe("file names", () => {
  const namePiece = fc.oneof(
    trickyPiece,
    fc.constantFrom("CON", "con ", "Aux", "NUL", "PRN", "COM0", "com9", "LPT¹", "lpt3", " .txt", ".tar.gz", " .", ". ", "  ", "x".repeat(100), "🚀".repeat(70), "中".repeat(90)),
    fc.string({ unit: "binary", maxLength: 8 }),
  );
  const anyName = fc.oneof(fc.array(namePiece, { maxLength: 16 }).map((p) => p.join("")), fc.string({ unit: "binary", maxLength: 300 }), anyText);

  test("sanitizeFileName: any name and any fallback give a name valid on Windows, macOS, Linux, iOS, Android and in Obsidian", () => {
    fc.assert(
      fc.property(anyName, fc.oneof(anyName, fc.constant(undefined)), (name, fallback) => {
        expectValidEverywhere(sanitizeFileName(name, fallback));
      }),
      { numRuns: 2000 },
    );
  });

  test("New job posting's file name: any pattern and any form values give a valid name; a clash adds a number, never escaping the folder", () => {
    const pattern = fc.oneof(
      fc.constantFrom("{{company}} - {{title}}", "{{date}} {{company}}", "{{title}}", "{{date:YYYY/MM/DD}} {{company}}", "../{{company}}", "{{nope}}"),
      fc.array(fc.oneof(namePiece, fc.constantFrom("{{company}}", "{{title}}", "{{stage}}", "{{location}}", "{{date:HH:mm}}")), { maxLength: 6 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(pattern, anyText, anyText, anyText, fc.oneof(anyText, fc.constantFrom("../..", "/Jobs/", "a\\..\\b", "./Jobs//2026/")), (p, company, title, location, folder) => {
        const base = postingFileName(p, { ...emptyDraft("Research"), company, title, location }, NOW);
        expectValidEverywhere(base);
        const taken = new Set<string>();
        const first = freeNotePath(folder, base, (path) => taken.has(path));
        taken.add(first);
        const second = freeNotePath(folder, base, (path) => taken.has(path));
        const dir = cleanFolderPath(folder);
        expect(first).toBe(`${dir === "" ? "" : `${dir}/`}${base}.md`);
        expect(second).toBe(`${dir === "" ? "" : `${dir}/`}${base} 2.md`);
        for (const path of [first, second]) {
          expect(path.startsWith("/")).toBe(false);
          expect(path.split("/")).not.toContain("..");
          expect(path).not.toContain("\\");
        }
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- CSV ------------------------------------------------------------------------------------------


/** A formula starter gets one apostrophe, as csv.ts documents. */
const defused = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe("CSV", () => {
  test("csvCell: any text, lone CR and LF included, reads back as itself (formula starters with one apostrophe)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyText, fc.string({ unit: fc.constantFrom('"', ",", "\r", "\n", "=", "a", " ") })), { minLength: 1, maxLength: 6 }), (cells) => {
        expect(readCsv(cells.map(csvCell).join(",") + "\r\n")).toEqual([cells.map(defused)]);
      }),
      { numRuns: 2000 },
    );
  });

  const amount = fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: null });
  const time = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4_102_444_800_000 }));
  const posting: fc.Arbitrary<Posting> = fc.record({
    path: anyText,
    company: anyText,
    title: anyText,
    stage: anyText,
    stageKnown: fc.boolean(),
    closed: fc.boolean(),
    skills: fc.array(anyText.map((name) => ({ key: skillKey(name), name, known: false })), { maxLength: 4 }),
    salary: fc.option(
      fc.record({ min: amount, max: amount, currency: fc.constantFrom("USD", "EUR"), period: fc.constantFrom("year" as const, "hour" as const), text: anyText }),
      { nil: null },
    ),
    location: anyText,
    remote: fc.boolean(),
    url: anyText,
    modified: time,
    stageSince: fc.option(time, { nil: null }),
    tasks: fc.record({ done: fc.nat(50), total: fc.nat(50) }),
  });

  test("postingsToCsv: any postings read back row by row, cell by cell", () => {
    const date = (ms: number | null): string => (ms === null || ms <= 0 ? "" : formatISO(ms));
    fc.assert(
      fc.property(fc.array(posting, { maxLength: 5 }), (postings) => {
        const rows = readCsv(withoutBom(postingsToCsv(postings)));
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(postings.length + 1);
        postings.forEach((p, i) => {
          const row = rows[i + 1] ?? [];
          const cell = (column: (typeof CSV_COLUMNS)[number]): string => row[CSV_COLUMNS.indexOf(column)] ?? "<missing>";
          expect(row).toHaveLength(CSV_COLUMNS.length);
          for (const column of ["path", "company", "title", "stage", "location", "url"] as const) expect(cell(column)).toBe(defused(p[column]));
          expect(cell("skills")).toBe(defused(p.skills.map((s) => s.name).join("; ")));
          expect(cell("salary_text")).toBe(defused(p.salary?.text ?? ""));
          expect(cell("salary_min")).toBe(p.salary?.min == null ? "" : String(p.salary.min));
          expect(cell("salary_max")).toBe(p.salary?.max == null ? "" : String(p.salary.max));
          expect([cell("stage_known"), cell("closed"), cell("remote")]).toEqual([String(p.stageKnown), String(p.closed), String(p.remote)]);
          expect(cell("modified")).toBe(date(p.modified));
          if (p.modified > 0) expect(Date.parse(cell("modified"))).toBe(Math.floor(p.modified / 1000) * 1000);
          expect(cell("stage_since")).toBe(date(p.stageSince));
          expect([cell("tasks_done"), cell("tasks_total")]).toEqual([String(p.tasks.done), String(p.tasks.total)]);
        });
      }),
      { numRuns: 500 },
    );
  });
});
