// The browser preview's entry: the real plugin class over the fake Obsidian, in a page laid out
// like Obsidian's window, with the job dashboard filling the right sidebar. The preview command
// bundles this file with `obsidian` aliased to the fake and the vault baked in (PreviewData).
import { installDomHelpers } from "../fake-obsidian/dom";
import { App, Notice, setIcon, setIconResolver, type IconResolver, type Plugin as FakePlugin, type WorkspaceLeaf } from "../fake-obsidian";
import JobHuntPlugin from "../../src/main";
import manifest from "../../manifest.json";
import type { JobHuntPreview, PreviewData } from "./preview-data";

declare const __JOB_HUNT_PREVIEW__: PreviewData;

const OPEN_DASHBOARD = "job-hunt:open-dashboard";

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Resolves once `el`'s subtree has not changed for `quietMs` (or after `maxMs` in all). */
function domQuiet(el: HTMLElement, quietMs = 250, maxMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    function done(): void {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(limit);
      resolve();
    }
  });
}

/** Waits until every metadata event and the plugin's debounced change signal have been delivered. */
async function settle(app: App): Promise<void> {
  await app.metadataCache.settled();
  await wait(0);
  await app.metadataCache.settled();
  await wait(200);
}

/**
 * Icon names (`briefcase`, or Obsidian's `lucide-briefcase`) -> Lucide's SVGs. The markup is
 * build-time data from the icon package; it is still parsed as XML, never assigned as HTML.
 */
function lucideResolver(icons: Record<string, string>, missing: string[]): IconResolver {
  const parser = new DOMParser();
  const parsed = new Map<string, SVGSVGElement | null>();
  return (icon) => {
    const name = icon.startsWith("lucide-") ? icon.slice("lucide-".length) : icon;
    if (!parsed.has(name)) {
      const markup = Object.prototype.hasOwnProperty.call(icons, name) ? icons[name] : undefined;
      let svg: SVGSVGElement | null = null;
      if (markup !== undefined) {
        const doc = parser.parseFromString(markup, "image/svg+xml");
        const root = doc.documentElement;
        if (root instanceof SVGSVGElement && doc.getElementsByTagName("parsererror").length === 0) svg = root;
      }
      parsed.set(name, svg);
    }
    const svg = parsed.get(name) ?? null;
    if (!svg) {
      if (!missing.includes(icon)) missing.push(icon);
      console.warn(`Unknown icon: ${icon}`);
      return null;
    }
    return document.importNode(svg, true);
  };
}

/**
 * Lays the workspace out as Obsidian's window: a main area (collapsed) and a right sidebar that
 * fills the viewport, with a tab header per sidebar leaf. The fake appends new leaves to the
 * workspace element; they are moved into their side's tab container as they appear.
 */
function mountWorkspace(app: App): void {
  const workspace = app.workspace.containerEl;
  const appContainer = document.body.createDiv({ cls: "app-container" });
  appContainer.createDiv({ cls: "horizontal-main-container" }).appendChild(workspace);

  const left = workspace.createDiv({ cls: "workspace-split mod-horizontal mod-sidedock mod-left-split" });
  const leftLeaves = left.createDiv({ cls: "workspace-tabs" }).createDiv({ cls: "workspace-tab-container" });
  const root = workspace.createDiv({ cls: "workspace-split mod-vertical mod-root" });
  const rootLeaves = root.createDiv({ cls: "workspace-tabs mod-top" }).createDiv({ cls: "workspace-tab-container" });
  const right = workspace.createDiv({ cls: "workspace-split mod-horizontal mod-sidedock mod-right-split" });
  const rightTabs = right.createDiv({ cls: "workspace-tabs mod-top mod-top-right-space" });
  const headerContainer = rightTabs.createDiv({ cls: "workspace-tab-header-container" });
  const headers = headerContainer.createDiv({ cls: "workspace-tab-header-container-inner" });
  headerContainer.createDiv({ cls: "workspace-tab-header-spacer" });
  const toggle = headerContainer.createDiv({ cls: "sidebar-toggle-button mod-right", attr: { "aria-label": "Collapse" } });
  setIcon(toggle.createDiv({ cls: "clickable-icon" }), "panel-right");
  const rightLeaves = rightTabs.createDiv({ cls: "workspace-tab-container" });

  let shownTabs = "";
  const place = (): void => {
    const sideLeaves: WorkspaceLeaf[] = [];
    for (const leaf of app.workspace.leaves) {
      const target = leaf.side === "right" ? rightLeaves : leaf.side === "left" ? leftLeaves : rootLeaves;
      if (leaf.containerEl.parentElement !== target) target.appendChild(leaf.containerEl);
      if (leaf.side === "right") sideLeaves.push(leaf);
    }
    const activeLeaf = app.workspace.activeLeaf;
    const active = activeLeaf && sideLeaves.includes(activeLeaf) ? activeLeaf : sideLeaves[sideLeaves.length - 1];
    for (const leaf of sideLeaves) leaf.containerEl.toggleClass("mod-active", leaf === active);
    const tabs = sideLeaves.map((l) => `${l === active ? "*" : ""}${l.view?.getViewType() ?? ""}`).join("|");
    if (tabs === shownTabs) return;
    shownTabs = tabs;
    headers.empty();
    for (const leaf of sideLeaves) {
      const header = headers.createDiv({
        cls: "workspace-tab-header tappable",
        attr: { "aria-label": leaf.getDisplayText(), "data-type": leaf.view?.getViewType() ?? "empty" },
      });
      header.toggleClass("is-active", leaf === active);
      const inner = header.createDiv({ cls: "workspace-tab-header-inner" });
      setIcon(inner.createDiv({ cls: "workspace-tab-header-inner-icon" }), leaf.view?.getIcon() ?? "file");
      inner.createDiv({ cls: "workspace-tab-header-inner-title", text: leaf.getDisplayText() });
    }
  };
  const observer = new MutationObserver(place);
  observer.observe(workspace, { childList: true });
  observer.observe(rightLeaves, { childList: true });
  app.workspace.on("active-leaf-change", place);
  app.workspace.on("layout-change", place);
  place();
}

function start(data: PreviewData): JobHuntPreview {
  installDomHelpers(window);
  document.body.classList.remove("theme-light", "theme-dark");
  document.body.classList.add(`theme-${data.theme}`);
  const missingIcons: string[] = [];
  setIconResolver(lucideResolver(data.icons, missingIcons));

  Notice.shown = [];
  const app = new App();
  for (const [path, text] of Object.entries(data.files)) app.vault.seed(path, text);
  if (data.pluginData !== null && data.pluginData !== undefined) app.pluginData.set(manifest.id, JSON.stringify(data.pluginData));
  // The plugin is typed against Obsidian's API; at run time it extends the fake.
  const plugin = new JobHuntPlugin(app as never, manifest);

  const ready = (async (): Promise<void> => {
    mountWorkspace(app);
    await (plugin as unknown as FakePlugin)._load();
    app.workspace._setLayoutReady();
    await settle(app);
    if (!app.executeCommandById(OPEN_DASHBOARD)) throw new Error(`The command ${OPEN_DASHBOARD} is not registered.`);
    await settle(app);
    await domQuiet(app.workspace.containerEl);
    if (!document.querySelector(".job-hunt-dashboard")) throw new Error("The dashboard did not open: no .job-hunt-dashboard element in the page.");
    await document.fonts.ready;
    await nextFrame();
    await nextFrame();
  })();

  return { app, plugin, Notice, ready, missingIcons };
}

window.jobHunt = start(__JOB_HUNT_PREVIEW__);
