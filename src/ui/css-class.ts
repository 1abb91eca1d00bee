// The plugin's CSS classes, as styles.css names them: "job-hunt-" and a name. The prefix is written
// once here, as main.js would otherwise carry it a hundred times.

/** `cssClass("card")` is "job-hunt-card". */
export function cssClass(name: string): string {
  return `job-hunt-${name}`;
}

/** A `div` of the plugin's class `name` in `parent`, with `text` when given: a call main.js makes dozens of times. */
export function divIn(parent: HTMLElement, name: string, text?: string): HTMLDivElement {
  return parent.createDiv({ cls: cssClass(name), text });
}

/** A `span` of the plugin's class `name` in `parent`, with `text` when given. */
export function spanIn(parent: HTMLElement, name: string, text?: string): HTMLSpanElement {
  return parent.createSpan({ cls: cssClass(name), text });
}
