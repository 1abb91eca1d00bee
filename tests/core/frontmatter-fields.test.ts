import fc from "fast-check";
import { FieldPlan, FieldReader, fieldKey, keyIn, firstText, isStructured, textOf } from "../../src/core/frontmatter-fields";

describe("fieldKey: the form every key is compared in", () => {
  test.each(["Job_Posting", "job posting", "job-posting", "JOB_POSTING", "  Job  Posting ", "job__posting", "Job - Posting", "job\tposting", "\u200bJob_Posting", "Job_Posting\u200b"])(
    "%j is the same key as job_posting",
    (key) => {
      expect(fieldKey(key)).toBe(fieldKey("job_posting"));
    },
  );

  test.each([
    ["Company", "company"],
    ["COMPANY", "company"],
    ["ｃｏｍｐａｎｙ", "company"],
    ["title", "title"],
  ])("%j -> %j", (key, expected) => {
    expect(fieldKey(key)).toBe(expected);
  });

  test("different words stay different keys", () => {
    expect(fieldKey("Company")).not.toBe(fieldKey("Companies"));
    expect(fieldKey("Stage")).not.toBe(fieldKey("Stage_History"));
  });

  test.each([
    ["JobPosting", "Job_Posting"],
    ["companyName", "Company Name"],
    ["JobURL", "job-url"],
    ["LinkedIn", "LINKEDIN"],
    ["HomeOffice", "homeoffice"],
    ["Société", "Societe"],
    ["Fähigkeiten", "fahigkeiten"],
    ["Ubicación", "UBICACION"],
  ])("words parted or not, in any case, accents or not, are one key: %j = %j", (a, b) => {
    expect(fieldKey(a)).toBe(fieldKey(b));
  });

  test.each([
    ["ステージ", "ステーシ"],
    ["स्थिति", "स्थित"],
    ["Мой", "Мои"],
  ])("marks of other scripts are part of their letters: %j is not %j", (a, b) => {
    expect(fieldKey(a)).not.toBe(fieldKey(b));
  });

  test("is idempotent", () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        expect(fieldKey(fieldKey(key))).toBe(fieldKey(key));
      }),
    );
  });
});

describe("FieldReader", () => {
  test("finds a key whatever its case or separators", () => {
    const f = new FieldReader({ Job_Posting: "https://example.com/job", COMPANY: "Acme" });
    expect(f.get("job posting")).toBe("https://example.com/job");
    expect(f.get("job-posting")).toBe("https://example.com/job");
    expect(f.get("JOB_POSTING")).toBe("https://example.com/job");
    expect(f.get("company")).toBe("Acme");
    expect(f.has("Company")).toBe(true);
  });

  test("get returns the value of the first name that is present", () => {
    const f = new FieldReader({ link: "b", url: "a" });
    expect(f.get("url", "link")).toBe("a");
    expect(f.get("missing", "link")).toBe("b");
  });

  test("a key present with null counts as present; another name with a value wins over it", () => {
    const f = new FieldReader({ url: null, link: "b" });
    expect(f.has("url")).toBe(true);
    expect(f.get("url")).toBeNull();
    expect(f.get("url", "link")).toBe("b");
    expect(new FieldReader({ url: null, link: "" }).get("url", "link")).toBeNull();
  });

  test("an empty key left by a template does not hide the same field under another name or spelling", () => {
    const fm = { Stage: "", status: "Applied", Company: null, company: "Acme", Skills: [], stack: ["Go"] };
    const f = new FieldReader(fm);
    expect([f.get("Stage", "status"), f.get("Company"), f.get("Skills", "stack")]).toEqual(["Applied", "Acme", ["Go"]]);
    expect([keyIn(fm, ["Stage", "status"]), keyIn(fm, ["Company"]), keyIn(fm, ["Skills", "stack"])]).toEqual(["status", "company", "stack"]);
    expect(keyIn({ Stage: " " }, ["Stage", "status"])).toBe("Stage");
  });

  test("a missing key is undefined and not present", () => {
    const f = new FieldReader({ Company: "Acme" });
    expect(f.has("Stage", "Skills")).toBe(false);
    expect(f.get("Stage")).toBeUndefined();
    expect(f.has("Stage", "company")).toBe(true);
  });

  test("of two keys that normalize alike, the first wins", () => {
    const f = new FieldReader({ "job posting": "first", Job_Posting: "second" });
    expect(f.get("job_posting")).toBe("first");
  });

  test("keys that are names of Object.prototype members are plain keys", () => {
    const f = new FieldReader({ Company: "Acme" });
    expect(f.has("constructor", "toString", "__proto__")).toBe(false);
    expect(f.get("constructor")).toBeUndefined();
  });
});

describe("textOf: how a value reads as text", () => {
  test.each<[string, unknown, string]>([
    ["a string", "Acme", "Acme"],
    ["a wikilink", "[[Acme]]", "Acme"],
    ["a wikilink with a folder and alias", "[[orgs/Acme|Acme Corp]]", "Acme Corp"],
    ["a wikilink with a folder", "[[orgs/Acme.md]]", "Acme"],
    ["a wikilink with a heading", "[[Acme#History]]", "Acme"],
    ["a link inside text", "Works at [[orgs/Acme|Acme Corp]] now", "Works at Acme Corp now"],
    ["an integer", 42, "42"],
    ["a decimal", 1.5, "1.5"],
    ["zero", 0, "0"],
    ["NaN", Number.NaN, ""],
    ["Infinity", Number.POSITIVE_INFINITY, ""],
    ["true", true, "true"],
    ["false", false, "false"],
    ["null", null, ""],
    ["undefined", undefined, ""],
    ["a date", new Date("2024-10-24T12:00:00Z"), "2024-10-24"],
    ["an invalid date", new Date("nope"), ""],
    ["a nested object", { name: "Acme" }, ""],
    ["a list", ["Go", "Rust"], "Go, Rust"],
    ["a list of links", ["[[Go]]", "[[langs/Rust|Rust]]"], "Go, Rust"],
    ["a list with blanks, nulls and objects", ["Go", "", null, { a: 1 }, 3], "Go, 3"],
    ["a list inside a list", [["Go", "Rust"], "C"], "Go, Rust, C"],
    ["a list holding an unquoted link (`- [[Go]]`)", [[["Go"]]], "Go"],
    ["a list four levels deep", [[[["Go"]]]], ""],
    ["an unquoted YAML link with a path and display text", [["orgs/Acme|Acme"]], "Acme"],
    ["an unquoted YAML link with a path", [["Places/Berlin"]], "Berlin"],
    ["an empty list", [], ""],
  ])("%s", (_label, value, expected) => {
    expect(textOf(value)).toBe(expected);
  });
});

describe("firstText: the first text of a value", () => {
  test.each<[string, unknown, string]>([
    ["a string", "Applied", "Applied"],
    ["a link", "[[orgs/Acme|Acme Corp]]", "Acme Corp"],
    ["a list", ["Interview", "Offer"], "Interview"],
    ["a list starting with blanks", ["", null, { a: 1 }, "Offer"], "Offer"],
    ["a list of only blanks", ["", null], ""],
    ["an unquoted YAML link (a list in a list)", [["Acme"]], "Acme"],
    ["an unquoted YAML link with a path and display text", [["stages/Interview|Interview"]], "Interview"],
    ["a number", 7, "7"],
    ["a boolean", false, "false"],
    ["null", null, ""],
    ["an object", { a: "b" }, ""],
  ])("%s", (_label, value, expected) => {
    expect(firstText(value)).toBe(expected);
  });
});

describe("isStructured", () => {
  test.each<[string, unknown, boolean]>([
    ["an object", { a: 1 }, true],
    ["an empty object", {}, true],
    ["a list", [1, 2], false],
    ["a date", new Date(0), false],
    ["null", null, false],
    ["a string", "a", false],
    ["a number", 1, false],
    ["a boolean", true, false],
    ["undefined", undefined, false],
  ])("%s -> %s", (_label, value, expected) => {
    expect(isStructured(value)).toBe(expected);
  });
});

test("textOf and firstText never throw and always give a string", () => {
  fc.assert(
    fc.property(fc.anything({ withDate: true, withMap: true, withSet: true, withBigInt: true, withNullPrototype: true }), (value) => {
      expect(typeof textOf(value)).toBe("string");
      expect(typeof firstText(value)).toBe("string");
    }),
  );
});

describe("FieldPlan reads many notes as FieldReader reads one", () => {
  // Fields with overlapping name lists, as readPosting has them (a user's field name can be another field's fallback).
  const fields = [["Company"], ["title", "role", "position"], ["Location", "locations"], ["url", "link", "job_posting"], ["Position", "Company"]];
  const spellings = fc.constantFrom(
    "Company", "company", " COMPANY", "title", "Title", "role", "ROLE", "position", "Position ", "Location", "locations",
    "url", "URL", "link", "Job_Posting", "job posting", "job-posting", "tags", "__proto__", "toString", "constructor",
  );
  const value = fc.oneof(fc.string(), fc.constant(null), fc.integer(), fc.array(fc.string(), { maxLength: 2 }));
  const frontmatter = fc.array(fc.tuple(spellings, value), { maxLength: 10 }).map((entries) => {
    const fm: Record<string, unknown> = {};
    for (const [k, v] of entries) Object.defineProperty(fm, k, { value: v, enumerable: true, configurable: true, writable: true });
    return fm;
  });

  test("has and value agree with FieldReader.has and get, note after note", () => {
    const plan = new FieldPlan(fields);
    fc.assert(
      fc.property(fc.array(frontmatter, { minLength: 1, maxLength: 4 }), (notes) => {
        for (const fm of notes) {
          plan.read(fm);
          const reader = new FieldReader(fm);
          fields.forEach((names, f) => {
            expect(plan.has(f)).toBe(reader.has(...names));
            expect(plan.value(f)).toBe(reader.get(...names));
          });
        }
      }),
      { numRuns: 1_000 },
    );
  });

  test("a key written twice: the first spelling wins, a better-ranked name wins over both", () => {
    const plan = new FieldPlan(fields);
    plan.read({ ROLE: "first", role: "second" });
    expect(plan.value(1)).toBe("first");
    plan.read({ ROLE: "role", position: "position", Title: "title" });
    expect(plan.value(1)).toBe("title");
    plan.read({});
    expect(plan.has(1)).toBe(false);
    expect(plan.value(1)).toBeUndefined();
  });
});
