// What the preview command bakes into the browser bundle (through esbuild's `define`), and what
// the page exposes to tests as `window.jobHunt`.
import type { App, Notice } from "../fake-obsidian";
import type JobHuntPlugin from "../../src/main";

export type PreviewTheme = "light" | "dark";

export interface PreviewData {
  theme: PreviewTheme;
  /** The vault's notes: vault-relative path (with `/`) -> text. */
  files: Record<string, string>;
  /** The plugin's saved data (the vault's data.json), or null when there is none. */
  pluginData: unknown;
  /** Lucide icon name -> SVG markup, read from the icon package at build time. */
  icons: Record<string, string>;
}

export interface JobHuntPreview {
  app: App;
  plugin: JobHuntPlugin;
  /** The fake's Notice class: `Notice.shown` lists every notice shown so far. */
  Notice: typeof Notice;
  /** Icon names the page was asked to draw that Lucide does not have (each drawn as an empty svg). */
  missingIcons: string[];
  /** Resolves once the dashboard is open and rendered; rejects when the page could not get there. */
  ready: Promise<void>;
}
