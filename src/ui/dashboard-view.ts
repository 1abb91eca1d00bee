// The job dashboard pane. It renders from the plugin's index and re-renders when the index's
// revision moved, keeping scroll position, focus and the user's filters. It stores nothing on the
// plugin; the plugin finds it through the workspace.
import { debounce, ItemView, Keymap, Menu, Platform, TFile, type WorkspaceLeaf } from "obsidian";
import { defaultDashboardState, filterPostings, isFiltered, sameInPlace, sortPostings, StageGrouping, type DashboardState } from "../core/dashboard-state";
import type { Posting } from "../core/posting";
import { paidIn } from "../core/salary";
import { stageKey } from "../core/stages";
import type { SkillDemand } from "../core/stats";
import type JobHuntPlugin from "../main";
import { confirm, StageSuggestModal } from "../obsidian/modals";
import { fileAt } from "../obsidian/note-writer";
import { moveHeldPosting } from "../obsidian/stage-commands";
import { NewPostingModal } from "../obsidian/new-posting-modal";
import { folderWarning } from "../obsidian/settings-tab";
import { createRoadmapNote } from "../obsidian/roadmap-writer";
import { boardColumns, CARDS_PER_COLUMN, columnList, renderColumn } from "./board";
import type { DashboardActions, RenderContext } from "./dashboard-context";
import { DashboardHeader } from "./dashboard-header";
import { renderEmptyState } from "./empty-state";
import { PartCache, identity, type Part } from "./parts";
import { renderTable, ROWS_SHOWN } from "./posting-table";
import { renderProblems } from "./problems-panel";
import { renderSalaryPanel } from "./salary-panel";
import { renderSkillsPanel, SKILLS_SHOWN } from "./skills-panel";
import { divIn } from "./css-class";
import { listenToPostings } from "./posting-events";
import { lower } from "../core/text";
import { listen } from "./listen";

export const DASHBOARD_VIEW_TYPE = "job-hunt-dashboard";

export class DashboardView extends ItemView {
  private renderedRevision = -1;
  private header: DashboardHeader | null = null;
  private bodyEl: HTMLElement | null = null;
  private readonly limits = new Map<string, number>();
  private readonly parts = new PartCache();
  private readonly pipelineParts = new PartCache();
  private readonly columnParts = new PartCache();
  private boardParts: Part[] = [];
  /** A search is applied once typing pauses. */
  private readonly searchLater = debounce((text: string) => this.change((s) => (s.filter.search = text)), 120, true);
  private readonly grouping = new StageGrouping();
  /** What the salary panel and the currency filter were last drawn from, so an unrelated change skips them. */
  private salaryDrawn: { shown: readonly Posting[]; version: number } | null = null;
  private currencyDrawn: { all: readonly Posting[]; currencies: string[] } | null = null;
  private filterDrawn = "";
  /** Cards already built, by posting (a changed note is a new Posting) and the minute their times were read. */
  private cards = new WeakMap<Posting, { minute: number; el: HTMLElement }>();

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: JobHuntPlugin,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  getDisplayText(): string {
    return "Job dashboard";
  }

  override getIcon(): string {
    return "briefcase";
  }

  private get state(): DashboardState {
    return this.plugin.settings.dashboard;
  }

  private change(fn: (state: DashboardState) => void): void {
    this.plugin.updateDashboardState(fn);
    this.refresh(true);
  }

  override async onOpen(): Promise<void> {
    this.forgetRendered();
    this.contentEl.addClass(DASHBOARD_VIEW_TYPE);
    this.header = new DashboardHeader(this.contentEl, {
      search: (text) => this.searchLater(text),
      filter: (f) => this.change((s) => Object.assign(s.filter, f)),
      mode: (mode) => this.change((s) => (s.mode = mode)),
      clear: () => this.clearFilters(),
      newPosting: () => this.newPosting(),
    });
    const body = (this.bodyEl = divIn(this.contentEl, "body"));
    listenToPostings((type, listener) => this.registerDomEvent(body, type, listener), this.actions);
    this.register(this.plugin.sync.onChange(() => this.refresh()));
    this.register(() => this.searchLater.cancel());
    this.refresh(true);
  }

  override async onClose(): Promise<void> {
    this.forgetRendered();
    this.header = null;
    this.bodyEl = null;
  }

  /** Empties the pane and everything kept from earlier renders. */
  private forgetRendered(): void {
    this.contentEl.empty();
    for (const cache of [this.parts, this.pipelineParts, this.columnParts]) cache.clear();
    this.cards = new WeakMap();
    this.salaryDrawn = null;
    this.currencyDrawn = null;
  }

  private readonly actions: DashboardActions = {
    openPosting: (path, evt) => void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(evt)),
    postingMenu: (path, evt) => this.showPostingMenu(path, evt),
    moveToStage: (path, stage) => void this.moveToStage(path, stage),
    openSkill: (skill, evt) => void this.openSkill(skill, evt),
    filterBySkill: (key) => this.change((s) => (s.filter.skill = s.filter.skill === key ? "" : key)),
    toggleColumn: (key) =>
      this.change((s) => (s.collapsed = s.collapsed.includes(key) ? s.collapsed.filter((k) => k !== key) : [...s.collapsed, key])),
    sortBy: (column) =>
      this.change((s) => (s.sort = s.sort.column === column ? { column, descending: !s.sort.descending } : { column, descending: column === "modified" })),
    showMore: (list) => {
      this.limits.set(list, (this.limits.get(list) ?? 0) * 2);
      this.refresh(true);
    },
  };

  /**
   * Every filter and the search off; the button that did it goes, so focus goes to the search box.
   * Not on a phone, where focus in a text box brings up the keyboard.
   */
  private clearFilters(): void {
    this.change((s) => (s.filter = defaultDashboardState().filter));
    if (!Platform.isMobile) this.header?.focusSearch();
  }

  private newPosting(): void {
    new NewPostingModal(this.app, this.plugin.index).open();
  }

  private async moveToStage(target: string | TFile, stage: string): Promise<void> {
    await moveHeldPosting(this.app, this.plugin.settings, target, stage);
  }

  private showPostingMenu(path: string, evt: MouseEvent): void {
    const file = fileAt(this.app, path);
    const posting = this.plugin.index.posting(path);
    if (!file || !posting) return;
    const menu = new Menu();
    for (const [title, icon, tab] of [["Open", "file-text", false], ["Open in new tab", "file-plus", "tab"]] as const) {
      menu.addItem((i) => i.setTitle(title).setIcon(icon).onClick(() => void this.app.workspace.openLinkText(path, "", tab)));
    }
    menu.addItem((i) =>
      i
        .setTitle("Move to stage…")
        .setIcon("arrow-right-left")
        .onClick(() => new StageSuggestModal(this.app, this.plugin.index.pipeline.names(), posting.stage, (stage) => void this.moveToStage(file, stage)).open()),
    );
    menu.addSeparator();
    for (const stage of this.plugin.index.pipeline.names()) {
      if (stageKey(stage) === stageKey(posting.stage)) continue;
      menu.addItem((i) => i.setTitle(`Move to ${stage}`).onClick(() => void this.moveToStage(file, stage)));
    }
    menu.addSeparator();
    // Obsidian and other plugins add their file items (reveal in navigation, rename, ...).
    this.app.workspace.trigger("file-menu", menu, file, "job-hunt-dashboard", this.leaf);
    menu.showAtMouseEvent(evt);
  }

  private async openSkill(skill: SkillDemand, evt: MouseEvent | KeyboardEvent): Promise<void> {
    const newTab = Keymap.isModEvent(evt);
    if (skill.roadmap !== null) {
      await this.app.workspace.openLinkText(skill.roadmap, "", newTab);
      return;
    }
    const yes = await confirm(this.app, {
      title: `Create a roadmap for ${skill.name}?`,
      message: `No note is linked to ${skill.name} yet. Create one from the roadmap template, with links to the ${skill.count === 1 ? "posting that asks" : `${skill.count} postings that ask`} for it?`,
      confirm: "Create roadmap",
    });
    if (!yes) return;
    // Two dialogs for one skill: the note the first one made is opened by the second, not made again.
    const made = this.plugin.index.roadmapFor(skill.name);
    const file = made ? fileAt(this.app, made.path) : await createRoadmapNote(this.app, this.plugin.index, skill.name);
    if (file instanceof TFile) await this.app.workspace.getLeaf(newTab).openFile(file);
  }

  private context(): RenderContext {
    return {
      actions: this.actions,
      state: this.state,
      now: Date.now(),
      limit: (list, initial) => {
        const n = this.limits.get(list);
        if (n === undefined || n < initial) {
          this.limits.set(list, initial);
          return initial;
        }
        return n;
      },
    };
  }

  /** Re-renders when the index moved on since the last render (or always, when forced). */
  refresh(force = false): void {
    const index = this.plugin.index;
    const body = this.bodyEl;
    if (!body || !this.header) return;
    if (!force && index.revision === this.renderedRevision) return;
    this.renderedRevision = index.revision;

    const state = this.state;
    const stats = index.stats();
    const all = index.postings();
    const shown = filterPostings(all, state.filter, (w) => index.knownSkill(w));
    const currencies = this.currencies(all);
    const filtered = isFiltered(state.filter);
    this.header.update(stats, currencies, shown, state);

    const scrollTop = this.contentEl.scrollTop;
    const boardScroll = body.querySelector(".job-hunt-board")?.scrollLeft ?? 0;
    const active = activeDocument.activeElement;
    const focused = active instanceof HTMLElement && body.contains(active) ? focusPlace(body, active) : undefined;
    // A new filter or search shows its matches: the board scrolls to the first column that has one.
    const filter = JSON.stringify(state.filter);
    const filterMoved = filter !== this.filterDrawn;
    this.filterDrawn = filter;

    const ctx = this.context();
    // Times on cards ("3 days ago") are part of what a card shows; they move on once a minute.
    const minute = Math.floor(ctx.now / 60_000);
    ctx.card = (p, build) => {
      const cached = this.cards.get(p);
      if (cached && cached.minute === minute) return cached.el;
      const el = build();
      this.cards.set(p, { minute, el });
      return el;
    };
    const parts: Part[] = [];
    let pipelineParts: Part[] = [];
    const problems = index.problems();
    if (problems.length > 0) {
      parts.push({
        key: "problems",
        signature: problems.map((p) => `${p.path}\t${p.message}`).join("\n"),
        build: (el) => renderProblems(el, problems, ctx),
      });
    }
    // With no posting yet, search, filters and views have nothing to act on: the empty state says what to do.
    this.contentEl.toggleClass("is-empty", stats.total === 0);
    if (stats.total === 0) {
      const missing = folderWarning(this.app, this.plugin.settings.jobsFolder, ", so no note counts as a posting");
      parts.push({ key: "empty", signature: `empty${missing}`, build: (el) => renderEmptyState(el, () => this.newPosting(), missing) });
    } else {
      parts.push({ key: "pipeline", signature: `pipeline:${state.mode}`, build: (el) => divIn(el, "pipeline") });
      if (shown.length === 0 && filtered) {
        pipelineParts = [
          {
            key: "no-match",
            signature: "no-match",
            build: (el) => {
              const none = divIn(el, "no-match");
              none.createSpan({ text: "No postings match these filters. " });
              listen(none.createEl("button", { text: "Clear filters" }), "click", () => this.clearFilters());
            },
          },
        ];
      } else if (state.mode === "table") {
        const sorted = sortPostings(shown, state.sort, (s) => index.pipeline.match(s).order, index.settings.defaultCurrency);
        const limit = ctx.limit("table", ROWS_SHOWN);
        pipelineParts = [
          {
            key: "table",
            signature: [JSON.stringify(state.sort), limit, sorted.length, ...sorted.slice(0, limit).map(identity)].join(","),
            build: (el) => renderTable(el, sorted, ctx),
          },
        ];
      } else {
        // Under a stage filter, that stage's column alone: the others' postings are hidden, not gone.
        const columns = boardColumns(stats.stages.filter((s) => state.filter.stage === "" || stageKey(s.name) === stageKey(state.filter.stage)), this.grouping.group(shown));
        pipelineParts = [
          {
            key: "board",
            signature: "board",
            build: (el) => divIn(el, "board"),
          },
        ];
        this.boardParts = columns.map(({ stage, postings }) => {
          const limit = ctx.limit(columnList(stage), CARDS_PER_COLUMN);
          const collapsed = state.collapsed.includes(stageKey(stage.name));
          return {
            key: `column:${stageKey(stage.name)}`,
            signature: [stage.name, stage.known, stage.closed, collapsed, limit, postings.length, minute, ...postings.slice(0, collapsed ? 0 : limit).map(identity)].join(","),
            build: (el: HTMLElement) => renderColumn(el, stage, postings, ctx),
          };
        });
      }
      const skillLimit = ctx.limit("skills", SKILLS_SHOWN);
      // Under a filter, the panel counts only the postings shown: what the Go jobs also ask for. The
      // skill filtered by comes first, though many skills tie with it.
      const by = state.filter.skill;
      const skills = filtered ? index.skillDemand(shown).sort((a, b) => Number(b.key === by) - Number(a.key === by)) : stats.skills;
      // With nothing shown, the message above says it all.
      if (shown.length > 0 || !filtered) {
        parts.push({
          key: "skills",
          signature: [state.filter.skill, filtered, skillLimit, skills.length, ...skills.slice(0, skillLimit).map((k) => [k.key, k.name, k.count, k.active, k.roadmap, k.progress?.done, k.progress?.total].join("|"))].join(","),
          build: (el) => renderSkillsPanel(el, skills, filtered, ctx),
        });
        parts.push({
          key: "salaries",
          // What the panel shows of each posting; a stage move leaves it alone.
          signature: [...this.limits.entries()].filter(([k]) => k.startsWith("salary:")).join(";") + `\n${this.salaryVersion(shown)}`,
          build: (el) => renderSalaryPanel(el, shown, ctx),
        });
      }
    }
    this.parts.place(body, parts);
    const pipelineEl = body.querySelector<HTMLElement>(":scope > .job-hunt-pipeline");
    if (pipelineEl) this.pipelineParts.place(pipelineEl, pipelineParts);
    const boardEl = pipelineEl?.querySelector<HTMLElement>(":scope > .job-hunt-board");
    if (boardEl) this.columnParts.place(boardEl, this.boardParts);

    this.contentEl.scrollTop = scrollTop;
    const board = body.querySelector<HTMLElement>(".job-hunt-board");
    if (board) {
      const first = filterMoved && filtered ? board.querySelector(".job-hunt-card")?.closest<HTMLElement>(".job-hunt-column") : null;
      board.scrollLeft = first ? first.offsetLeft - board.offsetLeft : boardScroll;
    }
    // Focus stays where it was: on the same element if it was kept, else on its like in the new one.
    if (focused && !body.contains(activeDocument.activeElement)) {
      const like = Array.from(body.querySelectorAll<HTMLElement>(focused.selector));
      // A posting that left the list takes focus with it; a skill that left (a filter off) leaves it at its place.
      const el = like.find((el) => focused.path !== undefined && itemOf(el) === focused.path) ?? (focused.path === undefined || focused.skill ? like[Math.min(focused.at, like.length - 1)] : undefined);
      el?.focus({ preventScroll: true });
      // A card moved to another column (from its menu or a command) is shown where it went.
      if (el && stageOf(el) !== focused.stage) el.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  }

  /** Moves on when what the salary panel shows of the given postings changed since it was last drawn. */
  private salaryVersion(shown: readonly Posting[]): number {
    const drawn = this.salaryDrawn;
    const same = drawn !== null && sameInPlace(drawn.shown, shown, (a, b) => salaryShown(a) === salaryShown(b));
    const version = drawn && same ? drawn.version : (drawn?.version ?? 0) + 1;
    this.salaryDrawn = { shown, version };
    return version;
  }

  /** The currencies postings are paid in, for the currency filter. */
  private currencies(all: readonly Posting[]): string[] {
    const drawn = this.currencyDrawn;
    const same = drawn !== null && sameInPlace(drawn.all, all, (a, b) => paidIn(a.salary) === paidIn(b.salary));
    const currencies = drawn && same ? drawn.currencies : [...new Set(all.flatMap((p) => paidIn(p.salary) ?? []))].sort();
    this.currencyDrawn = { all, currencies };
    return currencies;
  }
}

/** The posting or skill an element stands for: its own or its row's ("Go"'s count button is in Go's row). */
function itemOf(el: HTMLElement): string | undefined {
  return el.dataset.path ?? el.closest<HTMLElement>("[data-skill]")?.dataset.skill;
}

/** Where a focused element sits, to find its like after a render: its first class, its posting or skill, its place among its likes. */
function focusPlace(body: HTMLElement, el: HTMLElement): { selector: string; path: string | undefined; skill: boolean; at: number; stage: string | undefined } | undefined {
  const cls = el.classList[0];
  // A class a theme or another plugin added may not be a plain name ("2col", "a:b"): no selector is made of it.
  if (cls === undefined || !/^[a-z_-][\w-]*$/i.test(cls)) return undefined;
  const selector = `${lower(el.tagName)}.${cls}`;
  return { selector, path: itemOf(el), skill: el.dataset.path === undefined, at: Array.from(body.querySelectorAll(selector)).indexOf(el), stage: stageOf(el) };
}

/** The board column an element is in, by its stage; undefined outside the board. */
function stageOf(el: HTMLElement): string | undefined {
  return el.closest<HTMLElement>(".job-hunt-column")?.dataset.stage;
}

/** What the salary panel shows of one posting. */
function salaryShown(p: Posting): string {
  return p.salary ? `${p.company}\t${p.title}\t${p.salary.text}\t${p.salary.currency}\t${p.salary.period}` : "";
}
