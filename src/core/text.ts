// The lower case of a text, as one function: main.js calls it a hundred times, and a call is
// shorter than the method's name.

/** `text` in lower case. */
export function lower(text: string): string {
  return text.toLowerCase();
}

/** `text` with each run of white space, line breaks included, as one space. */
export function squish(text: string): string {
  return text.replace(/\s+/g, " ");
}
