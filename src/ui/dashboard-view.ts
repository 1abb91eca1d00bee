// The job dashboard pane. It keeps no state of its own: it renders from the plugin's index and
// re-renders when the index's revision moved while the pane is shown.
import { ItemView, Keymap, type WorkspaceLeaf } from "obsidian";
import type JobHuntPlugin from "../main";
import { renderStageList } from "./stage-list";

export const DASHBOARD_VIEW_TYPE = "job-hunt-dashboard";

export class DashboardView extends ItemView {
  private renderedRevision = -1;

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

  override async onOpen(): Promise<void> {
    this.contentEl.addClass("job-hunt-dashboard");
    this.register(this.plugin.sync.onChange(() => this.refresh()));
    this.refresh(true);
  }

  /** Re-renders when the index moved on since the last render. */
  refresh(force = false): void {
    const index = this.plugin.index;
    if (!force && index.revision === this.renderedRevision) return;
    this.renderedRevision = index.revision;
    const scroll = this.contentEl.scrollTop;
    renderStageList(this.contentEl, index.stats(), index.postings(), {
      open: (path, evt) => void this.app.workspace.openLinkText(path, "", Keymap.isModEvent(evt)),
    });
    this.contentEl.scrollTop = scroll;
  }
}
