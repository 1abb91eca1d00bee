// The skill vocabulary's tables and the description reader's word lists as main.js carries them: the
// build writes their most common letter runs as single signs the texts never use (cli/pack-text.ts),
// and a key says what each sign stands for. The tables are the largest part of main.js; packed, they
// are about a sixth smaller.

/**
 * Signs that may stand for a run: printable, and nothing a template literal treats specially. The
 * first are one byte in UTF-8; the Greek, Cyrillic and Armenian capitals after them two, for longer runs.
 */
export const PACK_SIGNS = `!"%()*,:;<=>?@[]^_{}~ΓΔΘΛΞΠΣΦΨΩБГДЖЗИЙЛПФЦЧШЩЪЫЬЭЮЯԱԲԳԴԵԶԷԸԹԺԻԼԽԾԿՀՁՂՃՄՅՆՇՈՉՊՋՌՍՎՏՐՑՒՓՔՕՖ`;
const SIGN = new RegExp(`[${PACK_SIGNS.replace(/[\]\\^-]/g, "\\$&")}]`, "g");

/**
 * `text` with each sign the key names written out. The key has a line per sign: the sign, then the
 * run it stands for ("!tion\n%in"). With no key (the sources' own tables), the text as it is.
 */
export function unpackText(text: string, key: string): string {
  if (key === "") return text;
  const runs = new Map(key.split("\n").map((line) => [line.charAt(0), line.slice(1)]));
  return text.replace(SIGN, (sign) => runs.get(sign) ?? sign);
}

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
