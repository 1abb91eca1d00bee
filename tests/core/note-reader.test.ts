import fc from "fast-check";
import { readFileSync } from "fs";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { join } from "path";
import { findFrontmatter, frontmatterProblem, parseFrontmatterYaml, readAliases, readNote, taskMark } from "../../src/core/note-reader";

describe("findFrontmatter: the --- block at the very top of a note", () => {
  test("finds the YAML between the fences and where the body starts", () => {
    const text = "---\nCompany: Acme\n---\n# Body\n";
    const block = findFrontmatter(text);
    expect(block).toEqual({ yaml: "Company: Acme\n", bodyStart: text.indexOf("# Body") });
  });

  test("tolerates a byte order mark before the first fence", () => {
    const text = "\uFEFF---\nCompany: Acme\n---\nbody";
    expect(findFrontmatter(text)).toEqual({ yaml: "Company: Acme\n", bodyStart: text.indexOf("body") });
  });

  test("tolerates CRLF line endings", () => {
    const text = "---\r\nCompany: Acme\r\n---\r\nbody\r\n";
    const block = findFrontmatter(text);
    expect(block?.yaml).toBe("Company: Acme\r\n");
    expect(block?.bodyStart).toBe(text.indexOf("body"));
  });

  test("a closing fence without a trailing newline ends the note", () => {
    const text = "---\nCompany: Acme\n---";
    expect(findFrontmatter(text)).toEqual({ yaml: "Company: Acme\n", bodyStart: text.length });
  });

  test("fences may carry trailing spaces or tabs", () => {
    expect(findFrontmatter("--- \nCompany: Acme\n---\t\nbody")?.yaml).toBe("Company: Acme\n");
  });

  test("an empty block is found, with empty YAML", () => {
    expect(findFrontmatter("---\n---\nbody")).toEqual({ yaml: "", bodyStart: 8 });
  });

  test.each([
    ["--- not on the first line", "\n---\nCompany: Acme\n---\n"],
    ["text before the fence", "# Title\n---\nCompany: Acme\n---\n"],
    ["an unclosed block", "---\nCompany: Acme\nStage: Applied\n"],
    ["a fence with text after it", "--- yaml\nCompany: Acme\n---\n"],
    ["four dashes", "----\nCompany: Acme\n----\n"],
    ["an indented fence", " ---\nCompany: Acme\n---\n"],
    ["no fence at all", "Company: Acme\n"],
    ["an empty note", ""],
  ])("none for %s", (_label, text) => {
    expect(findFrontmatter(text)).toBeNull();
  });
});

describe("parseFrontmatterYaml", () => {
  test("a mapping parses to an object", () => {
    expect(parseFrontmatterYaml("Company: Acme\nSkills:\n  - Go\n  - Rust\n", parseYamlPackage)).toEqual({
      Company: "Acme",
      Skills: ["Go", "Rust"],
    });
  });

  test("CRLF YAML parses like LF YAML", () => {
    expect(parseFrontmatterYaml("Company: Acme\r\nStage: Applied\r\n", parseYamlPackage)).toEqual({ Company: "Acme", Stage: "Applied" });
  });

  test.each([
    ["nothing", ""],
    ["whitespace", "  \n\t\n"],
    ["only a comment", "# nothing here\n"],
    ["an explicit null", "null\n"],
  ])("an empty block (%s) is an empty mapping", (_label, yaml) => {
    expect(parseFrontmatterYaml(yaml, parseYamlPackage)).toEqual({});
  });

  test.each([
    ["an unclosed quote", 'Company: "Acme\nStage: Applied\n'],
    ["a bad indent", "Company: Acme\n  Stage: Applied\n"],
    ["a mis-nested mapping", "Skills:\n  a: 1\n b: 2\n"],
    ["a tab indent", "Company: Acme\n\tStage: Applied\n"],
    ["duplicate keys", "Company: Acme\nCompany: Globex\n"],
    ["an unclosed flow list", "Skills: [Go, Rust\n"],
  ])("invalid YAML (%s) gives null", (_label, yaml) => {
    expect(parseFrontmatterYaml(yaml, parseYamlPackage)).toBeNull();
  });

  test.each([
    ["a list", "- Company\n- Acme\n"],
    ["a string", "just some words\n"],
    ["a number", "42\n"],
    ["a boolean", "true\n"],
  ])("YAML that is %s rather than a mapping gives null", (_label, yaml) => {
    expect(parseFrontmatterYaml(yaml, parseYamlPackage)).toBeNull();
  });

  test("a YAML alias bomb is refused, not expanded", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(",")}]`);
    }
    expect(parseFrontmatterYaml(lines.join("\n"), parseYamlPackage)).toBeNull();
  });

  test("timestamps and numbers keep the types YAML 1.2 gives them", () => {
    expect(parseFrontmatterYaml("modified: 2024-10-24T12:46:52-04:00\nyears: 5\nremote: true\n", parseYamlPackage)).toEqual({
      modified: "2024-10-24T12:46:52-04:00",
      years: 5,
      remote: true,
    });
  });
});

describe("frontmatterProblem: why a block is no set of properties, and where", () => {
  test.each([
    ["Company: Acme\nStage: Applied\nStage: Offer\n", "Map keys must be unique at line 4"],
    ["title: Senior Engineer: Platform\n", "Nested mappings are not allowed in compact mappings at line 2; line 2 has a colon and a space in its value, which YAML reads only inside quotes"],
    ["company: Acme\ninterview_stage: Stage 1: recruiter screen\n", "Nested mappings are not allowed in compact mappings at line 3; line 3 has a colon and a space in its value, which YAML reads only inside quotes"],
    // A quoted value or key, a time and a link may hold colons: only the line at fault is named.
    ['"Role: Lead": x\nStage: Applied\nStage: Offer\n', "Map keys must be unique at line 4"],
    ['"title": Senior Engineer: Platform\n', "Nested mappings are not allowed in compact mappings at line 2; line 2 has a colon and a space in its value, which YAML reads only inside quotes"],
    ['title: "Lead: Platform"\ntime: 10:30\nurl: https://x.example\nStage: Applied\nStage: Offer\n', "Map keys must be unique at line 6"],
    ['Company: "Acme\nStage: Applied\n', 'Missing closing "quote at line 3'],
    ["- Company: Acme\n", "it is a list, not properties"],
    ["Company:Acme\n", "it is a single value, not properties"],
    // What a reader cannot see, named.
    ["Company:\u00a0Doctolib\n", "it is a single value, not properties; line 2 has a non-breaking space after its colon, which YAML does not read as a space"],
    ["Stage: Applied\nCompany：メルカリ\nx: y\n", "Implicit keys need to be on a single line at line 3; line 3 has a full-width colon (：), which YAML does not read as a colon"],
  ])("%j -> %j", (yaml, reason) => {
    expect(frontmatterProblem(yaml, parseYamlPackage)).toBe(reason);
  });

  test("a reader's long or line-less message is cut and never thrown", () => {
    const thrower = (): never => {
      throw new Error(`${"x".repeat(500)}\nsecond line`);
    };
    expect(frontmatterProblem("a: b", thrower)).toBe(`${"x".repeat(159)}…`);
    const bare = (): never => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a parser may throw a bare string; its words are still the reason
      throw "plain";
    };
    expect(frontmatterProblem("a: b", bare)).toBe("plain");
  });
});

describe("readAliases", () => {
  test.each<[string, Record<string, unknown> | null, string[]]>([
    ["a list", { aliases: ["k8s", "kube"] }, ["k8s", "kube"]],
    ["a comma-separated string", { aliases: "k8s, kube ,  " }, ["k8s", "kube"]],
    ["a single string", { aliases: "Postgres" }, ["Postgres"]],
    ["the `alias` key", { alias: "k8s" }, ["k8s"]],
    ["a key in any case", { Aliases: ["k8s"] }, ["k8s"]],
    ["a number", { aliases: 42 }, ["42"]],
    ["numbers in a list", { aliases: [3, "d3"] }, ["3", "d3"]],
    ["blank items", { aliases: ["", "  ", "Go"] }, ["Go"]],
    ["nulls and objects in a list", { aliases: [null, { a: 1 }, true, "Go"] }, ["Go"]],
    ["a null value", { aliases: null }, []],
    ["both keys", { aliases: ["a"], alias: "b" }, ["a", "b"]],
    ["keys with spaces around", { " Aliases ": ["a"], "ALIAS\t": "b" }, ["a", "b"]],
    ["keys that only start like one", { aliasing: ["a"], alia: "b", "my aliases": "c" }, []],
    ["no alias key", { Company: "Acme" }, []],
    ["no frontmatter", null, []],
  ])("%s", (_label, frontmatter, expected) => {
    expect(readAliases(frontmatter)).toEqual(expected);
  });
});

describe("readNote: frontmatter", () => {
  test("a note with valid frontmatter", () => {
    const meta = readNote("Jobs/Acme.md", "---\nCompany: Acme\naliases: [Acme Inc]\n---\n# Acme\n", parseYamlPackage, 1234);
    expect(meta).toEqual({
      path: "Jobs/Acme.md",
      frontmatter: { Company: "Acme", aliases: ["Acme Inc"] },
      brokenFrontmatter: null,
      aliases: ["Acme Inc"],
      tasks: { done: 0, total: 0 },
      links: [],
      mtime: 1234,
    });
  });

  test("mtime defaults to 0", () => {
    expect(readNote("a.md", "text", parseYamlPackage).mtime).toBe(0);
  });

  test("a BOM and CRLF line endings still give the frontmatter", () => {
    const meta = readNote("a.md", "\uFEFF---\r\nCompany: Acme\r\nStage: Applied\r\n---\r\n- [x] Apply\r\n", parseYamlPackage);
    expect(meta.frontmatter).toEqual({ Company: "Acme", Stage: "Applied" });
    expect(meta.tasks).toEqual({ done: 1, total: 1 });
  });

  test("a BOM before a note with no frontmatter is no part of its first line", () => {
    expect(readNote("a.md", "\uFEFF- [x] first\n- [ ] second\n", parseYamlPackage).tasks).toEqual({ done: 1, total: 2 });
    expect(readNote("a.md", "\uFEFF~~~\n- [x] fenced\n~~~\n- [ ] real\n", parseYamlPackage).tasks).toEqual({ done: 0, total: 1 });
  });

  test("no trailing newline after the closing fence", () => {
    const meta = readNote("a.md", "---\nCompany: Acme\n---", parseYamlPackage);
    expect(meta.frontmatter).toEqual({ Company: "Acme" });
    expect(meta.brokenFrontmatter).toBeNull();
  });

  test("an empty block is an empty mapping, not broken", () => {
    const meta = readNote("a.md", "---\n---\nbody\n", parseYamlPackage);
    expect(meta.frontmatter).toEqual({});
    expect(meta.brokenFrontmatter).toBeNull();
  });

  test("--- that is not on the first line is no frontmatter", () => {
    const meta = readNote("a.md", "\n---\nCompany: Acme\n---\n", parseYamlPackage);
    expect(meta.frontmatter).toBeNull();
    expect(meta.brokenFrontmatter).toBeNull();
  });

  test("an unclosed block is no frontmatter, and its lines are body; they are kept to be reported", () => {
    const meta = readNote("a.md", "---\nCompany: Acme\n- [ ] Apply\n\nMore text\n", parseYamlPackage);
    expect(meta.frontmatter).toBeNull();
    expect(meta.brokenFrontmatter).toBe("Company: Acme\n- [ ] Apply");
    expect(meta.unclosed).toBe(true);
    expect(meta.tasks).toEqual({ done: 0, total: 1 });
    // A rule with a blank line under it is only a rule.
    expect(readNote("a.md", "---\n\nCompany: Acme\n", parseYamlPackage)).toMatchObject({ brokenFrontmatter: null });
  });

  test.each([
    ["an unclosed quote", 'Company: "Acme\nStage: Applied\n'],
    ["a bad indent", "Company: Acme\n  Stage: Applied\n"],
    ["duplicate keys", "Company: Acme\nCompany: Globex\n"],
    ["a list", "- Company\n- Acme\n"],
    ["a scalar", "Acme\n"],
  ])("a block that is not a valid mapping (%s) is kept raw as brokenFrontmatter", (_label, yaml) => {
    const meta = readNote("a.md", `---\n${yaml}---\n- [x] Apply\n`, parseYamlPackage);
    expect(meta.frontmatter).toBeNull();
    expect(meta.brokenFrontmatter).toBe(yaml);
    expect(meta.aliases).toEqual([]);
    expect(meta.tasks).toEqual({ done: 1, total: 1 });
  });

  test("aliases come from the frontmatter", () => {
    expect(readNote("a.md", "---\naliases:\n  - k8s\n  - kube\n---\n", parseYamlPackage).aliases).toEqual(["k8s", "kube"]);
    expect(readNote("a.md", "---\naliases: k8s, kube\n---\n", parseYamlPackage).aliases).toEqual(["k8s", "kube"]);
    expect(readNote("a.md", "---\nalias: k8s\n---\n", parseYamlPackage).aliases).toEqual(["k8s"]);
  });

  test("never throws, whatever the text", () => {
    for (const text of ["---", "---\n", "---\n---", "\uFEFF", "\r\n", "---\r\n---\r\n", "[[", "](", "```", "- ["]) {
      expect(() => readNote("a.md", text, parseYamlPackage)).not.toThrow();
    }
  });
});

describe("readNote: tasks", () => {
  const tasksOf = (body: string): { done: number; total: number } => readNote("a.md", body, parseYamlPackage).tasks;

  test.each([
    ["an open task", "- [ ] Apply", 0, 1],
    ["a done task", "- [x] Apply", 1, 1],
    ["a done task with a capital X", "* [X] Apply", 1, 1],
    ["a plus bullet", "+ [x] Apply", 1, 1],
    ["an ordered task", "1. [ ] Apply", 0, 1],
    ["an ordered task with a parenthesis", "12) [x] Apply", 1, 1],
    ["a cancelled task, which counts neither way", "- [-] Apply", 0, 0],
    ["a custom status", "- [>] Apply", 1, 1],
    ["an indented task", "    - [ ] Nested", 0, 1],
    ["a tab-indented task", "\t- [x] Nested", 1, 1],
    ["a task in a blockquote", "> - [ ] Quoted", 0, 1],
    ["a task in a nested blockquote", "> > - [x] Quoted", 1, 1],
    ["a task with nothing after the box", "- [ ]", 0, 1],
    ["brackets without a bullet", "[ ] Apply", 0, 0],
    ["a bullet without a space", "-[ ] Apply", 0, 0],
    ["an empty box", "- [] Apply", 0, 0],
    ["text right after the box", "- [x]Apply", 0, 0],
    ["a box with two characters", "- [xx] Apply", 0, 0],
    ["a plain list item", "- Apply", 0, 0],
    ["a link in a list item", "- [Apply](https://example.com)", 0, 0],
  ])("%s", (_label, body, done, total) => {
    expect(tasksOf(body)).toEqual({ done, total });
  });

  test("counts every task of a checklist", () => {
    const body = ["# To do", "- [ ] One", "- [x] Two", "\t- [ ] Three", "\t- [X] Four", "1. [ ] Five", "", "Text"].join("\n");
    expect(tasksOf(body)).toEqual({ done: 2, total: 5 });
  });

  test("tasks in the frontmatter are not counted", () => {
    expect(tasksOf("---\nTasks: |\n  - [ ] not a task\n---\n- [x] real\n")).toEqual({ done: 1, total: 1 });
  });

  test.each([
    ["a ``` fence", "```\n- [ ] code\n- [x] code\n```"],
    ["a ~~~ fence", "~~~\n- [ ] code\n~~~"],
    ["a fence with an info string", "```markdown\n- [ ] code\n```"],
    ["a longer fence", "````\n- [ ] code\n```\n- [x] still code\n````"],
    ["a ~~~ fence that a ``` line does not close", "~~~\n```\n- [ ] code\n~~~"],
    ["an indented fence", "   ```\n- [ ] code\n   ```"],
  ])("tasks inside %s are not counted", (_label, code) => {
    expect(tasksOf(`- [ ] before\n${code}\n- [x] after\n`)).toEqual({ done: 1, total: 2 });
  });

  test("a fence line with an info string does not close a fence (CommonMark)", () => {
    expect(tasksOf("```\n```js\n- [ ] code\n```\n- [x] after\n")).toEqual({ done: 1, total: 1 });
  });

  test("tasks inside a fence in a blockquote are not counted", () => {
    expect(tasksOf("> ```\n> - [ ] code\n> ```\n> - [x] quoted task\n")).toEqual({ done: 1, total: 1 });
  });

  test("an unclosed fence hides every task after it", () => {
    expect(tasksOf("- [x] before\n```\n- [ ] code\n- [ ] code\n")).toEqual({ done: 1, total: 1 });
  });

  test("tasks inside comments are not counted, as Obsidian lists none there", () => {
    expect(tasksOf("- [x] a\n%%\n- [ ] hidden\n- [x] hidden\n%%\n- [ ] b\n")).toEqual({ done: 1, total: 2 });
    expect(tasksOf("- [x] a\n<!--\n- [ ] hidden\n-->\n- [ ] b\n")).toEqual({ done: 1, total: 2 });
    // A comment at the end of a task's line leaves the task; an unclosed one hides the rest of the note.
    expect(tasksOf("- [ ] a %%later%%\n- [x] b\n%% draft\n- [ ] c\n")).toEqual({ done: 1, total: 2 });
    expect(tasksOf("%% - [x] one %% - [x] two\n")).toEqual({ done: 0, total: 0 });
    // Marks in code open no comment: a fence, or between backticks.
    expect(tasksOf("```py\nprint('100%%')\n```\n- [ ] a\n")).toEqual({ done: 0, total: 1 });
    expect(tasksOf("Write `%%` around a comment.\n- [x] a\n")).toEqual({ done: 1, total: 1 });
  });

  test("CRLF lines count like LF lines", () => {
    expect(tasksOf("- [ ] a\r\n- [x] b\r\n```\r\n- [ ] c\r\n```\r\n- [x] d\r\n")).toEqual({ done: 2, total: 3 });
  });

  test("a 5 MB note gives the right counts", () => {
    const block = "- [ ] open\n- [x] done\n```\n- [ ] in code\n```\n[[Go]] and [guide](Roadmaps/Rust.md)\n" + "x".repeat(200) + "\n";
    const copies = Math.ceil((5 * 1024 * 1024) / block.length);
    const text = "---\nCompany: Acme\n---\n" + block.repeat(copies);
    expect(text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const meta = readNote("Jobs/big.md", text, parseYamlPackage);
    expect(meta.frontmatter).toEqual({ Company: "Acme" });
    expect(meta.tasks).toEqual({ done: copies, total: 2 * copies });
    expect(meta.links.length).toBe(2 * copies);
  });
});

describe("readNote: links", () => {
  const linksOf = (body: string): string[] => readNote("a.md", body, parseYamlPackage).links;

  test.each([
    ["a wikilink", "See [[Go Roadmap]].", ["Go Roadmap"]],
    ["a wikilink with an alias", "[[notes/GraphQL/GraphQL|GraphQL]]", ["notes/GraphQL/GraphQL"]],
    ["a wikilink with a heading", "[[Go#Basics]]", ["Go#Basics"]],
    ["an embed", "![[diagram.png]]", ["diagram.png"]],
    ["two wikilinks on a line", "[[Go]] then [[Rust]]", ["Go", "Rust"]],
    ["a Markdown link to a note", "[Go](Roadmaps/Go.md)", ["Roadmaps/Go.md"]],
    ["a Markdown link with an encoded space", "[Go](Roadmaps/Go%20Roadmap.md)", ["Roadmaps/Go Roadmap.md"]],
    ["a Markdown link with a bad escape", "[x](100%.md)", ["100%.md"]],
    ["a web link", "[GitLab](https://gitlab.com)", []],
    ["a mailto link", "[mail](mailto:a@b.c)", []],
    ["an empty wikilink", "[[]]", []],
    ["a wikilink in a task", "- [ ] [[Backend Roadmap Home]]", ["Backend Roadmap Home"]],
  ])("%s", (_label, body, expected) => {
    expect(linksOf(body)).toEqual(expected);
  });

  test("links inside fenced code are not links", () => {
    expect(linksOf("```\n[[Hidden]]\n[x](hidden.md)\n```\n[[Shown]]\n")).toEqual(["Shown"]);
  });

  test("links in the frontmatter are not body links", () => {
    expect(linksOf('---\nCompany: "[[Acme]]"\n---\n[[Body]]\n')).toEqual(["Body"]);
  });
});

describe("readNote: the seed posting", () => {
  // The note of a real posting, copied as its owner wrote it.
  const text = readFileSync(join(__dirname, "..", "fixtures", "seed-posting.md"), "utf8");
  const meta = readNote("Jobs/GitLab.md", text, parseYamlPackage);

  test("its frontmatter parses, with a Company key", () => {
    expect(meta.brokenFrontmatter).toBeNull();
    expect(meta.frontmatter?.Company).toBe("GitLab");
    expect(meta.frontmatter?.Stage).toBe("Research");
  });

  test("its checklist has 18 open tasks", () => {
    expect(meta.tasks).toEqual({ done: 0, total: 18 });
  });

  test("its links are the roadmap wikilinks, not the web links", () => {
    expect(meta.links).toEqual([
      "Backend Roadmap Home",
      "Frontend Roadmap",
      "Full-Stack",
      "notes-catalog/Web Development/Backend/GraphQL/GraphQL",
      "AI and Machine Learning",
      "Vue Roadmap",
    ]);
  });
});

describe("taskMark: a task line read by index", () => {
  const TASK = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)])[ \t]+\[(.)\](?:[ \t]|$)/;
  const expected = (line: string): number => TASK.exec(line)?.[1]?.charCodeAt(0) ?? -1;

  test.each([
    ["- [ ] open", 32],
    ["- [x] done", 120],
    ["  * [/] half", 47],
    ["12) [-] x", 45],
    ["> > + [X]", 88],
    ["-[ ] no space", -1],
    ["- [ ]x", -1],
    ["- [xx]", -1],
    ["1 [ ] no dot", -1],
    ["- [", -1],
    ["- [\r]", -1],
    ["- [\u2028]", -1],
    ["- [\t]", 9],
  ])("%j -> %d", (line, mark) => {
    expect(taskMark(line, 0, line.length)).toBe(mark);
    expect(expected(line)).toBe(mark);
  });

  test("it answers what the pattern does, within any part of a text", () => {
    const line = fc.array(fc.constantFrom(" ", "\t", ">", "-", "*", "+", "1", "9", ".", ")", "[", "]", "x", "\r", "\u2028", "a", "é"), { maxLength: 14 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(line, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (l, before, after) => {
        const text = before + l + after;
        expect(taskMark(text, before.length, before.length + l.length)).toBe(expected(l));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("readNote: tasks and links from the lines that matter only", () => {
  // The plain way: every line, in order, as CommonMark and Obsidian see them.
  function reference(body: string): { done: number; total: number; links: string[] } {
    const out = { done: 0, total: 0, links: [] as string[] };
    let fence: string | null = null;
    // Fenced code, by the same rule as below, then comments, each kind on its own, not opened in
    // code (a fence, or after an odd number of backticks on the line); one left open runs to the end.
    const code: Array<readonly [number, number]> = [];
    {
      let open: string | null = null;
      let from = 0;
      let at = 0;
      for (const raw of body.split("\n")) {
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        const f = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/.exec(line.replace(/^(?:[ \t]{0,3}>[ \t]?)+/, ""));
        const marker = f?.[1] ?? "";
        const rest = (f?.[2] ?? "").trim();
        if (f && open === null && !(marker.startsWith("`") && rest.includes("`"))) {
          open = marker;
          from = at;
        } else if (f && open !== null && marker[0] === open[0] && marker.length >= open.length && rest === "") {
          open = null;
          code.push([from, at + raw.length + 1]);
        }
        at += raw.length + 1;
      }
      if (open !== null) code.push([from, body.length]);
    }
    const inCode = (i: number): boolean =>
      code.some(([a, b]) => i >= a && i < b) || (body.slice(Math.max(body.lastIndexOf("\n", i) + 1, i - 200), i).match(/`/g) ?? []).length % 2 === 1;
    const comments: Array<readonly [number, number]> = [];
    for (const [open, re] of [["%%", /%%[\s\S]*?(?:%%|$)/y], ["<!--", /<!--[\s\S]*?(?:-->|$)/y]] as const) {
      for (let i = 0; i < body.length; ) {
        re.lastIndex = i;
        const m = body.startsWith(open, i) && !inCode(i) ? re.exec(body) : null;
        if (m) {
          comments.push([i, i + m[0].length]);
          i += m[0].length;
        } else i++;
      }
    }
    let offset = 0;
    for (const raw of body.split("\n")) {
      const start = offset;
      offset += raw.length + 1;
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      const f = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/.exec(line.replace(/^(?:[ \t]{0,3}>[ \t]?)+/, ""));
      if (f) {
        const marker = f[1] ?? "";
        const rest = (f[2] ?? "").trim();
        if (fence === null && !(marker.startsWith("`") && rest.includes("`"))) {
          fence = marker;
          continue;
        }
        if (fence !== null && marker[0] === fence[0] && marker.length >= fence.length && rest === "") {
          fence = null;
          continue;
        }
      }
      if (fence !== null) continue;
      const t = /^[ \t]*(?:>[ \t]*)*(?:[-*+]|\d+[.)])[ \t]+\[(.)\](?:[ \t]|$)/.exec(line);
      if (t && !comments.some(([from, to]) => start >= from && start < to)) {
        out.total++;
        if (t[1] !== " ") out.done++;
      }
      for (const m of line.matchAll(/!?\[\[([^\]\n]+?)\]\]/g)) {
        const target = (m[1] ?? "").split("|")[0]?.trim() ?? "";
        if (target !== "") out.links.push(target);
      }
      for (const m of line.matchAll(/\[[^\]\n]*\]\(([^)\s]+)\)/g)) {
        const target = m[1] ?? "";
        if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) {
          try {
            out.links.push(decodeURIComponent(target));
          } catch {
            out.links.push(target);
          }
        }
      }
    }
    return out;
  }

  test("equal to reading every line", () => {
    const piece = fc.constantFrom("- [ ] a", "- [x] b", "* [/] c", "1. [ ] d", "> - [x] e", "```", "~~~", "````", "``` js", "  ```", "[[Go]]", "[[a|b]] [[c]]", "[x](y.md)", "[x](https://e.com)", "text", "", "\r", " ", "[", "`", "~", "\t- [ ] f", "%%", "- [ ] g %%", "<!--", "-->", "%% - [x] h %%", "`%%`", "print('100%%')");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 14 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        const body = lines.join(eol);
        const meta = readNote("a.md", body, parseYamlPackage);
        const ref = reference(body);
        expect({ done: meta.tasks.done, total: meta.tasks.total, links: meta.links }).toEqual(ref);
        // Without links, everything else is the same.
        expect(readNote("a.md", body, parseYamlPackage, 0, { links: false })).toEqual({ ...meta, links: [] });
      }),
      { numRuns: 2000 },
    );
  });
});
