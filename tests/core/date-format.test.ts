// The date subset the bundle carries instead of date-fns' format and formatDistanceStrict: every
// token and span is held to what date-fns gives, which the tests still have.
import { format, formatDistanceStrict } from "date-fns";
import fc from "fast-check";
import { formatDatePattern, localDay, spanText } from "../../src/core/date-format";

const TOKENS = ["yyyy", "yy", "y", "MMMM", "MMM", "MM", "M", "MMMMM", "dd", "d", "do", "EEEE", "EEE", "E", "EEEEE", "EEEEEE", "HH", "H", "hh", "h", "mm", "m", "ss", "s", "a", "aaa", "aaaa", "aaaaa", "X", "XX", "XXX", "XXXX", "XXXXX", "x", "xx", "xxx", "xxxx", "xxxxx"];
const TEXT = ["'at'", "''", "'o''clock'", " ", "-", ":", "/", ", ", "."];
const date = fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true });

describe("formatDatePattern", () => {
  test.each<[string, string]>([
    ["yyyy-MM-dd", "2026-03-05"],
    ["yyyy-MM-dd HH:mm", "2026-03-05 14:07"],
    ["EEEE, MMMM do yyyy", "Thursday, March 5th 2026"],
    ["h:mm a", "2:07 PM"],
    ["'Week of' d MMM", "Week of 5 Mar"],
  ])("%s", (pattern, expected) => {
    expect(formatDatePattern(new Date(2026, 2, 5, 14, 7, 9), pattern)).toBe(expected);
  });

  test("gives what date-fns' format gives, for any pattern of the tokens it knows", () => {
    fc.assert(
      fc.property(date, fc.array(fc.constantFrom(...TOKENS, ...TEXT), { minLength: 1, maxLength: 6 }), (d, parts) => {
        const pattern = parts.join("");
        let expected: string;
        try {
          expected = format(d, pattern);
        } catch {
          expect(() => formatDatePattern(d, pattern)).toThrow();
          return;
        }
        expect(formatDatePattern(d, pattern)).toBe(expected);
      }),
      { numRuns: 3_000 },
    );
  });

  test("a letter outside the subset throws, so a template falls back to its default", () => {
    expect(() => formatDatePattern(new Date(), "Qo")).toThrow(RangeError);
  });
});

describe("localDay", () => {
  test("the local calendar day of a date or a time", () => {
    expect(localDay(new Date(2026, 10, 24, 23, 59))).toBe("2026-11-24");
    expect(localDay(new Date(999, 0, 2).getTime())).toBe("0999-01-02");
  });
});

describe("spanText", () => {
  const YEARS_3 = 3 * 365 * 86_400_000;
  test("rounded: what formatDistanceStrict gives", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: YEARS_3 }), (d, ms) => {
        const earlier = d.getTime();
        expect(spanText(earlier, earlier + ms, Math.round)).toBe(formatDistanceStrict(earlier, earlier + ms));
      }),
      { numRuns: 3_000 },
    );
  });

  test("rounded down: what formatDistanceStrict gives with floor", () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: YEARS_3 }), (d, ms) => {
        const earlier = d.getTime();
        expect(spanText(earlier, earlier + ms, Math.floor)).toBe(formatDistanceStrict(earlier, earlier + ms, { roundingMethod: "floor" }));
      }),
      { numRuns: 3_000 },
    );
  });
});
