import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { findFrontmatter } from "../../src/core/note-reader";
import { writeSkillSection, type SectionOptions, type SkillLine } from "../../src/core/skill-section";

const OPTIONS: SectionOptions = { heading: "## Skill roadmaps" };

function note(...lines: string[]): string {
  return lines.join("\n");
}

function write(text: string, lines: readonly SkillLine[], options: SectionOptions = OPTIONS): string {
  return writeSkillSection(text, lines, options);
}

const PG: SkillLine = { skill: "PostgreSQL", link: "[[Roadmaps/PostgreSQL|PostgreSQL]]" };
const GO: SkillLine = { skill: "Go", link: null };
const REDIS: SkillLine = { skill: "Redis", link: "[[Roadmaps/Redis|Redis]]" };
const RUBY: SkillLine = { skill: "Ruby", link: "[Ruby](Roadmaps/Ruby.md)" };

const FRONTMATTER = ["---", "Company: Acme", "Stage: Research", "Skills: [PostgreSQL, Go]", "---"];

describe("writeSkillSection: a template-shaped note", () => {
  test("fills an empty section left by the template, after its blank line", () => {
    const text = note(
      "---",
      'id: "01JB0000000000000000000000"',
      'title: "Backend Engineer"',
      'Company: "Acme"',
      'Stage: "Research"',
      "Skills: [PostgreSQL, Go]",
      "tags: [job]",
      "---",
      "# To Do",
      "- [ ] Research the company",
      "- [ ] Tailor resume",
      "",
      "## Skill roadmaps",
      "",
      "",
      "## Description",
      "Build things.",
      "",
    );
    expect(write(text, [PG, GO])).toBe(
      note(
        "---",
        'id: "01JB0000000000000000000000"',
        'title: "Backend Engineer"',
        'Company: "Acme"',
        'Stage: "Research"',
        "Skills: [PostgreSQL, Go]",
        "tags: [job]",
        "---",
        "# To Do",
        "- [ ] Research the company",
        "- [ ] Tailor resume",
        "",
        "## Skill roadmaps",
        "",
        "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]",
        "- [ ] Go (no roadmap yet)",
        "",
        "## Description",
        "Build things.",
        "",
      ),
    );
  });

  test("a heading followed directly by the next heading gets its items and a blank line", () => {
    const text = note(...FRONTMATTER, "## Skill roadmaps", "## Description", "Build things.", "");
    expect(write(text, [PG])).toBe(
      note(...FRONTMATTER, "## Skill roadmaps", "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]", "", "## Description", "Build things.", ""),
    );
  });

  test("a heading followed by a list joins that list without a blank line", () => {
    const text = note("## Skill roadmaps", "- [ ] [[Old skill]]", "");
    expect(write(text, [PG])).toBe(note("## Skill roadmaps", "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]", "- [ ] [[Old skill]]", ""));
  });

  test("a heading followed by a paragraph keeps it apart with a blank line", () => {
    const text = note("## Skill roadmaps", "Learn these first.", "");
    expect(write(text, [GO])).toBe(note("## Skill roadmaps", "- [ ] Go (no roadmap yet)", "", "Learn these first.", ""));
  });
});

describe("writeSkillSection: the seed posting", () => {
  // A real posting note: no section yet; its body starts with the H1 "# To Do ", so the section goes before it.
  const seed = readFileSync(join(__dirname, "..", "fixtures", "seed-posting.md"), "utf8");
  const lines: SkillLine[] = [
    { skill: "GraphQL", link: "[[notes-catalog/Web Development/Backend/GraphQL/GraphQL|GraphQL]]" },
    { skill: "Ruby on Rails", link: "[[Roadmaps/Ruby on Rails Roadmap|Ruby on Rails]]" },
    { skill: "Ruby", link: "[[Roadmaps/Ruby|Ruby]]" },
    { skill: "Pajamas Design System", link: null },
    { skill: "Redis", link: "[[Roadmaps/Redis|Redis]]" },
    { skill: "PostgreSQL", link: "[[Roadmaps/PostgreSQL|PostgreSQL]]" },
  ];
  const out = write(seed, lines);
  const block = findFrontmatter(seed);
  const bodyStart = block?.bodyStart ?? 0;
  const title = "# To Do \n";

  test("the body starts with an H1, so the section goes right before it, and that heading ends the section", () => {
    expect(seed.slice(bodyStart, bodyStart + title.length)).toBe(title);
    const head = seed.slice(0, bodyStart);
    const tail = seed.slice(bodyStart);
    expect(out).toBe(
      head +
        note(
          "## Skill roadmaps",
          "- [ ] [[notes-catalog/Web Development/Backend/GraphQL/GraphQL|GraphQL]]",
          "- [ ] [[Roadmaps/Ruby on Rails Roadmap|Ruby on Rails]]",
          "- [ ] [[Roadmaps/Ruby|Ruby]]",
          "- [ ] Pajamas Design System (no roadmap yet)",
          "- [ ] [[Roadmaps/Redis|Redis]]",
          "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]",
          "",
          "",
        ) +
        tail,
    );
  });

  test("the frontmatter and the end of the note (no trailing newline) are untouched", () => {
    expect(seed.endsWith("\n")).toBe(false);
    expect(out.slice(0, bodyStart)).toBe(seed.slice(0, bodyStart));
    expect(out.endsWith("What is your GitLab username?")).toBe(true);
  });

  test("running again changes nothing, and the to-do list's own GraphQL link is left alone", () => {
    expect(write(out, lines)).toBe(out);
    expect(out).toContain("\n\t- [ ] [[notes-catalog/Web Development/Backend/GraphQL/GraphQL|GraphQL]]\n");
    const moved = lines.map((l) => (l.skill === "GraphQL" ? { skill: "GraphQL", link: "[[Roadmaps/GraphQL|GraphQL]]" } : l));
    const again = write(out, moved);
    expect(again).toBe(out.replace("- [ ] [[notes-catalog/Web Development/Backend/GraphQL/GraphQL|GraphQL]]\n- [ ] [[Roadmaps/Ruby on", "- [ ] [[Roadmaps/GraphQL|GraphQL]]\n- [ ] [[Roadmaps/Ruby on"));
    expect(again).toContain("\n\t- [ ] [[notes-catalog/Web Development/Backend/GraphQL/GraphQL|GraphQL]]\n");
  });
});

describe("writeSkillSection: existing items", () => {
  test("check marks, bullets and indentation are kept; only the text after the checkbox changes", () => {
    const text = note(
      ...FRONTMATTER,
      "## Skill roadmaps",
      "- [x] [[Old/PostgreSQL|PostgreSQL]]",
      "* [X] Redis (no roadmap yet)",
      "\t+ [-] [Ruby](old/Ruby.md)",
      "1. [?]   Go",
      "",
    );
    expect(write(text, [PG, REDIS, { skill: "Ruby", link: "[[Roadmaps/Ruby|Ruby]]" }, GO])).toBe(
      note(
        ...FRONTMATTER,
        "## Skill roadmaps",
        "- [x] [[Roadmaps/PostgreSQL|PostgreSQL]]",
        "* [X] [[Roadmaps/Redis|Redis]]",
        "\t+ [-] [[Roadmaps/Ruby|Ruby]]",
        "1. [?]   Go (no roadmap yet)",
        "",
      ),
    );
  });

  test("an item already up to date is byte-identical, and the same text object comes back", () => {
    const text = note(...FRONTMATTER, "## Skill roadmaps", "- [x] [[Roadmaps/PostgreSQL|PostgreSQL]]", "- [ ] Go (no roadmap yet)", "");
    expect(write(text, [PG, GO])).toBe(text);
  });

  test("a user's note line inside the section stays where it is", () => {
    const text = note(
      "## Skill roadmaps",
      "Start with the database, it is what they ask about most.",
      "- [ ] PostgreSQL (no roadmap yet)",
      "  - [ ] read chapter 3 first",
      "> remember: the interview is on Friday",
      "",
    );
    expect(write(text, [PG])).toBe(
      note(
        "## Skill roadmaps",
        "Start with the database, it is what they ask about most.",
        "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]",
        "  - [ ] read chapter 3 first",
        "> remember: the interview is on Friday",
        "",
      ),
    );
  });

  test("a skill no longer listed keeps its line", () => {
    const text = note("## Skill roadmaps", "- [x] [[Roadmaps/Kubernetes|Kubernetes]]", "- [ ] [[Roadmaps/Redis|Redis]]", "");
    expect(write(text, [REDIS])).toBe(text);
    expect(write(text, [])).toBe(text);
  });

  test("a new skill goes after the last item and its sub-items, in the given order", () => {
    const text = note(
      "# Acme",
      "## Skill roadmaps",
      "- [ ] [[Roadmaps/Redis|Redis]]",
      "Some words between.",
      "- [x] [[Roadmaps/PostgreSQL|PostgreSQL]]",
      "\t- [ ] indexes",
      "\t- [x] MVCC",
      "",
      "Closing thoughts.",
      "## Description",
      "",
    );
    expect(write(text, [REDIS, GO, PG, RUBY])).toBe(
      note(
        "# Acme",
        "## Skill roadmaps",
        "- [ ] [[Roadmaps/Redis|Redis]]",
        "Some words between.",
        "- [x] [[Roadmaps/PostgreSQL|PostgreSQL]]",
        "\t- [ ] indexes",
        "\t- [x] MVCC",
        "- [ ] Go (no roadmap yet)",
        "- [ ] [Ruby](Roadmaps/Ruby.md)",
        "",
        "Closing thoughts.",
        "## Description",
        "",
      ),
    );
  });

  test("new items follow the last item's indentation and bullet", () => {
    const text = note("## Skill roadmaps", "- [ ] Roadmaps", "  * [ ] [[Roadmaps/Redis|Redis]]", "");
    expect(write(text, [REDIS, GO])).toBe(note("## Skill roadmaps", "- [ ] Roadmaps", "  * [ ] [[Roadmaps/Redis|Redis]]", "  * [ ] Go (no roadmap yet)", ""));
  });

  test("when a roadmap appears, the plain item becomes a link and keeps its check mark", () => {
    const text = note(...FRONTMATTER, "## Skill roadmaps", "- [x] Redis (no roadmap yet)", "- [/] go (no roadmap yet)", "");
    const later = write(text, [REDIS, { skill: "Go", link: "[Go](Roadmaps/Go%20Roadmap.md)" }]);
    expect(later).toBe(note(...FRONTMATTER, "## Skill roadmaps", "- [x] [[Roadmaps/Redis|Redis]]", "- [/] [Go](Roadmaps/Go%20Roadmap.md)", ""));
  });

  test("when a roadmap goes away, the link becomes the plain marker text", () => {
    const text = note("## Skill roadmaps", "- [x] [[Roadmaps/Redis|Redis]]", "");
    expect(write(text, [{ skill: "Redis", link: null }])).toBe(note("## Skill roadmaps", "- [x] Redis (no roadmap yet)", ""));
  });

  test("items are recognised by alias, by target base name, by '<skill> Roadmap' and by plain text", () => {
    const text = note(
      "## Skill roadmaps",
      "- [ ] [[Learning/Databases/PostgreSQL]]",
      "- [ ] [[Kubernetes Roadmap]]",
      "- [ ] [k8s notes](Roadmaps/Go.md#basics)",
      "- [ ]  redis",
      "- [ ] [[Some note|Ruby]]",
      "",
    );
    const lines: SkillLine[] = [PG, { skill: "Kubernetes", link: "[[Roadmaps/Kubernetes|Kubernetes]]" }, { skill: "Go", link: "[[Go]]" }, REDIS, RUBY];
    expect(write(text, lines)).toBe(
      note(
        "## Skill roadmaps",
        "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]",
        "- [ ] [[Roadmaps/Kubernetes|Kubernetes]]",
        "- [ ] [[Go]]",
        "- [ ]  [[Roadmaps/Redis|Redis]]",
        "- [ ] [Ruby](Roadmaps/Ruby.md)",
        "",
      ),
    );
  });

  test("no fuzzy guesses: 'Ruby on Rails' is not the item of 'Ruby'", () => {
    const text = note("## Skill roadmaps", "- [ ] [[Roadmaps/Ruby on Rails|Ruby on Rails]]", "");
    // With no recognised item, the new one goes right after the heading.
    expect(write(text, [RUBY])).toBe(note("## Skill roadmaps", "- [ ] [Ruby](Roadmaps/Ruby.md)", "- [ ] [[Roadmaps/Ruby on Rails|Ruby on Rails]]", ""));
  });

  test("text the user added after the link is kept; a stale marker after a link is dropped", () => {
    const text = note(
      "## Skill roadmaps",
      "- [x] [[Old/Redis|Redis]] (halfway, see notes)",
      "- [ ] [[Old/Go|Go]] (no roadmap yet)",
      "- [ ] PostgreSQL (no roadmap yet) ask Sam",
      "",
    );
    const out = write(text, [REDIS, { skill: "Go", link: "[[Roadmaps/Go|Go]]" }, { skill: "PostgreSQL", link: null }]);
    expect(out).toBe(
      note(
        "## Skill roadmaps",
        "- [x] [[Roadmaps/Redis|Redis]] (halfway, see notes)",
        "- [ ] [[Roadmaps/Go|Go]]",
        "- [ ] PostgreSQL (no roadmap yet) ask Sam",
        "",
      ),
    );
    const linked = write(out, [REDIS, { skill: "Go", link: "[[Roadmaps/Go|Go]]" }, PG]);
    expect(linked).toBe(
      note(
        "## Skill roadmaps",
        "- [x] [[Roadmaps/Redis|Redis]] (halfway, see notes)",
        "- [ ] [[Roadmaps/Go|Go]]",
        "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]] ask Sam",
        "",
      ),
    );
    expect(write(linked, [REDIS, { skill: "Go", link: "[[Roadmaps/Go|Go]]" }, PG])).toBe(linked);
  });

  test("a second line for the same skill is the user's and stays", () => {
    const text = note("## Skill roadmaps", "- [ ] [[Old/Redis|Redis]]", "- [x] Redis", "");
    expect(write(text, [REDIS])).toBe(note("## Skill roadmaps", "- [ ] [[Roadmaps/Redis|Redis]]", "- [x] Redis", ""));
  });

  test("duplicate skills in the list: the first wins", () => {
    const text = note("## Skill roadmaps", "");
    const lines: SkillLine[] = [{ skill: "postgres sql", link: null }, PG, { skill: "PostgreSQL", link: "[[Other]]" }];
    expect(write(text, lines)).toBe(note("## Skill roadmaps", "- [ ] postgres sql (no roadmap yet)", "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]", ""));
    expect(write(text, [PG, { skill: " postgresql ", link: "[[Other]]" }])).toBe(note("## Skill roadmaps", "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]", ""));
  });

  test("a custom marker is written, and the default one is still recognised", () => {
    const text = note("## Skill roadmaps", "- [x] Redis (no roadmap yet)", "");
    const options: SectionOptions = { heading: "## Skill roadmaps", noRoadmapText: "— to do" };
    const out = write(text, [{ skill: "Redis", link: null }, GO], options);
    expect(out).toBe(note("## Skill roadmaps", "- [x] Redis — to do", "- [ ] Go — to do", ""));
    expect(write(out, [{ skill: "Redis", link: null }, GO], options)).toBe(out);
    expect(write(text, [{ skill: "Redis", link: null }], { heading: "## Skill roadmaps", noRoadmapText: "  " })).toBe(text);
  });
});

describe("writeSkillSection: a missing section", () => {
  test("goes at the end when the body does not start with a heading, so it never takes in the user's lines", () => {
    const text = note(...FRONTMATTER, "Some intro.", "", "## Description", "");
    expect(write(text, [PG, GO])).toBe(
      note(...FRONTMATTER, "Some intro.", "", "## Description", "", "## Skill roadmaps", "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]", "- [ ] Go (no roadmap yet)", ""),
    );
  });

  test("goes before a leading H1 (past blank lines), which then ends the section", () => {
    const text = note(...FRONTMATTER, "", "# Backend Engineer at Acme", "", "Some intro.", "");
    expect(write(text, [GO])).toBe(note(...FRONTMATTER, "", "## Skill roadmaps", "- [ ] Go (no roadmap yet)", "", "# Backend Engineer at Acme", "", "Some intro.", ""));
  });

  test("a note without frontmatter: the same rule from the start of the file", () => {
    expect(write(note("# Acme", "Intro.", ""), [GO])).toBe(note("## Skill roadmaps", "- [ ] Go (no roadmap yet)", "", "# Acme", "Intro.", ""));
    expect(write(note("Intro.", ""), [GO])).toBe(note("Intro.", "", "## Skill roadmaps", "- [ ] Go (no roadmap yet)", ""));
    expect(write(note("", "Intro.", ""), [GO])).toBe(note("", "Intro.", "", "## Skill roadmaps", "- [ ] Go (no roadmap yet)", ""));
    expect(write("", [GO])).toBe(note("## Skill roadmaps", "- [ ] Go (no roadmap yet)", ""));
    expect(write("Intro.", [GO])).toBe("Intro.\n\n## Skill roadmaps\n- [ ] Go (no roadmap yet)");
    expect(write("Intro.\n\n\n", [GO])).toBe("Intro.\n\n## Skill roadmaps\n- [ ] Go (no roadmap yet)\n\n\n");
  });

  test("a byte order mark stays first", () => {
    expect(write("\uFEFFIntro.\n", [GO])).toBe("\uFEFFIntro.\n\n## Skill roadmaps\n- [ ] Go (no roadmap yet)\n");
  });

  test("a note that is only frontmatter", () => {
    expect(write(note(...FRONTMATTER, ""), [GO])).toBe(note(...FRONTMATTER, "## Skill roadmaps", "- [ ] Go (no roadmap yet)", ""));
    expect(write(note(...FRONTMATTER), [GO])).toBe(note(...FRONTMATTER, "## Skill roadmaps", "- [ ] Go (no roadmap yet)"));
  });

  test("no skills and no section: the text comes back unchanged", () => {
    const text = note(...FRONTMATTER, "# Acme", "");
    expect(write(text, [])).toBe(text);
    expect(write(text, [{ skill: "  ", link: null }, { skill: "-", link: "[[x]]" }])).toBe(text);
  });

  test("a heading option without '#'s is an H2; a blank one is the default heading", () => {
    expect(write("Intro.\n", [GO], { heading: "Roadmaps" })).toBe("Intro.\n\n## Roadmaps\n- [ ] Go (no roadmap yet)\n");
    expect(write("Intro.\n", [GO], { heading: "" })).toBe("Intro.\n\n## Skill roadmaps\n- [ ] Go (no roadmap yet)\n");
    expect(write("Intro.\n", [GO], { heading: "### Learning\n" })).toBe("Intro.\n\n### Learning\n- [ ] Go (no roadmap yet)\n");
  });
});

describe("writeSkillSection: finding the heading", () => {
  test("matched case-insensitively, with surrounding spaces and closing #s ignored", () => {
    const text = note("# Acme", "##   SKILL Roadmaps  ##", "- [ ] Go (no roadmap yet)", "");
    expect(write(text, [GO, REDIS])).toBe(note("# Acme", "##   SKILL Roadmaps  ##", "- [ ] Go (no roadmap yet)", "- [ ] [[Roadmaps/Redis|Redis]]", ""));
  });

  test("an emoji on the heading does not hide it", () => {
    const text = note("# Acme", "## 🗺️ Skill Roadmaps 🗺️", "- [ ] Go (no roadmap yet)", "");
    expect(write(text, [GO, REDIS])).toBe(note("# Acme", "## 🗺️ Skill Roadmaps 🗺️", "- [ ] Go (no roadmap yet)", "- [ ] [[Roadmaps/Redis|Redis]]", ""));
  });

  test("a '### Skill roadmaps' heading is not the '##' section", () => {
    const text = note("# Acme", "### Skill roadmaps", "- [ ] Go (no roadmap yet)", "");
    expect(write(text, [GO])).toBe(note("## Skill roadmaps", "- [ ] Go (no roadmap yet)", "", "# Acme", "### Skill roadmaps", "- [ ] Go (no roadmap yet)", ""));
  });

  test("a lower-level heading inside the section does not end it; a same-level one does", () => {
    const text = note("## Skill roadmaps", "### Databases", "- [ ] [[Old|PostgreSQL]]", "## Notes", "- [ ] Go", "");
    expect(write(text, [PG, GO])).toBe(
      note("## Skill roadmaps", "### Databases", "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]", "- [ ] Go (no roadmap yet)", "## Notes", "- [ ] Go", ""),
    );
  });

  test("a heading inside a code fence is not the section, and fenced task lines are not items", () => {
    const text = note(
      "# Acme",
      "```markdown",
      "## Skill roadmaps",
      "- [ ] Go (no roadmap yet)",
      "```",
      "## Skill roadmaps",
      "- [ ] Redis (no roadmap yet)",
      "~~~",
      "- [ ] Go",
      "## Not a heading here",
      "~~~",
      "",
    );
    expect(write(text, [GO, REDIS])).toBe(
      note(
        "# Acme",
        "```markdown",
        "## Skill roadmaps",
        "- [ ] Go (no roadmap yet)",
        "```",
        "## Skill roadmaps",
        "- [ ] [[Roadmaps/Redis|Redis]]",
        "- [ ] Go (no roadmap yet)",
        "~~~",
        "- [ ] Go",
        "## Not a heading here",
        "~~~",
        "",
      ),
    );
  });

  test("a heading or item inside a comment (%% or <!-- -->) is not the note's: the section is missing", () => {
    expect(write(note("# Acme", "%%", "## Skill roadmaps", "old", "%%", "# Real", ""), [GO])).toBe(
      note("## Skill roadmaps", "- [ ] Go (no roadmap yet)", "", "# Acme", "%%", "## Skill roadmaps", "old", "%%", "# Real", ""),
    );
    expect(write(note("## Skill roadmaps", "- [ ] Go (no roadmap yet)", "<!--", "- [ ] [[Old|Redis]]", "-->", ""), [GO, REDIS])).toBe(
      note("## Skill roadmaps", "- [ ] Go (no roadmap yet)", "- [ ] [[Roadmaps/Redis|Redis]]", "<!--", "- [ ] [[Old|Redis]]", "-->", ""),
    );
  });

  test("a heading only inside a fence means the section is missing", () => {
    const text = note("Intro.", "```", "## Skill roadmaps", "```", "");
    expect(write(text, [GO])).toBe(note("Intro.", "```", "## Skill roadmaps", "```", "", "## Skill roadmaps", "- [ ] Go (no roadmap yet)", ""));
  });

  test("new items never land inside a fence that is left open", () => {
    const text = note("## Skill roadmaps", "- [ ] [[Roadmaps/Redis|Redis]]", "  ```", "  code", "");
    const out = write(text, [REDIS, GO]);
    expect(out).toBe(note("## Skill roadmaps", "- [ ] [[Roadmaps/Redis|Redis]]", "- [ ] Go (no roadmap yet)", "  ```", "  code", ""));
    expect(write(out, [REDIS, GO])).toBe(out);
  });

  test("headings in the frontmatter do not count", () => {
    const text = note("---", "Notes: |", "  ## Skill roadmaps", "---", "Body.", "");
    expect(write(text, [GO])).toBe(note("---", "Notes: |", "  ## Skill roadmaps", "---", "Body.", "", "## Skill roadmaps", "- [ ] Go (no roadmap yet)", ""));
  });
});

describe("writeSkillSection: line endings", () => {
  test("a CRLF note gets CRLF lines and keeps its own", () => {
    const text = ["---", "Company: Acme", "---", "# Acme", "Intro.", ""].join("\r\n");
    expect(write(text, [PG, GO])).toBe(
      ["---", "Company: Acme", "---", "## Skill roadmaps", "- [ ] [[Roadmaps/PostgreSQL|PostgreSQL]]", "- [ ] Go (no roadmap yet)", "", "# Acme", "Intro.", ""].join("\r\n"),
    );
    const section = ["# Acme", "## Skill roadmaps", "- [x] Go (no roadmap yet)", "## Description", ""].join("\r\n");
    expect(write(section, [{ skill: "Go", link: "[[Go]]" }, REDIS])).toBe(
      ["# Acme", "## Skill roadmaps", "- [x] [[Go]]", "- [ ] [[Roadmaps/Redis|Redis]]", "## Description", ""].join("\r\n"),
    );
  });

  test("a note with mixed endings keeps each existing line's ending and uses the first one's for new lines", () => {
    // "more" continues the Go item's paragraph, so the new item goes after it.
    const text = "## Skill roadmaps\r\n- [ ] Go\nmore\r\n";
    expect(write(text, [GO, REDIS])).toBe("## Skill roadmaps\r\n- [ ] Go (no roadmap yet)\nmore\r\n- [ ] [[Roadmaps/Redis|Redis]]\r\n");
  });

  test("no trailing newline: kept when the insertion is not at the end", () => {
    const text = note("## Skill roadmaps", "- [ ] Go", "", "## Description", "Build things.");
    expect(write(text, [GO, REDIS])).toBe(
      note("## Skill roadmaps", "- [ ] Go (no roadmap yet)", "- [ ] [[Roadmaps/Redis|Redis]]", "", "## Description", "Build things."),
    );
  });

  test("no trailing newline: items appended at the very end leave the note still without one", () => {
    const text = note("# Acme", "## Skill roadmaps", "- [ ] [[Roadmaps/Redis|Redis]]");
    const out = write(text, [REDIS, GO]);
    expect(out).toBe(note("# Acme", "## Skill roadmaps", "- [ ] [[Roadmaps/Redis|Redis]]", "- [ ] Go (no roadmap yet)"));
    expect(write(out, [REDIS, GO])).toBe(out);
    expect(write("## Skill roadmaps", [GO])).toBe("## Skill roadmaps\n- [ ] Go (no roadmap yet)");
    expect(write("## Skill roadmaps\r\n- [ ] Redis", [REDIS])).toBe("## Skill roadmaps\r\n- [ ] [[Roadmaps/Redis|Redis]]");
  });
});

describe("writeSkillSection: hostile skill names", () => {
  const hostile: SkillLine[] = [
    { skill: "<img onerror=alert(1)>", link: null },
    { skill: "]]", link: null },
    { skill: "|", link: "[[Roadmaps/pipe|]]|]]" },
    { skill: "🚀 Rocket science", link: "[[Roadmaps/🚀 Rocket science|🚀 Rocket science]]" },
    { skill: "line\nbreak", link: null },
  ];

  test("are written as given (line breaks become spaces), and found again", () => {
    const out = write("Intro.\n", hostile);
    expect(out).toBe(
      note(
        "Intro.",
        "",
        "## Skill roadmaps",
        "- [ ] <img onerror=alert(1)> (no roadmap yet)",
        "- [ ] ]] (no roadmap yet)",
        "- [ ] [[Roadmaps/pipe|]]|]]",
        "- [ ] [[Roadmaps/🚀 Rocket science|🚀 Rocket science]]",
        "- [ ] line break (no roadmap yet)",
        "",
      ),
    );
    expect(write(out, hostile)).toBe(out);
    expect(write(out, [...hostile].reverse())).toBe(out);
  });

  test("bad input never throws and changes nothing", () => {
    const text = note("## Skill roadmaps", "- [ ] Go", "");
    const bad = [null, 42, { skill: 7 }, { link: "[[x]]" }] as unknown as SkillLine[];
    expect(write(text, bad)).toBe(text);
    expect(writeSkillSection(text, null as unknown as SkillLine[], OPTIONS)).toBe(text);
    expect(writeSkillSection(text, [GO], null as unknown as SectionOptions)).toBe(note("## Skill roadmaps", "- [ ] Go (no roadmap yet)", ""));
    expect(writeSkillSection(null as unknown as string, [GO], OPTIONS)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const SKILL_NAMES = ["Go", "PostgreSQL", "Redis", "Ruby", "Ruby on Rails", "Kubernetes", "C", "C#", "]]", "|", "<img onerror=alert(1)>", "🚀 Rockets"];

const skillLine: fc.Arbitrary<SkillLine> = fc.constantFrom(...SKILL_NAMES).chain((skill) =>
  fc.record({
    skill: fc.constant(skill),
    link: fc.constantFrom<string | null>(null, `[[Roadmaps/${skill}|${skill}]]`, `[${skill}](Roadmaps/${encodeURIComponent(skill)}.md)`, `[[${skill} Roadmap]]`, "[[Shared roadmap]]"),
  }),
);
const skillLines = fc.array(skillLine, { maxLength: 6 });

const TASK_LINES = [
  "- [ ] [[Roadmaps/Go|Go]]",
  "- [x] Go",
  "* [X] [PostgreSQL](Roadmaps/PostgreSQL.md)",
  "\t- [-] [[Redis Roadmap]]",
  "- [ ] Redis (no roadmap yet) keep this",
  "1. [ ] Kubernetes",
  "- [ ] [[Old/Ruby|Ruby]] chapter 2",
  "- [x]",
  "- [ ] ]] (no roadmap yet)",
  "  - [ ] [[Shared roadmap]]",
  "- [ ] C#",
  "- [ ] [[C]]",
];
const TEXT_LINES = ["Some notes.", "", "  ", "Ruby", "PostgreSQL (no roadmap yet)", "- plain bullet", "> quoted", "### Skill roadmaps", "#### Details"];
const HIGH_HEADINGS = ["## Description", "# Title", "## Notes ##"];
const SECTION_HEADINGS = ["## Skill roadmaps", "## skill ROADMAPS ##", "  ##  Skill roadmaps"];

const innerLine = fc.constantFrom(...TASK_LINES, ...TEXT_LINES, ...HIGH_HEADINGS, ...SECTION_HEADINGS);
const fenced = fc.tuple(fc.constantFrom("```", "~~~"), fc.array(innerLine, { maxLength: 3 })).map(([f, inner]) => [f, ...inner, f]);
/** Blocks that hold no section heading and no H1/H2 outside fences. */
const quietBlock = fc.oneof(fc.constantFrom(...TASK_LINES, ...TEXT_LINES).map((l) => [l]), fenced);
const anyBlock = fc.oneof({ weight: 4, arbitrary: quietBlock }, fc.constantFrom(...HIGH_HEADINGS, ...SECTION_HEADINGS).map((l) => [l]));

const frontmatter = fc.constantFrom<string[]>([], ["---", "Company: Acme", "Skills: [Go]", "---"], ["---", "---"]);
const eol = fc.constantFrom("\n", "\r\n");

/** A note made of lines, with its line ending and whether it ends with one. */
const randomNote = fc
  .tuple(frontmatter, fc.array(anyBlock, { maxLength: 12 }), eol, fc.boolean())
  .map(([fm, blocks, nl, trailing]) => {
    const lines = [...fm, ...blocks.flat()];
    return lines.join(nl) + (trailing && lines.length > 0 ? nl : "");
  });

/** A note in three known parts: text before the section, the section, and text after it. */
const partedNote = fc
  .record({
    fm: frontmatter,
    before: fc.array(quietBlock, { maxLength: 6 }),
    heading: fc.constantFrom(...SECTION_HEADINGS),
    section: fc.array(fc.oneof(quietBlock, fc.constant(["### Sub-heading"])), { maxLength: 8 }),
    after: fc.option(fc.tuple(fc.constantFrom(...HIGH_HEADINGS), fc.array(anyBlock, { maxLength: 5 })), { nil: null }),
    nl: eol,
    trailing: fc.boolean(),
  })
  .map(({ fm, before, heading, section, after, nl, trailing }) => {
    const head = [...fm, ...before.flat(), heading];
    const tail = after ? [after[0], ...after[1].flat()] : [];
    const end = trailing ? nl : "";
    const text = [...head, ...section.flat(), ...tail].join(nl) + end;
    // Up to the end of the heading line, and from the start of the next same-or-higher heading.
    // A note of one line shows no line ending of its own; the section then uses "\n".
    return { text, head: head.join(nl), nl: /\r?\n/.test(text) ? nl : "\n", suffix: tail.length > 0 ? tail.join(nl) + end : "" };
  });

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

const TASK_PREFIX = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[.\]/;

/** Every input line is in the output, in order: as it was, or (a task line) with only the text after its checkbox changed; the rest of the output is added lines. */
function alignsWithAdditions(input: readonly string[], output: readonly string[]): boolean {
  const n = input.length;
  const m = output.length;
  // can[i][j]: input[i..] fits into output[j..].
  const can: boolean[][] = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  for (let j = 0; j <= m; j++) (can[n] as boolean[])[j] = true;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const a = input[i] ?? "";
      const b = output[j] ?? "";
      const prefix = TASK_PREFIX.exec(a)?.[0];
      const fits = a === b || (prefix !== undefined && b.startsWith(prefix));
      (can[i] as boolean[])[j] = (fits && can[i + 1]?.[j + 1] === true) || can[i]?.[j + 1] === true;
    }
  }
  return can[0]?.[0] === true;
}

describe("writeSkillSection: properties", () => {
  test("idempotent on notes made of posting-like lines", () => {
    fc.assert(
      fc.property(randomNote, skillLines, (text, lines) => {
        const once = write(text, lines);
        expect(write(once, lines)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  test("idempotent on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), skillLines, (text, lines) => {
        const once = write(text, lines);
        expect(write(once, lines)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  test("the text before the section (heading included) and after it is unchanged", () => {
    fc.assert(
      fc.property(partedNote, skillLines, ({ text, head, nl, suffix }, lines) => {
        const out = write(text, lines);
        expect(out.startsWith(head)).toBe(true);
        if (out.length > head.length) expect(out.slice(head.length, head.length + nl.length)).toBe(nl);
        expect(out.endsWith(suffix)).toBe(true);
        expect(out.length - suffix.length).toBeGreaterThanOrEqual(head.length);
      }),
      { numRuns: 500 },
    );
  });

  test("a missing section is one insertion: everything around it is unchanged", () => {
    fc.assert(
      fc.property(randomNote, skillLines, (text, lines) => {
        fc.pre(!/^ {0,3}## +skill roadmaps/im.test(text));
        const out = write(text, lines);
        let p = 0;
        while (p < text.length && text[p] === out[p]) p++;
        let s = 0;
        while (s < text.length - p && text[text.length - 1 - s] === out[out.length - 1 - s]) s++;
        expect(p + s).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  test("no line is lost: every original line is still there in order, or is a task line whose text was replaced", () => {
    fc.assert(
      fc.property(fc.oneof(randomNote, partedNote.map((p) => p.text)), skillLines, (text, lines) => {
        const input = splitLines(text);
        const output = splitLines(write(text, lines));
        expect(alignsWithAdditions(input, output)).toBe(true);
        expect(output.length - input.length).toBeLessThanOrEqual(lines.length + 3);
      }),
      { numRuns: 500 },
    );
  });

  test("never throws, whatever the text, skills and options", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.array(fc.record({ skill: fc.string({ maxLength: 12 }), link: fc.option(fc.string({ maxLength: 20 }), { nil: null }) }), { maxLength: 6 }),
        fc.record({ heading: fc.string({ maxLength: 12 }), noRoadmapText: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }) }),
        (text, lines, raw) => {
          const options: SectionOptions = raw.noRoadmapText === undefined ? { heading: raw.heading } : { heading: raw.heading, noRoadmapText: raw.noRoadmapText };
          expect(typeof writeSkillSection(text, lines, options)).toBe("string");
          const once = writeSkillSection(text, lines, options);
          expect(writeSkillSection(once, lines, options)).toBe(once);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("writeSkillSection: a heading option that ends in #", () => {
  test.each(["$ #", "Roadmaps ##", "C #"])("%j is found again on the next run, so the section is not written twice", (heading) => {
    const once = writeSkillSection("", [{ skill: "Go", link: null }], { heading });
    expect(writeSkillSection(once, [{ skill: "Go", link: null }], { heading })).toBe(once);
  });
});
