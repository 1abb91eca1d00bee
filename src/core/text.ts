// The lower and upper case of a text, as functions: main.js calls them over a hundred times, and
// a call is shorter than the method's name.

/** `text` in lower case. */
export function lower(text: string): string {
  return text.toLowerCase();
}

/** `text` in upper case. */
export function upper(text: string): string {
  return text.toUpperCase();
}

/** `text` with each run of white space, line breaks included, as one space. */
export function squish(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** `text` with Windows' and old Macs' line breaks as "\n". */
export function unixLines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** The parts of `text` between runs of white space: its words, when it is trimmed. */
export function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** Up to `length` characters of `text` just before `span`. */
export function textBefore(text: string, span: { start: number }, length: number): string {
  return text.slice(Math.max(0, span.start - length), span.start);
}

/** Up to `length` characters of `text` just after `span`. */
export function textAfter(text: string, span: { end: number }, length: number): string {
  return text.slice(span.end, span.end + length);
}
