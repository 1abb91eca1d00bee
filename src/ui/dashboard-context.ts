// What the dashboard's renderers are given: the user's actions (wired to Obsidian by the view)
// and the moment "now" (so times read the same in tests and screenshots).
import type { DashboardState, SortColumn } from "../core/dashboard-state";
import type { Posting } from "../core/posting";
import type { SkillDemand } from "../core/stats";

export interface DashboardActions {
  /** Opens a posting's note; a modifier key or middle click asks for a new tab. */
  openPosting(path: string, evt: MouseEvent | KeyboardEvent): void;
  /** The card's menu: open, move to stage, and the file's usual menu items. */
  postingMenu(path: string, evt: MouseEvent): void;
  moveToStage(path: string, stage: string): void;
  /** Opens the skill's roadmap note, or offers to create one. */
  openSkill(skill: SkillDemand, evt: MouseEvent | KeyboardEvent): void;
  /** Shows only the postings that ask for the skill (or all, when already filtered to it). */
  filterBySkill(key: string): void;
  toggleColumn(stageKey: string): void;
  sortBy(column: SortColumn): void;
  /** Raises how many items a list shows ("Show more"). */
  showMore(list: string): void;
}

export interface RenderContext {
  actions: DashboardActions;
  state: DashboardState;
  now: number;
  /** How many items each capped list shows, by list id. */
  limit(list: string, initial: number): number;
  /** A posting's card: one built earlier for the same posting and minute, or `build()`'s. */
  card?: (p: Posting, build: () => HTMLElement) => HTMLElement;
}
