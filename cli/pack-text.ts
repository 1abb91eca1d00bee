// Packs text tables for main.js (see src/core/packed-text.ts): greedily, the letter run whose
// replacement by a free sign saves the most bytes, sign after sign, then the key that undoes it. A run
// may hold the signs of runs chosen before it, so a run of eight characters can stand for many more.
import { SIGN } from "../src/core/packed-text";

/**
 * The signs the packer may use, one-byte ones first: each character the reader's SIGN matches that is
 * ASCII, or a letter that no Unicode normalization changes (no combining mark, no Greek question mark
 * that becomes ";", no modifier letter that becomes "h").
 */
export const PACK_SIGNS = Array.from({ length: 0x590 }, (_, code) => String.fromCharCode(code))
  .filter((c) => new RegExp(SIGN.source).test(c) && (c < "\u0080" || (/^\p{L}$/u.test(c) && c.normalize("NFKD") === c && c.normalize("NFKC") === c)))
  .join("");

const MAX_RUN = 8;
const utf8 = (s: string): number => Buffer.byteLength(s);

/**
 * `texts` packed with one key; `unpackText(packed[i], key)` is `texts[i]`. `avoid`: signs not to use (a
 * quote for quoted text). `quoted`: the packed texts and the key are written as JSON strings, which
 * hold any text; else they go into template literals, which read `${`, backslashes and backquotes.
 */
export function packTexts(texts: readonly string[], avoid = "", quoted = false): { packed: string[]; key: string } {
  if (!quoted && texts.some((t) => t.includes("${") || t.includes("\\") || t.includes("`"))) {
    throw new Error("A packed table must be plain text: no ${, backslash or backquote.");
  }
  const joined = texts.join("\n");
  // Only signs the tables never use, so that every sign in a packed table is one the key names.
  const free = [...PACK_SIGNS].filter((sign) => !joined.includes(sign) && !avoid.includes(sign));
  let packed = [...texts];
  const key: string[] = [];
  for (const sign of free) {
    const counts = new Map<string, number>();
    for (const text of packed) {
      for (let i = 0; i < text.length; i++) {
        for (let n = 2; n <= MAX_RUN && i + n <= text.length; n++) {
          const run = text.slice(i, i + n);
          // A line break is no part of a run (a template literal reads "\r\n" as "\n").
          if (run.includes("\n") || run.includes("\r")) break;
          counts.set(run, (counts.get(run) ?? 0) + 1);
        }
      }
    }
    // The run that saves the most once each of its places is one sign and the key names it;
    // overlapping places ("aaa") count once, as split() finds them.
    let best = "";
    let saved = 0;
    // A sign of two bytes saves a byte less at each place, and costs one more in the key.
    const cost = utf8(sign);
    for (const [run, count] of counts) {
      const bytes = utf8(run);
      if (count * (bytes - cost) - bytes - cost - 1 <= saved) continue;
      const places = packed.reduce((n, t) => n + t.split(run).length - 1, 0);
      const gain = places * (bytes - cost) - bytes - cost - 1;
      if (gain > saved) {
        saved = gain;
        best = run;
      }
    }
    if (best === "") break;
    packed = packed.map((t) => t.split(best).join(sign));
    key.push(sign + best);
  }
  return { packed, key: key.join("\n") };
}

/** A source file's template literals, packed, with its `const PACK_KEY = "";` given the key. */
export function packSource(source: string): string {
  const literals = [...source.matchAll(/`([^`]*)`/g)];
  const { packed, key } = packTexts(literals.map((m) => m[1] ?? ""));
  let i = 0;
  const out = source.replace(/`([^`]*)`/g, () => `\`${packed[i++] ?? ""}\``);
  if (!out.includes('const PACK_KEY = "";')) throw new Error('The packed source has no `const PACK_KEY = "";` to hold its key.');
  return out.replace('const PACK_KEY = "";', `const PACK_KEY = ${JSON.stringify(key)};`);
}

/**
 * A word list written in a source file: `words("a|b|" + "c|d")`, or a text the sources mark as one to
 * pack, `unpackWords("a|b|" + "c|d")` (there the key is empty and the call gives the text as it is).
 */
const WORD_LIST = /\b(words|unpackWords)\(\s*((?:"(?:[^"\\\n]|\\.)*"\s*\+\s*(?:\/\/[^\n]*\n\s*)*)*"(?:[^"\\\n]|\\.)*")\s*,?\s*\)/g;
/** A list's quoted parts; a comment line between them ("// Dutch and Nordic spellings.") is passed over. */
const PARTS = /("(?:[^"\\\n]|\\.)*")|\/\/[^\n]*/g;
/** The texts the quoted parts hold, escapes read ("\\d" in the source is "\d" in the text: a pattern's source may be packed). */
const parts = (list: string): string[] => [...list.matchAll(PARTS)].filter((q) => q[1] !== undefined).map((q) => JSON.parse(q[1] ?? '""') as string);

/** The texts of each word list in a source file, in order. */
export function wordLists(source: string): string[][] {
  return [...source.matchAll(WORD_LIST)].map((m) => parts(m[2] ?? ""));
}

/**
 * The word lists of several source files (`words("…")` or `unpackWords("…")` with quoted texts) packed
 * with one key: each becomes `words(unpackWords("…"))` or `unpackWords("…")`, and a file that does
 * not import `unpackWords` yet imports it from `importPath` (its path to src/core/packed-text.ts).
 * The key is for `const WORDS_KEY = "";` there.
 */
export function packWordLists(sources: ReadonlyMap<string, { text: string; importPath: string }>): { key: string; sources: Map<string, string> } {
  const files = [...sources];
  const lists = files.map(([, f]) => wordLists(f.text));
  const { packed, key } = packTexts(lists.flat(2), '"', true);
  let next = 0;
  const out = new Map<string, string>();
  files.forEach(([path, f], i) => {
    if ((lists[i] ?? []).length === 0) return;
    const text = f.text.replace(WORD_LIST, (_, call: string, quoted: string) => {
      const unpacked = `unpackWords(${parts(quoted).map(() => JSON.stringify(packed[next++] ?? "")).join(" + ")})`;
      return call === "words" ? `words(${unpacked})` : unpacked;
    });
    const imports = /\bimport\s*\{[^}]*\bunpackWords\b[^}]*\}/.test(text);
    out.set(path, imports ? text : `import { unpackWords } from ${JSON.stringify(f.importPath)};\n${text}`);
  });
  return { key, sources: out };
}
