// Small formatting helpers the dashboard's pieces share.
import { setIcon } from "obsidian";
import { localDay, spanText } from "../core/date-format";
import { cssClass, elIn, spanIn } from "./css-class";
import { listen } from "./listen";

/** "3 days ago", "in 2 hours", "just now"; "" for an unknown time. */
export function timeAgo(then: number, now: number): string {
  if (!Number.isFinite(then) || then <= 0) return "";
  if (Math.abs(now - then) < 60_000) return "just now";
  // A date with no time ("modified: 2026-11-24") is that day's midnight: not "10 hours ago" on the day.
  if (then < now && localDay(then) === localDay(now) && new Date(then).toTimeString().startsWith("00:00:00")) return "today";
  const span = spanText(Math.min(then, now), Math.max(then, now), Math.round);
  return then > now ? `in ${span}` : `${span} ago`;
}

/** "5 days", "3 months"; "today" within the first day. */
export function timeInStage(since: number, now: number): string {
  if (now - since < 86_400_000) return "today";
  return spanText(Math.min(since, now), Math.max(since, now), Math.floor);
}

export function percent(done: number, total: number): number {
  return total > 0 ? Math.round((done / total) * 100) : 0;
}

/** A Lucide icon, then a text, in `parent`. */
export function iconText(parent: HTMLElement, icon: string, text: string): void {
  setIcon(spanIn(parent, "badge-icon"), icon);
  parent.createSpan({ text });
}

/** A "Show N more" button under a capped list. */
export function showMoreButton(parent: HTMLElement, total: number, shown: number, onClick: () => void): void {
  if (total <= shown) return;
  // A click doubles what is shown: the label says how many that adds, not how many are hidden.
  const btn = elIn(parent, "button", "show-more", `Show ${Math.min(total - shown, shown)} more`);
  listen(btn, "click", onClick);
}

/** A 100 × 10 SVG picture stretched to its box, named for a screen reader; SVG, so no inline style is needed. */
export function svgStrip(parent: HTMLElement, cls: string, label: string): SVGSVGElement {
  return parent.createSvg("svg", { cls, attr: { viewBox: "0 0 100 10", preserveAspectRatio: "none", role: "img", "aria-label": label } });
}

/** A horizontal bar of segments (percent widths). */
export function barSvg(parent: HTMLElement, cls: string, segments: { value: number; cls: string }[], label: string): SVGSVGElement {
  const svg = svgStrip(parent, `job-hunt-bar ${cls}`, label);
  svg.createSvg("rect", { cls: cssClass("bar-track"), attr: { x: 0, y: 0, width: 100, height: 10, rx: 2 } });
  let x = 0;
  for (const s of segments) {
    const w = Math.max(0, Math.min(100 - x, s.value));
    if (w > 0) svg.createSvg("rect", { cls: s.cls, attr: { x, y: 0, width: w, height: 10, rx: 2 } });
    x += w;
  }
  return svg;
}

