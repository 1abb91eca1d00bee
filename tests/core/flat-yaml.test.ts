import fc from "fast-check";
import { parse } from "yaml";
import { blockScalar, parseFlatYaml, resolvePlain } from "../../src/core/flat-yaml";

/** What the `yaml` package makes of the text, or "invalid". */
function reference(text: string): unknown {
  try {
    return parse(text, { prettyErrors: false, logLevel: "error" }) ?? {};
  } catch {
    return "invalid";
  }
}

function expectSameAsYamlPackage(text: string): void {
  const flat = parseFlatYaml(text);
  if (flat !== null) expect(flat).toStrictEqual(reference(text));
}

describe("flat frontmatter is read as a YAML parser reads it", () => {
  test.each([
    ["Company: GitLab\nStage: Research\n", { Company: "GitLab", Stage: "Research" }],
    ["Skills:\n  - GraphQL\n  - Ruby on Rails\n", { Skills: ["GraphQL", "Ruby on Rails"] }],
    ["Skills:\n- Go\n- SQL\nStage: Applied\n", { Skills: ["Go", "SQL"], Stage: "Applied" }],
    ['Skills: ["[[GraphQL]]", \'[[Go]]\', Rust]\n', { Skills: ["[[GraphQL]]", "[[Go]]", "Rust"] }],
    ["Skills: []\n", { Skills: [] }],
    ["Salary: 98k - 210k\n", { Salary: "98k - 210k" }],
    ["Salary: 120000\n", { Salary: 120000 }],
    ["Remote: true\nPaid: FALSE\n", { Remote: true, Paid: false }],
    ["Stage:\nCompany: Acme\n", { Stage: null, Company: "Acme" }],
    ["Stage: # not yet\n", { Stage: null }],
    ["Company: Acme # the big one\n", { Company: "Acme" }],
    ["Company: C# shop\n", { Company: "C# shop" }],
    ["url: https://example.com/jobs?id=1#top\n", { url: "https://example.com/jobs?id=1#top" }],
    ["title: 'It''s a job'\n", { title: "It's a job" }],
    ['title: "  spaced  "\n', { title: "  spaced  " }],
    ["modified: 2024-10-24T12:46:52-04:00\n", { modified: "2024-10-24T12:46:52-04:00" }],
    ["# a comment\n\nCompany: Acme\n", { Company: "Acme" }],
    ["id: 0x1F\nn: 0o17\ninf: -.inf\nnothing: ~\n", { id: 31, n: 15, inf: -Infinity, nothing: null }],
    ["Job Posting: x\njob-posting: y\n", { "Job Posting": "x", "job-posting": "y" }],
    ['title: "a\\nb \\"q\\" \\u00e9\\x41\\U0001F680"\n', { title: 'a\nb "q" éA🚀' }],
  ])("%j", (text, expected) => {
    expect(parseFlatYaml(text)).toStrictEqual(expected);
    expect(reference(text)).toStrictEqual(expected);
  });

  test.each([
    ["nested maps", "Company:\n  name: Acme\n"],
    ["block scalars", "Notes: |\n  line\n"],
    ["a value over two lines", "Notes: one\n  two\n"],
    ["duplicate keys", "Stage: a\nStage: b\n"],
    ["flow maps", "Salary: {min: 1}\n"],
    ["anchors and aliases", "a: &x 1\nb: *x\n"],
    ["tabs", "Company:\tAcme\n"],
    ["a list under a key with a value", "Stage: a\n  - b\n"],
    ["items at two indents", "Skills:\n  - a\n    - b\n"],
    ["a colon and space in a plain value", "title: Role: backend\n"],
    ["a key that is not a plain word", '"Company": Acme\n'],
    ["nested lists", "Skills:\n  - [a, b]\n"],
    ["a trailing comma in a flow list", "Skills: [a, b,]\n"],
  ])("%s are left to a full parser", (_name, text) => {
    expect(parseFlatYaml(text)).toBeNull();
  });

  test("keys are read right however many notes came before, with many keys sharing a remembered slot", () => {
    // 2,000 distinct keys cannot each keep a slot of their own: keys that share one must still read as themselves.
    const keys = Array.from({ length: 2_000 }, (_, i) => `key_${i.toString(36)}${i % 7 === 0 ? " x" : ""}`);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < keys.length; i += 50) {
        const chunk = keys.slice(i, i + 50);
        const text = chunk.map((k, j) => `${k}: ${j}\n`).join("");
        expect(parseFlatYaml(text)).toStrictEqual(Object.fromEntries(chunk.map((k, j) => [k, j])));
      }
    }
    // A key once seen as text, then a word YAML reads as something else, of the same length.
    expect(parseFlatYaml("trux: 1\n")).toStrictEqual({ trux: 1 });
    expect(parseFlatYaml("true: 1\n")).toBeNull();
    expect(parseFlatYaml("Company: a\ncompany: b\nCompany: c\n")).toBeNull();
  });

  test("a one-line scalar's span covers its text as written", () => {
    expect(blockScalar("'Applied' # moved", 7)).toEqual({ value: "Applied", span: { start: 7, end: 16, style: "single" } });
    expect(blockScalar('"a\\"b"', 0)).toEqual({ value: 'a"b', span: { start: 0, end: 6, style: "double" } });
    expect(blockScalar("Acme Corp   # big", 3)).toEqual({ value: "Acme Corp", span: { start: 3, end: 12, style: "plain" } });
    expect(blockScalar("[a]", 0)).toBeNull();
  });
});

const word = fc.constantFrom(
  "Acme", "C#", "C++", "a:b", "x #y", "Ruby on Rails", "[[GraphQL]]", "98k - 210k", "$80k", "€55.000", "日本語", "🚀", "O'Reilly",
  "yes", "no", "on", "y", "null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "tRue", "nan", ".nan", ".NaN", ".inf", "-.inf",
  "+.INF", "0", "-0", "+0", "007", "1e5", "1E-3", "-1.5", ".5", "1.", "0x1F", "0X1F", "0o17", "0o8", "1_000", "12:30", "2024-05-01",
  "\\n", "\\\"", "\\x41", "\\u00e9", "\\U0001F680", "\\q", "\\", "\\u12", "-", "?", ":", "-x", "&a", "*a", "!t", "|", ">", "%", "@", "`", "#", "'", '"', ",", "[", "]", "{", "}", "", " ", "a ", " a",
);
const scalar = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")),
  word,
  word.map((w) => `"${w}"`),
  word.map((w) => `'${w.replace(/'/g, "''")}'`),
  fc.string({ maxLength: 12 }),
);
const plainKey = fc.constantFrom("Company", "Stage", "Skills", "Job Posting", "job-posting", "tags", "id", "true", "null", "Ünïcode", "a b", "_x", "x(y)");
// Keys that are odd or not plain words at all. (Not "constructor": Jest's toStrictEqual compares that property as the object's type.)
const key = fc.oneof(plainKey, fc.constantFrom("a ", "a:b", "-x", "1x", "x.y/z", "é", "aé", "a#", "__proto__", "toString", "#x", "ａ"));
const line = fc.oneof(
  fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, scalar, word).map(([k, v, c]) => `${k}: ${v} #${c}`),
  key.map((k) => `${k}:`),
  fc.tuple(fc.constantFrom("", "  ", "    "), scalar).map(([i, v]) => `${i}- ${v}`),
  fc.constantFrom("-", "  -", "# comment", "", "   "),
  fc.tuple(key, fc.array(scalar, { maxLength: 4 })).map(([k, items]) => `${k}: [${items.join(", ")}]`),
);

describe("flat frontmatter: property", () => {
  test("wherever the flat reader answers, it agrees with the yaml package", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => expectSameAsYamlPackage(lines.join("\n") + "\n")),
      { numRuns: 5000 },
    );
  });

  test("plain scalars resolve as the core schema says", () => {
    fc.assert(
      fc.property(fc.oneof(word, fc.stringMatching(/^[-+]?[0-9.eExXoO_a-f]{1,8}$/)), (s) => {
        const text = `k: ${s}\n`;
        const ref = reference(text);
        if (ref !== "invalid" && typeof ref === "object" && ref !== null && "k" in ref && s.trim() === s && s !== "") {
          const flat = parseFlatYaml(text);
          if (flat) expect(flat["k"]).toStrictEqual((ref as Record<string, unknown>)["k"]);
        }
      }),
      { numRuns: 3000 },
    );
    expect(resolvePlain("-0")).toBe(-0);
  });

  test("it answers for most of what frontmatter looks like", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(plainKey, word), { maxLength: 6 }), (pairs) => {
        const unique = [...new Map(pairs).entries()].filter(([, v]) => /^[A-Z]/i.test(v) && !/ #|:/.test(v));
        const text = unique.map(([k, v]) => `${k}: ${v}`).join("\n");
        if (parseFlatYaml(text) !== null) answered++;
        else expect(unique.some(([k]) => k === "true" || k === "null")).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(answered).toBeGreaterThan(100);
  });
});
