import fc from "fast-check";
import { cleanFolderPath, freeNotePath, MAX_NAME_BYTES, MAX_NAME_LENGTH, sanitizeFileName } from "../../src/core/filename";

const FORBIDDEN = /[*"\\/<>:|?#^[\]]/;
/** Windows device names, bare or followed by any extension (`con.txt`, `NUL.tar.gz`, `CON .txt`), in any case. */
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³]) *(\..*)?$/i;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function controlChars(s: string): string[] {
  return Array.from(s).filter((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  });
}

/** Every rule a note's base name must follow, checked one by one so a failure says which. */
function expectSafeName(name: string): void {
  expect(name).not.toBe("");
  expect(name).not.toMatch(FORBIDDEN);
  expect(controlChars(name)).toEqual([]);
  expect(name.startsWith(".")).toBe(false);
  expect(name).not.toMatch(/[.\s]$/);
  expect(name).not.toMatch(RESERVED);
  expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_NAME_BYTES);
  expect(name).not.toMatch(LONE_SURROGATE);
  expect(name).toBe(name.normalize("NFC"));
}

function isSafeName(name: string): boolean {
  return (
    name !== "" &&
    !FORBIDDEN.test(name) &&
    controlChars(name).length === 0 &&
    !name.startsWith(".") &&
    !/[.\s]$/.test(name) &&
    !RESERVED.test(name) &&
    Array.from(name).length <= MAX_NAME_LENGTH &&
    !LONE_SURROGATE.test(name) &&
    name === name.normalize("NFC")
  );
}

/** Strings built from the pieces most likely to trip a sanitizer. */
const trickyPiece = fc.constantFrom(
  "a", "Z", "0", " ", "  ", ".", "..", "-", "_", "*", '"', "\\", "/", "<", ">", ":", "|", "?", "#", "^", "[", "]",
  "[[", "]]", "\u0000", "\t", "\n", "\r", "\u001f", "\u007f", "\u0085", "\u009f", "\u00a0", "\u3000",
  "CON", "con", "Prn", "aux", "NUL", "com1", "COM9", "lpt1", "LPT9", "COM¹", ".txt", ".md", ".tar.gz",
  "e\u0301", "\u0301", "é", "Å", "🚀", "👩‍💻", "🇩🇪", "مهندس", "עברית", "\u200f", "中文", "x".repeat(60),
);
const trickyString = fc.array(trickyPiece, { maxLength: 40 }).map((parts) => parts.join(""));
const anyName = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "binary-ascii" }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  trickyString,
);

describe("sanitizeFileName", () => {
  test.each<[string, string]>([
    ['AC/DC: "Live"', "AC DC Live"],
    ["Read [[Backend Roadmap Home]] first", "Read Backend Roadmap Home first"],
    ["What? *Really* <now> | later # ^block", "What Really now later block"],
    ["Acme Robotics - Machine Learning Engineer, Perception", "Acme Robotics - Machine Learning Engineer, Perception"],
    ["a   b\n\nc\t d", "a b c d"],
    ["a\u0000b\u001fc\u007fd\u0085e\u009f", "a b c d e"],
    [".hidden", "hidden"],
    ["...dots first", "dots first"],
    ["Name.", "Name"],
    ["Name ...", "Name"],
    ["  padded  ", "padded"],
    ["Cafe\u0301", "Caf\u00e9"],
    ["🚀 Rocket Labs", "🚀 Rocket Labs"],
    ["مهندس برمجيات - شركة", "مهندس برمجيات - شركة"],
    ["מהנדס תוכנה", "מהנדס תוכנה"],
  ])("%j becomes %j", (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
    expectSafeName(sanitizeFileName(input));
  });

  test.each(["", "   ", "...", ". . .", "///", "\u0000\u0001", "[[]]", "?*:"])("%j falls back to Untitled", (input) => {
    expect(sanitizeFileName(input)).toBe("Untitled");
  });

  test("a custom fallback is used when nothing usable is left, and is itself made safe", () => {
    expect(sanitizeFileName("???", "Job posting")).toBe("Job posting");
    expect(sanitizeFileName("", "a/b")).toBe("a b");
    expect(sanitizeFileName("", "")).toBe("Untitled");
    expect(sanitizeFileName("...", "...")).toBe("Untitled");
  });

  test("a 300-character name is cut to MAX_NAME_LENGTH characters", () => {
    const out = sanitizeFileName("a".repeat(300));
    expect(out).toBe("a".repeat(MAX_NAME_LENGTH));
    expectSafeName(out);
  });

  test("a cut never leaves a trailing space or dot", () => {
    const out = sanitizeFileName("ab".repeat(59) + " . more words after the cut");
    expectSafeName(out);
    expect(out).toBe("ab".repeat(59));
  });

  test("a cut through emoji keeps whole surrogate pairs", () => {
    const emoji = sanitizeFileName("🚀".repeat(200));
    // Four bytes each: the byte limit cuts first.
    expect(emoji).toBe("🚀".repeat(MAX_NAME_BYTES / 4));
    expectSafeName(emoji);

    const mixed = sanitizeFileName("a".repeat(MAX_NAME_LENGTH - 1) + "😀😀😀");
    expect(mixed).toBe("a".repeat(MAX_NAME_LENGTH - 1) + "😀");
    expectSafeName(mixed);
  });

  test.each<[string, string]>([
    ["CON", "con"],
    ["con", "con"],
    ["Prn", "prn"],
    ["aux", "aux"],
    ["NUL", "nul"],
    ["COM1", "com1"],
    ["com9", "com9"],
    ["LPT1", "lpt1"],
    ["lpt9", "lpt9"],
    ["COM¹", "com¹"],
    ["con.txt", "con"],
    ["NUL.tar.gz", "nul"],
    ["Aux.md", "aux"],
    ["lpt3.", "lpt3"],
    ["CON  ", "con"],
    ["CON .txt", "con"],
    ["nul   .tar.gz", "nul"],
  ])("reserved Windows name %j is made safe and keeps its words", (input, word) => {
    const out = sanitizeFileName(input);
    expectSafeName(out);
    expect(out.toLowerCase()).toContain(word);
  });

  test("a reserved name with a long extension stays within MAX_NAME_LENGTH", () => {
    expect(Array.from(sanitizeFileName("con." + "x".repeat(200))).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(Array.from(sanitizeFileName("NUL." + "y".repeat(MAX_NAME_LENGTH - 4))).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  test("a reserved name with a long extension is made safe", () => {
    expectSafeName(sanitizeFileName("con." + "x".repeat(200)));
  });

  test.each(["CONSOLE", "Contoso", "COM10", "LPT", "nullable", "auxiliary.txt"])("%j is not reserved and stays as it is", (input) => {
    expect(sanitizeFileName(input)).toBe(input);
  });

  test("property: every result follows all the rules", () => {
    fc.assert(
      fc.property(anyName, (name) => {
        expectSafeName(sanitizeFileName(name));
      }),
      { numRuns: 2000 },
    );
  });

  test("property: every result follows all the rules, whatever the fallback", () => {
    fc.assert(
      fc.property(anyName, anyName, (name, fallback) => {
        expect(isSafeName(sanitizeFileName(name, fallback))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test("property: sanitizing twice changes nothing more", () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const once = sanitizeFileName(name);
        expect(sanitizeFileName(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  test("property: a name that is already safe comes back unchanged", () => {
    const word = fc.string({ unit: fc.constantFrom(..."abcXYZ019-_,()&'éü🚀中"), minLength: 1, maxLength: 12 });
    const safe = fc
      .array(word, { minLength: 1, maxLength: 8 })
      .map((words) => words.join(" "))
      .filter((s) => isSafeName(s));
    fc.assert(
      fc.property(safe, (name) => {
        expect(sanitizeFileName(name)).toBe(name);
      }),
    );
  });

  test("property: letters and digits of a short name are kept in order", () => {
    const plain = fc.string({ unit: fc.constantFrom(..."abcdefXYZ0123 :/?*[]#"), maxLength: 60 });
    fc.assert(
      fc.property(plain, (name) => {
        const out = sanitizeFileName(name, "");
        const letters = (s: string): string => s.replace(/[^A-Za-z0-9]/g, "");
        if (letters(name) !== "" && !RESERVED.test(out)) expect(letters(out)).toBe(letters(name));
      }),
    );
  });
});

describe("cleanFolderPath", () => {
  test.each<[string, string]>([
    ["../x", "x"],
    ["/Jobs/", "Jobs"],
    ["Jobs//2026", "Jobs/2026"],
    ["a\\b", "a/b"],
    ["\\\\server\\share\\", "server/share"],
    ["./Jobs/./2026/../x", "Jobs/2026/x"],
    ["  Jobs / 2026  ", "Jobs/2026"],
    ["Jobs", "Jobs"],
    ["Jobs/Applied 2026", "Jobs/Applied 2026"],
    ["", ""],
    ["/", ""],
    [".", ""],
    ["..", ""],
    ["../../..", ""],
    ["Notes/.../x", "Notes/.../x"],
  ])("%j becomes %j", (input, expected) => {
    expect(cleanFolderPath(input)).toBe(expected);
  });

  const folderish = fc.array(fc.constantFrom("a", "Jobs", "é", "🚀", " ", "/", "//", "\\", ".", "..", "x y", "2026"), { maxLength: 20 }).map((p) => p.join(""));

  test("property: no backslashes, no leading, trailing or doubled slashes, no . or .. parts", () => {
    fc.assert(
      fc.property(fc.oneof(folderish, fc.string(), fc.string({ unit: "binary-ascii" })), (folder) => {
        const out = cleanFolderPath(folder);
        expect(out).not.toContain("\\");
        expect(out.startsWith("/")).toBe(false);
        expect(out.endsWith("/")).toBe(false);
        expect(out).not.toContain("//");
        if (out !== "") {
          for (const part of out.split("/")) {
            expect(part).not.toBe(".");
            expect(part).not.toBe("..");
            expect(part).toBe(part.trim());
            expect(part).not.toBe("");
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("property: cleaning twice changes nothing more", () => {
    fc.assert(
      fc.property(fc.oneof(folderish, fc.string()), (folder) => {
        const once = cleanFolderPath(folder);
        expect(cleanFolderPath(once)).toBe(once);
      }),
    );
  });
});

describe("freeNotePath", () => {
  const takenBy = (paths: string[]) => (path: string) => paths.includes(path);

  test("the plain name when it is free", () => {
    expect(freeNotePath("Jobs", "Acme - Engineer", takenBy([]))).toBe("Jobs/Acme - Engineer.md");
  });

  test("numbered names as names are taken, in a folder", () => {
    expect(freeNotePath("Jobs", "Acme", takenBy(["Jobs/Acme.md"]))).toBe("Jobs/Acme 2.md");
    expect(freeNotePath("Jobs", "Acme", takenBy(["Jobs/Acme.md", "Jobs/Acme 2.md"]))).toBe("Jobs/Acme 3.md");
  });

  test("numbered names as names are taken, at the root", () => {
    expect(freeNotePath("", "Acme", takenBy([]))).toBe("Acme.md");
    expect(freeNotePath("", "Acme", takenBy(["Acme.md"]))).toBe("Acme 2.md");
    expect(freeNotePath("/", "Acme", takenBy(["Acme.md", "Acme 2.md"]))).toBe("Acme 3.md");
  });

  test("a name taken in another folder does not count", () => {
    expect(freeNotePath("Jobs", "Acme", takenBy(["Acme.md", "Archive/Acme.md"]))).toBe("Jobs/Acme.md");
  });

  test("the first gap is used", () => {
    expect(freeNotePath("Jobs", "Acme", takenBy(["Jobs/Acme.md", "Jobs/Acme 3.md"]))).toBe("Jobs/Acme 2.md");
  });

  test("the folder is cleaned", () => {
    expect(freeNotePath("/Jobs//2026/", "Acme", takenBy([]))).toBe("Jobs/2026/Acme.md");
    expect(freeNotePath("..\\Jobs\\", "Acme", takenBy(["Jobs/Acme.md"]))).toBe("Jobs/Acme 2.md");
  });

  test("property: the result is free and every smaller number is taken", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "Jobs", "Jobs/2026", "/Jobs/"),
        fc.constantFrom("Acme", "Acme 2", "Cobalt AI - Applied Scientist, NLP", "🚀"),
        fc.uniqueArray(fc.integer({ min: 1, max: 15 })),
        (folder, base, takenNumbers) => {
          const dir = cleanFolderPath(folder);
          const pathFor = (n: number): string => `${dir === "" ? "" : dir + "/"}${n === 1 ? base : `${base} ${n}`}.md`;
          const taken = new Set(takenNumbers.map(pathFor));
          const asked: string[] = [];
          const out = freeNotePath(folder, base, (p) => {
            asked.push(p);
            return taken.has(p);
          });
          let expected = 1;
          while (takenNumbers.includes(expected)) expected++;
          expect(out).toBe(pathFor(expected));
          expect(taken.has(out)).toBe(false);
          expect(asked).toEqual(Array.from({ length: expected }, (_, i) => pathFor(i + 1)));
        },
      ),
    );
  });
});
