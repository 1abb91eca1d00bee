// `npm run preview`: bundles the preview command (cli/preview-main.ts) for Node, then runs it.
// esbuild and playwright-core stay external: the command loads them from node_modules.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";

mkdirSync("build", { recursive: true });
await build({
  entryPoints: ["cli/preview-main.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node18",
  external: ["esbuild", "playwright-core"],
  outfile: "build/preview-cli.cjs",
  logLevel: "warning",
});

const run = spawnSync(process.execPath, ["build/preview-cli.cjs", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
