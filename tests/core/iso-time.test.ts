import fc from "fast-check";
import { parseISO } from "date-fns";
import { isoTime } from "../../src/core/iso-time";

/** isoTime reads a date as parseISO does, or not at all. */
const agrees = (text: string): void => {
  const got = isoTime(text);
  if (!Number.isNaN(got)) expect(got).toBe(parseISO(text).getTime());
};

describe("isoTime reads the dates notes hold as parseISO does", () => {
  test.each([
    "2024-10-24", "2024-10-24T12:46:52-04:00", "2024-10-24T12:46:52Z", "2024-10-24 09:30", "2024-10-24T09:30+0530",
    "2024-02-29", "2024-10-24T24:00", "2024-10-24T12:46:52.123Z", "2024-10-24T12:46:52.1Z", "2024-10-24T12:46:52,5+02:00",
    "2024-10-24T12:46:52.123456", "2024-10-24T12:46:52.987", "1969-12-31T23:59:59.999", "1000-01-01T00:00:00,9995", "1969-12-31T23:59:59,9995", "1500-12-31T23:59:59.9999", "1969-12-31T23:59:59.5Z", "2024-10-24T09:30-03",
  ])("%j", (text) => {
    expect(isoTime(text)).not.toBeNaN();
    agrees(text);
  });

  test.each([
    "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-10-24T23:60", "2024-10-24T24:01", "2024-10-24T12:46:60",
    "not a date", "", "2024-10-24T", "2024-10-24x", "2024-10-24T12:46Q",
    // Forms no note uses, which the file's own time stands in for: week and ordinal dates, no dashes, a month, early years.
    "2024-W43-4", "2024-298", "20241024", "2024-10", "0099-01-01", "2024-10-24T12:46:52+24:00",
  ])("%j is no date", (text) => {
    expect(isoTime(text)).toBeNaN();
  });

  const d = (n: number, min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map((v) => String(v).padStart(n, "0"));
  const zones = ["Z", "+05:30", "-04:00", "+0000", "-12", "+23:59", ""] as const;
  const dated = (year: fc.Arbitrary<string>, hour: fc.Arbitrary<string>, minute: fc.Arbitrary<string>, day: fc.Arbitrary<string>, month: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc
      .tuple(year, month, day, fc.option(fc.tuple(fc.constantFrom("T", " "), hour, minute, fc.option(minute), fc.option(fc.stringMatching(/^[.,]\d{1,9}$/)), fc.constantFrom(...zones, "+25:00", "+05:61"))))
      .map(([y, mo, da, time]) => {
        if (!time) return `${y}-${mo}-${da}`;
        const [sep, h, mi, s, frac, z] = time;
        return `${y}-${mo}-${da}${sep}${h}:${mi}${s === null ? "" : `:${s}${frac ?? ""}`}${z}`;
      });

  test("any text shaped like a date, valid or not, is read as parseISO reads it or is no date", () => {
    const text = dated(d(4, 0, 9999), d(2, 0, 25), d(2, 0, 61), d(2, 0, 33), d(2, 0, 14));
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 30 })), agrees), { numRuns: 3000 });
  });

  test("every valid date of the forms notes use is read", () => {
    const valid = dated(d(4, 1000, 9999), d(2, 0, 23), d(2, 0, 59), d(2, 1, 28), d(2, 1, 12)).filter((t) => !/\+2[45]:|:61/.test(t));
    fc.assert(
      fc.property(valid, (text) => {
        expect(isoTime(text)).not.toBeNaN();
        agrees(text);
      }),
      { numRuns: 3000 },
    );
  });
});
