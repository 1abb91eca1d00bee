import fc from "fast-check";
import { Tally } from "../../src/core/tally";

function tallyOf(entries: Array<[string, string]>): Tally {
  const t = new Tally();
  for (const [key, spelling] of entries) t.add(key, spelling);
  return t;
}

describe("Tally: counts", () => {
  test("counts per key", () => {
    const t = tallyOf([
      ["go", "Go"],
      ["go", "go"],
      ["rust", "Rust"],
    ]);
    expect(t.count("go")).toBe(2);
    expect(t.count("rust")).toBe(1);
    expect(t.count("java")).toBe(0);
    expect([...t.keys()].sort()).toEqual(["go", "rust"]);
  });

  test("add with a weight", () => {
    const t = new Tally();
    t.add("go", "Go", 3);
    expect(t.count("go")).toBe(3);
    expect(t.name("go")).toBe("Go");
  });

  test("remove takes one away; a group that reaches zero is gone", () => {
    const t = tallyOf([
      ["go", "Go"],
      ["go", "golang"],
    ]);
    t.remove("go", "golang");
    expect(t.count("go")).toBe(1);
    expect(t.name("go")).toBe("Go");
    t.remove("go", "Go");
    expect(t.count("go")).toBe(0);
    expect(t.name("go")).toBe("");
    expect([...t.keys()]).toEqual([]);
  });

  test("a removed spelling no longer counts for the name", () => {
    const t = tallyOf([
      ["pg", "Postgres"],
      ["pg", "Postgres"],
      ["pg", "postgres"],
    ]);
    expect(t.name("pg")).toBe("Postgres");
    t.remove("pg", "Postgres");
    t.remove("pg", "Postgres");
    expect(t.name("pg")).toBe("postgres");
  });

  test("the name of an unknown key is empty", () => {
    expect(new Tally().name("go")).toBe("");
  });
});

describe("Tally: the most common spelling wins", () => {
  test.each<[string, Array<[string, string]>, string]>([
    ["the majority", [["k", "On hold"], ["k", "on hold"], ["k", "on hold"]], "on hold"],
    ["the majority, whatever came first", [["k", "on hold"], ["k", "On hold"], ["k", "On hold"]], "On hold"],
    ["a tie: the one that sorts first", [["k", "on hold"], ["k", "On hold"]], "On hold"],
    ["a tie in the other order", [["k", "On hold"], ["k", "on hold"]], "On hold"],
    ["a three-way tie", [["k", "b"], ["k", "c"], ["k", "a"]], "a"],
    ["a single spelling", [["k", "Ghosted"]], "Ghosted"],
  ])("%s", (_label, entries, expected) => {
    expect(tallyOf(entries).name("k")).toBe(expected);
  });

  test("the result never depends on the order spellings arrived in", () => {
    const spellings = fc.array(fc.constantFrom("Go", "go", "GO", "golang", "Golang", ""), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(
        spellings.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([list, shuffled]) => {
          const a = tallyOf(list.map((s): [string, string] => ["go", s]));
          const b = tallyOf(shuffled.map((s): [string, string] => ["go", s]));
          expect(b.name("go")).toBe(a.name("go"));
          expect(b.count("go")).toBe(a.count("go"));
        },
      ),
    );
  });

  test("the name is a spelling with the highest count, the smallest of those", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 30 }), (list) => {
        const counts = new Map<string, number>();
        for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
        const top = Math.max(...counts.values());
        const expected = [...counts].filter(([, n]) => n === top).map(([s]) => s).sort()[0];
        expect(tallyOf(list.map((s): [string, string] => ["k", s])).name("k")).toBe(expected);
      }),
    );
  });

  test("adding then removing the same entries leaves the tally as it was", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("a", "b"), fc.constantFrom("X", "x", "y")), { maxLength: 10 }),
        fc.array(fc.tuple(fc.constantFrom("a", "b"), fc.constantFrom("X", "x", "y")), { maxLength: 10 }),
        (base, extra) => {
          const t = tallyOf(base);
          const before = ["a", "b"].map((k) => [t.count(k), t.name(k)]);
          for (const [k, s] of extra) t.add(k, s);
          for (const [k, s] of extra) t.remove(k, s);
          expect(["a", "b"].map((k) => [t.count(k), t.name(k)])).toEqual(before);
        },
      ),
    );
  });
});
