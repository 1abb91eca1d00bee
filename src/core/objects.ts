// Object's functions that main.js calls some fifty times, by shorter names.
export const { entries: entriesOf, freeze, keys: keysOf } = Object;
