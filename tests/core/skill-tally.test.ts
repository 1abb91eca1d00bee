import fc from "fast-check";
import { SkillTally } from "../../src/core/skill-tally";
import type { SkillRef } from "../../src/core/skills";
import { Tally } from "../../src/core/tally";

// Answers as the canon hands them out: one shared object per spelling, two spellings can share a key.
const refs: SkillRef[] = [
  { key: "go", name: "Go", known: true },
  { key: "go", name: "golang", known: false },
  { key: "go", name: "GO", known: false },
  { key: "rust", name: "Rust", known: true },
  { key: "ml", name: "ML", known: false },
  { key: "ml", name: "ml", known: false },
];

describe("SkillTally", () => {
  test("counts per key, open postings apart, with the most used spelling", () => {
    const t = new SkillTally();
    t.add([refs[0] as SkillRef, refs[3] as SkillRef], true);
    t.add([refs[1] as SkillRef], false);
    t.add([refs[1] as SkillRef], true);
    const byKey = Object.fromEntries(t.groups().map((g) => [g.key, g]));
    expect(byKey.go).toEqual({ key: "go", name: "golang", count: 3, active: 2 });
    expect(byKey.rust).toEqual({ key: "rust", name: "Rust", count: 1, active: 1 });
  });

  test("removing every posting leaves nothing; removing what was never added changes nothing", () => {
    const t = new SkillTally();
    t.remove([refs[0] as SkillRef], true);
    t.add([refs[0] as SkillRef], true);
    t.remove([refs[0] as SkillRef], true);
    expect(t.groups()).toEqual([]);
  });

  test("agrees with a Tally of keys and spellings and a recount of open postings, whatever comes and goes", () => {
    const posting = fc.record({ skills: fc.uniqueArray(fc.constantFrom(...refs), { maxLength: 4 }), open: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.tuple(posting, fc.boolean()), { maxLength: 30 }), (steps) => {
        const tally = new SkillTally();
        const held: Array<{ skills: SkillRef[]; open: boolean }> = [];
        for (const [p, removeOne] of steps) {
          if (removeOne && held.length > 0) {
            const gone = held.shift() as { skills: SkillRef[]; open: boolean };
            tally.remove(gone.skills, gone.open);
          } else {
            held.push(p);
            tally.add(p.skills, p.open);
          }
        }
        const expected = new Tally();
        const active = new Map<string, number>();
        for (const p of held) {
          for (const s of p.skills) {
            expected.add(s.key, s.name);
            if (p.open) active.set(s.key, (active.get(s.key) ?? 0) + 1);
          }
        }
        const got = tally.groups().sort((a, b) => (a.key < b.key ? -1 : 1));
        const want = [...expected.keys()].sort().map((key) => ({ key, name: expected.name(key), count: expected.count(key), active: active.get(key) ?? 0 }));
        expect(got).toEqual(want);
      }),
      { numRuns: 1_000 },
    );
  });
});
