// What kind of value a frontmatter field or a saved setting holds, asked by short names: main.js
// asks each some forty times, and a call is shorter than what it stands for.

/** `Array.isArray`, by a shorter name. */
export const { isArray } = Array;
