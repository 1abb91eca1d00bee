// The skill vocabulary's tables and the description reader's word lists as main.js carries them: the
// build writes their most common letter runs as single signs the texts never use (cli/pack-text.ts),
// and a key says what each sign stands for. The tables are the largest part of main.js; packed, they
// are about a sixth smaller.

/**
 * The signs a packed text may hold: printable, and nothing a template literal treats specially. The
 * ASCII ones are one byte in UTF-8; the letters from IPA to Armenian (U+0250 to U+058F) are two, for
 * longer runs. A range costs main.js a few bytes where a list of the signs would cost hundreds; a
 * character in it that the key does not name is read as itself. The build's signs: cli/pack-text.ts.
 */
export const SIGN = /[!"%()*,:;<=>?@[\]^_{}~\u0250-\u058f]/g;

/**
 * `text` with each sign the key names written out. The key has a line per sign: the sign, then the
 * run it stands for ("!tion\n%in"). With no key (the sources' own tables), the text as it is.
 */
export function unpackText(text: string, key: string): string {
  if (key === "") return text;
  let runs = keys.get(key);
  if (runs === undefined) {
    // A run may hold signs of the runs before it ("Σ" for "ing", then "ΔΣ" for "ting"): each is written out as it comes.
    const built = new Map<string, string>();
    for (const line of key.split("\n")) built.set(line.charAt(0), line.slice(1).replace(SIGN, (sign) => built.get(sign) ?? sign));
    keys.set(key, (runs = built));
  }
  const found = runs;
  return text.replace(SIGN, (sign) => found.get(sign) ?? sign);
}

/** Each key's runs, written out once: the word lists' key serves some thirty texts. */
const keys = new Map<string, Map<string, string>>();

/** What each sign in the description reader's packed word lists stands for; the build fills it in. */
const WORDS_KEY = "";

/**
 * A word list as the build packed it (`words(unpackWords("…"))`), written out. In the sources the key
 * is empty: there `unpackWords("a|b" + "c")` gives its text as it is, and marks it for the build to
 * pack, as `words("a|b")` marks a list.
 */
export function unpackWords(text: string): string {
  return unpackText(text, WORDS_KEY);
}
