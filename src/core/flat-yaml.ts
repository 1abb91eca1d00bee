// Reads the flat YAML that frontmatter nearly always is (`key: scalar`, `key: [a, b]`, and `key:`
// followed by `- item` lines) in one pass, without a YAML library. Anything else gives null, and the
// caller hands the text to a full YAML parser. Where it answers, the answer equals a YAML 1.2
// core-schema parser's (a property test holds it to the `yaml` package's).

/** Parses one YAML document into plain values; throws on invalid YAML. */
export type ParseYaml = (text: string) => unknown;

/** One top-level `key:` line of flat frontmatter. */
export interface FlatEntry {
  key: string;
  value: unknown;
  /** Offset of the key's line in the text. */
  lineStart: number;
  /** Offset just past the `:` after the key. */
  colon: number;
  /** Offset just past the entry's last line (its own line, or its last list item), before the line break. */
  end: number;
  /** Where a one-line scalar value sits and how it is written; null when the value is a list or empty. */
  scalar: { start: number; end: number; style: "plain" | "single" | "double" } | null;
}

const KEY_LINE = /^([\p{L}_][\p{L}\p{N}_ .()/-]*?) *:(?:( +)(.*))?$/u;
/** Characters that make a line more than flat YAML: tabs, controls, odd line breaks, a BOM. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const NOT_FLAT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const KEY_WORD = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|__proto__)$/;

/** Flat frontmatter as a plain object; null when the text is not flat YAML (or is invalid), so a full parser must decide. `yaml` has `\n` line breaks. */
export function parseFlatYaml(yaml: string): Record<string, unknown> | null {
  // Every note of a vault passes through here on a full load: lines are read by index, not sliced
  // and matched, and only keys and values are cut out of the text.
  if (NOT_FLAT.test(yaml)) return null;
  const out: Record<string, unknown> = {};
  /** The items of the last key when it had no value of its own (null when it had one). */
  let items: unknown[] | null = null;
  let lastKey = "";
  let itemIndent = 0;
  for (let lineStart = 0, lineEnd = endOfLine(yaml, 0); lineStart < yaml.length; lineStart = lineEnd + 1, lineEnd = endOfLine(yaml, lineStart)) {
    const first = lineStart < lineEnd ? yaml.charCodeAt(lineStart) : -1;
    let i = lineStart;
    while (i < lineEnd && yaml.charCodeAt(i) === 32) i++;
    // Blank lines and comments; only a line starting with a space or `#` can be one.
    if ((first === -1 || first === 32 || first === 35) && (i === lineEnd || yaml.charCodeAt(i) === 35)) continue;

    if (yaml.charCodeAt(i) === 45 /* - */ && (i + 1 === lineEnd || yaml.charCodeAt(i + 1) === 32)) {
      // A list item belongs to the key above when that key had no value of its own.
      if (items === null) return null;
      const indent = i - lineStart;
      if (items.length === 0) itemIndent = indent;
      else if (indent !== itemIndent) return null;
      let from = i + 1;
      while (from < lineEnd && yaml.charCodeAt(from) === 32) from++;
      const text = yaml.slice(from, lineEnd);
      const value = text === "" ? null : scalarValue(text);
      if (value === NOT_A_SCALAR) return null;
      if (items.length === 0) out[lastKey] = items;
      items.push(value);
      continue;
    }
    if (first === 32) return null;

    const key = keyLine(yaml, lineStart, lineEnd);
    if (key === null || hasOwn(out, key)) return null;
    lastKey = key;
    if (restStart === lineEnd || yaml.charCodeAt(restStart) === 35 /* # */) {
      out[key] = null;
      items = [];
      continue;
    }
    const rest = yaml.slice(restStart, lineEnd);
    const value = rest.startsWith("[") ? flowList(rest) : scalarValue(rest);
    if (value === NOT_A_SCALAR) return null;
    out[key] = value;
    items = null;
  }
  return out;
}

/** Where the value of the line keyLine last read starts (past the spaces after the colon). */
let restStart = 0;

/**
 * The key of a `key: rest` line as KEY_LINE reads it, and where its rest starts in restStart;
 * null when it is not such a line, or its key is one YAML reads as something other than text
 * (`true`, `null`). ASCII keys, nearly all of them, are read by index.
 */
function keyLine(yaml: string, lineStart: number, lineEnd: number): string | null {
  const c0 = yaml.charCodeAt(lineStart);
  if (!(isAsciiLetter(c0) || c0 === 95)) return c0 > 127 ? keyLineByPattern(yaml, lineStart, lineEnd) : null;
  for (let p = lineStart + 1; p < lineEnd; p++) {
    const c = yaml.charCodeAt(p);
    if (c === 58 /* : */) {
      if (p + 1 < lineEnd && yaml.charCodeAt(p + 1) !== 32) return null;
      let keyEnd = p;
      while (yaml.charCodeAt(keyEnd - 1) === 32) keyEnd--;
      let from = p + 1;
      while (from < lineEnd && yaml.charCodeAt(from) === 32) from++;
      restStart = from;
      return knownKey(yaml, lineStart, keyEnd);
    }
    if (!isKeyChar(c)) return c > 127 ? keyLineByPattern(yaml, lineStart, lineEnd) : null;
  }
  return null;
}

function keyLineByPattern(yaml: string, lineStart: number, lineEnd: number): string | null {
  const m = KEY_LINE.exec(yaml.slice(lineStart, lineEnd));
  if (!m) return null;
  restStart = lineEnd - (m[3] ?? "").length;
  return textKey(m[1] ?? "");
}

/** A key as text; null for one YAML reads as something else. */
function textKey(key: string): string | null {
  return key.length <= 9 && KEY_WORD.test(key) ? null : key;
}

/**
 * The same few keys begin the lines of every note: the last key seen in each of these slots, found
 * by a hash of its characters, is handed out again rather than cut out, checked and interned anew.
 */
const KNOWN_KEYS: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);

/** The ASCII key yaml[start, end), from KNOWN_KEYS when it is there; null for a key that is not text. */
function knownKey(yaml: string, start: number, end: number): string | null {
  let h = end - start;
  for (let p = start; p < end; p++) h = (h * 31 + yaml.charCodeAt(p)) | 0;
  const slot = h & 255;
  const known = KNOWN_KEYS[slot];
  if (known !== undefined && known.length === end - start && yaml.startsWith(known, start)) return known;
  const key = textKey(yaml.slice(start, end));
  if (key !== null) KNOWN_KEYS[slot] = key;
  return key;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** What an ASCII key may hold after its first character: letters, digits, `_`, space, `.`, `(`, `)`, `/`, `-`. */
function isKeyChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 32 || c === 46 || c === 40 || c === 41 || c === 47 || c === 45;
}

export type Scalar = { value: unknown; span: { start: number; end: number; style: "plain" | "single" | "double" } };

const PLAIN_START = /^(?:[,[\]{}#&*!|>'"%@`]|[-?:](?: |$))/;
const FLOW_PLAIN_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const COMMENT = /[ \t]#/;

/** What scalarValue answers for text that is not a one-line scalar. */
const NOT_A_SCALAR: unique symbol = Symbol("not a scalar");

// Where the last scalar scalarValue read ends in its text, and how it was written: blockScalar's
// span, kept out of the return value so reading a note's values allocates nothing for it.
let scalarEnd = 0;
let scalarStyle: "plain" | "single" | "double" = "plain";

/** The value of a one-line scalar in block context (after `key: ` or `- `), with an optional trailing comment; NOT_A_SCALAR for anything else. */
function scalarValue(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first === 34 /* " */ || first === 39 /* ' */) {
    const close = quoted(text, 0);
    if (!close) return NOT_A_SCALAR;
    const trailer = text.slice(close.end);
    if (trailer !== "" && !/^[ \t]*(?:[ \t]#.*)?$/.test(trailer)) return NOT_A_SCALAR;
    scalarEnd = close.end;
    scalarStyle = first === 34 ? "double" : "single";
    return close.value;
  }
  // A letter or digit cannot start anything but a plain scalar; only other characters need the pattern.
  if (!isAsciiLetter(first) && !(first >= 48 && first <= 57) && PLAIN_START.test(text)) return NOT_A_SCALAR;
  const hash = text.includes("#") ? COMMENT.exec(text) : null;
  const plain = (hash ? text.slice(0, hash.index) : text).trimEnd();
  if (plain === "" || (plain.includes(":") && /:(?: |$)/.test(plain))) return NOT_A_SCALAR;
  scalarEnd = plain.length;
  scalarStyle = "plain";
  return resolvePlain(plain);
}

/**
 * A one-line scalar in block context (after `key: ` or `- `), with an optional trailing comment;
 * null when it is anything else. `offset` is where `text` starts, for the span.
 */
export function blockScalar(text: string, offset: number): Scalar | null {
  const value = scalarValue(text);
  if (value === NOT_A_SCALAR) return null;
  return { value, span: { start: offset, end: offset + scalarEnd, style: scalarStyle } };
}

const ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b",
  " ": " ", '"': '"', "/": "/", "\\": "\\", N: "\x85", _: "\xa0", L: "\u2028", P: "\u2029",
};
const HEX_ESCAPE: Record<string, number> = { x: 2, u: 4, U: 8 };

/** True when `char` occurs in text[from, end). */
function hasBefore(text: string, char: string, from: number, end: number): boolean {
  const at = text.indexOf(char, from);
  return at >= 0 && at < end;
}

/** A quoted scalar starting at `from` that closes on the same line; null when it does not close or has a bad escape. */
function quoted(text: string, from: number): { value: string; end: number } | null {
  const q = text[from];
  // Most quoted values hold no escape and no doubled quote: they are the text up to the closing quote.
  const close = text.indexOf(q ?? "", from + 1);
  if (close > 0 && (q === "'" ? text[close + 1] !== "'" : !hasBefore(text, "\\", from + 1, close))) {
    return { value: text.slice(from + 1, close), end: close + 1 };
  }
  let value = "";
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i] ?? "";
    if (c === q) {
      if (q === "'" && text[i + 1] === "'") {
        value += "'";
        i++;
        continue;
      }
      return { value, end: i + 1 };
    }
    if (c === "\\" && q === '"') {
      const e = text[i + 1] ?? "";
      const simple = ESCAPES[e];
      if (simple !== undefined) {
        value += simple;
        i++;
        continue;
      }
      const digits = HEX_ESCAPE[e];
      const hex = digits ? text.slice(i + 2, i + 2 + digits) : "";
      if (!digits || !new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return null;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return null;
      value += String.fromCodePoint(code);
      i += 1 + digits;
      continue;
    }
    value += c;
  }
  return null;
}

/** `[a, "b", 'c']` on one line, optionally followed by a comment; NOT_A_SCALAR for nesting, maps or odd commas. */
function flowList(text: string): unknown[] | typeof NOT_A_SCALAR {
  const items: unknown[] = [];
  let i = 1;
  const skipSpaces = (): void => {
    while (text[i] === " ") i++;
  };
  skipSpaces();
  if (text[i] === "]") {
    i++;
  } else {
    for (;;) {
      skipSpaces();
      const c = text[i];
      if (c === '"' || c === "'") {
        const q = quoted(text, i);
        if (!q) return NOT_A_SCALAR;
        items.push(q.value);
        i = q.end;
      } else {
        let j = i;
        while (j < text.length && text[j] !== "," && text[j] !== "]") j++;
        const plain = text.slice(i, j).trimEnd();
        if (plain === "" || FLOW_PLAIN_START.test(plain) || /[[\]{}"']|:(?: |$)| #/.test(plain)) return NOT_A_SCALAR;
        items.push(resolvePlain(plain));
        i = j;
      }
      skipSpaces();
      if (text[i] === ",") {
        i++;
        skipSpaces();
        if (text[i] === "]") return NOT_A_SCALAR;
        continue;
      }
      if (text[i] !== "]") return NOT_A_SCALAR;
      i++;
      break;
    }
  }
  return /^ *(?: #.*)?$/.test(text.slice(i)) ? items : NOT_A_SCALAR;
}

const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** What a plain scalar means under the YAML 1.2 core schema. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Only a digit, sign, dot, `~` or one of n/N/t/T/f/F can start a non-string.
  const maybeSpecial = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 126 || "nNtTfF".includes(s[0] ?? "");
  if (!maybeSpecial) return s;
  switch (s) {
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
    case ".inf":
    case ".Inf":
    case ".INF":
    case "+.inf":
    case "+.Inf":
    case "+.INF":
      return Infinity;
    case "-.inf":
    case "-.Inf":
    case "-.INF":
      return -Infinity;
    case ".nan":
    case ".NaN":
    case ".NAN":
      return NaN;
  }
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (INT.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** A top-level key line in any frontmatter: indent, the key (double-quoted, single-quoted or plain), the gap and the rest. */
const ANY_KEY_LINE = /^( *)(?:"([^"\\]*)"|'((?:[^']|'')*)'|((?:[^\s#'"?:,[\]{}&*!|>%@`-]|[-?:][^\s,[\]{}])(?:[^ \t\n]|[ \t]+(?=[^\s#]))*?))[ \t]*:(?:([ \t]+)(.*))?$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/**
 * The top-level `key:` line for `key` in any frontmatter, flat or not, with its one-line value's
 * position. `value` is undefined when the value is not a one-line scalar or an empty value; null
 * when no line holds the key. Callers check the result by parsing the edited text again.
 */
export function findTopLevelKey(yaml: string, key: string): FlatEntry | null {
  let base: number | null = null;
  let found: FlatEntry | null = null;
  for (let lineStart = 0, lineEnd = endOfLine(yaml, 0); lineStart < yaml.length; lineStart = lineEnd + 1, lineEnd = endOfLine(yaml, lineStart)) {
    const line = yaml.slice(lineStart, lineEnd);
    if (/^[ \t]*(?:#.*)?$/.test(line)) continue;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    base ??= indent;
    if (found) {
      // What follows the key decides whether its value really ends on the key's line.
      if (indent > base || (indent === base && /^ *-(?:[ \t]|$)/.test(line))) {
        found.value = undefined;
        found.scalar = null;
      }
      return found;
    }
    if (indent !== base || CONTROL.test(line)) continue;
    const m = ANY_KEY_LINE.exec(line);
    if (!m) continue;
    const written = m[2] ?? (m[3] !== undefined ? m[3].replace(/''/g, "'") : (m[4] ?? "").trimEnd());
    if (written !== key) continue;
    const rest = m[6] ?? "";
    const colon = lineStart + line.length - rest.length - (m[5] ?? "").length;
    found = { key, value: null, lineStart, colon, end: lineEnd, scalar: null };
    if (rest !== "" && !rest.startsWith("#")) {
      const value = rest.startsWith("[") ? null : blockScalar(rest, lineEnd - rest.length);
      found.value = value ? value.value : undefined;
      found.scalar = value ? value.span : null;
    }
  }
  return found;
}

/** Whether `key` is an object's own property, not one it inherits (`constructor`, `toString`). */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Where the line that starts at `from` ends: its `\n`, or the end of the text. */
export function endOfLine(text: string, from: number): number {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
}
