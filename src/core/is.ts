// What kind of value a frontmatter field or a saved setting holds, asked by short names: main.js
// asks each some forty to sixty times, and a call is shorter than what it stands for.

/** `Array.isArray`, by a shorter name. */
export const { isArray } = Array;

/** Whether `value` is a string. */
export function isString(value: unknown): value is string {
  return typeof value === "string";
}
