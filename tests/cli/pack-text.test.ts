// The packing of the skill vocabulary's tables in main.js: what the build packs, the plugin reads
// back exactly, and the packed tables are smaller.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACK_SIGNS, packSource, packTexts, packWordLists, wordLists } from "../../cli/pack-text";
import { SIGN, unpackText } from "../../src/core/packed-text";

const source = readFileSync(join(__dirname, "..", "..", "src", "core", "skill-vocabulary.ts"), "utf8");
/** Packing the real tables takes seconds (hundreds of rounds over 40 KB of text), more on a busy machine. */
const PACKING_MS = 120_000;
const tables = [...source.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? "");

test("the vocabulary's tables read back exactly, and are at least a tenth smaller", () => {
  const { packed, key } = packTexts(tables);
  expect(tables.length).toBeGreaterThan(10);
  packed.forEach((p, i) => expect(unpackText(p, key)).toBe(tables[i]));
  const bytes = (texts: string[]): number => texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  expect(bytes(packed) + Buffer.byteLength(key)).toBeLessThan(bytes(tables) * 0.9);
  // Runs hold the signs of runs chosen before them, and read back all the same.
  const isSign = new RegExp(SIGN.source);
  expect(key.split("\n").filter((line) => isSign.test(line.slice(1))).length).toBeGreaterThan(20);
}, PACKING_MS);

test("a run may hold the sign of an earlier run; the reader writes out both", () => {
  const texts = ["station|nation|stationery|national|rationing|stationed|stationary|nationwide"];
  const { packed, key } = packTexts(texts);
  const lines = key.split("\n");
  const isSign = new RegExp(SIGN.source);
  expect(lines.some((line) => isSign.test(line.slice(1)))).toBe(true);
  expect(unpackText(packed[0] ?? "", key)).toBe(texts[0]);
  // Written by hand: "ΣΔ" is "ation" through "Σ" for "at" and "Δ" for "ion".
  expect(unpackText("nΣΔ|stΣΔ", "Σat\nΔion\nΘΣΔ")).toBe("nation|station");
  expect(unpackText("Θ|stΘ", "Σat\nΔion\nΘΣΔ")).toBe("ation|station");
});

test("the packer's signs are the reader's, one-byte ones first, none that normalizing would change", () => {
  const isSign = new RegExp(SIGN.source);
  expect(PACK_SIGNS.length).toBeGreaterThan(400);
  const signs = [...PACK_SIGNS];
  expect(new Set(signs).size).toBe(signs.length);
  for (const sign of signs) {
    expect(isSign.test(sign)).toBe(true);
    expect(sign.normalize("NFC")).toBe(sign);
    expect(sign.normalize("NFKD")).toBe(sign);
  }
  const sizes = signs.map((sign) => Buffer.byteLength(sign));
  expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  // Neither the Greek question mark (";" once normalized) nor a combining accent is a sign.
  expect(PACK_SIGNS).not.toContain("\u037e");
  expect(PACK_SIGNS).not.toContain("\u0301");
  // A letter in the range that the key does not name is read as itself: Russian in a packed table.
  expect(unpackText("Σ привет Ωмир", "Σhello")).toBe("hello привет Ωмир");
});

test("the packed source holds the key where the sources have an empty one, and nothing else of the file changes", () => {
  const out = packSource(source);
  const key = /const PACK_KEY = ("[^\n]*");/.exec(out)?.[1];
  expect(key).toBeDefined();
  const parsedKey = JSON.parse(key ?? '""') as string;
  expect(parsedKey).not.toBe("");
  // Written out again, the packed file is the source.
  expect(out.replace(/`([^`]*)`/g, (_, t: string) => `\`${unpackText(t, parsedKey)}\``).replace(`const PACK_KEY = ${key};`, 'const PACK_KEY = "";')).toBe(source);
}, PACKING_MS);

test("a sign the text uses stands for nothing; no text is needed at all", () => {
  const { packed, key } = packTexts(["Go!|golang!", "tion tion tion tion tion tion tion"]);
  expect(key.split("\n").map((line) => line.charAt(0))).not.toContain("!");
  expect(packed[0]).toContain("!");
  expect(unpackText(packed[0] ?? "", key)).toBe("Go!|golang!");
  expect(packTexts([])).toEqual({ packed: [], key: "" });
  // With no key, a text is read as written, signs and all.
  expect(unpackText("C++|(c plus plus)", "")).toBe("C++|(c plus plus)");
});

test("a table that a template literal would read differently is refused", () => {
  for (const bad of ["${x}", "a\\nb", "back`quote"]) expect(() => packTexts([bad])).toThrow("plain text");
  expect(() => packSource("const TABLE = `a|b`;")).toThrow("PACK_KEY");
});

test("any lines of text read back exactly", () => {
  const alphabet = fc.constantFrom(..."aeinorst lc|+#.-/&'\n", ..."éü中", ...PACK_SIGNS);
  fc.assert(
    fc.property(fc.array(fc.string({ unit: alphabet, maxLength: 300 }), { maxLength: 4 }), (texts) => {
      const { packed, key } = packTexts(texts);
      packed.forEach((p, i) => expect(unpackText(p, key)).toBe(texts[i]));
    }),
    { numRuns: 200 },
  );
});

test("the description reader's word lists read back exactly from the packed modules, which import the reader", () => {
  const dir = join(__dirname, "..", "..", "src", "core", "extract");
  const sources = new Map(readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => [f, { text: readFileSync(join(dir, f), "utf8"), importPath: "../packed-text" }]));
  const { key, sources: packed } = packWordLists(sources);
  expect(key).not.toBe("");
  expect(key.split("\n").map((line) => line.charAt(0))).not.toContain('"');
  let lists = 0;
  for (const [file, { text }] of sources) {
    const before = wordLists(text);
    const after = packed.get(file);
    if (before.length === 0) {
      expect(after).toBeUndefined();
      continue;
    }
    lists += before.length;
    // unpackWords is imported once: by the build, or by the source that marks a text with it.
    expect((after ?? "").match(/^import \{[^}]*\bunpackWords\b[^}]*\} from "\.\.\/packed-text";$/gm)).toHaveLength(1);
    // Each list is now read through unpackWords, and reads back as it was written.
    const calls = [...(after ?? "").matchAll(/unpackWords\(((?:"(?:[^"\\]|\\.)*"(?: \+ )?)+)\)/g)].map((m) => [...(m[1] ?? "").matchAll(/"(?:[^"\\]|\\.)*"/g)].map((q) => JSON.parse(q[0]) as string));
    expect(calls.map((parts) => unpackText(parts.join(""), key))).toEqual(before.map((parts) => parts.join("")));
  }
  expect(lists).toBeGreaterThan(15);
}, PACKING_MS);

test("a text marked with unpackWords is packed in place, comment lines between its parts passed over, its import kept", () => {
  const text = [
    'import { unpackWords } from "../packed-text";',
    'const ROLES = unpackWords(',
    '  "engineer|developer|engineering manager|" +',
    '  // Other languages, with a "quoted" word.',
    '  "ingenieur|ingeniero|developer advocate",',
    ');',
    'const BOARDS = words("engineering jobs|developer jobs");',
  ].join("\n");
  const { key, sources } = packWordLists(new Map([["a.ts", { text, importPath: "../packed-text" }]]));
  expect(wordLists(text)).toEqual([["engineer|developer|engineering manager|", "ingenieur|ingeniero|developer advocate"], ["engineering jobs|developer jobs"]]);
  const out = sources.get("a.ts") ?? "";
  expect(out.match(/import \{ unpackWords \}/g)).toHaveLength(1);
  const roles = /const ROLES = unpackWords\(("[^"]*") \+ ("[^"]*")\);/.exec(out);
  const boards = /const BOARDS = words\(unpackWords\(("[^"]*")\)\);/.exec(out);
  expect(roles && boards).not.toBeNull();
  expect(unpackText((JSON.parse(roles?.[1] ?? '""') as string) + (JSON.parse(roles?.[2] ?? '""') as string), key)).toBe("engineer|developer|engineering manager|ingenieur|ingeniero|developer advocate");
  expect(unpackText(JSON.parse(boards?.[1] ?? '""') as string, key)).toBe("engineering jobs|developer jobs");
  expect(out.length).toBeLessThan(text.length);
});

test("a pattern's source marked with unpackWords, escapes and all, is packed and reads back as the same pattern", () => {
  const source = String.raw`^(?:show more options|show more|show less|\d+ (?:followers|employees)|go to \w{2,21}|say "hi")$`;
  const text = ['import { unpackWords } from "../packed-text";', `const UI = new RegExp(unpackWords(${JSON.stringify(source)}), "i");`].join("\n");
  expect(wordLists(text)).toEqual([[source]]);
  const { key, sources } = packWordLists(new Map([["a.ts", { text, importPath: "../packed-text" }]]));
  const packed = /new RegExp\(unpackWords\(("(?:[^"\\]|\\.)*")\), "i"\)/.exec(sources.get("a.ts") ?? "");
  expect(packed).not.toBeNull();
  const read = unpackText(JSON.parse(packed?.[1] ?? '""') as string, key);
  expect(read).toBe(source);
  expect(new RegExp(read, "i").test("12 followers")).toBe(true);
  // A template literal cannot hold such text: the vocabulary's tables stay plain.
  expect(() => packTexts([source])).toThrow("plain text");
});

test("a sign of two bytes stands only for a run that it makes shorter, and reads back", () => {
  // Every one-byte sign is used by the text, so only the two-byte ones are free.
  const oneByte = [...PACK_SIGNS].filter((sign) => Buffer.byteLength(sign) === 1).join("");
  const texts = [oneByte, ..."abcdefghij".split("").map((c) => `${c}developer|${c}engineer|${c}de|${c}en`)];
  const { packed, key } = packTexts(texts);
  const signs = key.split("\n").map((line) => line.charAt(0));
  expect(signs.length).toBeGreaterThan(0);
  for (const line of key.split("\n")) {
    expect(Buffer.byteLength(line.charAt(0))).toBe(2);
    // A run of two bytes would save nothing as a sign of two.
    expect(Buffer.byteLength(line.slice(1))).toBeGreaterThan(2);
  }
  packed.forEach((p, i) => expect(unpackText(p, key)).toBe(texts[i]));
  expect(Buffer.byteLength(packed.join("\n") + key)).toBeLessThan(Buffer.byteLength(texts.join("\n")));
});

test("every sign a key may name is written out by the reader", () => {
  const key = [...PACK_SIGNS].map((sign, i) => `${sign}r${i}`).join("\n");
  expect(unpackText(PACK_SIGNS, key)).toBe([...PACK_SIGNS].map((_, i) => `r${i}`).join(""));
  // A carriage return is no part of a run: a template literal would read it away.
  const { key: crKey } = packTexts(["ab\r\nab\r\nab\r\nab\r\nab\r\nab\r\nab\r\nab\r\nab\r\nab\r\nab"]);
  expect(crKey).not.toContain("\r");
});
