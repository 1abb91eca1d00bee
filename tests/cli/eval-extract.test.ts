import { fieldMatches, normalizeField } from "../../cli/eval-extract";

describe("the extractor evaluation's comparison of fields", () => {
  test.each([
    ["title", "Travel RN – Med/Surg", "Travel RN - Med/Surg", true],
    ["title", "Travel RN — Med/Surg", "travel rn - med/surg", true],
    ["title", "Staff Nurse", "  Staff   Nurse. ", true],
    ["title", "Backend Engineer (Kotlin)", "Backend Engineer", false],
    ["company", "Acme", "", false],
    // The reader leaves legal forms out on purpose: the same company either way.
    ["company", "Kessler Antriebstechnik GmbH", "Kessler Antriebstechnik", true],
    ["company", "Grupo Sierra Alta, S.A. de C.V.", "Grupo Sierra Alta", true],
    ["company", "Prairie Crest Ltd.", "Prairie Crest Processing", false],
    ["title", "Engineer GmbH", "Engineer", false],
    ["location", "Remote (US only)", "US", true],
    ["location", "Austin, TX", "US", false],
  ] as const)("%s: %j against %j matches: %s", (field, expected, got, matches) => {
    expect(fieldMatches(field, expected, got)).toBe(matches);
  });

  test("normalizing folds case, dashes and spaces, and trims punctuation", () => {
    expect(normalizeField("  “Senior  Engineer – Payments”. ")).toBe("senior engineer - payments");
  });
});
