// CSV export: RFC 4180 quoting, formula starters defused, one row per posting with every field.
import fc from "fast-check";
import { parseYamlPackage } from "../../cli/parse-yaml";
import { csvCell, postingsToCsv, CSV_COLUMNS } from "../../src/core/csv";
import { readNote } from "../../src/core/note-reader";
import { readPosting } from "../../src/core/posting";
import { defaultSettings } from "../../src/core/settings";
import { SkillCanon } from "../../src/core/skills";
import { StagePipeline } from "../../src/core/stages";
import { readCsv, withoutBom } from "../read-csv";

test.each([
  ["plain", "plain"],
  ["a, b", '"a, b"'],
  ['say "hi"', '"say ""hi"""'],
  ["line\nbreak", '"line\nbreak"'],
  ["=SUM(A1)", "'=SUM(A1)"],
  ["+1", "'+1"],
  ["-x", "'-x"],
  ["@x", "'@x"],
  ["", ""],
])("csvCell(%j) is %j", (input, expected) => {
  expect(csvCell(input)).toBe(expected);
});

test("numbers, booleans and null", () => {
  expect([csvCell(90000), csvCell(true), csvCell(null)]).toEqual(["90000", "true", ""]);
});

test("a posting becomes one row with every column", () => {
  const s = defaultSettings();
  const ctx = { settings: s, stages: new StagePipeline(s.stages), skills: new SkillCanon() };
  const meta = readNote("Jobs/a.md", '---\nCompany: "Acme, Inc"\nStage: Applied\nSkills: [Go, "C#"]\nSalary: $90k - $120k\nLocation: Remote\n---\n- [x] a\n- [ ] b\n', parseYamlPackage, 0);
  const p = readPosting(meta, ctx).posting;
  if (!p) throw new Error("no posting");
  const rows = readCsv(withoutBom(postingsToCsv([p])));
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  expect(rows[1]).toEqual(["Jobs/a.md", "Acme, Inc", "a", "Applied", "true", "false", "Go; C#", "$90k - $120k", "90000", "120000", "USD", "year", "Remote", "true", "", "", "", "1", "2"]);
});

test("property: any text survives a round trip (formula starters get one apostrophe)", () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
      const line = cells.map(csvCell).join(",") + "\r\n";
      const back = readCsv(line)[0] ?? [];
      expect(back).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
    }),
  );
});
