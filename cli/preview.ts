// `npm run preview -- [vault-folder] [--out shot.png] [--theme light|dark] [--width N] [--height N]`:
// renders the real plugin's dashboard in headless Chromium, over the browser build of the fake
// Obsidian (tests/preview/entry.ts), and writes a screenshot. A page error, a console error, a
// dialog or a request that leaves the local server makes it fail, saying why.
// `openPreview` is the reusable part: the browser tests drive the same page.
import { build } from "esbuild";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { PreviewData, PreviewTheme } from "../tests/preview/preview-data";
import { CONFIG_DIR, listNotes } from "./vault-folder";

export type { PreviewTheme } from "../tests/preview/preview-data";

/** Debian's chromium package installs here; CHROMIUM_PATH overrides it. */
export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export const PREVIEW_DEFAULTS = { vault: "examples/vault", theme: "light" as PreviewTheme, width: 420, height: 900 };

export interface PreviewOptions {
  /** The vault folder to show (default: the sample vault). */
  vault?: string;
  theme?: PreviewTheme;
  /** The viewport; the dashboard's sidebar fills it. */
  width?: number;
  height?: number;
  /** When set, the page's files are also written there (index.html, preview.js, the CSS). */
  outDir?: string;
  /** How long the page may take to open the dashboard (ms). */
  timeoutMs?: number;
}

export interface PreviewSession {
  page: Page;
  browser: Browser;
  /** The page's address on the local server. */
  url: string;
  /** What went wrong in the page so far (page errors, console errors, dialogs, outside requests); it keeps filling. */
  errors: string[];
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

interface PreviewFile {
  type: string;
  body: string;
}

/** The folder holding this project's package.json (this file runs from cli/ in tests and from build/ when bundled). */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, "utf8")) as { name?: unknown }).name === "job-hunt") return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error("Cannot find the job-hunt project folder.");
    dir = up;
  }
}

/** The vault's notes (as the report command lists them) and the plugin's saved data. */
function readVault(vault: string): Pick<PreviewData, "files" | "pluginData"> {
  if (!existsSync(vault) || !statSync(vault).isDirectory()) throw new Error(`Not a folder: ${vault}`);
  const files: Record<string, string> = {};
  for (const path of listNotes(vault)) files[path] = readFileSync(join(vault, path), "utf8");
  let pluginData: unknown = null;
  try {
    pluginData = JSON.parse(readFileSync(join(vault, CONFIG_DIR, "plugins", "job-hunt", "data.json"), "utf8"));
  } catch {
    pluginData = null;
  }
  return { files, pluginData };
}

/** Every Lucide icon (aliases included) by name, as SVG markup. */
function readIcons(root: string): Record<string, string> {
  const pkg = createRequire(join(root, "package.json")).resolve("lucide-static/package.json");
  const dir = join(dirname(pkg), "icons");
  const icons: Record<string, string> = {};
  for (const file of readdirSync(dir)) {
    if (file.endsWith(".svg")) icons[file.slice(0, -".svg".length)] = readFileSync(join(dir, file), "utf8");
  }
  return icons;
}

function indexHtml(theme: PreviewTheme): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Job Hunt preview</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="obsidian-theme.css">
<link rel="stylesheet" href="styles.css">
</head>
<body class="theme-${theme}">
<script src="preview.js"></script>
</body>
</html>
`;
}

/** The private names both builds shorten (mangle-props.json). */
export function manglePropsPattern(root: string): RegExp {
  const { names } = JSON.parse(readFileSync(join(root, "mangle-props.json"), "utf8")) as { names: string[] };
  return new RegExp(`^(?:${names.join("|")})$`);
}

/** Bundles the browser entry with the vault baked in; returns the page's files by name. */
export async function buildPreview(options: { vault: string; theme: PreviewTheme }): Promise<Map<string, PreviewFile>> {
  const root = projectRoot();
  const data: PreviewData = { theme: options.theme, ...readVault(options.vault), icons: readIcons(root) };
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["tests/preview/entry.ts"],
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "chrome110",
    alias: { obsidian: "./tests/fake-obsidian/index.ts" },
    define: { __JOB_HUNT_PREVIEW__: JSON.stringify(data) },
    // As the production build does, so that the browser tests run the names main.js ships with.
    mangleProps: manglePropsPattern(root),
    write: false,
    outfile: "build/preview/preview.js",
    logLevel: "silent",
  });
  const js = result.outputFiles.find((f) => f.path.endsWith(".js"));
  if (!js) throw new Error("esbuild wrote no bundle.");
  return new Map<string, PreviewFile>([
    ["index.html", { type: "text/html; charset=utf-8", body: indexHtml(options.theme) }],
    ["preview.js", { type: "text/javascript; charset=utf-8", body: js.text }],
    ["obsidian-theme.css", { type: "text/css; charset=utf-8", body: readFileSync(join(root, "tests/preview/obsidian-theme.css"), "utf8") }],
    ["styles.css", { type: "text/css; charset=utf-8", body: readFileSync(join(root, "styles.css"), "utf8") }],
  ]);
}

/** Serves `files` from 127.0.0.1 on a free port, and nothing else. */
async function serve(files: Map<string, PreviewFile>): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname).replace(/^\/+/, "");
    const file = req.method === "GET" || req.method === "HEAD" ? files.get(path === "" ? "index.html" : path) : undefined;
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    res.writeHead(200, { "content-type": file.type, "cache-control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : file.body);
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium is not at ${executablePath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const READY = `(async () => {
  if (!window.jobHunt) throw new Error("The preview script did not start (no window.jobHunt).");
  await window.jobHunt.ready;
})()`;

/**
 * Builds and serves the preview, opens it in Chromium at the given size and waits until the
 * dashboard is shown. Throws (after closing everything) when the page cannot get there.
 */
export async function openPreview(options: PreviewOptions = {}): Promise<PreviewSession> {
  const root = projectRoot();
  const theme = options.theme ?? PREVIEW_DEFAULTS.theme;
  const vault = options.vault ?? join(root, PREVIEW_DEFAULTS.vault);
  const files = await buildPreview({ vault, theme });
  if (options.outDir !== undefined) {
    mkdirSync(options.outDir, { recursive: true });
    for (const [name, file] of files) writeFileSync(join(options.outDir, name), file.body);
  }

  const server = await serve(files);
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    await server.close();
    throw err;
  }
  const close = async (): Promise<void> => {
    await browser.close().catch(() => undefined);
    await server.close();
  };

  const errors: string[] = [];
  const url = `${server.origin}/index.html`;
  try {
    const context = await browser.newContext({
      viewport: { width: options.width ?? PREVIEW_DEFAULTS.width, height: options.height ?? PREVIEW_DEFAULTS.height },
      deviceScaleFactor: 1,
      colorScheme: theme,
      serviceWorkers: "block",
    });
    await context.route("**/*", (route) => {
      const requested = route.request().url();
      if (requested.startsWith(`${server.origin}/`)) return route.continue();
      errors.push(`request outside the preview server (blocked): ${requested}`);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    page.on("pageerror", (err) => errors.push(`page error: ${err.message}`));
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(`console error: ${msg.text()}`);
    });
    page.on("dialog", (dialog) => {
      errors.push(`dialog (${dialog.type()}): ${dialog.message()}`);
      dialog.dismiss().catch(() => undefined);
    });
    page.on("popup", (popup) => errors.push(`popup opened: ${popup.url()}`));
    page.on("websocket", (ws) => errors.push(`websocket opened: ${ws.url()}`));
    page.on("response", (res) => {
      if (res.status() >= 400) errors.push(`HTTP ${res.status()} for ${res.url()}`);
    });
    page.on("crash", () => errors.push("the page crashed"));

    await page.goto(url, { waitUntil: "load" });
    const timeoutMs = options.timeoutMs ?? 30_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_ok, fail) => {
      timer = setTimeout(() => fail(new Error(`The dashboard did not render within ${timeoutMs} ms.`)), timeoutMs);
    });
    try {
      await Promise.race([page.evaluate(READY), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return { page, browser, url, errors, close };
  } catch (err) {
    await close();
    throw new Error([`The preview did not open: ${message(err)}`, ...errors].join("\n"));
  }
}

interface PreviewArgs {
  vault: string;
  out: string;
  theme: PreviewTheme;
  width: number;
  height: number;
}

const USAGE = "Usage: npm run preview -- [vault-folder] [--out shot.png] [--theme light|dark] [--width N] [--height N]";

export function parsePreviewArgs(args: string[], root: string): PreviewArgs | string {
  const parsed: PreviewArgs = {
    vault: join(root, PREVIEW_DEFAULTS.vault),
    out: join(root, "build", "preview", "dashboard.png"),
    theme: PREVIEW_DEFAULTS.theme,
    width: PREVIEW_DEFAULTS.width,
    height: PREVIEW_DEFAULTS.height,
  };
  const folders: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (!arg.startsWith("--")) {
      folders.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === "") return `${flag} needs a value.`;
    if (flag === "--out") parsed.out = resolve(value);
    else if (flag === "--theme") {
      if (value !== "light" && value !== "dark") return `--theme is light or dark, not ${value}.`;
      parsed.theme = value;
    } else if (flag === "--width" || flag === "--height") {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 100 || n > 8000) return `${flag} is a whole number of pixels from 100 to 8000, not ${value}.`;
      if (flag === "--width") parsed.width = n;
      else parsed.height = n;
    } else return `Unknown option: ${flag}`;
  }
  if (folders.length > 1) return "Give one vault folder.";
  if (folders[0] !== undefined) parsed.vault = resolve(folders[0]);
  if (!existsSync(parsed.vault) || !statSync(parsed.vault).isDirectory()) return `Not a folder: ${parsed.vault}`;
  return parsed;
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

export async function previewCommand(args: string[]): Promise<number> {
  const root = projectRoot();
  const parsed = parsePreviewArgs(args, root);
  if (typeof parsed === "string") {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  let session: PreviewSession;
  try {
    session = await openPreview({ ...parsed, outDir: join(root, "build", "preview") });
  } catch (err) {
    process.stderr.write(`Preview failed. ${message(err)}\n`);
    return 1;
  }
  const failed = (): number => {
    process.stderr.write(`Preview failed: the page reported problems.\n${session.errors.map((e) => `  ${e}`).join("\n")}\n`);
    return 1;
  };
  try {
    if (session.errors.length > 0) return failed();
    const png = await session.page.screenshot({ type: "png" });
    if (session.errors.length > 0) return failed();
    mkdirSync(dirname(parsed.out), { recursive: true });
    writeFileSync(parsed.out, png);
    process.stdout.write(`${shown(parsed.out)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`Preview failed. ${message(err)}\n`);
    return 1;
  } finally {
    await session.close();
  }
}
