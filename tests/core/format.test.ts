import fc from "fast-check";
import { percent, timeAgo } from "../../src/ui/format";

const NOW = Date.UTC(2026, 2, 5, 12, 34, 56); // no whole number of hours from it is a midnight in any time zone
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("timeAgo", () => {
  test.each([0, -1, -DAY, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("an unknown time (%s) gives nothing", (then) => {
    expect(timeAgo(then, NOW)).toBe("");
  });

  test.each([0, 1, 30 * SECOND, MINUTE - 1])("%s ms ago is just now", (ago) => {
    expect(timeAgo(NOW - ago, NOW)).toBe("just now");
  });

  test("a few seconds in the future is also just now", () => {
    expect(timeAgo(NOW + 30 * SECOND, NOW)).toBe("just now");
  });

  test.each<[number, string]>([
    [MINUTE, "1 minute ago"],
    [5 * MINUTE, "5 minutes ago"],
    [3 * HOUR, "3 hours ago"],
    [DAY, "1 day ago"],
    [3 * DAY, "3 days ago"],
    [60 * DAY, "2 months ago"],
    [400 * DAY, "1 year ago"],
  ])("%s ms ago reads %s", (ago, expected) => {
    expect(timeAgo(NOW - ago, NOW)).toBe(expected);
  });

  test("a date with no time, written on the same day, is today, not hours ago", () => {
    const morning = new Date(2026, 10, 24, 10, 25).getTime();
    expect(timeAgo(new Date(2026, 10, 24).getTime(), morning)).toBe("today");
    expect(timeAgo(new Date(2026, 10, 23).getTime(), morning)).toBe("1 day ago");
    expect(timeAgo(new Date(2026, 10, 24, 7, 25).getTime(), morning)).toBe("3 hours ago");
  });

  test("a time in the future reads as one", () => {
    expect(timeAgo(NOW + 2 * HOUR, NOW)).toBe("in 2 hours");
    expect(timeAgo(NOW + 3 * DAY, NOW)).toBe("in 3 days");
  });

  test("property: at least a minute in the past ends in ago, in the future starts with in", () => {
    fc.assert(
      fc.property(fc.integer({ min: MINUTE, max: 20 * 365 * DAY }), fc.boolean(), (distance, future) => {
        const then = future ? NOW + distance : NOW - distance;
        const text = timeAgo(then, NOW);
        if (future) expect(text).toMatch(/^in \d+ \w+$/);
        else expect(text).toMatch(/^\d+ \w+ ago$|^today$/); // "today": a local midnight of the same day, as a date alone is
      }),
    );
  });

  test("property: never more than a minute apart is just now", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(MINUTE - 1), max: MINUTE - 1 }), (offset) => {
        expect(timeAgo(NOW + offset, NOW)).toBe("just now");
      }),
    );
  });
});

describe("percent", () => {
  test.each<[number, number, number]>([
    [0, 0, 0],
    [1, 0, 0],
    [3, -2, 0],
    [0, 5, 0],
    [5, 5, 100],
    [1, 2, 50],
    [1, 3, 33],
    [2, 3, 67],
    [1, 8, 13],
    [7, 9, 78],
    [999, 1000, 100],
    [1, 1000, 0],
  ])("percent(%s, %s) is %s", (done, total, expected) => {
    expect(percent(done, total)).toBe(expected);
  });

  test("property: a whole number from 0 to 100 that grows with what is done", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), fc.nat(), (total, x, y) => {
        const a = x % (total + 1);
        const b = y % (total + 1);
        const pa = percent(a, total);
        expect(Number.isInteger(pa)).toBe(true);
        expect(pa).toBeGreaterThanOrEqual(0);
        expect(pa).toBeLessThanOrEqual(100);
        if (a <= b) expect(pa).toBeLessThanOrEqual(percent(b, total));
        expect(percent(total, total)).toBe(100);
        expect(percent(0, total)).toBe(0);
      }),
    );
  });
});
