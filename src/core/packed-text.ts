// The skill vocabulary's tables as main.js carries them: the build writes their most common letter
// runs as single signs the tables never use (cli/pack-text.ts), and a key says what each sign
// stands for. The tables are the largest part of main.js; packed, they are about a sixth smaller.

/** Signs that may stand for a run: printable, and nothing a template literal treats specially. */
export const PACK_SIGNS = `!"%()*,:;<=>?@[]^_{}~`;

/**
 * `text` with each sign the key names written out. The key has a line per sign: the sign, then the
 * run it stands for ("!tion\n%in"). With no key (the sources' own tables), the text as it is.
 */
export function unpackText(text: string, key: string): string {
  if (key === "") return text;
  const runs = new Map(key.split("\n").map((line) => [line.charAt(0), line.slice(1)]));
  return text.replace(/[!"%()*,:;<=>?@[\]^_{}~]/g, (sign) => runs.get(sign) ?? sign);
}
