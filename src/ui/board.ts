// The board: a column per stage in pipeline order (unknown stages after, closed ones collapsible),
// a card per posting. Cards open on click or Enter, show a menu on right-click, and can be dragged
// to another column to change the posting's stage.
import { unpackWords } from "../core/packed-text";
import { setIcon } from "obsidian";
import { shortTitle, type Posting } from "../core/posting";
import { formatSalary } from "../core/salary";
import { stageKey } from "../core/stages";
import type { StageCount } from "../core/stats";
import type { RenderContext } from "./dashboard-context";
import { iconText, showMoreButton, timeAgo, timeInStage } from "./format";
import { cssClass, divIn, elIn, spanIn } from "./css-class";
import { DRAG_TYPE, tabStop } from "./posting-events";
import { listen } from "./listen";

export const CARDS_PER_COLUMN = 50;
const CHIPS_PER_CARD = 4;

/** A posting's card; what it does on click, keys and drag is wired once for the dashboard (posting-events.ts). */
export function renderCard(parent: HTMLElement, p: Posting, ctx: RenderContext): HTMLElement {
  const card = parent.createDiv({
    cls: cssClass("card"),
    // No aria-label: as a button's name it would hide the rest of the card (pay, place, skills, progress) from a screen reader.
    attr: { role: "button", draggable: "true", "data-path": p.path },
  });
  // A company or title cut short after three lines is read whole on hover.
  const whole = (text: string): { title?: string } => (text.length > 60 ? { title: text } : {});
  elIn(card, "div", "card-company", p.company === "" ? "No company" : p.company, whole(p.company));
  const title = shortTitle(p);
  if (title !== p.company) elIn(card, "div", "card-title", title, whole(title));

  const meta = divIn(card, "card-meta");
  if (p.salary) spanIn(meta, "salary", formatSalary(p.salary));
  if (p.remote) {
    iconText(meta.createSpan({ cls: "job-hunt-badge job-hunt-remote" }), "globe", "Remote");
  } else if (p.location !== "") {
    spanIn(meta, "location", p.location);
  }

  if (p.skills.length > 0) {
    const chips = divIn(card, "chips");
    for (const s of p.skills.slice(0, CHIPS_PER_CARD)) spanIn(chips, "chip", s.name);
    const more = p.skills.slice(CHIPS_PER_CARD);
    if (more.length > 0) chips.createSpan({ cls: "job-hunt-chip is-more", text: `+${more.length}`, attr: { title: more.map((s) => s.name).join(", ") } });
  }

  const footer = divIn(card, "card-footer");
  if (p.tasks.total > 0) {
    const tasks = elIn(footer, "span", "card-tasks", { "aria-label": `${p.tasks.done} of ${p.tasks.total} tasks done` });
    iconText(tasks, "check-square", `${p.tasks.done}/${p.tasks.total}`);
    elIn(tasks, "progress", "progress", { max: p.tasks.total, value: p.tasks.done });
  }
  const ago = timeAgo(p.modified, ctx.now);
  // A date still to come in the history (a mistyped year) says nothing of today.
  if (p.stageSince !== null && p.stageSince <= ctx.now) {
    const inStage = timeInStage(p.stageSince, ctx.now);
    elIn(footer, "span", "card-age", inStage === "today" ? `In ${p.stage} since today` : `${inStage} in ${p.stage}`, { title: ago === "" ? "" : `Changed ${ago}` });
  } else if (ago !== "") {
    spanIn(footer, "card-age", ago);
  }

  return card;
}

function acceptDrops(column: HTMLElement, stage: string, ctx: RenderContext): void {
  listen(column, "dragover", (evt) => {
    if (!evt.dataTransfer?.types.includes(DRAG_TYPE)) return;
    evt.preventDefault();
    evt.dataTransfer.dropEffect = "move";
    column.addClass("is-drop-target");
  });
  listen(column, "dragleave", (evt) => {
    if (evt.relatedTarget instanceof Node && column.contains(evt.relatedTarget)) return;
    column.removeClass("is-drop-target");
  });
  listen(column, "drop", (evt) => {
    column.removeClass("is-drop-target");
    const path = evt.dataTransfer?.getData(DRAG_TYPE);
    if (!path) return;
    evt.preventDefault();
    ctx.actions.moveToStage(path, stage);
  });
}

/** The columns the board shows, in order: every known stage, and unknown ones that hold postings. */
export function boardColumns(stages: readonly StageCount[], groups: Map<string, Posting[]>): { stage: StageCount; postings: Posting[] }[] {
  const out: { stage: StageCount; postings: Posting[] }[] = [];
  for (const stage of stages) {
    const postings = groups.get(stageKey(stage.name)) ?? [];
    if (!stage.known && postings.length === 0) continue;
    out.push({ stage, postings });
  }
  return out;
}

/** One column: header (collapse toggle, name, count), then its cards, capped with "Show more". */
export function renderColumn(parent: HTMLElement, stage: StageCount, postings: readonly Posting[], ctx: RenderContext): HTMLElement {
  const key = stageKey(stage.name);
  const collapsed = ctx.state.collapsed.includes(key);
  const column = elIn(parent, "div", "column", { "data-stage": stage.name });
  column.toggleClass("is-closed", stage.closed);
  column.toggleClass("is-unknown", !stage.known);
  column.toggleClass("is-collapsed", collapsed);

  const header = elIn(column, "h3", "column-header");
  const toggle = header.createEl("button", {
    cls: "job-hunt-column-toggle clickable-icon",
    attr: { "aria-label": collapsed ? `Expand ${stage.name}` : `Collapse ${stage.name}`, "aria-expanded": String(!collapsed) },
  });
  setIcon(toggle, collapsed ? "chevron-right" : "chevron-down");
  listen(toggle, "click", () => ctx.actions.toggleColumn(key));
  elIn(header, "span", "column-name", stage.name, { title: stage.name });
  if (!stage.known) elIn(header, "span", "column-note", "not in stage list", { title: unpackWords("Add it in settings to place it in the pipeline.") });
  spanIn(header, "count", String(postings.length));
  acceptDrops(column, stage.name, ctx);
  if (collapsed) return column;

  const body = divIn(column, "column-body");
  const list = columnList(stage);
  const shown = ctx.limit(list, CARDS_PER_COLUMN);
  postings.slice(0, shown).forEach((p, i) => {
    const card = ctx.card ? body.appendChild(ctx.card(p, () => renderCard(body, p, ctx))) : renderCard(body, p, ctx);
    card.tabIndex = tabStop(i);
  });
  if (postings.length === 0) divIn(body, "column-empty", "Drop a posting here");
  showMoreButton(body, postings.length, shown, () => ctx.actions.showMore(list));
  return column;
}

/** The id under which a column's "Show more" limit is kept. */
export function columnList(stage: StageCount): string {
  return `column:${stageKey(stage.name)}`;
}
