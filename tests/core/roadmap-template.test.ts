import fc from "fast-check";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { parse } from "yaml";
import { findFrontmatter } from "../../src/core/note-reader";
import { DEFAULT_ROADMAP_TEMPLATE, makesRoadmapName, roadmapNoteName, roadmapTemplateInput } from "../../src/core/roadmap-template";
import { renderTemplate } from "../../src/core/template";

const NOW = new Date(2026, 2, 5, 14, 7, 9);

const LINKS = ["[[Jobs/Acme Robotics - Machine Learning Engineer, Perception]]", "[[Jobs/Harbor Bank - .NET Developer|Harbor Bank]]"];

function render(skill: string, links: readonly string[] = LINKS, template = DEFAULT_ROADMAP_TEMPLATE): string {
  return renderTemplate(template, roadmapTemplateInput(skill, links, NOW), parseYamlPackage);
}

function split(note: string): { frontmatter: Record<string, unknown>; body: string } {
  const block = findFrontmatter(note);
  if (!block) throw new Error(`no frontmatter in:\n${note}`);
  const value: unknown = parse(block.yaml);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`frontmatter is not a mapping:\n${block.yaml}`);
  return { frontmatter: value as Record<string, unknown>, body: note.slice(block.bodyStart) };
}

const uncheckedTasks = (body: string): string[] => body.split("\n").filter((l) => /^\s*- \[ \] \S/.test(l));
const linkLines = (body: string): string[] => body.split("\n").filter((l) => l.startsWith("- [["));

const SKILLS = ["C#", "Node.js", '"Quoted"', "a: b", "C++", "C", ".NET", "Ruby on Rails", "#hashtag", "- dash", "true", "123", "[[Go]]", "🚀 Rockets", "{{date}}", "it's", "Machine Learning"];

describe("roadmapTemplateInput", () => {
  test("gives the skill, the links as list items, the date, and the skill as an alias", () => {
    const out = roadmapTemplateInput("C#", ["[[A]]", "[[B]]"], NOW);
    expect(out.values).toEqual({ skill: "C#", postingLinks: ["- [[A]]", "- [[B]]"] });
    expect(out.now).toBe(NOW);
    expect(out.extraFrontmatter).toEqual({ aliases: ["C#"] });
  });
});

describe("the default roadmap template", () => {
  test.each(SKILLS.map((s) => [s]))("%j renders valid YAML with the skill as its only alias", (skill) => {
    const { frontmatter } = split(render(skill));
    expect(frontmatter.aliases).toEqual([skill]);
    expect(frontmatter.tags).toEqual(["roadmap"]);
    expect(frontmatter.created).toBe("2026-03-05");
  });

  test.each(SKILLS.map((s) => [s]))("%j gets its heading, its tasks and its posting links", (skill) => {
    const { body } = split(render(skill));
    expect(body.split("\n")[0]).toBe(`# ${skill} roadmap`);
    expect(uncheckedTasks(body).length).toBeGreaterThanOrEqual(5);
    expect(body).not.toMatch(/- \[[xX]\]/);
    expect(linkLines(body)).toEqual(LINKS.map((l) => `- ${l}`));
    expect(body).toContain(`## Postings that ask for it\n- ${LINKS[0]}\n- ${LINKS[1]}\n`);
  });

  test("no placeholder is left unfilled", () => {
    const out = render("Go");
    expect(out).not.toMatch(/\{\{\s*\w+/);
  });

  test("with no postings there are no link lines and the tasks remain", () => {
    const { frontmatter, body } = split(render("Go", []));
    expect(frontmatter.aliases).toEqual(["Go"]);
    expect(linkLines(body)).toEqual([]);
    expect(uncheckedTasks(body).length).toBeGreaterThanOrEqual(5);
  });

  test("property: any skill comes back exactly as the alias and in the heading", () => {
    const skill = fc.oneof(fc.string({ minLength: 1 }), fc.string({ unit: "binary", minLength: 1 }), fc.constantFrom(...SKILLS));
    const links = fc.array(fc.string({ unit: fc.constantFrom(..."abc XYZ-,.|/#"), minLength: 1 }).map((s) => `[[${s}]]`), { maxLength: 5 });
    fc.assert(
      fc.property(skill, links, (s, ls) => {
        const { frontmatter, body } = split(render(s, ls));
        expect(frontmatter.aliases).toEqual([s]);
        expect(body.startsWith(`# ${s} roadmap\n`)).toBe(true);
        expect(uncheckedTasks(body).length).toBeGreaterThanOrEqual(5);
        expect(body.endsWith(`## Postings that ask for it\n${ls.map((l) => `- ${l}`).join("\n")}\n`)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a user's own roadmap template", () => {
  test("gets the skill as an alias when it has no aliases key", () => {
    const { frontmatter, body } = split(render("C#", [], "---\ntags: [roadmap]\n---\n# {{skill}}\n"));
    expect(frontmatter).toEqual({ tags: ["roadmap"], aliases: ["C#"] });
    expect(body).toBe("# C#\n");
  });

  test("gets a frontmatter with the alias when it has none", () => {
    const { frontmatter, body } = split(render("Node.js", ["[[A]]"], "# {{skill}}\n{{postingLinks}}\n"));
    expect(frontmatter).toEqual({ aliases: ["Node.js"] });
    expect(body).toBe("# Node.js\n- [[A]]\n");
  });

  test("keeps its own aliases key, whatever its case, and adds the skill to it", () => {
    expect(split(render("C#", [], "---\nAliases: [Csharp]\n---\n")).frontmatter).toEqual({ Aliases: ["Csharp", "C#"] });
    // Also when the template's aliases come from a placeholder; the comments under them stay.
    expect(render("C#", [], '---\naliases:\n  - "{{skill}} roadmap"\n  # keep me\n---\n')).toBe("---\naliases:\n  - C# roadmap\n  - C#\n  # keep me\n---\n");
    // An empty aliases list, as the sample vault's roadmap template has, gets the skill.
    expect(split(render("C#", [], "---\ntags: [roadmap]\naliases: []\n---\n")).frontmatter).toEqual({ tags: ["roadmap"], aliases: ["C#"] });
  });

  test("a skill with '#' gets a note name that says it, not the name of another skill", () => {
    expect(roadmapNoteName("C#")).toBe("C Sharp Roadmap");
    expect(roadmapNoteName("F#")).toBe("F Sharp Roadmap");
    expect(roadmapNoteName("C++")).toBe("C++ Roadmap");
    expect(roadmapNoteName("Go")).toBe("Go Roadmap");
  });

  test.each([
    ["Go", true],
    ["C#", true],
    ["C++", true],
    [".NET", true],
    ["CI/CD", true],
    ["R", true],
    ["3D modeling", true],
    ["Développement web", true],
    ["機械学習", true],
    ["x]]y", false],
    ["[[Go", false],
    ['<img src=x onerror="alert(1)">', false],
    ["{{skill}}", false],
    ["2024", false],
    ["+++", false],
    ["", false],
    ["Experience building and operating large distributed systems in production", false],
  ])("roadmap notes made unasked: %j -> %s", (skill, makes) => {
    expect(makesRoadmapName(skill)).toBe(makes);
  });
});
