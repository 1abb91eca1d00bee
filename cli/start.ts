// `npm start [-- <vault-folder>]`: builds the plugin, installs it into the vault's plugin folder
// (touching nothing else there) and prints that vault's dashboard.
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { reportCommand } from "./report";
import { CONFIG_DIR } from "./vault-folder";

export const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];

export function installPlugin(vault: string): string {
  const dir = join(vault, CONFIG_DIR, "plugins", "job-hunt");
  mkdirSync(dir, { recursive: true });
  for (const f of PLUGIN_FILES) copyFileSync(f, join(dir, f));
  return dir;
}

export function startCommand(args: string[]): number {
  const vault = args.find((a) => !a.startsWith("--")) ?? "examples/vault";
  if (!existsSync(vault) || !statSync(vault).isDirectory()) {
    process.stderr.write(`Not a folder: ${vault}\n`);
    return 2;
  }
  if (!existsSync("main.js")) {
    process.stderr.write("main.js is missing: the build did not run.\n");
    return 1;
  }
  const dir = installPlugin(vault);
  process.stdout.write(`Installed Job Hunt into ${dir}\n\n`);
  return reportCommand([vault]);
}
