// Job Hunt: wires settings, the posting index, the dashboard view and the commands. Thin on
// purpose: the work lives in src/core (pure) and src/obsidian (glue).
import { debounce, Notice, Plugin } from "obsidian";
import { PostingIndex } from "./core/posting-index";
import { migrateSettings, type JobHuntSettings } from "./core/settings";
import { IndexSync } from "./obsidian/index-sync";
import { JobHuntSettingTab } from "./obsidian/settings-tab";
import { registerCommands } from "./obsidian/commands";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "./ui/dashboard-view";

export default class JobHuntPlugin extends Plugin {
  override settings!: JobHuntSettings;
  index!: PostingIndex;
  sync!: IndexSync;

  override async onload(): Promise<void> {
    this.settings = migrateSettings(await this.loadData());
    this.index = new PostingIndex(this.settings);
    this.sync = new IndexSync(this.app, this.index);

    this.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, this));
    this.addRibbonIcon("briefcase", "Open job dashboard", () => void this.openDashboard());
    registerCommands(this);
    this.addSettingTab(new JobHuntSettingTab(this.app, this));
    this.sync.start(this);
  }

  override onunload(): void {
    // Settings typed just before the plugin is disabled are still saved.
    this.settingsChanged.run();
    this.dashboardChanged.run();
  }

  /** Reveals the dashboard in the right sidebar, reusing its leaf when it is already open. */
  async openDashboard(): Promise<void> {
    const { workspace } = this.app;
    const existing = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
    const leaf = existing ?? workspace.getRightLeaf(false);
    if (!leaf) return;
    if (!existing) await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
    await workspace.revealLeaf(leaf);
  }

  /** Applies a change to the settings now; saving and re-indexing follow once typing pauses. */
  updateSettings(change: (settings: JobHuntSettings) => void): void {
    const next = migrateSettings(this.settings);
    change(next);
    this.settings = migrateSettings(next);
    this.settingsChanged();
  }

  /** Changes how the dashboard looks (mode, filters, sort); saved without re-indexing. */
  updateDashboardState(change: (state: JobHuntSettings["dashboard"]) => void): void {
    change(this.settings.dashboard);
    this.dashboardChanged();
  }

  /** Saves the settings (the dashboard's view among them); a failure is said, never thrown. */
  private saveSettings(): void {
    this.saveData(this.settings).catch(() => new Notice("Could not save the settings. Your last change may be lost."));
  }

  private readonly dashboardChanged = debounce(() => this.saveSettings(), 500, true);

  private readonly settingsChanged = debounce(
    () => {
      this.index.setSettings(this.settings);
      this.saveSettings();
    },
    400,
    true,
  );
}
