// Starts the real plugin class over the in-memory fake of Obsidian, the way Obsidian does:
// construct, onload, then layout ready. Tests then change files and look at the index and views.
import { installDomHelpers } from "../fake-obsidian/dom";
import { App, Menu, Modal, Notice, type Plugin as FakePlugin, type TFile } from "../fake-obsidian";
import type { Vault } from "../fake-obsidian/vault";
import JobHuntPlugin from "../../src/main";
import { DASHBOARD_VIEW_TYPE } from "../../src/ui/dashboard-view";
import manifest from "../../manifest.json";

installDomHelpers(window);

export interface Harness {
  app: App;
  vault: Vault;
  plugin: JobHuntPlugin;
  /** Waits until every metadata event and the debounced change signal have been delivered. */
  settle(): Promise<void>;
}

export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function startPlugin(
  files: Record<string, string> = {},
  /** `plugin`: the plugin class to load, when not the one from the sources (main.js as shipped). */
  options: { data?: unknown; seed?: (vault: Vault) => void; layoutReady?: boolean; plugin?: typeof JobHuntPlugin } = {},
): Promise<Harness> {
  Notice.shown = [];
  Modal.open = [];
  Menu.lastShown = null;
  const app = new App();
  for (const [path, text] of Object.entries(files)) app.vault.seed(path, text);
  options.seed?.(app.vault);
  if (options.data !== undefined) app.pluginData.set("job-hunt", JSON.stringify(options.data));
  // The plugin is typed against Obsidian's API; at run time it extends the fake.
  const plugin = new (options.plugin ?? JobHuntPlugin)(app as never, manifest);
  await (plugin as unknown as FakePlugin)._load();
  if (options.layoutReady !== false) app.workspace._setLayoutReady();
  const settle = async (): Promise<void> => {
    await app.metadataCache.settled();
    await wait(0);
    await app.metadataCache.settled();
    await wait(200);
  };
  await settle();
  return { app, vault: app.vault, plugin, settle };
}

/** A posting note in the seed note's shape. */
export function postingNote(fields: Record<string, string | string[] | number | boolean | null>, body = "# To Do\n- [ ] Apply\n"): string {
  const lines = ["---"];
  for (const [k, v] of Object.entries(fields)) {
    if (Array.isArray(v)) {
      lines.push(`${k}:`);
      for (const item of v) lines.push(`  - ${JSON.stringify(item)}`);
    } else {
      lines.push(`${k}: ${v === null ? "" : JSON.stringify(v)}`);
    }
  }
  lines.push("---", body);
  return lines.join("\n");
}

/** The note at `path`; throws if there is none. */
export function file(h: Harness, path: string): TFile {
  const f = h.vault.getFileByPath(path);
  if (!f) throw new Error(`missing ${path}`);
  return f;
}

/** Runs "Open job dashboard" and returns the dashboard's content element. */
export async function openDashboard(h: Harness): Promise<HTMLElement> {
  expect(h.app.executeCommandById("job-hunt:open-dashboard")).toBe(true);
  await h.settle();
  const leaf = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
  if (!leaf?.view) throw new Error("dashboard did not open");
  return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

/** The text of every element under `el` that matches `selector`, in document order. */
export function texts(el: ParentNode, selector: string): string[] {
  return [...el.querySelectorAll(selector)].map((e) => e.textContent ?? "");
}

/** The dashboard card of the posting at `path`, or null if there is none. */
export function findCard(el: HTMLElement, path: string): HTMLElement | null {
  return [...el.querySelectorAll<HTMLElement>(".job-hunt-card")].find((c) => c.dataset.path === path) ?? null;
}

/** The dashboard card of the posting at `path`; throws if there is none. */
export function card(el: HTMLElement, path: string): HTMLElement {
  const c = findCard(el, path);
  if (!c) throw new Error(`no card for ${path}`);
  return c;
}

/** The modal opened last, as `T` (a Modal unless the caller names a subclass); throws if none is open. */
export function lastModal<T = Modal>(): T {
  const m = Modal.open[Modal.open.length - 1];
  if (!m) throw new Error("no modal open");
  return m as unknown as T;
}

/** The input, select or textarea of the setting row named `name` under `container`; throws if there is none. */
export function fieldOf(container: HTMLElement, name: string): HTMLInputElement {
  const row = [...container.querySelectorAll(".setting-item")].find((r) => r.querySelector(".setting-item-name")?.textContent === name);
  const input = row?.querySelector<HTMLInputElement>("input, select, textarea");
  if (!input) throw new Error(`no field ${name}`);
  return input;
}

/** Sets the field's value and fires "input" (which bubbles), as typing does. */
export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

/** The button in the modal whose text is `text`; throws if there is none. */
export function button(modal: Modal, text: string): HTMLButtonElement {
  const b = [...modal.contentEl.querySelectorAll("button")].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button ${text}`);
  return b;
}
