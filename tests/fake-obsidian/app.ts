// App and Plugin: the plugin's registrations (views, commands, ribbon icons, settings tabs,
// saved data) are recorded so tests can drive them the way a user would.
import { Component } from "./events";
import { FileManager, MetadataCache, Vault } from "./vault";
import { Workspace, type View, type WorkspaceLeaf } from "./workspace";

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description: string;
  author: string;
  isDesktopOnly?: boolean;
}

export interface Command {
  id: string;
  name: string;
  icon?: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: unknown, ctx: unknown) => unknown;
  editorCheckCallback?: (checking: boolean, editor: unknown, ctx: unknown) => boolean | void;
  hotkeys?: unknown[];
}

export class App {
  readonly metadataCache = new MetadataCache();
  readonly vault = new Vault(this.metadataCache);
  readonly workspace = new Workspace(this);
  readonly fileManager = new FileManager(this.vault, this.metadataCache);
  readonly viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
  readonly commands = new Map<string, Command>();
  readonly ribbonEl: HTMLElement = activeDocument.createElement("div");
  readonly settingTabs: PluginSettingTab[] = [];
  /** Each plugin's data.json, as JSON text (so what is saved must survive serialization). */
  readonly pluginData = new Map<string, string>();

  /** Runs a command by its full id, as the command palette does; false when it is not available. */
  executeCommandById(id: string): boolean {
    const c = this.commands.get(id);
    if (!c) return false;
    if (c.callback) {
      void c.callback();
      return true;
    }
    if (c.checkCallback) {
      if (!c.checkCallback(true)) return false;
      c.checkCallback(false);
      return true;
    }
    return false;
  }
}

export class Plugin extends Component {
  settings?: unknown;

  constructor(
    public app: App,
    public manifest: PluginManifest,
  ) {
    super();
  }

  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.app.commands.set(full.id, full);
    this.register(() => this.app.commands.delete(full.id));
    return full;
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.app.ribbonEl.createEl("div", { cls: "side-dock-ribbon-action", attr: { "aria-label": title, "data-icon": icon } });
    el.addEventListener("click", (evt) => void callback(evt));
    this.register(() => el.remove());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    return activeDocument.createElement("div");
  }

  registerView(type: string, factory: (leaf: WorkspaceLeaf) => View): void {
    this.app.viewRegistry.set(type, factory);
    this.register(() => this.app.viewRegistry.delete(type));
  }

  addSettingTab(tab: PluginSettingTab): void {
    this.app.settingTabs.push(tab);
  }

  async loadData(): Promise<unknown> {
    const raw = this.app.pluginData.get(this.manifest.id);
    return raw === undefined ? null : (JSON.parse(raw) as unknown);
  }

  async saveData(data: unknown): Promise<void> {
    this.app.pluginData.set(this.manifest.id, JSON.stringify(data));
  }

  /** Test hook: load the plugin and wait for its async onload to finish. */
  async _load(): Promise<void> {
    this._loaded = true;
    await this.onload();
  }
}

export class PluginSettingTab {
  containerEl: HTMLElement;

  constructor(
    public app: App,
    public plugin: Plugin,
  ) {
    this.containerEl = activeDocument.createElement("div");
    this.containerEl.className = "vertical-tab-content";
  }

  getSettingDefinitions(): unknown[] {
    return [];
  }

  update(): void {}

  display(): void {}

  hide(): void {
    this.containerEl.empty();
  }
}
