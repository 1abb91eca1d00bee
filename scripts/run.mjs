// Runs a command of the headless CLI (cli/main.ts): bundles it with esbuild, then runs it with node.
// `start` first builds the plugin itself (production bundle) so it can be installed into a vault.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

const [command, ...args] = process.argv.slice(2);
mkdirSync("build", { recursive: true });

if (command === "start") {
  const r = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

await build({
  entryPoints: ["cli/main.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  external: ["esbuild", "playwright-core"],
  outfile: "build/cli.cjs",
  logLevel: "warning",
});

const run = spawnSync(process.execPath, ["build/cli.cjs", command ?? "", ...args], { stdio: "inherit" });
process.exit(run.status ?? 1);
