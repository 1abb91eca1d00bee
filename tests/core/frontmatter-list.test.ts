// Appending a dated entry to a frontmatter list in place: only the new line is added, every
// other byte stays, and anything unusual is handed back for a full rewrite.
import fc from "fast-check";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { parse } from "yaml";
import { appendFrontmatterListItem, setFrontmatterList } from "../../src/core/frontmatter-list";
import { findFrontmatter } from "../../src/core/note-reader";

const ENTRY = "2026-11-23 Offer";

describe("appendFrontmatterListItem", () => {
  test.each([
    [
      "appends after the last item, keeping what follows",
      "---\nCompany: A\nStage_History:\n  - 2026-10-02 Applied\nStage: Applied\n---\nbody\n",
      "---\nCompany: A\nStage_History:\n  - 2026-10-02 Applied\n  - 2026-11-23 Offer\nStage: Applied\n---\nbody\n",
    ],
    ["adds the key at the end when missing", "---\nCompany: A\n---\nbody", "---\nCompany: A\nStage_History:\n  - 2026-11-23 Offer\n---\nbody"],
    [
      "keeps CRLF, the items' own indentation, comments and blank lines",
      "---\r\nCompany: A\r\nStage_History:\r\n- 2026-10-02 Applied # c\r\n\r\n# trailing\r\n---\r\n",
      "---\r\nCompany: A\r\nStage_History:\r\n- 2026-10-02 Applied # c\r\n- 2026-11-23 Offer\r\n\r\n# trailing\r\n---\r\n",
    ],
    ["fills an empty key", "---\nStage_History:\n---\n", "---\nStage_History:\n  - 2026-11-23 Offer\n---\n"],
    ["matches the key whatever its case", "---\nstage history:\n  - x\n---\n", "---\nstage history:\n  - x\n  - 2026-11-23 Offer\n---\n"],
    // A one-line list or value of the key becomes a block list; the other lines stay as they were.
    ["an empty flow list", "---\n# c\nCompany: 'A'  # x\nStage_History: []\nid: 007\n---\n", "---\n# c\nCompany: 'A'  # x\nStage_History:\n  - 2026-11-23 Offer\nid: 007\n---\n"],
    ["a flow list", "---\nStage_History: [a, \"b c\"]\n---\n", "---\nStage_History:\n  - a\n  - b c\n  - 2026-11-23 Offer\n---\n"],
    ["a flow list's comment, and a date kept quoted", "---\nStage_History: ['2026-10-01'] # imported\n---\n", '---\nStage_History: # imported\n  - "2026-10-01"\n  - 2026-11-23 Offer\n---\n'],
    ["a scalar", "---\r\nStage_History: 2026-10-01 Applied\r\nx: 1\r\n---\r\n", "---\r\nStage_History:\r\n  - 2026-10-01 Applied\r\n  - 2026-11-23 Offer\r\nx: 1\r\n---\r\n"],
    // A map of dates to stages gains a pair at its entries' indentation; the rest stays byte for byte.
    [
      "a map of dates to stages",
      "---\nStage_History:\n    2026-10-01: Research # found it\n    2026-10-02: Applied\nSkills: [Swift, Kotlin]\n---\nbody\n",
      "---\nStage_History:\n    2026-10-01: Research # found it\n    2026-10-02: Applied\n    2026-11-23: Offer\nSkills: [Swift, Kotlin]\n---\nbody\n",
    ],
  ])("%s", (_label, input, expected) => {
    expect(appendFrontmatterListItem(input, "Stage_History", ENTRY, parseYamlPackage)).toEqual({ kind: "edited", text: expected });
  });

  test.each([
    ["a flow list over two lines", "---\nStage_History: [a,\n  b]\n---\n"],
    ["a flow list of maps", "---\nStage_History: [{a: 1}]\n---\n"],
    ["a nested map", "---\nStage_History:\n  a: 1\n---\n"],
    ["a map that has a pair for the day already", "---\nStage_History:\n  2026-11-23: Interview\n---\n"],
    ["a map of stages to dates", "---\nStage_History:\n  Applied: 2026-10-02\n---\n"],
    ["a map of lists", "---\nStage_History:\n  2026-10-01: [Research]\n---\n"],
    ["a flow map", "---\nStage_History: {2026-10-01: Research}\n---\n"],
  ])("%s is handed back for a full rewrite", (_label, input) => {
    expect(appendFrontmatterListItem(input, "Stage_History", ENTRY, parseYamlPackage).kind).toBe("not-simple");
  });

  test("invalid YAML and notes without frontmatter are refused", () => {
    expect(appendFrontmatterListItem("---\na: [\n---\n", "Stage_History", ENTRY, parseYamlPackage)).toEqual({ kind: "invalid-yaml" });
    expect(appendFrontmatterListItem("no frontmatter", "Stage_History", ENTRY, parseYamlPackage)).toEqual({ kind: "no-frontmatter" });
  });

  test("items that need quotes get them, and read back exactly", () => {
    const out = appendFrontmatterListItem("---\nH:\n  - a\n---\n", "H", 'x: "y" #z', parseYamlPackage);
    expect(out.kind).toBe("edited");
    if (out.kind === "edited") expect((parse(findFrontmatter(out.text)?.yaml ?? "") as { H: string[] }).H).toEqual(["a", 'x: "y" #z']);
  });

  test("property: the result reads back with the item appended, other keys unchanged, the body identical", () => {
    const key = fc.constantFrom("Stage_History", "History", "Log");
    const items = fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 });
    fc.assert(
      fc.property(key, items, fc.string({ maxLength: 20 }), fc.boolean(), fc.string({ maxLength: 30 }), (k, existing, item, crlf, body) => {
        const eol = crlf ? "\r\n" : "\n";
        const yamlList = existing.length > 0 ? `${k}:${eol}${existing.map((e) => `  - ${JSON.stringify(e)}`).join(eol)}${eol}` : "";
        const text = `---${eol}Company: A${eol}${yamlList}Other: 1${eol}---${eol}${body}`;
        const out = appendFrontmatterListItem(text, k, item, parseYamlPackage);
        if (out.kind !== "edited") return out.kind === "not-simple";
        const fm = parse(findFrontmatter(out.text)?.yaml ?? "") as Record<string, unknown>;
        expect(fm[k]).toEqual([...existing, item]);
        expect(fm.Company).toBe("A");
        expect(fm.Other).toBe(1);
        expect(out.text.endsWith(`---${eol}${body}`)).toBe(true);
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe("setFrontmatterList", () => {
  const set = (text: string, items: string[], key = "Skills") => setFrontmatterList(text, key, items, parseYamlPackage);

  test.each<[string, string, string[], string]>([
    [
      "a block list of the same length: each item line keeps its prefix and its comment",
      "---\nCompany: A # c\nSkills:\n    -   postgres   # main\n    - k8s\nStage: x\n---\nbody\n",
      ["[[PostgreSQL|PostgreSQL]]", "Kubernetes"],
      '---\nCompany: A # c\nSkills:\n    -   "[[PostgreSQL|PostgreSQL]]"   # main\n    - Kubernetes\nStage: x\n---\nbody\n',
    ],
    [
      "a one-line flow list: a block list under the key, which keeps its comment",
      '---\nSkills: [postgres, "Go"]   # flow\nStage: x\n---\n',
      ["PostgreSQL", "Go"],
      "---\nSkills:   # flow\n  - PostgreSQL\n  - Go\nStage: x\n---\n",
    ],
    [
      "comma text",
      "---\nSkills: postgres, Go\n---\n",
      ["PostgreSQL", "Go", "Docker"],
      "---\nSkills:\n  - PostgreSQL\n  - Go\n  - Docker\n---\n",
    ],
    [
      "a block list that grows, with a blank line and a comment after it",
      "---\nSkills:\n- Go\n\n# later\nStage: x\n---\n",
      ["Go", "Rust"],
      "---\nSkills:\n- Go\n- Rust\n\n# later\nStage: x\n---\n",
    ],
    [
      "CRLF and a BOM",
      "\uFEFF---\r\nSkills: [a]\r\nStage: x\r\n---\r\nbody\r\n",
      ["A", "B"],
      "\uFEFF---\r\nSkills:\r\n  - A\r\n  - B\r\nStage: x\r\n---\r\nbody\r\n",
    ],
  ])("%s", (_label, text, items, expected) => {
    expect(set(text, items)).toEqual({ kind: "edited", text: expected });
  });

  test("the same items: unchanged", () => {
    expect(set("---\nSkills:\n  - Go # x\n---\n", ["Go"])).toEqual({ kind: "unchanged" });
  });

  test("shapes it cannot edit in place are left to the caller", () => {
    // A comment between items, nested items, a multi-line flow list, a missing key.
    expect(set("---\nSkills:\n  - Go\n  # infra\n  - Docker\n---\n", ["Go"]).kind).toBe("not-simple");
    expect(set("---\nSkills:\n  - name: Go\n    level: 3\n---\n", ["Go"]).kind).toBe("not-simple");
    expect(set("---\nSkills: [Go,\n  Rust]\n---\n", ["Go"]).kind).toBe("not-simple");
    expect(set("---\nCompany: A\n---\n", ["Go"]).kind).toBe("not-simple");
    expect(set("---\nSkills: [Go\n---\n", ["Go"]).kind).toBe("invalid-yaml");
  });

  test("whatever the note, it never throws, and an edit reads back as the items with every other value kept", () => {
    const value = fc.oneof(fc.constantFrom("[Go, Rust]", "Go, Rust", "", "'Go'", "[]", "null"), fc.string({ maxLength: 12 }));
    const items = fc.array(fc.constantFrom("Go", "[[PostgreSQL|PostgreSQL]]", "C#", "2026-01-01", "a: b", "#tag", "'q'"), { maxLength: 4 });
    fc.assert(
      fc.property(value, items, fc.boolean(), (v, list, block) => {
        const text = block ? `---\nA: 1\nSkills:\n  - ${v || "x"}\nB: 2\n---\nbody` : `---\nA: 1\nSkills: ${v}\nB: 2\n---\nbody`;
        const edit = set(text, list);
        if (edit.kind !== "edited") return;
        const fm = parse(findFrontmatter(edit.text)?.yaml ?? "") as Record<string, unknown>;
        expect(fm).toEqual({ A: 1, Skills: list, B: 2 });
        expect(edit.text.endsWith("---\nbody")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
