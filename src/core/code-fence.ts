// Fenced code blocks as CommonMark reads them, inside blockquotes too: the task items and links a
// note shows as code are not counted as tasks or links.

const QUOTE_MARKERS = /^(?:[ \t]{0,3}>[ \t]?)+/;
const CODE_FENCE = /^[ \t]{0,3}(`{3,}|~{3,})(.*)$/;

/**
 * The fence state after `line`, given `open` (the marker of the fence the line is in, or null):
 * the marker of a fence the line opens, null when it closes the open fence (same character, at
 * least as long, nothing after it), or `open` itself when the line is neither. So the line is a
 * fence line exactly when the answer differs from `open`.
 */
export function fenceAfter(line: string, open: string | null): string | null {
  const f = CODE_FENCE.exec(line.replace(QUOTE_MARKERS, ""));
  if (!f) return open;
  const marker = f[1] ?? "";
  const rest = (f[2] ?? "").trim();
  if (open === null) return marker[0] === "`" && rest.includes("`") ? null : marker;
  return marker[0] === open[0] && marker.length >= open.length && rest === "" ? null : open;
}
