// Workspace, leaves and views, as far as a plugin sees them: views are created from the
// registered factories, opened into a container with a header and a content element, and closed
// (onClose, then unload) when their leaf detaches.
import { Component, Events } from "./events";
import type { App } from "./app";
import type { TFile } from "./vault";

export type PaneType = "tab" | "split" | "window";

export interface ViewState {
  type: string;
  active?: boolean;
  state?: Record<string, unknown>;
}

export abstract class View extends Component {
  app: App;
  containerEl: HTMLElement;
  icon = "";
  navigation = false;

  constructor(public leaf: WorkspaceLeaf) {
    super();
    this.app = leaf.app;
    this.containerEl = activeDocument.createElement("div");
    this.containerEl.className = "workspace-leaf-content";
  }

  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getIcon(): string {
    return this.icon;
  }

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: unknown): Promise<void> {
    void _state;
    void _result;
  }

  async onOpen(): Promise<void> {}

  async onClose(): Promise<void> {}
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;
  private readonly actionsEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    const header = this.containerEl.createDiv({ cls: "view-header" });
    this.actionsEl = header.createDiv({ cls: "view-actions" });
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.actionsEl.createEl("a", { cls: "view-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
    el.addEventListener("click", (evt) => void callback(evt));
    return el;
  }
}

export class WorkspaceLeaf extends Events {
  view: View | null = null;
  readonly containerEl: HTMLElement;

  constructor(
    public app: App,
    public side: "left" | "right" | "main",
  ) {
    super();
    this.containerEl = activeDocument.createElement("div");
    this.containerEl.className = "workspace-leaf";
  }

  async setViewState(state: ViewState): Promise<void> {
    await this.closeView();
    const factory = this.app.viewRegistry.get(state.type);
    if (!factory) throw new Error(`No view registered for ${state.type}`);
    const view = factory(this);
    this.view = view;
    this.containerEl.appendChild(view.containerEl);
    view.load();
    await view.onOpen();
    if (state.state) await view.setState(state.state, {});
    if (state.active) this.app.workspace.setActiveLeaf(this);
  }

  getViewState(): ViewState {
    return { type: this.view?.getViewType() ?? "empty", state: this.view?.getState() ?? {} };
  }

  private async closeView(): Promise<void> {
    const view = this.view;
    if (!view) return;
    this.view = null;
    await view.onClose();
    view.unload();
    view.containerEl.remove();
  }

  /** Loads a deferred view; our leaves are never deferred. */
  async loadIfDeferred(): Promise<void> {}

  async openFile(file: TFile): Promise<void> {
    this.app.workspace._open(file, false);
  }

  detach(): void {
    void this.closeView();
    this.app.workspace.leaves = this.app.workspace.leaves.filter((l) => l !== this);
    this.containerEl.remove();
  }

  getDisplayText(): string {
    return this.view?.getDisplayText() ?? "";
  }
}

export class Workspace extends Events {
  leaves: WorkspaceLeaf[] = [];
  activeLeaf: WorkspaceLeaf | null = null;
  layoutReady = false;
  /** Every link the plugin opened, with the pane type it asked for. */
  opened: { path: string; newLeaf: PaneType | boolean }[] = [];
  revealed: WorkspaceLeaf[] = [];
  readonly containerEl: HTMLElement;
  private readonly readyQueue: (() => unknown)[] = [];
  private activeFile: TFile | null = null;

  constructor(private readonly app: App) {
    super();
    this.containerEl = activeDocument.createElement("div");
    this.containerEl.className = "workspace";
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) void callback();
    else this.readyQueue.push(callback);
  }

  /** Test hook: the moment Obsidian finishes restoring the layout. */
  _setLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.readyQueue.splice(0)) void cb();
    this.trigger("layout-change");
  }

  private addLeaf(side: WorkspaceLeaf["side"]): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, side);
    this.leaves.push(leaf);
    this.containerEl.appendChild(leaf.containerEl);
    return leaf;
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf {
    void _split;
    return this.addLeaf("right");
  }

  getLeftLeaf(_split: boolean): WorkspaceLeaf {
    void _split;
    return this.addLeaf("left");
  }

  getLeaf(newLeaf?: PaneType | boolean): WorkspaceLeaf {
    if (!newLeaf) {
      const main = this.leaves.find((l) => l.side === "main");
      if (main) return main;
    }
    return this.addLeaf("main");
  }

  async ensureSideLeaf(type: string, side: "left" | "right", options: { active?: boolean; reveal?: boolean } = {}): Promise<WorkspaceLeaf> {
    const existing = this.getLeavesOfType(type)[0];
    if (existing) return existing;
    const leaf = this.addLeaf(side);
    await leaf.setViewState({ type, active: options.active ?? false });
    if (options.reveal) await this.revealLeaf(leaf);
    return leaf;
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view?.getViewType() === type);
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    this.revealed.push(leaf);
  }

  setActiveLeaf(leaf: WorkspaceLeaf): void {
    this.activeLeaf = leaf;
    this.trigger("active-leaf-change", leaf);
  }

  getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof (type as unknown as new () => View) ? (view as unknown as T) : null;
  }

  getActiveFile(): TFile | null {
    return this.activeFile;
  }

  async openLinkText(linktext: string, sourcePath: string, newLeaf: PaneType | boolean = false): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
    if (file) this._open(file, newLeaf);
    else this.opened.push({ path: linktext, newLeaf });
  }

  /** Records an opened file and makes it the active one, as opening a note does. */
  _open(file: TFile, newLeaf: PaneType | boolean): void {
    this.opened.push({ path: file.path, newLeaf });
    this.activeFile = file;
    this.trigger("file-open", file);
  }

  detachLeavesOfType(type: string): void {
    for (const l of this.getLeavesOfType(type)) l.detach();
  }

  requestSaveLayout(): void {}
}

/** A Markdown editor view: tests set `selection` and `file` to stand for what the user has open. */
export class MarkdownView extends ItemView {
  file: TFile | null = null;
  selection = "";
  readonly editor = { getSelection: (): string => this.selection };
  getViewType(): string {
    return "markdown";
  }
  getDisplayText(): string {
    return this.file?.basename ?? "";
  }
}
