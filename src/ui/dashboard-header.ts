// The dashboard's header: counts, search, filters and the board/table switch. Built once per
// open pane (so typing never loses focus) and refreshed in place when the index changes.
import { setIcon } from "obsidian";
import { isFiltered, type DashboardMode, type DashboardState, type RemoteFilter } from "../core/dashboard-state";
import type { DashboardStats } from "../core/stats";
import { stageKey } from "../core/stages";
import type { Posting } from "../core/posting";
import { counted } from "../core/counted";
import { cssClass, divIn, elIn, spanIn } from "./css-class";
import { listen } from "./listen";

export interface HeaderEvents {
  search(text: string): void;
  filter(change: Partial<Omit<DashboardState["filter"], "search">>): void;
  mode(mode: DashboardMode): void;
  clear(): void;
  newPosting(): void;
}

function fillSelect(select: HTMLSelectElement, options: [string, string][], value: string): void {
  const current = [...select.options].map((o) => `${o.value}\u0000${o.text}`).join("\u0001");
  const next = options.map(([v, t]) => `${v}\u0000${t}`).join("\u0001");
  if (current !== next) {
    select.empty();
    for (const [v, t] of options) select.createEl("option", { text: t, attr: { value: v } });
  }
  // A value no longer offered (a skill that left the vault) is kept, so the filter stays visible.
  if (!options.some(([v]) => v === value)) select.createEl("option", { text: value, attr: { value } });
  select.value = value;
}

export class DashboardHeader {
  private readonly counts: HTMLElement;
  private readonly searchInput: HTMLInputElement;
  private readonly stageSelect: HTMLSelectElement;
  private readonly skillSelect: HTMLSelectElement;
  private readonly remoteSelect: HTMLSelectElement;
  private readonly currencySelect: HTMLSelectElement;
  private readonly clearButton: HTMLButtonElement;
  private readonly modeButtons = new Map<DashboardMode, HTMLElement>();

  constructor(parent: HTMLElement, events: HeaderEvents) {
    const el = divIn(parent, "header");
    const top = divIn(el, "header-top");
    this.counts = elIn(top, "div", "summary", { "aria-live": "polite" });
    const modes = elIn(top, "div", "modes", { role: "group", "aria-label": "View" });
    const add = modes.createEl("button", { cls: "clickable-icon job-hunt-new", attr: { "aria-label": "New job posting" } });
    setIcon(add, "plus");
    listen(add, "click", () => events.newPosting());
    for (const [mode, icon, label] of [
      ["board", "square-kanban", "Board"],
      ["table", "table", "Table"],
    ] as const) {
      const b = modes.createEl("button", { cls: "clickable-icon job-hunt-mode", attr: { "aria-label": label, "data-mode": mode } });
      setIcon(b, icon);
      listen(b, "click", () => events.mode(mode));
      this.modeButtons.set(mode, b);
    }

    const search = divIn(el, "search");
    setIcon(spanIn(search, "search-icon"), "search");
    this.searchInput = elIn(search, "input", "search-input", { type: "search", placeholder: "Search company, title or skill", "aria-label": "Search postings" });
    listen(this.searchInput, "input", () => events.search(this.searchInput.value));

    const filters = divIn(el, "filters");
    const select = (label: string, onChange: (value: string) => void): HTMLSelectElement => {
      const s = filters.createEl("select", { cls: "dropdown job-hunt-filter", attr: { "aria-label": label } });
      listen(s, "change", () => onChange(s.value));
      return s;
    };
    this.stageSelect = select("Stage", (stage) => events.filter({ stage }));
    this.skillSelect = select("Skill", (skill) => events.filter({ skill }));
    this.remoteSelect = select("Remote", (remote) => events.filter({ remote: remote as RemoteFilter }));
    this.currencySelect = select("Currency", (currency) => events.filter({ currency }));
    this.clearButton = elIn(filters, "button", "clear", "Clear filters");
    listen(this.clearButton, "click", () => events.clear());
  }

  focusSearch(): void {
    this.searchInput.focus();
  }

  /** Brings counts, options and values in line with the index and the state. */
  update(stats: DashboardStats, currencies: readonly string[], shown: readonly Posting[], state: DashboardState): void {
    const filtered = isFiltered(state.filter);
    // Under a filter, the active and closed counts are of the postings shown, like the rest of the pane;
    // with none, the index's own counts serve.
    let closed = stats.closed;
    if (filtered) {
      closed = 0;
      for (const p of shown) if (p.closed) closed++;
    }
    const parts = [filtered ? `${shown.length} of ${stats.total} shown` : counted(stats.total, "posting"), `${shown.length - closed} active`, `${closed} closed`];
    // A live region is read out when it changes: it is left alone while its words stay the same.
    if (this.counts.textContent !== parts.join("")) {
      this.counts.empty();
      parts.forEach((text, i) => this.counts.createSpan({ cls: i === 0 && filtered ? cssClass("shown") : undefined, text }));
    }

    if (this.searchInput.value !== state.filter.search && activeDocument.activeElement !== this.searchInput) {
      this.searchInput.value = state.filter.search;
    }
    const stages = stats.stages.filter((s) => s.known || s.count > 0);
    // The filter holds the stage as it was chosen; once most postings spell it another way, the menu shows that spelling.
    const stage = state.filter.stage && stages.find((s) => stageKey(s.name) === stageKey(state.filter.stage))?.name;
    fillSelect(this.stageSelect, [["", "All stages"], ...stages.map((s): [string, string] => [s.name, s.name])], stage || state.filter.stage);
    // Counts of all postings would contradict the filtered ones beside them: under a filter, names only.
    fillSelect(this.skillSelect, [["", "All skills"], ...stats.skills.slice(0, 100).map((s): [string, string] => [s.key, filtered ? s.name : `${s.name} (${s.count})`])], state.filter.skill);
    fillSelect(this.remoteSelect, [["any", "Remote or not"], ["remote", "Remote only"], ["onsite", "Not remote"]], state.filter.remote);
    fillSelect(this.currencySelect, [["", "Any currency"], ...currencies.map((c): [string, string] => [c, c])], state.filter.currency);
    this.clearButton.toggleClass("is-hidden", !filtered);
    for (const [mode, b] of this.modeButtons) {
      b.toggleClass("is-active", state.mode === mode);
      b.setAttr("aria-pressed", String(state.mode === mode));
    }
  }
}
