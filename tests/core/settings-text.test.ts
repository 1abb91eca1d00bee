import fc from "fast-check";
import { formatPairLines, formatStageLines, parsePairLines, parseStageLines } from "../../src/core/settings-text";
import { DEFAULT_STAGES, type StageSetting } from "../../src/core/settings";

describe("parseStageLines", () => {
  test("one stage a line; (closed) marks a closed stage", () => {
    expect(parseStageLines("Research\nApplied\nRejected (closed)")).toEqual([
      { name: "Research", closed: false },
      { name: "Applied", closed: false },
      { name: "Rejected", closed: true },
    ]);
  });

  test.each<[string, string, StageSetting[]]>([
    ["CRLF lines", "Research\r\nDone (closed)\r\n", [{ name: "Research", closed: false }, { name: "Done", closed: true }]],
    ["blank lines", "\n\nResearch\n   \n\nApplied\n", [{ name: "Research", closed: false }, { name: "Applied", closed: false }]],
    ["spaces around names", "  Research  \n\tApplied ", [{ name: "Research", closed: false }, { name: "Applied", closed: false }]],
    ["the mark in any case and spacing", "Lost(CLOSED)\nGone   (Closed)  ", [{ name: "Lost", closed: true }, { name: "Gone", closed: true }]],
    ["repeats in any case, the first kept", "Applied\napplied (closed)\nAPPLIED", [{ name: "Applied", closed: false }]],
    ["a line that is only the mark", "(closed)\nApplied", [{ name: "Applied", closed: false }]],
    ["the mark not at the end", "(closed) Lost\nOn hold (closed) soon", [{ name: "(closed) Lost", closed: false }, { name: "On hold (closed) soon", closed: false }]],
    ["nothing", "", []],
  ])("%s", (_label, text, expected) => {
    expect(parseStageLines(text)).toEqual(expected);
  });
});

describe("formatStageLines", () => {
  test("the default stages", () => {
    expect(formatStageLines(DEFAULT_STAGES)).toBe(
      "Research\nApplied\nScreening\nInterview\nOffer\nAccepted (closed)\nRejected (closed)\nWithdrawn (closed)",
    );
  });

  test("no stages is empty text", () => {
    expect(formatStageLines([])).toBe("");
  });
});

describe("stage lines round-trip", () => {
  test("the default stages survive format then parse", () => {
    expect(parseStageLines(formatStageLines(DEFAULT_STAGES))).toEqual(DEFAULT_STAGES);
  });

  test("text a user typed, once tidied, formats back exactly", () => {
    const typed = "Research\nApplied\nRejected (closed)";
    expect(formatStageLines(parseStageLines(typed))).toBe(typed);
  });

  /** A stage name as the settings tab can hold it: one line, trimmed, not ending in the closed mark. */
  const stageName = fc
    .string({ minLength: 1, maxLength: 20 })
    .map((s) => s.replace(/[\r\n]/g, " ").trim())
    .filter((s) => s !== "" && !/\(closed\)\s*$/i.test(s));

  test("any list of distinct stages survives format then parse", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ name: stageName, closed: fc.boolean() }), { selector: (s) => s.name.toLowerCase(), maxLength: 12 }), (stages) => {
        expect(parseStageLines(formatStageLines(stages))).toEqual(stages);
      }),
    );
  });

  test("parse then format then parse is stable", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = parseStageLines(text);
        expect(parseStageLines(formatStageLines(once))).toEqual(once);
      }),
    );
  });
});

describe("parsePairLines", () => {
  test("from = to lines", () => {
    expect(parsePairLines("gql = GraphQL\nk8s=Kubernetes\n  Pajamas  =  Pajamas Design System  ")).toEqual({
      gql: "GraphQL",
      k8s: "Kubernetes",
      Pajamas: "Pajamas Design System",
    });
  });

  test.each<[string, string, Record<string, string>]>([
    ["CRLF lines", "a = b\r\nc = d\r\n", { a: "b", c: "d" }],
    ["lines without =", "just text\na = b", { a: "b" }],
    ["an empty left side", " = b\na = b", { a: "b" }],
    ["an empty right side", "a = \nc = d", { c: "d" }],
    ["a second = belongs to the right side", "a = b = c", { a: "b = c" }],
    ["a path on the right side", "Go = Roadmaps/Go Roadmap.md", { Go: "Roadmaps/Go Roadmap.md" }],
    ["a repeated key, the last kept", "a = b\na = c", { a: "c" }],
    ["nothing", "", {}],
  ])("%s", (_label, text, expected) => {
    expect(parsePairLines(text)).toEqual(expected);
  });
});

describe("formatPairLines", () => {
  test("one pair a line", () => {
    expect(formatPairLines({ gql: "GraphQL", k8s: "Kubernetes" })).toBe("gql = GraphQL\nk8s = Kubernetes");
  });

  test("no pairs is empty text", () => {
    expect(formatPairLines({})).toBe("");
  });
});

describe("pair lines round-trip", () => {
  test("text a user typed, once tidied, formats back exactly", () => {
    const typed = "gql = GraphQL\nGo = Roadmaps/Go.md";
    expect(formatPairLines(parsePairLines(typed))).toBe(typed);
  });

  /** One side of a pair as the settings tab can hold it: one line, trimmed; the left side has no '='. */
  const side = (allowEquals: boolean): fc.Arbitrary<string> =>
    fc
      .string({ minLength: 1, maxLength: 20 })
      .map((s) => s.replace(/[\r\n]/g, " ").trim())
      .filter((s) => s !== "" && (allowEquals || !s.includes("=")) && s !== "__proto__");

  test("any map of pairs survives format then parse", () => {
    fc.assert(
      fc.property(fc.dictionary(side(false), side(true)), (pairs) => {
        expect(parsePairLines(formatPairLines(pairs))).toEqual(pairs);
      }),
    );
  });

  test("parse then format then parse is stable", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = parsePairLines(text);
        expect(parsePairLines(formatPairLines(once))).toEqual(once);
      }),
    );
  });
});
