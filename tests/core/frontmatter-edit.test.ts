import fc from "fast-check";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { setFrontmatterString, type FrontmatterEdit } from "../../src/core/frontmatter-edit";
import { findFrontmatter, parseFrontmatterYaml } from "../../src/core/note-reader";

const STAGE = ["Stage"] as const;

/** The edited text, failing the test when the result is anything else. */
function edit(text: string, value: string, keys: readonly string[] = STAGE): string {
  const result = setFrontmatterString(text, keys, value, parseYamlPackage);
  if (result.kind !== "edited") throw new Error(`expected an edit, got ${JSON.stringify(result)}`);
  return result.text;
}

function frontmatterOf(text: string): Record<string, unknown> | null {
  const block = findFrontmatter(text);
  return block ? parseFrontmatterYaml(block.yaml, parseYamlPackage) : null;
}

const note = (...lines: string[]): string => `---\n${lines.join("\n")}\n---\n# Body\n\nStage: Applied in the body stays.\n`;

describe("setFrontmatterString: edits in place, by quoting style", () => {
  test.each([
    ["plain", "Stage: Applied", "Stage: Interview"],
    ["double-quoted", 'Stage: "Applied"', 'Stage: "Interview"'],
    ["single-quoted", "Stage: 'Applied'", "Stage: 'Interview'"],
    ["empty", "Stage:", "Stage: Interview"],
    ["empty with a trailing space", "Stage: ", "Stage: Interview"],
    ["null written as ~", "Stage: ~", "Stage: Interview"],
    ["null written as null", "Stage: null", "Stage: Interview"],
    ["a number", "Stage: 3", "Stage: Interview"],
    ["extra spaces after the colon", "Stage:    Applied", "Stage:    Interview"],
    ["a space before the colon", "Stage : Applied", "Stage : Interview"],
  ])("%s value", (_label, line, expected) => {
    const text = note("Company: Acme", line, "Salary: 100k");
    expect(edit(text, "Interview")).toBe(text.replace(line, expected));
  });

  test.each([
    ["plain", "Stage: Applied   # moved on 2024-05-01", "Stage: Interview   # moved on 2024-05-01"],
    ["double-quoted", 'Stage: "Applied" # was Research', 'Stage: "Interview" # was Research'],
    ["single-quoted", "Stage: 'Applied'\t# tab before", "Stage: 'Interview'\t# tab before"],
    ["empty", "Stage: # pick one", "Stage: Interview # pick one"],
    ["empty, wide gap", "Stage:    # pick one", "Stage: Interview   # pick one"],
  ])("keeps the comment after a %s value", (_label, line, expected) => {
    const text = note("Company: Acme", line, "# a comment line", "", "Salary: 100k");
    expect(edit(text, "Interview")).toBe(text.replace(line, expected));
  });

  test("keeps every other byte: comments, blank lines, key order, quoting, lists", () => {
    const text = [
      "---",
      "# Posting",
      "Company: \"[[Acme]]\"",
      "",
      "Skills:",
      "  - TypeScript   # main one",
      "  - 'Go'",
      "Stage: Applied",
      "Salary: $80k - $120k",
      "Notes: |",
      "  Stage: Research",
      "---",
      "body",
    ].join("\n");
    expect(edit(text, "Offer")).toBe(text.replace("Stage: Applied", "Stage: Offer"));
  });

  test("a CRLF note changes only the value's bytes; every CRLF stays", () => {
    const text = "---\r\nCompany: Acme\r\nStage: Applied # now\r\nSkills:\r\n  - Go\r\n---\r\n# Body\r\n- [ ] apply\r\n";
    const out = edit(text, "Screening");
    expect(out).toBe(text.replace("Applied", "Screening"));
    expect(out.split("\r\n").length).toBe(text.split("\r\n").length);
    expect(out.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  test("an empty value in a CRLF note", () => {
    const text = "---\r\nStage:\r\nCompany: Acme\r\n---\r\n";
    expect(edit(text, "Applied")).toBe("---\r\nStage: Applied\r\nCompany: Acme\r\n---\r\n");
  });

  test("no newline after the body, or after the closing fence", () => {
    expect(edit("---\nStage: Applied\n---\nbody", "Offer")).toBe("---\nStage: Offer\n---\nbody");
    expect(edit("---\nStage: Applied\n---", "Offer")).toBe("---\nStage: Offer\n---");
  });

  test("the key on the last line before the fence, and on the first", () => {
    expect(edit("---\nStage: Applied\n---\n", "Offer")).toBe("---\nStage: Offer\n---\n");
    expect(edit("---\nCompany: Acme\nStage:\n---\n", "Offer")).toBe("---\nCompany: Acme\nStage: Offer\n---\n");
  });

  test("a lone carriage return, which YAML reads as a line break, is kept", () => {
    const text = "---\nCompany: Acme\rStage: Applied\r\nSalary: 1\n---\n";
    expect(edit(text, "Offer")).toBe("---\nCompany: Acme\rStage: Offer\r\nSalary: 1\n---\n");
  });

  test("a whole frontmatter indented alike is still top level", () => {
    expect(edit("---\n  Company: Acme\n  Stage: Applied\n---\n", "Offer")).toBe("---\n  Company: Acme\n  Stage: Offer\n---\n");
  });

  test("a byte order mark is kept", () => {
    const text = "\uFEFF---\nCompany: Acme\nStage: Applied\n---\nbody\n";
    expect(edit(text, "Offer")).toBe("\uFEFF---\nCompany: Acme\nStage: Offer\n---\nbody\n");
  });

  test("the body is never touched, even when it has the same line", () => {
    const text = "---\nStage: Applied\n---\nStage: Applied\n---\nStage: Applied\n";
    expect(edit(text, "Offer")).toBe("---\nStage: Offer\n---\nStage: Applied\n---\nStage: Applied\n");
  });
});

describe("setFrontmatterString: which key", () => {
  test.each([
    ["Stage: Applied", "Stage: Offer", ["Stage"]],
    ["stage: Applied", "stage: Offer", ["Stage"]],
    ["STAGE: Applied", "STAGE: Offer", ["stage"]],
    ['"Stage": Applied', '"Stage": Offer', ["Stage"]],
    ["'Stage': Applied", "'Stage': Offer", ["Stage"]],
    ["Job_Posting: a", "Job_Posting: Offer", ["job posting"]],
    ["job-posting: a", "job-posting: Offer", ["Job_Posting"]],
    ["Status: Applied", "Status: Offer", ["Stage", "Status"]],
  ])("%s with candidates %j", (line, expected, keys) => {
    const text = note("Company: Acme", line);
    expect(edit(text, "Offer", keys)).toBe(text.replace(line, expected));
  });

  test("candidates are tried in order, as FieldReader reads them", () => {
    const text = note("Status: Applied", "Stage: Applied");
    expect(edit(text, "Offer", ["Stage", "Status"])).toBe(note("Status: Applied", "Stage: Offer"));
    expect(edit(text, "Offer", ["Status", "Stage"])).toBe(note("Status: Offer", "Stage: Applied"));
  });

  test("a value written twice in two spellings that agree moves as one; its other values stay", () => {
    expect(edit(note("stage: applied", "Company: Acme", "Stage: 'Applied' # mine"), "Offer")).toBe(note("stage: Offer", "Company: Acme", "Stage: 'Offer' # mine"));
    // Status is another name, not another spelling: it is the user's own property.
    expect(edit(note("Stage: Applied", "Status: Applied"), "Offer", ["Stage", "Status"])).toBe(note("Stage: Offer", "Status: Applied"));
  });

  test("of two keys that normalize alike, the first in the note", () => {
    const text = note("stage: Applied", "Stage: Research");
    expect(edit(text, "Offer")).toBe(note("stage: Offer", "Stage: Research"));
  });

  test("the same text in another key's value is not touched", () => {
    const quoted = note('Notes: "Stage: Applied"', "Stage: Applied");
    expect(edit(quoted, "Offer")).toBe(note('Notes: "Stage: Applied"', "Stage: Offer"));
    const block = note("Notes: |", "  Stage: Applied", "Stage: Applied");
    expect(edit(block, "Offer")).toBe(note("Notes: |", "  Stage: Applied", "Stage: Offer"));
    const nested = note("Tasks:", "  - Stage: Applied", "  Stage: Applied", "Stage: Applied");
    expect(setFrontmatterString(nested, STAGE, "Offer", parseYamlPackage).kind).toBe("invalid-yaml");
    const nestedOk = note("Tasks:", "  - Stage: Applied", "Job:", "  Stage: Applied", "Stage: Applied");
    expect(edit(nestedOk, "Offer")).toBe(nestedOk.replace(/^Stage: Applied$/m, "Stage: Offer"));
  });

  test("`Notes: Stage: Applied` is not valid YAML: reported and left alone", () => {
    expect(setFrontmatterString(note("Notes: Stage: Applied", "Stage: Applied"), STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "invalid-yaml" });
  });

  test("a key only in the value of another key, or only nested, is missing", () => {
    expect(setFrontmatterString(note('Notes: "Stage: Applied"'), STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "not-simple", key: null });
    expect(setFrontmatterString(note("Job:", "  Stage: Applied"), STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "not-simple", key: null });
    expect(setFrontmatterString(note("Notes: |", "  Stage: Applied"), STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "not-simple", key: null });
  });

  test("with add, a missing key becomes the last line of the frontmatter, and nothing else changes", () => {
    const text = note("# imported", "Company: 'Acme'   # the company", "id: 007");
    expect(setFrontmatterString(text, STAGE, "Interview", parseYamlPackage, true)).toEqual({
      kind: "edited",
      text: note("# imported", "Company: 'Acme'   # the company", "id: 007", "Stage: Interview"),
    });
    expect(setFrontmatterString("---\r\nCompany: A\r\n---\r\n", STAGE, "No", parseYamlPackage, true)).toEqual({
      kind: "edited",
      text: '---\r\nCompany: A\r\nStage: "No"\r\n---\r\n',
    });
  });
});

describe("setFrontmatterString: values that need quotes", () => {
  test.each([
    ["Offer: final", '"Offer: final"'],
    ["ends with a colon:", '"ends with a colon:"'],
    ["#1", '"#1"'],
    ["Round #2", '"Round #2"'],
    ["C#", "C#"],
    ["true", '"true"'],
    ["False", '"False"'],
    ["no", '"no"'],
    ["yes", '"yes"'],
    ["on", '"on"'],
    ["null", '"null"'],
    ["~", '"~"'],
    ["123", '"123"'],
    ["-5", '"-5"'],
    ["1e3", '"1e3"'],
    ["0x1F", '"0x1F"'],
    ["0o17", '"0o17"'],
    [".5", '".5"'],
    [".inf", '".inf"'],
    ["2026-11-23", '"2026-11-23"'],
    ["12:30", '"12:30"'],
    ["- x", '"- x"'],
    ["? x", '"? x"'],
    ["[a]", '"[a]"'],
    ["{a: 1}", '"{a: 1}"'],
    ["&anchor", '"&anchor"'],
    ["*alias", '"*alias"'],
    ["!tag", '"!tag"'],
    ["| x", '"| x"'],
    ["> x", '"> x"'],
    ["%x", '"%x"'],
    ["@x", '"@x"'],
    ["`x`", '"`x`"'],
    ["'quoted'", `"'quoted'"`],
    ['"quoted"', '"\\"quoted\\""'],
    ["", '""'],
    [" padded ", '" padded "'],
    ["a\\b", "a\\b"],
    ['He said "hi"', 'He said "hi"'],
    ["it's", "it's"],
    ["two\nlines", '"two\\nlines"'],
    ["tab\there", '"tab\\there"'],
    ["bell\u0007", '"bell\\u0007"'],
    ["line\u2028sep", '"line\\u2028sep"'],
    ["Offer 🎉", "Offer 🎉"],
    ["مقابلة", "مقابلة"],
    ["<img onerror=alert(1)>", "<img onerror=alert(1)>"],
  ])("plain %j is written as %s", (value, written) => {
    const text = note("Company: Acme", "Stage: Applied # c", "Salary: 100k");
    const out = edit(text, value);
    expect(out).toBe(text.replace("Stage: Applied # c", `Stage: ${written} # c`));
    expect(frontmatterOf(out)).toEqual({ Company: "Acme", Stage: value, Salary: "100k" });
  });

  test.each([
    ['He said "hi"', '"He said \\"hi\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["it's", '"it\'s"'],
    ["two\nlines", '"two\\nlines"'],
    ["true", '"true"'],
    ["", '""'],
  ])("double-quoted %j is written as %s", (value, written) => {
    const out = edit(note('Stage: "Applied"'), value);
    expect(out).toBe(note(`Stage: ${written}`));
    expect(frontmatterOf(out)).toEqual({ Stage: value });
  });

  test.each([
    ["it's", "'it''s'"],
    ['He said "hi"', `'He said "hi"'`],
    ["back\\slash", "'back\\slash'"],
    ["two\nlines", '"two\\nlines"'],
    ["nul\u0000", '"nul\\u0000"'],
    ["# 1: true", "'# 1: true'"],
    ["", "''"],
  ])("single-quoted %j is written as %s", (value, written) => {
    const out = edit(note("Stage: 'Applied'"), value);
    expect(out).toBe(note(`Stage: ${written}`));
    expect(frontmatterOf(out)).toEqual({ Stage: value });
  });

  test("an empty value that needs quotes gets double quotes", () => {
    expect(edit(note("Stage:"), "Offer: final")).toBe(note('Stage: "Offer: final"'));
    expect(edit(note("Stage: # c"), "true")).toBe(note('Stage: "true" # c'));
  });

  test("a lone surrogate is escaped and reads back", () => {
    const out = edit(note("Stage: Applied"), "x\uD800y");
    expect(out).toBe(note('Stage: "x\\uD800y"'));
    expect(frontmatterOf(out)).toEqual({ Stage: "x\uD800y" });
  });
});

describe("setFrontmatterString: what it leaves to the caller", () => {
  test.each([
    ["a block list", ["Stage:", "  - Applied"]],
    ["a list at the key's indentation", ["Stage:", "- Applied"]],
    ["a literal block scalar", ["Stage: |", "  Applied"]],
    ["a folded block scalar", ["Stage: >-", "  Applied"]],
    ["a flow list", ["Stage: [Applied]"]],
    ["a flow map", ["Stage: {name: Applied}"]],
    ["a nested map", ["Stage:", "  name: Applied"]],
    ["a multi-line plain scalar", ["Stage: Applied", "  and more"]],
    ["a multi-line double-quoted scalar", ['Stage: "Applied', '  and more"']],
    ["a multi-line single-quoted scalar", ["Stage: 'Applied", "  and more'"]],
    ["a value on the next line", ["Stage:", "  Applied"]],
    ["an anchor", ["Stage: &s Applied"]],
    ["an alias", ["Base: &s Applied", "Stage: *s"]],
    ["a tag", ["Stage: !!str Applied"]],
    ["a tag with no value", ["Stage: !!null"]],
    ["an anchor with no value", ["Stage: &s"]],
    ["an explicit key", ["? Stage", ": Applied"]],
  ])("%s is not simple", (_label, lines) => {
    const text = note("Company: Acme", ...lines);
    expect(setFrontmatterString(text, STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "not-simple", key: "Stage" });
  });

  test("not-simple names the key as the note writes it", () => {
    expect(setFrontmatterString(note("stage:", "  - Applied"), STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "not-simple", key: "stage" });
  });

  test("a flow mapping as the whole frontmatter is not simple", () => {
    expect(setFrontmatterString("---\n{Company: Acme, Stage: Applied}\n---\n", STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "not-simple", key: "Stage" });
  });

  test.each([
    ["no such key", note("Company: Acme")],
    ["an empty block", "---\n---\nbody"],
    ["only comments", "---\n# nothing yet\n---\n"],
  ])("a missing key: %s", (_label, text) => {
    expect(setFrontmatterString(text, STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "not-simple", key: null });
  });

  test("no candidates at all", () => {
    expect(setFrontmatterString(note("Stage: Applied"), [], "Offer", parseYamlPackage)).toEqual({ kind: "not-simple", key: null });
  });

  test.each([
    ["an unclosed flow list", note("Stage: [Applied")],
    ["duplicate keys", note("Stage: Applied", "Stage: Offer")],
    ["a bad indent", note("Company: Acme", "  Stage: Applied")],
    ["a list, not a mapping", note("- Applied")],
    ["a scalar, not a mapping", note("just text")],
  ])("invalid YAML: %s", (_label, text) => {
    expect(setFrontmatterString(text, STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "invalid-yaml" });
  });

  test.each([
    ["no fences", "Stage: Applied\n"],
    ["an unclosed block", "---\nStage: Applied\n"],
    ["text before the fence", "# Title\n---\nStage: Applied\n---\n"],
    ["an empty note", ""],
  ])("no frontmatter: %s", (_label, text) => {
    expect(setFrontmatterString(text, STAGE, "Offer", parseYamlPackage)).toEqual({ kind: "no-frontmatter" });
  });

  test.each([
    ["Stage: Applied", "Applied"],
    ['Stage: "Applied"', "Applied"],
    ["stage: 'Applied'", "Applied"],
    ['Stage: ""', ""],
    ["Stage: |-\n  Applied", "Applied"],
    ["Stage: [Applied]", "Applied"],
  ])("%j already reads %j: unchanged unless the value differs", (line, current) => {
    const text = note(line);
    const result = setFrontmatterString(text, STAGE, current, parseYamlPackage);
    expect(result).toEqual(line.includes("[") ? { kind: "not-simple", key: "Stage" } : { kind: "unchanged" });
  });

  test("a number or null is not the string: it is replaced by the string", () => {
    expect(edit(note("Stage: 123"), "123")).toBe(note('Stage: "123"'));
    expect(edit(note("Stage:"), "")).toBe(note('Stage: ""'));
    expect(edit(note("Stage: true"), "true")).toBe(note('Stage: "true"'));
  });
});

// ---- property tests -------------------------------------------------------------------------

const EOLS = ["\n", "\r\n"] as const;
const otherKey = fc
  .stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,8}$/)
  .filter((k) => !["stage", "y", "n", "yes", "no", "on", "off", "true", "false", "null"].includes(k.toLowerCase()));
const asciiText = fc.string({ unit: "grapheme-ascii", maxLength: 20 });

/** Other content of the frontmatter, as lines (with the key each adds, if any). */
const otherEntry = fc.oneof(
  fc.tuple(otherKey, asciiText).map(([k, v]) => ({ key: k, lines: [`${k}: ${JSON.stringify(v)}`] })),
  fc.tuple(otherKey, fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,10}[A-Za-z0-9]$/)).map(([k, v]) => ({ key: k, lines: [`${k}: ${v}`] })),
  fc.tuple(otherKey, fc.array(fc.stringMatching(/^[A-Za-z]{1,8}$/), { maxLength: 3 })).map(([k, items]) => ({
    key: k,
    lines: [`${k}:`, ...items.map((i) => `  - ${i}`)],
  })),
  fc.tuple(otherKey, asciiText).map(([k, v]) => ({ key: k, lines: [`${k}: |`, "  Stage: Applied", `  ${v.trim() || "x"}`] })),
  fc.tuple(otherKey).map(([k]) => ({ key: k, lines: [`${k}: "Stage: Applied" # Stage: Applied`] })),
  asciiText.map((c) => ({ key: null, lines: [`# ${c}`] })),
  fc.constant({ key: null, lines: [""] }),
);

const stageKeyText = fc.constantFrom("Stage", "stage", "STAGE", '"Stage"', "'stage'");
const stageValueText = fc.constantFrom("Applied", "", "~", "3", '"Applied"', '"a \\"b\\" c"', "'Applied'", "'it''s'", "Round 2");
const stageComment = fc.constantFrom("", " # moved", "   # Stage: Offer", "\t# c");

/** A value the user might type, or anything at all. */
const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.string({
    unit: fc.constantFrom('"', "'", ":", "#", " ", "\n", "\r", "\t", "-", "\\", "a", "1", "[", "{", "!", "&", "*", "|", ">", "%", "@", "`", ",", "?", "\u2028", "\uFEFF", "\u0085", "\u00A0", "é", "😀", "ש", "\uD800"),
  }),
  fc.constantFrom("true", "no", "Null", "~", "123", "1e3", "0x1F", "2026-11-23", ".inf", "-.NaN", "Y", "", "Offer: final", "#1", "- x"),
);

interface GeneratedNote {
  text: string;
  /** Offsets of the stage line and of the end of its line ending. */
  lineStart: number;
  lineEnd: number;
  keyText: string;
  comment: string;
}

const generatedNote = fc
  .record({
    before: fc.array(otherEntry, { maxLength: 5 }),
    after: fc.array(otherEntry, { maxLength: 5 }),
    keyText: stageKeyText,
    valueText: stageValueText,
    comment: stageComment,
    eol: fc.constantFrom(...EOLS),
    body: fc.string({ unit: "grapheme-ascii", maxLength: 40 }),
    bom: fc.boolean(),
  })
  .filter(({ before, after }) => {
    const keys = [...before, ...after].map((e) => e.key).filter((k): k is string => k !== null);
    return new Set(keys).size === keys.length;
  })
  .map(({ before, after, keyText, valueText, comment, eol, body, bom }): GeneratedNote => {
    const head = `${bom ? "\uFEFF" : ""}---${eol}${before.flatMap((e) => e.lines).map((l) => l + eol).join("")}`;
    const stageLine = `${keyText}:${valueText === "" ? "" : " "}${valueText}${comment}${eol}`;
    const tail = `${after.flatMap((e) => e.lines).map((l) => l + eol).join("")}---${eol}${body}`;
    return { text: head + stageLine + tail, lineStart: head.length, lineEnd: head.length + stageLine.length, keyText, comment };
  });

function withoutKey(fm: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fm).filter(([k]) => k !== key));
}

const KINDS: FrontmatterEdit["kind"][] = ["edited", "unchanged", "not-simple", "invalid-yaml", "no-frontmatter"];

describe("setFrontmatterString: properties", () => {
  test("any value on a one-line scalar is written so that it reads back, and nothing else changes", () => {
    fc.assert(
      fc.property(generatedNote, anyValue, (g, value) => {
        const before = frontmatterOf(g.text);
        expect(before).not.toBeNull();
        if (!before) return;
        const key = Object.keys(before).find((k) => k.toLowerCase() === "stage") ?? "";
        const result = setFrontmatterString(g.text, ["Stage"], value, parseYamlPackage);
        if (before[key] === value) {
          expect(result).toEqual({ kind: "unchanged" });
          return;
        }
        expect(result.kind).toBe("edited");
        if (result.kind !== "edited") return;
        const out = result.text;
        // (a) it reads back: the key holds the value, every other key is deep-equal, order kept.
        const after = frontmatterOf(out);
        expect(after).not.toBeNull();
        if (!after) return;
        expect(after[key]).toBe(value);
        expect(Object.keys(after)).toEqual(Object.keys(before));
        expect(withoutKey(after, key)).toEqual(withoutKey(before, key));
        // (b) every byte before the line and after its line ending is the same.
        const prefix = g.text.slice(0, g.lineStart);
        const suffix = g.text.slice(g.lineEnd);
        expect(out.startsWith(prefix)).toBe(true);
        expect(out.endsWith(suffix)).toBe(true);
        const line = out.slice(prefix.length, out.length - suffix.length);
        const eol = g.text.slice(g.lineStart, g.lineEnd).endsWith("\r\n") ? "\r\n" : "\n";
        expect(line.endsWith(eol)).toBe(true);
        expect(line.slice(0, -eol.length)).not.toMatch(/[\r\n]/);
        expect(line.startsWith(`${g.keyText}:`)).toBe(true);
        if (g.comment !== "") expect(line.endsWith(g.comment.trimStart() + eol)).toBe(true);
        // Doing it again changes nothing.
        expect(setFrontmatterString(out, ["Stage"], value, parseYamlPackage)).toEqual({ kind: "unchanged" });
      }),
      { numRuns: 1000 },
    );
  });

  test("a value that is not a one-line scalar is never edited", () => {
    const complex = fc.constantFrom(
      ["Stage:", "  - Applied"],
      ["Stage: |", "  Applied"],
      ["Stage: [Applied]"],
      ["Stage: Applied", "  more"],
      ['Stage: "Applied', '  more"'],
      ["Stage: &a Applied"],
      ["Stage: !!str Applied"],
    );
    fc.assert(
      fc.property(fc.array(otherEntry, { maxLength: 4 }), complex, anyValue, fc.constantFrom(...EOLS), (others, stage, value, eol) => {
        const keys = others.map((e) => e.key).filter((k): k is string => k !== null);
        fc.pre(new Set(keys).size === keys.length);
        const text = `---${eol}${[...others.flatMap((e) => e.lines), ...stage].map((l) => l + eol).join("")}---${eol}`;
        const result = setFrontmatterString(text, ["Stage"], value, parseYamlPackage);
        if (result.kind === "unchanged") expect(frontmatterOf(text)?.["Stage"]).toBe(value);
        else expect(result).toEqual({ kind: "not-simple", key: "Stage" });
      }),
      { numRuns: 300 },
    );
  });

  test("never throws on arbitrary text, keys or value", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "binary" }).map((s) => `---\n${s}\n---\n`),
      fc.string({ unit: fc.constantFrom("Stage", ":", " ", "\n", "\r\n", "\r", "---", "-", "'", '"', "#", "[", "|", "a", "\t", "&", "*") }).map((s) => `---\n${s}\n---\n`),
    );
    fc.assert(
      fc.property(text, fc.array(fc.oneof(fc.constant("Stage"), fc.string({ unit: "binary" })), { maxLength: 3 }), anyValue, (t, keys, value) => {
        const result = setFrontmatterString(t, keys, value, parseYamlPackage);
        expect(KINDS).toContain(result.kind);
        if (result.kind === "edited") {
          const after = frontmatterOf(result.text);
          expect(after).not.toBeNull();
        }
      }),
      { numRuns: 1000 },
    );
  });
});
