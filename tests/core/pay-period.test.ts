import {
  PERIOD_ABBREVIATIONS,
  PERIOD_ADJECTIVES,
  PERIOD_LETTERS,
  PERIOD_NOUNS,
  PERIOD_NOUNS_AFTER_ONLY,
  periodAfter,
} from "../../src/core/pay-period";

const tables = { PERIOD_NOUNS, PERIOD_NOUNS_AFTER_ONLY, PERIOD_ADJECTIVES, PERIOD_ABBREVIATIONS, PERIOD_LETTERS };

describe("the table of period words", () => {
  test("every word is lower case, without spaces or dots, so both readers can look it up as they fold it", () => {
    for (const [name, table] of Object.entries(tables)) {
      for (const word of table.keys()) expect(`${name}: ${word}`).toBe(`${name}: ${word.toLowerCase().replace(/[\s.]/g, "")}`);
    }
  });

  test("no word names two periods", () => {
    const seen = new Map<string, string>();
    for (const table of Object.values(tables)) {
      for (const [word, period] of table) {
        expect([word, seen.get(word) ?? period]).toEqual([word, period]);
        seen.set(word, period);
      }
    }
  });
});

describe("periodAfter", () => {
  test.each([
    ["per ", "month", "month"],
    ["/", "hr", "hour"],
    ["/ ", "h", "hour"],
    ["/", "a", "year"],
    ["pro ", "tag", "day"],
    ["par ", "an", "year"],
    ["al ", "mes", "month"],
    ["za ", "godzinę", "hour"],
    ["per ", "pcm", "month"],
    ["an ", "hour", "hour"],
    ["a ", "monthly", "month"],
    // After an English article, only nouns and adjectives: "a PM", "a tag" and "a d" are other words.
    ["a ", "pm", undefined],
    ["a ", "tag", undefined],
    ["a ", "d", undefined],
    ["the ", "an", undefined],
    ["per ", "holiday", undefined],
    ["per ", "a", undefined],
    ["pro ", "m", undefined],
  ])("%j %j gives %s", (prefix, word, period) => {
    expect(periodAfter(prefix, word)).toBe(period);
  });
});
