import fc from "fast-check";
import { BUILTIN_SKILLS } from "../../src/core/skill-vocabulary";
import { isPlainSkill, SkillCanon, skillKey, splitSkills, splitSkillsMarked, type SkillRef } from "../../src/core/skills";
import { displayText, withoutSmartQuotes } from "../../src/core/wikilink";

const canon = new SkillCanon();
const nameOf = (raw: string): string | undefined => canon.canonical(raw)?.name;
const names = (value: unknown): string[] => canon.parse(value).map((s) => s.name);

// The Skills list of a real posting note, exactly as its owner wrote it.
const SEED_SKILLS = [
  "GraphQL",
  "Ruby on Rails",
  "Ruby",
  "Pajamas Design System",
  "REST Integrations",
  "Backend",
  "AI",
  "Data Science",
  "redis",
  "sidekiq",
  "postgresql",
  "grafana",
  "kibana",
  "data-migration",
  "software-architecture",
  "productivity",
  "Active Record",
  "Rust",
  "RDBMS",
];

describe("canonical: raw text -> the skill it means", () => {
  test.each([
    ["postgres", "PostgreSQL"],
    ["Postgres", "PostgreSQL"],
    ["postgresql", "PostgreSQL"],
    ["PostgreSQL", "PostgreSQL"],
    ["psql", "PostgreSQL"],
    ["k8s", "Kubernetes"],
    ["K8S", "Kubernetes"],
    ["kube", "Kubernetes"],
    ["RoR", "Ruby on Rails"],
    ["Rails", "Ruby on Rails"],
    ["ruby-on-rails", "Ruby on Rails"],
    ["ruby_on_rails", "Ruby on Rails"],
    ["Ruby", "Ruby"],
    ["golang", "Go"],
    ["Go", "Go"],
    ["JS", "JavaScript"],
    ["javascript", "JavaScript"],
    ["ECMAScript", "JavaScript"],
    ["Java", "Java"],
    ["TS", "TypeScript"],
    ["typescript", "TypeScript"],
    ["Type Script", "TypeScript"],
    ["ML", "Machine Learning"],
    ["machine-learning", "Machine Learning"],
    ["nodejs", "Node.js"],
    ["Node.js", "Node.js"],
    ["node js", "Node.js"],
    ["node", "Node.js"],
    ["C", "C"],
    ["c", "C"],
    ["C++", "C++"],
    ["cpp", "C++"],
    ["C#", "C#"],
    ["csharp", "C#"],
    ["c sharp", "C#"],
    ["Objective-C", "Objective-C"],
    [".NET", ".NET"],
    ["dotnet", ".NET"],
    [".net core", ".NET"],
    ["gcp", "Google Cloud"],
    ["Amazon Web Services", "AWS"],
    ["reactjs", "React"],
    ["React.js", "React"],
    ["vue", "Vue.js"],
    ["VueJS", "Vue.js"],
    ["Artificial Intelligence", "AI"],
    ["AI", "AI"],
    ["RESTful", "REST APIs"],
    ["REST API", "REST APIs"],
    ["CICD", "CI/CD"],
    ["ci/cd", "CI/CD"],
    ["Continuous Integration", "CI/CD"],
    ["graphql", "GraphQL"],
    ["redis", "Redis"],
    ["sidekiq", "Sidekiq"],
    ["grafana", "Grafana"],
    ["kibana", "Kibana"],
    ["ActiveRecord", "Active Record"],
    ["software-architecture", "Software Architecture"],
    ["data-migration", "Data Migration"],
    ["Mongo DB", "MongoDB"],
    ["  Spring   Boot ", "Spring Boot"],
    ["Pajamas Design System", "Pajamas Design System"],
    ["REST Integrations", "REST Integrations"],
    ["productivity", "productivity"],
  ])("%j -> %j", (raw, expected) => {
    expect(nameOf(raw)).toBe(expected);
  });

  test("known skills are marked known, unknown ones keep the user's words", () => {
    expect(canon.canonical("postgres")).toEqual({ key: "postgresql", name: "PostgreSQL", known: true });
    expect(canon.canonical("  Pajamas   Design System ")).toEqual({
      key: "pajamas design system",
      name: "Pajamas Design System",
      known: false,
    });
  });

  test("two spellings of one skill share a key", () => {
    expect(canon.canonical("data-migration")?.key).toBe(canon.canonical("Data Migration")?.key);
    expect(canon.canonical("k8s")?.key).toBe(canon.canonical("Kubernetes")?.key);
    expect(canon.canonical("my-custom_skill")?.key).toBe(canon.canonical("My Custom Skill")?.key);
  });

  test("look-alike skills never merge", () => {
    const keys = ["C", "C++", "C#", "Objective-C", "Java", "JavaScript", "Ruby", "Ruby on Rails", ".NET", "Node.js"].map(
      (s) => canon.canonical(s)?.key,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("empty input is no skill", () => {
    expect(canon.canonical("")).toBeNull();
    expect(canon.canonical("   ")).toBeNull();
    expect(canon.canonical("-")).toBeNull();
  });
});

describe("skillKey", () => {
  test.each([
    ["GraphQL", "graphql"],
    ["  Ruby   on  Rails ", "ruby on rails"],
    ["ruby-on-rails", "ruby on rails"],
    ["data_migration", "data migration"],
    ["C++", "c++"],
    ["C#", "c#"],
    [".NET", ".net"],
    ["Node.js", "node.js"],
    ["CI/CD", "ci/cd"],
    ["ＧｒａｐｈＱＬ", "graphql"],
  ])("%j -> %j", (text, key) => {
    expect(skillKey(text)).toBe(key);
  });
});

describe("splitSkills", () => {
  test("a YAML list", () => {
    expect(splitSkills(["GraphQL", "Ruby on Rails", " redis "])).toEqual(["GraphQL", "Ruby on Rails", "redis"]);
  });

  test("a comma, semicolon or newline separated string", () => {
    expect(splitSkills("a, b; c")).toEqual(["a", "b", "c"]);
    expect(splitSkills("GraphQL\nRuby on Rails\r\nredis")).toEqual(["GraphQL", "Ruby on Rails", "redis"]);
    expect(splitSkills("Go,,  ,Rust")).toEqual(["Go", "Rust"]);
  });

  test("links show their display text, and a comma inside a link does not split", () => {
    expect(splitSkills("[[notes/GraphQL|GraphQL]]")).toEqual(["GraphQL"]);
    expect(splitSkills(["[[notes-catalog/Web Development/Backend/GraphQL/GraphQL|GraphQL]]"])).toEqual(["GraphQL"]);
    expect(splitSkills("[[Backend Roadmap Home]]")).toEqual(["Backend Roadmap Home"]);
    expect(splitSkills("[[A, B]]")).toEqual(["A, B"]);
    expect(splitSkills("[[A, B]], C")).toEqual(["A, B", "C"]);
    expect(splitSkills("[[A, B")).toEqual(["[[A", "B"]);
  });

  test("a list in brackets after a skill is more skills; a comma inside them does not split", () => {
    expect(splitSkills("AWS (EC2, S3, Lambda)")).toEqual(["AWS", "EC2", "S3", "Lambda"]);
    expect(splitSkills("Python (Django, Flask), SQL")).toEqual(["Python", "Django", "Flask", "SQL"]);
    expect(splitSkills(["AWS (e.g. EC2, S3)", "Docker"])).toEqual(["AWS", "EC2", "S3", "Docker"]);
    expect(splitSkills("(Python; Go)")).toEqual(["Python", "Go"]);
    // Numbers in brackets are versions, not skills; a word in brackets at the end is a note on the
    // skill or one more skill, marked so that the canon keeps it only when it knows it.
    expect(splitSkills("C++ (11, 14, 17)")).toEqual(["C++"]);
    expect(splitSkills("TypeScript (strong), Go")).toEqual(["TypeScript", "strong", "Go"]);
    expect(names("TypeScript (strong), Go")).toEqual(["TypeScript", "Go"]);
    expect(names(["Python (Django)", "Go (Golang)", "Kubernetes (k8s)", "German (C1)", "Java(8)", "AWS (EC2)"])).toEqual([
      "Python",
      "Django",
      "Go",
      "Kubernetes",
      "German",
      "Java",
      "AWS",
      "Amazon EC2",
    ]);
    // A bracket inside a piece, or a Markdown link's address, stays where it is.
    expect(splitSkills("Machine Learning (ML) Ops, [Go](https://go.dev)")).toEqual(["Machine Learning (ML) Ops", "Go"]);
    // A bracket left open, or closed only on the next line, splits as before.
    expect(splitSkills("AWS (EC2, S3")).toEqual(["AWS (EC2", "S3"]);
    expect(splitSkills("a (b,\nc)")).toEqual(["a (b", "c)"]);
    expect(splitSkills("SQL (Postgres, MySQL) and NoSQL (Mongo, Redis)")).toEqual(["SQL", "Postgres", "MySQL", "NoSQL", "Mongo", "Redis"]);
    expect(splitSkills("(AWS, GCP, and Azure), Go (e.g., Gin, Echo, etc.)")).toEqual(["AWS", "GCP", "Azure", "Go", "Gin", "Echo"]);
    expect(splitSkills("[[A (b, c)]]")).toEqual(["A (b, c)"]);
    expect(splitSkills("Cloud (AWS, GCP or Azure)")).toEqual(["Cloud", "AWS", "GCP", "Azure"]);
    expect(splitSkills("Frontend (React, Vue) / Backend (Go, Java)")).toEqual(["Frontend", "React", "Vue", "Backend", "Go", "Java"]);
    // Read in one pass: ten thousand bracketed lists in one string are twenty thousand items.
    expect(splitSkills("(a, b) ".repeat(10_000))).toHaveLength(20_000);
    expect(names("AWS (EC2, S3, Lambda)")).toEqual(["AWS", "Amazon EC2", "Amazon S3", "AWS Lambda"]);
  });

  test("the canon keeps an item of a list in brackets after a skill only when it knows it: the rest only qualify the skill", () => {
    expect(names("English (C1, fluent)")).toEqual(["English"]);
    expect(names(["Communication (written, verbal)", "Python (Django, Flask)"])).toEqual(["Communication", "Python", "Django", "Flask"]);
    // With no skill before the brackets, the list is the user's own: nothing is dropped.
    expect(names("(Foo, Bar)")).toEqual(["Foo", "Bar"]);
  });

  test("a known skill with a version after it or a mark before it is that skill", () => {
    expect(names(["Java 17", "TypeScript 5", "PostgreSQL 15", "C++17", "Python 3.11", "Python 3.x", "React 18+", "Vue3"])).toEqual([
      "Java",
      "TypeScript",
      "PostgreSQL",
      "C++",
      "Python",
      "React",
      "Vue.js",
    ]);
    expect(names(["🐍 Python", "🚀 Rust", "✅ Docker"])).toEqual(["Python", "Rust", "Docker"]);
    // A name that is a skill of its own keeps it; an unknown name keeps its number; a language level is no version.
    expect(names(["Web3", "S3", "Layer 2", "Windows 11", "German (C1)"])).toEqual(["Web3", "Amazon S3", "Layer 2", "Windows 11", "German"]);
  });

  test("two known skills joined by a slash are both counted; a skill with a slash in its name stays one", () => {
    expect(names(["Python/Django", "AI/ML", "C / C++", "HTML/CSS"])).toEqual(["Python", "Django", "AI", "Machine Learning", "C", "C++", "HTML", "CSS"]);
    expect(names(["CI/CD", "PL/SQL", "TCP/IP", "Python/Foo"])).toEqual(["CI/CD", "PL/SQL", "TCP/IP", "Python/Foo"]);
  });

  test("a known skill with a level before or after it, or a closing full stop, is that skill", () => {
    expect(names(["German B2", "English C1", "Fluent German", "fluent english", "Native Spanish", "Spanish - native", "Python.", "Basic SQL"])).toEqual(["German", "English", "Spanish", "Python", "SQL"]);
    // Any known skill's level after a colon or a dash; "Cloud Native" is a skill of its own, with no level.
    expect(names("Python: advanced, SQL: intermediate, Docker - expert")).toEqual(["Python", "SQL", "Docker"]);
    expect(names(["Kubernetes – basic", "Go:  proficient", "Cloud Native"])).toEqual(["Kubernetes", "Go", "Cloud Native"]);
    // Levels and language names in other languages.
    expect(names(["Inglés avanzado", "Anglais courant", "Deutsch fließend", "英語", "영어"])).toEqual(["English", "German"]);
    expect(names(["Python avanzado"])).toEqual(["Python avanzado"]);
    expect(names(["German language", "Business English", "Query Language"])).toEqual(["German", "English", "Query Language"]);
    // A level alone, or a name that ends in a level word, stays as written; only a language takes a level after it.
    expect(names(["C1", "B2", "React Native", "Cloud Native"])).toEqual(["C1", "B2", "React Native", "Cloud Native"]);
  });

  test("a list written out in words or with bullets gives each skill", () => {
    expect(names("Kubernetes, Prometheus, Go, Python and Terraform")).toEqual(["Kubernetes", "Prometheus", "Go", "Python", "Terraform"]);
    expect(names("Python, Django, and PostgreSQL")).toEqual(["Python", "Django", "PostgreSQL"]);
    expect(names(["Python & Django", "React + Redux"])).toEqual(["Python", "Django", "React", "Redux"]);
    expect(names("• React • Redux • TypeScript")).toEqual(["React", "Redux", "TypeScript"]);
    expect(names("Python | Django | AWS")).toEqual(["Python", "Django", "AWS"]);
    expect(names(["Python e Django", "Go och Rust"])).toEqual(["Python", "Django", "Go", "Rust"]);
    // Japanese and Chinese commas, and invisible characters pasted from the web.
    expect(names("Java、Spring Boot，MySQL")).toEqual(["Java", "Spring Boot", "MySQL"]);
    expect(names("TypeScript\u200b, React\u200b")).toEqual(["TypeScript", "React"]);
    expect(names(["React", "\u200fNode.js", "\u2067Go\u2069", "Rust\u200e"])).toEqual(["React", "Node.js", "Go", "Rust"]);
    // Only known skills are parted by a word: these stay the user's words.
    expect(names(["Research and Development", "Foo and Bar", "R&D"])).toEqual(["Research and Development", "Foo and Bar", "R&D"]);
    expect(names(["CI/CD and Docker", "Intel·ligència Artificial"])).toEqual(["CI/CD", "Docker", "Intel·ligència Artificial"]);
    // Slashes between spaces part phrases, as bullets do, where a part is of several words.
    expect(names("Event planning / Budgeting / Vendor management")).toEqual(["Event planning", "Budgeting", "Vendor management"]);
    expect(names(["Sales / Business Development"])).toEqual(["Sales", "Business Development"]);
    // Single words are parted only when each is a known skill ("CI / CD" is one); one known skill of several words stays whole.
    expect(names(["TCP / IP", "Pen / paper", "A / B testing", "C / C++", "CI / CD / Docker"])).toEqual(["TCP/IP", "Pen / paper", "A/B Testing", "C", "C++", "CI / CD / Docker"]);
  });

  test("an unquoted [[Link]] that YAML read as a nested list", () => {
    expect(splitSkills([["GraphQL"], "Rust"])).toEqual(["GraphQL", "Rust"]);
    // `- [[Skills/Go|Go]]`: a list holding a list holding the link's text.
    expect(splitSkills([[["Skills/Go|Go"]], [["Python"]], "Rust"])).toEqual(["Go", "Python", "Rust"]);
    expect(splitSkills([["langs/Rust"]])).toEqual(["Rust"]);
    // A link that names a vocabulary skill with a slash or a hash is that skill, not a path or a heading.
    expect(names([[["C#"]], [["CI/CD"]], "[[TCP/IP]]", "[[A/B Testing]]", [["Skills/Go"]]])).toEqual(["C#", "CI/CD", "TCP/IP", "A/B Testing", "Go"]);
  });

  test("numbers become text; null, booleans, empty strings and objects are skipped", () => {
    expect(splitSkills([2024, 3.5, null, true, false, "", "  ", { a: "Go", b: 1 }, undefined, "Go"])).toEqual([
      "2024",
      "3.5",
      "Go",
    ]);
    expect(splitSkills(42)).toEqual(["42"]);
    expect(splitSkills(null)).toEqual([]);
    expect(splitSkills(undefined)).toEqual([]);
    expect(splitSkills(true)).toEqual([]);
    expect(splitSkills({ Skills: ["Go"] })).toEqual([]);
    expect(splitSkills(new Date(0))).toEqual([]);
  });

  test("LinkedIn's '+8 more' after the skills it shows is no skill", () => {
    expect(splitSkills("Python, SQL, Amazon Web Services (AWS), +8 more")).toEqual(["Python", "SQL", "Amazon Web Services", "AWS"]);
    expect(splitSkills(["Go", "+ 12 more"])).toEqual(["Go"]);
    expect(splitSkills("C++, + Docker")).toEqual(["C++", "Docker"]);
  });

  test("tags drop their '#' marker, but C# and F# keep theirs", () => {
    expect(splitSkills("#ruby #ruby-on-rails")).toEqual(["ruby", "ruby-on-rails"]);
    expect(splitSkills(["#ruby-on-rails", "C#", "#C#"])).toEqual(["ruby-on-rails", "C#", "C#"]);
    expect(splitSkills("C#, F#")).toEqual(["C#", "F#"]);
    expect(splitSkills("#")).toEqual([]);
  });

  test("quotes and list bullets are removed", () => {
    expect(splitSkills(['"GraphQL"', "'Go'", "- Rust", "• Ruby", "* Redis", "“Kafka”", "- 'Scala'"])).toEqual([
      "GraphQL",
      "Go",
      "Rust",
      "Ruby",
      "Redis",
      "Kafka",
      "Scala",
    ]);
  });

  test("a cyclic list is read once", () => {
    const list: unknown[] = ["Go"];
    list.push(list);
    expect(splitSkills(list)).toEqual(["Go"]);
  });

  test("a value that throws while being read gives what was read before", () => {
    const list: unknown[] = ["Go"];
    Object.defineProperty(list, 1, {
      get() {
        throw new Error("boom");
      },
      enumerable: true,
    });
    expect(splitSkills(list)).toEqual(["Go"]);
  });

  test("large inputs", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `skill ${i}`);
    expect(splitSkills(many)).toHaveLength(10_000);
    const huge = "GraphQL, ".repeat(100_000);
    expect(splitSkills(huge)).toHaveLength(100_000);
    expect(canon.parse(huge)).toHaveLength(1);
  });
});

describe("parse", () => {
  test("a known skill written as one property under a list's dash, with its level, is that skill", () => {
    expect(names([{ Python: "advanced" }, "Go", { "Machine Learning": 3 }, { Rust: null }])).toEqual(["Python", "Go", "Machine Learning", "Rust"]);
    // Not a name the vocabulary does not know, a group's name over its list, or a set of properties.
    expect(names([{ name: "Python" }, { Frontend: ["React", "Vue"] }, { Python: "advanced", years: 5 }, "Java"])).toEqual(["Java"]);
  });

  test("the seed note's Skills list", () => {
    expect(names(SEED_SKILLS)).toEqual([
      "GraphQL",
      "Ruby on Rails",
      "Ruby",
      "Pajamas Design System",
      "REST Integrations",
      "Backend",
      "AI",
      "Data Science",
      "Redis",
      "Sidekiq",
      "PostgreSQL",
      "Grafana",
      "Kibana",
      "Data Migration",
      "Software Architecture",
      "productivity",
      "Active Record",
      "Rust",
      "RDBMS",
    ]);
  });

  test("the flow style of a list, parsed or left as one string", () => {
    expect(names("[GraphQL, Ruby on Rails, redis, postgresql, k8s]")).toEqual([
      "GraphQL",
      "Ruby on Rails",
      "Redis",
      "PostgreSQL",
      "Kubernetes",
    ]);
    expect(names("[[[GraphQL]], [[Rust]]]")).toEqual(["GraphQL", "Rust"]);
    expect(names(["GraphQL", "Ruby on Rails", "redis", "postgresql", "k8s"])).toEqual([
      "GraphQL",
      "Ruby on Rails",
      "Redis",
      "PostgreSQL",
      "Kubernetes",
    ]);
  });

  test("spellings of one skill collapse to the first occurrence", () => {
    expect(names("postgres, PostgreSQL, psql, Rails, RoR, ruby-on-rails, Ruby")).toEqual([
      "PostgreSQL",
      "Ruby on Rails",
      "Ruby",
    ]);
  });

  test("links and tags from a note's roadmap list", () => {
    expect(names(["[[notes-catalog/Web Development/Backend/GraphQL/GraphQL|GraphQL]]", "#ruby #ruby-on-rails"])).toEqual([
      "GraphQL",
      "Ruby",
      "Ruby on Rails",
    ]);
  });
});

describe("user synonyms", () => {
  test("a target with no letter or digit is ignored, as a skill with none would be", () => {
    const canon = new SkillCanon({ "é": "\u0000", go: "--" });
    expect(canon.parse(["é", "go"])).toEqual([
      { key: "é", name: "é", known: false },
      { key: "go", name: "Go", known: true },
    ]);
  });

  test("map new spellings to vocabulary skills", () => {
    const c = new SkillCanon({ gql: "GraphQL", pg: "postgresql" });
    expect(c.canonical("gql")).toEqual({ key: "graphql", name: "GraphQL", known: true });
    expect(c.canonical("PG")?.name).toBe("PostgreSQL");
    expect(canon.canonical("gql")?.known).toBe(false);
  });

  test("add new canonical skills", () => {
    const c = new SkillCanon({ Pajamas: "Pajamas Design System" });
    expect(c.canonical("pajamas")).toEqual({ key: "pajamas design system", name: "Pajamas Design System", known: true });
    expect(c.canonical("pajamas design system")?.name).toBe("Pajamas Design System");
    expect(c.names()).toContain("Pajamas Design System");
  });

  test("win over the built-in vocabulary", () => {
    const c = new SkillCanon({ Rails: "Rails", Go: "Golang" });
    expect(c.canonical("rails")?.name).toBe("Rails");
    expect(c.canonical("RoR")?.name).toBe("Ruby on Rails");
    expect(c.canonical("go")?.name).toBe("Golang");
    expect(c.canonical("golang")?.name).toBe("Golang");
    expect(c.names()).not.toContain("Go");
    expect(c.names()).toContain("Golang");
  });

  test("chains resolve to their end and cycles do not hang", () => {
    const chain = new SkillCanon({ a: "b", b: "GraphQL" });
    expect(chain.canonical("a")?.name).toBe("GraphQL");
    const cycle = new SkillCanon({ a: "b", b: "a" });
    expect(cycle.canonical("a")?.known).toBe(true);
    expect(cycle.canonical("b")?.known).toBe(true);
  });

  test("blank entries are ignored", () => {
    const c = new SkillCanon({ "": "Go", x: "  " });
    expect(c.canonical("x")?.known).toBe(false);
  });

  test("the canon's own tables are not shared with callers: answers are frozen", () => {
    const first = canon.canonical("postgres");
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      if (first) first.name = "changed";
    }).toThrow(TypeError);
    expect(nameOf("postgres")).toBe("PostgreSQL");
    const list = canon.names();
    list.length = 0;
    expect(canon.names().length).toBeGreaterThan(0);
  });
});

describe("vocabulary", () => {
  test("has at least 300 skills", () => {
    expect(BUILTIN_SKILLS.length).toBeGreaterThanOrEqual(300);
  });

  test("no name or alias belongs to two skills", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of BUILTIN_SKILLS) {
      for (const text of [e.name, ...e.aliases]) {
        const k = skillKey(text);
        const had = owner.get(k);
        if (had !== undefined) clashes.push(`${text} (${e.name} and ${had})`);
        else owner.set(k, e.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  test("every name canonicalizes to itself and every alias to its skill", () => {
    for (const e of BUILTIN_SKILLS) {
      expect(canon.canonical(e.name)).toEqual({ key: skillKey(e.name), name: e.name, known: true });
      for (const alias of e.aliases) expect([alias, nameOf(alias)]).toEqual([alias, e.name]);
    }
  });

  test("ambiguous tokens are not aliases", () => {
    const aliases = new Set(BUILTIN_SKILLS.flatMap((e) => e.aliases.map(skillKey)));
    for (const token of ["tf", "java", "ruby", "go", "c", "es", "pm", "cv", "dl", "rn", "next", "plc", "estimating", "epic", "pos", "sage"]) {
      expect([token, aliases.has(token)]).toEqual([token, false]);
    }
  });

  test.each([
    ["cpr certification", "CPR"],
    ["Basic Life Support", "BLS"],
    ["class a cdl", "CDL"],
    ["Forklift certification", "Forklift"],
    ["US GAAP", "GAAP"],
    ["bank reconciliations", "Account Reconciliation"],
    ["stock control", "Inventory Management"],
    ["food hygiene", "Food Safety"],
    ["lesson plans", "Lesson Planning"],
    ["mergers and acquisitions", "M&A"],
    ["business english", "English"],
    ["Deutsch", "German"],
    ["español", "Spanish"],
  ])("jobs away from a desk have their skills too: %j is %s", (text, name) => {
    expect(nameOf(text)).toBe(name);
  });

  test("names() lists every skill once, sorted case-insensitively", () => {
    const list = canon.names();
    expect(list).toHaveLength(BUILTIN_SKILLS.length);
    const lower = list.map((n) => n.toLowerCase());
    expect(lower).toEqual([...lower].sort());
  });
});

describe("properties", () => {
  test("a skill at a level whose name is only spaces is no item", () => {
    expect(splitSkills([{ " ": undefined }, { "  Python ": "advanced" }])).toEqual(["Python"]);
  });

  test("splitSkills and parse never throw and give clean items", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const items = splitSkills(value);
        for (const item of items) expect(item).toBe(item.trim());
        canon.parse(value);
      }),
    );
  });

  test("keys are stable", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const k = skillKey(text);
        expect(skillKey(k)).toBe(k);
      }),
    );
  });

  test("parse never returns duplicate keys or empty names", () => {
    const word = fc.oneof(
      fc.constantFrom(...SEED_SKILLS, "postgres", "k8s", "RoR", "C#", "C++", "#ruby #ruby-on-rails", "[[A, B]]"),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(word), word.map((w) => w), fc.array(word).map((ws) => ws.join(", "))), (value) => {
        const skills = canon.parse(value);
        const keys = skills.map((s) => s.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const s of skills) {
          expect(s.name.trim()).not.toBe("");
          expect(s.key).toBe(skillKey(s.name));
        }
      }),
    );
  });

  test("a canonical name canonicalizes to itself", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const first = canon.canonical(text);
        if (first) expect(canon.canonical(first.name)).toEqual(first);
      }),
    );
  });
});

describe("plain skills take a short path with the same answers", () => {
  // A leading space sends text down the general path, which trims it first: the answer to compare with.
  const chars = [..."aZ09 -_.+#/,;[]\"'*\t\u00e9\u2022("];
  const text = fc.string({ unit: fc.constantFrom(...chars), maxLength: 12 });

  test.each([
    ["Deep Learning", true],
    ["C++", true],
    ["Node.js", true],
    ["ruby-on-rails", true],
    ["C-", true],
    [" Go", false],
    ["Go ", false],
    ["Go,Rust", false],
    ["Ruby  on Rails", false],
    ["[[GraphQL]]", false],
    ["#ruby", false],
    ["- Go", false],
    ["Caf\u00e9", false],
    ["", false],
  ])("%j is plain: %j", (value, plain) => {
    expect(isPlainSkill(value)).toBe(plain);
  });

  test("keyOf is the key canonical gives, for any text", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.constantFrom("postgres", "k8s", "Type Script", "Mongo DB", "Go Roadmap")), (t) => {
        const canon = new SkillCanon({ gql: "GraphQL" });
        expect(canon.keyOf(t)).toBe(new SkillCanon({ gql: "GraphQL" }).canonical(t)?.key ?? null);
        canon.canonical(t);
        expect(canon.keyOf(t)).toBe(canon.canonical(t)?.key ?? null);
      }),
      { numRuns: 2_000 },
    );
  });

  test("split, key and canonical answer agree with the general path", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitSkills(t)).toEqual(splitSkills(` ${t}`));
        expect(skillKey(t)).toBe(skillKey(` ${t}`));
        expect(new SkillCanon().canonical(t)).toEqual(new SkillCanon().canonical(` ${t}`));
      }),
      { numRuns: 3_000 },
    );
  });
});

const JOINED = /(?:^|\s)(?:and|or|und|et|y)(?:\s|$)|[&+/•·▪|]/i;

describe("SkillCanon.parse remembers answers per item", () => {
  const item = fc.oneof(
    fc.constantFrom("postgres", "Go", "k8s, Docker", "[[GraphQL]]", "[[a, b|C#]]", " - 'Rust'", "#ruby-on-rails", "C++; C", "", "ML\nAI", "[Go, Rust]", "AWS (EC2, Foo)", "(Go, Bar)", "x (strong)"),
    fc.string({ maxLength: 12 }),
    // Lists written as text, mostly plain pieces, with the odd piece that needs the general split.
    fc
      .array(fc.tuple(fc.constantFrom("Go", " Rust ", "node.js", "", "  ", "C#", "k8s", "Deep  Learning", "- Go", "\tSQL", "'ML'", "[[Redis]]", "#go", "Go "), fc.constantFrom(",", ", ", ";", "\n", "\r\n", " ,")), { maxLength: 6 })
      .map((parts) => parts.map(([piece, sep]) => piece + sep).join("")),
  );
  const value = fc.oneof(item, fc.array(item, { maxLength: 6 }), fc.array(fc.oneof(item, fc.integer(), fc.constant(null), fc.array(item)), { maxLength: 4 }));

  test("gives what splitting then canonicalizing gives, first occurrence kept, however often it is asked", () => {
    const canon = new SkillCanon({ gql: "GraphQL" });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (values) => {
        for (const v of [...values, ...values]) {
          const expected: SkillRef[] = [];
          // An item of a list in brackets after a skill counts only when the canon knows it.
          const { items, inBrackets } = splitSkillsMarked(v);
          // Items joined in words, bullets or bars ("Go and Rust", "and Go", "Go • Rust", "Go | Rust") are parted by the canon:
          // for those, a canon that has remembered nothing is the measure.
          const joined = items.some((raw) => JOINED.test(raw));
          items.forEach((raw, i) => {
            const ref = canon.canonical(raw);
            if (ref && (ref.known || inBrackets[i] !== true) && !expected.some((e) => e.key === ref.key)) expected.push(ref);
          });
          expect(canon.parse(v)).toEqual(joined ? new SkillCanon({ gql: "GraphQL" }).parse(v) : expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("a piece with nothing to peel skips the peeling", () => {
  // The whole peeling, as every piece once went through it: bullets and quotes, a few layers deep,
  // then tag markers, then link text. splitSkills must read any one piece the same way.
  const QUOTE_PAIRS = [['"', '"'], ["'", "'"], ["`", "`"], ["\u201C", "\u201D"], ["\u2018", "\u2019"], ["\u00AB", "\u00BB"]] as const;
  function finish(text: string): string[] {
    let shown = text.includes("[[") ? displayText(text) : text;
    const md = /^\[([^\]]+)\]\([^)]*\)$/.exec(shown);
    if (md) shown = md[1] ?? shown;
    shown = shown.trim();
    return shown !== "" && /[\p{L}\p{N}]/u.test(shown) ? [shown] : [];
  }
  function peeledInFull(piece: string): string[] {
    let text = piece.trim();
    for (let round = 0; round < 4; round++) {
      const before = text;
      text = text.replace(/^(?:[-*+]\s+|[•·▪‣◦]\s*)/, "").trim();
      for (const [open, close] of QUOTE_PAIRS) {
        if (text.length >= open.length + close.length && text.startsWith(open) && text.endsWith(close)) {
          text = text.slice(open.length, text.length - close.length).trim();
          break;
        }
      }
      if (text === before) break;
    }
    if (text === "") return [];
    if (/^#[^\s#]/.test(text)) {
      const words = text.split(/\s+/);
      if (words.length > 1 && words.every((w) => /^#[^\s#]/.test(w))) return words.flatMap((w) => finish(w.slice(1)));
      text = text.slice(1);
    }
    return finish(text);
  }

  // One piece: no ',', ';' or line break, no '[' at the very start, which splitSkills may unwrap as a
  // flow list, and no bracket, which may end a piece with a note or one more skill ("Go (Golang)").
  const chars = [..."aZ9 .+-*#\"'`\u201C\u201D\u2018\u2019\u00AB\u00BB\u2022\u00B7|]\u00e9\t"];
  const piece = fc.oneof(
    fc.string({ unit: fc.constantFrom(...chars), maxLength: 14 }),
    fc.constantFrom("[[GraphQL]]", "[[Backend/Go|Go]]", "[Go](https://go.dev)", "- 'Rust'", "\u2022 Go", "#ruby #rails", "C#", "[[ ]]", "\u00AB Go \u00BB"),
  );

  test("any piece gives what the whole peeling gives", () => {
    fc.assert(
      fc.property(piece, (p) => {
        // A whole value in typographic quotes (“Kotlin, Java”) loses them before it is split.
        expect(splitSkills(p)).toEqual(peeledInFull(withoutSmartQuotes(p.trim())));
      }),
      { numRuns: 5_000 },
    );
  });
});
