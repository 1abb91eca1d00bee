// The dashboard's postings (board cards, table rows, salary rows) answer the mouse and the keyboard
// through one set of listeners on the dashboard's body rather than a set on each of them: a board
// of 500 cards wires nothing per card, and a card kept from an earlier render needs no rewiring.
//
// Each list (a column, the table, a salary group) is one tab stop: Tab moves between lists and the
// arrow keys within them (and, on the board, between columns), as in a toolbar or a tree.
import type { DashboardActions } from "./dashboard-context";

export const DRAG_TYPE = "text/x-job-hunt-posting";
const ITEM = "[data-path]";

/** Registers a listener for the view's lifetime (the view's registerDomEvent on its body). */
type Listen = <K extends keyof HTMLElementEventMap>(type: K, listener: (evt: HTMLElementEventMap[K]) => void) => void;

/** The posting element an event happened in, if any; cross-window safe, for pop-out windows. */
function itemOf(evt: UIEvent): HTMLElement | null {
  const node = evt.targetNode;
  return node?.instanceOf(Element) ? node.closest<HTMLElement>(ITEM) : null;
}

/** The postings of the list `item` sits in, in order. */
function listOf(item: HTMLElement): HTMLElement[] {
  return item.parentElement ? Array.from(item.parentElement.children).filter((el): el is HTMLElement => el.matches(ITEM)) : [item];
}

/** Makes `item` its list's one tab stop. */
function holdTabStop(item: HTMLElement): void {
  for (const other of listOf(item)) other.tabIndex = other === item ? 0 : -1;
}

/** The tab stop a list's item gets when rendered: the first item only. */
export function tabStop(index: number): number {
  return index === 0 ? 0 : -1;
}

/** The card at about the same height in the nearest column to the left (-1) or right (1) that shows any. */
function cardBeside(card: HTMLElement, step: number, at: number): HTMLElement | undefined {
  const columns = Array.from(card.closest(".job-hunt-board")?.children ?? []);
  for (let i = columns.indexOf(card.closest(".job-hunt-column") ?? card) + step; i >= 0 && i < columns.length; i += step) {
    const cards = columns[i]?.querySelectorAll<HTMLElement>(`.job-hunt-card${ITEM}`) ?? [];
    if (cards.length > 0) return cards[Math.min(at, cards.length - 1)];
  }
  return undefined;
}

/** The item a navigation key moves to from `item`; undefined for any other key, or at an edge. */
function target(item: HTMLElement, key: string): HTMLElement | undefined {
  const list = listOf(item);
  const at = list.indexOf(item);
  switch (key) {
    case "ArrowDown":
      return list[at + 1];
    case "ArrowUp":
      return list[at - 1];
    case "Home":
      return list[0];
    case "End":
      return list[list.length - 1];
    case "ArrowLeft":
    case "ArrowRight":
      return item.hasClass("job-hunt-card") ? cardBeside(item, key === "ArrowLeft" ? -1 : 1, at) : undefined;
  }
  return undefined;
}

export function listenToPostings(listen: Listen, actions: DashboardActions): void {
  const open = (evt: MouseEvent | KeyboardEvent): void => {
    const item = itemOf(evt);
    if (item?.dataset.path) actions.openPosting(item.dataset.path, evt);
  };
  listen("click", open);
  listen("auxclick", (evt) => {
    if (evt.button === 1) open(evt);
  });
  listen("contextmenu", (evt) => {
    const item = itemOf(evt);
    if (!item?.dataset.path) return;
    evt.preventDefault();
    actions.postingMenu(item.dataset.path, evt);
  });
  listen("keydown", (evt) => {
    const item = itemOf(evt);
    if (!item) return;
    if (evt.key === "Enter" || evt.key === " ") {
      evt.preventDefault();
      open(evt);
    } else if (!evt.ctrlKey && !evt.metaKey && !evt.altKey) {
      const next = target(item, evt.key);
      if (!next) return;
      evt.preventDefault();
      next.focus();
      // A card at the end of a long column, or in the next column off to the side, comes into view.
      next.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  });
  listen("focusin", (evt) => {
    const item = itemOf(evt);
    if (item) holdTabStop(item);
  });
  listen("dragstart", (evt) => {
    const item = itemOf(evt);
    const path = item?.dataset.path;
    if (!item || !path || !evt.dataTransfer) return;
    evt.dataTransfer.setData(DRAG_TYPE, path);
    evt.dataTransfer.setData("text/plain", path);
    evt.dataTransfer.effectAllowed = "move";
    item.addClass("is-dragging");
  });
  listen("dragend", (evt) => itemOf(evt)?.removeClass("is-dragging"));
}
