// The plugin's CSS classes, as styles.css names them: "job-hunt-" and a name. The prefix is written
// once here, as main.js would otherwise carry it a hundred times.

/** `cssClass("card")` is "job-hunt-card". */
export function cssClass(name: string): string {
  return `job-hunt-${name}`;
}

type Attributes = DomElementInfo["attr"];

/** An element `tag` of the plugin's class `name` in `parent`, with its text or its attributes, or both (text first), when given. */
export function elIn<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, name: string, text?: string | Attributes, attr?: Attributes): HTMLElementTagNameMap[K] {
  return typeof text === "object" ? parent.createEl(tag, { cls: cssClass(name), attr: text }) : parent.createEl(tag, { cls: cssClass(name), text, attr });
}

/** A `div` of the plugin's class `name` in `parent`, with `text` when given: a call main.js makes dozens of times. */
export function divIn(parent: HTMLElement, name: string, text?: string): HTMLDivElement {
  return elIn(parent, "div", name, text);
}

/** A `span` of the plugin's class `name` in `parent`, with `text` when given. */
export function spanIn(parent: HTMLElement, name: string, text?: string): HTMLSpanElement {
  return elIn(parent, "span", name, text);
}
