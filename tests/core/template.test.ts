import { readFileSync } from "fs";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { join } from "path";
import fc from "fast-check";
import { parse } from "yaml";
import { findFrontmatter } from "../../src/core/note-reader";
import { fillText, renderTemplate, TemplateError, type TemplateInput, type TemplateValue } from "../../src/core/template";

/** Thursday 5 March 2026, 14:07:09 local time. */
const NOW = new Date(2026, 2, 5, 14, 7, 9);

function input(values: Record<string, TemplateValue>, extraFrontmatter?: Record<string, unknown>): TemplateInput {
  return extraFrontmatter ? { values, now: NOW, extraFrontmatter } : { values, now: NOW };
}

/** The note's frontmatter, parsed; fails the test when there is none or it is not valid YAML. */
function frontmatterOf(note: string): Record<string, unknown> {
  const block = findFrontmatter(note);
  if (!block) throw new Error(`no frontmatter in:\n${note}`);
  const value: unknown = parse(block.yaml);
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new Error(`frontmatter is not a mapping:\n${block.yaml}`);
  return value as Record<string, unknown>;
}

function bodyOf(note: string): string {
  const block = findFrontmatter(note);
  return block ? note.slice(block.bodyStart) : note;
}

const JOB_TEMPLATE = readFileSync(join(__dirname, "../../examples/vault/Templates/Job posting.md"), "utf8");

/** Values people type that YAML gives a meaning of its own, or that break naive templating. */
const TRICKY_VALUES: string[] = [
  "Acme",
  'He said "hi"',
  "O'Brien & Sons",
  "a: b",
  "key:value",
  "[[Acme Corp]]",
  "[[Jobs/Acme|Acme]]",
  "#hashtag",
  "not # a comment",
  "line1\nline2",
  "trailing newline\n",
  "\nleading newline",
  "🚀 Rocket Labs",
  "- dash",
  "-",
  "true",
  "False",
  "null",
  "~",
  "123",
  "0x1F",
  "1e3",
  "-0.5",
  ".inf",
  "2026-03-05",
  "<img onerror=alert(1)>",
  "{ a: 1 }",
  "[1, 2]",
  "{{company}}",
  "{{date}}",
  "* star",
  "&anchor",
  "*alias",
  "!tag",
  "%directive",
  "@at",
  "`tick`",
  "|",
  ">",
  "? question",
  "---",
  "...",
  "a\n---\nb",
  " leading space",
  "trailing space ",
  "",
  " ",
  "\t",
  "tab\tinside",
  "C:\\Users\\me",
  "$& $1 $$",
  "مهندس برمجيات",
  "\u00a0nbsp",
  "x".repeat(200),
];

describe("fillText (the body)", () => {
  test("a placeholder becomes its value", () => {
    expect(fillText("Company: {{company}}", input({ company: "Acme" }))).toBe("Company: Acme");
  });

  test("spaces inside the braces are allowed", () => {
    expect(fillText("{{ company }} / {{title }}", input({ company: "Acme", title: "Engineer" }))).toBe("Acme / Engineer");
  });

  test("every occurrence is filled", () => {
    expect(fillText("{{company}} and {{company}} again", input({ company: "Acme" }))).toBe("Acme and Acme again");
  });

  test("a list becomes one item per line", () => {
    expect(fillText("Skills:\n{{skills}}\nend", input({ skills: ["Go", "PostgreSQL", "C#"] }))).toBe("Skills:\nGo\nPostgreSQL\nC#\nend");
  });

  test("an empty list becomes nothing", () => {
    expect(fillText("[{{skills}}]", input({ skills: [] }))).toBe("[]");
  });

  test("{{date}} is yyyy-MM-dd", () => {
    expect(fillText("{{date}}", input({}))).toBe("2026-03-05");
  });

  test.each<[string, string]>([
    ["{{date:yyyy-MM-dd HH:mm}}", "2026-03-05 14:07"],
    ["{{date:EEEE}}", "Thursday"],
    ["{{date:d MMMM yyyy}}", "5 March 2026"],
    ["{{date:yyyy}}", "2026"],
    ["{{date:HH:mm:ss}}", "14:07:09"],
    ["{{date:}}", "2026-03-05"],
    ["{{date:foo}}", "2026-03-05"],
    ["{{date:YYYY-MM-DD}}", "2026-03-05"],
    ["{{time}}", "14:07"],
    ["{{time:HH:mm:ss}}", "14:07:09"],
    ["{{time:nonsense}}", "14:07"],
  ])("%s becomes %s", (template, expected) => {
    expect(fillText(template, input({}))).toBe(expected);
  });

  test.each([
    "{{unknown}}",
    "{{ unknown }}",
    "{{unknown:arg}}",
    "{{company",
    "{company}",
    "{{}}",
    "{{1company}}",
    '<% tp.date.now("YYYY-MM-DD") %>',
    "<% tp.file.title %>",
  ])("%s is left as written", (template) => {
    expect(fillText(`before ${template} after`, input({ company: "Acme" }))).toBe(`before ${template} after`);
  });

  test("values are inserted as they are, never filled again or read as replacement patterns", () => {
    expect(fillText("{{company}} / {{title}}", input({ company: "{{title}}", title: "$& $1 $$ $`" }))).toBe("{{title}} / $& $1 $$ $`");
  });

  test("property: a body with one placeholder holds exactly the value", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string({ unit: "binary" }), (before, after, value) => {
        fc.pre(!before.includes("{") && !after.includes("}"));
        expect(fillText(`${before}{{company}}${after}`, input({ company: value }))).toBe(`${before}${value}${after}`);
      }),
    );
  });
});

describe("renderTemplate without frontmatter", () => {
  test("a template with no frontmatter and no extra stays text only", () => {
    const out = renderTemplate("# {{title}}\nAt {{company}}\n", input({ title: "Engineer", company: "Acme" }), parseYamlPackage);
    expect(out).toBe("# Engineer\nAt Acme\n");
  });

  test("a --- further down is not frontmatter", () => {
    const out = renderTemplate("Intro\n---\nCompany: {{company}}\n---\n", input({ company: 'a: "b"' }), parseYamlPackage);
    expect(out).toBe('Intro\n---\nCompany: a: "b"\n---\n');
  });

  test("an empty template gives an empty note", () => {
    expect(renderTemplate("", input({ company: "Acme" }), parseYamlPackage)).toBe("");
    expect(renderTemplate("", input({ company: "Acme" }, {}), parseYamlPackage)).toBe("");
  });

  test("an empty template with extra frontmatter gives just that frontmatter", () => {
    const out = renderTemplate("", input({}, { Company: "Acme", Skills: ["Go", "SQL"] }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme", Skills: ["Go", "SQL"] });
    expect(bodyOf(out)).toBe("");
  });

  test("extra frontmatter on a template without frontmatter goes on top of the body", () => {
    const out = renderTemplate("# {{title}}\n", input({ title: "Engineer" }, { Company: "Acme" }), parseYamlPackage);
    expect(out.startsWith("---\n")).toBe(true);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme" });
    expect(bodyOf(out)).toBe("# Engineer\n");
  });

  test("fillText and renderTemplate agree on a text-only template", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (company, title) => {
        const template = "Company: {{company}}\n# {{title}} {{date}}\n";
        const values = input({ company, title });
        expect(renderTemplate(template, values, parseYamlPackage)).toBe(fillText(template, values));
      }),
    );
  });
});

describe("renderTemplate with frontmatter", () => {
  test("quoted placeholders are filled and stay quoted", () => {
    const out = renderTemplate('---\nCompany: "{{company}}"\ntitle: "{{title}}"\n---\n# {{title}}\n', input({ company: "Acme", title: "Engineer" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme", title: "Engineer" });
    expect(out).toContain('Company: "Acme"');
    expect(bodyOf(out)).toBe("# Engineer\n");
  });

  test("single-quoted placeholders are filled", () => {
    const out = renderTemplate("---\nCompany: '{{company}}'\n---\n", input({ company: "O'Brien & Sons" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "O'Brien & Sons" });
  });

  test("an unquoted list placeholder becomes a YAML list", () => {
    const out = renderTemplate("---\nSkills: {{skills}}\n---\n", input({ skills: ["Go", "PostgreSQL", "C#"] }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Skills: ["Go", "PostgreSQL", "C#"] });
  });

  test("an empty list becomes an empty YAML list", () => {
    const out = renderTemplate("---\nSkills: {{skills}}\n---\n", input({ skills: [] }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Skills: [] });
  });

  test("a quoted list placeholder also becomes a YAML list", () => {
    const out = renderTemplate('---\nSkills: "{{skills}}"\n---\n', input({ skills: ["Go", "SQL"] }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Skills: ["Go", "SQL"] });
  });

  test("an unquoted string placeholder becomes a string", () => {
    const out = renderTemplate("---\nCompany: {{company}}\nSkills: {{skills}}\n---\n", input({ company: "Acme", skills: "Go, SQL" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme", Skills: "Go, SQL" });
  });

  test("a list inside longer text is joined with commas", () => {
    const out = renderTemplate('---\nsummary: "Wants {{skills}} at {{company}}"\n---\n', input({ skills: ["Go", "SQL"], company: "Acme" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ summary: "Wants Go, SQL at Acme" });
  });

  test("placeholders inside a flow list and a block list", () => {
    const out = renderTemplate('---\ntags: [job, "{{stage}}"]\naliases:\n  - {{company}}\n  - "{{title}}"\n---\n', input({ stage: "Applied", company: "Acme", title: "a: b" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ tags: ["job", "Applied"], aliases: ["Acme", "a: b"] });
  });

  test("dates in the frontmatter", () => {
    const out = renderTemplate('---\ncreated: {{date}}\nstamp: "{{date:yyyy-MM-dd HH:mm}}"\nday: {{date:EEEE}}\nat: "{{time}}"\nbad: "{{date:foo}}"\n---\n', input({}), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ created: "2026-03-05", stamp: "2026-03-05 14:07", day: "Thursday", at: "14:07", bad: "2026-03-05" });
  });

  test("other keys, comments and values are kept", () => {
    const out = renderTemplate("---\n# my job template\ntags: [job]\nrating: 3\nremote: false\nCompany: \"{{company}}\"\n---\nBody\n", input({ company: "Acme" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ tags: ["job"], rating: 3, remote: false, Company: "Acme" });
    expect(out).toContain("# my job template");
    expect(bodyOf(out)).toBe("Body\n");
  });

  test("a placeholder in a frontmatter comment never leaks an internal marker", () => {
    const out = renderTemplate("---\n# Company: {{company}}\nCompany: \"{{company}}\"\n---\n", input({ company: "Acme" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme" });
    expect(out).toMatch(/# Company: (\{\{company\}\}|Acme)\n/);
  });

  test.each(['"{{unknown}}"', '"{{unknown:arg}}"', '"{{ notes }}"'])("an unknown placeholder %s is left as written", (placeholder) => {
    const out = renderTemplate(`---\nnotes: ${placeholder}\nCompany: "{{company}}"\n---\n`, input({ company: "Acme" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ notes: JSON.parse(placeholder) as string, Company: "Acme" });
  });

  test("a placeholder in any case is the same placeholder: {{Company}}, {{TITLE}}, {{Date:YYYY}}", () => {
    const out = renderTemplate("---\nCompany: {{Company}}\nTitle: {{TITLE}}\n---\n# {{Company}} at {{DATE:YYYY}}\n", input({ company: "Acme", title: "Engineer" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme", Title: "Engineer" });
    expect(bodyOf(out)).toBe("# Acme at 2026\n");
  });

  test("Templater commands in the frontmatter are left as written", () => {
    const out = renderTemplate('---\ncreated: <% tp.date.now() %>\ntitle: "<% tp.file.title %>"\n---\n<% tp.file.cursor() %>\n', input({}), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ created: "<% tp.date.now() %>", title: "<% tp.file.title %>" });
    expect(bodyOf(out)).toBe("<% tp.file.cursor() %>\n");
  });

  test.each(TRICKY_VALUES.map((v) => [v]))("the value %j comes back exactly, quoted or not", (value) => {
    const template = [
      "---",
      "unquoted: {{company}}",
      'double: "{{company}}"',
      "single: '{{company}}'",
      "list: {{skills}}",
      'mixed: "at {{company}}!"',
      "---",
      "{{company}}",
    ].join("\n");
    const out = renderTemplate(template, input({ company: value, skills: [value, "Go"] }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ unquoted: value, double: value, single: value, list: [value, "Go"], mixed: `at ${value}!` });
    expect(bodyOf(out)).toBe(value);
  });

  test("a long value with a line of dashes cannot end the frontmatter early", () => {
    const value = `${"x".repeat(50)}\n---\n${"y".repeat(50)}`;
    const out = renderTemplate('---\ntitle: "{{title}}"\nCompany: {{company}}\nSkills: {{skills}}\n---\nbody\n', input({ title: value, company: value, skills: [value] }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ title: value, Company: value, Skills: [value] });
    expect(bodyOf(out)).toBe("body\n");
  });

  test("values that happen to look like internal markers are inserted verbatim", () => {
    const template = '---\nCompany: {{company}}\ntitle: "{{title}}"\nSkills: {{skills}}\n---\n';
    const values = { company: "JHTOKEN1X", title: "Engineer", skills: ["JHTOKEN0X", "Go"] };
    expect(frontmatterOf(renderTemplate(template, input(values), parseYamlPackage))).toEqual({ Company: "JHTOKEN1X", title: "Engineer", Skills: ["JHTOKEN0X", "Go"] });
  });

  test("a value that contains an internal marker does not make rendering fail", () => {
    const template = '---\nCompany: {{company}}\ntitle: "{{title}}"\n---\n';
    const out = renderTemplate(template, input({ company: "Acme JHTOKEN0X", title: "Engineer" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme JHTOKEN0X", title: "Engineer" });
  });

  test("a CRLF template", () => {
    const template = '---\r\nCompany: "{{company}}"\r\nSkills: {{skills}}\r\ntags: [job]\r\n---\r\n# {{title}}\r\nBody\r\n';
    const out = renderTemplate(template, input({ company: "Acme", skills: ["Go", "SQL"], title: "Engineer" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme", Skills: ["Go", "SQL"], tags: ["job"] });
    expect(bodyOf(out)).toBe("# Engineer\r\nBody\r\n");
  });

  test("a template with a byte order mark", () => {
    const out = renderTemplate('\uFEFF---\nCompany: "{{company}}"\n---\n# {{company}}\n', input({ company: "Acme" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme" });
    expect(bodyOf(out)).toBe("# Acme\n");
  });

  test("an empty frontmatter block stays valid", () => {
    const out = renderTemplate("---\n---\n# {{company}}\n", input({ company: "Acme" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({});
    expect(bodyOf(out)).toBe("# Acme\n");
  });

  test.each([
    ["an unclosed list", "---\nCompany: [unclosed\n---\nbody\n"],
    ["a duplicate key", "---\nCompany: a\nCompany: b\n---\n"],
    ["a list instead of a mapping", "---\n- a\n- b\n---\n"],
    ["plain text", "---\njust some text\n---\n"],
    ["a bad indent", "---\nCompany: a\n  b: c\n---\n"],
    ["a tab indent", "---\nCompany:\n\t- a\n---\n"],
  ])("invalid frontmatter (%s) throws TemplateError", (_name, template) => {
    expect(() => renderTemplate(template, input({ company: "Acme" }), parseYamlPackage)).toThrow(TemplateError);
  });

  test("TemplateError is an Error with a message", () => {
    let caught: unknown;
    try {
      renderTemplate("---\nCompany: [unclosed\n---\n", input({}), parseYamlPackage);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TemplateError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).not.toBe("");
  });
});

describe("extraFrontmatter", () => {
  test("adds keys the template does not have", () => {
    const out = renderTemplate('---\nCompany: "{{company}}"\n---\nBody\n', input({ company: "Acme" }, { Stage: "Research", rating: 3, remote: true, Skills: ["Go", "C#"] }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Company: "Acme", Stage: "Research", rating: 3, remote: true, Skills: ["Go", "C#"] });
    expect(bodyOf(out)).toBe("Body\n");
  });

  test("never replaces a key the template has, whatever its case or separators", () => {
    const template = '---\njob posting: "{{url}}"\ncompany: "{{company}}"\nSTAGE: Applied\n---\n';
    const out = renderTemplate(
      template,
      input({ url: "https://example.com/job", company: "Acme" }, { Job_Posting: "https://other.example", Company: "Other", stage: "Research", Location: "Berlin" }),
      parseYamlPackage,
    );
    expect(frontmatterOf(out)).toEqual({ "job posting": "https://example.com/job", company: "Acme", STAGE: "Applied", Location: "Berlin" });
  });

  test.each(["job-posting", "Job Posting", "JOB_POSTING", "job__posting"])("an existing %j key blocks adding Job_Posting", (key) => {
    const out = renderTemplate(`---\n${key}: here\n---\n`, input({}, { Job_Posting: "added" }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ [key]: "here" });
  });

  test("fills a key the template leaves empty, in its place; a value the template gives wins", () => {
    const template = "---\nCompany:\nStage: Research\nSkills: []\nSalary: \"\"\nLocation: \"[[]]\"\ntags: [job]\n---\n# To Do\n";
    const out = renderTemplate(
      template,
      input({}, { Company: "Acme", Stage: "Applied", Skills: ["Go", "C#"], Salary: "$100k", Location: "Berlin" }),
      parseYamlPackage,
    );
    expect(frontmatterOf(out)).toEqual({ Company: "Acme", Stage: "Research", Skills: ["Go", "C#"], Salary: "$100k", Location: "[[Berlin]]", tags: ["job"] });
    expect(out.split("\n").slice(0, 3)).toEqual(["---", "Company: Acme", "Stage: Research"]);
    // An empty block list is empty too.
    expect(frontmatterOf(renderTemplate("---\nSkills:\n  -\ntitle: x\n---\n", input({}, { Skills: ["Go"] }), parseYamlPackage))).toEqual({ Skills: ["Go"], title: "x" });
  });

  test("keeps the comments on and under a key it fills", () => {
    const out = renderTemplate("---\nCompany:   # who is hiring\n  # e.g. Acme\nSkills: [] # what they want\n---\n", input({}, { Company: "Acme", Skills: ["Go"] }), parseYamlPackage);
    expect(out).toBe("---\nCompany: Acme   # who is hiring\n  # e.g. Acme\nSkills: # what they want\n  - Go\n---\n");
  });

  test("a list the template fills from a placeholder gets nothing twice", () => {
    const out = renderTemplate("---\nSkills:\n  - {{skills}}\n---\n", input({ skills: ["Go", "C#"] }, { Skills: ["Go", "C#"] }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ Skills: ["Go, C#"] });
    // Items that differ only in case are the same item.
    expect(frontmatterOf(renderTemplate("---\nSkills: [go]\n---\n", input({}, { Skills: ["Go", "C#"] }), parseYamlPackage))).toEqual({ Skills: ["go", "C#"] });
  });

  test("adds the items a list of the template lacks", () => {
    const out = renderTemplate("---\naliases:\n  - roadmap\ncreated: x\n---\n", input({}, { aliases: ["C#"] }), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ aliases: ["roadmap", "C#"], created: "x" });
    expect(frontmatterOf(renderTemplate("---\naliases: [C#]\n---\n", input({}, { aliases: ["C#"] }), parseYamlPackage))).toEqual({ aliases: ["C#"] });
  });

  test("extra values with YAML-significant text come back exactly", () => {
    const extra: Record<string, unknown> = {};
    TRICKY_VALUES.forEach((v, i) => (extra[`k${i}`] = v));
    const out = renderTemplate("---\ntags: [job]\n---\n", input({}, extra), parseYamlPackage);
    expect(frontmatterOf(out)).toEqual({ tags: ["job"], ...extra });
  });
});

describe("the example job posting template", () => {
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.string({ unit: "binary-ascii" }),
    fc.string({ unit: fc.constantFrom(...TRICKY_VALUES, " ", "\n", "\r\n", ":", "#", "'", '"', "-", "{{", "}}", "[[", "]]") }),
  );

  function renderJob(values: { company: string; title: string; url: string; skills: string[] }): string {
    return renderTemplate(
      JOB_TEMPLATE,
      input({
        ...values,
        id: "1",
        stage: "Research",
        salary: "$80k - $210k",
        location: "Remote",
        skillLinks: values.skills.map((s) => `- [[${s}]]`),
        description: "We build things.",
      }),
      parseYamlPackage,
    );
  }

  test("fills a typical posting", () => {
    const out = renderJob({ company: "Acme Robotics", title: "Backend Engineer", url: "https://example.com/jobs/1", skills: ["Go", "PostgreSQL"] });
    const fm = frontmatterOf(out);
    expect(fm).toMatchObject({
      id: "1",
      modified: "2026-03-05",
      title: "Backend Engineer",
      Company: "Acme Robotics",
      Stage: "Research",
      Job_Posting: "https://example.com/jobs/1",
      Salary: "$80k - $210k",
      Location: "Remote",
      Skills: ["Go", "PostgreSQL"],
      tags: ["job"],
    });
    expect(bodyOf(out)).toContain("- [[Go]]\n- [[PostgreSQL]]");
    expect(bodyOf(out)).toContain("## Description\nWe build things.");
    expect(out).not.toMatch(/\{\{\w+\}\}/);
  });

  test("property: never throws, and the frontmatter parses back to exactly the values given", () => {
    fc.assert(
      fc.property(text, text, text, fc.array(text, { maxLength: 8 }), (company, title, url, skills) => {
        const fm = frontmatterOf(renderJob({ company, title, url, skills }));
        expect(fm.Company).toBe(company);
        expect(fm.title).toBe(title);
        expect(fm.Job_Posting).toBe(url);
        expect(fm.Skills).toEqual(skills);
        expect(fm.Stage).toBe("Research");
        expect(fm.tags).toEqual(["job"]);
        expect(Object.keys(fm)).toEqual(["id", "modified", "title", "Company", "Stage", "Job_Posting", "Salary", "Location", "Skills", "tags"]);
      }),
      { numRuns: 500 },
    );
  });
});
