// The plugin's CSS classes, as styles.css names them: "job-hunt-" and a name. The prefix is written
// once here, as main.js would otherwise carry it a hundred times.

/** `cssClass("card")` is "job-hunt-card". */
export function cssClass(name: string): string {
  return `job-hunt-${name}`;
}
