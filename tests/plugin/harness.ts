// Starts the real plugin class over the in-memory fake of Obsidian, the way Obsidian does:
// construct, onload, then layout ready. Tests then change files and look at the index and views.
import { installDomHelpers } from "../fake-obsidian/dom";
import { App, Menu, Modal, Notice, type Plugin as FakePlugin } from "../fake-obsidian";
import type { Vault } from "../fake-obsidian/vault";
import JobHuntPlugin from "../../src/main";
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
  options: { data?: unknown; seed?: (vault: Vault) => void; layoutReady?: boolean } = {},
): Promise<Harness> {
  Notice.shown = [];
  Modal.open = [];
  Menu.lastShown = null;
  const app = new App();
  for (const [path, text] of Object.entries(files)) app.vault.seed(path, text);
  options.seed?.(app.vault);
  if (options.data !== undefined) app.pluginData.set("job-hunt", JSON.stringify(options.data));
  // The plugin is typed against Obsidian's API; at run time it extends the fake.
  const plugin = new JobHuntPlugin(app as never, manifest);
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
