// A folder named in the settings that the vault does not hold, and the folder the person likely meant.
import { didYouMean, missingPath } from "../../src/core/missing-folder";

const folders = ["Jobs", "Jobs/Archive", "Career/Jobs", "Roadmaps"];

test.each<[string, { folder: string; like: string } | null]>([
  ["", null],
  ["  ", null],
  ["Jobs", null],
  ["/Jobs/", null],
  ["Career/Jobs", null],
  ["jobs", { folder: "jobs", like: "Jobs" }],
  ["career/JOBS", { folder: "career/JOBS", like: "Career/Jobs" }],
  ["Applications", { folder: "Applications", like: "" }],
])("%j", (setting, expected) => {
  expect(missingPath(setting, folders)).toEqual(expected);
});

test("the hint names the folder meant, or nothing", () => {
  expect(didYouMean({ like: "Jobs" })).toBe(' Did you mean "Jobs"?');
  expect(didYouMean({ like: "" })).toBe("");
});
