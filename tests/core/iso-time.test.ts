import fc from "fast-check";
import { parseISO } from "date-fns";
import { isoTime } from "../../src/core/iso-time";

const same = (text: string): void => {
  const expected = parseISO(text).getTime();
  const got = isoTime(text);
  if (Number.isNaN(expected)) expect(got).toBeNaN();
  else expect(got).toBe(expected);
};

describe("isoTime reads dates as parseISO does", () => {
  test.each([
    "2024-10-24", "2024-10-24T12:46:52-04:00", "2024-10-24T12:46:52Z", "2024-10-24 09:30", "2024-10-24T09:30+0530",
    "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-10-24T24:00", "2024-10-24T23:60",
    "0099-01-01", "2024-10-24T12:46:52.123Z", "2024-W43-4", "20241024", "2024-10", "not a date", "", "2024-10-24T12:46:52+24:00",
  ])("%j", (text) => same(text));

  test("any text shaped like a date, valid or not", () => {
    const d = (n: number, max: number): fc.Arbitrary<string> => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, "0"));
    const text = fc
      .tuple(d(4, 9999), d(2, 14), d(2, 33), fc.option(fc.tuple(fc.constantFrom("T", " "), d(2, 25), d(2, 61), fc.option(d(2, 61)), fc.option(fc.constantFrom("Z", "+05:30", "-04:00", "+0000", "-12", "+25:00", "+05:61")))))
      .map(([y, mo, da, time]) => {
        if (!time) return `${y}-${mo}-${da}`;
        const [sep, h, mi, s, z] = time;
        return `${y}-${mo}-${da}${sep}${h}:${mi}${s === null ? "" : `:${s}`}${z ?? ""}`;
      });
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 30 })), same), { numRuns: 3000 });
  });
});
